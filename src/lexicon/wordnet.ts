/**
 * The WordNet lexicon: loads `lexicon/wordnet.txt` (written by `scripts/build-lexicon.ts`) synchronously, once, on
 * first use, and answers word-level questions the similarity and classification stages ask: are two words the
 * same lemma, synonyms, derivations of each other, one a kind of the other, or opposites; and how similar are they.
 *
 * Everything is synchronous and returns plain data. Inputs are expected in lowercase; spaces in multiword
 * expressions may be given as spaces or as WordNet's underscores ('prime minister' or 'prime_minister').
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorroborateError } from '../errors';
import { POS_CODE, WordNetData } from './_wordnet-format';
import { baseForms, type WordNetPos } from './morphy-en';

export type { WordNetPos } from './morphy-en';

/**
 * How two words relate. `hypernym` means the second word is a hypernym of the first ('dog', 'animal': a dog is a
 * kind of animal); `hyponym` the reverse. `related` says which one it checks first.
 */
export type WordRelation = 'same' | 'synonym' | 'derived' | 'hypernym' | 'hyponym' | 'antonym';

/**
 * What the library needs from a lexicon. The default is English WordNet. Another language can bring a file in the
 * same format built from its own wordnet (`loadLexicon(path)`; its inflections would also need their own
 * `lemmas`), or any object with these methods, and install it with `setLexicon`.
 *
 * Contract: all methods are synchronous, deterministic for a given lexicon, and take lowercase word forms;
 * `wordSimilarity` is symmetric, in [0, 1], and 1 for the same lemma; `areSynonyms` and `areAntonyms` are
 * symmetric; `related` is too, except that it reports the direction of an is-a link ('hypernym' vs 'hyponym').
 *
 * @example
 * setLexicon(loadLexicon('/data/wordnet-fr.txt'));
 * related('chien', 'animal'); // 'hypernym', if that wordnet says so
 */
export interface Lexicon {
  /** Base forms of a word form that the lexicon knows, most likely reading first; [] for an unknown word. */
  lemmas(word: string): string[];
  /** Synset ids of a lemma, per part of speech most frequent first; only those of `pos` if given. */
  synsets(lemma: string, pos?: WordNetPos): number[];
  /** Whether the word or one of its base forms is in the lexicon. */
  isKnownWord(word: string): boolean;
  /** Whether some base form of `a` and some base form of `b` share a synset. */
  areSynonyms(a: string, b: string): boolean;
  /** Whether some base forms of `a` and `b` are antonyms, directly or through an adjective cluster head. */
  areAntonyms(a: string, b: string): boolean;
  /** Steps up the is-a hierarchy from some sense of `a` to some sense of `b` (0: a shared synset), or null. */
  hypernymDistance(a: string, b: string, maxDepth?: number): number | null;
  /** The strongest relation between the two words, or null. */
  related(a: string, b: string): WordRelation | null;
  /** Lexical similarity in [0, 1]. */
  wordSimilarity(a: string, b: string): number;
}

/**
 * Scores `wordSimilarity` gives each relation. Synonyms and derivations ('appointment'/'appoint') name the same
 * thing or event; a derivation can also shift the role ('win'/'winner'), so it sits a little lower, and a derivation
 * followed by a synonym ('appointment' -> 'appoint' ~ 'nominate') a little lower again. Antonyms get
 * half credit on purpose: 'accepted' and 'rejected' are about the same thing, and the alignment stage must pair
 * such sentences so the classifier can call them contradictory; `areAntonyms` is the signal for that.
 */
export const RELATION_SCORES = { same: 1, synonym: 0.9, derived: 0.85, derivedSynonym: 0.8, antonym: 0.5 } as const;

/**
 * Is-a path similarity after Li, Bandar & McLean (2003, IEEE TKDE 15(4)): exp(-alpha * l) * tanh(beta * h), with
 * l the number of is-a links between two senses through their closest common subsumer and h that subsumer's depth.
 * alpha = 0.2 and beta = 0.45 are the values Li et al. (2006, "Sentence similarity based on semantic nets and
 * corpus statistics", IEEE TKDE 18(8)) report as best on WordNet. The depth term discounts paths that meet at a
 * general concept near a root (verbs joined only at 'change' or 'act'); 'dog' and 'cat', joined four links up at
 * 'carnivore', score 0.45.
 *
 * Departures: the root counts as depth 1, not 0, so verbs, whose hierarchies are shallow, keep some credit; paths
 * longer than `maxSteps` score 0, since past four links WordNet relates nearly everything; adjective clusters
 * (satellite -> head, one level deep by construction) get no depth discount, as their heads are specific
 * attributes ('large'), not general concepts; and every sense counts, not only the most frequent: limiting paths
 * to each word's first three senses removed 'dog'/'sausage' (via 'hot dog') but also 'president'/'leader',
 * 'say'/'claim' and 'know'/'understand', and made `wordSimilarity` disagree with `related`.
 */
export const PATH_SIMILARITY = { alpha: 0.2, beta: 0.45, maxSteps: 4 } as const;

/** Default bound for `hypernymDistance`: three links reach 'dog' -> 'animal' (two) and stop short of 'entity'. */
export const DEFAULT_MAX_HYPERNYM_DEPTH = 3;

const LEXICON_FILE = 'wordnet.txt';
/** Caches are dropped wholesale past these sizes; a long document set stays well under them. */
const MAX_WORD_CACHE = 200_000;
const MAX_PAIR_CACHE = 500_000;
const ADJECTIVE = POS_CODE.a;

/** One word form resolved against the lexicon; cached per form. */
interface WordEntry {
  lemmas: readonly string[];
  lemmaIds: Int32Array;
  /** Every synset of every base form, sorted ascending (for merge intersection). */
  senses: Int32Array;
  /** Ancestors within PATH_SIMILARITY.maxSteps, with their distance; computed on first need. */
  ancestors?: { ids: Int32Array; steps: Uint8Array };
  /** Synsets of the words derived from this one's base forms, sorted; computed on first need. */
  derivedSenses?: Int32Array;
  /** Whether some base form has antonyms; computed on first need. */
  hasAntonyms?: boolean;
  /** Senses, derived words' senses and direct hypernyms, sorted (see `matchSynsets`); computed on first need. */
  reach?: Int32Array;
  /** What `antonymData` gives (antonyms of every base form, sorted); built on first need, then handed out as is. */
  antonymData?: AntonymData;
}

/** The lemma ids `antonymData` gives for one word. */
export interface AntonymData {
  /** The word's base forms. */
  lemmaIds: Int32Array;
  /** The antonyms of its base forms, sorted. */
  antonyms: Int32Array;
}

/** The synsets `matchSynsets` gives for one word. */
export interface MatchSynsets {
  /** Every synset of every base form, sorted ascending. */
  senses: Int32Array;
  /** The senses, the senses of derived words and the direct hypernyms of the senses, sorted ascending. */
  reach: Int32Array;
}

function normalize(word: string): string {
  return /\s/.test(word) ? word.trim().replace(/\s+/g, '_') : word;
}

function includes(list: Int32Array, value: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** Whether two ascending arrays share a value (merge walk). */
function intersectsSorted(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

function intersects(a: Int32Array, b: Int32Array): boolean {
  for (const x of a) if (includes(b, x)) return true;
  return false;
}

type LemmaLinks = 'antonyms' | 'derived';

/** A lexicon over parsed WordNet data. Holds its own caches, so two instances never share state. */
class WordNetLexicon implements Lexicon {
  private readonly words = new Map<string, WordEntry>();
  private readonly pairs = new Map<string, number>();
  /** Scratch for graph walks: a generation stamp per synset saves clearing an array between queries. */
  private readonly stamp: Int32Array;
  private readonly stampSteps: Uint8Array;
  private generation = 0;
  /** Depth of each synset below its root (root = 1); 0 until computed. */
  private readonly depths: Uint8Array;

  constructor(private readonly data: WordNetData) {
    const n = data.synsetPos.length;
    this.stamp = new Int32Array(n);
    this.stampSteps = new Uint8Array(n);
    this.depths = new Uint8Array(n);
  }

  private known(lemma: string, pos: WordNetPos): boolean {
    const id = this.data.findLemma(lemma);
    return id >= 0 && (this.data.record(id).posMask & (1 << POS_CODE[pos])) !== 0;
  }

  private entry(word: string): WordEntry {
    const cached = this.words.get(word);
    if (cached !== undefined) return cached;
    const known = (base: string, pos: WordNetPos): boolean => this.known(base, pos);
    const form = normalize(word);
    let lemmas = baseForms(form, known);
    // WordNet writes most compounds with '_' ('vice_president'), a few with '-' ('well-known') and prefixed words
    // solid ('cooperation', 'reelect'); text uses all three.
    if (lemmas.length === 0 && form.includes('-')) lemmas = baseForms(form.replace(/-/g, '_'), known);
    if (lemmas.length === 0 && form.includes('-')) lemmas = baseForms(form.replace(/-/g, ''), known);
    const ids = Int32Array.from(lemmas, (lemma) => this.data.findLemma(lemma));
    const all = new Set<number>();
    for (const id of ids) for (const s of this.data.record(id).senses) all.add(s);
    const entry: WordEntry = { lemmas, lemmaIds: ids, senses: Int32Array.from(all).sort() };
    if (this.words.size >= MAX_WORD_CACHE) this.words.clear();
    this.words.set(word, entry);
    return entry;
  }

  lemmas(word: string): string[] {
    return [...this.entry(word).lemmas];
  }

  synsets(lemma: string, pos?: WordNetPos): number[] {
    const id = this.data.findLemma(normalize(lemma));
    if (id < 0) return [];
    const senses = [...this.data.record(id).senses];
    if (pos === undefined) return senses;
    return senses.filter((s) => this.data.synsetPos[s] === POS_CODE[pos]);
  }

  isKnownWord(word: string): boolean {
    return this.entry(word).lemmaIds.length > 0;
  }

  areSynonyms(a: string, b: string): boolean {
    return intersectsSorted(this.entry(a).senses, this.entry(b).senses);
  }

  areAntonyms(a: string, b: string): boolean {
    // Most words have no antonym at all: then b need not be looked up (the cue rules ask for every term pair).
    const ea = this.recentEntry(a);
    if (!this.hasAntonyms(ea)) return false;
    return this.linked(ea, this.recentEntry(b), 'antonyms');
  }

  /** See the module-level `antonymData`. */
  antonymData(word: string): AntonymData {
    const e = this.entry(word);
    if (e.antonymData === undefined) {
      const all = new Set<number>();
      for (const id of e.lemmaIds) for (const x of this.data.record(id).antonyms) all.add(x);
      // One object per word: the antonym rule asks for every term of every pair.
      e.antonymData = { lemmaIds: e.lemmaIds, antonyms: Int32Array.from(all).sort() };
    }
    return e.antonymData;
  }

  private hasAntonyms(e: WordEntry): boolean {
    if (e.hasAntonyms === undefined) {
      e.hasAntonyms = false;
      for (const id of e.lemmaIds) if (this.data.record(id).antonyms.length > 0) e.hasAntonyms = true;
    }
    return e.hasAntonyms;
  }

  private linked(a: WordEntry, b: WordEntry, links: LemmaLinks): boolean {
    for (const id of a.lemmaIds) if (intersects(this.data.record(id)[links], b.lemmaIds)) return true;
    return false;
  }

  hypernymDistance(a: string, b: string, maxDepth: number = DEFAULT_MAX_HYPERNYM_DEPTH): number | null {
    return this.climb(this.entry(a), this.entry(b), maxDepth);
  }

  /**
   * Breadth-first up from a's senses; the first level holding one of b's senses is the distance. Within
   * PATH_SIMILARITY.maxSteps it reads a's ancestors, computed once per word, rather than walking the graph again
   * (related() asks this of every pair of words two sentences hold).
   */
  private climb(a: WordEntry, b: WordEntry, maxDepth: number): number | null {
    const target = this.nextGeneration();
    for (const s of b.senses) this.stamp[s] = target;
    if (maxDepth <= PATH_SIMILARITY.maxSteps) {
      // In breadth-first order: the first one found is the nearest.
      const up = this.ancestors(a);
      for (let i = 0; i < up.ids.length && up.steps[i]! <= maxDepth; i++) {
        if (this.stamp[up.ids[i]!] === target) return up.steps[i]!;
      }
      return null;
    }
    const { hypernymStart, hypernyms } = this.data;
    const seen = new Set<number>(a.senses);
    let frontier: number[] = [...a.senses];
    for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
      for (const s of frontier) if (this.stamp[s] === target) return depth;
      const next: number[] = [];
      for (const s of frontier) {
        for (let k = hypernymStart[s] ?? 0; k < (hypernymStart[s + 1] ?? 0); k++) {
          const p = hypernyms[k] ?? 0;
          if (seen.has(p)) continue;
          seen.add(p);
          next.push(p);
        }
      }
      frontier = next;
    }
    return null;
  }

  /**
   * Checked in this order: 'same'; then 'antonym', before any kind of likeness, because a pair can be both (one
   * sense of a word shares a synset or a parent with the other word while another sense is its opposite), and a
   * missed opposition costs a contradiction while a missed likeness costs only a little similarity; then
   * 'synonym', 'derived', 'hypernym', 'hyponym' (is-a within DEFAULT_MAX_HYPERNYM_DEPTH links).
   */
  related(a: string, b: string): WordRelation | null {
    const ea = this.entry(a);
    const eb = this.entry(b);
    if (ea.lemmaIds.length === 0 || eb.lemmaIds.length === 0) return null;
    if (intersects(ea.lemmaIds, eb.lemmaIds)) return 'same';
    if (this.linked(ea, eb, 'antonyms')) return 'antonym';
    if (intersectsSorted(ea.senses, eb.senses)) return 'synonym';
    if (this.linked(ea, eb, 'derived')) return 'derived';
    if (this.climb(ea, eb, DEFAULT_MAX_HYPERNYM_DEPTH) !== null) return 'hypernym';
    if (this.climb(eb, ea, DEFAULT_MAX_HYPERNYM_DEPTH) !== null) return 'hyponym';
    return null;
  }

  wordSimilarity(a: string, b: string): number {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const cached = this.pairs.get(key);
    if (cached !== undefined) return cached;
    const score = this.score(this.entry(a), this.entry(b));
    if (this.pairs.size >= MAX_PAIR_CACHE) this.pairs.clear();
    this.pairs.set(key, score);
    return score;
  }

  /**
   * wordSimilarity without its per-pair cache, for callers that keep their own: the aligner memoizes by interned
   * ids (similarity/index.ts), and building a key string per pair here would cost more than the score. Not part of
   * the Lexicon contract: callers check for it.
   */
  uncachedSimilarity(a: string, b: string): number {
    if (a === b) return 1;
    return this.score(this.recentEntry(a), this.recentEntry(b));
  }

  /**
   * A pre-test for `wordSimilarity(a, b) >= minScore` that costs a merge of two short sorted arrays instead of a
   * score: the score can reach minScore only if `reach` of one word meets `senses` of the other. A shared lemma or
   * synset meets in the senses, a derivation (and a derivation then a synonym) in the derived words' senses, and an
   * is-a path of one link in the direct hypernyms. Longer paths and antonyms score too little to need it: undefined
   * when minScore is low enough that they could reach it, as then the test would miss pairs. Not part of the Lexicon
   * contract: callers check for it (the aligner, similarity/index.ts).
   */
  matchSynsets(word: string, minScore: number): MatchSynsets | undefined {
    const { alpha } = PATH_SIMILARITY;
    // The longest is-a path that can still score minScore (the depth factor is at most 1).
    const links = Math.floor(-Math.log(minScore) / alpha + 1e-9);
    if (links > 1 || minScore <= RELATION_SCORES.antonym) return undefined;
    const e = this.entry(word);
    if (e.reach === undefined) {
      const all = new Set<number>(e.senses);
      for (const s of this.derivedSenses(e)) all.add(s);
      const { hypernymStart, hypernyms } = this.data;
      for (const s of e.senses) {
        for (let k = hypernymStart[s] ?? 0; k < (hypernymStart[s + 1] ?? 0); k++) all.add(hypernyms[k] ?? 0);
      }
      e.reach = Int32Array.from(all).sort();
    }
    return { senses: e.senses, reach: e.reach };
  }

  /** The aligner asks about one word against many in a row: the last two entries are kept at hand. */
  private recent: [string, WordEntry | undefined, string, WordEntry | undefined] = ['', undefined, '', undefined];

  private recentEntry(word: string): WordEntry {
    const r = this.recent;
    if (r[0] === word && r[1] !== undefined) return r[1];
    if (r[2] === word && r[3] !== undefined) return r[3];
    const e = this.entry(word);
    r[2] = r[0];
    r[3] = r[1];
    r[0] = word;
    r[1] = e;
    return e;
  }

  /** The same order as `related`, minus the direction of is-a links, which a symmetric score cannot use. */
  private score(a: WordEntry, b: WordEntry): number {
    if (a.lemmaIds.length === 0 || b.lemmaIds.length === 0) return 0;
    if (intersects(a.lemmaIds, b.lemmaIds)) return RELATION_SCORES.same;
    if (this.linked(a, b, 'antonyms')) return RELATION_SCORES.antonym;
    if (intersectsSorted(a.senses, b.senses)) return RELATION_SCORES.synonym;
    if (this.linked(a, b, 'derived')) return RELATION_SCORES.derived;
    // One step of derivation, then a shared synset: 'appointment' -> 'appoint' ~ 'nominate'.
    if (
      intersectsSorted(this.derivedSenses(a), b.senses) ||
      intersectsSorted(this.derivedSenses(b), a.senses)
    ) {
      return RELATION_SCORES.derivedSynonym;
    }
    return this.pathSimilarity(a, b);
  }

  private derivedSenses(e: WordEntry): Int32Array {
    if (e.derivedSenses !== undefined) return e.derivedSenses;
    const all = new Set<number>();
    for (const id of e.lemmaIds) {
      for (const d of this.data.record(id).derived) for (const s of this.data.record(d).senses) all.add(s);
    }
    e.derivedSenses = Int32Array.from(all).sort();
    return e.derivedSenses;
  }

  private nextGeneration(): number {
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  /** Every synset within PATH_SIMILARITY.maxSteps above the word's senses, with its least number of steps. */
  private ancestors(e: WordEntry): { ids: Int32Array; steps: Uint8Array } {
    if (e.ancestors !== undefined) return e.ancestors;
    const { hypernymStart, hypernyms } = this.data;
    const ids: number[] = [...e.senses];
    const steps: number[] = ids.map(() => 0);
    const seen = new Set<number>(ids);
    // Breadth-first, so the first time a synset is reached is by its fewest steps.
    for (let i = 0; i < ids.length; i++) {
      const s = ids[i] ?? 0;
      const d = steps[i] ?? 0;
      if (d >= PATH_SIMILARITY.maxSteps) continue;
      for (let k = hypernymStart[s] ?? 0; k < (hypernymStart[s + 1] ?? 0); k++) {
        const p = hypernyms[k] ?? 0;
        if (seen.has(p)) continue;
        seen.add(p);
        ids.push(p);
        steps.push(d + 1);
      }
    }
    e.ancestors = { ids: Int32Array.from(ids), steps: Uint8Array.from(steps) };
    return e.ancestors;
  }

  /** Shortest distance to a root, counting the root as 1. WordNet's is-a graph is acyclic, so this terminates. */
  private depth(s: number): number {
    const memo = this.depths[s] ?? 0;
    if (memo !== 0) return memo;
    const { hypernymStart, hypernyms } = this.data;
    let best = 0;
    for (let k = hypernymStart[s] ?? 0; k < (hypernymStart[s + 1] ?? 0); k++) {
      const d = this.depth(hypernyms[k] ?? 0);
      if (best === 0 || d < best) best = d;
    }
    const depth = Math.min(best + 1, 255);
    this.depths[s] = depth;
    return depth;
  }

  private pathSimilarity(a: WordEntry, b: WordEntry): number {
    const up = this.ancestors(a);
    const other = this.ancestors(b);
    const gen = this.nextGeneration();
    for (let i = 0; i < up.ids.length; i++) {
      const s = up.ids[i] ?? 0;
      this.stamp[s] = gen;
      this.stampSteps[s] = up.steps[i] ?? 0;
    }
    const { alpha, beta, maxSteps } = PATH_SIMILARITY;
    let best = 0;
    for (let i = 0; i < other.ids.length; i++) {
      const s = other.ids[i] ?? 0;
      if (this.stamp[s] !== gen) continue;
      const l = (this.stampSteps[s] ?? 0) + (other.steps[i] ?? 0);
      if (l > maxSteps) continue;
      const depthFactor = this.data.synsetPos[s] === ADJECTIVE ? 1 : Math.tanh(beta * this.depth(s));
      const score = Math.exp(-alpha * l) * depthFactor;
      if (score > best) best = score;
    }
    return best;
  }
}

/**
 * Parses lexicon text in the build script's format into a `Lexicon`.
 *
 * @example
 * const lexicon = parseLexicon(readFileSync('lexicon/wordnet.txt', 'utf8'));
 * lexicon.areAntonyms('win', 'lose'); // true
 */
export function parseLexicon(text: string): Lexicon {
  return new WordNetLexicon(new WordNetData(text));
}

/**
 * Reads and parses a lexicon file synchronously. Not cached: call it once and keep the result, or install it with
 * `setLexicon`. Without a path, the packaged `lexicon/wordnet.txt` is read.
 *
 * @example
 * const lexicon = loadLexicon('/opt/lexicons/wordnet.txt');
 */
export function loadLexicon(path: string = findLexiconFile()): Lexicon {
  if (!existsSync(path)) throw new CorroborateError('E_INVALID_INPUT', `lexicon: no file at ${path}`);
  return parseLexicon(readFileSync(path, 'utf8'));
}

/**
 * Finds the packaged lexicon: walks up from this module's directory to the first one holding
 * `lexicon/wordnet.txt`. That is the package root both for the source (`src/lexicon/`) and for the bundles
 * (`dist/`), in ESM and CJS alike (tsup's shims give the CJS bundle `import.meta.url`).
 *
 * @example
 * findLexiconFile(); // '/.../node_modules/corroborate/lexicon/wordnet.txt'
 */
export function findLexiconFile(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'lexicon', LEXICON_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`corroborate: lexicon/${LEXICON_FILE} not found above ${from}; the package is incomplete`);
    }
    dir = parent;
  }
}

let configuredPath: string | undefined;
let current: Lexicon | undefined;

/**
 * The lexicon the module-level functions use: the one installed with `setLexicon`, or else the WordNet file
 * (from `setLexiconPath`, or the packaged one), loaded on first call and kept.
 *
 * @example
 * const lexicon = getLexicon();
 */
export function getLexicon(): Lexicon {
  current ??= loadLexicon(configuredPath ?? findLexiconFile());
  return current;
}

/**
 * Installs a lexicon for the module-level functions, e.g. another language's; `undefined` goes back to WordNet.
 *
 * @example
 * setLexicon(loadLexicon('/data/other-wordnet.txt'));
 */
export function setLexicon(lexicon: Lexicon | undefined): void {
  current = lexicon;
}

/**
 * Points the module-level functions at another lexicon file; it is loaded on next use. `undefined` restores the
 * packaged file.
 *
 * @example
 * setLexiconPath('/srv/app/lexicon/wordnet.txt');
 */
export function setLexiconPath(path: string | undefined): void {
  configuredPath = path;
  current = undefined;
}

/**
 * Forgets the loaded lexicon (and its caches) so the next call loads it afresh. For tests and benchmarks.
 *
 * @example
 * resetLexicon(); const t = performance.now(); getLexicon(); console.log(performance.now() - t);
 */
export function resetLexicon(): void {
  current = undefined;
}

/**
 * Base forms of a word form, morphy-style, that the lexicon knows; [] if none. Irregular bases first ('went' ->
 * 'go'), then, per part of speech in the order n, v, a, r, the word itself and its suffix-rule bases. Hyphenated
 * forms fall back to WordNet's '_' and solid spellings ('vice-president' -> 'vice_president').
 *
 * @example
 * lemmas('went'); // ['go']
 * lemmas('meeting'); // ['meeting', 'meet']
 */
export function lemmas(word: string): string[] {
  return getLexicon().lemmas(word);
}

/**
 * Synset ids of a lemma (not an inflected form): nouns, verbs, adjectives, adverbs, each most frequent sense first.
 *
 * @example
 * synsets('fire', 'v').length > 0; // true
 */
export function synsets(lemma: string, pos?: WordNetPos): number[] {
  return getLexicon().synsets(lemma, pos);
}

/**
 * Whether the word, or a base form of it, is in the lexicon.
 *
 * @example
 * isKnownWord('meetings'); // true
 */
export function isKnownWord(word: string): boolean {
  return getLexicon().isKnownWord(word);
}

/**
 * Whether some base forms of the two words share a synset.
 *
 * @example
 * areSynonyms('dismissed', 'fired'); // true
 */
export function areSynonyms(a: string, b: string): boolean {
  return getLexicon().areSynonyms(a, b);
}

/**
 * Whether some base forms of the two words are antonyms: WordNet's direct antonyms, plus the indirect ones of
 * adjective satellites (a satellite opposes its cluster head's antonym).
 *
 * @example
 * areAntonyms('won', 'lost'); // true
 */
export function areAntonyms(a: string, b: string): boolean {
  return getLexicon().areAntonyms(a, b);
}

/**
 * A word's base forms and their antonyms as lemma ids of the lexicon, for callers that test many pairs:
 * `areAntonyms(x, y)` is true exactly when x's `antonyms` and y's `lemmaIds` share an id. Undefined for a lexicon
 * without this method (then ask `areAntonyms`).
 *
 * @example
 * const won = antonymData('won'), lost = antonymData('lost'); // won.antonyms holds one of lost.lemmaIds
 */
export function antonymData(word: string): AntonymData | undefined {
  const lexicon: Lexicon & { antonymData?: (w: string) => AntonymData } = getLexicon();
  return lexicon.antonymData?.(word);
}

/**
 * Is-a steps from some sense of `a` up to some sense of `b` (a is a kind of b), at most `maxDepth`
 * (default: 3); 0 when they share a synset; null when `b` is not reached.
 *
 * @example
 * hypernymDistance('dog', 'animal'); // 2 (dog -> domestic animal -> animal)
 */
export function hypernymDistance(a: string, b: string, maxDepth?: number): number | null {
  return getLexicon().hypernymDistance(a, b, maxDepth);
}

/**
 * The strongest relation between two words: 'same' (a shared base form), 'antonym', 'synonym', 'derived',
 * 'hypernym' (b is a kind-of parent of a), 'hyponym', or null. Antonymy is checked before synonymy.
 *
 * @example
 * related('appointment', 'appoint'); // 'derived'
 */
export function related(a: string, b: string): WordRelation | null {
  return getLexicon().related(a, b);
}

/**
 * Lexical similarity in [0, 1]: 1 for the same lemma (or the same string), RELATION_SCORES for synonyms,
 * derivations and antonyms, else an is-a path score (PATH_SIMILARITY) within four links, else 0. Symmetric and
 * cached per pair.
 *
 * @example
 * wordSimilarity('talks', 'talk'); // 1
 */
export function wordSimilarity(a: string, b: string): number {
  return getLexicon().wordSimilarity(a, b);
}

