import { describe, expect, it } from 'vitest';
import {
  HANDOVER_TRANSITIONS,
  allowedHandoverActions,
  assertDistinctGuards,
  handoverActorOf,
  nextHandoverState,
} from './handover-machine';
import { HandoverAction, HandoverActor, HandoverState, Role } from '../common/enums';

// Written out by hand from DESIGN.md rule 6, independently of the table under test:
// "state actor action incident → next".
const ALLOWED: Record<string, HandoverState> = {
  'DRAFTED INCOMING INSPECT no': 'INSPECTED',
  'DRAFTED INCOMING INSPECT yes': 'AWAITING_APPROVAL',
  'INSPECTED INCOMING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'INSPECTED INCOMING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'INSPECTED OUTGOING REQUEST_APPROVAL no': 'AWAITING_APPROVAL',
  'INSPECTED OUTGOING REQUEST_APPROVAL yes': 'AWAITING_APPROVAL',
  'AWAITING_APPROVAL SUPERVISOR APPROVE no': 'APPROVED',
  'AWAITING_APPROVAL SUPERVISOR APPROVE yes': 'APPROVED',
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
  it('has 6 × 3 × 5 × 2 cases', () => expect(CASES).toHaveLength(180));

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
    expect(HANDOVER_TRANSITIONS).toHaveLength(8);
  });
});

describe('the rules of DESIGN.md rule 6, as paths', () => {
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

  it('with an incident the successor cannot sign before approval', () => {
    expect(run(true, [['INCOMING', 'INSPECT']])).toBe('AWAITING_APPROVAL');
    expect(() =>
      nextHandoverState('AWAITING_APPROVAL', 'INCOMING', 'SIGN', { incidentOpen: true }),
    ).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        params: expect.objectContaining({ reason: 'APPROVAL_REQUIRED' }),
      }),
    );
    // An incident reported after an incident-free inspection still needs approval.
    expect(() =>
      nextHandoverState('INSPECTED', 'INCOMING', 'SIGN', { incidentOpen: true }),
    ).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ reason: 'APPROVAL_REQUIRED' }) }),
    );
    expect(
      nextHandoverState('INSPECTED', 'OUTGOING', 'REQUEST_APPROVAL', { incidentOpen: true }),
    ).toBe('AWAITING_APPROVAL');
  });

  it.each(['DRAFTED', 'INSPECTED', 'AWAITING_APPROVAL', 'APPROVED'] as const)(
    'the outgoing guard is not released from %s',
    (state) =>
      expect(() => nextHandoverState(state, 'OUTGOING', 'RELEASE')).toThrow(
        expect.objectContaining({ params: expect.objectContaining({ reason: 'NOT_SIGNED' }) }),
      ),
  );

  it('a second signature or approval is refused: the state has moved on', () => {
    expect(() => nextHandoverState('SIGNED', 'INCOMING', 'SIGN')).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        params: expect.objectContaining({ reason: 'WRONG_STATE' }),
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
