/**
 * A claim supported by several sentences of its source: "X, a Y born in Z, did W" against a source in which one
 * sentence names X as a Y, another gives the birthplace and a third the deed (the claim-against-evidence setting of
 * WiCE, Kamoi et al. 2023, and FEVER's multi-sentence evidence, Thorne et al. 2018). The pair similarity is a
 * harmonic mean of both covers, so a long source sentence that states one of the claim's facts scores low although
 * it covers a good share of the claim, and the one-to-one matching links only one of them. What matters for support
 * is how much of the claim each source sentence covers.
 */
import type { Judgment } from '../classify/index';

/** A candidate pair as the alignment sees it: one sentence on each side and its judgment. */
export interface SupportPair {
  a: number;
  b: number;
  judgment: Judgment;
}

/**
 * The sentences of the claim side (`hubSide`, the shorter account) that other sentences support, each with the
 * pairs that support it, best first. A pair supports its claim sentence when it covers at least `minCover` of it,
 * shares an event, predicate or date word with it and does not contradict it. A shared name alone is not support
 * (the same people take part in many events), nor is one shared word between different participants. The exception
 * is a supporter that `namesOnly` reports as naming people, places or bodies and nothing else (a byline, a caption, a
 * heading: "Thomas K. Arnold, Publisher and Editorial Director, Media Play News"): it states no event, so it cannot
 * be about another one, and it supports a claim with which it shares two name words or more (a full name, or two
 * names: the level at which judge() takes two sentences to be about the same participants).
 * Supporters that `taken` reports as linked elsewhere are left out. Returns claim sentence -> indices into `pairs`.
 *
 * @example
 * const hubs = claimSupport(pairs, 'a', 0.25, (side, i) => linked[side].has(i));
 */
export function claimSupport(
  pairs: readonly SupportPair[],
  hubSide: 'a' | 'b',
  minCover: number,
  taken: (side: 'a' | 'b', index: number) => boolean,
  namesOnly: (side: 'a' | 'b', index: number) => boolean = () => false,
): Map<number, number[]> {
  const other = hubSide === 'a' ? 'b' : 'a';
  const byHub = new Map<number, { k: number; cover: number }[]>();
  pairs.forEach((p, k) => {
    const { relation, alignment } = p.judgment;
    if (relation === 'contradiction') return;
    const names = alignment.sharedEntities.length;
    if (alignment.sharedContent === 0 && !(names >= 2 && namesOnly(other, p[other]))) return;
    // "Rubio's appointment" is not "Mr. Waltz's appointment": one shared word needs a shared participant too.
    if (names === 0 && alignment.sharedContent < 2) return;
    const cover = hubSide === 'a' ? alignment.coverA : alignment.coverB;
    if (cover < minCover || taken(other, p[other])) return;
    let list = byHub.get(p[hubSide]);
    if (!list) byHub.set(p[hubSide], (list = []));
    list.push({ k, cover });
  });
  const out = new Map<number, number[]>();
  for (const [hub, list] of byHub) {
    list.sort((x, y) => y.cover - x.cover || x.k - y.k);
    out.set(
      hub,
      list.map((s) => s.k),
    );
  }
  return out;
}
