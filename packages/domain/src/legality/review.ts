import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { LegalityResult, ReviewCheck, ServiceRequestStatus } from '../common/enums';

/** One check of the implementing measures Art. 25, with its labels. */
export interface ReviewCheckItem {
  check: ReviewCheck;
  zh: string;
  en: string;
}

/** Legal basis of the review checklist. */
export const REVIEW_BASIS = '《公安机关实施保安服务管理条例办法》第二十五条';

/** The five legality checks a reviewer answers before accepting a request, in the order of Art. 25. */
export const REVIEW_CHECKS: readonly ReviewCheckItem[] = [
  {
    check: ReviewCheck.UNIT_LAWFULLY_ESTABLISHED,
    zh: '客户单位是否依法设立',
    en: 'The customer unit is lawfully established',
  },
  {
    check: ReviewCheck.PROPERTY_LAWFUL,
    zh: '被保护的财物是否合法',
    en: 'The property to be protected is lawful',
  },
  {
    check: ReviewCheck.PERSONS_ACTIVITIES_LAWFUL,
    zh: '被保护人员的活动是否合法',
    en: "The protected persons' activities are lawful",
  },
  {
    check: ReviewCheck.APPROVALS_PRESENT,
    zh: '需经批准的活动是否已获批准',
    en: 'Activities that need approval have it',
  },
  {
    check: ReviewCheck.AREA_AUTHORISED,
    zh: '维护秩序的区域是否经业主或管理者授权',
    en: 'The area where order is kept is authorised by its owner or manager',
  },
];

/** A reviewer's answer to one check: yes (true), no (false) or not yet answered (null), with a note. */
export interface ReviewAnswer {
  check: ReviewCheck;
  passed: boolean | null;
  note?: string | null;
}

/** Which checks are still unanswered and which were answered no; unknown or repeated checks are refused. */
export function reviewProblems(answers: readonly ReviewAnswer[]): {
  missing: ReviewCheck[];
  failed: ReviewCheck[];
} {
  const byCheck = new Map<ReviewCheck, ReviewAnswer>();
  answers.forEach((a, i) => {
    if (!REVIEW_CHECKS.some((c) => c.check === a.check) || byCheck.has(a.check)) {
      throw fieldError(
        `answers.${i}.check`,
        byCheck.has(a.check) ? 'DUPLICATE' : 'NOT_ALLOWED',
        { value: a.check },
        `Unknown or repeated check: ${a.check}`,
      );
    }
    byCheck.set(a.check, a);
  });
  const missing: ReviewCheck[] = [];
  const failed: ReviewCheck[] = [];
  for (const { check } of REVIEW_CHECKS) {
    const passed = byCheck.get(check)?.passed;
    if (passed === undefined || passed === null) missing.push(check);
    else if (!passed) failed.push(check);
  }
  return { missing, failed };
}

/** Refuses to accept a request unless every Art. 25 check is answered yes (REVIEW_INCOMPLETE). */
export function assertReviewAcceptable(answers: readonly ReviewAnswer[]): void {
  const { missing, failed } = reviewProblems(answers);
  if (missing.length || failed.length) {
    throw new DomainError(
      DomainErrorCode.REVIEW_INCOMPLETE,
      `A request is accepted only when every check of ${REVIEW_BASIS} is answered yes` +
        (missing.length ? `; unanswered: ${missing.join(', ')}` : '') +
        (failed.length ? `; answered no: ${failed.join(', ')}` : ''),
      { missing: missing.join(','), failed: failed.join(','), basis: REVIEW_BASIS },
    );
  }
}

/**
 * Refuses a refusal with checks left unanswered (REVIEW_INCOMPLETE): a refusal, too, rests on
 * the checks of the implementing measures Art. 25, and the report to the police carries them.
 */
export function assertReviewAnswered(answers: readonly ReviewAnswer[]): void {
  const { missing } = reviewProblems(answers);
  if (missing.length) {
    throw new DomainError(
      DomainErrorCode.REVIEW_INCOMPLETE,
      `A request is decided only when every check of ${REVIEW_BASIS} is answered; unanswered: ${missing.join(', ')}`,
      { missing: missing.join(','), failed: '', basis: REVIEW_BASIS },
    );
  }
}

/**
 * A reviewer may accept a FLAGGED request (the screen can match a phrase that is harmless in
 * context), but only with a note saying why; the note is kept with the decision (BAD_USER_INPUT on `note`).
 */
export function assertFlaggedAcceptanceExplained(
  screenResult: LegalityResult,
  note: string | null | undefined,
): void {
  if (screenResult === LegalityResult.FLAGGED && !note?.trim()) {
    throw fieldError('note', 'FLAGGED_NEEDS_NOTE');
  }
}

/** A request is decided once: PENDING_REVIEW → ACCEPTED | REFUSED, both final. */
export const SERVICE_REQUEST_TRANSITIONS: Record<
  ServiceRequestStatus,
  readonly ServiceRequestStatus[]
> = {
  PENDING_REVIEW: [ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.REFUSED],
  ACCEPTED: [],
  REFUSED: [],
};

/** Refuses a request status change the table does not allow (ILLEGAL_TRANSITION). */
export function assertServiceRequestTransition(
  from: ServiceRequestStatus,
  to: ServiceRequestStatus,
): void {
  if (!SERVICE_REQUEST_TRANSITIONS[from].includes(to)) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      `A service request cannot go from ${from} to ${to}`,
      { entity: 'ServiceRequest', from, to },
    );
  }
}

/** A contract is made only from an accepted request: REQUEST_REFUSED if refused, REVIEW_INCOMPLETE if undecided. */
export function assertContractableRequest(status: ServiceRequestStatus): void {
  if (status === ServiceRequestStatus.REFUSED) {
    throw new DomainError(
      DomainErrorCode.REQUEST_REFUSED,
      'No contract can be made from a refused request',
      { status },
    );
  }
  if (status !== ServiceRequestStatus.ACCEPTED) {
    throw new DomainError(
      DomainErrorCode.REVIEW_INCOMPLETE,
      'The request has not been reviewed and accepted yet',
      { status },
    );
  }
}
