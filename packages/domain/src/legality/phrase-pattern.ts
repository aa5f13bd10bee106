import { normalizeForScreen } from './normalize';

/** The language a phrase is written in decides how it matches: CJK as substrings, English by words. */
export type PhraseLanguage = 'zh' | 'en';

/** How many CJK characters, or English words, a `*` in a phrase may stand for. */
export const PHRASE_GAP = { zh: 4, en: 2 } as const;

/** A phrase pattern ready to run over normalised text. */
export interface CompiledPattern {
  pattern: string;
  language: PhraseLanguage;
  regex: RegExp;
  /** The pattern cut at its `[a|b]` groups: literal, group, literal, …, literal. */
  literals: string[];
  groups: { alternatives: string[]; tests: RegExp[] }[];
}

/** A match of a pattern in normalised text, with the plain phrase it stands for. */
export interface PatternMatch {
  start: number;
  end: number;
  /** The pattern with each `[a|b]` group replaced by the alternative that matched. */
  phrase: string;
}

// Words that never take an ending: "lock him up" must not match "lock him ups", nor "in" match "ins".
const UNINFLECTED = new Set(
  'a an the to of on in up out with from at into onto by for as home around away his her him them their my our your its no not dont do online public me us it this that these those'.split(
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
  if (last === 'e' && word.length > 2) return `${word.slice(0, -1)}(?:e|es|ed|ing)`;
  if (last === 'y' && beforeLast !== undefined && !VOWELS.has(beforeLast))
    return `${word.slice(0, -1)}(?:y|ies|ied|ying)`;
  if (VOWELS.has(last) || last === 'w' || last === 'x' || last === 'y')
    return `${word}(?:s|es|ed|ing)?`;
  return `${word}(?:s|es|${last}?ed|${last}?ing)?`;
}

const GAP = { zh: `[\\s\\S]{0,${PHRASE_GAP.zh}}?`, en: `(?: \\S+){0,${PHRASE_GAP.en}}` };

/** Regex source of plain Chinese text (no groups): `*` becomes a bounded gap. */
function zhSource(text: string): string {
  return text
    .split('*')
    .map((part) => escapeRegex(normalizeForScreen(part).text))
    .join(GAP.zh);
}

/** Regex source of a run of English tokens: words take endings, `*` is a gap of whole words. */
function enSource(tokens: readonly string[], group: (i: number) => string): string {
  let source = '';
  for (const token of tokens) {
    if (token === '*') {
      source += GAP.en;
      continue;
    }
    const piece = /^\u0000\d+\u0000$/.test(token)
      ? group(Number(token.slice(1, -1)))
      : normalizeForScreen(token).text.split(' ').filter(Boolean).map(inflect).join(' ');
    if (!piece) continue;
    // After a gap the space is still needed: the gap eats the words' leading spaces only.
    if (source) source += ' ';
    source += piece;
  }
  return source;
}

/**
 * Compiles a phrase pattern: `[a|b]` is either alternative, `{name}` an alias from `aliases`
 * (itself a group), `*` a short gap (PHRASE_GAP). Chinese matches as a substring, English
 * by whole words with regular endings.
 */
export function compilePattern(
  pattern: string,
  language: PhraseLanguage,
  aliases: Readonly<Record<string, string>> = {},
): CompiledPattern {
  const expanded = pattern
    .replace(/\{(\w+)\}/g, (_m, name: string, at: number) => {
      const alias = aliases[name];
      if (alias === undefined) throw new Error(`Unknown phrase alias {${name}} in "${pattern}"`);
      // Inside a group the alias's alternatives join that group: "[{officials}|raid]".
      const insideGroup = pattern.lastIndexOf('[', at) > pattern.lastIndexOf(']', at);
      return insideGroup ? alias.replace(/^\[|\]$/g, '') : alias;
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (/^\*|\*$/.test(expanded))
    throw new Error(`A pattern may not start or end with a gap: "${pattern}"`);
  const literals: string[] = [];
  const groups: CompiledPattern['groups'] = [];
  let rest = expanded;
  for (;;) {
    const open = rest.indexOf('[');
    if (open < 0) break;
    const close = rest.indexOf(']', open);
    if (close < 0 || rest.slice(open + 1, close).includes('['))
      throw new Error(`Bad [ ] group in "${pattern}"`);
    literals.push(rest.slice(0, open));
    const alternatives = rest.slice(open + 1, close).split('|');
    groups.push({ alternatives, tests: [] });
    rest = rest.slice(close + 1);
  }
  literals.push(rest);

  const altSource = (a: string) =>
    language === 'zh' ? zhSource(a) : enSource(a.split(' '), () => '');
  for (const g of groups)
    g.tests = g.alternatives.map((a) => new RegExp(`^(?:${altSource(a)})$`, 'u'));
  const groupSource = (i: number) =>
    `(${groups[i]!.alternatives.map(altSource)
      .sort((a, b) => b.length - a.length)
      .join('|')})`;

  let source: string;
  if (language === 'zh') {
    source = literals.map((lit, i) => zhSource(lit) + (groups[i] ? groupSource(i) : '')).join('');
  } else {
    const glued = groups.some((_g, i) => /\S$/.test(literals[i]!) || /^\S/.test(literals[i + 1]!));
    if (glued) throw new Error(`An English group must stand as whole words: "${pattern}"`);
    const marked = literals.map((lit, i) => lit + (groups[i] ? ` \u0000${i}\u0000 ` : '')).join('');
    const tokens = marked.split(' ').filter(Boolean);
    source = `(?<![\\p{Script=Latin}\\p{N}])${enSource(tokens, groupSource)}(?![\\p{Script=Latin}\\p{N}])`;
  }
  return { pattern, language, regex: new RegExp(source, 'gu'), literals, groups };
}

/** Every non-overlapping match of a compiled pattern in normalised text. */
export function findPattern(text: string, compiled: CompiledPattern): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const m of text.matchAll(compiled.regex)) {
    let phrase = '';
    compiled.literals.forEach((lit, i) => {
      phrase += lit;
      const group = compiled.groups[i];
      if (group) {
        const captured = m[i + 1] ?? '';
        const k = group.tests.findIndex((t) => t.test(captured));
        phrase += group.alternatives[k] ?? captured;
      }
    });
    out.push({ start: m.index, end: m.index + m[0].length, phrase: phrase.trim() });
  }
  return out;
}
