/**
 * Recall of the aligner's candidate pruning on final links (issue 7: "pruned comparison keeps >= 99% of the
 * exhaustive links"), shared by bench/scale.ts (long accounts) and bench/align.ts (the development sets).
 *
 * Each pair of texts is read as compare() reads it (segment, readAccount, withOtherTitles, default threshold) and
 * aligned twice: with every pair that shares a key judged (`exhaustiveUpTo: MAX_SAFE_INTEGER`) and with pruning
 * forced on (`exhaustiveUpTo: 0`, `perSentence` as given or the default 6). A link is its relation and its sets of a
 * and b sentence indices. Reported, by the exhaustive link's relation:
 *   - links: the exhaustive links the pruned run outputs identically;
 *   - sentence pairs: the (i, j) an exhaustive link covers that some pruned link also covers, whatever its relation;
 *   - the pruned links that the exhaustive run does not output (the other side of the same coin).
 *
 * "Exhaustive" is what the candidate index gives without pruning: pairs that share no key (no stem, lemma or name
 * trigram) are never judged in either run. Near-duplicate grouping inside each account (duplicateGroups) calls the
 * index with its default options in both runs, so it is the same in both and does not enter the comparison.
 */
import type { Link, Sentence } from '../src/schemas';
import { CompareOptionsSchema } from '../src/schemas';
import { segment } from '../src/segment/index';
import { readAccount, withOtherTitles, type SentenceFeatures } from '../src/features/index';
import {
  alignAccounts,
  candidatePairs,
  duplicateGroups,
  idfWeights,
  twinsOf,
  type CandidateOptions,
} from '../src/align/index';
import { DEFAULT_MODEL, judge } from '../src/classify/index';
import { TermsScope } from '../src/similarity/index';
import { withNumberTerms } from '../src/align/_numbers';

const RELATIONS = ['agreement', 'partial', 'contradiction'] as const;
/** A pair judged alone at this similarity or more is a strong pair, a counterpart rather than a side link. */
const STRONG = 0.5;
const BY_STRENGTH = ['pair judged >= 0.5', 'pair judged < 0.5'] as const;
/** Pairs whose sentences are counterparts by construction, when the caller knows (bench/scale's accounts). */
const COUNTERPARTS = 'counterparts';
const PAIR_ONLY: readonly string[] = [...BY_STRENGTH, COUNTERPARTS];
type Group = (typeof RELATIONS)[number] | 'all' | (typeof BY_STRENGTH)[number] | typeof COUNTERPARTS;
const GROUPS: readonly Group[] = [...RELATIONS, 'all', ...BY_STRENGTH, COUNTERPARTS];

interface Count {
  kept: number;
  total: number;
}

/** A sentence pair an exhaustive link covers and no pruned link does, judged alone, with what pruning did instead. */
export interface Miss {
  /** The exhaustive link's relation, and the pair's own when judged alone. */
  link: string;
  relation: string;
  similarity: number;
  a: string;
  b: string;
  /** Whether the pruned candidate index proposes the pair (repeats stand for their group's first sentence). */
  proposed: boolean;
  /** The pruned links that hold either sentence, as "relation similarity [a] ~ [b]". */
  instead: string[];
}

/** Figures summed over any number of text pairs: plain data, so a child process can send it as JSON. */
export interface RecallTally {
  texts: number;
  /** Text pairs whose candidate pairs differ between the two runs. */
  changed: number;
  candidates: { exhaustive: number; pruned: number };
  seconds: { exhaustive: number; pruned: number };
  links: Record<Group, Count>;
  pairs: Record<Group, Count>;
  /** Pruned links not among the exhaustive ones, of all pruned links. */
  extra: Count;
  /** Missed links with a pair the pruned index did not propose, and those whose pairs it all proposed. */
  causes: { candidates: number; choice: number };
  /** The sentence pairs no pruned link covers. */
  misses: Miss[];
}

const counts = (): Record<Group, Count> =>
  Object.fromEntries(GROUPS.map((g) => [g, { kept: 0, total: 0 }])) as Record<Group, Count>;

export function newTally(): RecallTally {
  return {
    texts: 0,
    changed: 0,
    candidates: { exhaustive: 0, pruned: 0 },
    seconds: { exhaustive: 0, pruned: 0 },
    links: counts(),
    pairs: counts(),
    extra: { kept: 0, total: 0 },
    causes: { candidates: 0, choice: 0 },
    misses: [],
  };
}

const linkKey = (l: Link) => `${l.relation}|${l.a.join(',')}|${l.b.join(',')}`;

function align(
  sa: readonly Sentence[],
  sb: readonly Sentence[],
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
  candidates: CandidateOptions,
): { links: Link[]; candidates: number; seconds: number } {
  let judged = 0;
  const t0 = performance.now();
  const { links } = alignAccounts(sa, sb, fa, fb, {
    threshold: CompareOptionsSchema.parse({}).threshold,
    candidates,
    onProgress: (_, total) => (judged = total),
  });
  return { links, candidates: judged, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Aligns `textA` with `textB` exhaustively and with pruning forced on, and adds the comparison to `tally`.
 *
 * @example
 * const tally = newTally();
 * addPrunedVsExhaustive(tally, reportText, statementText);
 * printTally('founding case', tally);
 */
export function addPrunedVsExhaustive(
  tally: RecallTally,
  textA: string,
  textB: string,
  options: {
    /** Pairs kept per sentence when pruning (default: candidates.ts's). */
    perSentence?: number | undefined;
    /** Whether two sentences are counterparts by construction (a copy, or a copy negated). */
    counterpart?: ((a: string, b: string) => boolean) | undefined;
  } = {},
): void {
  const { perSentence, counterpart } = options;
  const sa = segment(textA);
  const sb = segment(textB);
  const ownA = readAccount(sa);
  const ownB = readAccount(sb);
  const fa = withOtherTitles(sa, ownA, ownB.titles);
  const fb = withOtherTitles(sb, ownB, ownA.titles);
  const pruning: CandidateOptions =
    perSentence === undefined ? { exhaustiveUpTo: 0 } : { exhaustiveUpTo: 0, perSentence };
  const full = align(sa, sb, fa, fb, { exhaustiveUpTo: Number.MAX_SAFE_INTEGER });
  const pruned = align(sa, sb, fa, fb, pruning);

  tally.texts++;
  if (full.candidates !== pruned.candidates) tally.changed++;
  tally.candidates.exhaustive += full.candidates;
  tally.candidates.pruned += pruned.candidates;
  tally.seconds.exhaustive += full.seconds;
  tally.seconds.pruned += pruned.seconds;

  const prunedKeys = new Set(pruned.links.map(linkKey));
  const prunedPairs = new Set(pruned.links.flatMap((l) => l.a.flatMap((i) => l.b.map((j) => `${i}|${j}`))));
  const fullKeys = new Set(full.links.map(linkKey));
  tally.extra.total += pruned.links.length;
  tally.extra.kept += pruned.links.filter((l) => !fullKeys.has(linkKey(l))).length;

  // The aligner judges and indexes the sentences with their numbers as terms: read them as it does.
  const na = fa.map(withNumberTerms);
  const nb = fb.map(withNumberTerms);
  const weight = idfWeights(na, nb);
  const proposed = proposedPairs(na, nb, pruning);
  const show = (l: Link) =>
    `${l.relation} ${l.similarity.toFixed(2)} [${l.a.join(',')}] ~ [${l.b.join(',')}]`;
  const seenPairs = new Set<string>();
  for (const l of full.links) {
    const hit = prunedKeys.has(linkKey(l));
    for (const g of [l.relation, 'all'] as const) {
      tally.links[g].total++;
      if (hit) tally.links[g].kept++;
    }
    if (!hit)
      tally.causes[l.a.every((i) => l.b.every((j) => proposed.has(i, j))) ? 'choice' : 'candidates']++;
    for (const i of l.a) {
      for (const j of l.b) {
        const covered = prunedPairs.has(`${i}|${j}`);
        // A many-to-one link carries its best pair's judgment: judge each pair alone for its own strength.
        const alone = judge(na[i]!, nb[j]!, weight);
        const strong = alone.similarity >= STRONG;
        const groups: Group[] = [l.relation, 'all', BY_STRENGTH[strong ? 0 : 1]];
        if (counterpart?.(sa[i]!.text, sb[j]!.text)) groups.push(COUNTERPARTS);
        for (const g of groups) {
          // A pair in two exhaustive links of one relation counts once.
          if (seenPairs.has(`${g}|${i}|${j}`)) continue;
          seenPairs.add(`${g}|${i}|${j}`);
          tally.pairs[g].total++;
          if (covered) tally.pairs[g].kept++;
        }
        if (covered || seenPairs.has(`miss|${i}|${j}`)) continue;
        seenPairs.add(`miss|${i}|${j}`);
        tally.misses.push({
          link: l.relation,
          relation: alone.relation,
          similarity: alone.similarity,
          a: `[${i}] ${sa[i]!.text}`,
          b: `[${j}] ${sb[j]!.text}`,
          proposed: proposed.has(i, j),
          instead: pruned.links.filter((p) => p.a.includes(i) || p.b.includes(j)).map(show),
        });
      }
    }
  }
}

/** The pruned run's candidate pairs, rebuilt as alignAccounts builds them; a repeat stands for its group's first. */
function proposedPairs(
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
  pruning: CandidateOptions,
): { has: (i: number, j: number) => boolean } {
  const scope = new TermsScope();
  const leadA = duplicateGroups(fa, DEFAULT_MODEL, scope);
  const leadB = duplicateGroups(fb, DEFAULT_MODEL, scope);
  const twins = twinsOf(fa, fb, leadA, leadB, scope);
  const pairs = candidatePairs(
    fa,
    fb,
    (i) => leadA[i] === i,
    (j) => leadB[j] === j,
    pruning,
    twins,
  );
  const ids = new Set(pairs.map(([i, j]) => i * fb.length + j));
  return {
    has: (i, j) => ids.has(leadA[i]! * fb.length + leadB[j]!),
  };
}

const pct = (c: Count) => (c.total > 0 ? `${((100 * c.kept) / c.total).toFixed(1)}%` : '-');
const cell = (c: Count) =>
  `${String(c.kept).padStart(6)} of ${String(c.total).padEnd(6)} ${pct(c).padStart(6)}`;

/**
 * Prints a tally: recall by relation, the pruned links not found exhaustively, the time of each run, and the
 * first `show` misses (strongest first).
 */
export function printTally(name: string, t: RecallTally, show = 5): void {
  const share = t.candidates.exhaustive > 0 ? (100 * t.candidates.pruned) / t.candidates.exhaustive : 100;
  console.log(
    `${name}: ${String(t.texts)} text pair(s), pruning changed the candidates of ${String(t.changed)}; candidate pairs judged: ${String(t.candidates.exhaustive)} exhaustive, ${String(t.candidates.pruned)} pruned (${share.toFixed(1)}%)`,
  );
  console.log(`  ${'relation'.padEnd(19)} ${'exhaustive links kept'.padEnd(24)} ${'sentence pairs covered'}`);
  for (const g of GROUPS) {
    if (g === COUNTERPARTS && t.pairs[g].total === 0) continue;
    const links = PAIR_ONLY.includes(g) ? ''.padEnd(21) : cell(t.links[g]);
    console.log(`  ${g.padEnd(19)} ${links}   ${cell(t.pairs[g])}`);
  }
  console.log(
    `  pruned links not among the exhaustive ones: ${String(t.extra.kept)} of ${String(t.extra.total)} (${pct(t.extra)})`,
  );
  console.log(
    `  alignment time: exhaustive ${t.seconds.exhaustive.toFixed(2)} s, pruned ${t.seconds.pruned.toFixed(2)} s`,
  );
  const missed = t.causes.candidates + t.causes.choice;
  if (missed > 0) {
    console.log(
      `  missed links: ${String(t.causes.candidates)} lack a pair the pruned index did not propose, ${String(t.causes.choice)} had every pair proposed (the matching or merging chose otherwise)`,
    );
  }
  const misses = [...t.misses].sort((x, y) => y.similarity - x.similarity).slice(0, show);
  if (misses.length > 0) {
    const proposed = t.misses.filter((m) => m.proposed).length;
    const strong = t.misses.filter((m) => m.similarity >= STRONG);
    console.log(
      `  sentence pairs no pruned link covers: ${String(t.misses.length)}, ${String(proposed)} of them proposed by the pruned index; judged >= ${String(STRONG)} alone: ${String(strong.length)}, ${String(strong.filter((m) => m.proposed).length)} of them proposed. Strongest first:`,
    );
  }
  for (const m of misses) {
    console.log(
      `    ${m.relation} ${m.similarity.toFixed(2)} alone, in an exhaustive ${m.link} link; ${m.proposed ? 'proposed' : 'not proposed'} by the pruned index`,
    );
    console.log(`      a ${m.a}`);
    console.log(`      b ${m.b}`);
    console.log(`      pruned instead: ${m.instead.length > 0 ? m.instead.join('; ') : 'nothing'}`);
  }
}
