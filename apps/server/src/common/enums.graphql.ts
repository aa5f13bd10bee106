import {
  CertificateStatus,
  ContractStatus,
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

// The domain's enums, known to GraphQL by the names DESIGN.md gives them.
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
