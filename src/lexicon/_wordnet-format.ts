/**
 * Reader for the lexicon text format that `scripts/build-lexicon.ts` writes (its header comment specifies it).
 *
 * Load time is the budget that shapes this file. The synset table is small and every similarity query walks it,
 * so it is parsed at once into typed arrays. The lemma table is large (147k lines) and a document touches a few
 * thousand lemmas, so loading only records where each line starts; a line is parsed the first time its lemma is
 * asked for. Lemmas are found by binary search over the line starts (the file is sorted by code unit), comparing
 * against the text in place: no per-lemma string or Map entry is built up front, which was 30-40 ms of a 60 ms load.
 */
import { CorroborateError } from '../errors';

export const HEADER_TAG = 'corroborate-lexicon';
export const FORMAT_VERSION = '1';

const TAB = 9;
const NEWLINE = 10;
const COMMA = 44;

/** A lemma's line, parsed. Ids are synset ids (`senses`) or lemma ids (`antonyms`, `derived`). */
export interface LemmaRecord {
  /** Synset ids, parts of speech in the order n, v, a, r, most frequent sense first within each. */
  senses: Int32Array;
  antonyms: Int32Array;
  derived: Int32Array;
  /** Bit `1 << pos code` for each part of speech the lemma has a sense in. */
  posMask: number;
}

/** Part-of-speech codes as stored in `synsetPos`. */
export const POS_CODE = { n: 0, v: 1, a: 2, r: 3 } as const;
const POS_BY_LETTER: ReadonlyMap<string, number> = new Map(Object.entries(POS_CODE));

function invalid(message: string): CorroborateError {
  return new CorroborateError('E_INVALID_INPUT', `lexicon: ${message}`);
}

const EMPTY = new Int32Array(0);

/** Parsed lexicon data: synsets eagerly, lemmas on demand. */
export class WordNetData {
  readonly synsetPos: Uint8Array;
  /** Compressed sparse rows: the hypernyms of synset s are `hypernyms[hypernymStart[s] .. hypernymStart[s + 1])`. */
  readonly hypernymStart: Int32Array;
  readonly hypernyms: Int32Array;
  readonly lemmaCount: number;
  private readonly text: string;
  private readonly lineStart: Int32Array;
  private readonly records: (LemmaRecord | undefined)[];
  private at = 0;

  constructor(text: string) {
    this.text = text;
    const header = this.line().split('\t');
    if (header[0] !== HEADER_TAG || header[1] !== FORMAT_VERSION) {
      throw invalid(
        `expected a "${HEADER_TAG}" file of version ${FORMAT_VERSION}, got "${header.slice(0, 2).join(' ')}"`,
      );
    }

    const [synsetCount = 0, linkCount = 0] = this.section('S', 2);
    this.synsetPos = new Uint8Array(synsetCount);
    this.hypernymStart = new Int32Array(synsetCount + 1);
    this.hypernyms = new Int32Array(linkCount);
    let links = 0;
    for (let s = 0; s < synsetCount; s++) {
      const pos = POS_BY_LETTER.get(text[this.at++] ?? '');
      if (pos === undefined) throw invalid(`synset ${s} has no part of speech`);
      this.synsetPos[s] = pos;
      let value = -1;
      for (;;) {
        const c = text.charCodeAt(this.at++);
        const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
        if (digit >= 0) {
          value = (value < 0 ? 0 : value * 36) + digit;
          continue;
        }
        if (value >= 0) {
          if (links >= linkCount) throw invalid('more hypernym links than the header says');
          this.hypernyms[links++] = value;
          value = -1;
        }
        if (c === COMMA) continue;
        if (c === NEWLINE) break;
        throw invalid(`synset ${s} is malformed`);
      }
      this.hypernymStart[s + 1] = links;
    }

    const [lemmaCount = 0] = this.section('L', 1);
    this.lemmaCount = lemmaCount;
    this.lineStart = new Int32Array(lemmaCount);
    for (let l = 0; l < lemmaCount; l++) {
      this.lineStart[l] = this.at;
      const end = text.indexOf('\n', this.at);
      if (end === -1) throw invalid(`the file ends at lemma ${l} of ${lemmaCount}`);
      this.at = end + 1;
    }
    this.records = new Array<LemmaRecord | undefined>(lemmaCount);
  }

  private line(): string {
    const end = this.text.indexOf('\n', this.at);
    if (end === -1) throw invalid('the file ends early');
    const s = this.text.slice(this.at, end);
    this.at = end + 1;
    return s;
  }

  private section(tag: string, numbers: number): number[] {
    const fields = this.line().split('\t');
    const values = fields.slice(1, 1 + numbers).map(Number);
    if (fields[0] !== tag || values.length !== numbers || !values.every((v) => Number.isInteger(v) && v >= 0)) {
      throw invalid(`expected the "${tag}" section header`);
    }
    return values;
  }

  /** The id of a lemma, or -1. Binary search comparing in place against the sorted lemma lines. */
  findLemma(lemma: string): number {
    let lo = 0;
    let hi = this.lemmaCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = this.compareLemma(this.lineStart[mid] ?? 0, lemma);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Code-unit order of the lemma stored at `start` (it ends at a tab) against `lemma`: <0, 0 or >0. */
  private compareLemma(start: number, lemma: string): number {
    const { text } = this;
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(start + i);
      // The stored lemma ending first means it is a prefix of the one sought, so it sorts first.
      if (c === TAB) return i === lemma.length ? 0 : -1;
      if (i === lemma.length) return 1;
      const w = lemma.charCodeAt(i);
      if (c !== w) return c - w;
    }
  }

  lemmaName(id: number): string {
    const start = this.lineStart[id] ?? 0;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** The parsed line of lemma `id`, parsed once. */
  record(id: number): LemmaRecord {
    const cached = this.records[id];
    if (cached !== undefined) return cached;
    const { text } = this;
    let at = this.text.indexOf('\t', this.lineStart[id] ?? 0) + 1;
    const fields: number[][] = [[], [], []];
    let field = 0;
    let value = -1;
    for (;;) {
      const c = text.charCodeAt(at++);
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
      if (digit >= 0) {
        value = (value < 0 ? 0 : value * 36) + digit;
        continue;
      }
      if (value >= 0) (fields[field] as number[]).push(value);
      value = -1;
      if (c === COMMA) continue;
      if (c === TAB && field < 2) {
        field++;
        continue;
      }
      if (c === NEWLINE) break;
      throw invalid(`lemma "${this.lemmaName(id)}" is malformed`);
    }
    const [senses = [], antonyms = [], derived = []] = fields;
    let posMask = 0;
    for (const s of senses) posMask |= 1 << (this.synsetPos[s] ?? 0);
    const record: LemmaRecord = {
      senses: Int32Array.from(senses),
      antonyms: antonyms.length > 0 ? Int32Array.from(antonyms) : EMPTY,
      derived: derived.length > 0 ? Int32Array.from(derived) : EMPTY,
      posMask,
    };
    this.records[id] = record;
    return record;
  }
}
