import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';
import { handoverScenario } from '../../../test/operations';
import { problemsOf } from '../../../test/problems';
import { robotReceiver, smtpReceiver } from '../../../test/receivers';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';

// Real receivers on loopback: an HTTP server standing for both robots (it verifies DingTalk's
// signature) and a real SMTP server. The server's own sender delivers the outbox.
const DINGTALK_SECRET = 'SEC0f3c9d2a7b1e4f60a8c5d9e2b7f1a3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9';
const WECOM_KEY = '693a91f6-7aa1-4bc4-97a0-0ec2f1fa5aaa';
const DINGTALK_TOKEN = '8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b';
const SMTP = { user: 'alerts@cqss.example', pass: 'smtp-Pa55-w0rd-9f8e7d' };

let t: TestServer;
let admin: GqlClient;
let robots: Awaited<ReturnType<typeof robotReceiver>>;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
let units: Record<string, string>;

const settings = (over: Record<string, unknown> = {}) => ({
  language: 'zh-CN',
  wecomWebhookUrl: robots.wecomUrl(WECOM_KEY),
  dingtalkWebhookUrl: robots.dingtalkUrl(DINGTALK_TOKEN),
  dingtalkSecret: DINGTALK_SECRET,
  smtpHost: '127.0.0.1',
  smtpPort: smtp.port,
  smtpSecure: false,
  smtpUser: SMTP.user,
  smtpPassword: SMTP.pass,
  mailFrom: 'noreply@cqss.example',
  mailTo: ['duty@cqss.example', 'boss@cqss.example'],
  ...over,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const outbox = (sql = 'TRUE') =>
  t.dataSource.query(
    `SELECT id::int, kind, channel::text, title, body, attempts, sent_at, failed_at, last_error
       FROM notification_outbox WHERE ${sql} ORDER BY id`,
  );

beforeAll(async () => {
  [robots, smtp] = await Promise.all([robotReceiver(DINGTALK_SECRET), smtpReceiver(SMTP)]);
  t = await startTestServer({
    NOTIFY_POLL_MS: '100',
    NOTIFY_RETRY_BASE_MS: '200',
    NOTIFY_WEBHOOK_HOSTS: '127.0.0.1',
  });
  admin = await t.login('cq.admin');
  units = await unitIds(admin);
});
afterAll(async () => {
  await t?.close();
  await Promise.all([robots?.close(), smtp?.close()]);
});

describe('notification settings', () => {
  it('are the admin’s: saved, read back with every secret masked', async () => {
    const saved = await admin.request(UPDATE, { input: settings() });
    expect(saved.errors).toBeUndefined();
    const read = await admin.request(SETTINGS);
    const s = read.data!.notificationSettings;
    expect(s).toMatchObject({
      wecomWebhook: `http://127.0.0.1:${robots.port}/cgi-bin/webhook/send?…5aaa`,
      dingtalkWebhook: `http://127.0.0.1:${robots.port}/robot/send?…8a7b`,
      dingtalkSecret: '••••e8f9',
      smtpPassword: '••••8e7d',
      smtpUser: SMTP.user,
      mailTo: ['duty@cqss.example', 'boss@cqss.example'],
    });
    const text = JSON.stringify(read) + JSON.stringify(saved);
    for (const secret of [WECOM_KEY, DINGTALK_TOKEN, DINGTALK_SECRET, SMTP.pass])
      expect(text).not.toContain(secret);
    // Saving again without the secrets keeps them.
    const again = await admin.request(UPDATE, {
      input: {
        ...settings(),
        wecomWebhookUrl: undefined,
        dingtalkSecret: undefined,
        smtpPassword: undefined,
      },
    });
    expect(again.data!.updateNotificationSettings.dingtalkSecret).toBe('••••e8f9');
    const [row] = await t.dataSource.query(
      `SELECT dingtalk_secret, smtp_password FROM notification_settings s JOIN company c ON c.id = s.company_id`,
    );
    expect(row).toEqual({ dingtalk_secret: DINGTALK_SECRET, smtp_password: SMTP.pass });
    const [audit] = await t.dataSource.query(
      `SELECT detail FROM audit_entry WHERE action = 'notification.settings' ORDER BY created_at LIMIT 1`,
    );
    expect(audit.detail.channels).toEqual(['WECOM', 'DINGTALK', 'EMAIL']);
    expect(JSON.stringify(audit)).not.toContain(DINGTALK_SECRET);
  });

  it('refuse an address that is not a robot webhook, naming the field', async () => {
    const r = await admin.request(UPDATE, {
      input: settings({
        wecomWebhookUrl: 'https://evil.example/cgi-bin/webhook/send?key=x',
        mailTo: ['nobody'],
      }),
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({
      wecomWebhookUrl: 'WEBHOOK_URL_INVALID',
      'mailTo.0': 'EMAIL_INVALID',
    });
  });

  it('are not for a duty supervisor', async () => {
    const supervisor = await t.login('cq.supervisor');
    expect(codes(await supervisor.request(SETTINGS))).toEqual(['FORBIDDEN']);
    expect(codes(await supervisor.request(UPDATE, { input: settings() }))).toEqual(['FORBIDDEN']);
  });
});

describe('a one-star rating', () => {
  it('reaches the WeCom robot, the DingTalk robot (signed) and the mailbox, once each', async () => {
    await admin.request(UPDATE, { input: settings() });
    const { kiosk } = await pairedKiosk(t, admin, units['重庆市渝中区人民医院']!);
    const before = { robots: robots.received.length, mail: smtp.mailbox.length };
    expect((await submit(kiosk, { rating: 1, comment: '保安态度很差' })).errors).toBeUndefined();

    await expect.poll(() => robots.received.length - before.robots, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => smtp.mailbox.length - before.mail, { timeout: 10_000 }).toBe(1);
    const [wecom] = robots.received.slice(before.robots).filter((m) => m.robot === 'wecom');
    const [ding] = robots.received.slice(before.robots).filter((m) => m.robot === 'dingtalk');
    expect(wecom).toMatchObject({ key: WECOM_KEY });
    expect(wecom!.text).toContain('**低分提醒：重庆市渝中区人民医院**');
    expect(wecom!.text).toContain('收到 1 星评价');
    expect(wecom!.text).toContain('评语：保安态度很差');
    expect(ding).toMatchObject({ key: DINGTALK_TOKEN, title: '低分提醒：重庆市渝中区人民医院' });
    expect(robots.refused).toEqual([]);
    const mail = smtp.mailbox.at(-1)!;
    expect(mail).toMatchObject({
      from: 'noreply@cqss.example',
      to: ['duty@cqss.example', 'boss@cqss.example'],
      subject: '低分提醒：重庆市渝中区人民医院',
      user: SMTP.user,
    });
    expect(mail.text).toContain('评语：保安态度很差');
    expect(mail.messageId).toMatch(/^<notification-\d+@cqss\.local>$/);

    await sleep(500); // nothing more comes
    expect(robots.received.length - before.robots).toBe(2);
    expect(smtp.mailbox.length - before.mail).toBe(1);
  });

  it('waits for a receiver that is down and is delivered once when it is back', async () => {
    const { kiosk } = await pairedKiosk(t, admin, units['重庆市渝中区人民医院']!);
    const before = robots.received.length;
    robots.state.down = true;
    expect((await submit(kiosk, { rating: 1 })).errors).toBeUndefined();
    await expect
      .poll(async () => (await outbox(`channel = 'WECOM' AND sent_at IS NULL`))[0]?.attempts ?? 0, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2);
    const [waiting] = await outbox(`channel = 'WECOM' AND sent_at IS NULL`);
    expect(waiting.last_error).toBe('WeCom: HTTP 503');
    expect(waiting.last_error).not.toContain(WECOM_KEY);
    expect(robots.received.length).toBe(before);

    robots.state.down = false;
    await expect.poll(() => robots.received.length - before, { timeout: 15_000 }).toBe(2);
    await sleep(600);
    expect(robots.received.length - before).toBe(2);
    const [sent] = await outbox(`id = ${waiting.id}`);
    expect(sent.sent_at).toBeTruthy();
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
  });

  it('is not sent where the company configured nothing, nor for a refused rating', async () => {
    const sc = await t.login('sc.admin');
    const scUnits = await unitIds(sc);
    const { kiosk } = await pairedKiosk(t, sc, Object.values(scUnits)[0]!);
    const before = (await outbox()).length;
    expect((await submit(kiosk, { rating: 1 })).errors).toBeUndefined();
    expect(codes(await submit(kiosk, { rating: 1 }))).toEqual(['RATE_LIMITED']);
    expect((await outbox()).length).toBe(before);
  });
});

describe('the other events', () => {
  it('put a handover awaiting approval, a returned filing and an acknowledged report in the outbox', async () => {
    const sc = await t.login('sc.admin');
    await sc.request(UPDATE, {
      input: {
        ...settings(),
        dingtalkWebhookUrl: null,
        dingtalkSecret: null,
        mailTo: [],
        language: 'en',
      },
    });
    const s = await handoverScenario(t, admin, '通知');
    const started = await s.outgoing.request(START_HANDOVER, {
      input: {
        postId: s.postId,
        postStatus: '岗位正常',
        items: [{ name: '对讲机', quantity: 1 }],
        incidentOpen: true,
        incidentNote: '访客争执，民警在场处理',
      },
    });
    expect(started.errors).toBeUndefined();
    const h = started.data!.startHandover;
    const inspected = await s.incoming.request(INSPECT_HANDOVER, {
      input: { id: h.id, version: h.version, findings: '争执仍在处理' },
    });
    expect(inspected.data!.inspectHandover.state).toBe('AWAITING_APPROVAL');

    const police = await t.login('cq.police');
    const [report] = await t.dataSource.query(
      `SELECT id FROM illegal_request_report WHERE acknowledged_at IS NULL LIMIT 1`,
    );
    expect(
      (await police.request(ACK_REPORT, { input: { id: report.id, note: '已登记' } })).errors,
    ).toBeUndefined();

    const [filing] = await t.dataSource.query(
      `SELECT f.id FROM filing f JOIN company c ON c.id = f.company_id
        WHERE c.name LIKE '四川%' AND f.status = 'SUBMITTED' LIMIT 1`,
    );
    expect((await police.request(CLAIM_FILING, { id: filing.id })).errors).toBeUndefined();
    const returned = await police.request(RETURN_FILING, {
      input: {
        id: filing.id,
        items: [{ key: 'project-leader', status: 'REJECTED', reason: '负责人电话无法接通' }],
      },
    });
    expect(returned.errors).toBeUndefined();

    await expect
      .poll(
        async () =>
          (await outbox(`kind <> 'LOW_RATING'`)).map((r: Record<string, unknown>) => [
            r.kind,
            r.channel,
            r.title,
            Boolean(r.sent_at),
          ]),
        { timeout: 10_000 },
      )
      .toEqual([
        ['HANDOVER_AWAITING_APPROVAL', 'WECOM', '交接班待审批：通知岗', true],
        ['HANDOVER_AWAITING_APPROVAL', 'DINGTALK', '交接班待审批：通知岗', true],
        ['HANDOVER_AWAITING_APPROVAL', 'EMAIL', '交接班待审批：通知岗', true],
        ['REPORT_ACKNOWLEDGED', 'WECOM', expect.stringMatching(/^违法请求报告已签收：/), true],
        ['REPORT_ACKNOWLEDGED', 'DINGTALK', expect.stringMatching(/^违法请求报告已签收：/), true],
        ['REPORT_ACKNOWLEDGED', 'EMAIL', expect.stringMatching(/^违法请求报告已签收：/), true],
        ['FILING_RETURNED', 'WECOM', expect.stringMatching(/^Filing returned: /), true],
      ]);
    const [filed] = await outbox(`kind = 'FILING_RETURNED'`);
    expect(filed.body).toContain('- 负责人电话无法接通');
    const [handover] = await outbox(`kind = 'HANDOVER_AWAITING_APPROVAL'`);
    expect(handover.body).toContain('事件：访客争执，民警在场处理');
  });
});

describe('the sender', () => {
  it('on two replicas, stopped and started again midway, delivers every message exactly once', async () => {
    const replica = await startTestServer(
      { NOTIFY_POLL_MS: '50', NOTIFY_RETRY_BASE_MS: '200', NOTIFY_WEBHOOK_HOSTS: '127.0.0.1' },
      { shareDatabaseWith: t },
    );
    try {
      robots.state.delayMs = 15;
      const before = robots.received.length;
      await t.dataSource.query(
        `WITH c AS (SELECT company_id FROM notification_settings s
                      JOIN company ON company.id = s.company_id WHERE company.name LIKE '重庆%')
         INSERT INTO notification_outbox (company_id, kind, subject_id, channel, title, body)
         SELECT c.company_id, 'LOW_RATING', gen_random_uuid(), 'WECOM', 'batch #' || i, 'b'
           FROM c, generate_series(1, 60) AS i`,
      );
      await expect
        .poll(() => robots.received.length - before, { timeout: 10_000 })
        .toBeGreaterThan(15);
      // A rolling restart of both: each stops (finishing what it has in flight) and starts again.
      await replica.server.notifications!.stop();
      await t.server.notifications!.stop();
      const midway = robots.received.length - before;
      expect(midway).toBeLessThan(60);
      replica.server.notifications!.start();
      t.server.notifications!.start();
      await expect.poll(() => robots.received.length - before, { timeout: 20_000 }).toBe(60);
      await sleep(500);
      const titles = robots.received.slice(before).map((m) => /batch #\d+/.exec(m.text)![0]);
      expect(new Set(titles).size).toBe(60);
      expect(titles).toHaveLength(60);
      expect(await outbox(`title LIKE 'batch #%' AND sent_at IS NULL`)).toEqual([]);
    } finally {
      robots.state.delayMs = 0;
      await replica.close();
    }
  });
});

const FIELDS = /* GraphQL */ `
  fragment Settings on NotificationSettings {
    language
    wecomWebhook
    dingtalkWebhook
    dingtalkSecret
    smtpHost
    smtpPort
    smtpSecure
    smtpUser
    smtpPassword
    mailFrom
    mailTo
    updatedAt
  }
`;
const SETTINGS = /* GraphQL */ `
  ${FIELDS}
  query NotificationSettings {
    notificationSettings {
      ...Settings
    }
  }
`;
const UPDATE = /* GraphQL */ `
  ${FIELDS}
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...Settings
    }
  }
`;
const START_HANDOVER = /* GraphQL */ `
  mutation StartHandover($input: StartHandoverInput!) {
    startHandover(input: $input) {
      id
      version
      state
    }
  }
`;
const INSPECT_HANDOVER = /* GraphQL */ `
  mutation InspectHandover($input: InspectHandoverInput!) {
    inspectHandover(input: $input) {
      id
      state
    }
  }
`;
const ACK_REPORT = /* GraphQL */ `
  mutation AcknowledgeReport($input: AcknowledgeReportInput!) {
    acknowledgeReport(input: $input) {
      id
    }
  }
`;
const CLAIM_FILING = /* GraphQL */ `
  mutation ClaimFiling($id: ID!) {
    claimFiling(id: $id) {
      id
    }
  }
`;
const RETURN_FILING = /* GraphQL */ `
  mutation ReturnFiling($input: ReturnFilingInput!) {
    returnFiling(input: $input) {
      id
      status
    }
  }
`;
