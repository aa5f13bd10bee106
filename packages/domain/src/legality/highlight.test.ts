import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';
import { screenRequest } from './screen';

describe('highlightSegments', () => {
  it('marks the matches of the screen in the original text', () => {
    const text = '住院部出口：对欠费病人限制离院，并协助催收欠款。';
    const { matches } = screenRequest({ services: [], description: text });
    const marked = highlightSegments(text, matches).filter((s) => s.ruleIds.length);
    expect(marked.map((s) => [s.text, s.ruleIds])).toEqual([
      ['限制离院', ['RESTRICT_FREEDOM']],
      ['催收', ['DEBT_OR_FORCE']],
    ]);
  });

  it('gives back the whole text, in order, with nothing lost', () => {
    const text = 'Please frisk visitors and collect the debts they owe.';
    const { matches } = screenRequest({ services: [], description: text });
    const segments = highlightSegments(text, matches);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.ruleIds.length).length).toBe(2);
  });

  it('splits overlapping matches of two rules into runs', () => {
    const segments = highlightSegments('abcdef', [
      { ruleId: 'A', start: 1, end: 4 },
      { ruleId: 'B', start: 3, end: 5 },
      { ruleId: 'C', start: null, end: null },
    ]);
    expect(segments.map((s) => [s.text, s.ruleIds])).toEqual([
      ['a', []],
      ['bc', ['A']],
      ['d', ['A', 'B']],
      ['e', ['B']],
      ['f', []],
    ]);
  });

  it('clips offsets beyond the text and handles an empty text', () => {
    expect(highlightSegments('ab', [{ ruleId: 'A', start: 1, end: 9 }])).toEqual([
      { text: 'a', start: 0, ruleIds: [] },
      { text: 'b', start: 1, ruleIds: ['A'] },
    ]);
    expect(highlightSegments('', [])).toEqual([]);
  });
});
