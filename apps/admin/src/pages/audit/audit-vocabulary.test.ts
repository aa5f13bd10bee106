import { AUDIT_ACTIONS, AUDIT_CATEGORIES, AUDIT_TARGETS } from '@cqss/domain';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);

// The audit log never shows a raw code: every act, target and category has words in both languages.
describe.each([
  ['zh-CN', zh as unknown as Tree],
  ['en', en as unknown as Tree],
])('the audit log in %s', (_, messages) => {
  it.each(AUDIT_ACTIONS)('names the act %s', (action) => {
    expect(typeof lookup(messages, `audit.actions.${action}`)).toBe('string');
  });
  it.each(AUDIT_TARGETS)('names the target %s', (target) => {
    expect(typeof lookup(messages, `audit.targets.${target}`)).toBe('string');
  });
  it.each(AUDIT_CATEGORIES)('names the category %s', (category) => {
    expect(typeof lookup(messages, `audit.categories.${category}`)).toBe('string');
  });
});
