import { ERROR_CODES } from '@cqss/api-client';
import { DossierProblemCode, PROBLEM_CODES, Role } from '@cqss/domain';
import { describe, expect, it } from 'vitest';
import { initialLocale, mergeMessages, sharedMessages } from './i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function lookup(tree: Tree, key: string): string {
  return key.split('.').reduce<Tree | string>((node, k) => (node as Tree)[k]!, tree) as string;
}

const zh = sharedMessages['zh-CN'] as Tree;
const en = sharedMessages.en as Tree;

describe('shared messages', () => {
  it('English has every Chinese message and no others', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('both languages use the same placeholders', () => {
    for (const key of keys(zh)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zh, key)));
    }
  });

  it.each(ERROR_CODES)('translates error code %s', (code) => {
    expect(lookup(zh, `errors.${code}`)).toBeTruthy();
    expect(lookup(en, `errors.${code}`)).toBeTruthy();
  });

  it.each([...PROBLEM_CODES, ...Object.values(DossierProblemCode)])(
    'translates field problem %s',
    (code) => {
      expect(lookup(zh, `problems.${code}`)).toBeTruthy();
      expect(lookup(en, `problems.${code}`)).toBeTruthy();
    },
  );

  it.each(Object.values(Role))('names role %s', (role) => {
    expect(lookup(zh, `roles.${role}`)).toBeTruthy();
    expect(lookup(en, `roles.${role}`)).toBeTruthy();
  });
});

describe('locale', () => {
  it('defaults to Chinese and remembers a valid choice', () => {
    expect(initialLocale(undefined)).toBe('zh-CN');
    expect(initialLocale({ getItem: () => 'en' })).toBe('en');
    expect(initialLocale({ getItem: () => 'fr' })).toBe('zh-CN');
    expect(
      initialLocale({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('zh-CN');
  });

  it('merges app namespaces beside, and into, the shared ones', () => {
    expect(
      mergeMessages(
        { common: { a: '1', b: '2' }, login: { x: 'x' } },
        { common: { b: 'B' }, home: { y: 'y' } },
      ),
    ).toEqual({ common: { a: '1', b: 'B' }, login: { x: 'x' }, home: { y: 'y' } });
  });
});
