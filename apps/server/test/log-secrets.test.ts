import { spawn } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { creditCodeCheckChar, idNumberCheckChar } from '@cqss/domain';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { robotReceiver } from './receivers';
import { GqlClient } from './test-server';

// A whole working session against the real server process, logging at debug to its stdout as
// deployed: then every secret the session used is looked for in what the process wrote.
const serverUrl = inject('databaseServerUrl');
const dbName = `cqss_test_logs_${randomBytes(4).toString('hex')}`;

async function admin(sql: string) {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const idNumber = () => {
  const first17 = `5001031985${String(randomInt(1, 13)).padStart(2, '0')}1${digits(4)}`;
  return first17 + idNumberCheckChar(first17);
};
const creditCode = () => {
  const first17 = `91500103MA${digits(7)}`;
  return first17 + creditCodeCheckChar(first17);
};

const secrets = {
  wrongPassword: `Wr0ng-${digits(8)}`,
  password: DEMO_PASSWORD,
  unitPhone: `023-6${digits(7)}`,
  badPhone: `x139${digits(8)}`,
  guardIdNumber: idNumber(),
  guardPhone: `139${digits(8)}`,
  forgedSession: `forged.${randomBytes(16).toString('hex')}`,
  wecomKey: randomBytes(16).toString('hex'),
  dingtalkToken: randomBytes(16).toString('hex'),
  dingtalkSecret: `SEC${randomBytes(24).toString('hex')}`,
  smtpPassword: `smtp-${randomBytes(12).toString('hex')}`,
  sessionToken: '',
  pairingCode: '',
  deviceToken: '',
};

let output = '';
let robots: Awaited<ReturnType<typeof robotReceiver>>;
let metrics = '';
const requestIds: string[] = [];
const metricsToken = randomBytes(24).toString('hex');

/** Sends an operation and keeps the request id the server answered with. */
async function send(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  const res = await client.post(body);
  requestIds.push(res.headers.get('x-request-id')!);
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${dbName}`);
  // Robots that are down: the sender's failures are logged too.
  robots = await robotReceiver(secrets.dingtalkSecret);
  robots.state.down = true;
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const child = spawn(
    process.execPath,
    ['--conditions=@cqss/source', '-r', '@swc-node/register', 'src/main.ts'],
    {
      cwd: path.join(__dirname, '..'),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'debug',
        SLOW_OPERATION_MS: '0', // every operation is "slow": its log line is checked too
        DATABASE_URL: url.toString(),
        SEED_DEMO: 'true',
        PORT: '0',
        PASSWORD_HASH_COST: '10',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        APPS_DIR: '/nonexistent',
        METRICS_TOKEN: metricsToken,
        NOTIFY_WEBHOOK_HOSTS: '127.0.0.1',
        NOTIFY_POLL_MS: '200',
      },
    },
  );
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const until = Date.now() + 60_000;
    while (!output.includes('CQSS platform ready')) {
      if (Date.now() > until) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const base = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(output)![1]!;
    await journey(base);
    const scrape = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    metrics = await scrape.text();
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}, 120_000);

afterAll(async () => {
  await robots?.close();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

/** An admin's working session and a lobby kiosk's first rating. */
async function journey(base: string) {
  const office = new GqlClient(base);
  const refused = await send(office, LOGIN, {
    input: { username: 'cq.admin', password: secrets.wrongPassword },
  });
  expect(refused.errors).toBeDefined();
  expect(
    (await send(office, LOGIN, { input: { username: 'cq.admin', password: DEMO_PASSWORD } }))
      .errors,
  ).toBeUndefined();
  secrets.sessionToken = office.cookies.get('cqss_session')!;

  const unit = {
    name: '重庆日志测试大厦',
    creditCode: creditCode(),
    address: '重庆市渝中区解放碑1号',
    divisionCode: '500103',
    contactName: '钱主任',
    contactPhone: secrets.badPhone,
    isKeyUnit: false,
    keyUnitAuthority: null,
  };
  const badUnit = await send(office, CREATE_UNIT, { input: unit });
  expect(badUnit.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  const created = await send(office, CREATE_UNIT, {
    input: { ...unit, contactPhone: secrets.unitPhone },
  });
  expect(created.errors).toBeUndefined();
  const unitId: string = created.data.createCustomerUnit.id;

  const guard = {
    name: '吴敏',
    idNumber: secrets.guardIdNumber,
    certificateNo: `渝保证${digits(7)}`,
    certificateStatus: 'VALID',
    phone: secrets.guardPhone,
    hiredOn: '2024-05-06',
  };
  expect((await send(office, CREATE_GUARD, { input: guard })).errors).toBeUndefined();
  const twice = await send(office, CREATE_GUARD, { input: { ...guard, certificateNo: null } });
  expect(twice.errors).toBeDefined(); // the same ID number again

  const notifications = await send(office, UPDATE_NOTIFICATIONS, {
    input: {
      language: 'zh-CN',
      wecomWebhookUrl: robots.wecomUrl(secrets.wecomKey),
      dingtalkWebhookUrl: robots.dingtalkUrl(secrets.dingtalkToken),
      dingtalkSecret: secrets.dingtalkSecret,
      smtpHost: '127.0.0.1',
      smtpPort: 9, // nothing listens: the email fails as well
      smtpSecure: false,
      smtpUser: 'alerts@example.com',
      smtpPassword: secrets.smtpPassword,
      mailFrom: 'alerts@example.com',
      mailTo: ['duty@example.com'],
    },
  });
  expect(notifications.errors).toBeUndefined();

  const registered = await send(office, REGISTER_KIOSK, {
    input: { customerUnitId: unitId, name: '大堂评价器' },
  });
  expect(registered.errors).toBeUndefined();
  secrets.pairingCode = registered.data.registerKiosk.pairingCode;

  const kiosk = new GqlClient(base);
  expect(
    (await send(kiosk, PAIR_KIOSK, { input: { code: secrets.pairingCode } })).errors,
  ).toBeUndefined();
  secrets.deviceToken = kiosk.cookies.get('cqss_device')!;
  const rating = await send(kiosk, SUBMIT_FEEDBACK, {
    input: {
      idempotencyKey: randomUUID(),
      rating: 1,
      comment: '门卫态度不好',
      recordedAt: new Date().toISOString(),
    },
  });
  expect(rating.errors).toBeUndefined();
  // The one-star rating's notifications are tried (and fail) on each channel before we look.
  const until = Date.now() + 20_000;
  while ((output.match(/notification not delivered/g) ?? []).length < 3 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 100));
  expect((output.match(/notification not delivered/g) ?? []).length).toBeGreaterThanOrEqual(3);

  const forged = new GqlClient(base);
  forged.cookies.set('cqss_session', secrets.forgedSession);
  expect((await send(forged, `query Me { me { id } }`)).errors?.[0]?.extensions.code).toBe(
    'UNAUTHENTICATED',
  );
  expect((await send(office, LOGOUT)).errors).toBeUndefined();
}

const lines = () =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('logs at debug, after a working session', () => {
  it("and the metrics hold none of its secrets either, and count the process from the server's start", () => {
    for (const secret of Object.values(secrets)) expect(metrics.includes(secret)).toBe(false);
    expect(metrics).toMatch(
      /^cqss_graphql_requests_total\{operation="CreateGuard",code="OK"\} 1$/m,
    );
    // Starting, migrating and seeding took CPU, and the event loop was watched all along.
    expect(Number(/^process_cpu_seconds_total (\S+)$/m.exec(metrics)![1])).toBeGreaterThan(0.2);
    expect(Number(/^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(metrics)![1])).toBeGreaterThan(
      0,
    );
  });

  it('hold none of the secrets it used', () => {
    expect(lines().some((l) => l.msg === 'graphql request')).toBe(true);
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret, name).toBeTruthy();
      expect(output.includes(secret), `${name} appears in the log`).toBe(false);
    }
  });

  it('carry the request id on each line of a request, the one its answer carried', () => {
    const ofRequests = lines().filter((l) => l.msg === 'graphql request');
    expect(ofRequests.map((l) => l.requestId).sort()).toEqual([...requestIds].sort());
    for (const name of [
      'Login',
      'CreateCustomerUnit',
      'CreateGuard',
      'PairKiosk',
      'SubmitFeedback',
    ])
      expect(ofRequests.map((l) => l.operation)).toContain(name);
  });

  it('name the slow operation, never its variables', () => {
    const slow = lines().filter((l) => l.msg === 'slow operation');
    expect(slow).toHaveLength(requestIds.length);
    for (const line of slow) {
      expect(Object.keys(line).sort()).toEqual(
        ['hostname', 'level', 'ms', 'msg', 'operation', 'pid', 'requestId', 'time'].sort(),
      );
      expect(requestIds).toContain(line.requestId);
    }
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout
  }
`;
const CREATE_UNIT = /* GraphQL */ `
  mutation CreateCustomerUnit($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      id
      contactPhone
    }
  }
`;
const CREATE_GUARD = /* GraphQL */ `
  mutation CreateGuard($input: CreateGuardInput!) {
    createGuard(input: $input) {
      id
      idNumber
    }
  }
`;
const UPDATE_NOTIFICATIONS = /* GraphQL */ `
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      dingtalkSecret
    }
  }
`;
const REGISTER_KIOSK = /* GraphQL */ `
  mutation RegisterKiosk($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
    }
  }
`;
const PAIR_KIOSK = /* GraphQL */ `
  mutation PairKiosk($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
    }
  }
`;
const SUBMIT_FEEDBACK = /* GraphQL */ `
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      id
    }
  }
`;
