import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_COMMENT_MAX,
  FEEDBACK_TAGS,
  RATING_LABELS,
  assertAmendable,
  assertRating,
  assertTagsFitRating,
  tagsForRating,
  commentLength,
  normalizeComment,
  normalizeTags,
  validateFeedback,
} from './feedback-input';
import { FeedbackTag } from '../common/enums';

describe('ratings', () => {
  it.each([1, 2, 3, 4, 5])('%i is a rating', (r) => expect(() => assertRating(r)).not.toThrow());
  it.each([0, 6, -1, 3.5, Number.NaN, '5', null, undefined, Infinity])('%j is not', (r) =>
    expect(() => assertRating(r)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'rating' })],
      }),
    ),
  );
  it('labels five faces', () =>
    expect(Object.keys(RATING_LABELS)).toEqual(['1', '2', '3', '4', '5']));
});

describe('tags', () => {
  it('has the five tags of issue 6 with both labels', () => {
    expect(FEEDBACK_TAGS.map((t) => t.tag)).toEqual(Object.values(FeedbackTag));
    for (const t of FEEDBACK_TAGS) {
      expect(t.zh).toMatch(/\p{Script=Han}/u);
      expect(t.en).not.toBe('');
    }
  });
  it.each([
    [[], []],
    [null, []],
    [
      ['SAFETY', 'COURTESY', 'SAFETY'],
      ['COURTESY', 'SAFETY'],
    ],
  ])('%j → %j', (tags, expected) => expect(normalizeTags(tags)).toEqual(expected));
  it('refuses an unknown tag', () =>
    expect(() => normalizeTags(['COURTESY', 'PIZZA'])).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            field: 'tags.1',
            code: 'NOT_ALLOWED',
            params: { value: 'PIZZA' },
          }),
        ],
      }),
    ));
});

describe('comments', () => {
  it.each([
    [null, null],
    ['', null],
    ['   \n\t ', null],
    ['  很好，保安很热情  ', '很好，保安很热情'],
    ['<b>bold</b> & "quoted"', '<b>bold</b> & "quoted"'], // plain text: kept as typed, never rendered as markup
    ['line one\r\nline two', 'line one\nline two'],
    ['a\n\n\n\n\nb', 'a\n\nb'],
    ['tab\there', 'tab here'],
    ['bell\u0007 and \u202eRLO', 'bell and RLO'],
    ['e\u0301', 'é'], // NFC
    ['👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
  ])('%j → %j', (raw, expected) => expect(normalizeComment(raw)).toBe(expected));

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(commentLength('你好')).toBe(2);
    expect(commentLength('😀😀')).toBe(2);
    expect(commentLength('abc')).toBe(3);
  });

  it.each([
    ['200 Chinese characters (600 bytes)', '好'.repeat(200)],
    ['200 emoji (400 UTF-16 units)', '😀'.repeat(200)],
    ['200 letters after trimming', `  ${'a'.repeat(200)}  `],
  ])('accepts %s', (_why, raw) =>
    expect(commentLength(normalizeComment(raw)!)).toBe(FEEDBACK_COMMENT_MAX),
  );

  it.each([
    ['201 Chinese characters', '好'.repeat(201)],
    ['201 emoji', '😀'.repeat(201)],
  ])('refuses %s', (_why, raw) =>
    expect(() => normalizeComment(raw)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [
          expect.objectContaining({
            field: 'comment',
            code: 'TOO_LONG',
            params: { max: 200, length: 201 },
          }),
        ],
      }),
    ),
  );
});

describe('validateFeedback', () => {
  it('normalises a whole submission', () =>
    expect(
      validateFeedback({ rating: 5, tags: ['PATROL', 'COURTESY'], comment: ' 谢谢！ ' }),
    ).toEqual({
      rating: 5,
      tags: ['COURTESY', 'PATROL'],
      comment: '谢谢！',
    }));
  it('needs only a rating', () =>
    expect(validateFeedback({ rating: 3 })).toEqual({ rating: 3, tags: [], comment: null }));
  it('refuses a bad rating first', () =>
    expect(() => validateFeedback({ rating: 9, comment: 'x'.repeat(500) })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'rating' })] }),
    ));
});

describe('tags fit the rating', () => {
  it.each([
    [5, ['COURTESY', 'RESPONSIVENESS', 'APPEARANCE', 'PATROL', 'SAFETY']],
    [4, ['COURTESY', 'RESPONSIVENESS', 'APPEARANCE', 'PATROL', 'SAFETY']],
    [3, ['IMPOLITE', 'SLOW_RESPONSE', 'UNTIDY', 'PATROL_LAX', 'UNSAFE']],
    [1, ['IMPOLITE', 'SLOW_RESPONSE', 'UNTIDY', 'PATROL_LAX', 'UNSAFE']],
  ])('a %s-star rating is offered %j', (rating, tags) =>
    expect(tagsForRating(rating)).toEqual(tags),
  );

  it('offers only the enabled tags of the fitting kind', () =>
    expect(tagsForRating(2, ['COURTESY', 'UNSAFE'])).toEqual(['UNSAFE']));

  it('refuses praise on a low rating and a problem on a high one, naming each tag', () => {
    expect(() => validateFeedback({ rating: 2, tags: ['SLOW_RESPONSE', 'COURTESY'] })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'tags.1', code: 'TAG_NOT_FOR_RATING' })],
      }),
    );
    expect(() => assertTagsFitRating(5, ['UNSAFE'])).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'tags.0' })] }),
    );
    expect(validateFeedback({ rating: 4, tags: ['SAFETY'] }).tags).toEqual(['SAFETY']);
  });
});

describe('assertAmendable', () => {
  const tap = '2026-12-02T10:00:00Z';
  it.each([
    ['2026-12-02T10:04:59Z', '2026-12-02T12:00:00Z', true],
    ['2026-12-02T10:05:00Z', '2026-12-02T12:00:00Z', true],
    ['2026-12-02T10:05:01Z', '2026-12-02T12:00:00Z', false],
    // No time of its own, or one in the future: the server's clock.
    [null, '2026-12-02T10:03:00Z', true],
    [null, '2026-12-02T10:06:00Z', false],
    ['2026-12-03T00:00:00Z', '2026-12-02T10:06:00Z', false],
  ])('amended at %s, now %s → %s', (amendedAt, now, ok) => {
    const check = () => assertAmendable(tap, amendedAt, now);
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'AMEND_WINDOW_CLOSED' }));
  });
});
