/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Role =
  | 'COMPANY_ADMIN'
  | 'DUTY_SUPERVISOR'
  | 'GUARD'
  | 'KIOSK'
  | 'POLICE_OFFICER';

export type PoliceHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliceHomeQuery = { me: { id: string, username: string, displayName: string, role: Role, policeOrgan: { id: string, name: string, jurisdictionName: string | null, divisionCode: string } | null } };


export const PoliceHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoliceHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"policeOrgan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]}}]} as unknown as DocumentNode<PoliceHomeQuery, PoliceHomeQueryVariables>;