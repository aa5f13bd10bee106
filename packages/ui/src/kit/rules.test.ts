import { describe, expect, it } from 'vitest';
import { checkRule, phoneRule, requiredRule } from './rules';

const t = (key: string) => `«${key}»`;

describe('requiredRule', () => {
  it.each([
    [undefined, '«problems.REQUIRED»'],
    ['guards.form.errors.name', '«guards.form.errors.name»'],
  ])('with message %s says %s', (message, said) => {
    const rule = requiredRule(t, 'blur', message);
    expect(rule).toMatchObject({ required: true, whitespace: true, trigger: 'blur' });
    expect((rule.message as () => string)()).toBe(said);
  });
});

describe('checkRule', () => {
  const rule = checkRule(
    (v: string) => v.startsWith('1'),
    () => 'Not a number',
  );
  const check = (value: string) =>
    new Promise<Error | undefined>((resolve) =>
      rule.validator!(rule, value, (e?: string | Error) => resolve(e as Error | undefined), {}, {}),
    );

  it.each([
    ['13800001111', undefined],
    ['abc', 'Not a number'],
  ])('%s → %s', async (value, message) => {
    expect((await check(value))?.message).toBe(message);
  });
});

describe('phoneRule', () => {
  const said = (rule: ReturnType<typeof phoneRule>, value: string) =>
    new Promise<string | undefined>((resolve) =>
      rule.validator!(rule, value, (e?: string | Error) => resolve((e as Error)?.message), {}, {}),
    );

  it.each([
    ['13800001111', undefined],
    ['023-63000000', undefined],
    ['phone', '«problems.PHONE_INVALID»'],
    ['', '«problems.PHONE_INVALID»'],
  ])('%s → %s', async (value, message) => {
    expect(await said(phoneRule(t), value)).toBe(message);
  });

  it("says the form's own words when it has them", async () => {
    expect(await said(phoneRule(t, 'guards.form.errors.phone'), 'x')).toBe(
      '«guards.form.errors.phone»',
    );
  });
});
