import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { formatWaiting } from './filing';
import { sharedMessages } from './i18n';

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: sharedMessages });
  return (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});
}

describe('formatWaiting', () => {
  const now = Date.parse('2026-03-05T12:00:00Z');
  it.each([
    ['2026-03-05T11:30:00Z', 'zh-CN', '不足 1 小时'],
    ['2026-03-05T07:00:00Z', 'zh-CN', '5 小时'],
    ['2026-03-03T09:00:00Z', 'zh-CN', '2 天 3 小时'],
    ['2026-03-03T09:00:00Z', 'en', '2 d 3 h'],
    ['2026-03-06T09:00:00Z', 'en', 'under 1 h'], // a clock a little ahead never goes negative
  ] as const)('%s in %s', (since, locale, expected) => {
    expect(formatWaiting(since, translator(locale), now)).toBe(expected);
  });
});
