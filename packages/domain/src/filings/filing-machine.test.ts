import { describe, expect, it } from 'vitest';
import {
  FILING_RESUBMIT_DAYS,
  filingAttention,
  FILING_TRANSITIONS,
  FilingParty,
  assertFilingDecision,
  assertFilingTransition,
  filingPartyOf,
  isFilingSubmitted,
  needsFilingAttention,
} from './filing-machine';
import { ContractStatus, FilingStatus, Role } from '../common/enums';

const statuses = Object.values(FilingStatus);
// "from>to": the party that takes the step.
const ALLOWED: Record<string, FilingParty> = {
  'DRAFT>SUBMITTED': 'COMPANY',
  'SUBMITTED>UNDER_REVIEW': 'POLICE',
  'UNDER_REVIEW>ACCEPTED': 'POLICE',
  'UNDER_REVIEW>RETURNED': 'POLICE',
  'RETURNED>SUBMITTED': 'COMPANY',
};

describe('filing transitions', () => {
  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      const party = ALLOWED[`${from}>${to}`];
      if (party) {
        expect(() => assertFilingTransition(from, to)).not.toThrow();
        expect(() => assertFilingTransition(from, to, party)).not.toThrow();
        const other = party === 'COMPANY' ? 'POLICE' : 'COMPANY';
        expect(() => assertFilingTransition(from, to, other)).toThrow(
          expect.objectContaining({ code: 'FORBIDDEN' }),
        );
      } else {
        expect(() => assertFilingTransition(from, to)).toThrow(
          expect.objectContaining({
            code: 'ILLEGAL_TRANSITION',
            params: { entity: 'Filing', from, to },
          }),
        );
      }
    },
  );

  it('the table holds exactly those steps', () =>
    expect(
      Object.entries(FILING_TRANSITIONS)
        .flatMap(([f, tos]) => tos.map((t) => `${f}>${t}`))
        .sort(),
    ).toEqual(Object.keys(ALLOWED).sort()));

  it('a user of neither side is FORBIDDEN', () =>
    expect(() => assertFilingTransition('DRAFT', 'SUBMITTED', null)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ));

  it.each([
    [Role.COMPANY_ADMIN, 'COMPANY'],
    [Role.POLICE_OFFICER, 'POLICE'],
    [Role.DUTY_SUPERVISOR, null],
    [Role.GUARD, null],
    [Role.KIOSK, null],
  ] as const)('%s acts for %s', (role, party) => expect(filingPartyOf(role)).toBe(party));
});

describe('filing status as the contract sees it', () => {
  it.each([
    [null, false, true],
    [FilingStatus.DRAFT, false, true],
    [FilingStatus.SUBMITTED, true, false],
    [FilingStatus.UNDER_REVIEW, true, false],
    [FilingStatus.ACCEPTED, true, false],
    [FilingStatus.RETURNED, false, true],
  ])('%s: submitted %s, needs attention %s', (status, submitted, attention) => {
    expect(isFilingSubmitted(status)).toBe(submitted);
    expect(needsFilingAttention(status)).toBe(attention);
  });
});

describe('assertFilingDecision', () => {
  const item = (key: string, status: 'PENDING' | 'ACCEPTED' | 'REJECTED', reason?: string) => ({
    key,
    status,
    reason,
  });

  it('accepts when every item is accepted', () =>
    expect(() =>
      assertFilingDecision('ACCEPTED', [item('contract', 'ACCEPTED'), item('guard-1', 'ACCEPTED')]),
    ).not.toThrow());

  it.each([
    [[item('contract', 'ACCEPTED'), item('guard-1', 'PENDING')]],
    [[item('contract', 'ACCEPTED'), item('guard-1', 'REJECTED', '证件过期')]],
    [[]],
  ])('does not accept %j', (items) =>
    expect(() => assertFilingDecision('ACCEPTED', items)).toThrow(
      expect.objectContaining({ code: 'REVIEW_INCOMPLETE' }),
    ),
  );

  it('returns with a reason on each rejected item, pending ones allowed', () =>
    expect(() =>
      assertFilingDecision('RETURNED', [
        item('contract', 'ACCEPTED'),
        item('guard-1', 'REJECTED', '保安员证已吊销'),
        item('guard-2', 'PENDING'),
      ]),
    ).not.toThrow());

  it('does not return without a rejected item', () =>
    expect(() => assertFilingDecision('RETURNED', [item('contract', 'ACCEPTED')])).toThrow(
      expect.objectContaining({ code: 'REVIEW_INCOMPLETE' }),
    ));

  it('does not return a rejected item without a reason', () =>
    expect(() =>
      assertFilingDecision('RETURNED', [
        item('contract', 'ACCEPTED'),
        item('guard-1', 'REJECTED', '  '),
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [
          expect.objectContaining({
            field: 'items.1.reason',
            code: 'REQUIRED',
            params: { key: 'guard-1' },
          }),
        ],
      }),
    ));
});

describe('filingAttention', () => {
  const active = { crossRegion: true, status: ContractStatus.ACTIVE };
  // 2026-12-01 16:30 UTC is 2 December in Beijing: the window counts from China's calendar.
  const returnedAt = new Date('2026-12-01T16:30:00Z');

  it('counts the days left to resubmit a returned filing of an active contract', () => {
    expect(FILING_RESUBMIT_DAYS).toBe(15);
    expect(
      filingAttention(active, { status: FilingStatus.RETURNED, returnedAt }, '2026-12-05'),
    ).toEqual({
      kind: 'RESUBMIT',
      contractStatus: 'ACTIVE',
      resubmitBy: '2026-12-17',
      daysLeft: 12,
    });
    expect(
      filingAttention(active, { status: FilingStatus.RETURNED, returnedAt }, '2026-12-19'),
    ).toMatchObject({ kind: 'RESUBMIT', daysLeft: -2 });
  });

  it.each([
    [FilingStatus.SUBMITTED, null],
    [FilingStatus.UNDER_REVIEW, null],
    [FilingStatus.ACCEPTED, null],
    [FilingStatus.DRAFT, 'FILE'],
    [undefined, 'FILE'],
  ] as const)('a filing %s → %s', (status, kind) => {
    const filing = status ? { status } : null;
    expect(filingAttention(active, filing, '2026-12-05')?.kind ?? null).toBe(kind);
  });

  it('says nothing for a contract at home or terminated', () => {
    const returned = { status: FilingStatus.RETURNED, returnedAt };
    expect(filingAttention({ ...active, crossRegion: false }, returned, '2026-12-05')).toBeNull();
    expect(
      filingAttention({ ...active, status: ContractStatus.TERMINATED }, returned, '2026-12-05'),
    ).toBeNull();
  });
});
