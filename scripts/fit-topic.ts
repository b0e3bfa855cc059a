/**
 * Fits TOPIC_COVER (src/compare.ts): how much of a's subject b must mention, linked or not, to be about a's story
 * when it links to a only weakly (weaklyLinked: no link at the STS "2 of 5", no contradiction, no rebuttal) and
 * names someone a names (at most one of a's names where it links at all: topicDecides). Below it, b is unrelated to
 * a; from it, b discusses a, or agrees with it when its weak links restate a's claim.
 *
 *   npm run fit:topic              print the tables and the fitted value
 *   npm run fit:topic -- --check   exit 1 if src/compare.ts holds another value
 *
 * Data:
 * - bench/stance-dev.json: the headline/body development cases of `npm run bench:stance` (made up for this
 *   project). Of the cases the rule decides, those labelled unrelated should read unrelated and the others not.
 * - WiCE dev (oracle chunks, ../shared/datasets/wice; never copied into the repository): each claim against the
 *   chunk of the article it cites (the same story) and against another claim's chunk (otherClaims, as `npm run
 *   bench:align` draws it: another story, as a stance test pairs a headline with another story's body).
 * The value is the multiple of 0.05 with the fewest errors on the stance cases (the lowest among equals), among those
 * at which at most 1 in 200 of WiCE's other-claim pairs would be read as about the claim's story: in a stance test
 * most pairs are unrelated (73% in the Fake News Challenge's), so a false "discusses" costs much. Without WiCE, the
 * fit uses the stance cases alone. The held-back stance data is what will judge the rule.
 */
import { readFileSync } from 'node:fs';
import { compareInContext, TOPIC_COVER, topicalCover, topicDecides } from '../src/compare';
import { datasetsDir, otherClaims, wice, wiceChunk } from './_datasets';

/** At most this share of WiCE's other-claim pairs may be read as about the claim's story. */
const FALSE_RELATED = 1 / 200;
const STEP = 0.05;

interface StanceCase {
  label: string;
  headline: string;
  body: string;
}

/** The pair's topic cover when the topic rule decides its stance (topicDecides), else undefined. */
function decidedCover(a: string, b: string): number | undefined {
  const { report, context } = compareInContext(a, b);
  return topicDecides(report.links, context) ? topicalCover(context) : undefined;
}

const thresholds = Array.from({ length: 20 }, (_, k) => Number(((k + 1) * STEP).toFixed(2)));
const atLeast = (covers: readonly number[], t: number) => covers.filter((c) => c >= t).length;

function main(argv: readonly string[]): void {
  const cases = JSON.parse(
    readFileSync(new URL('../bench/stance-dev.json', import.meta.url), 'utf8'),
  ) as StanceCase[];
  const related: number[] = [];
  const unrelated: number[] = [];
  for (const c of cases) {
    const cover = decidedCover(c.headline, c.body);
    if (cover !== undefined) (c.label === 'unrelated' ? unrelated : related).push(cover);
  }
  console.log(
    `bench/stance-dev.json, ${String(cases.length)} cases; decided by the topic rule: ${String(related.length)} related, ${String(unrelated.length)} unrelated`,
  );

  const dir = datasetsDir();
  const rows = dir === null ? null : wice(dir);
  const own: number[] = [];
  const other: number[] = [];
  if (rows === null) {
    console.log('WiCE dev: ../shared/datasets/wice is absent; the fit uses the stance cases alone');
  } else {
    const others = otherClaims(rows.length);
    rows.forEach((r, k) => {
      const mine = decidedCover(r.claim, wiceChunk(r).text);
      if (mine !== undefined) own.push(mine);
      const theirs = decidedCover(r.claim, wiceChunk(rows[others[k]!]!).text);
      if (theirs !== undefined) other.push(theirs);
    });
    console.log(
      `WiCE dev, ${String(rows.length)} claims; decided by the topic rule: ${String(own.length)} against their own chunk, ${String(other.length)} against another claim's`,
    );
  }
  console.log(
    '  cover >=   stance: unrelated read as related   related read as unrelated   errors   WiCE: own chunk related   other claim related',
  );
  let fitted: number | undefined;
  let fewest = Infinity;
  for (const t of thresholds) {
    const falseRelated = atLeast(unrelated, t);
    const missed = related.length - atLeast(related, t);
    const errors = falseRelated + missed;
    const x = atLeast(other, t);
    const allowed = rows === null || x <= FALSE_RELATED * rows.length;
    if (allowed && errors < fewest) {
      fewest = errors;
      fitted = t;
    }
    const wiceCols =
      rows === null
        ? ''
        : `${String(atLeast(own, t)).padStart(20)} ${String(x).padStart(21)}${allowed ? '' : ' (too many)'}`;
    console.log(
      `  ${t.toFixed(2)}       ${String(falseRelated).padStart(28)} ${String(missed).padStart(27)} ${String(errors).padStart(8)}   ${wiceCols}`,
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
