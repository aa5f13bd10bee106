import { DomainError, DomainErrorCode } from '../common/domain-error';
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

/** The optional tags, in the order the kiosk shows them. */
export const FEEDBACK_TAGS: readonly { tag: FeedbackTag; zh: string; en: string }[] = [
  { tag: FeedbackTag.COURTESY, zh: '文明礼貌', en: 'Courtesy' },
  { tag: FeedbackTag.RESPONSIVENESS, zh: '响应及时', en: 'Responsiveness' },
  { tag: FeedbackTag.APPEARANCE, zh: '仪容仪表', en: 'Appearance' },
  { tag: FeedbackTag.PATROL, zh: '巡逻到位', en: 'Patrol' },
  { tag: FeedbackTag.SAFETY, zh: '安全感', en: 'Safety' },
];

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
    throw new DomainError(
      DomainErrorCode.BAD_USER_INPUT,
      'A rating is a whole number from 1 to 5',
      {
        field: 'rating',
        value: String(rating),
      },
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
    throw new DomainError(
      DomainErrorCode.BAD_USER_INPUT,
      `A comment has at most ${FEEDBACK_COMMENT_MAX} characters`,
      { field: 'comment', max: FEEDBACK_COMMENT_MAX, length },
    );
  }
  return text;
}

/** The tags of a rating, known ones only (BAD_USER_INPUT on `tags.<i>`), each once, in catalogue order. */
export function normalizeTags(tags: readonly string[] | null | undefined): FeedbackTag[] {
  const given = new Set<string>();
  (tags ?? []).forEach((t, i) => {
    if (!FEEDBACK_TAGS.some((x) => x.tag === t)) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, `Unknown tag: ${t}`, {
        field: `tags.${i}`,
        value: t,
      });
    }
    given.add(t);
  });
  return FEEDBACK_TAGS.map((x) => x.tag).filter((t) => given.has(t));
}

/** A kiosk submission checked and normalised: rating 1–5, known tags, a plain-text comment of at most 200 characters. */
export function validateFeedback(input: {
  rating: unknown;
  tags?: readonly string[] | null;
  comment?: string | null;
}): { rating: 1 | 2 | 3 | 4 | 5; tags: FeedbackTag[]; comment: string | null } {
  const { rating } = input;
  assertRating(rating);
  return { rating, tags: normalizeTags(input.tags), comment: normalizeComment(input.comment) };
}
