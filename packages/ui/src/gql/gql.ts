/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FilingItemCard on FilingItem {\n    key\n    kind\n    status\n    reason\n    changed\n    fields {\n      name\n      value\n    }\n  }\n": typeof types.FilingItemCardFragmentDoc,
    "\n  fragment FilingSubmissions on Filing {\n    id\n    submissions {\n      id\n      number\n      submittedAt\n      decision\n      decidedAt\n      items {\n        key\n        kind\n        status\n        reason\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.FilingSubmissionsFragmentDoc,
    "\n  fragment FilingTimeline on Filing {\n    id\n    history {\n      id\n      action\n      actorLabel\n      createdAt\n    }\n  }\n": typeof types.FilingTimelineFragmentDoc,
    "\n  fragment DocumentRow on Document {\n    id\n    kind\n    fileName\n    contentType\n    size\n    sha256\n    uploadedAt\n    url\n  }\n": typeof types.DocumentRowFragmentDoc,
};
const documents: Documents = {
    "\n  fragment FilingItemCard on FilingItem {\n    key\n    kind\n    status\n    reason\n    changed\n    fields {\n      name\n      value\n    }\n  }\n": types.FilingItemCardFragmentDoc,
    "\n  fragment FilingSubmissions on Filing {\n    id\n    submissions {\n      id\n      number\n      submittedAt\n      decision\n      decidedAt\n      items {\n        key\n        kind\n        status\n        reason\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.FilingSubmissionsFragmentDoc,
    "\n  fragment FilingTimeline on Filing {\n    id\n    history {\n      id\n      action\n      actorLabel\n      createdAt\n    }\n  }\n": types.FilingTimelineFragmentDoc,
    "\n  fragment DocumentRow on Document {\n    id\n    kind\n    fileName\n    contentType\n    size\n    sha256\n    uploadedAt\n    url\n  }\n": types.DocumentRowFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingItemCard on FilingItem {\n    key\n    kind\n    status\n    reason\n    changed\n    fields {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment FilingItemCard on FilingItem {\n    key\n    kind\n    status\n    reason\n    changed\n    fields {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingSubmissions on Filing {\n    id\n    submissions {\n      id\n      number\n      submittedAt\n      decision\n      decidedAt\n      items {\n        key\n        kind\n        status\n        reason\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FilingSubmissions on Filing {\n    id\n    submissions {\n      id\n      number\n      submittedAt\n      decision\n      decidedAt\n      items {\n        key\n        kind\n        status\n        reason\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingTimeline on Filing {\n    id\n    history {\n      id\n      action\n      actorLabel\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment FilingTimeline on Filing {\n    id\n    history {\n      id\n      action\n      actorLabel\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRow on Document {\n    id\n    kind\n    fileName\n    contentType\n    size\n    sha256\n    uploadedAt\n    url\n  }\n"): (typeof documents)["\n  fragment DocumentRow on Document {\n    id\n    kind\n    fileName\n    contentType\n    size\n    sha256\n    uploadedAt\n    url\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;