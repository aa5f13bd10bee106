/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a stored document is: a licence scan, the signed contract, a photo */
export type DocumentKind =
  | 'BUSINESS_LICENSE_SCAN'
  | 'HANDOVER_PHOTO'
  | 'INQUIRY_PHOTO'
  | 'SECURITY_LICENSE_SCAN'
  | 'SIGNED_CONTRACT';

/** The items of a cross-region filing dossier */
export type FilingItemKind =
  | 'BUSINESS_LICENSE'
  | 'GUARD'
  | 'PROJECT_LEADER'
  | 'SECURITY_LICENSE'
  | 'SERVICE_CONTRACT';

/** An officer's verdict on one item of a submitted dossier */
export type FilingItemStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type FilingStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type FilingItemCardFragment = { key: string, kind: FilingItemKind, status: FilingItemStatus, reason: string | null, changed: boolean, fields: Array<{ name: string, value: string | null }> } & { ' $fragmentName'?: 'FilingItemCardFragment' };

export type FilingSubmissionsFragment = { id: string, submissions: Array<{ id: string, number: number, submittedAt: string, decision: FilingStatus | null, decidedAt: string | null, items: Array<{ key: string, kind: FilingItemKind, status: FilingItemStatus, reason: string | null, fields: Array<{ name: string, value: string | null }> }> }> } & { ' $fragmentName'?: 'FilingSubmissionsFragment' };

export type FilingTimelineFragment = { id: string, history: Array<{ id: string, action: string, actorLabel: string, createdAt: string }> } & { ' $fragmentName'?: 'FilingTimelineFragment' };

export type DocumentRowFragment = { id: string, kind: DocumentKind, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, url: string } & { ' $fragmentName'?: 'DocumentRowFragment' };

export const FilingItemCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingItemCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FilingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<FilingItemCardFragment, unknown>;
export const FilingSubmissionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingSubmissions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingSubmissionsFragment, unknown>;
export const FilingTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FilingTimelineFragment, unknown>;
export const DocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<DocumentRowFragment, unknown>;