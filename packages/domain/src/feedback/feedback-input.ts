import { DomainError, DomainErrorCode, fieldError, invalidInput } from '../common/domain-error';
import { fieldProblem } from '../common/field-problem';
import { toInstant } from '../calendar/calendar-date';
import { FeedbackTag } from '../common/enums';

/** The kiosk's one question. */
export const FEEDBACK_QUESTION = {
  zh: '您对我们今天的安保服务满意吗？',
  en: 'How satisfied are you with our security service today?',
} as const;

/** Ratings run from 1 (very dissatisfied) to 5 (very satisfied); 4–5 count as satisfied. */
export const FEEDBACK_RATING = { min: 1, max: 5, satisfiedFrom: 4 } as const;

/** What each of the five faces means. */
export const RATING_LABELS: Record<1 | 2 | 3 | 4 | 5, { zh: string; en: string }> = {
  1: { zh: '很不满意', en: 'Very dissatisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  3: { zh: '一般', en: 'Neutral' },
  4: { zh: '满意', en: 'Satisfied' },
  5: { zh: '非常满意', en: 'Very satisfied' },
};

/** Praise goes with a satisfied rating (4–5), what went wrong with the others (1–3). */
export type FeedbackTagKind = 'PRAISE' | 'PROBLEM';

/** The optional tags, in the order the kiosk shows them, each praise or a problem. */
export const FEEDBACK_TAGS: readonly {
  tag: FeedbackTag;
  kind: FeedbackTagKind;
  zh: string;
  en: string;
}[] = [
  { tag: FeedbackTag.COURTESY, kind: 'PRAISE', zh: '文明礼貌', en: 'Courtesy' },
  { tag: FeedbackTag.RESPONSIVENESS, kind: 'PRAISE', zh: '响应及时', en: 'Responsiveness' },
  { tag: FeedbackTag.APPEARANCE, kind: 'PRAISE', zh: '仪容仪表', en: 'Appearance' },
  { tag: FeedbackTag.PATROL, kind: 'PRAISE', zh: '巡逻到位', en: 'Patrol' },
  { tag: FeedbackTag.SAFETY, kind: 'PRAISE', zh: '安全感', en: 'Safety' },
  { tag: FeedbackTag.IMPOLITE, kind: 'PROBLEM', zh: '态度不好', en: 'Impolite' },
  { tag: FeedbackTag.SLOW_RESPONSE, kind: 'PROBLEM', zh: '响应太慢', en: 'Slow to respond' },
  { tag: FeedbackTag.UNTIDY, kind: 'PROBLEM', zh: '仪容不整', en: 'Untidy' },
  { tag: FeedbackTag.PATROL_LAX, kind: 'PROBLEM', zh: '巡逻不到位', en: 'Patrols missed' },
  { tag: FeedbackTag.UNSAFE, kind: 'PROBLEM', zh: '缺乏安全感', en: 'Felt unsafe' },
];

/** Which kind of tag fits a rating: praise for 4–5, what went wrong for 1–3. */
export function tagKindFor(rating: number): FeedbackTagKind {
  return rating >= FEEDBACK_RATING.satisfiedFrom ? 'PRAISE' : 'PROBLEM';
}

/** The tags the kiosk offers after a rating, in order (optionally among those a company enabled). */
export function tagsForRating(rating: number, enabled?: readonly FeedbackTag[]): FeedbackTag[] {
  const kind = tagKindFor(rating);
  return FEEDBACK_TAGS.filter((x) => x.kind === kind && (!enabled || enabled.includes(x.tag))).map(
    (x) => x.tag,
  );
}

/** Refuses a tag of the other kind than the rating's (BAD_USER_INPUT TAG_NOT_FOR_RATING on `tags.<i>`). */
export function assertTagsFitRating(rating: number, tags: readonly FeedbackTag[]): void {
  const kind = tagKindFor(rating);
  const problems = tags.flatMap((tag, i) =>
    FEEDBACK_TAGS.find((x) => x.tag === tag)?.kind === kind
      ? []
      : [fieldProblem(`tags.${i}`, 'TAG_NOT_FOR_RATING', { tag, rating })],
  );
  if (problems.length) throw invalidInput(problems);
}

/** How long after the tap a kiosk may still add tags and a comment to its rating (seconds). */
export const FEEDBACK_AMEND_WINDOW_SECONDS = 300;

/**
 * Whether tags and a comment given at `amendedAt` (the device's clock, kept between the tap and
 * `now`) may still amend a rating tapped at `recordedAt`: within the window after the tap.
 * Judged by the device's times, so an amendment queued offline is judged by when the customer
 * gave it, not by when it arrived. Throws AMEND_WINDOW_CLOSED after the window.
 */
export function assertAmendable(
  recordedAt: string | Date,
  amendedAt: string | Date | null | undefined,
  now: string | Date,
  windowSeconds: number = FEEDBACK_AMEND_WINDOW_SECONDS,
): void {
  const tap = toInstant(recordedAt, 'recordedAt').getTime();
  const nowMs = toInstant(now, 'now').getTime();
  const at = Math.min(
    nowMs,
    Math.max(tap, amendedAt ? toInstant(amendedAt, 'amendedAt').getTime() : nowMs),
  );
  if (at - tap > windowSeconds * 1000) {
    throw new DomainError(
      DomainErrorCode.AMEND_WINDOW_CLOSED,
      `Tags and a comment may be added within ${windowSeconds} seconds of the rating`,
      { windowSeconds },
    );
  }
}

/** Longest comment, in characters (Unicode code points, as PostgreSQL's char_length counts), not bytes. */
export const FEEDBACK_COMMENT_MAX = 200;

/** Refuses anything but a whole number from 1 to 5 (BAD_USER_INPUT on `rating`). */
export function assertRating(rating: unknown): asserts rating is 1 | 2 | 3 | 4 | 5 {
  if (
    typeof rating !== 'number' ||
    !Number.isInteger(rating) ||
    rating < FEEDBACK_RATING.min ||
    rating > FEEDBACK_RATING.max
  ) {
    throw fieldError(
      'rating',
      'OUT_OF_RANGE',
      { min: FEEDBACK_RATING.min, max: FEEDBACK_RATING.max },
      'A rating is a whole number from 1 to 5',
    );
  }
}

/** A comment's length as the kiosk counter and the database count it: code points, so 你 and 😀 are one each. */
export function commentLength(text: string): number {
  return [...text].length;
}

/**
 * A comment as stored: plain text (never interpreted as markup — clients show it as text),
 * NFC, control characters removed except line breaks, tabs as spaces, at most one blank line
 * in a row, trimmed; null when empty. BAD_USER_INPUT on `comment` beyond 200 characters.
 */
export function normalizeComment(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // Keep line breaks, and the zero-width joiner that holds emoji sequences together.
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => (c === '\n' || c === '\u200d' ? c : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return null;
  const length = commentLength(text);
  if (length > FEEDBACK_COMMENT_MAX) {
    throw fieldError(
      'comment',
      'TOO_LONG',
      { max: FEEDBACK_COMMENT_MAX, length },
      `A comment has at most ${FEEDBACK_COMMENT_MAX} characters`,
    );
  }
  return text;
}

/** The tags of a rating, known ones only (BAD_USER_INPUT on `tags.<i>`), each once, in catalogue order. */
export function normalizeTags(tags: readonly string[] | null | undefined): FeedbackTag[] {
  const given = new Set<string>();
  (tags ?? []).forEach((t, i) => {
    if (!FEEDBACK_TAGS.some((x) => x.tag === t)) {
      throw fieldError(`tags.${i}`, 'NOT_ALLOWED', { value: t }, `Unknown tag: ${t}`);
    }
    given.add(t);
  });
  return FEEDBACK_TAGS.map((x) => x.tag).filter((t) => given.has(t));
}

/** A kiosk submission checked and normalised: rating 1–5, known tags that fit it, a plain-text comment of at most 200 characters. */
export function validateFeedback(input: {
  rating: unknown;
  tags?: readonly string[] | null;
  comment?: string | null;
}): { rating: 1 | 2 | 3 | 4 | 5; tags: FeedbackTag[]; comment: string | null } {
  const { rating } = input;
  assertRating(rating);
  const tags = normalizeTags(input.tags);
  // Judged in the order sent, so each problem names the tag the client sent at that place.
  assertTagsFitRating(rating, (input.tags ?? []) as FeedbackTag[]);
  return { rating, tags, comment: normalizeComment(input.comment) };
}
