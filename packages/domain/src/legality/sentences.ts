import { normalizeForScreen, type NormalizedText } from './normalize';

/** One sentence of a text, normalised, cut into clauses. */
export interface Sentence {
  /** Normalised sentence; `starts`/`ends` are offsets into the ORIGINAL whole text. */
  norm: NormalizedText;
  /** Clauses as [start, end) ranges of `norm.text`: a gap in a phrase never spans two. */
  clauses: readonly (readonly [number, number])[];
  /** Indices of `norm.text` with a hard clause break (，；) right before them: a negation stops there. */
  hardBreaks: ReadonlySet<number>;
  /** Indices with a list break (、, a colon, an English comma) right before them. */
  softBreaks: ReadonlySet<number>;
}

// No match runs across a sentence ("删除旧档。监控室24小时值守" asks for nothing), and a
// gap does not run across a clause ("防止信息泄露，保守客户秘密" leaks nothing).
const SENTENCE_BREAK = /[。！？；!?;]|\.(?=\s|$)/gu;
const CLAUSE_BREAK = /[，,、：:;；]/u;
// A list ("严禁殴打、辱骂他人", "never search, detain or insult") keeps a negation going; a
// Chinese comma ends it ("不要报警，扣押他的证件").
const HARD_BREAK = /[，；;]/u;
const HAN = /\p{Script=Han}/u;

/** Cuts a text into sentences, each normalised with offsets into the whole text. */
export function splitSentences(original: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const cut = (to: number) => {
    if (to > from) sentences.push(sentence(original, from, to));
    from = to;
  };
  for (const m of original.matchAll(SENTENCE_BREAK)) {
    cut(m.index);
    from = m.index + m[0].length;
  }
  cut(original.length);
  return sentences;
}

function sentence(original: string, from: number, to: number): Sentence {
  const local = normalizeForScreen(original.slice(from, to), { informal: true });
  const norm: NormalizedText = {
    text: local.text,
    starts: local.starts.map((s) => s + from),
    ends: local.ends.map((e) => e + from),
  };
  const clauses: [number, number][] = [];
  const hardBreaks = new Set<number>();
  const softBreaks = new Set<number>();
  let clauseStart = 0;
  let prevEnd = from;
  let prevChar = '';
  for (let i = 0; i < norm.text.length; i++) {
    const ch = norm.text[i]!;
    if (ch === ' ') continue;
    // What the original has between the previous word character and this one.
    const between = original.slice(prevEnd, norm.starts[i]);
    if (CLAUSE_BREAK.test(between)) {
      clauses.push([clauseStart, i]);
      clauseStart = i;
      const hard = HARD_BREAK.test(between) || (between.includes(',') && HAN.test(prevChar + ch));
      (hard ? hardBreaks : softBreaks).add(i);
    }
    prevEnd = norm.ends[i]!;
    prevChar = ch;
  }
  clauses.push([clauseStart, norm.text.length]);
  return { norm, clauses, hardBreaks, softBreaks };
}
