import { Role } from '@cqss/domain';
import type { AuditEntry } from '../modules/audit/audit-entry.entity';
import type { Principal } from '../modules/auth/principal';
import type { User } from '../modules/users/user.entity';

/** Roles that may read a field, or roles and the rows whose value they are shown (null otherwise). */
export type FieldRule =
  readonly Role[] | { roles: readonly Role[]; shownFor(viewer: Principal, row: never): boolean };

export interface TypePolicy {
  /** Who may see an object of the type at all, however it is reached. */
  read: readonly Role[];
  /** Fields narrower than the type; any other field goes with the type. */
  fields?: Record<string, FieldRule>;
}

const { COMPANY_ADMIN: ADMIN, DUTY_SUPERVISOR: SUPERVISOR, GUARD, POLICE_OFFICER: OFFICER } = Role;
const OFFICE = [ADMIN, SUPERVISOR];
const STAFF = [ADMIN, SUPERVISOR, GUARD];
const PEOPLE = [ADMIN, SUPERVISOR, GUARD, OFFICER];

/**
 * Who may read what, checked on every field that resolves an object, at any depth, not only at
 * the entry points (enforce-read-policy.ts). A type missing here is refused to everyone at
 * startup; `XConnection` goes with `X`. Reading a field nobody listed may read: FORBIDDEN.
 *
 * Rows: every object resolved for a company's user or kiosk must be the company's (its
 * `tenancy.company` column, when set); for an officer, the organ's (`tenancy.organ`, when set).
 * The same `tenancy` of each entity confines the queries of the entry points (scope.ts).
 */
export const READ_POLICY: Record<string, TypePolicy> = {
  // People and organisations
  User: {
    read: PEOPLE,
    // When someone last signed in is their own business and their company admin's.
    fields: { lastSignInAt: { roles: PEOPLE, shownFor: selfOrCompanyAdmin } },
  },
  Company: {
    read: PEOPLE,
    // A filing's dossier shows the licences to the organ (implementing measures Art. 26).
    fields: {
      businessLicenseNo: [ADMIN, OFFICER],
      securityLicenseNo: [ADMIN, OFFICER],
      licenseExpiresOn: [ADMIN, OFFICER],
      defaultPostOrders: OFFICE,
      licenseScans: [ADMIN],
    },
  },
  PoliceOrgan: { read: PEOPLE }, // public reference data, but nothing a lobby kiosk needs
  PageInfo: { read: PEOPLE },

  // Customers, requests and contracts: the office's business. A guard knows where the post is.
  CustomerUnit: {
    read: STAFF,
    fields: {
      contactName: OFFICE,
      contactPhone: OFFICE,
      creditCode: OFFICE,
      isKeyUnit: OFFICE,
      keyUnitAuthority: OFFICE,
    },
  },
  ServiceRequest: { read: OFFICE },
  ReviewAnswer: { read: OFFICE },
  LegalityScreen: { read: [ADMIN, SUPERVISOR, OFFICER] },
  ScreenMatch: { read: [ADMIN, SUPERVISOR, OFFICER] },
  IllegalRequestReport: { read: [ADMIN, SUPERVISOR, OFFICER] },
  Contract: { read: OFFICE, fields: { filing: [ADMIN] } },
  // Stored files: who handles the record they belong to (DOCUMENT_ROLES); the organ, those filed.
  Document: { read: PEOPLE },
  FilingReceipt: { read: [ADMIN] },

  // Guards on post: their post, shifts, handovers and inquiries; of a colleague, the name.
  Guard: {
    read: STAFF,
    fields: {
      phone: OFFICE,
      idNumber: OFFICE, // masked for everyone but the admin
      certificateNo: OFFICE,
      certificateStatus: OFFICE,
      certificateValid: OFFICE,
      employmentStatus: OFFICE,
      hiredOn: OFFICE,
      account: OFFICE,
    },
  },
  Post: { read: STAFF, fields: { contract: OFFICE } },
  Shift: { read: STAFF },
  Roster: { read: OFFICE },
  OnDuty: { read: [GUARD] },
  Handover: { read: STAFF },
  HandoverItem: { read: STAFF },
  ItemDiscrepancy: { read: STAFF },
  Inquiry: { read: STAFF },
  EscalationAge: { read: STAFF },
  EscalationSummary: { read: OFFICE },

  // Cross-region filings: the company's admin and the addressed organ (Regulation Art. 23).
  Filing: {
    read: [ADMIN, OFFICER],
    fields: { contract: [ADMIN], dossier: [ADMIN], receipt: [ADMIN] },
  },
  FilingSubmission: { read: [ADMIN, OFFICER] },
  FilingItem: { read: [ADMIN, OFFICER] },
  FilingItemField: { read: [ADMIN, OFFICER] },
  FilingEvent: { read: [ADMIN, OFFICER] },
  FilingDossier: { read: [ADMIN] },
  DossierProblem: { read: [ADMIN] },

  // The audit log is the admin's and the organ's; a contract's history is also the office's.
  AuditEntry: {
    read: [ADMIN, SUPERVISOR, OFFICER],
    fields: {
      // Each side sees the addresses its own people acted from, not the other side's.
      ip: { roles: [ADMIN, OFFICER], shownFor: sameSideAsActor },
    },
  },

  // Service quality: the office reads it, a kiosk only writes it.
  Feedback: { read: OFFICE },
  FeedbackAlert: { read: OFFICE },
  FeedbackSettings: { read: OFFICE },
  NotificationSettings: { read: [ADMIN] },
  NotificationDelivery: { read: [ADMIN] },
  FeedbackUnitOption: { read: OFFICE },
  FeedbackPostOption: { read: OFFICE },
  SatisfactionReport: { read: OFFICE },
  SatisfactionSummary: { read: OFFICE },
  UnitSatisfaction: { read: OFFICE },
  PostSatisfaction: { read: OFFICE },
  WeekSatisfaction: { read: OFFICE },
  TagCount: { read: OFFICE },
  KioskDevice: { read: [ADMIN] },
  KioskRegistration: { read: [ADMIN] },
  KioskSession: { read: [Role.KIOSK] },
  KioskSettings: { read: [Role.KIOSK] },
  FeedbackReceipt: { read: [Role.KIOSK] },
};

function selfOrCompanyAdmin(viewer: Principal, user: User): boolean {
  if (viewer.kind !== 'user') return false;
  return (
    viewer.userId === user.id || (viewer.role === ADMIN && viewer.companyId === user.companyId)
  );
}

function sameSideAsActor(viewer: Principal, entry: AuditEntry): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.role === OFFICER)
    return entry.actorRole === OFFICER && entry.policeOrganId === viewer.policeOrganId;
  return entry.actorRole !== OFFICER;
}
