import { ApiRequestError, gqlFetch } from '@cqss/api-client/fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendResultOf } from './feedback';
import { Outbox } from './outbox';

const error = (code: string) =>
  new ApiRequestError({ code, message: code, params: {}, problems: [] });

describe('what a failed send means for the queue', () => {
  it.each([
    ['UNAUTHENTICATED', 'unpaired'],
    ['FORBIDDEN', 'unpaired'],
    ['RATE_LIMITED', 'refused'],
    ['BAD_USER_INPUT', 'refused'],
    ['AMEND_WINDOW_CLOSED', 'refused'],
    ['FEEDBACK_OTHER_DEVICE', 'refused'],
    ['NETWORK_ERROR', 'retry'],
    ['SERVICE_UNAVAILABLE', 'retry'],
    ['INTERNAL_SERVER_ERROR', 'retry'],
    ['UNKNOWN', 'retry'],
  ])('%s → %s', (code, expected) => expect(sendResultOf(error(code))).toBe(expected));

  it('a fetch that never reached the server is retried', () =>
    expect(sendResultOf(new TypeError('Failed to fetch'))).toBe('retry'));
});

describe('while the database is down', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the rating queued and shows the kiosk offline on the server's 503 SERVICE_UNAVAILABLE", async () => {
    // The server's answer while PostgreSQL cannot be reached (test/outage.test.ts).
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [
                {
                  message: 'The service is unavailable for a moment; try again shortly',
                  extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
                },
              ],
            }),
            { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '5' } },
          ),
      ),
    );
    const outbox = new Outbox({
      storage: null,
      setTimer: () => 0,
      send: (r) =>
        gqlFetch(SUBMIT, { key: r.key }).then(
          () => 'stored' as const,
          (e: unknown) => sendResultOf(e),
        ),
    });
    const item = outbox.record(4);
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.status.value).toBe('offline');
    expect(outbox.items.value.map((r) => r.key)).toEqual([item.key]);
  });
});

const SUBMIT = Object.assign(new String('mutation Submit($key: ID!) { submit(key: $key) }'), {
  __apiType: undefined as unknown as ((v: { key: string }) => { submit: string }) | undefined,
});
