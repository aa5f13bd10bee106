import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('per-address sign-in limit', () => {
  it('blocks an address that keeps failing across many accounts, whatever account it tries next', async () => {
    for (let i = 0; i < 30; i++) {
      const r = await t
        .client()
        .request(LOGIN, { input: { username: `nobody${i}`, password: 'x' } });
      expect(codes(r)).toEqual(['INVALID_CREDENTIALS']);
    }
    const next = await t
      .client()
      .request(LOGIN, { input: { username: 'cq.admin', password: 'Cqss@2026' } });
    expect(codes(next)).toEqual(['RATE_LIMITED']);
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
