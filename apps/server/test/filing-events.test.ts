import { REVIEW_CHECKS } from '@cqss/domain';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { crossRegionFiling, SUBMIT_FILING } from './filings';
import { startTestServer, type GqlClient, type TestServer } from './test-server';

// Two replicas on one database sharing the machine's Redis, as behind a load balancer: what is
// submitted through one must reach the officers subscribed on the other.
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let a: TestServer;
let b: TestServer;
const sockets: Client[] = [];

beforeAll(async () => {
  a = await startTestServer({ REDIS_URL: redisUrl });
  b = await startTestServer({ REDIS_URL: redisUrl }, { shareDatabaseWith: a });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await b?.close();
  await a?.close();
});

/** A graphql-ws connection to a server with a signed-in client's session cookie, as a browser opens it. */
function socketAs(server: TestServer, client: GqlClient): Client {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const socket = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
  sockets.push(socket);
  return socket;
}

interface Listener<T> {
  events: T[];
  /** Resolves with the first event that matches, or rejects after a while. */
  next(match: (e: T) => boolean, ms?: number): Promise<T>;
}

/** Subscribes and collects every event; resolves once the server has acknowledged the subscription. */
async function listen<T>(socket: Client, query: string): Promise<Listener<T>> {
  const events: T[] = [];
  const waiters: { match: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on('connected', () => resolve());
    socket.subscribe<T>(
      { query },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          const event = result.data as T;
          events.push(event);
          for (const w of [...waiters]) {
            if (w.match(event)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(event);
            }
          }
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => undefined,
      },
    );
  });
  // The subscription is registered on the server just after the connection: give it a moment.
  await new Promise((r) => setTimeout(r, 150));
  return {
    events,
    next: (match, ms = 5000) =>
      new Promise<T>((resolve, reject) => {
        const found = events.find(match);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error('no such event in time')), ms);
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      }),
  };
}

type FilingEvent = {
  filingEvents: {
    filingId: string;
    status: string;
    resubmission: boolean;
    filing: { id: string; project: string; company: { name: string } };
  };
};

describe('filing events across replicas sharing Redis', () => {
  it('a filing submitted through one replica reaches the addressed officer subscribed on the other, and only them', async () => {
    const cdOfficer = await b.login('cd.police');
    const cqOfficer = await b.login('cq.police');
    const onB = await listen<FilingEvent>(socketAs(b, cdOfficer), FILING_EVENTS);
    const otherOrgan = await listen<FilingEvent>(socketAs(b, cqOfficer), FILING_EVENTS);

    const admin = await a.login('cq.admin');
    const adminOnA = await listen<FilingEvent>(socketAs(a, admin), FILING_EVENTS);
    const { filingId } = await crossRegionFiling(admin, '跨副本');
    const submitted = await admin.request(SUBMIT_FILING, { id: filingId });
    expect(submitted.errors).toBeUndefined();

    const event = await onB.next((e) => e.filingEvents.filingId === filingId);
    expect(event.filingEvents).toMatchObject({
      status: 'SUBMITTED',
      resubmission: false,
      filing: { id: filingId, project: '跨副本项目', company: { name: '重庆保安服务有限公司' } },
    });

    // The organ's decision travels back to the company, across replicas too.
    const claimed = await cdOfficer.request(
      `mutation($id: ID!) { claimFiling(id: $id) { status } }`,
      { id: filingId },
    );
    expect(claimed.errors).toBeUndefined();
    const returned = await cdOfficer.request(
      `mutation($input: ReturnFilingInput!) { returnFiling(input: $input) { status } }`,
      {
        input: {
          id: filingId,
          items: [{ key: 'contract', status: 'REJECTED', reason: '服务内容不明确' }],
        },
      },
    );
    expect(returned.errors).toBeUndefined();
    const decision = await adminOnA.next(
      (e) => e.filingEvents.filingId === filingId && e.filingEvents.status === 'RETURNED',
    );
    expect(decision.filingEvents.filing.id).toBe(filingId);

    // Chongqing's officer heard nothing of a Chengdu filing.
    await new Promise((r) => setTimeout(r, 300));
    expect(otherOrgan.events.filter((e) => e.filingEvents.filingId === filingId)).toEqual([]);
  });

  it('stops delivering to a socket whose session has signed out', async () => {
    const officer = await b.login('cd.police');
    const errors: unknown[] = [];
    const events: unknown[] = [];
    const socket = socketAs(b, officer);
    await new Promise<void>((resolve) => {
      socket.on('connected', () => resolve());
      socket.subscribe(
        { query: FILING_EVENTS },
        {
          next: (r) => (r.errors ? errors.push(...r.errors) : events.push(r.data)),
          error: (e) => errors.push(e),
          complete: () => {},
        },
      );
    });
    await new Promise((r) => setTimeout(r, 150));
    await officer.request(`mutation { logout }`);

    const admin = await a.login('cq.admin');
    const { filingId } = await crossRegionFiling(admin, '已退出');
    expect((await admin.request(SUBMIT_FILING, { id: filingId })).errors).toBeUndefined();
    for (let i = 0; i < 40 && !errors.length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]);
    // Signing out closes the session's sockets on every replica (4401: the client does not retry).
    expect(errors).toEqual([expect.objectContaining({ code: 4401 })]);
  });

  it('refuses a subscription without a session', async () => {
    const socket = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    sockets.push(socket);
    const closed = await new Promise<number>((resolve) => {
      socket.on('closed', (e) => resolve((e as { code: number }).code));
      socket.subscribe(
        { query: FILING_EVENTS },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    expect(closed).toBe(4403);
  });

  it('a new illegal-request report reaches the officers of its organ on the other replica', async () => {
    const cqOfficer = await b.login('cq.police');
    const reports = await listen<{
      illegalRequestReportFiled: { id: string; customerUnitName: string };
    }>(
      socketAs(b, cqOfficer),
      /* GraphQL */ `
        subscription {
          illegalRequestReportFiled {
            id
            customerUnitName
          }
        }
      `,
    );
    const admin = await a.login('cq.admin');
    const units = await admin.request(
      `query { customerUnits(search: "人民医院") { nodes { id address divisionCode } } }`,
    );
    const unit = units.data!.customerUnits.nodes[0];
    const request = await admin.request(
      `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
      {
        input: {
          customerUnitId: unit.id,
          services: ['DEBT_COLLECTION'],
          serviceAddress: unit.address,
          serviceDivisionCode: unit.divisionCode,
          startsOn: '2027-01-01',
          endsOn: '2027-02-01',
          headcount: 1,
          description: '协助催收欠款。',
        },
      },
    );
    const refused = await admin.request(
      `mutation($input: ReviewServiceRequestInput!) { reviewServiceRequest(input: $input) { id } }`,
      {
        input: {
          id: request.data!.submitServiceRequest.id,
          decision: 'REFUSE',
          illegal: true,
          note: '催收欠款违反条例第三十条。',
          answers: REVIEW_CHECKS.map(({ check }) => ({ check, passed: false })),
        },
      },
    );
    expect(refused.errors).toBeUndefined();
    const event = await reports.next(() => true);
    expect(event.illegalRequestReportFiled.customerUnitName).toBe('重庆市渝中区人民医院');

    // The officer acknowledges it on replica b; the reporting company's admin hears it on a, another company does not.
    type Ack = {
      illegalRequestReportAcknowledged: {
        id: string;
        acknowledgedAt: string;
        acknowledgementNote: string;
        acknowledgedBy: { displayName: string };
      };
    };
    const acks = await listen<Ack>(socketAs(a, admin), REPORT_ACKS);
    const otherCompany = await listen<Ack>(socketAs(a, await a.login('sc.admin')), REPORT_ACKS);
    const id = event.illegalRequestReportFiled.id;
    const ack = await cqOfficer.request(
      `mutation($input: AcknowledgeReportInput!) { acknowledgeReport(input: $input) { id } }`,
      { input: { id, note: '已收悉，转辖区派出所核查。' } },
    );
    expect(ack.errors).toBeUndefined();
    const heard = await acks.next((e) => e.illegalRequestReportAcknowledged.id === id);
    expect(heard.illegalRequestReportAcknowledged).toMatchObject({
      acknowledgementNote: '已收悉，转辖区派出所核查。',
      acknowledgedBy: { displayName: expect.any(String) },
    });
    expect(heard.illegalRequestReportAcknowledged.acknowledgedAt).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(otherCompany.events).toEqual([]);
  });

  it("an officer cannot subscribe to the companies' acknowledgements", async () => {
    const officer = await b.login('cq.police');
    const socket = socketAs(b, officer);
    const result = await new Promise<unknown>((resolve) => {
      socket.subscribe(
        { query: REPORT_ACKS },
        { next: (r) => resolve(r), error: (e) => resolve(e), complete: () => undefined },
      );
    });
    expect(JSON.stringify(result)).toMatch(/FORBIDDEN/);
  });
});

const REPORT_ACKS = /* GraphQL */ `
  subscription {
    illegalRequestReportAcknowledged {
      id
      acknowledgedAt
      acknowledgementNote
      acknowledgedBy {
        displayName
      }
    }
  }
`;

const FILING_EVENTS = /* GraphQL */ `
  subscription {
    filingEvents {
      filingId
      status
      resubmission
      filing {
        id
        project
        company {
          name
        }
      }
    }
  }
`;
