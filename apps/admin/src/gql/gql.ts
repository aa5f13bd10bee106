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
    "\n  mutation CreateGuard($input: CreateGuardInput!) {\n    createGuard(input: $input) {\n      ...GuardRow\n    }\n  }\n": typeof types.CreateGuardDocument,
    "\n  mutation UpdateGuard($id: ID!, $input: UpdateGuardInput!) {\n    updateGuard(id: $id, input: $input) {\n      ...GuardRow\n    }\n  }\n": typeof types.UpdateGuardDocument,
    "\n  fragment GuardRow on Guard {\n    id\n    name\n    idNumber\n    certificateNo\n    certificateStatus\n    certificateValid\n    phone\n    hiredOn\n    employmentStatus\n    account {\n      id\n      username\n    }\n  }\n": typeof types.GuardRowFragmentDoc,
    "\n  query GuardList(\n    $first: Int!\n    $after: String\n    $search: String\n    $certificateStatus: CertificateStatus\n  ) {\n    guards(first: $first, after: $after, search: $search, certificateStatus: $certificateStatus) {\n      nodes {\n        ...GuardRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GuardListDocument,
    "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n": typeof types.CustomerUnitListDocument,
    "\n  query EscalationWidget {\n    escalationSummary {\n      count\n      oldest {\n        id\n        question\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n      }\n    }\n    handovers(first: 20, state: AWAITING_APPROVAL) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.EscalationWidgetDocument,
    "\n  mutation InspectHandover($input: InspectHandoverInput!) {\n    inspectHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.InspectHandoverDocument,
    "\n  mutation StartHandover($input: StartHandoverInput!) {\n    startHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.StartHandoverDocument,
    "\n  query MyInquiries($first: Int!) {\n    inquiries(first: $first) {\n      nodes {\n        id\n        state\n        question\n        answer\n        reply\n        createdAt\n        escalatedAt\n        repliedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n        repliedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MyInquiriesDocument,
    "\n  mutation LogInquiry($input: LogInquiryInput!) {\n    logInquiry(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.LogInquiryDocument,
    "\n  mutation EscalateInquiry($id: ID!) {\n    escalateInquiry(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.EscalateInquiryDocument,
    "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      answer\n    }\n  }\n": typeof types.AnswerInquiryDocument,
    "\n  query OnDuty {\n    onDuty {\n      guard {\n        id\n        name\n      }\n      shift {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        post {\n          id\n          name\n          postOrders\n          postOrdersRevision\n          customerUnit {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n      upcomingShifts {\n        id\n        startsAt\n        endsAt\n        post {\n          id\n          name\n        }\n      }\n      successorShift {\n        id\n        startsAt\n        guard {\n          id\n          name\n        }\n      }\n      handovers {\n        outgoingShiftId\n        ...HandoverRecordFields\n      }\n    }\n  }\n": typeof types.OnDutyDocument,
    "\n  mutation AcknowledgePostOrders($shiftId: ID!) {\n    acknowledgePostOrders(shiftId: $shiftId) {\n      id\n      ordersAcknowledged\n      ordersAcknowledgedAt\n    }\n  }\n": typeof types.AcknowledgePostOrdersDocument,
    "\n  mutation SignHandover($input: HandoverStepInput!) {\n    signHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.SignHandoverDocument,
    "\n  mutation ReleaseHandover($input: HandoverStepInput!) {\n    releaseHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.ReleaseHandoverDocument,
    "\n  mutation RequestHandoverApproval($input: HandoverStepInput!) {\n    requestHandoverApproval(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.RequestHandoverApprovalDocument,
    "\n  fragment HandoverRecordFields on Handover {\n    id\n    state\n    version\n    myRole\n    myActions\n    postStatus\n    openProblems\n    incidentOpen\n    incidentNote\n    items {\n      name\n      quantity\n    }\n    findings\n    discrepancies {\n      name\n      expected\n      found\n      note\n    }\n    approvalNote\n    createdAt\n    inspectedAt\n    approvalRequestedAt\n    approvedAt\n    signedAt\n    releasedAt\n    post {\n      id\n      name\n    }\n    outgoingGuard {\n      id\n      name\n    }\n    incomingGuard {\n      id\n      name\n    }\n    approvedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.HandoverRecordFieldsFragmentDoc,
    "\n  query DefaultPostOrders {\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n": typeof types.DefaultPostOrdersDocument,
    "\n  mutation SetDefaultPostOrders($postOrders: String!) {\n    setDefaultPostOrders(postOrders: $postOrders) {\n      id\n      defaultPostOrders\n    }\n  }\n": typeof types.SetDefaultPostOrdersDocument,
    "\n  query PostFormOptions {\n    customerUnits(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n    dutySupervisors {\n      id\n      displayName\n      username\n    }\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n": typeof types.PostFormOptionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostRow\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostRow\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  fragment PostRow on Post {\n    id\n    name\n    contractId\n    postOrders\n    postOrdersRevision\n    customerUnit {\n      id\n      name\n    }\n    supervisor {\n      id\n      displayName\n    }\n  }\n": typeof types.PostRowFragmentDoc,
    "\n  query PostList($first: Int!) {\n    posts(first: $first) {\n      nodes {\n        ...PostRow\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PostListDocument,
    "\n  query PostRoster($postId: ID!, $weekOf: String!) {\n    postRoster(postId: $postId, weekOf: $weekOf) {\n      weekStart\n      days\n      post {\n        id\n        name\n        postOrders\n        postOrdersRevision\n        customerUnit {\n          id\n          name\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        guard {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PostRosterDocument,
    "\n  mutation DeleteShift($id: ID!) {\n    deleteShift(id: $id)\n  }\n": typeof types.DeleteShiftDocument,
    "\n  query ShiftGuards {\n    guards(first: 100, employmentStatus: ACTIVE) {\n      nodes {\n        id\n        name\n        certificateStatus\n        certificateValid\n      }\n    }\n  }\n": typeof types.ShiftGuardsDocument,
    "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateShiftDocument,
    "\n  query SupervisorQueue {\n    handovers(first: 10, state: AWAITING_APPROVAL) {\n      nodes {\n        ...HandoverRecordFields\n      }\n    }\n    inquiries(first: 30, state: ESCALATED) {\n      nodes {\n        id\n        question\n        createdAt\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SupervisorQueueDocument,
    "\n  mutation ApproveHandover($input: HandoverStepInput!) {\n    approveHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": typeof types.ApproveHandoverDocument,
    "\n  mutation ReplyInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      reply\n    }\n  }\n": typeof types.ReplyInquiryDocument,
};
const documents: Documents = {
    "\n  mutation CreateGuard($input: CreateGuardInput!) {\n    createGuard(input: $input) {\n      ...GuardRow\n    }\n  }\n": types.CreateGuardDocument,
    "\n  mutation UpdateGuard($id: ID!, $input: UpdateGuardInput!) {\n    updateGuard(id: $id, input: $input) {\n      ...GuardRow\n    }\n  }\n": types.UpdateGuardDocument,
    "\n  fragment GuardRow on Guard {\n    id\n    name\n    idNumber\n    certificateNo\n    certificateStatus\n    certificateValid\n    phone\n    hiredOn\n    employmentStatus\n    account {\n      id\n      username\n    }\n  }\n": types.GuardRowFragmentDoc,
    "\n  query GuardList(\n    $first: Int!\n    $after: String\n    $search: String\n    $certificateStatus: CertificateStatus\n  ) {\n    guards(first: $first, after: $after, search: $search, certificateStatus: $certificateStatus) {\n      nodes {\n        ...GuardRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GuardListDocument,
    "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n": types.CustomerUnitListDocument,
    "\n  query EscalationWidget {\n    escalationSummary {\n      count\n      oldest {\n        id\n        question\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n      }\n    }\n    handovers(first: 20, state: AWAITING_APPROVAL) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.EscalationWidgetDocument,
    "\n  mutation InspectHandover($input: InspectHandoverInput!) {\n    inspectHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.InspectHandoverDocument,
    "\n  mutation StartHandover($input: StartHandoverInput!) {\n    startHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.StartHandoverDocument,
    "\n  query MyInquiries($first: Int!) {\n    inquiries(first: $first) {\n      nodes {\n        id\n        state\n        question\n        answer\n        reply\n        createdAt\n        escalatedAt\n        repliedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n        repliedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.MyInquiriesDocument,
    "\n  mutation LogInquiry($input: LogInquiryInput!) {\n    logInquiry(input: $input) {\n      id\n      state\n    }\n  }\n": types.LogInquiryDocument,
    "\n  mutation EscalateInquiry($id: ID!) {\n    escalateInquiry(id: $id) {\n      id\n      state\n    }\n  }\n": types.EscalateInquiryDocument,
    "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      answer\n    }\n  }\n": types.AnswerInquiryDocument,
    "\n  query OnDuty {\n    onDuty {\n      guard {\n        id\n        name\n      }\n      shift {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        post {\n          id\n          name\n          postOrders\n          postOrdersRevision\n          customerUnit {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n      upcomingShifts {\n        id\n        startsAt\n        endsAt\n        post {\n          id\n          name\n        }\n      }\n      successorShift {\n        id\n        startsAt\n        guard {\n          id\n          name\n        }\n      }\n      handovers {\n        outgoingShiftId\n        ...HandoverRecordFields\n      }\n    }\n  }\n": types.OnDutyDocument,
    "\n  mutation AcknowledgePostOrders($shiftId: ID!) {\n    acknowledgePostOrders(shiftId: $shiftId) {\n      id\n      ordersAcknowledged\n      ordersAcknowledgedAt\n    }\n  }\n": types.AcknowledgePostOrdersDocument,
    "\n  mutation SignHandover($input: HandoverStepInput!) {\n    signHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.SignHandoverDocument,
    "\n  mutation ReleaseHandover($input: HandoverStepInput!) {\n    releaseHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.ReleaseHandoverDocument,
    "\n  mutation RequestHandoverApproval($input: HandoverStepInput!) {\n    requestHandoverApproval(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.RequestHandoverApprovalDocument,
    "\n  fragment HandoverRecordFields on Handover {\n    id\n    state\n    version\n    myRole\n    myActions\n    postStatus\n    openProblems\n    incidentOpen\n    incidentNote\n    items {\n      name\n      quantity\n    }\n    findings\n    discrepancies {\n      name\n      expected\n      found\n      note\n    }\n    approvalNote\n    createdAt\n    inspectedAt\n    approvalRequestedAt\n    approvedAt\n    signedAt\n    releasedAt\n    post {\n      id\n      name\n    }\n    outgoingGuard {\n      id\n      name\n    }\n    incomingGuard {\n      id\n      name\n    }\n    approvedBy {\n      id\n      displayName\n    }\n  }\n": types.HandoverRecordFieldsFragmentDoc,
    "\n  query DefaultPostOrders {\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n": types.DefaultPostOrdersDocument,
    "\n  mutation SetDefaultPostOrders($postOrders: String!) {\n    setDefaultPostOrders(postOrders: $postOrders) {\n      id\n      defaultPostOrders\n    }\n  }\n": types.SetDefaultPostOrdersDocument,
    "\n  query PostFormOptions {\n    customerUnits(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n    dutySupervisors {\n      id\n      displayName\n      username\n    }\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n": types.PostFormOptionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostRow\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostRow\n    }\n  }\n": types.UpdatePostDocument,
    "\n  fragment PostRow on Post {\n    id\n    name\n    contractId\n    postOrders\n    postOrdersRevision\n    customerUnit {\n      id\n      name\n    }\n    supervisor {\n      id\n      displayName\n    }\n  }\n": types.PostRowFragmentDoc,
    "\n  query PostList($first: Int!) {\n    posts(first: $first) {\n      nodes {\n        ...PostRow\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PostListDocument,
    "\n  query PostRoster($postId: ID!, $weekOf: String!) {\n    postRoster(postId: $postId, weekOf: $weekOf) {\n      weekStart\n      days\n      post {\n        id\n        name\n        postOrders\n        postOrdersRevision\n        customerUnit {\n          id\n          name\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        guard {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PostRosterDocument,
    "\n  mutation DeleteShift($id: ID!) {\n    deleteShift(id: $id)\n  }\n": types.DeleteShiftDocument,
    "\n  query ShiftGuards {\n    guards(first: 100, employmentStatus: ACTIVE) {\n      nodes {\n        id\n        name\n        certificateStatus\n        certificateValid\n      }\n    }\n  }\n": types.ShiftGuardsDocument,
    "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      id\n    }\n  }\n": types.CreateShiftDocument,
    "\n  query SupervisorQueue {\n    handovers(first: 10, state: AWAITING_APPROVAL) {\n      nodes {\n        ...HandoverRecordFields\n      }\n    }\n    inquiries(first: 30, state: ESCALATED) {\n      nodes {\n        id\n        question\n        createdAt\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SupervisorQueueDocument,
    "\n  mutation ApproveHandover($input: HandoverStepInput!) {\n    approveHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n": types.ApproveHandoverDocument,
    "\n  mutation ReplyInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      reply\n    }\n  }\n": types.ReplyInquiryDocument,
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
export function graphql(source: "\n  mutation CreateGuard($input: CreateGuardInput!) {\n    createGuard(input: $input) {\n      ...GuardRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGuard($input: CreateGuardInput!) {\n    createGuard(input: $input) {\n      ...GuardRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGuard($id: ID!, $input: UpdateGuardInput!) {\n    updateGuard(id: $id, input: $input) {\n      ...GuardRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGuard($id: ID!, $input: UpdateGuardInput!) {\n    updateGuard(id: $id, input: $input) {\n      ...GuardRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuardRow on Guard {\n    id\n    name\n    idNumber\n    certificateNo\n    certificateStatus\n    certificateValid\n    phone\n    hiredOn\n    employmentStatus\n    account {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment GuardRow on Guard {\n    id\n    name\n    idNumber\n    certificateNo\n    certificateStatus\n    certificateValid\n    phone\n    hiredOn\n    employmentStatus\n    account {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuardList(\n    $first: Int!\n    $after: String\n    $search: String\n    $certificateStatus: CertificateStatus\n  ) {\n    guards(first: $first, after: $after, search: $search, certificateStatus: $certificateStatus) {\n      nodes {\n        ...GuardRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuardList(\n    $first: Int!\n    $after: String\n    $search: String\n    $certificateStatus: CertificateStatus\n  ) {\n    guards(first: $first, after: $after, search: $search, certificateStatus: $certificateStatus) {\n      nodes {\n        ...GuardRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerUnitList($first: Int!) {\n    customerUnits(first: $first) {\n      nodes {\n        id\n        name\n        divisionName\n        address\n        contactName\n        contactPhone\n        isKeyUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationWidget {\n    escalationSummary {\n      count\n      oldest {\n        id\n        question\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n      }\n    }\n    handovers(first: 20, state: AWAITING_APPROVAL) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationWidget {\n    escalationSummary {\n      count\n      oldest {\n        id\n        question\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n      }\n    }\n    handovers(first: 20, state: AWAITING_APPROVAL) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectHandover($input: InspectHandoverInput!) {\n    inspectHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation InspectHandover($input: InspectHandoverInput!) {\n    inspectHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHandover($input: StartHandoverInput!) {\n    startHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartHandover($input: StartHandoverInput!) {\n    startHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInquiries($first: Int!) {\n    inquiries(first: $first) {\n      nodes {\n        id\n        state\n        question\n        answer\n        reply\n        createdAt\n        escalatedAt\n        repliedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n        repliedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInquiries($first: Int!) {\n    inquiries(first: $first) {\n      nodes {\n        id\n        state\n        question\n        answer\n        reply\n        createdAt\n        escalatedAt\n        repliedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n        repliedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInquiry($input: LogInquiryInput!) {\n    logInquiry(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation LogInquiry($input: LogInquiryInput!) {\n    logInquiry(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateInquiry($id: ID!) {\n    escalateInquiry(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateInquiry($id: ID!) {\n    escalateInquiry(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      answer\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnDuty {\n    onDuty {\n      guard {\n        id\n        name\n      }\n      shift {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        post {\n          id\n          name\n          postOrders\n          postOrdersRevision\n          customerUnit {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n      upcomingShifts {\n        id\n        startsAt\n        endsAt\n        post {\n          id\n          name\n        }\n      }\n      successorShift {\n        id\n        startsAt\n        guard {\n          id\n          name\n        }\n      }\n      handovers {\n        outgoingShiftId\n        ...HandoverRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnDuty {\n    onDuty {\n      guard {\n        id\n        name\n      }\n      shift {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        post {\n          id\n          name\n          postOrders\n          postOrdersRevision\n          customerUnit {\n            id\n            name\n          }\n          supervisor {\n            id\n            displayName\n          }\n        }\n      }\n      upcomingShifts {\n        id\n        startsAt\n        endsAt\n        post {\n          id\n          name\n        }\n      }\n      successorShift {\n        id\n        startsAt\n        guard {\n          id\n          name\n        }\n      }\n      handovers {\n        outgoingShiftId\n        ...HandoverRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePostOrders($shiftId: ID!) {\n    acknowledgePostOrders(shiftId: $shiftId) {\n      id\n      ordersAcknowledged\n      ordersAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgePostOrders($shiftId: ID!) {\n    acknowledgePostOrders(shiftId: $shiftId) {\n      id\n      ordersAcknowledged\n      ordersAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignHandover($input: HandoverStepInput!) {\n    signHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignHandover($input: HandoverStepInput!) {\n    signHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseHandover($input: HandoverStepInput!) {\n    releaseHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseHandover($input: HandoverStepInput!) {\n    releaseHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHandoverApproval($input: HandoverStepInput!) {\n    requestHandoverApproval(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestHandoverApproval($input: HandoverStepInput!) {\n    requestHandoverApproval(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoverRecordFields on Handover {\n    id\n    state\n    version\n    myRole\n    myActions\n    postStatus\n    openProblems\n    incidentOpen\n    incidentNote\n    items {\n      name\n      quantity\n    }\n    findings\n    discrepancies {\n      name\n      expected\n      found\n      note\n    }\n    approvalNote\n    createdAt\n    inspectedAt\n    approvalRequestedAt\n    approvedAt\n    signedAt\n    releasedAt\n    post {\n      id\n      name\n    }\n    outgoingGuard {\n      id\n      name\n    }\n    incomingGuard {\n      id\n      name\n    }\n    approvedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment HandoverRecordFields on Handover {\n    id\n    state\n    version\n    myRole\n    myActions\n    postStatus\n    openProblems\n    incidentOpen\n    incidentNote\n    items {\n      name\n      quantity\n    }\n    findings\n    discrepancies {\n      name\n      expected\n      found\n      note\n    }\n    approvalNote\n    createdAt\n    inspectedAt\n    approvalRequestedAt\n    approvedAt\n    signedAt\n    releasedAt\n    post {\n      id\n      name\n    }\n    outgoingGuard {\n      id\n      name\n    }\n    incomingGuard {\n      id\n      name\n    }\n    approvedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefaultPostOrders {\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n"): (typeof documents)["\n  query DefaultPostOrders {\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultPostOrders($postOrders: String!) {\n    setDefaultPostOrders(postOrders: $postOrders) {\n      id\n      defaultPostOrders\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultPostOrders($postOrders: String!) {\n    setDefaultPostOrders(postOrders: $postOrders) {\n      id\n      defaultPostOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostFormOptions {\n    customerUnits(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n    dutySupervisors {\n      id\n      displayName\n      username\n    }\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n"): (typeof documents)["\n  query PostFormOptions {\n    customerUnits(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n    dutySupervisors {\n      id\n      displayName\n      username\n    }\n    companies {\n      id\n      defaultPostOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostRow on Post {\n    id\n    name\n    contractId\n    postOrders\n    postOrdersRevision\n    customerUnit {\n      id\n      name\n    }\n    supervisor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PostRow on Post {\n    id\n    name\n    contractId\n    postOrders\n    postOrdersRevision\n    customerUnit {\n      id\n      name\n    }\n    supervisor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostList($first: Int!) {\n    posts(first: $first) {\n      nodes {\n        ...PostRow\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostList($first: Int!) {\n    posts(first: $first) {\n      nodes {\n        ...PostRow\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRoster($postId: ID!, $weekOf: String!) {\n    postRoster(postId: $postId, weekOf: $weekOf) {\n      weekStart\n      days\n      post {\n        id\n        name\n        postOrders\n        postOrdersRevision\n        customerUnit {\n          id\n          name\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        guard {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRoster($postId: ID!, $weekOf: String!) {\n    postRoster(postId: $postId, weekOf: $weekOf) {\n      weekStart\n      days\n      post {\n        id\n        name\n        postOrders\n        postOrdersRevision\n        customerUnit {\n          id\n          name\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        ordersAcknowledged\n        ordersAcknowledgedAt\n        guard {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteShift($id: ID!) {\n    deleteShift(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteShift($id: ID!) {\n    deleteShift(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftGuards {\n    guards(first: 100, employmentStatus: ACTIVE) {\n      nodes {\n        id\n        name\n        certificateStatus\n        certificateValid\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShiftGuards {\n    guards(first: 100, employmentStatus: ACTIVE) {\n      nodes {\n        id\n        name\n        certificateStatus\n        certificateValid\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorQueue {\n    handovers(first: 10, state: AWAITING_APPROVAL) {\n      nodes {\n        ...HandoverRecordFields\n      }\n    }\n    inquiries(first: 30, state: ESCALATED) {\n      nodes {\n        id\n        question\n        createdAt\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisorQueue {\n    handovers(first: 10, state: AWAITING_APPROVAL) {\n      nodes {\n        ...HandoverRecordFields\n      }\n    }\n    inquiries(first: 30, state: ESCALATED) {\n      nodes {\n        id\n        question\n        createdAt\n        escalatedAt\n        escalationAge {\n          totalMinutes\n          days\n          hours\n          minutes\n        }\n        post {\n          id\n          name\n        }\n        guard {\n          id\n          name\n        }\n        escalatedTo {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveHandover($input: HandoverStepInput!) {\n    approveHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveHandover($input: HandoverStepInput!) {\n    approveHandover(input: $input) {\n      ...HandoverRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      id\n      state\n      reply\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;