import { fieldProblem, type FieldProblem } from '../common/field-problem';

/** The events that reach a company's people outside the console (issue 12). */
export const NotificationKind = {
  LOW_RATING: 'LOW_RATING',
  HANDOVER_AWAITING_APPROVAL: 'HANDOVER_AWAITING_APPROVAL',
  FILING_RETURNED: 'FILING_RETURNED',
  REPORT_ACKNOWLEDGED: 'REPORT_ACKNOWLEDGED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** Where a company's notifications go: its WeCom group robot, DingTalk custom robot, email. */
export const NotificationChannel = {
  WECOM: 'WECOM',
  DINGTALK: 'DINGTALK',
  EMAIL: 'EMAIL',
} as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];

/** The robots' public webhook addresses: host, path and the query parameter holding the key. */
export const ROBOT_WEBHOOKS = {
  WECOM: {
    host: 'qyapi.weixin.qq.com',
    path: '/cgi-bin/webhook/send',
    key: 'key',
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
  },
  DINGTALK: {
    host: 'oapi.dingtalk.com',
    path: '/robot/send',
    key: 'access_token',
    example: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  },
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether `url` is a webhook of the robot service: https to its host and path with its key.
 * `extraHosts` (configured by the operator, e.g. a test receiver or an outbound gateway) may
 * stand for the host; plain http is accepted only on loopback. Anything else would let a
 * company make the server call arbitrary addresses.
 */
export function isRobotWebhook(
  channel: 'WECOM' | 'DINGTALK',
  url: string,
  extraHosts: readonly string[] = [],
): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const spec = ROBOT_WEBHOOKS[channel];
  if (u.username || u.password) return false;
  if (!u.searchParams.get(spec.key)) return false;
  if (u.hostname === spec.host && u.port === '') {
    return u.protocol === 'https:' && u.pathname === spec.path;
  }
  if (!extraHosts.includes(u.host) && !extraHosts.includes(u.hostname)) return false;
  return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
}

/** A plain address as SMTP takes it: local@domain, no spaces or angle brackets. */
export function isEmailAddress(s: string): boolean {
  return s.length <= 254 && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(s);
}

/** A company's notification settings as an admin submits them (secrets possibly unchanged). */
export interface NotificationSettingsDraft {
  wecomWebhookUrl: string | null;
  dingtalkWebhookUrl: string | null;
  smtpHost: string | null;
  smtpPort: number;
  mailFrom: string | null;
  mailTo: readonly string[];
}

/** What is wrong with a company's notification settings, field by field. */
export function notificationSettingsProblems(
  s: NotificationSettingsDraft,
  extraHosts: readonly string[] = [],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, channel] of [
    ['wecomWebhookUrl', 'WECOM'],
    ['dingtalkWebhookUrl', 'DINGTALK'],
  ] as const) {
    const url = s[field];
    if (url && !isRobotWebhook(channel, url, extraHosts))
      problems.push(
        fieldProblem(field, 'WEBHOOK_URL_INVALID', { example: ROBOT_WEBHOOKS[channel].example }),
      );
  }
  if (!Number.isInteger(s.smtpPort) || s.smtpPort < 1 || s.smtpPort > 65535)
    problems.push(fieldProblem('smtpPort', 'OUT_OF_RANGE', { min: 1, max: 65535 }));
  if (s.mailFrom && !isEmailAddress(s.mailFrom))
    problems.push(fieldProblem('mailFrom', 'EMAIL_INVALID'));
  if (s.mailTo.length > 20) problems.push(fieldProblem('mailTo', 'TOO_MANY', { max: 20 }));
  s.mailTo.forEach((to, i) => {
    if (!isEmailAddress(to)) problems.push(fieldProblem(`mailTo.${i}`, 'EMAIL_INVALID'));
  });
  if (s.mailTo.length > 0 && !s.smtpHost)
    problems.push(fieldProblem('smtpHost', 'SMTP_HOST_REQUIRED'));
  if (s.mailTo.length > 0 && !s.mailFrom) problems.push(fieldProblem('mailFrom', 'REQUIRED'));
  return problems;
}

/** A failed send is tried again this many times in all before it is given up (≈ 14 hours). */
export const MAX_NOTIFICATION_ATTEMPTS = 20;

/**
 * How long to wait before attempt `attempt + 1` after `attempt` failures: doubling from `baseMs`,
 * capped at `capMs`, with ±20 % jitter so replicas and receivers coming back are not hit at once.
 */
export function notificationRetryDelayMs(
  attempt: number,
  { baseMs = 5_000, capMs = 3_600_000 }: { baseMs?: number; capMs?: number } = {},
  random: () => number = Math.random,
): number {
  const exact = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exact * (0.8 + 0.4 * random()));
}

/**
 * What a client is shown of a stored secret: that it is set and its last four characters
 * (enough to tell two apart), never the rest. Short secrets show nothing of themselves.
 */
export function maskSecret(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.length >= 16 ? `••••${value.slice(-4)}` : '••••';
}

/** A webhook address as the settings screen shows it: the host and the key's last characters. */
export function maskWebhookUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return `${u.protocol}//${u.host}${u.pathname}?…${maskSecret(value)!.replace('••••', '')}`;
  } catch {
    return maskSecret(value);
  }
}

export type NotificationLanguage = 'zh-CN' | 'en';

/** The facts of each event that its message tells. */
export type NotificationFacts =
  | {
      kind: 'LOW_RATING';
      unit: string;
      post: string | null;
      rating: number;
      alert: 'ONE_STAR' | 'LOW_SHARE';
      count: number | null;
      lowCount: number | null;
      comment: string | null;
      at: Date;
    }
  | {
      kind: 'HANDOVER_AWAITING_APPROVAL';
      post: string;
      unit: string;
      outgoing: string;
      incoming: string;
      incidentNote: string | null;
      at: Date;
    }
  | {
      kind: 'FILING_RETURNED';
      project: string;
      unit: string;
      organ: string | null;
      reasons: readonly string[];
      at: Date;
    }
  | {
      kind: 'REPORT_ACKNOWLEDGED';
      unit: string;
      organ: string | null;
      note: string | null;
      at: Date;
    };

const time = (at: Date, lang: NotificationLanguage) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);

/** Plain text of a company's record in a message: one line, markdown's marks taken out. */
const plain = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[*_`#>[\]]/g, '')
    .trim();

/**
 * The message of an event, as a title and a few lines (markdown that WeCom, DingTalk and a
 * plain-text email all read), in the company's chosen language.
 */
export function renderNotification(
  facts: NotificationFacts,
  lang: NotificationLanguage = 'zh-CN',
): { title: string; lines: string[] } {
  const zh = lang === 'zh-CN';
  const when = time(facts.at, lang);
  switch (facts.kind) {
    case 'LOW_RATING': {
      const where = facts.post ? `${plain(facts.unit)} · ${plain(facts.post)}` : plain(facts.unit);
      const what =
        facts.alert === 'ONE_STAR'
          ? zh
            ? `收到 ${facts.rating} 星评价`
            : `received a ${facts.rating}-star rating`
          : zh
            ? `近 ${facts.count} 条评价中 ${facts.lowCount} 条为 1–2 星`
            : `${facts.lowCount} of the last ${facts.count} ratings are 1–2 stars`;
      return {
        title: zh ? `低分提醒：${where}` : `Low rating: ${where}`,
        lines: [
          `${where} ${what}`,
          ...(facts.comment
            ? [zh ? `评语：${plain(facts.comment)}` : `Comment: ${plain(facts.comment)}`]
            : []),
          zh ? `时间：${when}` : `Time: ${when}`,
        ],
      };
    }
    case 'HANDOVER_AWAITING_APPROVAL':
      return {
        title: zh
          ? `交接班待审批：${plain(facts.post)}`
          : `Handover awaiting approval: ${plain(facts.post)}`,
        lines: [
          zh
            ? `${plain(facts.unit)} · ${plain(facts.post)}：${plain(facts.outgoing)} 交班给 ${plain(facts.incoming)}，事件仍在处置，需值班主管审批`
            : `${plain(facts.unit)} · ${plain(facts.post)}: ${plain(facts.outgoing)} hands over to ${plain(facts.incoming)} with an incident still being handled; a duty supervisor must approve`,
          ...(facts.incidentNote
            ? [zh ? `事件：${plain(facts.incidentNote)}` : `Incident: ${plain(facts.incidentNote)}`]
            : []),
          zh ? `时间：${when}` : `Time: ${when}`,
        ],
      };
    case 'FILING_RETURNED':
      return {
        title: zh
          ? `备案被退回：${plain(facts.project)}`
          : `Filing returned: ${plain(facts.project)}`,
        lines: [
          zh
            ? `${plain(facts.unit)}「${plain(facts.project)}」的跨区域备案被${facts.organ ? plain(facts.organ) : '公安机关'}退回，请更正后重新提交`
            : `The cross-region filing of "${plain(facts.project)}" at ${plain(facts.unit)} was returned by ${facts.organ ? plain(facts.organ) : 'the police organ'}: correct it and submit again`,
          ...facts.reasons.map((r) => `- ${plain(r)}`),
          zh ? `时间：${when}` : `Time: ${when}`,
        ],
      };
    case 'REPORT_ACKNOWLEDGED':
      return {
        title: zh
          ? `违法请求报告已签收：${plain(facts.unit)}`
          : `Illegal-request report acknowledged: ${plain(facts.unit)}`,
        lines: [
          zh
            ? `${facts.organ ? plain(facts.organ) : '公安机关'}已签收关于 ${plain(facts.unit)} 的违法请求报告`
            : `${facts.organ ? plain(facts.organ) : 'The police organ'} acknowledged the illegal-request report on ${plain(facts.unit)}`,
          ...(facts.note ? [zh ? `备注：${plain(facts.note)}` : `Note: ${plain(facts.note)}`] : []),
          zh ? `时间：${when}` : `Time: ${when}`,
        ],
      };
  }
}
