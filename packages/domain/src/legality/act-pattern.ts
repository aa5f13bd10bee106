import {
  compilePattern,
  findPattern,
  type CompiledPattern,
  type MatchMemo,
  type PhraseAliases,
  type PhraseLanguage,
} from './phrase-pattern';
import type { Sentence } from './sentences';

/** An act of a rule ready to run: parts that must all be found in a sentence, and lawful contexts. */
export interface CompiledAct {
  source: string;
  /** The deed, then its circumstances. */
  parts: CompiledPattern[];
  /** For each part: may it also be found in the sentence before ("X owes us. Go and sit at his door.")? */
  before: boolean[];
  unless: CompiledPattern[];
}

/** A part found in a sentence: [start, end) of the sentence's normalised text. */
export interface PartMatch {
  start: number;
  end: number;
  phrase: string;
}

type WordClasses = Readonly<Record<string, { zh?: readonly string[]; en?: readonly string[] }>>;

/** The word classes that have words in one language, as phrase aliases. */
export function classAliases(classes: WordClasses, language: PhraseLanguage): PhraseAliases {
  return Object.fromEntries(
    Object.entries(classes).flatMap(([name, c]) => (c[language] ? [[name, c[language]]] : [])),
  );
}

/** Compiles `part & part &< part ! lawful context ! …` (see LegalityRule). */
export function compileAct(
  source: string,
  language: PhraseLanguage,
  aliases: PhraseAliases,
): CompiledAct {
  const [required, ...unless] = source.split(' ! ');
  const compile = (p: string) => compilePattern(p.trim(), language, aliases);
  const parts = required!.split(/ &(?=<? )/);
  return {
    source,
    parts: parts.map((p) => compile(p.replace(/^< /, ''))),
    before: parts.map((p) => p.startsWith('< ')),
    unless: unless.map(compile),
  };
}

const memos = new WeakMap<Sentence, Map<number, MatchMemo>>();

/** The word-class matches already found in a sentence (`from` = -1) or one of its clauses. */
function memoFor(s: Sentence, from: number): MatchMemo {
  let bySlice = memos.get(s);
  if (!bySlice) memos.set(s, (bySlice = new Map()));
  let memo = bySlice.get(from);
  if (!memo) bySlice.set(from, (memo = new Map()));
  return memo;
}

/** Every match of a part in a sentence: a gapped part clause by clause, a plain one anywhere. */
export function findInSentence(s: Sentence, pattern: CompiledPattern): PartMatch[] {
  if (!pattern.gapped) return findPattern(s.norm.text, pattern, memoFor(s, -1));
  return s.clauses.flatMap(([from, to]) =>
    findPattern(s.norm.text.slice(from, to), pattern, memoFor(s, from)).map((m) => ({
      ...m,
      start: m.start + from,
      end: m.end + from,
    })),
  );
}
