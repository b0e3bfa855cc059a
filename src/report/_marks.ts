/**
 * What the renderers share: which links and cues belong to a sentence, and which of its characters to mark
 * (words that differ from the counterpart, words that are the evidence for a flag). Reads the report only.
 */
import type { Account, Cue, DiffPart, Link, Report, Sentence } from '../schemas';

export type Side = 'a' | 'b';

/** What a marked range of a sentence shows. */
export type MarkKind = 'changed' | 'evidence' | 'hedge';

/** `[start, end)` relative to the sentence text. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

/** A run of a sentence's text with the marks that cover all of it. */
export interface Piece {
  text: string;
  kinds: ReadonlySet<MarkKind>;
}

/** A sentence that repeats an earlier one of its account (`report.duplicates`, when the report has them). */
export interface Repeat {
  side: Side;
  sentence: number;
  of: number;
}

/** Cue kinds that flag a conflict between the accounts, in the order a report shows them. */
const CONFLICT_ORDER: readonly Cue['kind'][] = [
  'refutation',
  'negation',
  'antonym',
  'number',
  'date',
  'quantity',
];

/** The evidence for a conflict first, then how the claims are held, then what is shared. */
export const CUE_ORDER: readonly Cue['kind'][] = [
  ...CONFLICT_ORDER,
  'hedge',
  'attribution',
  'entity',
  'overlap',
];

/** Cue kinds that flag a conflict between the accounts. */
export const CONFLICT_KINDS: ReadonlySet<Cue['kind']> = new Set(CONFLICT_ORDER);

/** Cue kinds that only explain a link (shared names and words); renderers may fold them away. */
export const SHARED_KINDS: ReadonlySet<Cue['kind']> = new Set(['entity', 'overlap']);

export const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Stronger relations win when one sentence is in several links. */
export const RELATION_RANK: Record<Link['relation'], number> = { contradiction: 3, partial: 2, agreement: 1 };

/**
 * "German (de)" for a report read in a language other than English, for the reports' header; undefined for English
 * and for reports that do not say (made before `language` was added).
 */
export function languageNote(report: Report): string | undefined {
  const tag = report.language;
  if (tag === undefined || tag.split(/[-_]/)[0]!.toLowerCase() === 'en') return undefined;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
  } catch {
    name = undefined; // not a tag Intl knows
  }
  return name !== undefined && name !== tag ? `${name} (${tag})` : tag;
}

export function accountName(account: Account): string {
  return account.title ?? account.id;
}

/** The repeats in a report; reports written before `duplicates` existed have none. */
export function repeats(report: Report): readonly Repeat[] {
  const list = (report as { duplicates?: readonly Repeat[] }).duplicates;
  return Array.isArray(list) ? list : [];
}

/** Everything a renderer needs to know about one sentence. */
export interface SentenceView {
  side: Side;
  sentence: Sentence;
  /** Links that hold this sentence, strongest relation first. */
  links: Link[];
  /** Its omission entry, when it has no counterpart. */
  salience?: number;
  /** The earlier sentence of the same account it repeats. */
  repeats?: number;
  /** The strongest relation among its links. */
  relation?: Link['relation'];
}

/** One view per sentence of `side`, in text order. */
export function sentenceViews(report: Report, side: Side): SentenceView[] {
  const account = report[side];
  const linksOf = new Map<number, Link[]>();
  for (const link of report.links) {
    for (const i of new Set(link[side])) {
      const list = linksOf.get(i) ?? [];
      list.push(link);
      linksOf.set(i, list);
    }
  }
  const salience = new Map(
    report.omissions.filter((o) => o.side === side).map((o) => [o.sentence, o.salience]),
  );
  const repeatOf = new Map(
    repeats(report)
      .filter((r) => r.side === side)
      .map((r) => [r.sentence, r.of]),
  );
  return account.sentences.map((sentence, i) => {
    const links = [...(linksOf.get(i) ?? [])].sort(
      (x, y) => RELATION_RANK[y.relation] - RELATION_RANK[x.relation] || y.similarity - x.similarity,
    );
    const view: SentenceView = { side, sentence, links };
    if (links[0]) view.relation = links[0].relation;
    const s = salience.get(i);
    if (s !== undefined) view.salience = s;
    const r = repeatOf.get(i);
    if (r !== undefined && r !== i) view.repeats = r;
    return view;
  });
}

/** Clips a span of the original text to a sentence, relative to the sentence; undefined when outside. */
function relative(span: readonly [number, number] | undefined, s: Sentence): [number, number] | undefined {
  if (!span) return undefined;
  const start = Math.max(span[0], s.start);
  const end = Math.min(span[1], s.end);
  return end > start ? [start - s.start, end - s.start] : undefined;
}

/**
 * The cues of a link to show beside one of its sentences: those whose words stand in that sentence, and those
 * with no place in either text. Each detail once, conflict evidence first.
 */
export function cuesFor(link: Link, side: Side, s: Sentence): Cue[] {
  const seen = new Set<string>();
  const out: Cue[] = [];
  for (const cue of link.cues) {
    const here = cue[side];
    const shown = here ? relative(here, s) !== undefined : cue[other(side)] === undefined;
    if (!shown || seen.has(cue.detail)) continue;
    seen.add(cue.detail);
    out.push(cue);
  }
  return out.sort((x, y) => CUE_ORDER.indexOf(x.kind) - CUE_ORDER.indexOf(y.kind));
}

/** Marks the words of conflict cues (and hedges) that stand in the sentence. */
export function cueMarks(links: readonly Link[], side: Side, s: Sentence): Mark[] {
  const marks: Mark[] = [];
  for (const link of links) {
    for (const cue of link.cues) {
      const kind: MarkKind | undefined = CONFLICT_KINDS.has(cue.kind)
        ? 'evidence'
        : cue.kind === 'hedge'
          ? 'hedge'
          : undefined;
      const r = kind && relative(cue[side], s);
      if (kind && r) marks.push({ start: r[0], end: r[1], kind });
    }
  }
  return marks;
}

/**
 * Marks the words of a sentence that its counterpart does not share, from the link's word diff. The diff runs
 * over the link's sentences of each side joined by spaces; each sentence is found again in the side's text rebuilt
 * from the diff, so a sentence the diff does not cover (a repeat) simply gets no marks.
 */
export function diffMarks(diff: readonly DiffPart[], side: Side, s: Sentence): Mark[] {
  if (diff.length === 0) return [];
  const skip = side === 'a' ? 'added' : 'removed';
  const own = side === 'a' ? 'removed' : 'added';
  let text = '';
  const changed: [number, number][] = [];
  for (const part of diff) {
    if (part[skip]) continue;
    if (part[own]) changed.push([text.length, text.length + part.value.length]);
    text += part.value;
  }
  const at = text.indexOf(s.text);
  if (at < 0 || s.text.length === 0) return [];
  const marks: Mark[] = [];
  for (const [p, q] of changed) {
    let start = Math.max(p, at) - at;
    let end = Math.min(q, at + s.text.length) - at;
    while (start < end && /\s/.test(s.text[start]!)) start++;
    while (end > start && /\s/.test(s.text[end - 1]!)) end--;
    if (end > start) marks.push({ start, end, kind: 'changed' });
  }
  return marks;
}

/** All marks of a sentence: the evidence in its links, and the word diff of its strongest link that has one. */
export function sentenceMarks(view: SentenceView): Mark[] {
  // A sentence that a contradiction holds shows that evidence only: words "not in the counterpart" would speak of
  // another link than the one its colour stands for.
  const withDiff = view.relation === 'contradiction' ? undefined : view.links.find((l) => l.diff.length > 0);
  return [
    ...cueMarks(view.links, view.side, view.sentence),
    ...(withDiff ? diffMarks(withDiff.diff, view.side, view.sentence) : []),
  ];
}

/** Cuts a text at every mark boundary, so that each piece carries the set of marks covering it. */
export function pieces(text: string, marks: readonly Mark[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.end > m.start) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const kinds = new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind));
    out.push({ text: text.slice(start, end), kinds });
  }
  return out;
}

/** "A3" / "B1, B4": how the renderers name sentences (1-based, as people count). */
export function ref(side: Side, index: number): string {
  return `${side.toUpperCase()}${index + 1}`;
}
