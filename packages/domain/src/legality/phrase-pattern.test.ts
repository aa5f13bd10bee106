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
    ['[cam|camera] here', 'a camera here', true], // "cam" starts "camera": both are tried
    ['[bra|bras] check', 'bras check', true],
    ['until * i', 'until the order is', false], // "i" takes no ending: not "is"
    ['until * i', 'until i get there', true],
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

describe('gaps and word classes', () => {
  const classes = {
    boss: ['老板', '经理'],
    wait: ['等*{boss}*来', '[再|才]放'],
    who: ['him', 'the tenant'],
  };
  it.each([
    ['删**录像', 'zh', '删掉上周五晚上大门口的录像', true], // a long gap: up to ten
    ['删*录像', 'zh', '删掉上周五晚上大门口的录像', false], // a short one: up to four
    ['{wait}', 'zh', '等我们经理过来', true], // a class naming a class, with gaps and a group
    ['{wait}', 'zh', '交了钱才放', true],
    ['删*录像', 'zh', '删除不得录像', false], // a gap never runs over a negation
    ['lock {who} in', 'en', 'lock the tenant in', true],
    ['delete * footage', 'en', 'delete not the footage', false],
  ] as const)('%s in %j → %s', (pattern, lang, text, hit) =>
    expect(found(pattern, lang, text, classes).length > 0).toBe(hit),
  );

  it('reports the words a class found', () =>
    expect(found('{wait}', 'zh', '等我们经理过来', classes)).toEqual(['等我们经理过来']));

  it('tries a shorter alternative where the longer one leads nowhere', () =>
    expect(found('[他|他们][们来|走]', 'zh', '他们来', classes)).toEqual(['他们来']));
});

describe('bad patterns', () => {
  it.each([
    ['* leading gap', 'en'],
    ['trailing gap *', 'en'],
    ['[unclosed', 'en'],
    ['[a|[b]]', 'en'],
    ['{nobody}', 'en'],
    ['half[group|x]', 'en'],
    ['扣押?', 'zh'],
  ] as const)('%j is refused', (pattern, lang) =>
    expect(() => compilePattern(pattern, lang)).toThrow(),
  );
});
