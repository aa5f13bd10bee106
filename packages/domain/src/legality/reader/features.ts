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
  for (const m of norm.text.matchAll(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu)) {
    const run = m[0];
    const at = m.index;
    if (HAN.test(run[0]!)) {
      previous = null;
      for (const n of HAN_GRAMS) {
        for (let i = 0; i + n <= run.length; i++) {
          const weight = n === 1 ? SINGLE_HAN_WEIGHT : 1;
          features.push({ key: `h${run.slice(i, i + n)}`, weight, ...span(at + i, at + i + n) });
        }
      }
      continue;
    }
    const word = stem(run);
    features.push({ key: `w${word}`, weight: 1, ...span(at, at + run.length) });
    if (previous) {
      const key = `b${previous.stem}_${word}`;
      features.push({ key, weight: 1, ...span(previous.from, at + run.length) });
    }
    previous = { stem: word, from: at };
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
