import { describe, expect, it } from 'vitest';
import { isValidPhone } from './phone';

describe('isValidPhone', () => {
  it.each(['13800001001', '023-6388 1234', '(023) 6388 1234', '+86 138 0000 1001', ' 123456 '])(
    'accepts %s',
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );

  it.each(['', '12345', 'abc1234567', '138-', '-13800001001', '((((((', '+', '138 0000 1001x'])(
    'refuses %j',
    (phone) => expect(isValidPhone(phone)).toBe(false),
  );
});
