import {
  CertificateStatus,
  ContractStatus,
  EmploymentStatus,
  FilingStatus,
  HandoverAction,
  HandoverActor,
  HandoverState,
  InquiryState,
  OwnershipType,
  Role,
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
