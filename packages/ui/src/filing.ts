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

interface TitledItem {
  kind: string;
  fields: readonly { name: string; value?: string | null }[];
}

/** A dossier item's title: its kind, and for a guard the guard's name (`保安员 · 张伟`). */
export function filingItemTitle(item: TitledItem, t: Translate): string {
  const kind = t(`filing.kind.${item.kind}`);
  if (item.kind !== 'GUARD') return kind;
  return `${kind} · ${item.fields.find((f) => f.name === 'name')?.value ?? ''}`;
}

/** The colour of an item's verdict: in order (green), to correct (red), to review (grey). */
export function verdictType(status?: string | null): 'success' | 'danger' | 'info' {
  return status === 'ACCEPTED' ? 'success' : status === 'REJECTED' ? 'danger' : 'info';
}
