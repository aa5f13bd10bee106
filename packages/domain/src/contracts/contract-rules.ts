import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { ContractStatus, OwnershipType } from '../common/enums';
import { daysBetween, toCalendarDate } from '../calendar/calendar-date';

/** A contract is drafted, activated once, terminated once; nothing goes back. */
export const CONTRACT_TRANSITIONS: Record<ContractStatus, readonly ContractStatus[]> = {
  DRAFT: [ContractStatus.ACTIVE],
  ACTIVE: [ContractStatus.TERMINATED],
  TERMINATED: [],
};

/** Whether the transition table allows a contract to go from one status to another. */
export function canTransitionContract(from: ContractStatus, to: ContractStatus): boolean {
  return CONTRACT_TRANSITIONS[from].includes(to);
}

/** Refuses a contract status change the table does not allow (ILLEGAL_TRANSITION). */
export function assertContractTransition(from: ContractStatus, to: ContractStatus): void {
  if (!canTransitionContract(from, to)) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      `A contract cannot go from ${from} to ${to}`,
      { entity: 'Contract', from, to },
    );
  }
}

/** Refuses a contract whose end date comes before its start date (BAD_USER_INPUT on endsOn). */
export function assertContractTerm(term: { startsOn: string; endsOn: string }): void {
  const startsOn = toCalendarDate(term.startsOn, 'startsOn');
  const endsOn = toCalendarDate(term.endsOn, 'endsOn');
  if (daysBetween(startsOn, endsOn) < 0) {
    throw fieldError(
      'endsOn',
      'ENDS_BEFORE_START',
      { startsOn, endsOn },
      'A contract cannot end before it starts',
    );
  }
}

/**
 * The activation rule. Today: a cross-region contract is activated only once its filing has
 * been submitted (Regulation Art. 23, implementing measures Art. 26) — FILING_REQUIRED.
 * `filingSubmitted` comes from `isFilingSubmitted(filing.status)`.
 */
export function assertCanActivate(contract: {
  crossRegion: boolean;
  filingSubmitted: boolean;
}): void {
  if (contract.crossRegion && !contract.filingSubmitted) {
    throw new DomainError(
      DomainErrorCode.FILING_REQUIRED,
      'A cross-region contract can be activated only after its filing with the public security organ of the service location has been submitted (《保安服务管理条例》第二十三条)',
      { basis: '《保安服务管理条例》第二十三条' },
    );
  }
}

/**
 * Refuses a termination without a reason, or dated before the contract started (BAD_USER_INPUT).
 * Given `activatedOn` and `today` (the server always gives them), the bounds are the day the
 * contract was activated and today instead: a customer may withdraw before the term starts, but
 * retention counts from this date, so a termination dated before activation or in the future
 * (which would shorten or fake the two years a contract is kept) is refused.
 */
export function assertTermination(t: {
  reason: string;
  terminatedOn: string;
  startsOn: string;
  activatedOn?: string | Date;
  today?: string | Date;
}): void {
  if (!t.reason.trim()) {
    throw fieldError('reason', 'REQUIRED', {}, 'A termination needs a reason');
  }
  const terminatedOn = toCalendarDate(t.terminatedOn, 'terminatedOn');
  if (t.activatedOn !== undefined) {
    const activatedOn = toCalendarDate(t.activatedOn, 'activatedOn');
    if (daysBetween(activatedOn, terminatedOn) < 0) {
      throw fieldError('terminatedOn', 'TERMINATED_BEFORE_ACTIVATION', {
        terminatedOn,
        activatedOn,
      });
    }
  } else if (daysBetween(toCalendarDate(t.startsOn, 'startsOn'), terminatedOn) < 0) {
    throw fieldError('terminatedOn', 'TERMINATED_BEFORE_START', {
      terminatedOn,
      startsOn: t.startsOn,
    });
  }
  if (t.today !== undefined) {
    const today = toCalendarDate(t.today, 'today');
    if (daysBetween(terminatedOn, today) < 0) {
      throw fieldError(
        'terminatedOn',
        'DATE_IN_FUTURE',
        { terminatedOn, today },
        'A termination cannot be dated in the future',
      );
    }
  }
}

/** Legal basis of the key-unit rule. */
export const KEY_UNIT_BASIS = '《保安服务管理条例》第二十二条';

/** Whether a company is foreign-invested (外商投资): wholly foreign-owned, joint venture or cooperative. */
export function isForeignInvested(ownership: OwnershipType): boolean {
  return ownership !== OwnershipType.DOMESTIC;
}

/** Whether a company of this ownership may serve this unit (Regulation Art. 22); the screens warn from it. */
export function mayServe(
  ownershipType: OwnershipType,
  customerUnit: { isKeyUnit: boolean },
): boolean {
  return !(customerUnit.isKeyUnit && isForeignInvested(ownershipType));
}

/**
 * Refuses a foreign-invested company serving a key security unit involving national security or
 * state secrets determined by a government at prefecture level or above (FOREIGN_INVESTED_KEY_UNIT).
 */
export function assertMayServe(
  ownershipType: OwnershipType,
  customerUnit: { isKeyUnit: boolean },
): void {
  if (!mayServe(ownershipType, customerUnit)) {
    throw new DomainError(
      DomainErrorCode.FOREIGN_INVESTED_KEY_UNIT,
      `A foreign-invested security company (${ownershipType}) may not serve a key security unit involving national security or state secrets: ${KEY_UNIT_BASIS} — 设区的市级以上地方人民政府确定的关系国家安全、涉及国家秘密等治安保卫重点单位不得聘请外商投资的保安服务公司提供保安服务`,
      { ownershipType, basis: KEY_UNIT_BASIS },
    );
  }
}
