import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';
import { DEMO_PAIRING_CODE } from '../../seed/demo-data';

let t: TestServer;
let admin: GqlClient;
let unitId: string;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
  const units = await admin.request(UNITS);
  unitId = units.data!.customerUnits.nodes.find(
    (u: { name: string }) => u.name === '重庆市渝中区人民医院',
  ).id;
});
afterAll(() => t.close());

describe('pairing', () => {
  it('registers a kiosk, pairs it once with the code, and shows it only its unit', async () => {
    const reg = await admin.request(REGISTER, {
      input: { customerUnitId: unitId, name: '大厅一号' },
    });
    const code: string = reg.data!.registerKiosk.pairingCode;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

    const kiosk = t.client();
    const paired = await kiosk.request(PAIR, { input: { code: code.toLowerCase() } });
    expect(paired.data!.pairKiosk).toEqual({
      deviceName: '大厅一号',
      customerUnitName: '重庆市渝中区人民医院',
      postName: null,
    });
    expect(kiosk.lastSetCookies.find((c) => c.startsWith('cqss_device='))).toMatch(
      /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i,
    );
    expect((await kiosk.request(KIOSK)).data!.kiosk.customerUnitName).toBe('重庆市渝中区人民医院');

    const again = await t.client().request(PAIR, { input: { code } });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('pairs the seeded demo kiosk with its post', async () => {
    const kiosk = t.client();
    const paired = await kiosk.request(PAIR, { input: { code: DEMO_PAIRING_CODE } });
    expect(paired.data!.pairKiosk.postName).toBe('医院东门岗');
  });

  it('lets a kiosk token do nothing but kiosk things', async () => {
    const reg = await admin.request(REGISTER, {
      input: { customerUnitId: unitId, name: '大厅二号' },
    });
    const kiosk = t.client();
    await kiosk.request(PAIR, { input: { code: reg.data!.registerKiosk.pairingCode } });
    expect(codes(await kiosk.request(ME))).toEqual(['FORBIDDEN']);
    expect(codes(await kiosk.request(UNITS))).toEqual(['FORBIDDEN']);
    expect(codes(await kiosk.request(`query { companies { id } }`))).toEqual(['FORBIDDEN']);
    expect(
      codes(await kiosk.request(REGISTER, { input: { customerUnitId: unitId, name: 'x' } })),
    ).toEqual(['FORBIDDEN']);
  });

  it('stops a revoked kiosk at its next request', async () => {
    const reg = await admin.request(REGISTER, {
      input: { customerUnitId: unitId, name: '大厅三号' },
    });
    const kiosk = t.client();
    await kiosk.request(PAIR, { input: { code: reg.data!.registerKiosk.pairingCode } });
    expect((await kiosk.request(KIOSK)).data).not.toBeNull();
    await admin.request(REVOKE, { id: reg.data!.registerKiosk.device.id });
    expect(codes(await kiosk.request(KIOSK))).toEqual(['UNAUTHENTICATED']);
  });

  it("refuses to register a kiosk for another company's unit", async () => {
    const other = await t.login('sc.admin');
    expect(
      codes(await other.request(REGISTER, { input: { customerUnitId: unitId, name: 'x' } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses a wrong code and a malformed unit id', async () => {
    const wrong = await t.client().request(PAIR, { input: { code: 'ZZZZZZZZ' } });
    expect(problemsOf(wrong)).toEqual({ code: 'PAIRING_CODE_INVALID' });
    const bad = await admin.request(REGISTER, {
      input: { customerUnitId: 'not-a-uuid', name: '' },
    });
    // A malformed id is refused before anything runs, with the field named.
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(bad)).toEqual({ customerUnitId: 'NOT_UUID' });
    const blank = await admin.request(REGISTER, { input: { customerUnitId: unitId, name: '' } });
    expect(problemsOf(blank)).toEqual({ name: 'REQUIRED' });
  });
});

const UNITS = /* GraphQL */ `
  query {
    customerUnits(first: 50) {
      nodes {
        id
        name
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      id
    }
  }
`;
const KIOSK = /* GraphQL */ `
  query {
    kiosk {
      deviceName
      customerUnitName
      postName
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
      expiresAt
      device {
        id
        name
        customerUnit {
          name
        }
      }
    }
  }
`;
const PAIR = /* GraphQL */ `
  mutation Pair($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
      customerUnitName
      postName
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeKiosk(id: $id) {
      id
      revokedAt
    }
  }
`;
