import { describe, expect, it } from 'vitest';
import { ApiRequestError, problemText, toApiError } from './errors';

const gql = (extensions: Record<string, unknown>, message = 'bad') => ({
  errors: [{ message, extensions }],
});
const tooLong = {
  field: 'name',
  code: 'TOO_LONG',
  message: 'At most 100 characters',
  params: { max: 100 },
};

describe('toApiError', () => {
  it.each([
    [
      'a GraphQL error list (Apollo CombinedGraphQLErrors)',
      gql({ code: 'RATE_LIMITED', retryAfterSeconds: 60 }, 'slow down'),
      {
        code: 'RATE_LIMITED',
        message: 'slow down',
        params: { retryAfterSeconds: 60 },
        problems: [],
      },
    ],
    [
      'field problems',
      gql({ code: 'BAD_USER_INPUT', problems: [tooLong] }),
      { code: 'BAD_USER_INPUT', message: 'bad', params: {}, problems: [tooLong] },
    ],
    [
      'a problem without params or message',
      gql({ code: 'BAD_USER_INPUT', problems: [{ field: 'id', code: 'NOT_UUID' }] }),
      {
        code: 'BAD_USER_INPUT',
        message: 'bad',
        params: {},
        problems: [{ field: 'id', code: 'NOT_UUID', message: 'NOT_UUID', params: {} }],
      },
    ],
    [
      'malformed problems, dropped',
      gql({ code: 'BAD_USER_INPUT', problems: [{ field: 1 }, 'x', null] }),
      { code: 'BAD_USER_INPUT', message: 'bad', params: {}, problems: [] },
    ],
    [
      'problems that are not a list',
      gql({ code: 'BAD_USER_INPUT', problems: { name: 'TOO_LONG' } }),
      { code: 'BAD_USER_INPUT', message: 'bad', params: {}, problems: [] },
    ],
    [
      'an error without a code',
      { errors: [{ message: 'odd' }] },
      { code: 'UNKNOWN', message: 'odd', params: {}, problems: [] },
    ],
    [
      'an already shaped error (as the error link passes it to translateError)',
      { code: 'FORBIDDEN', message: 'no', params: {}, problems: [] },
      { code: 'FORBIDDEN', message: 'no', params: {}, problems: [] },
    ],
    [
      'a failed fetch',
      new TypeError('Failed to fetch'),
      { code: 'NETWORK_ERROR', message: 'Failed to fetch', params: {}, problems: [] },
    ],
    [
      'a 502 from a proxy (Apollo ServerError)',
      Object.assign(new Error('Bad gateway'), { statusCode: 502 }),
      { code: 'NETWORK_ERROR', message: 'Bad gateway', params: { statusCode: 502 }, problems: [] },
    ],
    ['anything else', 'boom', { code: 'UNKNOWN', message: 'boom', params: {}, problems: [] }],
  ])('reads %s', (_what, error, expected) => {
    expect(toApiError(error)).toEqual(expected);
  });

  it('reads our own ApiRequestError', () => {
    const error = new ApiRequestError({
      code: 'BAD_USER_INPUT',
      message: 'taken',
      params: {},
      problems: [tooLong],
    });
    expect(toApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'taken',
      params: {},
      problems: [tooLong],
    });
  });
});

const messages: Record<string, string> = {
  'problems.TOO_LONG': '最多 {max} 字',
  'problems.REQUIRED': '此项为必填项',
};
const te = (key: string) => key in messages;
const t = (key: string, params: Record<string, unknown> = {}) =>
  messages[key]!.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name]));

describe('problemText', () => {
  it('translates the code with its params', () =>
    expect(problemText(tooLong, t, te)).toBe('最多 100 字'));
  it("falls back on the server's words for a code it does not know", () =>
    expect(problemText({ code: 'NEW_RULE', message: 'A new rule', params: {} }, t, te)).toBe(
      'A new rule',
    ));
});
