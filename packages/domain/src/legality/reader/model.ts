import { featuresOf, featureVector, type FeatureAt } from './features';

/**
 * The second reader as data: a softmax regression over a text's features (`featuresOf`), one
 * weight per feature and label, kept as whole steps of `scale`.
 */
export interface ReaderModel {
  /** `lawful` first, then the rule categories. */
  labels: readonly string[];
  /** The features it knows, separated by spaces. */
  vocabulary: string;
  scale: number;
  bias: readonly number[];
  /** The weights, feature by feature, each label's one character (`encodeWeights`). */
  weights: string;
}

/** A feature of the text and how much it speaks for the category over lawful. */
export interface Evidence extends FeatureAt {
  weight: number;
}

/** What the reader thinks of a text. */
export interface ReaderOpinion {
  /** How likely the text asks for an act of Art. 30, 0–1. */
  unlawful: number;
  /** The rule category it reads most likely. */
  ruleId: string;
  /** The text's features that speak for that category, each with how much, the weightiest first. */
  evidence: readonly Evidence[];
}

// One printable character a weight step, -15..15 as '_' .. '}': no quote or backslash among them.
const ZERO = 0x6e;
const MAX_STEPS = 15;

export function encodeWeights(steps: readonly number[]): string {
  return steps
    .map((s) => {
      if (!Number.isInteger(s) || Math.abs(s) > MAX_STEPS) throw new RangeError(`weight step ${s}`);
      return String.fromCharCode(ZERO + s);
    })
    .join('');
}

interface Decoded {
  labels: readonly string[];
  bias: readonly number[];
  weights: Map<string, Float64Array>;
}

const decoded = new WeakMap<ReaderModel, Decoded>();

function decode(model: ReaderModel): Decoded {
  const known = decoded.get(model);
  if (known) return known;
  const k = model.labels.length;
  const weights = new Map<string, Float64Array>();
  model.vocabulary.split(' ').forEach((key, f) => {
    const w = new Float64Array(k);
    for (let c = 0; c < k; c++) w[c] = (model.weights.charCodeAt(f * k + c) - ZERO) * model.scale;
    weights.set(key, w);
  });
  const result = { labels: model.labels, bias: model.bias, weights };
  decoded.set(model, result);
  return result;
}

/** Reads a text: how likely it asks for a forbidden act, which, and the words that said so. */
export function readText(text: string, model: ReaderModel): ReaderOpinion {
  const { labels, bias, weights } = decode(model);
  // Unknown features count in the length of the vector, as they did in training.
  const all = featuresOf(text);
  const x = featureVector(all);
  const features = all.filter((f) => weights.has(f.key));
  const z = [...bias];
  for (const [key, v] of x) {
    const w = weights.get(key);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * v;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  let best = 1;
  for (let c = 2; c < labels.length; c++) if (e[c]! > e[best]!) best = c;
  // A feature's part in the verdict: how much more it speaks for the category than for lawful.
  const weightFor = (f: FeatureAt) => {
    const w = weights.get(f.key)!;
    return x.get(f.key)! * (w[best]! - w[0]!);
  };
  const evidence = features
    .map((f) => ({ ...f, weight: weightFor(f) }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
  return { unlawful: 1 - e[0]! / sum, ruleId: labels[best]!, evidence };
}
