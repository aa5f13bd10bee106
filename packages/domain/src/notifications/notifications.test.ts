import { describe, expect, it } from 'vitest';
import {
  isRobotWebhook,
  maskSecret,
  maskWebhookUrl,
  notificationRetryDelayMs,
  notificationSettingsProblems,
  renderNotification,
} from './notifications';

const draft = {
  wecomWebhookUrl: null,
  dingtalkWebhookUrl: null,
  smtpHost: null,
  smtpPort: 465,
  mailFrom: null,
  mailTo: [] as string[],
};

describe('robot webhooks', () => {
  it.each([
    ['WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', [], true],
    ['WECOM', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', [], false],
    ['WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', [], false],
    ['WECOM', 'https://evil.example/cgi-bin/webhook/send?key=abc', [], false],
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=t', [], true],
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send?key=t', [], false],
    ['DINGTALK', 'http://127.0.0.1:9000/robot/send?access_token=t', [], false],
    ['DINGTALK', 'http://127.0.0.1:9000/robot/send?access_token=t', ['127.0.0.1'], true],
    ['DINGTALK', 'http://10.0.0.5/robot/send?access_token=t', ['10.0.0.5'], false],
    ['WECOM', 'not a url', [], false],
  ] as const)('%s %s (extra %j) → %s', (channel, url, extra, ok) => {
    expect(isRobotWebhook(channel, url, extra)).toBe(ok);
  });
});

describe('notificationSettingsProblems', () => {
  it('accepts nothing configured', () => {
    expect(notificationSettingsProblems(draft)).toEqual([]);
  });
  it('names each field at fault', () => {
    const problems = notificationSettingsProblems({
      ...draft,
      wecomWebhookUrl: 'https://example.com/hook',
      smtpPort: 70000,
      mailTo: ['ok@example.com', 'not-an-address'],
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['wecomWebhookUrl', 'WEBHOOK_URL_INVALID'],
      ['smtpPort', 'OUT_OF_RANGE'],
      ['mailTo.1', 'EMAIL_INVALID'],
      ['smtpHost', 'SMTP_HOST_REQUIRED'],
      ['mailFrom', 'REQUIRED'],
    ]);
  });
});

describe('notificationRetryDelayMs', () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [5, 80_000],
    [30, 3_600_000],
  ])('after %i failures waits about %i ms', (attempt, ms) => {
    expect(notificationRetryDelayMs(attempt, {}, () => 0.5)).toBe(ms);
    expect(notificationRetryDelayMs(attempt, {}, () => 0)).toBe(ms * 0.8);
    expect(notificationRetryDelayMs(attempt, {}, () => 1)).toBe(ms * 1.2);
  });
});

describe('masking', () => {
  it('shows only the last four characters of a long secret', () => {
    expect(maskSecret('SECabcdefghijklmnop1234')).toBe('••••1234');
    expect(maskSecret('short')).toBe('••••');
    expect(maskSecret(null)).toBeNull();
  });
  it('shows a webhook by host and path, not its key', () => {
    const url =
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    const shown = maskWebhookUrl(url)!;
    expect(shown).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?…5aaa');
    expect(shown).not.toContain('693a91f6');
  });
});

describe('renderNotification', () => {
  const at = new Date('2026-12-02T01:30:00Z');
  it('tells a one-star rating in Chinese, with where and the comment', () => {
    const m = renderNotification({
      kind: 'LOW_RATING',
      unit: '重庆市渝中区人民医院',
      post: '医院东门岗',
      rating: 1,
      alert: 'ONE_STAR',
      count: null,
      lowCount: null,
      comment: '态度**很差**',
      at,
    });
    expect(m.title).toBe('低分提醒：重庆市渝中区人民医院 · 医院东门岗');
    expect(m.lines[0]).toBe('重庆市渝中区人民医院 · 医院东门岗 收到 1 星评价');
    expect(m.lines[1]).toBe('评语：态度很差');
    expect(m.lines[2]).toContain('09:30');
  });
  it('tells a returned filing in English with each reason', () => {
    const m = renderNotification(
      {
        kind: 'FILING_RETURNED',
        project: 'Mall guarding',
        unit: 'Tianfu Mall',
        organ: 'Chengdu PSB',
        reasons: ['Licence scan unreadable'],
        at,
      },
      'en',
    );
    expect(m.title).toBe('Filing returned: Mall guarding');
    expect(m.lines).toContain('- Licence scan unreadable');
  });
});
