/**
 * The fitted model's arithmetic: a one-hidden-layer network with a linear skip connection, over standardized pair
 * features. Small on purpose (under three thousand weights, fitted by `npm run fit`): about 50 features and 10k
 * training pairs support little more; scripts/fit.ts gives the sizes 5-fold CV chose.
 */

/** Weights of one network, as stored in model.json. Not changed once used: forward() keeps flat copies. */
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

/** A network's weights as flat typed arrays, row after row: read once per network, not per call. */
interface Packed {
  inputs: number;
  hidden: Float64Array;
  hiddenBias: Float64Array;
  out: Float64Array;
  skip: Float64Array;
  outBias: Float64Array;
}
const packedNets = new WeakMap<NetworkWeights, Packed>();
const packedStds = new WeakMap<Standardizer, { mean: Float64Array; scale: Float64Array }>();

function pack(net: NetworkWeights): Packed {
  let p = packedNets.get(net);
  if (p === undefined) {
    p = {
      inputs: net.hidden[0]?.length ?? net.skip[0]?.length ?? 0,
      hidden: Float64Array.from(net.hidden.flat()),
      hiddenBias: Float64Array.from(net.hiddenBias),
      out: Float64Array.from(net.out.flat()),
      skip: Float64Array.from(net.skip.flat()),
      outBias: Float64Array.from(net.outBias),
    };
    packedNets.set(net, p);
  }
  return p;
}

function packStd(std: Standardizer): { mean: Float64Array; scale: Float64Array } {
  let p = packedStds.get(std);
  if (p === undefined) {
    p = { mean: Float64Array.from(std.mean), scale: Float64Array.from(std.scale) };
    packedStds.set(std, p);
  }
  return p;
}

/**
 * Network outputs before the link function, into `out` (allocated if not given). The weights are read from flat
 * copies made on first use (a model object is not changed after it is loaded); the arithmetic and its order are
 * those of the nested arrays, so the outputs are the same to the last bit.
 */
export function forward(
  net: NetworkWeights,
  std: Standardizer,
  x: ArrayLike<number>,
  out: Float64Array = new Float64Array(net.outBias.length),
): Float64Array {
  const n = x.length;
  const p = pack(net);
  const s0 = packStd(std);
  // Scratch space reused across calls (forward runs synchronously and reads it only until it returns).
  if (scratchZ.length < n) scratchZ = new Float64Array(n);
  if (scratchH.length < p.hiddenBias.length) scratchH = new Float64Array(p.hiddenBias.length);
  const z = scratchZ;
  const h = scratchH;
  const mean = s0.mean;
  const scale = s0.scale;
  for (let i = 0; i < n; i++) z[i] = (x[i]! - mean[i]!) / scale[i]!;
  const hidden = p.hiddenBias.length;
  const width = p.inputs;
  const hw = p.hidden;
  for (let k = 0; k < hidden; k++) {
    let s = p.hiddenBias[k]!;
    const row = k * width;
    for (let i = 0; i < n; i++) s += hw[row + i]! * z[i]!;
    h[k] = Math.tanh(s);
  }
  const ow = p.out;
  const sw = p.skip;
  for (let o = 0; o < out.length; o++) {
    let s = p.outBias[o]!;
    const orow = o * hidden;
    for (let k = 0; k < hidden; k++) s += ow[orow + k]! * h[k]!;
    const srow = o * width;
    for (let i = 0; i < n; i++) s += sw[srow + i]! * z[i]!;
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
