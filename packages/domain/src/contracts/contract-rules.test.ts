import { describe, expect, it } from 'vitest';
import {
  CONTRACT_TRANSITIONS,
  KEY_UNIT_BASIS,
  assertCanActivate,
  assertContractTerm,
  assertContractTransition,
  assertMayServe,
  assertTermination,
  canTransitionContract,
  isForeignInvested,
  mayServe,
} from './contract-rules';
import { ContractStatus, OwnershipType } from '../common/enums';
import { DomainError } from '../common/domain-error';

describe('contract transitions', () => {
  const statuses = Object.values(ContractStatus);
  const allowed = ['DRAFT>ACTIVE', 'ACTIVE>TERMINATED'];

  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      const ok = allowed.includes(`${from}>${to}`);
      expect(canTransitionContract(from, to)).toBe(ok);
      if (ok) expect(() => assertContractTransition(from, to)).not.toThrow();
      else
        expect(() => assertContractTransition(from, to)).toThrow(
          expect.objectContaining({
            code: 'ILLEGAL_TRANSITION',
            params: { entity: 'Contract', from, to },
          }),
        );
    },
  );

  it('the table is the one in STYLE.md', () =>
    expect(CONTRACT_TRANSITIONS).toEqual({
      DRAFT: ['ACTIVE'],
      ACTIVE: ['TERMINATED'],
      TERMINATED: [],
    }));
});

describe('activation', () => {
  it.each([
    [false, false, null],
    [false, true, null],
    [true, true, null],
    [true, false, 'FILING_REQUIRED'],
  ])('cross-region %s, filing submitted %s → %s', (crossRegion, filingSubmitted, code) => {
    const act = () => assertCanActivate({ crossRegion, filingSubmitted });
    if (code) expect(act).toThrow(expect.objectContaining({ code }));
    else expect(act).not.toThrow();
  });
});

describe('term and termination', () => {
  it.each([
    ['2025-01-01', '2025-12-31', true],
    ['2025-01-01', '2025-01-01', true],
    ['2025-01-02', '2025-01-01', false],
  ])('from %s to %s → valid %s', (startsOn, endsOn, ok) => {
    const check = () => assertContractTerm({ startsOn, endsOn });
    if (ok) expect(check).not.toThrow();
    else
      expect(check).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [expect.objectContaining({ field: 'endsOn' })],
        }),
      );
  });

  it('refuses a malformed date', () =>
    expect(() => assertContractTerm({ startsOn: '2025-02-30', endsOn: '2025-12-31' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'startsOn' })] }),
    ));

  it.each([
    [{ reason: '客户单位迁址', terminatedOn: '2025-06-30', startsOn: '2025-01-01' }, null],
    [{ reason: '   ', terminatedOn: '2025-06-30', startsOn: '2025-01-01' }, 'reason'],
    [{ reason: '提前终止', terminatedOn: '2024-12-31', startsOn: '2025-01-01' }, 'terminatedOn'],
    [{ reason: '提前终止', terminatedOn: '2025-01-01', startsOn: '2025-01-01' }, null],
  ])('%j → field %s', (t, field) => {
    if (field === null) expect(() => assertTermination(t)).not.toThrow();
    else
      expect(() => assertTermination(t)).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [expect.objectContaining({ field })],
        }),
      );
  });
});

describe('termination date against activation and today', () => {
  const base = { reason: '合同期满', startsOn: '2025-01-01' };
  it.each([
    ['2025-03-10', '2025-03-10', '2025-06-30', null], // the day of activation
    ['2025-06-30', '2025-03-10', '2025-06-30', null], // today
    ['2025-03-09', '2025-03-10', '2025-06-30', 'before the day it was activated'],
    ['2025-07-01', '2025-03-10', '2025-06-30', 'in the future'],
  ])('terminated %s, activated %s, today %s → %s', (terminatedOn, activatedOn, today, refusal) => {
    const act = () => assertTermination({ ...base, terminatedOn, activatedOn, today });
    if (refusal === null) expect(act).not.toThrow();
    else
      expect(act).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          message: expect.stringContaining(refusal),
          problems: [expect.objectContaining({ field: 'terminatedOn' })],
        }),
      );
  });

  it('lets a customer withdraw before the term starts, once the contract is active', () => {
    const future = { reason: '客户撤回委托', startsOn: '2025-09-01' };
    expect(() =>
      assertTermination({
        ...future,
        terminatedOn: '2025-06-30',
        activatedOn: '2025-06-01',
        today: '2025-06-30',
      }),
    ).not.toThrow();
    // Without an activation date the start of the term is the bound, as before.
    expect(() => assertTermination({ ...future, terminatedOn: '2025-06-30' })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('before it starts') }),
    );
  });

  it('takes an activation moment as its date in China Standard Time', () => {
    // 2025-03-09T17:00Z is 01:00 on 10 March in Beijing.
    const activatedOn = new Date('2025-03-09T17:00:00Z');
    expect(() =>
      assertTermination({ ...base, terminatedOn: '2025-03-09', activatedOn, today: '2025-06-30' }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() =>
      assertTermination({ ...base, terminatedOn: '2025-03-10', activatedOn, today: '2025-06-30' }),
    ).not.toThrow();
  });
});

describe('key units (Regulation Art. 22)', () => {
  it.each([
    [OwnershipType.DOMESTIC, false, false],
    [OwnershipType.DOMESTIC, true, false],
    [OwnershipType.WHOLLY_FOREIGN_OWNED, false, false],
    [OwnershipType.WHOLLY_FOREIGN_OWNED, true, true],
    [OwnershipType.SINO_FOREIGN_JOINT_VENTURE, false, false],
    [OwnershipType.SINO_FOREIGN_JOINT_VENTURE, true, true],
    [OwnershipType.SINO_FOREIGN_COOPERATIVE, false, false],
    [OwnershipType.SINO_FOREIGN_COOPERATIVE, true, true],
  ])('%s serving a key unit %s → refused %s', (ownership, isKeyUnit, refused) => {
    expect(isForeignInvested(ownership)).toBe(ownership !== 'DOMESTIC');
    expect(mayServe(ownership, { isKeyUnit })).toBe(!refused);
    const serve = () => assertMayServe(ownership, { isKeyUnit });
    if (!refused) return expect(serve).not.toThrow();
    expect(serve).toThrow(DomainError);
    expect(serve).toThrow(
      expect.objectContaining({
        code: 'FOREIGN_INVESTED_KEY_UNIT',
        params: { ownershipType: ownership, basis: KEY_UNIT_BASIS },
      }),
    );
  });

  it('cites the rule in its message', () =>
    expect(() =>
      assertMayServe(OwnershipType.SINO_FOREIGN_JOINT_VENTURE, { isKeyUnit: true }),
    ).toThrow(/《保安服务管理条例》第二十二条/));
});
