/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CertificateStatus =
  | 'PENDING'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'VALID';

/** The company's licences as the filing dossier shows them */
export type CompanyLicensesInput = {
  /** 营业执照: the unified social credit code */
  businessLicenseNo: string;
  /** Business licence valid until; null: open-ended */
  licenseExpiresOn?: string | null | undefined;
  /** 保安服务许可证 number */
  securityLicenseNo: string;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'TERMINATED';

export type ContractTermsInput = {
  companyRightsObligations: string;
  content: string;
  customerRightsObligations: string;
  endsOn: string;
  /** Yuan, e.g. "360000" or "12800.50" */
  fee: string;
  project: string;
  projectLeaderName: string;
  projectLeaderPhone: string;
  startsOn: string;
};

export type EmploymentStatus =
  | 'ACTIVE'
  | 'LEFT'
  | 'ON_LEAVE';

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

export type Role =
  | 'COMPANY_ADMIN'
  | 'DUTY_SUPERVISOR'
  | 'GUARD'
  | 'KIOSK'
  | 'POLICE_OFFICER';

export type UpdateGuardInput = {
  certificateNo?: string | null | undefined;
  certificateStatus?: CertificateStatus | null | undefined;
  employmentStatus?: EmploymentStatus | null | undefined;
  hiredOn?: string | null | undefined;
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type FilingDetailQueryVariables = Exact<{
  id: string;
}>;


export type FilingDetailQuery = { filing: { id: string, status: FilingStatus, revision: number, submittedAt: string | null, dueOn: string, daysUntilDue: number, project: string, customerUnitName: string, serviceDivisionName: string | null, addresseeDivisionName: string | null, policeOrgan: { id: string, name: string } | null, company: { id: string, name: string, securityLicenseNo: string, businessLicenseNo: string, licenseExpiresOn: string | null }, contract: { id: string, status: ContractStatus, project: string, content: string, customerRightsObligations: string, companyRightsObligations: string, fee: string, startsOn: string, endsOn: string, projectLeaderName: string, projectLeaderPhone: string, serviceAddress: string } | null, dossier: { addresseeDivisionName: string | null, policeOrgan: { id: string, name: string } | null, problems: Array<{ code: string, field: string, itemKey: string | null, params: unknown }>, items: Array<{ key: string, kind: FilingItemKind, fields: Array<{ name: string, value: string | null }> }> } | null, current: { id: string, number: number, decision: FilingStatus | null, items: Array<{ key: string, kind: FilingItemKind, status: FilingItemStatus, reason: string | null, changed: boolean, fields: Array<{ name: string, value: string | null }> }> } | null, submissions: Array<{ id: string, number: number, submittedAt: string, decision: FilingStatus | null, decidedAt: string | null, submittedBy: { id: string, displayName: string }, items: Array<{ key: string, kind: FilingItemKind, status: FilingItemStatus, reason: string | null, fields: Array<{ name: string, value: string | null }> }> }>, history: Array<{ id: string, action: string, actorLabel: string, actorRole: Role | null, createdAt: string }> } };

export type SubmitFilingMutationVariables = Exact<{
  id: string;
}>;


export type SubmitFilingMutation = { submitFiling: { id: string, status: FilingStatus, revision: number, submittedAt: string | null } };

export type FilingContractsQueryVariables = Exact<{
  first: number;
  needsAttention?: boolean | null | undefined;
}>;


export type FilingContractsQuery = { contracts: { nodes: Array<{ id: string, project: string, status: ContractStatus, startsOn: string, serviceAddress: string, serviceDivisionName: string | null, filingDueOn: string | null, filingDaysLeft: number | null, filingNeedsAttention: boolean, customerUnit: { id: string, name: string }, filing: { id: string, status: FilingStatus, revision: number, submittedAt: string | null, policeOrgan: { id: string, name: string } | null } | null }> } };

export type PrepareFilingMutationVariables = Exact<{
  contractId: string;
}>;


export type PrepareFilingMutation = { prepareFiling: { id: string, status: FilingStatus } };

export type FilingsToDoQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingsToDoQuery = { contracts: { nodes: Array<{ id: string, project: string, serviceDivisionName: string | null, filingDueOn: string | null, filingDaysLeft: number | null, customerUnit: { id: string, name: string }, filing: { id: string, status: FilingStatus } | null }> } };

export type FilingGuardQueryVariables = Exact<{
  id: string;
}>;


export type FilingGuardQuery = { guard: { id: string, name: string, certificateNo: string | null, certificateStatus: CertificateStatus } };

export type UpdateFilingGuardMutationVariables = Exact<{
  id: string;
  input: UpdateGuardInput;
}>;


export type UpdateFilingGuardMutation = { updateGuard: { id: string, name: string, certificateNo: string | null, certificateStatus: CertificateStatus } };

export type UpdateContractLeaderMutationVariables = Exact<{
  id: string;
  input: ContractTermsInput;
}>;


export type UpdateContractLeaderMutation = { updateContract: { id: string, projectLeaderName: string, projectLeaderPhone: string } };

export type UpdateCompanyLicensesMutationVariables = Exact<{
  input: CompanyLicensesInput;
}>;


export type UpdateCompanyLicensesMutation = { updateCompanyLicenses: { id: string, securityLicenseNo: string, businessLicenseNo: string, licenseExpiresOn: string | null } };

export type FilingEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FilingEventsSubscription = { filingEvents: { filingId: string, status: FilingStatus, resubmission: boolean, at: string, filing: { id: string, status: FilingStatus, revision: number, submittedAt: string | null, project: string } } };

export type CustomerUnitListQueryVariables = Exact<{
  first: number;
}>;


export type CustomerUnitListQuery = { customerUnits: { nodes: Array<{ id: string, name: string, divisionName: string | null, address: string, contactName: string, contactPhone: string, isKeyUnit: boolean }> } };


export const FilingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDue"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"customerUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDivisionName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeDivisionName"}},{"kind":"Field","name":{"kind":"Name","value":"policeOrgan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"securityLicenseNo"}},{"kind":"Field","name":{"kind":"Name","value":"businessLicenseNo"}},{"kind":"Field","name":{"kind":"Name","value":"licenseExpiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"customerRightsObligations"}},{"kind":"Field","name":{"kind":"Name","value":"companyRightsObligations"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"projectLeaderName"}},{"kind":"Field","name":{"kind":"Name","value":"projectLeaderPhone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addresseeDivisionName"}},{"kind":"Field","name":{"kind":"Name","value":"policeOrgan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<FilingDetailQuery, FilingDetailQueryVariables>;
export const SubmitFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitFilingMutation, SubmitFilingMutationVariables>;
export const FilingContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needsAttention"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crossRegion"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"filingNeedsAttention"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needsAttention"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDivisionName"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"filingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"filingNeedsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"customerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeOrgan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingContractsQuery, FilingContractsQueryVariables>;
export const PrepareFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrepareFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PrepareFilingMutation, PrepareFilingMutationVariables>;
export const FilingsToDoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingsToDo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filingNeedsAttention"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDivisionName"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"filingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"customerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingsToDoQuery, FilingsToDoQueryVariables>;
export const FilingGuardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingGuard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]}}]} as unknown as DocumentNode<FilingGuardQuery, FilingGuardQueryVariables>;
export const UpdateFilingGuardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFilingGuard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGuardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGuard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]}}]} as unknown as DocumentNode<UpdateFilingGuardMutation, UpdateFilingGuardMutationVariables>;
export const UpdateContractLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContractLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectLeaderName"}},{"kind":"Field","name":{"kind":"Name","value":"projectLeaderPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateContractLeaderMutation, UpdateContractLeaderMutationVariables>;
export const UpdateCompanyLicensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanyLicenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyLicensesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanyLicenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"securityLicenseNo"}},{"kind":"Field","name":{"kind":"Name","value":"businessLicenseNo"}},{"kind":"Field","name":{"kind":"Name","value":"licenseExpiresOn"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyLicensesMutation, UpdateCompanyLicensesMutationVariables>;
export const FilingEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FilingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resubmission"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"}}]}}]}}]}}]} as unknown as DocumentNode<FilingEventsSubscription, FilingEventsSubscriptionVariables>;
export const CustomerUnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"isKeyUnit"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerUnitListQuery, CustomerUnitListQueryVariables>;