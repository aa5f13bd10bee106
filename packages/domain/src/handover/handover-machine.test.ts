import { describe, expect, it } from 'vitest';
import {
  HANDOVER_TRANSITIONS,
  allowedHandoverActions,
  assertDistinctGuards,
  assertReturnReason,
  handoverActorOf,
  nextHandoverState,
} from './handover-machine';
import { HandoverAction, HandoverActor, HandoverState, Role } from '../common/enums';

// Written out by hand from the handover system of the company's basic provisions (交接班:
// record, inspection, the supervisor's approval while an incident is handled, signature,
// release), independently of the table under test: "state actor action incident → next".
const ALLOWED: Record<string, HandoverState> = {
  'DRAFTED INCOMING INSPECT no': 'INSPECTED',
  'DRAFTED INCOMING INSPECT yes': 'AWAITING_APPROVAL',
  'INSPECTED INCOMING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'INSPECTED INCOMING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'INSPECTED OUTGOING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'INSPECTED OUTGOING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'AWAITING_APPROVAL SUPERVISOR APPROVE no': 'APPROVED',
  'AWAITING_APPROVAL SUPERVISOR APPROVE yes': 'APPROVED',
  'AWAITING_APPROVAL SUPERVISOR RETURN no': 'RETURNED',
  'AWAITING_APPROVAL SUPERVISOR RETURN yes': 'RETURNED',
  'RETURNED INCOMING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'RETURNED INCOMING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'RETURNED OUTGOING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'RETURNED OUTGOING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'INSPECTED INCOMING SIGN no': 'SIGNED',
  'APPROVED INCOMING SIGN no': 'SIGNED',
  'APPROVED INCOMING SIGN yes': 'SIGNED',
  'SIGNED OUTGOING RELEASE no': 'RELEASED',
  'SIGNED OUTGOING RELEASE yes': 'RELEASED',
};

// Who may ever take each step; anyone else is FORBIDDEN whatever the state.
const MAY: Record<HandoverAction, HandoverActor[]> = {
  INSPECT: ['INCOMING'],
  REQUEST_APPROVAL: ['INCOMING', 'OUTGOING'],
  APPROVE: ['SUPERVISOR'],
  RETURN: ['SUPERVISOR'],
  SIGN: ['INCOMING'],
  RELEASE: ['OUTGOING'],
};

const CASES = Object.values(HandoverState).flatMap((state) =>
  Object.values(HandoverActor).flatMap((actor) =>
    Object.values(HandoverAction).flatMap((action) =>
      [false, true].map((incidentOpen) => {
        const key = `${state} ${actor} ${action} ${incidentOpen ? 'yes' : 'no'}`;
        const expected = !MAY[action].includes(actor)
          ? 'FORBIDDEN'
          : (ALLOWED[key] ?? 'ILLEGAL_TRANSITION');
        return [state, actor, action, incidentOpen, expected] as const;
      }),
    ),
  ),
);

describe('the handover machine, every (state, actor, action, incident) combination', () => {
  it('has 7 × 3 × 6 × 2 cases', () => expect(CASES).toHaveLength(252));

  it.each(CASES)(
    '%s: %s %s (incident open %s) → %s',
    (state, actor, action, incidentOpen, expected) => {
      const step = () => nextHandoverState(state, actor, action, { incidentOpen });
      if (expected === 'FORBIDDEN' || expected === 'ILLEGAL_TRANSITION')
        expect(step).toThrow(
          expect.objectContaining({
            code: expected,
            params: expect.objectContaining({ entity: 'Handover', state, actor, action }),
          }),
        );
      else expect(step()).toBe(expected);
    },
  );

  it('the table holds exactly the hand-written allowed steps', () => {
    const fromTable = Object.values(HandoverState).flatMap((state) =>
      Object.values(HandoverActor).flatMap((actor) =>
        [false, true].flatMap((incidentOpen) =>
          allowedHandoverActions(state, actor, { incidentOpen }).map(
            (action) => `${state} ${actor} ${action} ${incidentOpen ? 'yes' : 'no'}`,
          ),
        ),
      ),
    );
    expect(fromTable.sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(HANDOVER_TRANSITIONS).toHaveLength(11);
  });
});

describe('the handover rules, as paths', () => {
  const run = (incidentOpen: boolean, steps: [HandoverActor, HandoverAction][]) =>
    steps.reduce<HandoverState>(
      (state, [actor, action]) => nextHandoverState(state, actor, action, { incidentOpen }),
      'DRAFTED',
    );

  it('without an incident: inspect, sign, release', () =>
    expect(
      run(false, [
        ['INCOMING', 'INSPECT'],
        ['INCOMING', 'SIGN'],
        ['OUTGOING', 'RELEASE'],
      ]),
    ).toBe('RELEASED'));

  it('with an incident: inspect, approve, sign, release', () =>
    expect(
      run(true, [
        ['INCOMING', 'INSPECT'],
        ['SUPERVISOR', 'APPROVE'],
        ['INCOMING', 'SIGN'],
        ['OUTGOING', 'RELEASE'],
      ]),
    ).toBe('RELEASED'));

  it('returned with a reason, asked again, then approved', () =>
    expect(
      run(true, [
        ['INCOMING', 'INSPECT'],
        ['SUPERVISOR', 'RETURN'],
        ['OUTGOING', 'REQUEST_APPROVAL'],
        ['SUPERVISOR', 'APPROVE'],
        ['INCOMING', 'SIGN'],
      ]),
    ).toBe('SIGNED'));

  it('a returned handover cannot be signed', () =>
    expect(() => nextHandoverState('RETURNED', 'INCOMING', 'SIGN', { incidentOpen: true })).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ code: 'APPROVAL_REQUIRED' })],
      }),
    ));

  it.each([
    ['  ', 'REQUIRED'],
    [null, 'REQUIRED'],
    ['x'.repeat(2001), 'TOO_LONG'],
  ])('a return reason of %j is refused (%s)', (reason, code) =>
    expect(() => assertReturnReason(reason)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'reason', code })] }),
    ),
  );

  it('a return reason is trimmed', () =>
    expect(assertReturnReason('  数一下对讲机 ')).toBe('数一下对讲机'));

  it('with an incident the successor cannot sign before approval', () => {
    expect(run(true, [['INCOMING', 'INSPECT']])).toBe('AWAITING_APPROVAL');
    expect(() =>
      nextHandoverState('AWAITING_APPROVAL', 'INCOMING', 'SIGN', { incidentOpen: true }),
    ).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        problems: [expect.objectContaining({ code: 'APPROVAL_REQUIRED' })],
      }),
    );
    // An incident reported after an incident-free inspection still needs approval.
    expect(() =>
      nextHandoverState('INSPECTED', 'INCOMING', 'SIGN', { incidentOpen: true }),
    ).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ code: 'APPROVAL_REQUIRED' })],
      }),
    );
    expect(
      nextHandoverState('INSPECTED', 'OUTGOING', 'REQUEST_APPROVAL', { incidentOpen: true }),
    ).toBe('AWAITING_APPROVAL');
  });

  it.each(['DRAFTED', 'INSPECTED', 'AWAITING_APPROVAL', 'APPROVED'] as const)(
    'the outgoing guard is not released from %s',
    (state) =>
      expect(() => nextHandoverState(state, 'OUTGOING', 'RELEASE')).toThrow(
        expect.objectContaining({ problems: [expect.objectContaining({ code: 'NOT_SIGNED' })] }),
      ),
  );

  it('a second signature or approval is refused: the state has moved on', () => {
    expect(() => nextHandoverState('SIGNED', 'INCOMING', 'SIGN')).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        problems: [expect.objectContaining({ code: 'WRONG_STATE' })],
      }),
    );
    expect(() => nextHandoverState('APPROVED', 'SUPERVISOR', 'APPROVE')).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    );
  });

  it('the wrong actor is FORBIDDEN even in the right state', () =>
    expect(() => nextHandoverState('DRAFTED', 'OUTGOING', 'INSPECT')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ));
});

describe('handoverActorOf', () => {
  const handover = { outgoingGuardId: 'g-out', incomingGuardId: 'g-in' };
  it.each([
    [Role.GUARD, 'g-out', 'OUTGOING'],
    [Role.GUARD, 'g-in', 'INCOMING'],
    [Role.GUARD, 'g-other', null],
    [Role.GUARD, null, null],
    [Role.DUTY_SUPERVISOR, null, 'SUPERVISOR'],
    [Role.COMPANY_ADMIN, null, null],
    [Role.POLICE_OFFICER, null, null],
    [Role.KIOSK, null, null],
  ] as const)('%s with guard %s → %s', (role, guardId, expected) =>
    expect(handoverActorOf({ role, guardId }, handover)).toBe(expected),
  );

  it('nobody is the incoming guard before one is named', () =>
    expect(
      handoverActorOf(
        { role: Role.GUARD, guardId: 'g-in' },
        { outgoingGuardId: 'g-out', incomingGuardId: null },
      ),
    ).toBeNull());

  it('refuses a handover to oneself', () => {
    expect(() => assertDistinctGuards('g1', 'g1')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => assertDistinctGuards('g1', 'g2')).not.toThrow();
  });
});
