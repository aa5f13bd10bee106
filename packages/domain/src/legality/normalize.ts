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
 * With `informal` (the legality screen, its text and its patterns alike), informal English
 * spellings are read as the words they stand for (`INFORMAL`).
 */
export function normalizeForScreen(
  original: string,
  options: { informal?: boolean } = {},
): NormalizedText {
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
  const norm = { text, starts, ends };
  return options.informal ? spellOut(norm) : norm;
}

/**
 * Informal English spellings and common typos customers type, read as the words they stand for
 * ("dont let em go til u get here" → "dont let them go until you get here", "serch" → "search");
 * each replacement points at the whole word it replaced. "till" stays a noun after a determiner
 * ("the till").
 */
const INFORMAL: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  ur: 'your',
  yr: 'your',
  em: 'them',
  thru: 'through',
  til: 'until',
  till: 'until',
  untill: 'until',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  pls: 'please',
  plz: 'please',
  n: 'and',
  cuz: 'because',
  coz: 'because',
  gonna: 'going to',
  wanna: 'want to',
  dnt: 'dont',
  wat: 'what',
  ppl: 'people',
  bout: 'about',
  // Common typos of the words the screen reads.
  teh: 'the',
  serch: 'search',
  seach: 'search',
  searh: 'search',
  delet: 'delete',
  deleet: 'delete',
  confescate: 'confiscate',
  confiscat: 'confiscate',
  confisicate: 'confiscate',
  posible: 'possible',
  adress: 'address',
  vidoe: 'video',
  vedio: 'video',
  footge: 'footage',
  footag: 'footage',
  polce: 'police',
  theif: 'thief',
  theives: 'thieves',
  recieve: 'receive',
  detian: 'detain',
  privcy: 'privacy',
  pasport: 'passport',
  licens: 'licence',
};
const DETERMINERS = new Set('the a cash his her their my our your each every this that'.split(' '));

function spellOut(norm: NormalizedText): NormalizedText {
  const { text } = norm;
  if (!/[a-z]/.test(text)) return norm;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let prevWord = '';
  let i = 0;
  while (i < text.length) {
    const m = /^[a-z]+/.exec(text.slice(i, i + 12));
    const startsWord = m && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
    if (m && startsWord && !/[\p{L}\p{N}]/u.test(text[i + m[0].length] ?? '')) {
      const word = m[0];
      const spelt = INFORMAL[word];
      if (spelt && !(word === 'till' && DETERMINERS.has(prevWord))) {
        const [from, to] = [norm.starts[i]!, norm.ends[i + word.length - 1]!];
        for (const ch of spelt) {
          out += ch;
          starts.push(from);
          ends.push(to);
        }
      } else {
        out += word;
        starts.push(...norm.starts.slice(i, i + word.length));
        ends.push(...norm.ends.slice(i, i + word.length));
      }
      prevWord = word;
      i += word.length;
      continue;
    }
    // Not a whole short word: copy up to the next letter run.
    let j = i + 1;
    while (j < text.length && !(/[a-z]/.test(text[j]!) && !/[\p{L}\p{N}]/u.test(text[j - 1]!))) j++;
    out += text.slice(i, j);
    starts.push(...norm.starts.slice(i, j));
    ends.push(...norm.ends.slice(i, j));
    if (m) prevWord = '';
    i = j;
  }
  return { text: out, starts, ends };
}
