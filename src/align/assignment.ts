/**
 * Maximum-weight one-to-one matching over sparse candidate edges. Each connected component of the candidate graph
 * is solved exactly with the Hungarian method (Kuhn 1955; Munkres 1957) in its O(n²m) shortest-augmenting-path
 * form, when it is small enough; larger components fall back to greedy matching by weight, which is within a
 * factor of two of the optimum and runs in O(E log E).
 */

export interface Edge {
  a: number;
  b: number;
  weight: number;
}

/** Components with more nodes than this on their smaller side are matched greedily (Hungarian is cubic). */
export const EXACT_LIMIT = 400;

/**
 * Chooses a set of edges, no two sharing an `a` or a `b`, with the largest total weight (exactly for components
 * up to EXACT_LIMIT nodes a side). Returns indices into `edges`, in ascending order. Deterministic: ties go to the
 * earlier edge.
 *
 * @example
 * maxWeightMatching([{ a: 0, b: 0, weight: 1 }, { a: 0, b: 1, weight: 0.9 }, { a: 1, b: 0, weight: 0.9 }]); // [1, 2]
 */
export function maxWeightMatching(edges: readonly Edge[]): number[] {
  const chosen: number[] = [];
  for (const component of components(edges)) {
    const as = new Set(component.map((k) => edges[k]!.a));
    const bs = new Set(component.map((k) => edges[k]!.b));
    if (Math.min(as.size, bs.size) <= EXACT_LIMIT && as.size * bs.size <= EXACT_LIMIT * EXACT_LIMIT * 4) {
      chosen.push(
        ...hungarian(
          edges,
          component,
          [...as].sort((x, y) => x - y),
          [...bs].sort((x, y) => x - y),
        ),
      );
    } else {
      chosen.push(...greedy(edges, component));
    }
  }
  return chosen.sort((x, y) => x - y);
}

/** Edge indices grouped by connected component (union-find over a- and b-nodes). */
function components(edges: readonly Edge[]): number[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const e of edges) {
    const x = `a${e.a}`;
    const y = `b${e.b}`;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<string, number[]>();
  edges.forEach((e, k) => {
    const r = find(`a${e.a}`);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(k);
  });
  return [...groups.values()];
}

export function greedy(edges: readonly Edge[], subset: readonly number[]): number[] {
  const order = [...subset].sort((x, y) => edges[y]!.weight - edges[x]!.weight || x - y);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: number[] = [];
  for (const k of order) {
    const e = edges[k]!;
    if (usedA.has(e.a) || usedB.has(e.b)) continue;
    usedA.add(e.a);
    usedB.add(e.b);
    out.push(k);
  }
  return out;
}

/**
 * Hungarian method on the dense weight matrix of one component. Rows are the smaller side; a missing edge has
 * weight 0, which is the same as leaving the row unmatched, so the result is a maximum-weight matching.
 */
function hungarian(edges: readonly Edge[], subset: readonly number[], as: number[], bs: number[]): number[] {
  const transpose = as.length > bs.length;
  const rows = transpose ? bs : as;
  const cols = transpose ? as : bs;
  const n = rows.length;
  const m = cols.length;
  const rowOf = new Map(rows.map((v, i) => [v, i]));
  const colOf = new Map(cols.map((v, j) => [v, j]));
  // cost = -weight, so minimizing cost maximizes weight. 1-based arrays, as in the textbook form of the algorithm.
  const cost = new Float64Array((n + 1) * (m + 1));
  const edgeAt = new Int32Array((n + 1) * (m + 1)).fill(-1);
  for (const k of subset) {
    const e = edges[k]!;
    const i = rowOf.get(transpose ? e.b : e.a)! + 1;
    const j = colOf.get(transpose ? e.a : e.b)! + 1;
    const c = -e.weight;
    const at = i * (m + 1) + j;
    if (edgeAt[at]! < 0 || c < cost[at]!) {
      cost[at] = c;
      edgeAt[at] = k;
    }
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 * (m + 1) + j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: number[] = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const k = edgeAt[i * (m + 1) + j]!;
    if (k >= 0) out.push(k);
  }
  return out;
}
