/**
 * Fits TOPIC_COVER (src/compare.ts): how much of a's subject b must mention, linked or not, to discuss a rather than
 * be unrelated to it.
 *
 *   npm run fit:topic              print the table and the fitted value
 *   npm run fit:topic -- --check   exit 1 if src/compare.ts holds another value
 *
 * Data: WiCE dev (oracle chunks, ../shared/datasets/wice; never copied into the repository). Each claim is set against
 * the chunk of the article it cites (the same story: related, whatever its label) and against another claim's chunk
 * (otherClaims, as `npm run bench:align` draws it: another story, as a stance test pairs a headline with another
 * story's body). Only the pairs compare() reads as unrelated without the topic rule count; their topic cover
 * (SummaryContext.topic) decides, where they share a name (the rule asks for one). The value is the lowest multiple of
 * 0.05 at which at most 1 in 200 of the other claims' pairs would be read as discussing: in a stance test most pairs
 * are unrelated (73% in the Fake News Challenge's), so a false "discusses" costs more than a missed one. WiCE has no
 * training split; this dev set is the only claim-against-source data at hand, and the held-back stance data is what
 * will judge the rule.
 */
import { compareInContext, summarize, TOPIC_COVER, topicalCover } from '../src/compare';
import { datasetsDir, otherClaims, wice, wiceChunk } from './_datasets';

/** At most this share of another story's pairs may be read as discussing. */
const FALSE_RELATED = 1 / 200;
const STEP = 0.05;

/** The pair's topic cover when compare() reads it as unrelated without the topic rule, else undefined. */
function unrelatedCover(a: string, b: string): number | undefined {
  const { report, context, nA, nB } = compareInContext(a, b);
  const without = summarize(report.links, report.omissions, nA, nB, { ...context, topic: 0 });
  return without.stance === 'unrelated' ? topicalCover(context) : undefined;
}

function main(argv: readonly string[]): void {
  const dir = datasetsDir();
  const rows = dir === null ? null : wice(dir);
  if (rows === null) {
    console.log('npm run fit:topic: ../shared/datasets/wice is absent, so nothing can be fitted or checked.');
    process.exitCode = argv.includes('--check') ? 0 : 1;
    return;
  }
  const others = otherClaims(rows.length);
  const own: number[] = [];
  const other: number[] = [];
  rows.forEach((r, k) => {
    const mine = unrelatedCover(r.claim, wiceChunk(r).text);
    if (mine !== undefined) own.push(mine);
    const theirs = unrelatedCover(r.claim, wiceChunk(rows[others[k]!]!).text);
    if (theirs !== undefined) other.push(theirs);
  });
  console.log(
    `WiCE dev, ${String(rows.length)} claims; read as unrelated without the topic rule: ${String(own.length)} against their own chunk, ${String(other.length)} against another claim's`,
  );
  console.log("  cover >=   own chunk -> discusses   another claim's -> discusses");
  let fitted: number | undefined;
  for (let k = 1; k <= 20; k++) {
    const t = Number((k * STEP).toFixed(2));
    const o = own.filter((c) => c >= t).length;
    const x = other.filter((c) => c >= t).length;
    if (fitted === undefined && x <= FALSE_RELATED * rows.length) fitted = t;
    console.log(
      `  ${t.toFixed(2)}       ${String(o).padStart(5)} (${((100 * o) / rows.length).toFixed(1)}%)          ${String(x).padStart(5)} (${((100 * x) / rows.length).toFixed(1)}%)`,
    );
  }
  console.log(`fitted TOPIC_COVER = ${String(fitted)}; src/compare.ts holds ${String(TOPIC_COVER)}`);
  if (argv.includes('--check') && fitted !== TOPIC_COVER) {
    console.log(
      'src/compare.ts is out of date: run npm run fit:topic and set TOPIC_COVER to the fitted value',
    );
    process.exitCode = 1;
  }
}

main(process.argv.slice(2));
