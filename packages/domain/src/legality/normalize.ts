/** Screen text after normalisation, with where each of its characters came from in the original. */
export interface NormalizedText {
  /** Lower-case, half-width; CJK runs joined; other separators collapsed to one space. */
  text: string;
  /** For each character of `text`, the UTF-16 offset in the original where its source begins. */
  starts: readonly number[];
  /** For each character of `text`, the UTF-16 offset in the original just after its source. */
  ends: readonly number[];
}

type Kind = 'han' | 'word' | 'apostrophe' | 'separator';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);

function kindOf(ch: string): Kind {
  if (HAN.test(ch)) return 'han';
  if (WORD.test(ch)) return 'word';
  if (APOSTROPHES.has(ch)) return 'apostrophe';
  return 'separator';
}

/**
 * Normalises text for the legality screen: full-width → half-width (NFKC), case folded, spaces
 * and punctuation between two CJK characters removed ("搜 · 身" → "搜身"), apostrophes inside
 * words dropped ("don't" → "dont"), every other run of spaces and punctuation made one space.
 */
export function normalizeForScreen(original: string): NormalizedText {
  const chars: { ch: string; kind: Kind; start: number; end: number }[] = [];
  let offset = 0;
  for (const cp of original) {
    const end = offset + cp.length;
    for (const ch of cp.normalize('NFKC').toLowerCase()) {
      chars.push({ ch, kind: kindOf(ch), start: offset, end });
    }
    offset = end;
  }

  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let prev: Kind | null = null;
  let gap: { start: number; end: number; onlyApostrophes: boolean } | null = null;
  for (const c of chars) {
    if (c.kind === 'separator' || c.kind === 'apostrophe') {
      if (gap) gap.onlyApostrophes &&= c.kind === 'apostrophe';
      else gap = { start: c.start, end: c.end, onlyApostrophes: c.kind === 'apostrophe' };
      continue;
    }
    if (gap && prev !== null) {
      const joinCjk = prev === 'han' && c.kind === 'han';
      const joinWord = gap.onlyApostrophes && prev === 'word' && c.kind === 'word';
      if (!joinCjk && !joinWord) {
        text += ' ';
        starts.push(gap.start);
        ends.push(gap.end);
      }
    }
    gap = null;
    text += c.ch;
    starts.push(c.start);
    ends.push(c.end);
    prev = c.kind;
  }
  return { text, starts, ends };
}
