import { ContractStatus, FilingStatus, HandoverState, OwnershipType, Role } from '@cqss/domain';
import { registerEnumType } from 'type-graphql';

// The domain's enums, known to GraphQL by the names DESIGN.md gives them.
registerEnumType(Role, { name: 'Role' });
registerEnumType(OwnershipType, { name: 'OwnershipType' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(FilingStatus, { name: 'FilingStatus' });
registerEnumType(HandoverState, { name: 'HandoverState' });
