import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';

let t: TestServer;
let cqAdmin: GqlClient;

beforeAll(async () => {
  t = await startTestServer();
  await t.client().request(LOGIN, { input: { username: 'cq.guard1', password: 'wrong' } });
  cqAdmin = await t.login('cq.admin');
  await t.login('sc.admin');
});
afterAll(() => t.close());

describe('successful audit', () => {
  it('records sign-ins and failed sign-ins of the company, newest first, with who and from where', async () => {
    const r = await cqAdmin.request(AUDIT, { action: 'auth.' });
    const entries = r.data!.auditEntries.nodes;
    expect(entries.map((e: any) => [e.action, e.actorLabel])).toEqual([
      ['auth.login', 'cq.admin'],
      ['auth.login_failed', 'cq.guard1'],
    ]);
    expect(entries[0]).toMatchObject({
      actorRole: 'COMPANY_ADMIN',
      targetType: 'User',
      ip: expect.any(String),
    });
  });

  it('records kiosk registration in the same transaction as the act', async () => {
    const units = await cqAdmin.request(`query { customerUnits(first: 1) { nodes { id } } }`);
    const reg = await cqAdmin.request(REGISTER, {
      input: { customerUnitId: units.data!.customerUnits.nodes[0].id, name: '审计测试' },
    });
    const deviceId = reg.data!.registerKiosk.device.id;
    const r = await cqAdmin.request(AUDIT, { targetId: deviceId });
    expect(r.data!.auditEntries.nodes).toMatchObject([
      { action: 'kiosk.register', detail: { name: '审计测试' } },
    ]);
  });
});

describe('failing audit', () => {
  it("never shows one company's entries to another", async () => {
    const sc = await t.login('sc.admin');
    const r = await sc.request(AUDIT, {});
    expect(r.data!.auditEntries.nodes.every((e: any) => e.actorLabel === 'sc.admin')).toBe(true);
  });

  it('is not for guards', async () => {
    expect(codes(await (await t.login('cq.guard2')).request(AUDIT, {}))).toEqual(['FORBIDDEN']);
  });

  it('cannot be changed or deleted, even with plain SQL', async () => {
    await expect(t.dataSource.query(`UPDATE audit_entry SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(n).toBeGreaterThan(0);
  });

  it('offers no mutation that touches it', async () => {
    const r = await cqAdmin.request(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = r.data!.__schema.mutationType.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($action: String, $targetId: ID) {
    auditEntries(first: 50, action: $action, targetId: $targetId) {
      nodes {
        action
        actorLabel
        actorRole
        targetType
        targetId
        detail
        ip
        createdAt
      }
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      device {
        id
      }
    }
  }
`;
