import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POST_ORDERS,
  POST_ORDERS_MAX_LENGTH,
  assertPostOrders,
  defaultPostOrders,
} from './post-orders';

describe('post orders', () => {
  it('holds the service standards of the basic provisions', () => {
    for (const phrase of [
      '主动问候',
      '文明礼貌',
      '耐心细致',
      '详细回答',
      '不知道',
      '直属领导',
      '签字',
    ])
      expect(DEFAULT_POST_ORDERS).toContain(phrase);
  });

  it.each([
    [null, DEFAULT_POST_ORDERS],
    ['', DEFAULT_POST_ORDERS],
    ['   ', DEFAULT_POST_ORDERS],
    ['  本公司守则  ', '本公司守则'],
  ])('a company default of %j gives the right text', (companyDefault, expected) =>
    expect(defaultPostOrders(companyDefault)).toBe(expected),
  );

  it('keeps the text, trimmed', () => expect(assertPostOrders('  守则  ')).toBe('守则'));

  it.each([
    ['   ', 'postOrders'],
    ['字'.repeat(POST_ORDERS_MAX_LENGTH + 1), 'postOrders'],
  ])('refuses %j', (text, field) =>
    expect(() => assertPostOrders(text)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field })],
      }),
    ),
  );

  it('counts characters, not UTF-16 units', () =>
    expect(assertPostOrders('𠀀'.repeat(POST_ORDERS_MAX_LENGTH))).toHaveLength(
      POST_ORDERS_MAX_LENGTH * 2,
    ));
});
