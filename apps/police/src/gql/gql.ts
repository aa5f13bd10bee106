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
    "\n  subscription OrganFilingEvents {\n    filingEvents {\n      filingId\n      status\n      resubmission\n      at\n      filing {\n        id\n        status\n        revision\n        submittedAt\n        project\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganFilingEventsDocument,
    "\n  subscription OrganReportFiled {\n    illegalRequestReportFiled {\n      id\n      createdAt\n      customerUnitName\n      acknowledgedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganReportFiledDocument,
    "\n  query OrganCompanies {\n    filingCompanies {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n    }\n  }\n": typeof types.OrganCompaniesDocument,
    "\n  query OrganCompany($id: ID!) {\n    filingCompany(id: $id) {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n      businessLicenseNo\n      licenseExpiresOn\n    }\n  }\n": typeof types.OrganCompanyDocument,
    "\n  query CompanyFilings($companyId: ID!, $first: Int!, $after: String) {\n    filings(companyId: $companyId, sort: NEWEST, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CompanyFilingsDocument,
    "\n  query CompanyReports($companyId: ID!, $first: Int!, $after: String) {\n    illegalRequestReports(companyId: $companyId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        acknowledgedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CompanyReportsDocument,
    "\n  query FilingQueue(\n    $statuses: [FilingStatus!]\n    $companyId: ID\n    $submittedFrom: String\n    $submittedTo: String\n    $sort: FilingSort\n    $first: Int!\n    $after: String\n  ) {\n    filings(\n      statuses: $statuses\n      companyId: $companyId\n      submittedFrom: $submittedFrom\n      submittedTo: $submittedTo\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n        company {\n          id\n          name\n        }\n        current {\n          id\n          claimedBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FilingQueueDocument,
    "\n  query FilingCompanies {\n    filingCompanies {\n      id\n      name\n    }\n  }\n": typeof types.FilingCompaniesDocument,
    "\n  query FilingReview($id: ID!) {\n    filing(id: $id) {\n      id\n      status\n      revision\n      submittedAt\n      dueOn\n      daysUntilDue\n      project\n      company {\n        id\n        name\n      }\n      current {\n        id\n        number\n        submittedAt\n        customerUnitName\n        serviceAddress\n        serviceDivisionName\n      }\n      submissions {\n        id\n      }\n      ...FilingReviewState\n      ...FilingSubmissions\n    }\n  }\n": typeof types.FilingReviewDocument,
    "\n  fragment FilingReviewState on Filing {\n    id\n    status\n    current {\n      id\n      claimedAt\n      claimedBy {\n        id\n        displayName\n      }\n      decision\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n      items {\n        key\n        kind\n        status\n        reason\n        ...FilingItemCard\n      }\n    }\n    ...FilingTimeline\n  }\n": typeof types.FilingReviewStateFragmentDoc,
    "\n  mutation ClaimFiling($id: ID!) {\n    claimFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n": typeof types.ClaimFilingDocument,
    "\n  mutation ReviewFilingItem($input: ReviewFilingItemInput!) {\n    reviewFilingItem(input: $input) {\n      ...FilingReviewState\n    }\n  }\n": typeof types.ReviewFilingItemDocument,
    "\n  mutation AcceptFiling($id: ID!) {\n    acceptFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n": typeof types.AcceptFilingDocument,
    "\n  mutation ReturnFiling($input: ReturnFilingInput!) {\n    returnFiling(input: $input) {\n      ...FilingReviewState\n    }\n  }\n": typeof types.ReturnFilingDocument,
    "\n  query PoliceHome {\n    me {\n      id\n      username\n      displayName\n      role\n      policeOrgan {\n        id\n        name\n        jurisdictionName\n        divisionCode\n      }\n    }\n  }\n": typeof types.PoliceHomeDocument,
    "\n  query PoliceWork {\n    filings(statuses: [SUBMITTED, UNDER_REVIEW], sort: WAITING_LONGEST, first: 100) {\n      nodes {\n        id\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    illegalRequestReports(acknowledged: false, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PoliceWorkDocument,
    "\n  query FiledDocuments($id: ID!) {\n    filing(id: $id) {\n      id\n      current {\n        id\n        number\n        documents {\n          id\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": typeof types.FiledDocumentsDocument,
    "\n  query OrganReport($id: ID!) {\n    illegalRequestReport(id: $id) {\n      id\n      createdAt\n      customerUnitName\n      customerUnitCreditCode\n      serviceAddress\n      serviceDivisionName\n      services\n      description\n      reason\n      acknowledgedAt\n      acknowledgementNote\n      company {\n        id\n        name\n      }\n      reportedBy {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      screen {\n        result\n        matches {\n          ruleId\n          phrase\n          basis\n          text\n        }\n      }\n    }\n  }\n": typeof types.OrganReportDocument,
    "\n  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {\n    acknowledgeReport(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgementNote\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AcknowledgeReportDocument,
    "\n  query OrganReportList($first: Int!, $after: String, $acknowledged: Boolean) {\n    illegalRequestReports(first: $first, after: $after, acknowledged: $acknowledged) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        services\n        acknowledgedAt\n        company {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganReportListDocument,
    "\n  fragment FilingItemCard on FilingItem {\n    key\n    kind\n    status\n    reason\n    changed\n    fields {\n      name\n      value\n    }\n  }\n": typeof types.FilingItemCardFragmentDoc,
    "\n  fragment FilingSubmissions on Filing {\n    id\n    submissions {\n      id\n      number\n      submittedAt\n      decision\n      decidedAt\n      items {\n        key\n        kind\n        status\n        reason\n        fields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.FilingSubmissionsFragmentDoc,
    "\n  fragment FilingTimeline on Filing {\n    id\n    history {\n      id\n      action\n      actorLabel\n      createdAt\n    }\n  }\n": typeof types.FilingTimelineFragmentDoc,
    "\n  fragment DocumentRow on Document {\n    id\n    kind\n    fileName\n    contentType\n    size\n    sha256\n    uploadedAt\n    url\n  }\n": typeof types.DocumentRowFragmentDoc,
};
const documents: Documents = {
    "\n  subscription OrganFilingEvents {\n    filingEvents {\n      filingId\n      status\n      resubmission\n      at\n      filing {\n        id\n        status\n        revision\n        submittedAt\n        project\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganFilingEventsDocument,
    "\n  subscription OrganReportFiled {\n    illegalRequestReportFiled {\n      id\n      createdAt\n      customerUnitName\n      acknowledgedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.OrganReportFiledDocument,
    "\n  query OrganCompanies {\n    filingCompanies {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n    }\n  }\n": types.OrganCompaniesDocument,
    "\n  query OrganCompany($id: ID!) {\n    filingCompany(id: $id) {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n      businessLicenseNo\n      licenseExpiresOn\n    }\n  }\n": types.OrganCompanyDocument,
    "\n  query CompanyFilings($companyId: ID!, $first: Int!, $after: String) {\n    filings(companyId: $companyId, sort: NEWEST, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CompanyFilingsDocument,
    "\n  query CompanyReports($companyId: ID!, $first: Int!, $after: String) {\n    illegalRequestReports(companyId: $companyId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        acknowledgedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CompanyReportsDocument,
    "\n  query FilingQueue(\n    $statuses: [FilingStatus!]\n    $companyId: ID\n    $submittedFrom: String\n    $submittedTo: String\n    $sort: FilingSort\n    $first: Int!\n    $after: String\n  ) {\n    filings(\n      statuses: $statuses\n      companyId: $companyId\n      submittedFrom: $submittedFrom\n      submittedTo: $submittedTo\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n        company {\n          id\n          name\n        }\n        current {\n          id\n          claimedBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FilingQueueDocument,
    "\n  query FilingCompanies {\n    filingCompanies {\n      id\n      name\n    }\n  }\n": types.FilingCompaniesDocument,
    "\n  query FilingReview($id: ID!) {\n    filing(id: $id) {\n      id\n      status\n      revision\n      submittedAt\n      dueOn\n      daysUntilDue\n      project\n      company {\n        id\n        name\n      }\n      current {\n        id\n        number\n        submittedAt\n        customerUnitName\n        serviceAddress\n        serviceDivisionName\n      }\n      submissions {\n        id\n      }\n      ...FilingReviewState\n      ...FilingSubmissions\n    }\n  }\n": types.FilingReviewDocument,
    "\n  fragment FilingReviewState on Filing {\n    id\n    status\n    current {\n      id\n      claimedAt\n      claimedBy {\n        id\n        displayName\n      }\n      decision\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n      items {\n        key\n        kind\n        status\n        reason\n        ...FilingItemCard\n      }\n    }\n    ...FilingTimeline\n  }\n": types.FilingReviewStateFragmentDoc,
    "\n  mutation ClaimFiling($id: ID!) {\n    claimFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n": types.ClaimFilingDocument,
    "\n  mutation ReviewFilingItem($input: ReviewFilingItemInput!) {\n    reviewFilingItem(input: $input) {\n      ...FilingReviewState\n    }\n  }\n": types.ReviewFilingItemDocument,
    "\n  mutation AcceptFiling($id: ID!) {\n    acceptFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n": types.AcceptFilingDocument,
    "\n  mutation ReturnFiling($input: ReturnFilingInput!) {\n    returnFiling(input: $input) {\n      ...FilingReviewState\n    }\n  }\n": types.ReturnFilingDocument,
    "\n  query PoliceHome {\n    me {\n      id\n      username\n      displayName\n      role\n      policeOrgan {\n        id\n        name\n        jurisdictionName\n        divisionCode\n      }\n    }\n  }\n": types.PoliceHomeDocument,
    "\n  query PoliceWork {\n    filings(statuses: [SUBMITTED, UNDER_REVIEW], sort: WAITING_LONGEST, first: 100) {\n      nodes {\n        id\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    illegalRequestReports(acknowledged: false, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PoliceWorkDocument,
    "\n  query FiledDocuments($id: ID!) {\n    filing(id: $id) {\n      id\n      current {\n        id\n        number\n        documents {\n          id\n          ...DocumentRow\n        }\n      }\n    }\n  }\n": types.FiledDocumentsDocument,
    "\n  query OrganReport($id: ID!) {\n    illegalRequestReport(id: $id) {\n      id\n      createdAt\n      customerUnitName\n      customerUnitCreditCode\n      serviceAddress\n      serviceDivisionName\n      services\n      description\n      reason\n      acknowledgedAt\n      acknowledgementNote\n      company {\n        id\n        name\n      }\n      reportedBy {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      screen {\n        result\n        matches {\n          ruleId\n          phrase\n          basis\n          text\n        }\n      }\n    }\n  }\n": types.OrganReportDocument,
    "\n  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {\n    acknowledgeReport(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgementNote\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcknowledgeReportDocument,
    "\n  query OrganReportList($first: Int!, $after: String, $acknowledged: Boolean) {\n    illegalRequestReports(first: $first, after: $after, acknowledged: $acknowledged) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        services\n        acknowledgedAt\n        company {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganReportListDocument,
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
export function graphql(source: "\n  subscription OrganFilingEvents {\n    filingEvents {\n      filingId\n      status\n      resubmission\n      at\n      filing {\n        id\n        status\n        revision\n        submittedAt\n        project\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrganFilingEvents {\n    filingEvents {\n      filingId\n      status\n      resubmission\n      at\n      filing {\n        id\n        status\n        revision\n        submittedAt\n        project\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganReportFiled {\n    illegalRequestReportFiled {\n      id\n      createdAt\n      customerUnitName\n      acknowledgedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrganReportFiled {\n    illegalRequestReportFiled {\n      id\n      createdAt\n      customerUnitName\n      acknowledgedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganCompanies {\n    filingCompanies {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n    }\n  }\n"): (typeof documents)["\n  query OrganCompanies {\n    filingCompanies {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganCompany($id: ID!) {\n    filingCompany(id: $id) {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n      businessLicenseNo\n      licenseExpiresOn\n    }\n  }\n"): (typeof documents)["\n  query OrganCompany($id: ID!) {\n    filingCompany(id: $id) {\n      id\n      name\n      ownershipType\n      homeDivisionName\n      securityLicenseNo\n      businessLicenseNo\n      licenseExpiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyFilings($companyId: ID!, $first: Int!, $after: String) {\n    filings(companyId: $companyId, sort: NEWEST, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyFilings($companyId: ID!, $first: Int!, $after: String) {\n    filings(companyId: $companyId, sort: NEWEST, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyReports($companyId: ID!, $first: Int!, $after: String) {\n    illegalRequestReports(companyId: $companyId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        acknowledgedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyReports($companyId: ID!, $first: Int!, $after: String) {\n    illegalRequestReports(companyId: $companyId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        acknowledgedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingQueue(\n    $statuses: [FilingStatus!]\n    $companyId: ID\n    $submittedFrom: String\n    $submittedTo: String\n    $sort: FilingSort\n    $first: Int!\n    $after: String\n  ) {\n    filings(\n      statuses: $statuses\n      companyId: $companyId\n      submittedFrom: $submittedFrom\n      submittedTo: $submittedTo\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n        company {\n          id\n          name\n        }\n        current {\n          id\n          claimedBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilingQueue(\n    $statuses: [FilingStatus!]\n    $companyId: ID\n    $submittedFrom: String\n    $submittedTo: String\n    $sort: FilingSort\n    $first: Int!\n    $after: String\n  ) {\n    filings(\n      statuses: $statuses\n      companyId: $companyId\n      submittedFrom: $submittedFrom\n      submittedTo: $submittedTo\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        status\n        revision\n        submittedAt\n        project\n        customerUnitName\n        serviceDivisionName\n        company {\n          id\n          name\n        }\n        current {\n          id\n          claimedBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingCompanies {\n    filingCompanies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FilingCompanies {\n    filingCompanies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingReview($id: ID!) {\n    filing(id: $id) {\n      id\n      status\n      revision\n      submittedAt\n      dueOn\n      daysUntilDue\n      project\n      company {\n        id\n        name\n      }\n      current {\n        id\n        number\n        submittedAt\n        customerUnitName\n        serviceAddress\n        serviceDivisionName\n      }\n      submissions {\n        id\n      }\n      ...FilingReviewState\n      ...FilingSubmissions\n    }\n  }\n"): (typeof documents)["\n  query FilingReview($id: ID!) {\n    filing(id: $id) {\n      id\n      status\n      revision\n      submittedAt\n      dueOn\n      daysUntilDue\n      project\n      company {\n        id\n        name\n      }\n      current {\n        id\n        number\n        submittedAt\n        customerUnitName\n        serviceAddress\n        serviceDivisionName\n      }\n      submissions {\n        id\n      }\n      ...FilingReviewState\n      ...FilingSubmissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingReviewState on Filing {\n    id\n    status\n    current {\n      id\n      claimedAt\n      claimedBy {\n        id\n        displayName\n      }\n      decision\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n      items {\n        key\n        kind\n        status\n        reason\n        ...FilingItemCard\n      }\n    }\n    ...FilingTimeline\n  }\n"): (typeof documents)["\n  fragment FilingReviewState on Filing {\n    id\n    status\n    current {\n      id\n      claimedAt\n      claimedBy {\n        id\n        displayName\n      }\n      decision\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n      items {\n        key\n        kind\n        status\n        reason\n        ...FilingItemCard\n      }\n    }\n    ...FilingTimeline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimFiling($id: ID!) {\n    claimFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimFiling($id: ID!) {\n    claimFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFilingItem($input: ReviewFilingItemInput!) {\n    reviewFilingItem(input: $input) {\n      ...FilingReviewState\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFilingItem($input: ReviewFilingItemInput!) {\n    reviewFilingItem(input: $input) {\n      ...FilingReviewState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFiling($id: ID!) {\n    acceptFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptFiling($id: ID!) {\n    acceptFiling(id: $id) {\n      ...FilingReviewState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnFiling($input: ReturnFilingInput!) {\n    returnFiling(input: $input) {\n      ...FilingReviewState\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnFiling($input: ReturnFilingInput!) {\n    returnFiling(input: $input) {\n      ...FilingReviewState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliceHome {\n    me {\n      id\n      username\n      displayName\n      role\n      policeOrgan {\n        id\n        name\n        jurisdictionName\n        divisionCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoliceHome {\n    me {\n      id\n      username\n      displayName\n      role\n      policeOrgan {\n        id\n        name\n        jurisdictionName\n        divisionCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliceWork {\n    filings(statuses: [SUBMITTED, UNDER_REVIEW], sort: WAITING_LONGEST, first: 100) {\n      nodes {\n        id\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    illegalRequestReports(acknowledged: false, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoliceWork {\n    filings(statuses: [SUBMITTED, UNDER_REVIEW], sort: WAITING_LONGEST, first: 100) {\n      nodes {\n        id\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    illegalRequestReports(acknowledged: false, first: 100) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiledDocuments($id: ID!) {\n    filing(id: $id) {\n      id\n      current {\n        id\n        number\n        documents {\n          id\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FiledDocuments($id: ID!) {\n    filing(id: $id) {\n      id\n      current {\n        id\n        number\n        documents {\n          id\n          ...DocumentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganReport($id: ID!) {\n    illegalRequestReport(id: $id) {\n      id\n      createdAt\n      customerUnitName\n      customerUnitCreditCode\n      serviceAddress\n      serviceDivisionName\n      services\n      description\n      reason\n      acknowledgedAt\n      acknowledgementNote\n      company {\n        id\n        name\n      }\n      reportedBy {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      screen {\n        result\n        matches {\n          ruleId\n          phrase\n          basis\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganReport($id: ID!) {\n    illegalRequestReport(id: $id) {\n      id\n      createdAt\n      customerUnitName\n      customerUnitCreditCode\n      serviceAddress\n      serviceDivisionName\n      services\n      description\n      reason\n      acknowledgedAt\n      acknowledgementNote\n      company {\n        id\n        name\n      }\n      reportedBy {\n        id\n        displayName\n      }\n      acknowledgedBy {\n        id\n        displayName\n      }\n      screen {\n        result\n        matches {\n          ruleId\n          phrase\n          basis\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {\n    acknowledgeReport(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgementNote\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {\n    acknowledgeReport(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgementNote\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganReportList($first: Int!, $after: String, $acknowledged: Boolean) {\n    illegalRequestReports(first: $first, after: $after, acknowledged: $acknowledged) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        services\n        acknowledgedAt\n        company {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganReportList($first: Int!, $after: String, $acknowledged: Boolean) {\n    illegalRequestReports(first: $first, after: $after, acknowledged: $acknowledged) {\n      nodes {\n        id\n        createdAt\n        customerUnitName\n        serviceDivisionName\n        services\n        acknowledgedAt\n        company {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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