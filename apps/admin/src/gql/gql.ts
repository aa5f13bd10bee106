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
    "\n  query FeedbackAlertList($open: Boolean, $first: Int!) {\n    feedbackAlerts(open: $open, first: $first) {\n      nodes {\n        id\n        kind\n        rating\n        count\n        lowCount\n        createdAt\n        acknowledgedAt\n        acknowledgeComment\n        acknowledgedBy {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        feedback {\n          id\n          comment\n          tags\n          recordedAt\n        }\n      }\n    }\n  }\n": typeof types.FeedbackAlertListDocument,
    "\n  mutation AcknowledgeFeedbackAlert($input: AcknowledgeFeedbackAlertInput!) {\n    acknowledgeFeedbackAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgeComment\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AcknowledgeFeedbackAlertDocument,
    "\n  query FeedbackSettings {\n    feedbackSettings {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n": typeof types.FeedbackSettingsDocument,
    "\n  mutation UpdateFeedbackSettings($input: FeedbackSettingsInput!) {\n    updateFeedbackSettings(input: $input) {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n": typeof types.UpdateFeedbackSettingsDocument,
    "\n  query FeedbackUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FeedbackUnitOptionsDocument,
    "\n  query Satisfaction($customerUnitId: ID, $postId: ID, $from: String, $to: String) {\n    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {\n      overall {\n        count\n        satisfied\n        low\n        mean\n        satisfiedShare\n        distribution\n      }\n      byUnit {\n        customerUnit {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byPost {\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byWeek {\n        weekStart\n        summary {\n          count\n          mean\n          satisfiedShare\n        }\n      }\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": typeof types.SatisfactionDocument,
    "\n  query FeedbackCommentList(\n    $customerUnitId: ID\n    $postId: ID\n    $from: String\n    $to: String\n    $first: Int!\n    $after: String\n  ) {\n    feedbackComments(\n      customerUnitId: $customerUnitId\n      postId: $postId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        rating\n        comment\n        tags\n        recordedAt\n        deviceName\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedbackCommentListDocument,
    "\n  query KioskDeviceList($first: Int!) {\n    kioskDevices(first: $first) {\n      nodes {\n        id\n        name\n        createdAt\n        pairingExpiresAt\n        pairedAt\n        revokedAt\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.KioskDeviceListDocument,
    "\n  query KioskUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KioskUnitOptionsDocument,
    "\n  mutation RegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      pairingCode\n      expiresAt\n      device {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterKioskDocument,
    "\n  mutation RevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeKioskDocument,
    "\n  subscription FeedbackAlertRaised {\n    feedbackAlertRaised {\n      id\n      kind\n      rating\n      createdAt\n      customerUnit {\n        id\n        name\n      }\n      post {\n        id\n        name\n      }\n      feedback {\n        id\n        comment\n      }\n    }\n  }\n": typeof types.FeedbackAlertRaisedDocument,
    "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n": typeof types.CustomerUnitListDocument,
};
const documents: Documents = {
    "\n  query FeedbackAlertList($open: Boolean, $first: Int!) {\n    feedbackAlerts(open: $open, first: $first) {\n      nodes {\n        id\n        kind\n        rating\n        count\n        lowCount\n        createdAt\n        acknowledgedAt\n        acknowledgeComment\n        acknowledgedBy {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        feedback {\n          id\n          comment\n          tags\n          recordedAt\n        }\n      }\n    }\n  }\n": types.FeedbackAlertListDocument,
    "\n  mutation AcknowledgeFeedbackAlert($input: AcknowledgeFeedbackAlertInput!) {\n    acknowledgeFeedbackAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgeComment\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcknowledgeFeedbackAlertDocument,
    "\n  query FeedbackSettings {\n    feedbackSettings {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n": types.FeedbackSettingsDocument,
    "\n  mutation UpdateFeedbackSettings($input: FeedbackSettingsInput!) {\n    updateFeedbackSettings(input: $input) {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n": types.UpdateFeedbackSettingsDocument,
    "\n  query FeedbackUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n": types.FeedbackUnitOptionsDocument,
    "\n  query Satisfaction($customerUnitId: ID, $postId: ID, $from: String, $to: String) {\n    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {\n      overall {\n        count\n        satisfied\n        low\n        mean\n        satisfiedShare\n        distribution\n      }\n      byUnit {\n        customerUnit {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byPost {\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byWeek {\n        weekStart\n        summary {\n          count\n          mean\n          satisfiedShare\n        }\n      }\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": types.SatisfactionDocument,
    "\n  query FeedbackCommentList(\n    $customerUnitId: ID\n    $postId: ID\n    $from: String\n    $to: String\n    $first: Int!\n    $after: String\n  ) {\n    feedbackComments(\n      customerUnitId: $customerUnitId\n      postId: $postId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        rating\n        comment\n        tags\n        recordedAt\n        deviceName\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedbackCommentListDocument,
    "\n  query KioskDeviceList($first: Int!) {\n    kioskDevices(first: $first) {\n      nodes {\n        id\n        name\n        createdAt\n        pairingExpiresAt\n        pairedAt\n        revokedAt\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.KioskDeviceListDocument,
    "\n  query KioskUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n": types.KioskUnitOptionsDocument,
    "\n  mutation RegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      pairingCode\n      expiresAt\n      device {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterKioskDocument,
    "\n  mutation RevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeKioskDocument,
    "\n  subscription FeedbackAlertRaised {\n    feedbackAlertRaised {\n      id\n      kind\n      rating\n      createdAt\n      customerUnit {\n        id\n        name\n      }\n      post {\n        id\n        name\n      }\n      feedback {\n        id\n        comment\n      }\n    }\n  }\n": types.FeedbackAlertRaisedDocument,
    "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n": types.CustomerUnitListDocument,
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
export function graphql(source: "\n  query FeedbackAlertList($open: Boolean, $first: Int!) {\n    feedbackAlerts(open: $open, first: $first) {\n      nodes {\n        id\n        kind\n        rating\n        count\n        lowCount\n        createdAt\n        acknowledgedAt\n        acknowledgeComment\n        acknowledgedBy {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        feedback {\n          id\n          comment\n          tags\n          recordedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackAlertList($open: Boolean, $first: Int!) {\n    feedbackAlerts(open: $open, first: $first) {\n      nodes {\n        id\n        kind\n        rating\n        count\n        lowCount\n        createdAt\n        acknowledgedAt\n        acknowledgeComment\n        acknowledgedBy {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        feedback {\n          id\n          comment\n          tags\n          recordedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeFeedbackAlert($input: AcknowledgeFeedbackAlertInput!) {\n    acknowledgeFeedbackAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgeComment\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeFeedbackAlert($input: AcknowledgeFeedbackAlertInput!) {\n    acknowledgeFeedbackAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgeComment\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSettings {\n    feedbackSettings {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query FeedbackSettings {\n    feedbackSettings {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeedbackSettings($input: FeedbackSettingsInput!) {\n    updateFeedbackSettings(input: $input) {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeedbackSettings($input: FeedbackSettingsInput!) {\n    updateFeedbackSettings(input: $input) {\n      oneStarAlert\n      windowMinutes\n      minRatings\n      lowShare\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Satisfaction($customerUnitId: ID, $postId: ID, $from: String, $to: String) {\n    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {\n      overall {\n        count\n        satisfied\n        low\n        mean\n        satisfiedShare\n        distribution\n      }\n      byUnit {\n        customerUnit {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byPost {\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byWeek {\n        weekStart\n        summary {\n          count\n          mean\n          satisfiedShare\n        }\n      }\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Satisfaction($customerUnitId: ID, $postId: ID, $from: String, $to: String) {\n    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {\n      overall {\n        count\n        satisfied\n        low\n        mean\n        satisfiedShare\n        distribution\n      }\n      byUnit {\n        customerUnit {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byPost {\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n        summary {\n          count\n          low\n          mean\n          satisfiedShare\n        }\n      }\n      byWeek {\n        weekStart\n        summary {\n          count\n          mean\n          satisfiedShare\n        }\n      }\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackCommentList(\n    $customerUnitId: ID\n    $postId: ID\n    $from: String\n    $to: String\n    $first: Int!\n    $after: String\n  ) {\n    feedbackComments(\n      customerUnitId: $customerUnitId\n      postId: $postId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        rating\n        comment\n        tags\n        recordedAt\n        deviceName\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackCommentList(\n    $customerUnitId: ID\n    $postId: ID\n    $from: String\n    $to: String\n    $first: Int!\n    $after: String\n  ) {\n    feedbackComments(\n      customerUnitId: $customerUnitId\n      postId: $postId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        rating\n        comment\n        tags\n        recordedAt\n        deviceName\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskDeviceList($first: Int!) {\n    kioskDevices(first: $first) {\n      nodes {\n        id\n        name\n        createdAt\n        pairingExpiresAt\n        pairedAt\n        revokedAt\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskDeviceList($first: Int!) {\n    kioskDevices(first: $first) {\n      nodes {\n        id\n        name\n        createdAt\n        pairingExpiresAt\n        pairedAt\n        revokedAt\n        customerUnit {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskUnitOptions {\n    feedbackUnitOptions {\n      id\n      name\n      posts {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      pairingCode\n      expiresAt\n      device {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      pairingCode\n      expiresAt\n      device {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackAlertRaised {\n    feedbackAlertRaised {\n      id\n      kind\n      rating\n      createdAt\n      customerUnit {\n        id\n        name\n      }\n      post {\n        id\n        name\n      }\n      feedback {\n        id\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackAlertRaised {\n    feedbackAlertRaised {\n      id\n      kind\n      rating\n      createdAt\n      customerUnit {\n        id\n        name\n      }\n      post {\n        id\n        name\n      }\n      feedback {\n        id\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;