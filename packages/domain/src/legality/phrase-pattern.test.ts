import { describe, expect, it } from 'vitest';
import { compilePattern, findPattern } from './phrase-pattern';
import { normalizeForScreen } from './normalize';

const found = (pattern: string, lang: 'zh' | 'en', text: string, aliases = {}) =>
  findPattern(normalizeForScreen(text).text, compilePattern(pattern, lang, aliases)).map(
    (m) => m.phrase,
  );

describe('English patterns', () => {
  it.each([
    ['seize', 'they seized it', true],
    ['seize', 'seizing it', true],
    ['seize', 'seizes', true],
    ['spy on', 'he spied on her', true],
    ['pat down', 'patted down everyone', true],
    ['detain', 'detained', true],
    ['detain', 'detainee', false],
    ['beat up', 'beats up', true],
    ['lock him up', 'lock him ups', false], // "up" takes no ending
    ['search * bags', 'search the visitors bags', true], // gap of two words
    ['search * bags', 'search all of the bags', false], // three is too many
    ['frisk', 'frisky', false], // whole words only
  ] as const)('%s in %j → %s', (pattern, text, hit) =>
    expect(found(pattern, 'en', text).length > 0).toBe(hit),
  );

  it('reports the alternative that matched, through aliases', () =>
    expect(
      found('[hold|detain] {who} until', 'en', 'Detaining the tenants until noon', {
        who: '[the tenants|visitors]',
      }),
    ).toEqual(['detain the tenants until']));

  it('lets an alias join a group', () =>
    expect(found('[{who}|raid]', 'en', 'a raid on visitors', { who: '[visitors]' })).toEqual([
      'raid',
      'visitors',
    ]));
});

describe('Chinese patterns', () => {
  it.each([
    ['扣*证件', '扣押他的证件', true],
    ['扣*证件', '扣下了他们的证件', false], // a gap of five
    ['翻[包|口袋]', '翻口袋', true],
    ['讨债', '讨 债', true],
  ] as const)('%s in %j → %s', (pattern, text, hit) =>
    expect(found(pattern, 'zh', text).length > 0).toBe(hit),
  );
});

describe('bad patterns', () => {
  it.each([
    ['* leading gap', 'en'],
    ['trailing gap *', 'en'],
    ['[unclosed', 'en'],
    ['[a|[b]]', 'en'],
    ['{nobody}', 'en'],
    ['half[group|x]', 'en'],
  ] as const)('%j is refused', (pattern, lang) =>
    expect(() => compilePattern(pattern, lang)).toThrow(),
  );
});
