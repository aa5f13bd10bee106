import { describe, expect, it } from 'vitest';
import { assertRealAnswer, isNonAnswer } from './non-answer';
import {
  INQUIRY_TRANSITIONS,
  InquiryActor,
  escalationAge,
  initialInquiryState,
  nextInquiryState,
} from './inquiry-rules';
import { InquiryAction, InquiryState } from '../common/enums';

describe('isNonAnswer', () => {
  it.each([
    '不知道',
    '不知道。',
    '我不清楚',
    '我也不太清楚',
    '这个我真的不是很清楚啊',
    '不晓得',
    '不了解',
    '没听说过',
    '不归我管',
    '不是我负责的',
    '你问别人吧',
    '不知道，我去问问',
    '不清楚，回头告诉你',
    "I don't know",
    'i dont know, sorry',
    'No idea',
    'not sure',
    "I'm not sure, I'll check",
    'Not my job',
    'Ask someone else',
    'dunno',
    'IDK',
    'N/A',
    '不 知 道',
    'ＮＯ　ＩＤＥＡ',
    '',
    '   ',
    '-',
    '?',
    '……',
  ])('%j is no answer', (text) => {
    expect(isNonAnswer(text)).toBe(true);
    expect(() => assertRealAnswer(text)).toThrow(
      expect.objectContaining({
        code: 'NOT_AN_ANSWER',
        problems: [expect.objectContaining({ field: 'answer', code: 'NOT_AN_ANSWER' })],
      }),
    );
  });

  it.each([
    '会议室在三楼东侧，出电梯右转',
    '不清楚具体时间，一般是早上8点开门',
    '不知道具体是谁，已请他到物业服务中心登记，电话023-12345678',
    '可以',
    '不是',
    '没有',
    'No', // "Is the car park open tonight?" — "No" answers it
    'Yes, until 10 pm',
    'The lost-and-found desk is on the ground floor',
    'I am not sure it is open today, but the phone number is 023-12345678',
    'Knowledge base says: parcels are kept for 7 days',
  ])('%j is an answer', (text) => {
    expect(isNonAnswer(text)).toBe(false);
    expect(assertRealAnswer(`  ${text}  `)).toBe(text);
  });

  it('treats null and undefined as no answer', () => {
    expect(isNonAnswer(null)).toBe(true);
    expect(isNonAnswer(undefined)).toBe(true);
  });
});

describe('inquiry states', () => {
  const ALLOWED: Record<string, InquiryState> = {
    'OPEN GUARD ANSWER': 'ANSWERED',
    'OPEN GUARD ESCALATE': 'ESCALATED',
    'ESCALATED SUPERVISOR REPLY': 'REPLIED',
  };
  const MAY: Record<InquiryAction, InquiryActor[]> = {
    ANSWER: ['GUARD'],
    ESCALATE: ['GUARD'],
    REPLY: ['SUPERVISOR'],
  };
  const cases = Object.values(InquiryState).flatMap((state) =>
    Object.values(InquiryActor).flatMap((actor) =>
      Object.values(InquiryAction).map((action) => {
        const expected = !MAY[action].includes(actor)
          ? 'FORBIDDEN'
          : (ALLOWED[`${state} ${actor} ${action}`] ?? 'ILLEGAL_TRANSITION');
        return [state, actor, action, expected] as const;
      }),
    ),
  );

  it.each(cases)('%s: %s %s → %s', (state, actor, action, expected) => {
    const step = () => nextInquiryState(state, actor, action, '请到一楼服务台');
    if (expected === 'FORBIDDEN' || expected === 'ILLEGAL_TRANSITION')
      expect(step).toThrow(expect.objectContaining({ code: expected }));
    else expect(step()).toBe(expected);
  });

  it('the table matches', () => expect(INQUIRY_TRANSITIONS).toHaveLength(3));

  it.each([
    ['OPEN', 'GUARD', 'ANSWER'],
    ['ESCALATED', 'SUPERVISOR', 'REPLY'],
  ] as const)('%s: %s %s refuses "不知道"', (state, actor, action) =>
    expect(() => nextInquiryState(state, actor, action, '不知道')).toThrow(
      expect.objectContaining({ code: 'NOT_AN_ANSWER' }),
    ),
  );

  it('escalates without an answer', () =>
    expect(nextInquiryState('OPEN', 'GUARD', 'ESCALATE')).toBe('ESCALATED'));

  it.each([
    [{ answer: '在三楼' }, 'ANSWERED'],
    [{ answer: null }, 'OPEN'],
    [{}, 'OPEN'],
    [{ escalate: true }, 'ESCALATED'],
    [{ answer: '', escalate: true }, 'ESCALATED'],
  ] as const)('a new inquiry %j starts %s', (log, state) =>
    expect(initialInquiryState(log)).toBe(state),
  );

  it.each([
    [{ answer: '不知道' }, 'NOT_AN_ANSWER'],
    [{ answer: '   ' }, 'NOT_AN_ANSWER'],
    [{ answer: '在三楼', escalate: true }, 'BAD_USER_INPUT'],
  ] as const)('a new inquiry %j is refused with %s', (log, code) =>
    expect(() => initialInquiryState(log)).toThrow(expect.objectContaining({ code })),
  );
});

describe('escalationAge', () => {
  it.each([
    ['2025-06-10T08:00:00+08:00', '2025-06-10T08:00:59+08:00', 0, 0, 0, 0],
    ['2025-06-10T08:00:00+08:00', '2025-06-10T09:30:00+08:00', 90, 0, 1, 30],
    ['2025-06-10T08:00:00+08:00', '2025-06-12T10:05:00+08:00', 3005, 2, 2, 5],
    ['2025-06-10T08:00:00+08:00', '2025-06-10T07:00:00+08:00', 0, 0, 0, 0], // clock skew
  ])('%s to %s → %i minutes', (at, now, totalMinutes, days, hours, minutes) =>
    expect(escalationAge(at, now)).toEqual({ totalMinutes, days, hours, minutes }),
  );

  it('takes Dates too', () =>
    expect(escalationAge(new Date(0), new Date(3_600_000)).totalMinutes).toBe(60));
});
