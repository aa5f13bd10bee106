import { ERROR_CODES, toApiError } from '@cqss/api-client/fetch';

/** The platform's clock: every time is shown as Beijing time, wherever the browser is. */
export const TIME_ZONE = 'Asia/Shanghai';

type DateInput = string | number | Date;
type Translate = (key: string, params?: Record<string, unknown>) => string;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
}

function toDate(value: DateInput): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** `2026/03/02` (zh-CN) or `03/02/2026` (en), in Beijing time; '' for a missing or bad value. */
export function formatDate(value: DateInput | null | undefined, locale: string): string {
  const d = value == null ? null : toDate(value);
  return d ? formatter(locale, DATE).format(d) : '';
}

/** `00:30`, 24-hour, in Beijing time. */
export function formatTime(value: DateInput | null | undefined, locale: string): string {
  const d = value == null ? null : toDate(value);
  return d ? formatter(locale, TIME).format(d) : '';
}

/** `2026/03/02 00:30` in Beijing time. */
export function formatDateTime(value: DateInput | null | undefined, locale: string): string {
  const d = value == null ? null : toDate(value);
  return d ? formatter(locale, { ...DATE, ...TIME }).format(d) : '';
}

/**
 * `00:30` for a moment of today (in Beijing), `2026/03/02 00:30` for one of another day: a log
 * kept over days never shows yesterday's entry as if it were today's.
 */
export function formatMoment(
  value: DateInput | null | undefined,
  locale: string,
  now: DateInput = Date.now(),
): string {
  const today = formatDate(now, locale);
  return formatDate(value, locale) === today
    ? formatTime(value, locale)
    : formatDateTime(value, locale);
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/**
 * Any request error in the user's language, by its `extensions.code` and parameters
 * (RATE_LIMITED's `retryAfterSeconds` becomes a readable `wait`). Unknown codes say what the
 * server said, under a translated heading.
 */
/** A list as each language writes it: 门卫、巡逻 in Chinese, "Gate duty, Patrol" in English. */
export function formatList(items: readonly string[], locale: string): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** "Label: value" as each language writes it: 答复：门诊楼 in Chinese, "Answer: 门诊楼" in English. */
export function labelled(label: string, value: string, locale: string): string {
  return locale === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}

export function formatError(error: unknown, t: Translate): string {
  const e = toApiError(error);
  if (!KNOWN_CODES.has(e.code) || e.code === 'UNKNOWN') {
    const serverMessage =
      typeof e.params.serverMessage === 'string' ? e.params.serverMessage : e.message;
    return t('errors.UNKNOWN', { message: serverMessage });
  }
  const params: Record<string, unknown> = { ...e.params };
  const seconds = e.params.retryAfterSeconds;
  if (typeof seconds === 'number') {
    params.wait =
      seconds < 60
        ? t('common.seconds', { n: Math.max(1, Math.ceil(seconds)) })
        : t('common.minutes', { n: Math.ceil(seconds / 60) });
  }
  return t(`errors.${e.code}`, params);
}
