import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type GqlClient,
  type GqlResult,
  type TestServer,
} from '../../../test/test-server';

interface ErrorBody {
  errors: { extensions: { code: string; problems?: { field: string; code: string }[] } }[];
}

let t: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
});
afterAll(() => t.close());

/** GET an export with the client's session, as the console's button does. */
async function download(
  client: GqlClient | null,
  list: string,
  filters?: Record<string, unknown>,
  lang?: string,
) {
  const q = new URLSearchParams();
  if (filters) q.set('filters', JSON.stringify(filters));
  if (lang) q.set('lang', lang);
  const cookie = client ? [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  return fetch(`${t.url}/exports/${list}.xlsx?${q}`, { headers: cookie ? { cookie } : {} });
}

/** The file's one sheet: its header row and its data rows, as plain values. */
async function sheetOf(res: Response) {
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, header: rows[0]!, rows: rows.slice(1) };
}

/** Every node of a list, paged through GraphQL as the console would. */
async function all(client: GqlClient, query: string, field: string, vars = {}) {
  const nodes: Record<string, unknown>[] = [];
  let after: string | null = null;
  do {
    const r: GqlResult = await client.request(query, { ...vars, after });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    nodes.push(...r.data![field].nodes);
    after = r.data![field].pageInfo.hasNextPage ? r.data![field].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('an export', () => {
  it('holds the rows of the list with its filters, headed in the user’s language', async () => {
    const filters = { employmentStatus: 'ACTIVE' };
    const listed = await all(admin, GUARDS, 'guards', filters);
    const res = await download(admin, 'guards', filters);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="guards-/);
    const zh = await sheetOf(res);
    expect(zh.name).toBe('保安员');
    expect(zh.header).toEqual([
      '姓名',
      '保安员证号',
      '证件状态',
      '在职状态',
      '联系电话',
      '入职日期',
    ]);
    expect(zh.rows.map((r) => r[0])).toEqual(listed.map((g) => g.name));
    expect(new Set(zh.rows.map((r) => r[3]))).toEqual(new Set(['在职']));

    const en = await sheetOf(await download(admin, 'guards', filters, 'en'));
    expect(en.name).toBe('Guards');
    expect(en.header[0]).toBe('Name');
    expect(en.rows).toHaveLength(listed.length);
  });

  it('of the audit log counts what the log shows, and is itself audited', async () => {
    const filters = { action: 'auth.' };
    const listed = await all(admin, AUDIT, 'auditEntries', filters);
    const { rows, header } = await sheetOf(await download(admin, 'audit-log', filters));
    expect(header[0]).toBe('时间');
    expect(rows).toHaveLength(listed.length);
    expect(rows.every((r) => String(r[3]).startsWith('auth.'))).toBe(true);
    const [entry] = await t.dataSource.query(
      `SELECT actor_label, detail FROM audit_entry WHERE action = 'export.download' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      actor_label: 'cq.admin',
      detail: { list: 'audit-log', filters, language: 'zh-CN' },
    });
  });

  it('of filings and ratings and the handover book stays within the company', async () => {
    const sc = await t.login('sc.admin');
    const scFilings = await sheetOf(await download(sc, 'filings'));
    expect(scFilings.rows.length).toBeGreaterThan(0);
    expect(new Set(scFilings.rows.map((r) => r[1]))).toEqual(
      new Set(['四川蜀安中外合资保安服务有限公司']),
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback f JOIN company c ON c.id = f.company_id
        WHERE c.name = '重庆保安服务有限公司' AND f.recorded_at >= '2026-01-01T00:00:00+08:00'`,
    );
    const ratings = await sheetOf(await download(admin, 'ratings', { from: '2026-01-01' }));
    expect(ratings.rows).toHaveLength(n);
    const handovers = await sheetOf(await download(sc, 'handovers'));
    const [{ m }] = await t.dataSource.query(
      `SELECT count(*)::int AS m FROM handover h JOIN company c ON c.id = h.company_id
        WHERE c.name LIKE '四川%'`,
    );
    expect(handovers.rows).toHaveLength(m);
  });

  it('is refused as the list is: no session, a role the list does not serve', async () => {
    const anonymous = await download(null, 'audit-log');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorBody).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const supervisor = await t.login('cq.supervisor');
    const refused = await download(supervisor, 'audit-log');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await download(admin, 'nothing')).status).toBe(404);
  });

  it('refuses bad filters with the field at fault', async () => {
    const problems = async (filters: Record<string, unknown>) => {
      const res = await download(admin, 'audit-log', filters);
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      return body.errors[0]!.extensions.problems!.map((p) => [p.field, p.code]);
    };
    expect(await problems({ targetId: 'not-an-id' })).toEqual([['targetId', 'NOT_UUID']]);
    expect(await problems({ colour: 'red' })).toEqual([['colour', 'NOT_ALLOWED']]);
    const guards = await download(admin, 'guards', { certificateStatus: 'PIZZA' });
    expect(guards.status).toBe(400);
    const bad = await fetch(`${t.url}/exports/guards.xlsx?filters=%7Bnope`, {
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(bad.status).toBe(400);
  });
});

const GUARDS = /* GraphQL */ `
  query Guards($first: Int = 100, $after: String, $employmentStatus: EmploymentStatus) {
    guards(first: $first, after: $after, employmentStatus: $employmentStatus) {
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($first: Int = 100, $after: String, $action: String) {
    auditEntries(first: $first, after: $after, action: $action) {
      nodes {
        id
        action
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
