import { describe, expect, it } from 'vitest';
import { normalizeForScreen } from './normalize';

describe('normalizeForScreen', () => {
  it.each([
    ['ＤＥＢＴ　Ｃｏｌｌｅｃｔｉｏｎ', 'debt collection'],
    ['搜 · 身', '搜身'],
    ['搜，身！', '搜身'],
    ['请  帮忙   讨债', '请帮忙讨债'],
    ["Don't search", 'dont search'],
    ['debt-collection, please!', 'debt collection please'],
    ['  leading and trailing  ', 'leading and trailing'],
    ['讨债 debt', '讨债 debt'],
    ['讨\u200b债', '讨债'],
    ['１２３号门', '123号门'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normalizeForScreen(input).text).toBe(expected));

  it('maps every character back to its source in the original', () => {
    const original = '😀Ａ 搜，身';
    const { text, starts, ends } = normalizeForScreen(original);
    expect(text).toBe('a 搜身');
    expect(starts).toEqual([2, 3, 4, 6]);
    expect(ends).toEqual([3, 4, 5, 7]);
  });

  it.each([
    ['dont let em go til u get here', 'dont let them go until you get here'],
    ['count the till, lock up till 6', 'count the till lock up until 6'],
    ['Thru ur bags n pockets', 'through your bags and pockets'],
    ['unit 12B, undo', 'unit 12b undo'],
  ])('reads informal English as words: %j → %j', (input, expected) =>
    expect(normalizeForScreen(input, { informal: true }).text).toBe(expected),
  );

  it('leaves informal spellings alone unless asked (N/A stays "n a")', () =>
    expect(normalizeForScreen('N/A').text).toBe('n a'));

  it("points an informal spelling's replacement at the whole word it replaced", () => {
    const original = 'hold him til 6';
    const { text, starts, ends } = normalizeForScreen(original, { informal: true });
    expect(text).toBe('hold him until 6');
    const at = text.indexOf('until');
    expect(original.slice(starts[at]!, ends[at + 4]!)).toBe('til');
  });
});
