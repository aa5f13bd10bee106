import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { InquiryAction, InquiryState } from '../common/enums';
import { toInstant } from '../calendar/calendar-date';
import { assertRealAnswer } from './non-answer';

/** Who acts on an inquiry: the guard at the post, or the post's supervisor (the direct leader). */
export const InquiryActor = { GUARD: 'GUARD', SUPERVISOR: 'SUPERVISOR' } as const;
export type InquiryActor = (typeof InquiryActor)[keyof typeof InquiryActor];

/** An inquiry's allowed steps: the guard answers or escalates an open one; the supervisor replies to an escalated one. */
export const INQUIRY_TRANSITIONS: readonly {
  from: InquiryState;
  action: InquiryAction;
  actor: InquiryActor;
  to: InquiryState;
}[] = [
  { from: 'OPEN', action: 'ANSWER', actor: 'GUARD', to: 'ANSWERED' },
  { from: 'OPEN', action: 'ESCALATE', actor: 'GUARD', to: 'ESCALATED' },
  { from: 'ESCALATED', action: 'REPLY', actor: 'SUPERVISOR', to: 'REPLIED' },
];

/**
 * The state of a newly logged inquiry: ANSWERED with a real answer (NOT_AN_ANSWER for "不知道"),
 * ESCALATED when the guard escalates at once, else OPEN while the guard finds out.
 */
export function initialInquiryState(log: {
  answer?: string | null;
  escalate?: boolean;
}): InquiryState {
  const hasAnswer = !!log.answer?.trim();
  if (hasAnswer && log.escalate) {
    throw fieldError('escalate', 'ANSWER_OR_ESCALATE');
  }
  if (log.escalate) return InquiryState.ESCALATED;
  if (log.answer !== undefined && log.answer !== null && log.answer !== '') {
    assertRealAnswer(log.answer);
    return InquiryState.ANSWERED;
  }
  return InquiryState.OPEN;
}

/**
 * The state an inquiry moves to: FORBIDDEN for the wrong actor, ILLEGAL_TRANSITION for the
 * wrong state, NOT_AN_ANSWER when an answer or reply is a brush-off.
 */
export function nextInquiryState(
  state: InquiryState,
  actor: InquiryActor,
  action: InquiryAction,
  answer?: string | null,
): InquiryState {
  if (!INQUIRY_TRANSITIONS.some((t) => t.action === action && t.actor === actor)) {
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      `The ${actor.toLowerCase()} cannot ${action.toLowerCase()} an inquiry`,
      { entity: 'Inquiry', state, actor, action },
    );
  }
  const t = INQUIRY_TRANSITIONS.find(
    (x) => x.from === state && x.action === action && x.actor === actor,
  );
  if (!t) {
    throw new DomainError(
      DomainErrorCode.ILLEGAL_TRANSITION,
      `An inquiry in state ${state} cannot take ${action}`,
      { entity: 'Inquiry', state, actor, action },
    );
  }
  if (action !== InquiryAction.ESCALATE) assertRealAnswer(answer);
  return t.to;
}

/** How long an escalation has waited, never negative: total minutes and days/hours/minutes for display. */
export function escalationAge(
  escalatedAt: string | Date,
  now: string | Date,
): { totalMinutes: number; days: number; hours: number; minutes: number } {
  const ms = toInstant(now, 'now').getTime() - toInstant(escalatedAt, 'escalatedAt').getTime();
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  return {
    totalMinutes,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}
