type Translate = (key: string, params?: Record<string, unknown>) => string;

/** How long something has been waiting since `since`: `2 天 3 小时`, `5 小时`, `不足 1 小时`. */
export function formatWaiting(
  since: string | Date,
  t: Translate,
  now: Date | number = Date.now(),
): string {
  const ms = Math.max(0, +now - +new Date(since));
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return t('filing.waiting.minutes');
  if (hours < 24) return t('filing.waiting.hours', { hours });
  return t('filing.waiting.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}
