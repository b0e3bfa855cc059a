/**
 * Quality and speed of similarity() and relate(), beside two simple peers computed in the same run:
 *
 *   npm run bench:quality
 *
 * Figures (issue 4): STS-B dev Pearson and Spearman; SICK trial relatedness Pearson; SICK trial 3-way accuracy and
 * contradiction F1; MRPC 5-fold cross-validation accuracy and F1 (the model refitted on SICK train plus four folds
 * each time); RTE-3 dev contradiction F1; µs per pair over STS-B dev; the lexicon's load time.
 *
 * Peers: TF-IDF cosine (IDF from the training split of the same set) and Dice over lowercase word sets. For SICK
 * and RTE-3 the peer is TF-IDF plus negation parity with two thresholds tuned on SICK train; for MRPC a cosine
 * threshold tuned on the training folds. The data is read from ../shared/datasets and never copied.
 */
import { datasetsDir, fold, mrpc, rte3, sick, stsb, type Pair } from '../scripts/_datasets';
import { fitModel } from '../scripts/fit';
import { pearson, scoreLabels, sentence, spearman } from '../scripts/_train';
import { relate, similarity } from '../src/index';
import { analyzePair } from '../src/classify/pair';
import { predictRelation, type FittedModel } from '../src/classify/fitted';
import { getLexicon, resetLexicon } from '../src/lexicon/wordnet';
import { getVectors, resetVectors } from '../src/lexicon/vectors';

const dir = datasetsDir();
if (!dir) {
  console.log(
    'bench:quality: ../shared/datasets is absent; no figures can be computed. Nothing was measured.',
  );
  process.exit(0);
}

const fmt = (x: number) => x.toFixed(3);

// Lexicon load time, cold: WordNet text plus the word vectors.
resetLexicon();
resetVectors();
let t = performance.now();
getLexicon().areSynonyms('dog', 'cat');
const wordnetMs = performance.now() - t;
t = performance.now();
getVectors();
const vectorsMs = performance.now() - t;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
const NEG = /\b(not|no|never|nobody|none|nothing|n't)\b/i;

function idfTable(train: readonly Pair[]): (w: string) => number {
  const df = new Map<string, number>();
  for (const p of train)
    for (const s of [p.a, p.b]) for (const w of new Set(words(s))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = 2 * train.length;
  return (w) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
}

function tfidfCosine(idf: (w: string) => number, a: string, b: string): number {
  const vec = (s: string) => {
    const m = new Map<string, number>();
    for (const w of words(s)) m.set(w, (m.get(w) ?? 0) + 1);
    for (const [w, c] of m) m.set(w, c * idf(w));
    return m;
  };
  const x = vec(a);
  const y = vec(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [w, v] of x) {
    nx += v * v;
    dot += v * (y.get(w) ?? 0);
  }
  for (const v of y.values()) ny += v * v;
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
}

function dice(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return x.size + y.size > 0 ? (2 * shared) / (x.size + y.size) : 0;
}

/** The SICK peer: contradiction when negation parity differs and cosine ≥ c; entailment when cosine ≥ e. */
function tuneNliPeer(train: readonly Pair[], cos: (p: Pair) => number) {
  const label = (p: Pair, c: number, e: number) => {
    const s = cos(p);
    if (NEG.test(p.a) !== NEG.test(p.b) && s >= c) return 'CONTRADICTION';
    return s >= e ? 'ENTAILMENT' : 'NEUTRAL';
  };
  let best = { c: 0, e: 0, acc: -1 };
  const scores = train.map(cos);
  void scores;
  for (let c = 0; c <= 1; c += 0.05) {
    for (let e = 0; e <= 1; e += 0.05) {
      let right = 0;
      for (const p of train) if (label(p, c, e) === p.label) right++;
      if (right > best.acc) best = { c, e, acc: right };
    }
  }
  return (p: Pair) => label(p, best.c, best.e);
}

function bestThreshold(scores: readonly number[], positive: readonly boolean[]): number {
  let best = { t: 0, right: -1 };
  for (let k = 0; k <= 100; k++) {
    const th = k / 100;
    let right = 0;
    scores.forEach((s, i) => {
      if (s >= th === positive[i]) right++;
    });
    if (right > best.right) best = { t: th, right };
  }
  return best.t;
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

// STS-B dev.
const stsTrain = stsb(dir, 'train');
const stsDev = stsb(dir, 'dev');

// Speed over STS-B dev, once the lexicon has loaded: the median of PASSES timed passes after one untimed (one pass
// is at the mercy of whatever else this shared machine runs at that moment). Measured before the figures below,
// whose refits leave a large heap behind that a user's process calling relate() would not have.
const PASSES = 5;
// First, pairs never seen before: one untimed pass over STS-B train (compiles the code, and fills the per-word caches
// with the words the splits share), then one timed pass over half of dev each, similarity() on the even pairs and
// relate() on the odd ones (the split is ordered by genre). The repeated passes below find every word pair already scored; these do not, as a user
// comparing new texts will not.
for (const p of stsTrain) {
  similarity(p.a, p.b);
  relate(p.a, p.b);
}
const firstPass = (f: (a: string, b: string) => unknown, pairs: readonly Pair[]) => {
  const start = performance.now();
  for (const p of pairs) f(p.a, p.b);
  return ((performance.now() - start) * 1000) / pairs.length;
};
const usSimNew = firstPass(
  similarity,
  stsDev.filter((_, k) => k % 2 === 0),
);
const usRelNew = firstPass(
  relate,
  stsDev.filter((_, k) => k % 2 === 1),
);
const perPair = (f: (a: string, b: string) => unknown) => {
  for (const p of stsDev) f(p.a, p.b);
  const times: number[] = [];
  for (let k = 0; k < PASSES; k++) {
    const start = performance.now();
    for (const p of stsDev) f(p.a, p.b);
    times.push(((performance.now() - start) * 1000) / stsDev.length);
  }
  return times.sort((x, y) => x - y)[PASSES >> 1]!;
};
const usSim = perPair(similarity);
const usRel = perPair(relate);
const gold = stsDev.map((p) => p.score!);
const ours = stsDev.map((p) => similarity(p.a, p.b));
const stsIdf = idfTable(stsTrain);
const tf = stsDev.map((p) => tfidfCosine(stsIdf, p.a, p.b));
const di = stsDev.map((p) => dice(p.a, p.b));
row(
  'STS-B dev',
  'Pearson',
  fmt(pearson(ours, gold)),
  fmt(pearson(tf, gold)),
  fmt(pearson(di, gold)),
  '≥ 0.80',
);
row(
  'STS-B dev',
  'Spearman',
  fmt(spearman(ours, gold)),
  fmt(spearman(tf, gold)),
  fmt(spearman(di, gold)),
  '≥ 0.80',
);

// SICK trial.
const sickTrain = sick(dir, 'train');
const sickTrial = sick(dir, 'trial');
const sickIdf = idfTable(sickTrain);
const sg = sickTrial.map((p) => p.score!);
const so = sickTrial.map((p) => similarity(p.a, p.b));
const st = sickTrial.map((p) => tfidfCosine(sickIdf, p.a, p.b));
const sd = sickTrial.map((p) => dice(p.a, p.b));
row(
  'SICK trial',
  'relatedness Pearson',
  fmt(pearson(so, sg)),
  fmt(pearson(st, sg)),
  fmt(pearson(sd, sg)),
  '≥ 0.78',
);
const toSick = (r: string) =>
  r === 'agreement' ? 'ENTAILMENT' : r === 'contradiction' ? 'CONTRADICTION' : 'NEUTRAL';
const sickGold = sickTrial.map((p) => p.label!);
const sickOurs = scoreLabels(
  sickGold,
  sickTrial.map((p) => toSick(relate(p.a, p.b).relation)),
  'CONTRADICTION',
);
const nliPeer = tuneNliPeer(sickTrain, (p) => tfidfCosine(sickIdf, p.a, p.b));
const sickPeer = scoreLabels(sickGold, sickTrial.map(nliPeer), 'CONTRADICTION');
row('SICK trial', '3-way accuracy', fmt(sickOurs.accuracy), fmt(sickPeer.accuracy), '', '≥ 0.86');
row('SICK trial', 'contradiction F1', fmt(sickOurs.f1), fmt(sickPeer.f1), '', '≥ 0.90');

// MRPC, 5-fold CV: the relation model refitted on SICK train plus four folds; the peers' thresholds on four folds.
const mr = mrpc(dir);
const mrGold: string[] = [];
const mrOurs: string[] = [];
const mrNoFacts: string[] = [];
const mrTf: string[] = [];
const mrDice: string[] = [];
for (let k = 0; k < 5; k++) {
  const tr = mr.filter((_, i) => fold(i, 5) !== k);
  const te = mr.filter((_, i) => fold(i, 5) === k);
  const model: FittedModel = fitModel(
    [...stsTrain, ...sickTrain],
    [...sickTrain, ...tr],
    [...stsTrain, ...sickTrain],
  );
  const idf = idfTable(tr);
  const pos = tr.map((p) => p.label === 'PARAPHRASE');
  const tTf = bestThreshold(
    tr.map((p) => tfidfCosine(idf, p.a, p.b)),
    pos,
  );
  const tDice = bestThreshold(
    tr.map((p) => dice(p.a, p.b)),
    pos,
  );
  for (const p of te) {
    const pair = analyzePair(sentence(p.a), sentence(p.b));
    mrGold.push(p.label === 'PARAPHRASE' ? 'yes' : 'no');
    mrOurs.push(predictRelation(pair, model).relation === 'agreement' ? 'yes' : 'no');
    mrNoFacts.push(
      predictRelation(pair, { ...model, factConflict: 2 }).relation === 'agreement' ? 'yes' : 'no',
    );
    mrTf.push(tfidfCosine(idf, p.a, p.b) >= tTf ? 'yes' : 'no');
    mrDice.push(dice(p.a, p.b) >= tDice ? 'yes' : 'no');
  }
}
const m0 = scoreLabels(mrGold, mrOurs, 'yes');
const m1 = scoreLabels(mrGold, mrTf, 'yes');
const m2 = scoreLabels(mrGold, mrDice, 'yes');
const m3 = scoreLabels(mrGold, mrNoFacts, 'yes');
row('MRPC 5-fold CV', 'accuracy', fmt(m0.accuracy), fmt(m1.accuracy), fmt(m2.accuracy), '≥ 0.78');
row('MRPC 5-fold CV', 'F1', fmt(m0.f1), fmt(m1.f1), fmt(m2.f1), '≥ 0.85');
row('MRPC 5-fold CV', 'acc / F1 without the fact rule', `${fmt(m3.accuracy)} / ${fmt(m3.f1)}`, '', '', '');

// RTE-3 dev: text as a, hypothesis as b.
const rte = rte3(dir);
const toRte = (r: string) =>
  r === 'agreement' ? 'ENTAILMENT' : r === 'contradiction' ? 'CONTRADICTION' : 'UNKNOWN';
const rteGold = rte.map((p) => p.label!);
const rteOurs = scoreLabels(
  rteGold,
  rte.map((p) => toRte(relate(p.a, p.b).relation)),
  'CONTRADICTION',
);
const rtePeer = scoreLabels(
  rteGold,
  rte.map((p) => {
    const l = nliPeer(p);
    return l === 'NEUTRAL' ? 'UNKNOWN' : l;
  }),
  'CONTRADICTION',
);
row('RTE-3 dev', 'contradiction F1', fmt(rteOurs.f1), fmt(rtePeer.f1), '', '≥ 0.35');

const head = ['data', 'figure', 'corroborate', 'TF-IDF peer', 'Dice peer', 'bar'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log();
console.log(
  `similarity(): ${usSim.toFixed(1)} µs per pair; relate(): ${usRel.toFixed(1)} µs per pair (STS-B dev, warm, median of ${PASSES} passes; bar ≤ 50)`,
);
console.log(
  `  on pairs not seen before (after a pass over STS-B train; one pass over half of dev each): similarity() ${usSimNew.toFixed(1)} µs, relate() ${usRelNew.toFixed(1)} µs`,
);
console.log(
  `lexicon load: WordNet ${wordnetMs.toFixed(0)} ms + vectors ${vectorsMs.toFixed(0)} ms (bar ≤ 300 ms)`,
);
