/** The vocabulary of DESIGN.md as string enums shared by server and clients. */
export const Role = {
  COMPANY_ADMIN: 'COMPANY_ADMIN',
  DUTY_SUPERVISOR: 'DUTY_SUPERVISOR',
  GUARD: 'GUARD',
  POLICE_OFFICER: 'POLICE_OFFICER',
  KIOSK: 'KIOSK',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const OwnershipType = {
  DOMESTIC: 'DOMESTIC',
  WHOLLY_FOREIGN_OWNED: 'WHOLLY_FOREIGN_OWNED',
  SINO_FOREIGN_JOINT_VENTURE: 'SINO_FOREIGN_JOINT_VENTURE',
  SINO_FOREIGN_COOPERATIVE: 'SINO_FOREIGN_COOPERATIVE',
} as const;
export type OwnershipType = (typeof OwnershipType)[keyof typeof OwnershipType];

export const ContractStatus = {
  DRAFT: 'DRAFT',
  ACTIVE: 'ACTIVE',
  TERMINATED: 'TERMINATED',
} as const;
export type ContractStatus = (typeof ContractStatus)[keyof typeof ContractStatus];

export const FilingStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  ACCEPTED: 'ACCEPTED',
  RETURNED: 'RETURNED',
} as const;
export type FilingStatus = (typeof FilingStatus)[keyof typeof FilingStatus];

export const HandoverState = {
  DRAFTED: 'DRAFTED',
  INSPECTED: 'INSPECTED',
  AWAITING_APPROVAL: 'AWAITING_APPROVAL',
  APPROVED: 'APPROVED',
  SIGNED: 'SIGNED',
  RELEASED: 'RELEASED',
} as const;
export type HandoverState = (typeof HandoverState)[keyof typeof HandoverState];
