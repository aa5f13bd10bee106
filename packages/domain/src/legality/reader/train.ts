import { featuresOf, featureVector } from './features';
import { encodeWeights, type ReaderModel } from './model';

/** A labelled text: the rule category it breaks, or null when lawful. */
export interface TrainingText {
  text: string;
  ruleId: string | null;
}

/** How the reader is trained; the defaults are what `reader-model.ts` was trained with. */
export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** Weight decay: keeps any one feature from deciding alone. */
  l2: number;
  /** Weights are kept as whole steps of this many levels each side of zero. */
  levels: number;
}

export const TRAINING: TrainingOptions = {
  epochs: 30,
  learningRate: 1,
  l2: 1e-3,
  levels: 15,
};

type Vector = Map<string, number>;
type Weights = Map<string, Float64Array>;

/** A seeded generator (Park–Miller), so that training the same texts gives the same reader. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function probabilities(x: Vector, weights: Weights, bias: Float64Array): Float64Array {
  const z = Float64Array.from(bias);
  for (const [k, v] of x) {
    const w = weights.get(k);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * v;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Softmax regression by stochastic gradient descent, the texts in a seeded order each epoch. */
function fit(xs: readonly Vector[], ys: readonly number[], classes: number, o: TrainingOptions) {
  const weights: Weights = new Map();
  const bias = new Float64Array(classes);
  const random = generator(1);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const gradient = probabilities(xs[i]!, weights, bias);
      gradient[ys[i]!]! -= 1;
      for (let c = 0; c < classes; c++) bias[c]! -= o.learningRate * 0.1 * gradient[c]!;
      for (const [k, v] of xs[i]!) {
        let w = weights.get(k);
        if (!w) weights.set(k, (w = new Float64Array(classes)));
        for (let c = 0; c < classes; c++)
          w[c]! -= o.learningRate * (gradient[c]! * v + o.l2 * w[c]!);
      }
    }
  }
  return { weights, bias };
}

/**
 * Trains the second reader on labelled texts: a softmax regression over the texts' features,
 * its weights rounded to `levels` steps; a feature whose every weight rounds to nothing is left
 * out.
 */
export function trainReader(
  texts: readonly TrainingText[],
  options: TrainingOptions = TRAINING,
): ReaderModel {
  const categories = [...new Set(texts.flatMap((t) => (t.ruleId ? [t.ruleId] : [])))].sort();
  const labels = ['lawful', ...categories];
  const xs = texts.map((t) => featureVector(featuresOf(t.text)));
  const ys = texts.map((t) => labels.indexOf(t.ruleId ?? 'lawful'));
  const { weights, bias } = fit(xs, ys, labels.length, options);
  let largest = 0;
  for (const w of weights.values()) for (const x of w) largest = Math.max(largest, Math.abs(x));
  const scale = Number((largest / options.levels).toPrecision(6));
  const steps = new Map(
    [...weights].map(([key, w]) => [key, [...w].map((x) => Math.round(x / scale))]),
  );
  const vocabulary = [...steps.keys()].filter((k) => steps.get(k)!.some((s) => s !== 0)).sort();
  return {
    labels,
    vocabulary: vocabulary.join(' '),
    scale,
    bias: [...bias].map((b) => Number(b.toFixed(4))),
    weights: encodeWeights(vocabulary.flatMap((k) => steps.get(k)!)),
  };
}
