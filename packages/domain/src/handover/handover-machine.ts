import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { fieldProblem, type ProblemCode } from '../common/field-problem';
import { HandoverAction, HandoverActor, HandoverState, Role } from '../common/enums';

/** One allowed step of a handover; `incident` limits it to an open (true) or no (false) incident. */
export interface HandoverTransition {
  from: HandoverState;
  action: HandoverAction;
  actor: HandoverActor;
  to: HandoverState;
  incident?: boolean;
}

const S = HandoverState;
const A = HandoverAction;
const P = HandoverActor;

/**
 * The handover book (交接班) after the outgoing guard has drafted it (DRAFTED): the incoming
 * guard inspects; with an incident still being handled, inspection leads to AWAITING_APPROVAL
 * and only the duty supervisor's approval lets the incoming guard sign; either guard may also
 * ask for approval after inspecting. The supervisor approves or returns it with a reason
 * (RETURNED), and either guard then asks again. The outgoing guard is released only after the
 * signature.
 */
export const HANDOVER_TRANSITIONS: readonly HandoverTransition[] = [
  { from: S.DRAFTED, action: A.INSPECT, actor: P.INCOMING, incident: false, to: S.INSPECTED },
  {
    from: S.DRAFTED,
    action: A.INSPECT,
    actor: P.INCOMING,
    incident: true,
    to: S.AWAITING_APPROVAL,
  },
  { from: S.INSPECTED, action: A.REQUEST_APPROVAL, actor: P.INCOMING, to: S.AWAITING_APPROVAL },
  { from: S.INSPECTED, action: A.REQUEST_APPROVAL, actor: P.OUTGOING, to: S.AWAITING_APPROVAL },
  { from: S.AWAITING_APPROVAL, action: A.APPROVE, actor: P.SUPERVISOR, to: S.APPROVED },
  { from: S.AWAITING_APPROVAL, action: A.RETURN, actor: P.SUPERVISOR, to: S.RETURNED },
  { from: S.RETURNED, action: A.REQUEST_APPROVAL, actor: P.INCOMING, to: S.AWAITING_APPROVAL },
  { from: S.RETURNED, action: A.REQUEST_APPROVAL, actor: P.OUTGOING, to: S.AWAITING_APPROVAL },
  { from: S.INSPECTED, action: A.SIGN, actor: P.INCOMING, incident: false, to: S.SIGNED },
  { from: S.APPROVED, action: A.SIGN, actor: P.INCOMING, to: S.SIGNED },
  { from: S.SIGNED, action: A.RELEASE, actor: P.OUTGOING, to: S.RELEASED },
];

/** Who may ever take each step, whatever the state. */
export const HANDOVER_ACTION_ACTORS: Record<HandoverAction, readonly HandoverActor[]> = {
  INSPECT: [P.INCOMING],
  REQUEST_APPROVAL: [P.INCOMING, P.OUTGOING],
  APPROVE: [P.SUPERVISOR],
  RETURN: [P.SUPERVISOR],
  SIGN: [P.INCOMING],
  RELEASE: [P.OUTGOING],
};

/** Circumstances of the handover the rules depend on. */
export interface HandoverContext {
  /** Whether an incident is still being handled (from the draft or the inspection). */
  incidentOpen: boolean;
}

function findTransition(
  state: HandoverState,
  actor: HandoverActor,
  action: HandoverAction,
  ctx: HandoverContext,
): HandoverTransition | undefined {
  return HANDOVER_TRANSITIONS.find(
    (t) =>
      t.from === state &&
      t.actor === actor &&
      t.action === action &&
      (t.incident === undefined || t.incident === ctx.incidentOpen),
  );
}

/**
 * The state a handover moves to when `actor` takes `action`. Throws FORBIDDEN when that actor
 * may never take the step (checked first), ILLEGAL_TRANSITION when the state does not allow it,
 * with a problem on the handover (`id`): APPROVAL_REQUIRED (signing before approval),
 * NOT_SIGNED (release before the signature) or WRONG_STATE.
 */
export function nextHandoverState(
  state: HandoverState,
  actor: HandoverActor,
  action: HandoverAction,
  ctx: HandoverContext = { incidentOpen: false },
): HandoverState {
  if (!HANDOVER_ACTION_ACTORS[action].includes(actor)) {
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      `The ${actor.toLowerCase()} party of a handover cannot ${action.toLowerCase().replace('_', ' ')}`,
      { entity: 'Handover', state, actor, action },
    );
  }
  const t = findTransition(state, actor, action, ctx);
  if (t) return t.to;

  let reason: ProblemCode = 'WRONG_STATE';
  let message = `A handover in state ${state} cannot take ${action}`;
  if (
    action === A.SIGN &&
    (state === S.AWAITING_APPROVAL ||
      state === S.RETURNED ||
      (state === S.INSPECTED && ctx.incidentOpen))
  ) {
    reason = 'APPROVAL_REQUIRED';
    message =
      'An incident is still being handled: the duty supervisor must approve before the successor signs';
  } else if (action === A.RELEASE && state !== S.RELEASED) {
    reason = 'NOT_SIGNED';
    message = 'The outgoing guard is released only after the successor has signed';
  }
  throw new DomainError(
    DomainErrorCode.ILLEGAL_TRANSITION,
    message,
    { entity: 'Handover', state, actor, action },
    [fieldProblem('id', reason, {}, message)],
  );
}

/** The steps an actor can take now (to show only the buttons that work). */
export function allowedHandoverActions(
  state: HandoverState,
  actor: HandoverActor,
  ctx: HandoverContext = { incidentOpen: false },
): HandoverAction[] {
  return Object.values(HandoverAction).filter((a) => findTransition(state, actor, a, ctx));
}

/**
 * Which party of a handover a user is: a duty supervisor is SUPERVISOR; a guard is OUTGOING or
 * INCOMING by their guard id; anyone else (or a guard of neither side) is no party (null).
 */
export function handoverActorOf(
  user: { role: Role; guardId: string | null },
  handover: { outgoingGuardId: string; incomingGuardId: string | null },
): HandoverActor | null {
  if (user.role === Role.DUTY_SUPERVISOR) return P.SUPERVISOR;
  if (user.role !== Role.GUARD || !user.guardId) return null;
  if (user.guardId === handover.outgoingGuardId) return P.OUTGOING;
  if (user.guardId === handover.incomingGuardId) return P.INCOMING;
  return null;
}

/** Refuses a handover to oneself (BAD_USER_INPUT on incomingGuardId). */
export function assertDistinctGuards(outgoingGuardId: string, incomingGuardId: string): void {
  if (outgoingGuardId === incomingGuardId) {
    throw fieldError('incomingGuardId', 'SAME_GUARD');
  }
}

/** Longest reason a supervisor gives for returning a handover, in characters. */
export const HANDOVER_RETURN_REASON_MAX = 2000;

/**
 * The reason a supervisor returns a handover with, trimmed: required (a guard must learn what to
 * put right), at most 2000 characters (BAD_USER_INPUT on `reason`).
 */
export function assertReturnReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (!text) throw fieldError('reason', 'REQUIRED', {}, 'Say why the handover is returned');
  if ([...text].length > HANDOVER_RETURN_REASON_MAX)
    throw fieldError('reason', 'TOO_LONG', { max: HANDOVER_RETURN_REASON_MAX });
  return text;
}
