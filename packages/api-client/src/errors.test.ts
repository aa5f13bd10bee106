import { describe, expect, it } from 'vitest';
import { ApiRequestError, toApiError } from './errors';

describe('toApiError', () => {
  it.each([
    [
      'a GraphQL error list (Apollo CombinedGraphQLErrors)',
      { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }] },
      { code: 'RATE_LIMITED', message: 'slow down', params: { retryAfterSeconds: 60 }, fields: {} },
    ],
    [
      'field messages',
      { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: { name: ['empty'] } } }] },
      { code: 'BAD_USER_INPUT', message: 'bad', params: {}, fields: { name: ['empty'] } },
    ],
    [
      'an error without a code',
      { errors: [{ message: 'odd' }] },
      { code: 'UNKNOWN', message: 'odd', params: {}, fields: {} },
    ],
    [
      'an already shaped error (as the error link passes it to translateError)',
      { code: 'FORBIDDEN', message: 'no', params: {}, fields: {} },
      { code: 'FORBIDDEN', message: 'no', params: {}, fields: {} },
    ],
    [
      'a failed fetch',
      new TypeError('Failed to fetch'),
      { code: 'NETWORK_ERROR', message: 'Failed to fetch', params: {}, fields: {} },
    ],
    [
      'a 502 from a proxy (Apollo ServerError)',
      Object.assign(new Error('Bad gateway'), { statusCode: 502 }),
      { code: 'NETWORK_ERROR', message: 'Bad gateway', params: { statusCode: 502 }, fields: {} },
    ],
    ['anything else', 'boom', { code: 'UNKNOWN', message: 'boom', params: {}, fields: {} }],
  ])('reads %s', (_what, error, expected) => {
    expect(toApiError(error)).toEqual(expected);
  });

  it('reads our own ApiRequestError', () => {
    const error = new ApiRequestError({ code: 'CONFLICT', message: 'taken', params: { id: '1' }, fields: {} });
    expect(toApiError(error)).toEqual({ code: 'CONFLICT', message: 'taken', params: { id: '1' }, fields: {} });
  });
});
