/** The platform's vocabulary as string enums shared by server and clients (and GraphQL). */
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
  /** The duty supervisor sent it back with a reason; either guard asks again. */
  RETURNED: 'RETURNED',
  APPROVED: 'APPROVED',
  SIGNED: 'SIGNED',
  RELEASED: 'RELEASED',
} as const;
export type HandoverState = (typeof HandoverState)[keyof typeof HandoverState];

/** Status of a guard's certificate (保安员证); only VALID may be rostered or filed. */
export const CertificateStatus = {
  /** Hired, exam passed or pending, certificate not yet issued. */
  PENDING: 'PENDING',
  VALID: 'VALID',
  /** Temporarily withdrawn, e.g. while an investigation runs. */
  SUSPENDED: 'SUSPENDED',
  /** Revoked by the public security organ (吊销). */
  REVOKED: 'REVOKED',
} as const;
export type CertificateStatus = (typeof CertificateStatus)[keyof typeof CertificateStatus];

/** Whether a guard works for the company: only ACTIVE guards are put on shifts. */
export const EmploymentStatus = {
  ACTIVE: 'ACTIVE',
  /** On leave (sick leave, holiday, training): kept on file, not rostered. */
  ON_LEAVE: 'ON_LEAVE',
  /** Has left the company (离职). */
  LEFT: 'LEFT',
} as const;
export type EmploymentStatus = (typeof EmploymentStatus)[keyof typeof EmploymentStatus];

/** What the legality screen says about a customer request. */
export const LegalityResult = {
  CLEAR: 'CLEAR',
  FLAGGED: 'FLAGGED',
} as const;
export type LegalityResult = (typeof LegalityResult)[keyof typeof LegalityResult];

/** The services a customer may ask for: the lawful ones of Regulation Art. 2, then acts a guard may never do. */
export const ServiceKind = {
  GATE_DUTY: 'GATE_DUTY',
  PATROL: 'PATROL',
  GUARDING: 'GUARDING',
  CASH_ESCORT: 'CASH_ESCORT',
  PERSONAL_PROTECTION: 'PERSONAL_PROTECTION',
  EVENT_SECURITY: 'EVENT_SECURITY',
  SECURITY_INSPECTION: 'SECURITY_INSPECTION',
  TECHNICAL_MONITORING: 'TECHNICAL_MONITORING',
  RISK_ASSESSMENT: 'RISK_ASSESSMENT',
  DETAINING_PERSONS: 'DETAINING_PERSONS',
  BODY_SEARCH: 'BODY_SEARCH',
  SEIZING_DOCUMENTS: 'SEIZING_DOCUMENTS',
  DEBT_COLLECTION: 'DEBT_COLLECTION',
  DISPUTE_ENFORCEMENT: 'DISPUTE_ENFORCEMENT',
  PRIVATE_INVESTIGATION: 'PRIVATE_INVESTIGATION',
} as const;
export type ServiceKind = (typeof ServiceKind)[keyof typeof ServiceKind];

/** The legality checks of the implementing measures Art. 25 a reviewer answers before accepting a request. */
export const ReviewCheck = {
  UNIT_LAWFULLY_ESTABLISHED: 'UNIT_LAWFULLY_ESTABLISHED',
  PROPERTY_LAWFUL: 'PROPERTY_LAWFUL',
  PERSONS_ACTIVITIES_LAWFUL: 'PERSONS_ACTIVITIES_LAWFUL',
  APPROVALS_PRESENT: 'APPROVALS_PRESENT',
  AREA_AUTHORISED: 'AREA_AUTHORISED',
} as const;
export type ReviewCheck = (typeof ReviewCheck)[keyof typeof ReviewCheck];

/** A customer request (委托请求) from intake to decision. */
export const ServiceRequestStatus = {
  PENDING_REVIEW: 'PENDING_REVIEW',
  ACCEPTED: 'ACCEPTED',
  REFUSED: 'REFUSED',
} as const;
export type ServiceRequestStatus = (typeof ServiceRequestStatus)[keyof typeof ServiceRequestStatus];

/** Who acts on a handover: the guard leaving the post, the one taking it over, the duty supervisor. */
export const HandoverActor = {
  OUTGOING: 'OUTGOING',
  INCOMING: 'INCOMING',
  SUPERVISOR: 'SUPERVISOR',
} as const;
export type HandoverActor = (typeof HandoverActor)[keyof typeof HandoverActor];

/** The steps of a handover after the outgoing guard has drafted it. */
export const HandoverAction = {
  INSPECT: 'INSPECT',
  REQUEST_APPROVAL: 'REQUEST_APPROVAL',
  APPROVE: 'APPROVE',
  RETURN: 'RETURN',
  SIGN: 'SIGN',
  RELEASE: 'RELEASE',
} as const;
export type HandoverAction = (typeof HandoverAction)[keyof typeof HandoverAction];

/** A customer's inquiry at a post: open while the guard finds out, escalated to the supervisor, answered. */
export const InquiryState = {
  OPEN: 'OPEN',
  ANSWERED: 'ANSWERED',
  ESCALATED: 'ESCALATED',
  REPLIED: 'REPLIED',
} as const;
export type InquiryState = (typeof InquiryState)[keyof typeof InquiryState];

export const InquiryAction = {
  ANSWER: 'ANSWER',
  ESCALATE: 'ESCALATE',
  REPLY: 'REPLY',
} as const;
export type InquiryAction = (typeof InquiryAction)[keyof typeof InquiryAction];

/** The items of a cross-region filing dossier an officer reviews one by one. */
export const FilingItemKind = {
  SECURITY_LICENSE: 'SECURITY_LICENSE',
  BUSINESS_LICENSE: 'BUSINESS_LICENSE',
  SERVICE_CONTRACT: 'SERVICE_CONTRACT',
  PROJECT_LEADER: 'PROJECT_LEADER',
  GUARD: 'GUARD',
} as const;
export type FilingItemKind = (typeof FilingItemKind)[keyof typeof FilingItemKind];

/** Optional tags a customer adds to a kiosk rating: praise (4–5) or what went wrong (1–3). */
export const FeedbackTag = {
  COURTESY: 'COURTESY',
  RESPONSIVENESS: 'RESPONSIVENESS',
  APPEARANCE: 'APPEARANCE',
  PATROL: 'PATROL',
  SAFETY: 'SAFETY',
  IMPOLITE: 'IMPOLITE',
  SLOW_RESPONSE: 'SLOW_RESPONSE',
  UNTIDY: 'UNTIDY',
  PATROL_LAX: 'PATROL_LAX',
  UNSAFE: 'UNSAFE',
} as const;
export type FeedbackTag = (typeof FeedbackTag)[keyof typeof FeedbackTag];

/** Why a low-rating alert was raised. */
export const FeedbackAlertKind = {
  ONE_STAR: 'ONE_STAR',
  LOW_SHARE: 'LOW_SHARE',
} as const;
export type FeedbackAlertKind = (typeof FeedbackAlertKind)[keyof typeof FeedbackAlertKind];

/** An officer's verdict on one item of a submitted filing dossier. */
export const FilingItemStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
} as const;
export type FilingItemStatus = (typeof FilingItemStatus)[keyof typeof FilingItemStatus];
