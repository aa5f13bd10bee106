/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query Kiosk {\n    kiosk {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n": typeof types.KioskDocument,
    "\n  mutation PairKiosk($input: PairKioskInput!) {\n    pairKiosk(input: $input) {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n": typeof types.PairKioskDocument,
};
const documents: Documents = {
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query Kiosk {\n    kiosk {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n": types.KioskDocument,
    "\n  mutation PairKiosk($input: PairKioskInput!) {\n    pairKiosk(input: $input) {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n": types.PairKioskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kiosk {\n    kiosk {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n"): typeof import('./graphql').KioskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairKiosk($input: PairKioskInput!) {\n    pairKiosk(input: $input) {\n      deviceName\n      customerUnitName\n      postName\n      settings {\n        minIntervalSeconds\n        maxPerHour\n        commentMax\n        tags\n      }\n    }\n  }\n"): typeof import('./graphql').PairKioskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
