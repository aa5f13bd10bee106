import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARE_FILING, SUBMIT_FILING } from '../../../test/filings';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;
let cqGuard: GqlClient;
let cdPolice: GqlClient;
let cqPolice: GqlClient;
let mallContractId: string;

// Files as a scanner or phone makes them: only their first bytes matter to the sniffer.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const cookieOf = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const documentCount = async () =>
  Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM document`))[0].n);

/** Posts one file as a browser's FormData would. */
async function upload(
  client: GqlClient | null,
  query: string,
  bytes: Buffer,
  name: string,
  type = 'application/pdf',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${t.url}/documents?${query}`, {
    method: 'POST',
    body: form,
    headers: client ? { cookie: cookieOf(client) } : {},
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const download = (client: GqlClient | null, id: string) =>
  fetch(`${t.url}/documents/${id}`, { headers: client ? { cookie: cookieOf(client) } : {} });

const problemCodes = (body: Record<string, any>) =>
  (body.errors?.[0]?.extensions?.problems ?? []).map((p: { code: string }) => p.code);

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin, cqGuard, cdPolice, cqPolice] = await Promise.all([
    t.login('cq.admin'),
    t.login('sc.admin'),
    t.login('cq.guard1'),
    t.login('cd.police'),
    t.login('cq.police'),
  ]);
  const contracts = await cqAdmin.request(
    `query { contracts(crossRegion: true, first: 20) { nodes { id project } } }`,
  );
  mallContractId = contracts.data!.contracts.nodes.find(
    (c: { project: string }) => c.project === '成都天府国际商城促销季秩序维护项目',
  ).id;
});
afterAll(() => t.close());

describe('uploading and downloading a document', () => {
  let scanId: string;

  it("stores a licence scan with its hash and gives the bytes back to the company's admin", async () => {
    const r = await upload(cqAdmin, 'kind=SECURITY_LICENSE_SCAN', PDF, '保安服务许可证.pdf');
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({
      kind: 'SECURITY_LICENSE_SCAN',
      fileName: '保安服务许可证.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: sha(PDF),
    });
    scanId = r.body.document.id;
    const res = await download(cqAdmin, scanId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('保安服务许可证.pdf')}`,
    );
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const audit = await t.dataSource.query(
      `SELECT detail FROM audit_entry WHERE action = 'document.upload' AND target_id = $1`,
      [scanId],
    );
    expect(audit[0].detail).toMatchObject({ sha256: sha(PDF), size: PDF.length });
  });

  it('judges the type by the bytes: a GIF, or text named .pdf, is refused and nothing stored', async () => {
    const before = await documentCount();
    const gif = await upload(cqAdmin, 'kind=BUSINESS_LICENSE_SCAN', GIF, 'scan.gif', 'image/gif');
    const fake = await upload(
      cqAdmin,
      'kind=BUSINESS_LICENSE_SCAN',
      Buffer.from('<script>alert(1)</script>'),
      'scan.pdf',
    );
    for (const r of [gif, fake]) {
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(problemCodes(r.body)).toEqual(['FILE_TYPE_NOT_ALLOWED']);
    }
    expect(await documentCount()).toBe(before);
  });

  it('refuses a file over 10 MB (FILE_TOO_LARGE) and stores nothing', async () => {
    const before = await documentCount();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const r = await upload(cqAdmin, 'kind=BUSINESS_LICENSE_SCAN', big, 'big.pdf');
    expect(r.status).toBe(413);
    expect(problemCodes(r.body)).toEqual(['FILE_TOO_LARGE']);
    expect(r.body.errors[0].extensions.problems[0].params).toEqual({ maxMb: 10 });
    expect(await documentCount()).toBe(before);
  });

  it("keeps another company's documents and records out of reach", async () => {
    const before = await documentCount();
    // sc.admin cannot read cq's scan, nor attach a file to cq's contract.
    expect((await download(scAdmin, scanId)).status).toBe(404);
    const r = await upload(scAdmin, `kind=SIGNED_CONTRACT&ownerId=${mallContractId}`, PDF, 'c.pdf');
    expect(r.status).toBe(404);
    expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await documentCount()).toBe(before);
    // A guard of the same company does not handle licences; nobody unsigned reads anything.
    expect((await download(cqGuard, scanId)).status).toBe(404);
    const anonymous = await download(null, scanId);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await upload(null, 'kind=SECURITY_LICENSE_SCAN', PDF, 'x.pdf')).status).toBe(401);
    expect((await upload(cqGuard, 'kind=SECURITY_LICENSE_SCAN', PDF, 'x.pdf')).status).toBe(403);
    // An officer sees no document before it was filed with their organ.
    expect((await download(cdPolice, scanId)).status).toBe(404);
  });

  it('names a wrong kind or owner id as a field problem', async () => {
    const kind = await upload(cqAdmin, 'kind=PASSPORT', PDF, 'x.pdf');
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'kind',
      code: 'NOT_ALLOWED',
    });
    const owner = await upload(cqAdmin, 'kind=SIGNED_CONTRACT', PDF, 'x.pdf');
    expect(owner.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'ownerId',
      code: 'REQUIRED',
    });
  });
});

describe('a filing freezes the documents it was filed with', () => {
  let filingId: string;
  let filed: string[];

  it('files the latest licence scans and signed contract; the organ reads them, no other organ does', async () => {
    const business = await upload(
      cqAdmin,
      'kind=BUSINESS_LICENSE_SCAN',
      PNG,
      '营业执照.png',
      'image/png',
    );
    const signed = await upload(
      cqAdmin,
      `kind=SIGNED_CONTRACT&ownerId=${mallContractId}`,
      PDF,
      '合同.pdf',
    );
    expect([business.status, signed.status]).toEqual([201, 201]);
    filingId = (await cqAdmin.request(PREPARE_FILING, { contractId: mallContractId })).data!
      .prepareFiling.id;
    const dossier = await cqAdmin.request(DOSSIER, { id: filingId });
    const live = dossier.data!.filing.dossier.documents.map((d: { kind: string }) => d.kind);
    expect(live).toEqual(['SECURITY_LICENSE_SCAN', 'BUSINESS_LICENSE_SCAN', 'SIGNED_CONTRACT']);
    // A draft has no receipt: nothing has been filed yet.
    const early = await cqAdmin.request(ISSUE, { filingId });
    expect(early.errors![0]!.extensions.problems).toMatchObject([{ code: 'FILING_NOT_SUBMITTED' }]);
    const submitted = await cqAdmin.request(SUBMIT_FILING, { id: filingId });
    expect(submitted.errors).toBeUndefined();

    const seen = await cdPolice.request(FILED, { id: filingId });
    const docs = seen.data!.filing.current.documents as { id: string; kind: string; url: string }[];
    expect(docs.map((d) => d.kind)).toEqual(live);
    filed = docs.map((d) => d.id);
    const opened = await download(cdPolice, docs[1]!.id);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await opened.arrayBuffer()).equals(PNG)).toBe(true);
    // Chongqing's officers have no business with a filing in Chengdu.
    expect((await download(cqPolice, docs[0]!.id)).status).toBe(404);
    expect(codes(await cqPolice.request(FILED, { id: filingId }))).toEqual(['NOT_FOUND']);
  });

  it('keeps what was filed when a new scan is uploaded, and the database refuses changing it', async () => {
    const newer = await upload(cqAdmin, 'kind=SECURITY_LICENSE_SCAN', PNG, 'new.png', 'image/png');
    expect(newer.status).toBe(201);
    const seen = await cdPolice.request(FILED, { id: filingId });
    expect(seen.data!.filing.current.documents.map((d: { id: string }) => d.id)).toEqual(filed);
    const live = await cqAdmin.request(DOSSIER, { id: filingId });
    expect(live.data!.filing.dossier.documents[0].id).toBe(newer.body.document.id);
    await expect(
      t.dataSource.query(`DELETE FROM filing_submission_document WHERE document_id = $1`, [
        filed[0],
      ]),
    ).rejects.toThrow(/frozen/);
    await expect(
      t.dataSource.query(`UPDATE document SET file_name = 'x.pdf' WHERE id = $1`, [filed[0]]),
    ).rejects.toThrow(/cannot be changed/);
  });
});

describe('the filing receipt', () => {
  let filingId: string;
  let token: string;
  const page = (tok: string, lang = 'zh-CN') =>
    fetch(`${t.url}/r/${tok}?lang=${lang}`).then(async (r) => ({
      status: r.status,
      html: await r.text(),
    }));

  beforeAll(async () => {
    const filings = await cqAdmin.request(`query { filings(first: 5) { nodes { id } } }`);
    filingId = filings.data!.filings.nodes[0].id;
  });

  it('is issued by the admin for a submitted filing and opens without any session', async () => {
    expect(codes(await cdPolice.request(ISSUE, { filingId }))).toEqual(['FORBIDDEN']);
    const r = await cqAdmin.request(ISSUE, { filingId });
    expect(r.errors).toBeUndefined();
    token = r.data!.issueFilingReceipt.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.data!.issueFilingReceipt.path).toBe(`/r/${token}`);
    // Issuing again gives the same receipt while it is in force.
    expect((await cqAdmin.request(ISSUE, { filingId })).data!.issueFilingReceipt.token).toBe(token);

    const { status, html } = await page(token);
    expect(status).toBe(200);
    expect(html).toContain('data-state="valid"');
    expect(html).toContain('重庆保安服务有限公司');
    expect(html).toContain('四川省成都市');
    expect(html).toContain('已报送，待审核');
    // Only company, location, status and dates: no licence numbers, guards or project.
    expect(html).not.toMatch(/保安员|许可证号|促销季|身份证/);
    expect((await page(token, 'en')).html).toContain('Submitted, awaiting review');
    const qr = await fetch(`${t.url}/r/${token}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('once revoked, its page says so and nothing else; unknown tokens find nothing', async () => {
    const r = await cqAdmin.request(REVOKE, { filingId });
    expect(r.data!.revokeFilingReceipt.revokedAt).toBeTruthy();
    const { status, html } = await page(token);
    expect(status).toBe(200);
    expect(html).toContain('data-state="revoked"');
    expect(html).toContain('已被备案单位撤销');
    expect(html).not.toMatch(/重庆保安服务有限公司|成都|已报送/);
    expect((await fetch(`${t.url}/r/${token}/qr.svg`)).status).toBe(404);
    const unknown = await page('A'.repeat(43));
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('data-state="unknown"');
    // A new receipt is a new token; the filing shows the one in force.
    const again = await cqAdmin.request(ISSUE, { filingId });
    expect(again.data!.issueFilingReceipt.token).not.toBe(token);
    const shown = await cqAdmin.request(RECEIPT, { id: filingId });
    expect(shown.data!.filing.receipt).toMatchObject({
      token: again.data!.issueFilingReceipt.token,
      revokedAt: null,
    });
  });
});

const DOSSIER = /* GraphQL */ `
  query Dossier($id: ID!) {
    filing(id: $id) {
      dossier {
        documents {
          id
          kind
        }
      }
    }
  }
`;
const FILED = /* GraphQL */ `
  query Filed($id: ID!) {
    filing(id: $id) {
      current {
        documents {
          id
          kind
          fileName
          sha256
          url
        }
      }
    }
  }
`;
const ISSUE = /* GraphQL */ `
  mutation Issue($filingId: ID!) {
    issueFilingReceipt(filingId: $filingId) {
      token
      path
      revokedAt
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($filingId: ID!) {
    revokeFilingReceipt(filingId: $filingId) {
      token
      revokedAt
    }
  }
`;
const RECEIPT = /* GraphQL */ `
  query Receipt($id: ID!) {
    filing(id: $id) {
      receipt {
        token
        revokedAt
      }
    }
  }
`;
