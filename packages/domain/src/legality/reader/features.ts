import { normalizeForScreen } from '../normalize';

/** One feature of a text where it stands: a run of Chinese characters, an English word or pair. */
export interface FeatureAt {
  key: string;
  weight: number;
  /** UTF-16 offsets into the ORIGINAL text. */
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
/** Chinese character runs of one to three characters; single characters count half. */
const HAN_GRAMS = [1, 2, 3] as const;
const SINGLE_HAN_WEIGHT = 0.5;
/**
 * A negation's scope (round 11): the next few Chinese characters after a cue (不, 莫, 严禁…) in
 * the same run, the next few English words after one ("dont", "never") up to a punctuation mark.
 * Its runs and words are read twice, as themselves and as negated (`n搜身`, `vsearch`), so the
 * reader can learn that a forbidden act speaks for lawful (cross-validated, docs/legality-screen.md).
 */
const NEG_REACH = 8;
const EN_NEG_REACH = 6;
const HAN_CUE =
  /不得不|不能不|不得已|不要紧|别人|别处|别的|莫名|严禁|禁止|拒绝|防止|避免|不|别|莫|勿|没|未/gu;
const FALSE_HAN = new Set(['不得不', '不能不', '不得已', '不要紧', '别人', '别处', '别的', '莫名']);
const EN_CUES = new Set(
  "not never no dont don't doesnt doesn't didnt didn't cannot cant can't wont won't mustnt shouldnt without avoid prevent refuse prohibit prohibited forbid forbidden".split(
    ' ',
  ),
);
/** Which characters of a Chinese run lie in a negation's scope: a cue's next few. */
function hanScope(run: string): boolean[] {
  const scope = run.split('').map(() => false);
  for (const m of run.matchAll(HAN_CUE)) {
    if (FALSE_HAN.has(m[0])) continue;
    const from = m.index + m[0].length;
    for (let i = from; i < Math.min(run.length, from + NEG_REACH); i++) scope[i] = true;
  }
  return scope;
}

/** A crude English stem: "searching", "searched", "searches" and "search" are one feature. */
const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/u, '') || word;

/**
 * The features the second reader sees in a text, each with where it stands: every one-, two- and
 * three-character run of Chinese (`h搜身`), every English word stem (`wsearch`) and pair of
 * neighbouring stems (`bpat_down`), read from the screen's own normalisation (half-width, lower
 * case, informal spellings read as words).
 */
export function featuresOf(text: string): FeatureAt[] {
  const norm = normalizeForScreen(text, { informal: true });
  const features: FeatureAt[] = [];
  const span = (from: number, to: number) => ({
    start: norm.starts[from]!,
    end: norm.ends[to - 1]!,
  });
  let previous: { stem: string; from: number } | null = null;
  let negated = 0;
  for (const m of norm.text.matchAll(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu)) {
    const run = m[0];
    const at = m.index;
    if (HAN.test(run[0]!)) {
      previous = null;
      negated = 0;
      const scope = hanScope(run);
      for (const n of HAN_GRAMS) {
        for (let i = 0; i + n <= run.length; i++) {
          const weight = n === 1 ? SINGLE_HAN_WEIGHT : 1;
          const gram = run.slice(i, i + n);
          const inScope = n > 1 && scope[i] && scope[i + n - 1];
          features.push({ key: `h${gram}`, weight, ...span(at + i, at + i + n) });
          if (inScope) features.push({ key: `n${gram}`, weight, ...span(at + i, at + i + n) });
        }
      }
      continue;
    }
    const word = stem(run);
    features.push({ key: `w${word}`, weight: 1, ...span(at, at + run.length) });
    if (negated > 0) features.push({ key: `v${word}`, weight: 1, ...span(at, at + run.length) });
    if (previous) {
      const key = `b${previous.stem}_${word}`;
      features.push({ key, weight: 1, ...span(previous.from, at + run.length) });
    }
    previous = { stem: word, from: at };
    const bare = run.replace(/[^a-z']/gu, '');
    if (/[,.;:!?]$/u.test(run)) negated = 0;
    else if (EN_CUES.has(bare)) negated = EN_NEG_REACH;
    else if (negated > 0) negated--;
  }
  return features;
}

/** The features as one vector of unit length: a long request weighs no more than a short one. */
export function featureVector(features: readonly FeatureAt[]): Map<string, number> {
  const vector = new Map<string, number>();
  for (const f of features) vector.set(f.key, (vector.get(f.key) ?? 0) + f.weight);
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of vector) vector.set(k, v / norm);
  return vector;
}
