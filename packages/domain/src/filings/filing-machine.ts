import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { addDays, daysBetween, toCalendarDate } from '../calendar/calendar-date';
import { ContractStatus, FilingItemStatus, FilingStatus, Role } from '../common/enums';

/** DRAFT → SUBMITTED → UNDER_REVIEW → ACCEPTED | RETURNED, and RETURNED → SUBMITTED on resubmission. */
export const FILING_TRANSITIONS: Record<FilingStatus, readonly FilingStatus[]> = {
  DRAFT: [FilingStatus.SUBMITTED],
  SUBMITTED: [FilingStatus.UNDER_REVIEW],
  UNDER_REVIEW: [FilingStatus.ACCEPTED, FilingStatus.RETURNED],
  ACCEPTED: [],
  RETURNED: [FilingStatus.SUBMITTED],
};

/** The two sides of a filing: the security company files, the police organ reviews. */
export const FilingParty = { COMPANY: 'COMPANY', POLICE: 'POLICE' } as const;
export type FilingParty = (typeof FilingParty)[keyof typeof FilingParty];

/** Which side moves a filing into each status (submitting is the company's, the rest the officer's). */
export const FILING_STEP_PARTY: Record<FilingStatus, FilingParty | null> = {
  DRAFT: null,
  SUBMITTED: FilingParty.COMPANY,
  UNDER_REVIEW: FilingParty.POLICE,
  ACCEPTED: FilingParty.POLICE,
  RETURNED: FilingParty.POLICE,
};

/** The side a user acts for: company admins file, police officers review; everyone else neither. */
export function filingPartyOf(role: Role): FilingParty | null {
  if (role === Role.COMPANY_ADMIN) return FilingParty.COMPANY;
  if (role === Role.POLICE_OFFICER) return FilingParty.POLICE;
  return null;
}

/**
 * Refuses a filing status change: FORBIDDEN when `party` is given and is not the side that
 * takes this step (checked first), ILLEGAL_TRANSITION when the table does not allow it.
 */
export function assertFilingTransition(
  from: FilingStatus,
  to: FilingStatus,
  party?: FilingParty | null,
): void {
  if (party !== undefined && FILING_STEP_PARTY[to] !== party) {
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      `Only the ${FILING_STEP_PARTY[to]?.toLowerCase() ?? 'system'} side can move a filing to ${to}`,
      { entity: 'Filing', from, to, party },
    );
  }
  if (!FILING_TRANSITIONS[from].includes(to)) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      `A filing cannot go from ${from} to ${to}`,
      { entity: 'Filing', from, to },
    );
  }
}

/**
 * Whether a filing counts as submitted for activating its contract: SUBMITTED, UNDER_REVIEW or
 * ACCEPTED. A RETURNED filing does not: the organ found it incomplete and it must be resubmitted.
 */
export function isFilingSubmitted(status: FilingStatus | null | undefined): boolean {
  return (
    status === FilingStatus.SUBMITTED ||
    status === FilingStatus.UNDER_REVIEW ||
    status === FilingStatus.ACCEPTED
  );
}

/** Whether a cross-region contract's filing needs the company's attention: none yet, a draft, or returned. */
export function needsFilingAttention(status: FilingStatus | null | undefined): boolean {
  return (
    status === null ||
    status === undefined ||
    status === FilingStatus.DRAFT ||
    status === FilingStatus.RETURNED
  );
}

/**
 * Days the company has to correct and resubmit a returned filing of a contract already in
 * service. No article sets the number: it is the platform's window, so a returned filing of a
 * running service is never left open (the Regulation Art. 23 filing must stand while guards serve).
 */
export const FILING_RESUBMIT_DAYS = 15;

/** What the company must do about a contract's filing, for the contract's page and the console home. */
export type FilingAttention =
  | { kind: 'FILE'; contractStatus: ContractStatus }
  | { kind: 'RESUBMIT'; contractStatus: ContractStatus; resubmitBy: string; daysLeft: number };

/**
 * The filing attention of a cross-region contract still running: none filed, a draft or returned
 * (`needsFilingAttention`). A returned filing of an ACTIVE contract carries the day to resubmit
 * by (returned on + FILING_RESUBMIT_DAYS, China's calendar) and the days left (negative: late).
 */
export function filingAttention(
  contract: { crossRegion: boolean; status: ContractStatus },
  filing: { status: FilingStatus; returnedAt?: string | Date | null } | null | undefined,
  today: string | Date,
): FilingAttention | null {
  if (!contract.crossRegion || contract.status === ContractStatus.TERMINATED) return null;
  if (!needsFilingAttention(filing?.status)) return null;
  if (filing?.status === FilingStatus.RETURNED && filing.returnedAt) {
    const resubmitBy = addDays(
      toCalendarDate(filing.returnedAt, 'returnedAt'),
      FILING_RESUBMIT_DAYS,
    );
    return {
      kind: 'RESUBMIT',
      contractStatus: contract.status,
      resubmitBy,
      daysLeft: daysBetween(toCalendarDate(today, 'today'), resubmitBy),
    };
  }
  return { kind: 'FILE', contractStatus: contract.status };
}

/** An officer's verdict on one dossier item; a rejected item needs a reason. */
export interface FilingItemReview {
  key: string;
  status: FilingItemStatus;
  reason?: string | null;
}

/**
 * Checks an officer's decision against the item verdicts: ACCEPTED needs every item accepted
 * (REVIEW_INCOMPLETE); RETURNED needs at least one rejected item (REVIEW_INCOMPLETE) and a
 * reason on each rejected one (BAD_USER_INPUT on `items.<i>.reason`).
 */
export function assertFilingDecision(
  to: typeof FilingStatus.ACCEPTED | typeof FilingStatus.RETURNED,
  items: readonly FilingItemReview[],
): void {
  const keysWith = (s: FilingItemStatus) => items.filter((i) => i.status === s).map((i) => i.key);
  if (to === FilingStatus.ACCEPTED) {
    const open = [...keysWith(FilingItemStatus.PENDING), ...keysWith(FilingItemStatus.REJECTED)];
    if (open.length || !items.length) {
      throw new DomainError(
        DomainErrorCode.REVIEW_INCOMPLETE,
        'A filing is accepted only when every item has been accepted',
        {
          pending: keysWith(FilingItemStatus.PENDING).join(','),
          rejected: keysWith(FilingItemStatus.REJECTED).join(','),
        },
      );
    }
    return;
  }
  if (!keysWith(FilingItemStatus.REJECTED).length) {
    throw new DomainError(
      DomainErrorCode.REVIEW_INCOMPLETE,
      'A filing is returned with at least one item marked as wrong, and the reason',
      { pending: keysWith(FilingItemStatus.PENDING).join(','), rejected: '' },
    );
  }
  items.forEach((item, i) => {
    if (item.status === FilingItemStatus.REJECTED && !item.reason?.trim()) {
      throw fieldError(
        `items.${i}.reason`,
        'REQUIRED',
        { key: item.key },
        `Say what is wrong with ${item.key}`,
      );
    }
  });
}
