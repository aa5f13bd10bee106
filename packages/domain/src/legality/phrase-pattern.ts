import { normalizeForScreen } from './normalize';

/** The language a phrase is written in decides how it matches: CJK as substrings, English by words. */
export type PhraseLanguage = 'zh' | 'en';

/** How many CJK characters, or English words, a `*` in a phrase may stand for. */
export const PHRASE_GAP = { zh: 4, en: 2 } as const;
/** How many a `**` may stand for: a phrase whose parts lie further apart in one clause. */
export const PHRASE_LONG_GAP = { zh: 10, en: 5 } as const;

/** A match of a pattern in normalised text, with the plain phrase it stands for. */
export interface PatternMatch {
  start: number;
  end: number;
  /** The pattern with each `[a|b]` group replaced by the alternative that matched, each `{class}` by the words found. */
  phrase: string;
}

/** Word classes a pattern may name as `{name}`: a list of entries, or the string `[a|b]`. */
export type PhraseAliases = Readonly<Record<string, string | readonly string[]>>;

/** What a `[a|b]` group or a `{class}` of a pattern captured, to say which words matched. */
interface Slot {
  /** The group's plain alternatives, or null when the words found are reported as they are. */
  alternatives: string[] | null;
  sources: string[];
  tests?: RegExp[];
}

/**
 * One step of a pattern: literal words (a sticky regex; `each` lists the alternatives of a plain
 * group when one may stand where another failed), a gap, a group of sequences, or a word class.
 */
type Step =
  | { kind: 'lit'; re: RegExp; each?: RegExp[]; slot?: number }
  | { kind: 'gap'; max: number }
  | { kind: 'alt'; seqs: Step[][]; slot?: number }
  | { kind: 'class'; cls: WordClass; slot?: number };

/** A word class compiled once: its entries, indexed by their first character. */
interface WordClass {
  entries: Step[][];
  byFirst: Map<string, Step[][]>;
  firsts: ReadonlySet<string> | null;
  /** Entries whose first character is not known in advance. */
  anyFirst: Step[][];
  gapped: boolean;
  anchors: string[] | null;
}

/** A phrase pattern ready to run over normalised text. */
export interface CompiledPattern {
  pattern: string;
  language: PhraseLanguage;
  steps: Step[];
  /** Finds where a match may start, when the pattern starts with literal words. */
  scan: RegExp | null;
  /** The characters a match may start with (null: any). */
  firsts: ReadonlySet<string> | null;
  /** Has a `*` or `**`, maybe inside a class: a gap may not run across a clause. */
  gapped: boolean;
  /** The pattern as written, cut at its groups and classes: text, slot, text, …. */
  pieces: (string | Slot)[];
  /** Strings one of which any match contains (null: none known): a text without them is skipped unread. */
  anchors: string[] | null;
}

/** Word-class matches already found in one text, shared by every pattern run over it. */
export type MatchMemo = Map<object, Map<number, number[]>>;

// Words that never take an ending: "lock him up" must not match "lock him ups", nor "in" match "ins".
const UNINFLECTED = new Set(
  'a an the to of on in up out with from at into onto by for as home around away his her him them their my our your its no not dont do online public i we me us it this that these those'.split(
    ' ',
  ),
);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word and its regular English endings (-s, -es, -ed, -ing, e-dropping, y → ies/ied, doubled consonants). */
function inflect(word: string): string {
  if (!/^[a-z]+$/.test(word) || UNINFLECTED.has(word)) return escapeRegex(word);
  const last = word.at(-1)!;
  const beforeLast = word.at(-2);
  // Longest ending first: a literal step keeps the first that matches.
  if (last === 'e' && word.length > 2) return `${word.slice(0, -1)}(?:es|ed|ing|e)`;
  if (last === 'y' && beforeLast !== undefined && !VOWELS.has(beforeLast))
    return `${word.slice(0, -1)}(?:ying|ies|ied|y)`;
  if (VOWELS.has(last) || last === 'w' || last === 'x' || last === 'y')
    return `${word}(?:ing|es|ed|s)?`;
  return `${word}(?:${last}?ing|${last}?ed|es|s)?`;
}

// A gap never runs over a negation: "监控室保安不得随意删除" asks for no deletion.
const ZH_NOT = new Set(['不', '禁', '别', '勿', '莫']);
const EN_NOT = new Set(
  'not never no dont doesnt didnt cannot cant wont mustnt shouldnt without'.split(' '),
);
const EN_WORD = /[a-z0-9]/;
const GAP_SIZE: Record<string, { zh: number; en: number }> = {
  '*': PHRASE_GAP,
  '**': PHRASE_LONG_GAP,
};

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'group'; alternatives: string[] }
  | { kind: 'class'; name: string };

/** Cuts a pattern at its `[a|b]` groups and `{class}` names; groups do not nest. */
function tokenize(pattern: string, whole: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\[([^\]]*)\]|\{(\w+)\}/g;
  let at = 0;
  for (const m of pattern.matchAll(re)) {
    if (m.index > at) pieces.push({ kind: 'text', text: pattern.slice(at, m.index) });
    if (m[1] !== undefined) {
      if (m[1].includes('[')) throw new Error(`Bad [ ] group in "${whole}"`);
      pieces.push({ kind: 'group', alternatives: m[1].split('|') });
    } else pieces.push({ kind: 'class', name: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < pattern.length) pieces.push({ kind: 'text', text: pattern.slice(at) });
  if (pieces.some((p) => p.kind === 'text' && /[[\]]/.test(p.text)))
    throw new Error(`Bad [ ] group in "${whole}"`);
  return pieces;
}

/** The more telling of two anchor sets: longer shortest string, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b) return a ?? b;
  const [la, lb] = [Math.min(...a.map((x) => x.length)), Math.min(...b.map((x) => x.length))];
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Anchors of alternatives: every one must have some, and any of them will do. */
const either = (all: (string[] | null)[]) =>
  all.some((a) => !a) ? null : [...new Set(all.flatMap((a) => a!))];

/** The stem of an English word that every inflected form contains. */
const stem = (w: string) =>
  UNINFLECTED.has(w) || !/^[a-z]+$/.test(w) ? w : w.replace(/[ey]$/, '');

interface Built {
  steps: Step[];
  gapped: boolean;
  anchors: string[] | null;
  /** Regex source of the whole, when it is literal words only (no gap, group or class). */
  literal: string | null;
  /** The characters a match may start with, when known. */
  firsts: ReadonlySet<string> | null;
}

interface Compiler {
  language: PhraseLanguage;
  aliases: PhraseAliases;
  whole: string;
  path: string[];
  /** Numbers the top-level groups and classes; null inside groups and classes. */
  slots: Slot[] | null;
}

const classCache = new WeakMap<PhraseAliases, Map<string, WordClass>>();

/** A word class of `aliases` compiled once per language. */
function wordClass(name: string, c: Compiler): WordClass {
  let cache = classCache.get(c.aliases);
  if (!cache) classCache.set(c.aliases, (cache = new Map()));
  const key = `${c.language}:${name}`;
  const done = cache.get(key);
  if (done) return done;
  const alias = c.aliases[name];
  if (alias === undefined) throw new Error(`Unknown phrase alias {${name}} in "${c.whole}"`);
  if (c.path.includes(name)) throw new Error(`Phrase alias {${name}} names itself in "${c.whole}"`);
  const entries = typeof alias === 'string' ? alias.replace(/^\[|\]$/g, '').split('|') : alias;
  const inner = { ...c, path: [...c.path, name], slots: null };
  const built = entries.map((e) => build(tokenize(e, c.whole), inner));
  const cls: WordClass = {
    entries: built.map((b) => b.steps),
    byFirst: new Map(),
    anyFirst: [],
    firsts: union(built.map((b) => b.firsts)),
    gapped: built.some((b) => b.gapped),
    anchors: either(built.map((b) => b.anchors)),
  };
  for (const b of built) {
    if (!b.firsts) cls.anyFirst.push(b.steps);
    else for (const f of b.firsts) cls.byFirst.set(f, [...(cls.byFirst.get(f) ?? []), b.steps]);
  }
  cache.set(key, cls);
  return cls;
}

/** Any of several sets of first characters; null (any character) if one of them is. */
const union = (sets: (ReadonlySet<string> | null)[]): ReadonlySet<string> | null =>
  sets.some((x) => !x) ? null : new Set(sets.flatMap((x) => [...x!]));

const lit = (source: string): Step => ({ kind: 'lit', re: new RegExp(source, 'y') });

/** Joins literal steps that follow each other into one regex. */
function merge(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (const s of steps) {
    const prev = out.at(-1);
    if (
      s.kind === 'lit' &&
      prev?.kind === 'lit' &&
      s.slot === undefined &&
      prev.slot === undefined &&
      !s.each &&
      !prev.each
    ) {
      out[out.length - 1] = lit(prev.re.source + s.re.source);
    } else out.push(s);
  }
  return out;
}

/** The steps of a cut pattern, with what is known of its matches. */
function build(pieces: Piece[], c: Compiler): Built {
  const steps: Step[] = [];
  let gapped = false;
  let anchors: string[] | null = null;
  let firsts: ReadonlySet<string> | null | undefined;
  let literal: string | null = '';
  const setFirst = (f: ReadonlySet<string> | null) => {
    if (firsts === undefined) firsts = f;
  };
  const slotted = (step: Step, slot: Slot): Step => {
    if (!c.slots) return step;
    c.slots.push(slot);
    return { ...step, slot: c.slots.length - 1 } as Step;
  };

  const group = (p: Exclude<Piece, { kind: 'text' }>): Step => {
    literal = null;
    if (p.kind === 'class') {
      const cls = wordClass(p.name, c);
      gapped ||= cls.gapped;
      anchors = better(anchors, cls.anchors);
      setFirst(cls.firsts);
      return slotted({ kind: 'class', cls }, { alternatives: null, sources: [] });
    }
    const inner = { ...c, slots: null };
    const alts = p.alternatives.map((a) => build(tokenize(a, c.whole), inner));
    gapped ||= alts.some((b) => b.gapped);
    anchors = better(anchors, either(alts.map((b) => b.anchors)));
    setFirst(union(alts.map((b) => b.firsts)));
    const plain = !p.alternatives.some((a) => a.includes('{'));
    const sources = alts.map((b) => b.literal);
    const slot = {
      alternatives: plain ? p.alternatives : null,
      sources: sources.map((s) => s ?? ''),
    };
    if (sources.every((s): s is string => s !== null)) {
      const longestFirst = [...sources].sort((a, b) => b.length - a.length);
      const step: Step = { kind: 'lit', re: new RegExp(`(?:${longestFirst.join('|')})`, 'y') };
      // Where one alternative starts another ("他" and "他们", "cam" and "camera": compared as
      // written too, since an English word's endings make its source no prefix), each is tried in turn.
      const starts = (xs: readonly string[], cut: (x: string) => string = (x) => x) =>
        xs.some((s, i) => xs.some((t, j) => i !== j && t.startsWith(cut(s))));
      if (starts(longestFirst) || (c.language === 'en' && starts(p.alternatives, stem)))
        step.each = longestFirst.map((s) => new RegExp(s, 'y'));
      return slotted(step, slot);
    }
    return slotted({ kind: 'alt', seqs: alts.map((b) => b.steps) }, slot);
  };

  if (c.language === 'zh') {
    for (const p of pieces) {
      if (p.kind !== 'text') {
        steps.push(group(p));
        continue;
      }
      for (const part of p.text.split(/(\*\*?)/)) {
        const gap = GAP_SIZE[part];
        if (gap) {
          gapped = true;
          literal = null;
          setFirst(null);
          steps.push({ kind: 'gap', max: gap.zh });
          continue;
        }
        const text = normalizeForScreen(part, { informal: true }).text;
        if (!text) continue;
        anchors = better(anchors, [text]);
        setFirst(new Set([text[0]!]));
        if (literal !== null) literal += escapeRegex(text);
        steps.push(lit(escapeRegex(text)));
      }
    }
  } else {
    // English: words, gaps, groups and classes are tokens; a space goes before each but the first.
    let started = false;
    pieces.forEach((p, i) => {
      if (p.kind !== 'text') {
        const before = pieces[i - 1];
        const after = pieces[i + 1];
        const glued =
          (before?.kind === 'text' && /\S$/.test(before.text)) ||
          (after?.kind === 'text' && /^\S/.test(after.text)) ||
          (before !== undefined && before.kind !== 'text') ||
          (after !== undefined && after.kind !== 'text');
        if (glued) throw new Error(`An English group must stand as whole words: "${c.whole}"`);
        if (started) steps.push(lit(' '));
        steps.push(group(p));
        started = true;
        return;
      }
      for (const token of p.text.split(/\s+/).filter(Boolean)) {
        const gap = GAP_SIZE[token];
        if (gap) {
          gapped = true;
          literal = null;
          steps.push({ kind: 'gap', max: gap.en });
          continue;
        }
        for (const word of normalizeForScreen(token, { informal: true })
          .text.split(' ')
          .filter(Boolean)) {
          const source = (started ? ' ' : '') + inflect(word);
          anchors = better(anchors, [stem(word)]);
          setFirst(new Set([word[0]!]));
          if (literal !== null) literal += source;
          steps.push(lit(source));
          started = true;
        }
      }
    });
  }
  return { steps: merge(steps), gapped, anchors, literal, firsts: firsts ?? null };
}

/**
 * Compiles a phrase pattern: `[a|b]` is either alternative, `{name}` a word class from
 * `aliases`, `*` a short gap (PHRASE_GAP) and `**` a long one. Chinese matches as a substring,
 * English by whole words with regular endings.
 */
export function compilePattern(
  pattern: string,
  language: PhraseLanguage,
  aliases: PhraseAliases = {},
): CompiledPattern {
  const text = pattern.replace(/\s+/g, ' ').trim();
  if (/^\*|\*$/.test(text))
    throw new Error(`A pattern may not start or end with a gap: "${pattern}"`);
  if (/[?+()^$\\]/.test(text)) throw new Error(`Not a phrase pattern character in "${pattern}"`);
  const pieces = tokenize(text, pattern);
  const slots: Slot[] = [];
  const { steps, gapped, anchors, firsts } = build(pieces, {
    language,
    aliases,
    whole: pattern,
    path: [],
    slots,
  });
  const head = steps[0];
  let slot = 0;
  return {
    pattern,
    language,
    steps,
    scan: head?.kind === 'lit' ? new RegExp(head.re.source, 'g') : null,
    firsts,
    gapped,
    pieces: pieces.map((p) => (p.kind === 'text' ? p.text : slots[slot++]!)),
    anchors,
  };
}

interface Run {
  text: string;
  en: boolean;
  memo: MatchMemo;
  /** Where each top-level slot matched, on the path being tried. */
  caps: [number, number][];
}

/** Where the words of a class that start at `at` end, longest first. */
function classEnds(cls: WordClass, at: number, r: Run): number[] {
  let byStart = r.memo.get(cls);
  if (!byStart) r.memo.set(cls, (byStart = new Map()));
  const known = byStart.get(at);
  if (known) return known;
  const ends = new Set<number>();
  const collect = (e: number) => (ends.add(e), -1);
  for (const seq of [...(cls.byFirst.get(r.text[at]!) ?? []), ...cls.anyFirst])
    run(seq, 0, at, r, collect);
  const sorted = [...ends].sort((a, b) => b - a);
  byStart.set(at, sorted);
  return sorted;
}

/** The ends of a gap from `at`: Chinese characters shortest first, English words longest first. */
function gapEnds(max: number, at: number, r: Run): number[] {
  const ends = [at];
  if (!r.en) {
    for (let k = 0; k < max && at + k < r.text.length && !ZH_NOT.has(r.text[at + k]!); k++)
      ends.push(at + k + 1);
    return ends;
  }
  let q = at;
  for (let k = 0; k < max && r.text[q] === ' '; k++) {
    let e = q + 1;
    while (e < r.text.length && r.text[e] !== ' ') e++;
    if (e === q + 1 || EN_NOT.has(r.text.slice(q + 1, e))) break;
    ends.push((q = e));
  }
  return ends.reverse();
}

/**
 * Matches `steps[i…]` at `at`, then calls `next` with where they end; returns what `next`
 * returned, or -1 when no way through succeeds (a backtracking search, as a regex does).
 */
function run(steps: Step[], i: number, at: number, r: Run, next: (end: number) => number): number {
  if (i === steps.length) return next(at);
  const step = steps[i]!;
  const on = (end: number) => {
    if (step.kind !== 'gap' && step.slot !== undefined) r.caps[step.slot] = [at, end];
    return run(steps, i + 1, end, r, next);
  };
  const tryEach = (ends: readonly number[]) => {
    for (const e of ends) {
      const got = on(e);
      if (got >= 0) return got;
    }
    return -1;
  };
  switch (step.kind) {
    case 'lit': {
      step.re.lastIndex = at;
      const m = step.re.exec(r.text);
      if (!m) return -1;
      if (!step.each) return on(at + m[0].length);
      return tryEach(
        step.each.flatMap((re) => {
          re.lastIndex = at;
          const each = re.exec(r.text);
          return each ? [at + each[0].length] : [];
        }),
      );
    }
    case 'gap':
      return tryEach(gapEnds(step.max, at, r));
    case 'class':
      return tryEach(classEnds(step.cls, at, r));
    case 'alt':
      for (const seq of step.seqs) {
        const got = run(seq, 0, at, r, on);
        if (got >= 0) return got;
      }
      return -1;
  }
}

/** The words a slot stands for in a match: the alternative that matched, or the words themselves. */
function slotPhrase(slot: Slot, captured: string): string {
  if (!slot.alternatives) return captured;
  slot.tests ??= slot.sources.map((s) => new RegExp(`^(?:${s})$`));
  const k = slot.tests.findIndex((t) => t.test(captured));
  return slot.alternatives[k] ?? captured;
}

/**
 * Every non-overlapping match of a compiled pattern in normalised text, leftmost first. `memo`
 * keeps the word-class matches found, for other patterns run over the same text.
 */
export function findPattern(
  text: string,
  compiled: CompiledPattern,
  memo: MatchMemo = new Map(),
): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (compiled.anchors && !compiled.anchors.some((a) => text.includes(a))) return out;
  const en = compiled.language === 'en';
  const r: Run = { text, en, memo, caps: [] };
  const wordEnd = (e: number) => (en && EN_WORD.test(text[e] ?? '') ? -1 : e);
  for (let at = 0; at < text.length;) {
    if (compiled.scan) {
      compiled.scan.lastIndex = at;
      const m = compiled.scan.exec(text);
      if (!m) break;
      at = m.index;
    }
    const firsts = compiled.firsts;
    if ((firsts && !firsts.has(text[at]!)) || (en && EN_WORD.test(text[at - 1] ?? ''))) {
      at++;
      continue;
    }
    r.caps = [];
    const end = run(compiled.steps, 0, at, r, wordEnd);
    if (end <= at) {
      at++;
      continue;
    }
    let slot = 0;
    const phrase = compiled.pieces
      .map((p) => {
        if (typeof p === 'string') return p;
        const [s, e] = r.caps[slot++] ?? [0, 0];
        return slotPhrase(p, text.slice(s, e));
      })
      .join('');
    out.push({ start: at, end, phrase: phrase.trim() });
    at = end;
  }
  return out;
}
