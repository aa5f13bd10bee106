import {
  CertificateStatus,
  DocumentKind,
  ContractStatus,
  DutyPhase,
  EmploymentStatus,
  FilingItemKind,
  FilingItemStatus,
  FilingStatus,
  HandoverAction,
  HandoverActor,
  HandoverState,
  InquiryState,
  OwnershipType,
  Role,
  LegalityResult,
  LegalityRuleId,
  ReviewCheck,
  ServiceKind,
  ServiceRequestStatus,
} from '@cqss/domain';
import { registerEnumType } from 'type-graphql';

// The domain's enums (packages/domain/src/common/enums.ts), known to GraphQL by the same names.
registerEnumType(Role, { name: 'Role' });
registerEnumType(OwnershipType, { name: 'OwnershipType' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(FilingStatus, { name: 'FilingStatus' });
registerEnumType(HandoverState, { name: 'HandoverState' });
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });
registerEnumType(InquiryState, { name: 'InquiryState' });
registerEnumType(HandoverActor, { name: 'HandoverActor' });
registerEnumType(HandoverAction, { name: 'HandoverAction' });
registerEnumType(DutyPhase, {
  name: 'DutyPhase',
  description: "Where a guard stands on a shift: the post passes at the successor's signature",
});
registerEnumType(LegalityResult, {
  name: 'LegalityResult',
  description: 'What the legality screen says about a customer request',
});
registerEnumType(LegalityRuleId, {
  name: 'LegalityRuleId',
  description: 'The acts guards may never do (Regulation Art. 30), one rule each',
});
registerEnumType(ServiceKind, { name: 'ServiceKind' });
registerEnumType(ServiceRequestStatus, { name: 'ServiceRequestStatus' });
registerEnumType(ReviewCheck, {
  name: 'ReviewCheck',
  description: 'The checks of the implementing measures Art. 25',
});
registerEnumType(FilingItemKind, {
  name: 'FilingItemKind',
  description: 'The items of a cross-region filing dossier',
});
registerEnumType(FilingItemStatus, {
  name: 'FilingItemStatus',
  description: "An officer's verdict on one item of a submitted dossier",
});
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What a stored document is: a licence scan, the signed contract, a photo',
});
