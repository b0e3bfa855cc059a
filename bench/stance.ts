/**
 * Stance benchmark (issue 5's headline/body stance, on development cases). Prints `summary.stance` of each body
 * towards its headline against the label, as per-class F1 and macro-F1 over agree / disagree / discuss / unrelated,
 * beside a TF-IDF + refuting-word peer whose three thresholds are tuned on these same cases (an advantage the library
 * does not get).
 *
 * The cases (bench/stance-dev.json: headline/body pairs on made-up stories, one body of each label per headline, in
 * batches of 40) were written for this project in the style of news headline/body stance data by helpers that had not
 * seen the library's rules.
 * They are development data: rules were then adjusted after reading the misses, so the figures here overstate what
 * held-back data would give. Each batch was written after the rules had been adjusted to the ones before it; the
 * latest batch read before any adjustment to it is the nearest to a held-back figure (see the README). No public
 * stance data is in ../shared.
 *
 * Run: npm run bench:stance
 */
import { readFileSync } from 'node:fs';
import { compare } from '../src/index';

interface Case {
  set: string;
  topic: string;
  label: Label;
  headline: string;
  body: string;
}
type Label = 'agree' | 'disagree' | 'discuss' | 'unrelated';
const LABELS: readonly Label[] = ['agree', 'disagree', 'discuss', 'unrelated'];
const FROM_STANCE: Record<string, Label> = {
  agrees: 'agree',
  disputes: 'disagree',
  discusses: 'discuss',
  unrelated: 'unrelated',
};

const cases = JSON.parse(readFileSync(new URL('./stance-dev.json', import.meta.url), 'utf8')) as Case[];

/** Per-class F1 and their mean. */
function scores(gold: readonly Label[], got: readonly Label[]): { f1: Record<Label, number>; macro: number } {
  const f1 = {} as Record<Label, number>;
  for (const l of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (got[i] === l && g === l) tp++;
      else if (got[i] === l) fp++;
      else if (g === l) fn++;
    });
    f1[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return { f1, macro: LABELS.reduce((s, l) => s + f1[l], 0) / LABELS.length };
}

// --- the peer: TF-IDF cosine of headline and body, and a count of refuting words ------------------------------
const WORD = /[\p{L}\p{N}']+/gu;
const STOP = new Set(
  'a an the and or of to in on at by for with from as is are was were be been it its that this which who he she they his her their has have had will would'.split(
    ' ',
  ),
);
/** Words by which a body calls a claim false (the kind of list stance baselines use). */
const REFUTING = new Set(
  'fake fraud hoax hoaxes false deny denies denied denying not no never nothing debunk debunked bogus fabricated untrue doubt doubts prank retract retracted incorrect wrong'.split(
    ' ',
  ),
);
const words = (text: string) => (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
const docs = cases.flatMap((c) => [words(c.headline), words(c.body)]);
const df = new Map<string, number>();
for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
const vector = (d: string[]) => {
  const v = new Map<string, number>();
  for (const w of d) v.set(w, (v.get(w) ?? 0) + 1);
  let norm = 0;
  for (const [w, tf] of v) {
    const x = tf * Math.log((docs.length + 1) / ((df.get(w) ?? 0) + 1));
    v.set(w, x);
    norm += x * x;
  }
  for (const [w, x] of v) v.set(w, x / (Math.sqrt(norm) || 1));
  return v;
};
const cosine = (x: Map<string, number>, y: Map<string, number>) => {
  let s = 0;
  for (const [w, a] of x) s += a * (y.get(w) ?? 0);
  return s;
};
const peerInput = cases.map((c) => {
  const body = words(c.body);
  return {
    cos: cosine(vector(words(c.headline)), vector(body)),
    refuting: body.filter((w) => REFUTING.has(w)).length / Math.max(1, body.length),
  };
});
function peer(tUnrelated: number, tAgree: number, tRefute: number): Label[] {
  return peerInput.map(({ cos, refuting }) =>
    cos < tUnrelated ? 'unrelated' : refuting >= tRefute ? 'disagree' : cos >= tAgree ? 'agree' : 'discuss',
  );
}
const gold = cases.map((c) => c.label);
let best = { macro: -1, t: [0, 0, 0] };
for (let u = 0; u <= 0.5; u += 0.01)
  for (let a = u; a <= 0.8; a += 0.01)
    for (let r = 0; r <= 0.06; r += 0.0025) {
      const { macro } = scores(gold, peer(u, a, r));
      if (macro > best.macro) best = { macro, t: [u, a, r] };
    }
const peerGot = peer(best.t[0]!, best.t[1]!, best.t[2]!);

// --- the library ---------------------------------------------------------------------------------------------
const started = performance.now();
const got = cases.map((c) => FROM_STANCE[compare(c.headline, c.body).summary.stance]!);
const ms = (performance.now() - started) / cases.length;

const ours = scores(gold, got);
const theirs = scores(gold, peerGot);
const fmt = (x: number) => x.toFixed(3);
console.log(
  `Stance of the body towards its headline: ${cases.length} development cases (bench/stance-dev.json)`,
);
console.log(`  ${'system'.padEnd(44)} ${LABELS.map((l) => l.padStart(9)).join(' ')}   macro-F1`);
console.log(
  `  ${'compare() summary.stance'.padEnd(44)} ${LABELS.map((l) => fmt(ours.f1[l]).padStart(9)).join(' ')}   ${fmt(ours.macro)}`,
);
console.log(
  `  ${'TF-IDF + refuting words (tuned here)'.padEnd(44)} ${LABELS.map((l) => fmt(theirs.f1[l]).padStart(9)).join(' ')}   ${fmt(theirs.macro)}`,
);
console.log(
  `  peer thresholds: unrelated below cosine ${best.t[0]!.toFixed(2)}, agree from ${best.t[1]!.toFixed(2)}, ` +
    `disagree from ${(100 * best.t[2]!).toFixed(2)}% refuting words`,
);
console.log(`  compare() ${ms.toFixed(1)} ms per pair`);
for (const set of [...new Set(cases.map((c) => c.set))]) {
  const idx = cases.flatMap((c, i) => (c.set === set ? [i] : []));
  const s = scores(
    idx.map((i) => gold[i]!),
    idx.map((i) => got[i]!),
  );
  const p = scores(
    idx.map((i) => gold[i]!),
    idx.map((i) => peerGot[i]!),
  );
  console.log(`  ${set} (${idx.length} cases): compare() ${fmt(s.macro)}, peer ${fmt(p.macro)}`);
}
console.log('\n  confusion of compare() (rows: label, columns: stance)');
console.log(`  ${''.padEnd(10)} ${LABELS.map((l) => l.padStart(9)).join(' ')}`);
for (const g of LABELS) {
  const row = LABELS.map((l) => String(gold.filter((x, i) => x === g && got[i] === l).length).padStart(9));
  console.log(`  ${g.padEnd(10)} ${row.join(' ')}`);
}
