import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import {
  formatDate,
  formatDateTime,
  formatError,
  formatList,
  formatMoment,
  formatTime,
  labelled,
} from './format';
import { sharedMessages } from './i18n';

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: sharedMessages });
  return (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});
}

describe('dates and times are shown in Beijing time', () => {
  // 16:30 UTC is 00:30 the next day in Beijing.
  const at = '2026-03-01T16:30:00Z';
  it.each([
    ['zh-CN', formatDate, '2026/03/02'],
    ['en', formatDate, '03/02/2026'],
    ['zh-CN', formatTime, '00:30'],
    ['en', formatTime, '00:30'],
    ['zh-CN', formatDateTime, '2026/03/02 00:30'],
  ] as const)('%s %o', (locale, format, expected) => {
    expect(format(at, locale)).toBe(expected);
  });

  it('accepts Date and epoch values and is empty for nothing or nonsense', () => {
    expect(formatDate(new Date(at), 'zh-CN')).toBe('2026/03/02');
    expect(formatDate(Date.parse(at), 'zh-CN')).toBe('2026/03/02');
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate('not a date', 'zh-CN')).toBe('');
  });

  it('gives a moment of today (in Beijing) its time alone, one of another day its date too', () => {
    // 15:59 UTC on 1 March is still 1 March in Beijing; 16:30 is already 2 March.
    expect(formatMoment(at, 'zh-CN', '2026-03-02T03:00:00Z')).toBe('00:30');
    expect(formatMoment(at, 'zh-CN', '2026-03-01T15:59:00Z')).toBe('2026/03/02 00:30');
    expect(formatMoment(at, 'en', '2026-03-03T01:00:00Z')).toBe('03/02/2026, 00:30');
    expect(formatMoment(null, 'en')).toBe('');
  });
});

describe('formatError', () => {
  const gql = (extensions: Record<string, unknown>, message = 'server says no') => ({
    errors: [{ message, extensions }],
  });

  it.each([
    ['zh-CN', gql({ code: 'INVALID_CREDENTIALS' }), '用户名或密码错误。'],
    ['en', gql({ code: 'INVALID_CREDENTIALS' }), 'Wrong username or password.'],
    [
      'zh-CN',
      gql({ code: 'RATE_LIMITED', retryAfterSeconds: 890 }),
      '尝试次数过多，请在 15 分钟后再试。',
    ],
    [
      'en',
      gql({ code: 'RATE_LIMITED', retryAfterSeconds: 20 }),
      'Too many attempts. Try again in 20 s.',
    ],
    [
      'zh-CN',
      gql({ code: 'FOREIGN_INVESTED_KEY_UNIT' }),
      '外商投资保安服务公司不得为治安保卫重点单位提供保安服务。',
    ],
    [
      'en',
      new TypeError('Failed to fetch'),
      'Cannot reach the server. Check the connection and try again.',
    ],
    ['en', gql({ code: 'SOMETHING_NEW' }, 'A new rule'), 'The operation failed: A new rule'],
    [
      'zh-CN',
      gql({ code: 'SOMETHING_NEW', serverMessage: 'original' }, '已翻译'),
      '操作失败：original',
    ],
    [
      'zh-CN',
      { code: 'RATE_LIMITED', message: 'x', params: { retryAfterSeconds: 61 }, problems: [] },
      '尝试次数过多，请在 2 分钟后再试。',
    ],
  ] as const)('%s: %j', (locale, error, expected) => {
    expect(formatError(error, translator(locale))).toBe(expected);
  });
});

describe('lists and labels in each language', () => {
  it('joins a list with 、 in Chinese and a comma and space in English', () => {
    expect(formatList(['门卫', '巡逻'], 'zh-CN')).toBe('门卫、巡逻');
    expect(formatList(['Gate duty', 'Patrol'], 'en')).toBe('Gate duty, Patrol');
  });
  it('puts a full-width colon in Chinese and a colon and space in English', () => {
    expect(labelled('答复', '门诊楼', 'zh-CN')).toBe('答复：门诊楼');
    expect(labelled('Answer', '门诊楼', 'en')).toBe('Answer: 门诊楼');
  });
});
