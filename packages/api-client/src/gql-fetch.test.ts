import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, gqlFetch } from './gql-fetch';

const doc = Object.assign(new String('query Kiosk { kiosk { deviceName } }'), {
  __apiType: undefined as unknown as
    ((v: Record<string, never>) => { kiosk: { deviceName: string } }) | undefined,
});

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('gqlFetch', () => {
  it('posts JSON with same-origin cookies and returns data', async () => {
    const fetchMock = respond(200, { data: { kiosk: { deviceName: '门诊大厅' } } });
    await expect(gqlFetch(doc)).resolves.toEqual({ kiosk: { deviceName: '门诊大厅' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual({
      query: 'query Kiosk { kiosk { deviceName } }',
      variables: {},
    });
  });

  it.each([
    ['UNAUTHENTICATED', 200, {}],
    [
      'BAD_USER_INPUT',
      200,
      { problems: [{ field: 'code', code: 'PAIRING_CODE_INVALID', message: 'wrong' }] },
    ],
    ['GRAPHQL_VALIDATION_FAILED', 400, {}],
    ['SERVICE_UNAVAILABLE', 503, { retryAfterSeconds: 5 }],
  ])('throws %s from the first error', async (code, status, extra) => {
    respond(status, { errors: [{ message: 'no', extensions: { code, ...extra } }] });
    const error = await gqlFetch(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ code, message: 'no' });
  });

  it('throws NETWORK_ERROR when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(gqlFetch(doc)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('throws NETWORK_ERROR for an unreadable 502 from a proxy', async () => {
    respond(502, '<html>Bad gateway</html>');
    await expect(gqlFetch(doc)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      params: { statusCode: 502 },
    });
  });
});
