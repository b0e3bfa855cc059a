/**
 * Alignment benchmark (issue 5). Prints:
 *   - the founding case: the share of ../shared/seed/expected.json (copy in tests/fixtures) that compare() meets,
 *     with b as the PMO statement and as the PMO side of seed-article.txt with its repeated statement;
 *   - WiCE dev (oracle chunks): precision, recall and F1 of the chunk sentences compare() links to the claim,
 *     against the supporting ones (meta.oracle_idx), beside a TF-IDF best-match peer whose threshold is tuned on
 *     this same data (an advantage the library does not get);
 *   - WiCE dev against the whole cited articles (non-supported-tokens-dev): the same figures, beside the same peer;
 *   - ClaimDiff train: the share of claim pairs that get a link, and the relations found against the
 *     strengthen/weaken labels;
 *   - on each of these, the recall of forced candidate pruning on the final links (bench/_recall.ts).
 * Data is read from ../shared/datasets; the WiCE and ClaimDiff parts say so and are skipped when it is absent.
 *
 * Run: npm run bench:align
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/index';
import { foundingChecks, seedB, textA, textB } from '../tests/founding';
import { addPrunedVsExhaustive, newTally, printTally } from './_recall';
import { otherClaims, wice, wiceArticles, wiceChunk, type WiceRow } from '../scripts/_datasets';

const shared = fileURLToPath(new URL('../../shared/datasets/', import.meta.url));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function founding(): void {
  console.log('Founding case (expected.json)');
  for (const [name, b] of [
    ['PMO statement', textB],
    ['PMO side of seed-article.txt (with repeats)', seedB],
  ] as const) {
    const checks = foundingChecks(compare(textA, b), b);
    const failed = checks.filter((c) => {
      try {
        return !c.ok();
      } catch {
        return true;
      }
    });
    console.log(
      `  ${name.padEnd(44)} ${checks.length - failed.length}/${checks.length}  ${pct(1 - failed.length / checks.length)}`,
    );
    for (const f of failed) console.log(`    failed: ${f.name}`);
  }
}

// --- a TF-IDF best-match peer ------------------------------------------------------------------------------
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(
  'a an the and or of to in on at by for with from as is are was were be been it its that this which who he she they his her their'.split(
    ' ',
  ),
);
function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
}
function tfidf(docs: string[][], df: Map<string, number>, n: number): Map<string, number>[] {
  return docs.map((d) => {
    const v = new Map<string, number>();
    for (const w of d) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log((n + 1) / ((df.get(w) ?? 0) + 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}
function cosine(x: Map<string, number>, y: Map<string, number>): number {
  let s = 0;
  for (const [w, v] of x) s += v * (y.get(w) ?? 0);
  return s;
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : 0];
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);

/** WiCE dev rows, or undefined (and a note) when ../shared/datasets/wice is absent. */
function wiceRows(): WiceRow[] | undefined {
  const rows = existsSync(shared) ? wice(shared) : null;
  if (rows) return rows;
  console.log('WiCE dev: skipped, ../shared/datasets/wice is absent');
  return undefined;
}

/** A claim, the sentences of its source, and which of them support it. */
interface EvidenceCase {
  claim: string;
  evidence: string[];
  gold: ReadonlySet<number>;
}

/**
 * compare(claim, source) with the source's sentences as paragraphs: precision, recall and F1 of the source sentences
 * it links (a sentence counts as linked when a segment inside it is), beside the TF-IDF peer, whose threshold is
 * tuned on these same cases. Prints both and the difference; `each` sees every report.
 */
function evidenceAlignment(
  title: string,
  cases: readonly EvidenceCase[],
  each?: (k: number, report: ReturnType<typeof compare>) => void,
): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const t0 = performance.now();
  cases.forEach((c, k) => {
    const { text, starts } = wiceChunk(c);
    const report = compare(c.claim, text);
    each?.(k, report);
    const linked = new Set<number>();
    for (const l of report.links) {
      for (const j of l.b) {
        const s = report.b.sentences[j]!;
        let e = starts.length - 1;
        while (e > 0 && starts[e]! > s.start) e--;
        linked.add(e);
      }
    }
    for (const e of linked) {
      if (c.gold.has(e)) tp++;
      else fp++;
    }
    for (const e of c.gold) if (!linked.has(e)) fn++;
  });
  const ms = performance.now() - t0;
  const ours = prf(tp, fp, fn);

  // Peer: TF-IDF cosine between the claim and each source sentence, linked at or above a threshold tuned here.
  const docs = cases.flatMap((c) => [words(c.claim), ...c.evidence.map(words)]);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const scores = cases.map((c) => {
    const [claim, ...ev] = tfidf([words(c.claim), ...c.evidence.map(words)], df, docs.length);
    return ev.map((e) => cosine(claim!, e));
  });
  let best: { t: number; f: [number, number, number] } = { t: 0, f: [0, 0, 0] };
  for (let t = 0.02; t <= 0.8; t += 0.01) {
    let tp2 = 0;
    let fp2 = 0;
    let fn2 = 0;
    scores.forEach((ss, k) => {
      ss.forEach((s, e) => {
        const g = cases[k]!.gold.has(e);
        if (s >= t && g) tp2++;
        else if (s >= t) fp2++;
        else if (g) fn2++;
      });
    });
    const f = prf(tp2, fp2, fn2);
    if (f[2] > best.f[2]) best = { t, f };
  }
  console.log(`\n${title}`);
  console.log('  system                              precision  recall     F1');
  console.log(
    `  compare()                           ${pct(ours[0]).padStart(9)} ${pct(ours[1]).padStart(7)} ${pct(ours[2]).padStart(6)}`,
  );
  console.log(
    `  TF-IDF best match (t=${best.t.toFixed(2)}, tuned here) ${pct(best.f[0]).padStart(9)} ${pct(best.f[1]).padStart(7)} ${pct(best.f[2]).padStart(6)}`,
  );
  console.log(
    `  F1 difference: ${((ours[2] - best.f[2]) * 100).toFixed(1)} points; compare() ${(ms / cases.length).toFixed(1)} ms per claim`,
  );
}

function wiceBench(rows: WiceRow[]): void {
  const cases = rows.map((r) => {
    const oracle = new Set(r.meta.oracle_idx ?? []);
    const gold = new Set(r.meta.chunk_idx.flatMap((idx, k) => (oracle.has(idx) ? [k] : [])));
    return { claim: r.claim, evidence: r.evidence, gold };
  });
  // The chunk's stance towards the claim, by WiCE label (no stance labels here: a view, not a score).
  const stances = new Map<string, Map<string, number>>();
  evidenceAlignment(
    `WiCE dev, oracle chunks (${rows.length} claims): linked chunk sentences vs supporting ones (bar: +10 F1)`,
    cases,
    (k, report) => {
      const label = rows[k]!.label;
      const byLabel = stances.get(label) ?? new Map<string, number>();
      stances.set(label, byLabel);
      byLabel.set(report.summary.stance, (byLabel.get(report.summary.stance) ?? 0) + 1);
    },
  );
  const kinds = ['agrees', 'discusses', 'disputes', 'unrelated'] as const;
  console.log(`\nWiCE dev: summary.stance of the chunk towards the claim, by WiCE label (share of claims)`);
  console.log(`  label                  n ${kinds.map((k) => k.padStart(10)).join('')}`);
  for (const label of ['supported', 'partially_supported', 'not_supported']) {
    const m = stances.get(label);
    if (!m) continue;
    const n = [...m.values()].reduce((x, y) => x + y, 0);
    console.log(
      `  ${label.padEnd(20)} ${String(n).padStart(4)} ${kinds.map((k) => pct((m.get(k) ?? 0) / n).padStart(10)).join('')}`,
    );
  }
  // The claim against the chunk of another claim (otherClaims): a stance test's "unrelated" pairs.
  const other = new Map<string, number>();
  const others = otherClaims(rows.length);
  rows.forEach((r, k) => {
    const stance = compare(r.claim, wiceChunk(rows[others[k]!]!).text).summary.stance;
    other.set(stance, (other.get(stance) ?? 0) + 1);
  });
  console.log(
    `  ${"another claim's chunk".padEnd(20)} ${String(rows.length).padStart(4)} ${kinds.map((k) => pct((other.get(k) ?? 0) / rows.length).padStart(10)).join('')}`,
  );
}

/**
 * WiCE dev's claims against the whole articles they cite: about 120 sentences each, of which about 3 support the
 * claim. Closer to evidence retrieval than the oracle chunks, which hold the supporting sentences and their
 * neighbours only.
 */
function wiceArticleBench(): void {
  const rows = existsSync(shared) ? wiceArticles(shared) : null;
  if (!rows) {
    console.log('\nWiCE dev, whole articles: skipped, ../shared/datasets/wice is absent');
    return;
  }
  const cases = rows.map((r) => ({
    claim: r.claim,
    evidence: r.evidence,
    gold: new Set(r.supporting_sentences.flat()),
  }));
  evidenceAlignment(
    `WiCE dev, whole cited articles (non-supported-tokens-dev, ${rows.length} claims): linked article sentences vs the supporting ones`,
    cases,
  );
}

interface ClaimDiffRow {
  pair_id: string;
  claim_a: string;
  claim_b: string;
  relation: number;
}

/** ClaimDiff train (the strength file, and each pair's weaken label), or undefined when it is absent. */
function claimDiffRows(): { strength: ClaimDiffRow[]; weak: Map<string, number> } | undefined {
  const dir = `${shared}claimdiff/`;
  if (!existsSync(`${dir}ClaimDiff-strength-train.jsonl`)) {
    console.log('\nClaimDiff train: skipped, ../shared/datasets/claimdiff is absent');
    return undefined;
  }
  const strength = jsonl<ClaimDiffRow>(`${dir}ClaimDiff-strength-train.jsonl`);
  const weak = jsonl<ClaimDiffRow>(`${dir}ClaimDiff-weak-train.jsonl`);
  return { strength, weak: new Map(weak.map((r) => [r.pair_id, r.relation])) };
}

function claimdiff({ strength, weak }: { strength: ClaimDiffRow[]; weak: Map<string, number> }): void {
  const table = new Map<string, Map<string, number>>();
  let linked = 0;
  for (const r of strength) {
    const report = compare(r.claim_a, r.claim_b);
    const rel = report.links.length === 0 ? 'no link' : report.links.map((l) => l.relation).sort()[0]!;
    if (report.links.length > 0) linked++;
    const label = r.relation === 1 ? 'strengthen' : weak.get(r.pair_id) === 1 ? 'weaken' : 'neither';
    const row = table.get(label) ?? new Map<string, number>();
    row.set(rel, (row.get(rel) ?? 0) + 1);
    table.set(label, row);
  }
  console.log(`\nClaimDiff train (${strength.length} pairs): ${pct(linked / strength.length)} get a link`);
  const rels = ['agreement', 'partial', 'contradiction', 'no link'];
  console.log(`  label        n     ${rels.map((x) => x.padStart(14)).join('')}`);
  for (const label of ['strengthen', 'weaken', 'neither']) {
    const row = table.get(label) ?? new Map<string, number>();
    const n = [...row.values()].reduce((s, x) => s + x, 0);
    console.log(
      `  ${label.padEnd(12)} ${String(n).padStart(4)}  ${rels.map((x) => pct((row.get(x) ?? 0) / Math.max(1, n)).padStart(14)).join('')}`,
    );
  }
}

/**
 * Candidate pruning (issue 7): the final links of the aligner with every key-sharing pair judged and with pruning
 * forced on, on the founding case and the development sets (bench/_recall.ts). Their texts are short enough that
 * compare() judges every pair; this shows what pruning would lose on them. Expect nothing: pruning keeps each
 * sentence's best `perSentence` (6) of the other side, from both sides, so when one side has at most 6 sentences
 * (a WiCE or ClaimDiff claim, the PMO statement) every pair that shares a key is kept.
 */
function pruning(wiceData: WiceRow[] | undefined, claims: ReturnType<typeof claimDiffRows>): void {
  console.log(
    '\nCandidate pruning forced on (exhaustiveUpTo 0, perSentence 6) against every key-sharing pair',
  );
  const sets: [string, [string, string][]][] = [
    [
      'founding case',
      [
        [textA, textB],
        [textA, seedB],
      ],
    ],
  ];
  if (wiceData) sets.push(['WiCE dev (claim vs chunk)', wiceData.map((r) => [r.claim, wiceChunk(r).text])]);
  if (claims)
    sets.push(['ClaimDiff train (claim vs claim)', claims.strength.map((r) => [r.claim_a, r.claim_b])]);
  for (const [name, texts] of sets) {
    const tally = newTally();
    for (const [x, y] of texts) addPrunedVsExhaustive(tally, x, y);
    printTally(name, tally, 3);
  }
}

const wiceData = wiceRows();
const claims = claimDiffRows();
founding();
if (wiceData) wiceBench(wiceData);
wiceArticleBench();
if (claims) claimdiff(claims);
pruning(wiceData, claims);
