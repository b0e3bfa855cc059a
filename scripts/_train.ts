/**
 * Fitting and scoring helpers shared by `scripts/fit.ts` and `bench/quality.ts`: featurizing pairs, a deterministic
 * full-batch Adam trainer for the network of src/classify/network.ts, and the metrics the issue names.
 */
import { extractFeatures, type SentenceFeatures } from '../src/features/index';
import { analyzePair } from '../src/classify/pair';
import { forward, sigmoid, softmax, type NetworkWeights, type Standardizer } from '../src/classify/network';
import type { Pair } from './_datasets';
import { random } from './_random';

const sentenceCache = new Map<string, SentenceFeatures>();

/** Sentence features, one object per distinct text (so the pair features' per-sentence cache is shared). */
export function sentence(text: string): SentenceFeatures {
  let f = sentenceCache.get(text);
  if (!f) {
    f = extractFeatures({ index: 0, text, start: 0, end: text.length });
    sentenceCache.set(text, f);
  }
  return f;
}

/** Pair feature vectors for a list of pairs. */
export function featurize(pairs: readonly Pair[]): Float64Array[] {
  return pairs.map((p) => analyzePair(sentence(p.a), sentence(p.b)).x);
}

/** Mean and standard deviation per feature (scale 1 for a constant feature). */
export function standardizer(rows: readonly Float64Array[]): Standardizer {
  const n = rows[0]?.length ?? 0;
  const mean = new Array<number>(n).fill(0);
  const scale = new Array<number>(n).fill(0);
  for (const r of rows) for (let i = 0; i < n; i++) mean[i]! += r[i]! / rows.length;
  for (const r of rows) for (let i = 0; i < n; i++) scale[i]! += (r[i]! - mean[i]!) ** 2 / rows.length;
  return { mean, scale: scale.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

export interface TrainOptions {
  hidden: number;
  /** 'regression': one sigmoid output fitted by squared error to targets in [0, 1]; 'softmax': classes. */
  task: 'regression' | 'softmax';
  outputs: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/**
 * Fits a network by full-batch Adam. Deterministic: fixed seed, fixed order, no parallelism.
 * `targets` are values in [0, 1] (regression) or class indices (softmax); `weights` per sample (default 1).
 */
export function train(
  rows: readonly Float64Array[],
  targets: readonly number[],
  std: Standardizer,
  o: TrainOptions,
  weights?: readonly number[],
): NetworkWeights {
  const n = std.mean.length;
  const H = o.hidden;
  const O = o.outputs;
  const rand = random(o.seed);
  const P = H * n + H + O * H + O * n + O;
  const p = new Float64Array(P);
  const iW1 = 0;
  const ib1 = H * n;
  const iW2 = ib1 + H;
  const iS = iW2 + O * H;
  const ib2 = iS + O * n;
  for (let k = 0; k < H * n; k++) p[iW1 + k] = (rand() - 0.5) * (2 / Math.sqrt(n));
  for (let k = 0; k < O * H; k++) p[iW2 + k] = (rand() - 0.5) * (2 / Math.sqrt(Math.max(1, H)));
  const Z = rows.map((r) => Float64Array.from(r, (v, i) => (v - std.mean[i]!) / std.scale[i]!));
  const W = weights ?? rows.map(() => 1);
  const wsum = W.reduce((s, v) => s + v, 0);
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const g = new Float64Array(P);
  const h = new Float64Array(H);
  const out = new Float64Array(O);
  const dOut = new Float64Array(O);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    g.fill(0);
    for (let s = 0; s < Z.length; s++) {
      const z = Z[s]!;
      for (let k = 0; k < H; k++) {
        let a = p[ib1 + k]!;
        for (let i = 0; i < n; i++) a += p[iW1 + k * n + i]! * z[i]!;
        h[k] = Math.tanh(a);
      }
      for (let q = 0; q < O; q++) {
        let a = p[ib2 + q]!;
        for (let k = 0; k < H; k++) a += p[iW2 + q * H + k]! * h[k]!;
        for (let i = 0; i < n; i++) a += p[iS + q * n + i]! * z[i]!;
        out[q] = a;
      }
      const ws = W[s]! / wsum;
      if (o.task === 'regression') {
        const y = sigmoid(out[0]!);
        dOut[0] = 2 * (y - targets[s]!) * y * (1 - y) * ws;
      } else {
        softmax(out);
        for (let q = 0; q < O; q++) dOut[q] = (out[q]! - (q === targets[s] ? 1 : 0)) * ws;
      }
      for (let q = 0; q < O; q++) {
        const d = dOut[q]!;
        g[ib2 + q]! += d;
        for (let k = 0; k < H; k++) g[iW2 + q * H + k]! += d * h[k]!;
        for (let i = 0; i < n; i++) g[iS + q * n + i]! += d * z[i]!;
      }
      for (let k = 0; k < H; k++) {
        let d = 0;
        for (let q = 0; q < O; q++) d += dOut[q]! * p[iW2 + q * H + k]!;
        d *= 1 - h[k]! * h[k]!;
        g[ib1 + k]! += d;
        for (let i = 0; i < n; i++) g[iW1 + k * n + i]! += d * z[i]!;
      }
    }
    for (let k = 0; k < P; k++) {
      const isBias = (k >= ib1 && k < iW2) || k >= ib2;
      const gk = g[k]! + (isBias ? 0 : o.l2 * p[k]!);
      m[k] = beta1 * m[k]! + (1 - beta1) * gk;
      v[k] = beta2 * v[k]! + (1 - beta2) * gk * gk;
      const mh = m[k]! / (1 - beta1 ** epoch);
      const vh = v[k]! / (1 - beta2 ** epoch);
      p[k]! -= (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const round = (x: number) => Number(x.toPrecision(5));
  const mat = (from: number, r: number, c: number) =>
    Array.from({ length: r }, (_, i) => Array.from(p.subarray(from + i * c, from + (i + 1) * c), round));
  return {
    hidden: mat(iW1, H, n),
    hiddenBias: Array.from(p.subarray(ib1, ib1 + H), round),
    out: mat(iW2, O, H),
    skip: mat(iS, O, n),
    outBias: Array.from(p.subarray(ib2, ib2 + O), round),
  };
}

/** Regression output in [0, 1]. */
export function predictScore(net: NetworkWeights, std: Standardizer, x: Float64Array): number {
  return sigmoid(forward(net, std, x)[0]!);
}

/** Class probabilities. */
export function predictClasses(net: NetworkWeights, std: Standardizer, x: Float64Array): Float64Array {
  return softmax(forward(net, std, x));
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(x: readonly number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Accuracy, and F1 of one class. */
export function scoreLabels(
  gold: readonly string[],
  predicted: readonly string[],
  positive: string,
): { accuracy: number; f1: number } {
  let right = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g === p) right++;
    if (p === positive && g === positive) tp++;
    else if (p === positive) fp++;
    else if (g === positive) fn++;
  });
  return { accuracy: right / gold.length, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}
