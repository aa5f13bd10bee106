import { ApiRequestError } from '@cqss/api-client/fetch';
import { describe, expect, it } from 'vitest';
import { sendResultOf } from './feedback';

const error = (code: string) =>
  new ApiRequestError({ code, message: code, params: {}, fields: {} });

describe('what a failed send means for the queue', () => {
  it.each([
    ['UNAUTHENTICATED', 'unpaired'],
    ['FORBIDDEN', 'unpaired'],
    ['RATE_LIMITED', 'refused'],
    ['BAD_USER_INPUT', 'refused'],
    ['NETWORK_ERROR', 'retry'],
    ['INTERNAL_SERVER_ERROR', 'retry'],
    ['UNKNOWN', 'retry'],
  ])('%s → %s', (code, expected) => expect(sendResultOf(error(code))).toBe(expected));

  it('a fetch that never reached the server is retried', () =>
    expect(sendResultOf(new TypeError('Failed to fetch'))).toBe('retry'));
});
