import { describe, expect, it } from 'vitest';
import {
  REVIEW_CHECKS,
  SERVICE_REQUEST_TRANSITIONS,
  assertContractableRequest,
  assertFlaggedAcceptanceExplained,
  assertReviewAcceptable,
  assertReviewAnswered,
  assertServiceRequestTransition,
  reviewProblems,
  type ReviewAnswer,
} from './review';
import { LegalityResult, ReviewCheck, ServiceRequestStatus } from '../common/enums';

const allYes = (): ReviewAnswer[] =>
  REVIEW_CHECKS.map(({ check }) => ({ check, passed: true, note: '营业执照已核验' }));

describe('the Art. 25 checklist', () => {
  it('has the five checks of the implementing measures, labelled in both languages', () => {
    expect(REVIEW_CHECKS.map((c) => c.check)).toEqual(Object.values(ReviewCheck));
    for (const c of REVIEW_CHECKS) {
      expect(c.zh).toMatch(/\p{Script=Han}/u);
      expect(c.en).toMatch(/^[A-Z]/);
    }
  });

  it('accepts when every check is answered yes', () =>
    expect(() => assertReviewAcceptable(allYes())).not.toThrow());

  it.each(Object.values(ReviewCheck))('refuses when %s is answered no', (check) => {
    const answers = allYes().map((a) => (a.check === check ? { ...a, passed: false } : a));
    expect(reviewProblems(answers)).toEqual({ missing: [], failed: [check] });
    expect(() => assertReviewAcceptable(answers)).toThrow(
      expect.objectContaining({
        code: 'REVIEW_INCOMPLETE',
        params: expect.objectContaining({ failed: check }),
      }),
    );
  });

  it.each(Object.values(ReviewCheck))('refuses when %s is missing', (check) => {
    const answers = allYes().filter((a) => a.check !== check);
    expect(() => assertReviewAcceptable(answers)).toThrow(
      expect.objectContaining({
        code: 'REVIEW_INCOMPLETE',
        params: expect.objectContaining({ missing: check }),
      }),
    );
  });

  it.each(Object.values(ReviewCheck))(
    'a refusal is refused while %s is unanswered, and allowed once all are answered',
    (check) => {
      const answers = allYes().map((a) => (a.check === check ? { ...a, passed: null } : a));
      expect(() => assertReviewAnswered(answers)).toThrow(
        expect.objectContaining({
          code: 'REVIEW_INCOMPLETE',
          params: expect.objectContaining({ missing: check }),
        }),
      );
      const answeredNo = allYes().map((a) => (a.check === check ? { ...a, passed: false } : a));
      expect(() => assertReviewAnswered(answeredNo)).not.toThrow();
    },
  );

  it('a refusal with no answers at all names all five checks', () =>
    expect(() => assertReviewAnswered([])).toThrow(
      expect.objectContaining({
        params: expect.objectContaining({ missing: REVIEW_CHECKS.map((c) => c.check).join(',') }),
      }),
    ));

  it('treats an unanswered (null) check as missing and lists all problems', () => {
    const answers = allYes();
    answers[0] = { ...answers[0]!, passed: null };
    answers[3] = { ...answers[3]!, passed: false };
    expect(reviewProblems(answers)).toEqual({
      missing: [ReviewCheck.UNIT_LAWFULLY_ESTABLISHED],
      failed: [ReviewCheck.APPROVALS_PRESENT],
    });
    expect(reviewProblems([])).toEqual({ missing: Object.values(ReviewCheck), failed: [] });
  });

  it.each([
    ['a repeated check', [...allYes(), { check: ReviewCheck.PROPERTY_LAWFUL, passed: true }]],
    ['an unknown check', [...allYes(), { check: 'FEELS_RIGHT' as ReviewCheck, passed: true }]],
  ])('refuses %s as bad input', (_why, answers) =>
    expect(() => reviewProblems(answers)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    ),
  );
});

describe('service request decisions', () => {
  const all = Object.values(ServiceRequestStatus);
  const allowed = new Set(['PENDING_REVIEW>ACCEPTED', 'PENDING_REVIEW>REFUSED']);
  it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    if (allowed.has(`${from}>${to}`))
      expect(() => assertServiceRequestTransition(from, to)).not.toThrow();
    else
      expect(() => assertServiceRequestTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
      );
  });
  it('the table says the same', () =>
    expect(
      Object.entries(SERVICE_REQUEST_TRANSITIONS).flatMap(([f, tos]) =>
        tos.map((t) => `${f}>${t}`),
      ),
    ).toEqual([...allowed]));

  it.each([
    [ServiceRequestStatus.ACCEPTED, null],
    [ServiceRequestStatus.REFUSED, 'REQUEST_REFUSED'],
    [ServiceRequestStatus.PENDING_REVIEW, 'REVIEW_INCOMPLETE'],
  ])('a contract from a %s request: %s', (status, code) => {
    if (code === null) expect(() => assertContractableRequest(status)).not.toThrow();
    else expect(() => assertContractableRequest(status)).toThrow(expect.objectContaining({ code }));
  });
});

describe('accepting a flagged request', () => {
  it.each([
    [LegalityResult.CLEAR, null, true],
    [LegalityResult.CLEAR, '', true],
    [LegalityResult.FLAGGED, '“搜身”出自客户的禁止性说明', true],
    [LegalityResult.FLAGGED, null, false],
    [LegalityResult.FLAGGED, '   ', false],
  ])('%s with note %j → allowed %s', (result, note, ok) => {
    const act = () => assertFlaggedAcceptanceExplained(result, note);
    if (ok) expect(act).not.toThrow();
    else
      expect(act).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [expect.objectContaining({ field: 'note', code: 'FLAGGED_NEEDS_NOTE' })],
        }),
      );
  });
});
