import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { makePost, pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let units: Record<string, string>;
const MALL = '成都天府国际商城';
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const sockets: Client[] = [];

/** A graphql-ws subscription as a signed-in browser would open it (its cookies on the handshake). */
async function listen(client: GqlClient) {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const events: any[] = [];
  const errors: unknown[] = [];
  let connected!: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  const ws = createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols: string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    on: { connected: () => connected() },
    retryAttempts: 0,
  });
  sockets.push(ws);
  ws.subscribe(
    { query: ALERT_RAISED },
    {
      next: (v) => (v.errors ? errors.push(...v.errors) : events.push(v.data!.feedbackAlertRaised)),
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  await ready;
  // The subscribe message is handled after the connection ack: give it a moment.
  await new Promise((r) => setTimeout(r, 300));
  return { events, errors };
}

const until = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
};

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor] = await Promise.all([t.login('cq.admin'), t.login('cq.supervisor')]);
  units = await unitIds(admin);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await t.close();
});

describe('low-rating alerts', () => {
  it("raises a 1-star rating live to the post's supervisor and the company's admins, to no one else", async () => {
    const postId = await makePost(t, units[MALL]!, '商城正门岗', 'cq.supervisor');
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!, { postId });
    const toSupervisor = await listen(supervisor);
    const toAdmin = await listen(admin);
    const otherCompany = await listen(await t.login('sc.admin'));
    const guard = await listen(await t.login('cq.guard1'));

    const r = await submit(kiosk, { rating: 1, comment: '门口没人', recordedAt: ago(1) });
    await until(() => toSupervisor.events.length > 0 && toAdmin.events.length > 0);
    expect(toSupervisor.events).toEqual([
      {
        kind: 'ONE_STAR',
        rating: 1,
        acknowledgedAt: null,
        customerUnit: { name: MALL },
        post: { name: '商城正门岗' },
        supervisor: { displayName: '李明' },
        feedback: { id: r.data!.submitFeedback.id, comment: '门口没人' },
      },
    ]);
    expect(toAdmin.events).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(otherCompany.events).toEqual([]);
    expect(guard.events).toEqual([]);
  });

  it('raises nothing for a 2-star rating alone, or a good one', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    await submit(kiosk, { rating: 2, recordedAt: ago(100) });
    await submit(kiosk, { rating: 5, recordedAt: ago(50) });
    expect(await alertsOf(deviceId)).toEqual([]);
  });

  it("addresses a rating without a post to the company's duty supervisors", async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const toSupervisor = await listen(supervisor);
    await submit(kiosk, { rating: 1, recordedAt: ago(1) });
    await until(() => toSupervisor.events.length > 0);
    expect(toSupervisor.events[0]).toMatchObject({
      kind: 'ONE_STAR',
      post: null,
      supervisor: null,
    });
    // (Earlier ratings at the mall may add a LOW_SHARE alert: addressed the same way.)
    const alerts = await alertsOf(deviceId);
    expect(alerts).toContainEqual({ kind: 'ONE_STAR', supervisor_id: null });
    expect(alerts.every((a: { supervisor_id: string | null }) => a.supervisor_id === null)).toBe(
      true,
    );
  });

  it('raises LOW_SHARE once when half of a unit’s ratings in 15 minutes are low (at least 4)', async () => {
    const unit = units['长江国家数据中心']!;
    const postId = await makePost(t, unit, '数据中心侧门岗', 'cq.supervisor');
    const { kiosk, deviceId } = await pairedKiosk(t, admin, unit, { postId });
    // The seed's ratings at this unit are all from earlier days; these four are the window.
    for (const [rating, s] of [
      [5, 600],
      [2, 500],
      [4, 400],
      [2, 300],
      [2, 200],
    ] as const)
      expect((await submit(kiosk, { rating, recordedAt: ago(s) })).errors).toBeUndefined();
    const alerts = await alertsOf(deviceId);
    expect(alerts).toEqual([{ kind: 'LOW_SHARE', supervisor_id: expect.any(String) }]);
    const [row] = await t.dataSource.query(
      `SELECT count, low_count, f.rating FROM feedback_alert a JOIN feedback f ON f.id = a.feedback_id WHERE f.device_id = $1`,
      [deviceId],
    );
    expect(row).toEqual({ count: 4, low_count: 2, rating: 2 });
  });

  it('follows the company settings an admin changes (audited); a supervisor may read them only', async () => {
    expect((await supervisor.request(SETTINGS)).data!.feedbackSettings).toEqual({
      oneStarAlert: true,
      windowMinutes: 15,
      minRatings: 4,
      lowShare: 0.5,
      updatedAt: null,
    });
    const quiet = { oneStarAlert: false, windowMinutes: 30, minRatings: 6, lowShare: 0.4 };
    expect(codes(await supervisor.request(UPDATE_SETTINGS, { input: quiet }))).toEqual([
      'FORBIDDEN',
    ]);
    const r = await admin.request(UPDATE_SETTINGS, { input: quiet });
    expect(r.data!.updateFeedbackSettings).toMatchObject({
      ...quiet,
      updatedAt: expect.any(String),
    });

    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    await submit(kiosk, { rating: 1, recordedAt: ago(1) });
    expect(await alertsOf(deviceId)).toEqual([]);
    // Another company keeps its own (default) settings.
    const sc = await t.login('sc.admin');
    expect((await sc.request(SETTINGS)).data!.feedbackSettings.oneStarAlert).toBe(true);
    const audit = await admin.request(
      `{ auditEntries(first: 5, action: "feedback.settings") { nodes { detail } } }`,
    );
    expect(audit.data!.auditEntries.nodes[0].detail).toEqual(quiet);
    await admin.request(UPDATE_SETTINGS, {
      input: { oneStarAlert: true, windowMinutes: 15, minRatings: 4, lowShare: 0.5 },
    });
  });

  it.each([
    ['lowShare', { lowShare: 0 }],
    ['lowShare', { lowShare: 1.5 }],
    ['windowMinutes', { windowMinutes: 0 }],
    ['minRatings', { minRatings: 0 }],
  ])('refuses settings with a bad %s', async (field, patch) => {
    const r = await admin.request(UPDATE_SETTINGS, {
      input: { oneStarAlert: true, windowMinutes: 15, minRatings: 4, lowShare: 0.5, ...patch },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(problemsOf(r))).toEqual([field]);
  });
});

describe('the alert list', () => {
  it('lets the supervisor acknowledge an alert once, with what was done', async () => {
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!);
    await submit(kiosk, { rating: 1, recordedAt: ago(1) });
    const open = await supervisor.request(ALERTS, { open: true });
    const alert = open.data!.feedbackAlerts.nodes[0];
    expect(alert).toMatchObject({ kind: 'ONE_STAR', acknowledgedAt: null });

    expect(
      codes(await supervisor.request(ACK, { input: { id: alert.id, comment: '  ' } })),
    ).toEqual(['BAD_USER_INPUT']);
    const sc = await t.login('sc.admin');
    expect(codes(await sc.request(ACK, { input: { id: alert.id, comment: '看看' } }))).toEqual([
      'NOT_FOUND',
    ]);
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(ACK, { input: { id: alert.id, comment: '看看' } }))).toEqual([
      'FORBIDDEN',
    ]);

    const ack = await supervisor.request(ACK, {
      input: { id: alert.id, comment: '已致电客户并安排班长回访' },
    });
    expect(ack.data!.acknowledgeFeedbackAlert).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgeComment: '已致电客户并安排班长回访',
      acknowledgedBy: { displayName: '李明' },
    });
    expect(codes(await admin.request(ACK, { input: { id: alert.id, comment: '再次' } }))).toEqual([
      'CONFLICT',
    ]);
    const still = await supervisor.request(ALERTS, { open: true });
    expect(still.data!.feedbackAlerts.nodes.map((a: { id: string }) => a.id)).not.toContain(
      alert.id,
    );
  });

  it('shows a supervisor only the alerts addressed to them or to every duty supervisor', async () => {
    await t.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, company_id, password_hash)
       SELECT 'cq.supervisor2', '周强', 'DUTY_SUPERVISOR', company_id, password_hash FROM app_user WHERE username = 'cq.supervisor'`,
    );
    const other = await t.login('cq.supervisor2');
    const mine = await other.request(ALERTS, {});
    const names = mine.data!.feedbackAlerts.nodes.map(
      (a: any) => a.supervisor?.displayName ?? null,
    );
    expect(names.every((n: string | null) => n === null)).toBe(true);
    const all = await admin.request(ALERTS, { first: 100 });
    expect(all.data!.feedbackAlerts.nodes.length).toBeGreaterThan(
      mine.data!.feedbackAlerts.nodes.length,
    );
  });

  it('lists alerts in a fixed number of statements', async () => {
    // Both pages hold open and acknowledged alerts, with and without a post and a supervisor.
    await admin.request(ALERTS, { first: 10 });
    const few = await t.countStatements(() => admin.request(ALERTS, { first: 10 }));
    const many = await t.countStatements(() => admin.request(ALERTS, { first: 100 }));
    expect(many).toBe(few);
    expect(few).toBe(5); // the page, then feedback, units, posts and users (one batch for both roles) by id
  });
});

const alertsOf = (deviceId: string) =>
  t.dataSource.query(
    `SELECT a.kind, a.supervisor_id FROM feedback_alert a JOIN feedback f ON f.id = a.feedback_id WHERE f.device_id = $1 ORDER BY a.created_at`,
    [deviceId],
  );

const ALERT_RAISED = /* GraphQL */ `
  subscription {
    feedbackAlertRaised {
      kind
      rating
      acknowledgedAt
      customerUnit {
        name
      }
      post {
        name
      }
      supervisor {
        displayName
      }
      feedback {
        id
        comment
      }
    }
  }
`;
const ALERTS = /* GraphQL */ `
  query Alerts($open: Boolean, $first: Int! = 20) {
    feedbackAlerts(open: $open, first: $first) {
      nodes {
        id
        kind
        rating
        createdAt
        acknowledgedAt
        acknowledgeComment
        customerUnit {
          name
        }
        post {
          name
        }
        supervisor {
          displayName
        }
        acknowledgedBy {
          displayName
        }
        feedback {
          comment
          tags
          recordedAt
        }
      }
    }
  }
`;
const ACK = /* GraphQL */ `
  mutation Ack($input: AcknowledgeFeedbackAlertInput!) {
    acknowledgeFeedbackAlert(input: $input) {
      id
      acknowledgedAt
      acknowledgeComment
      acknowledgedBy {
        displayName
      }
    }
  }
`;
const SETTINGS = /* GraphQL */ `
  query {
    feedbackSettings {
      oneStarAlert
      windowMinutes
      minRatings
      lowShare
      updatedAt
    }
  }
`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation Update($input: FeedbackSettingsInput!) {
    updateFeedbackSettings(input: $input) {
      oneStarAlert
      windowMinutes
      minRatings
      lowShare
      updatedAt
    }
  }
`;
