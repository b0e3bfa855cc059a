/**
 * The fitted model's arithmetic: a one-hidden-layer network with a linear skip connection, over standardized pair
 * features. Small on purpose (under three thousand weights, fitted by `npm run fit`): about 50 features and 10k
 * training pairs support little more; scripts/fit.ts gives the sizes 5-fold CV chose.
 */

/** Weights of one network, as stored in model.json. */
export interface NetworkWeights {
  /** hidden x inputs. */
  hidden: number[][];
  hiddenBias: number[];
  /** outputs x hidden. */
  out: number[][];
  /** outputs x inputs: the linear part. */
  skip: number[][];
  outBias: number[];
}

/** Standardization of the inputs: z = (x - mean) / scale. */
export interface Standardizer {
  mean: number[];
  scale: number[];
}

let scratchZ = new Float64Array(64);
let scratchH = new Float64Array(64);

/** Network outputs before the link function, into `out` (allocated if not given). */
export function forward(
  net: NetworkWeights,
  std: Standardizer,
  x: ArrayLike<number>,
  out: Float64Array = new Float64Array(net.outBias.length),
): Float64Array {
  const n = x.length;
  // Scratch space reused across calls (forward runs synchronously and reads it only until it returns).
  if (scratchZ.length < n) scratchZ = new Float64Array(n);
  if (scratchH.length < net.hidden.length) scratchH = new Float64Array(net.hidden.length);
  const z = scratchZ;
  const h = scratchH;
  for (let i = 0; i < n; i++) z[i] = (x[i]! - std.mean[i]!) / std.scale[i]!;
  const hidden = net.hidden.length;
  for (let k = 0; k < hidden; k++) {
    const w = net.hidden[k]!;
    let s = net.hiddenBias[k]!;
    for (let i = 0; i < n; i++) s += w[i]! * z[i]!;
    h[k] = Math.tanh(s);
  }
  for (let o = 0; o < out.length; o++) {
    const w = net.out[o]!;
    const sk = net.skip[o]!;
    let s = net.outBias[o]!;
    for (let k = 0; k < hidden; k++) s += w[k]! * h[k]!;
    for (let i = 0; i < n; i++) s += sk[i]! * z[i]!;
    out[o] = s;
  }
  return out;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Softmax in place. */
export function softmax(x: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] = Math.exp(x[i]! - max);
  for (let i = 0; i < x.length; i++) x[i]! /= sum;
  return x;
}
