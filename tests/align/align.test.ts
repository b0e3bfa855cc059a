import { describe, expect, it } from 'vitest';
import { accounts } from './_accounts';
import { alignAccounts, candidatePairs, duplicateGroups, twinsOf } from '../../src/align/index';
import { DEFAULT_MODEL } from '../../src/classify/index';
import { TermsScope } from '../../src/similarity/index';

describe('alignAccounts', () => {
  it('links reordered sentences to their counterparts and leaves the rest as omissions', () => {
    const { sa, sb, fa, fb } = accounts(
      'The council approved the budget on Monday. The mayor praised the vote. Rain is expected tomorrow.',
      'The mayor praised the vote. The budget was approved by the council on Monday.',
    );
    const { links, omissions } = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
    const pairs = links.map((l) => `${l.a.join()}-${l.b.join()}`).sort();
    expect(pairs).toEqual(['0-1', '1-0']);
    expect(omissions).toEqual([expect.objectContaining({ side: 'a', sentence: 2 })]);
  });

  it('links one sentence to several it contradicts as one one-to-many link', () => {
    const { sa, sb, fa, fb } = accounts(
      'Netanyahu met Waltz in Washington to discuss Iran. Waltz and Netanyahu planned strikes on Iran together.',
      'Netanyahu never met Waltz and never discussed Iran with him.',
    );
    const { links } = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
    const contra = links.filter((l) => l.relation === 'contradiction');
    expect(contra).toHaveLength(1);
    expect(contra[0]!.a).toEqual([0, 1]);
    expect(contra[0]!.b).toEqual([0]);
  });

  it('keeps word-level diffs for agreements and none for contradictions', () => {
    const { sa, sb, fa, fb } = accounts(
      'Trump fired Waltz on Thursday.',
      'Trump dismissed Waltz on Thursday.',
    );
    const [link] = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 }).links;
    expect(link?.relation).toBe('agreement');
    expect(link?.diff.filter((d) => d.removed).map((d) => d.value.trim())).toEqual(['fired']);
    expect(link?.diff.filter((d) => d.added).map((d) => d.value.trim())).toEqual(['dismissed']);
  });

  it('only pairs sentences that share a term', () => {
    const { fa, fb } = accounts('Cats sleep. Dogs bark loudly.', 'The dogs bark. Birds sing.');
    expect(candidatePairs(fa, fb)).toEqual([[1, 0]]);
  });
});

describe('alignment modes and repeats', () => {
  it('groups a repeated sentence with its first occurrence, so it counts once', () => {
    const { sa, sb, fa, fb } = accounts(
      'The minister resigned on Friday.',
      'The minister resigned on Friday, aides said. Markets fell. "The minister resigned on Friday."',
    );
    const r = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
    expect(r.duplicates).toEqual([{ side: 'b', sentence: 2, of: 0 }]);
    expect(r.links).toHaveLength(1);
    expect(r.links[0]!.b).toEqual([0, 2]);
    expect(r.omissions.map((o) => `${o.side}${o.sentence}`)).toEqual(['b1']);
  });

  it('ordered: true keeps the order of both texts', () => {
    const a = 'Rain fell in Paris. The Seine rose. Trains stopped. Schools closed.';
    const b = 'Schools closed. Rain fell in Paris. The Seine rose. Trains stopped.';
    const { sa, sb, fa, fb } = accounts(a, b);
    const unordered = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 }).links.map((l) => `${l.a}-${l.b}`);
    const ordered = alignAccounts(sa, sb, fa, fb, { threshold: 0.15, ordered: true }).links.map(
      (l) => `${l.a}-${l.b}`,
    );
    expect(unordered.sort()).toEqual(['0-1', '1-2', '2-3', '3-0']);
    expect(ordered).toEqual(['0-1', '1-2', '2-3']);
  });

  it('ordered: true makes a 2-1 link when one sentence joins two', () => {
    const { sa, sb, fa, fb } = accounts(
      'The storm closed the airport. Flights resumed on Sunday.',
      'The storm closed the airport, and flights resumed on Sunday.',
    );
    const [link] = alignAccounts(sa, sb, fa, fb, { threshold: 0.15, ordered: true }).links;
    expect(link?.a).toEqual([0, 1]);
    expect(link?.b).toEqual([0]);
  });

  it('unordered alignment makes a 1-2 link when one sentence covers two', () => {
    const { sa, sb, fa, fb } = accounts(
      'Parliament passed the budget and the president signed the decree.',
      'The president signed the decree. Parliament passed the budget.',
    );
    const [link] = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 }).links;
    expect(link?.a).toEqual([0]);
    expect(link?.b).toEqual([0, 1]);
  });
});

describe('quotations with words left out', () => {
  it('links a quote and the same quote shortened by an ellipsis as an agreement', () => {
    const { sa, sb, fa, fb } = accounts(
      `Roberts said: "I don't think there's any question about it that . . . they're going to be very global."`,
      `Roberts said: “I don’t think there’s any question about it that they’re going to be very global.”`,
    );
    const { links } = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
    expect(links.map((l) => l.relation)).toEqual(['agreement']);
  });
});

describe('a text against itself', () => {
  // With pruning forced on, as for a long text, and without: every sentence is linked to itself and nothing else,
  // even "They said it." (framing words alone, no key for the index) and two sentences that contradict each other
  // (both accounts state both, so the pair shows no difference between them).
  const text =
    'They said it. The storm flooded the town. The storm did not flood the town. The mayor praised the crews.';
  it.each([
    { ordered: false, exhaustiveUpTo: 0 },
    { ordered: true, exhaustiveUpTo: 0 },
    { ordered: false, exhaustiveUpTo: undefined },
  ])('links each sentence to itself alone (%o)', ({ ordered, exhaustiveUpTo }) => {
    const { sa, sb, fa, fb } = accounts(text, text);
    const { links, omissions } = alignAccounts(sa, sb, fa, fb, {
      threshold: 0.15,
      ordered,
      candidates: exhaustiveUpTo === undefined ? {} : { exhaustiveUpTo },
    });
    expect(omissions).toEqual([]);
    expect(links.map((l) => `${l.relation} ${l.a.join()}-${l.b.join()}`)).toEqual([
      'agreement 0-0',
      'agreement 1-1',
      'agreement 2-2',
      'agreement 3-3',
    ]);
  });
});

describe('twinsOf', () => {
  it('pairs each group leader with the other account leader that reads the same', () => {
    const { fa, fb } = accounts(
      'Waltz met Netanyahu. Iran was discussed. Waltz met Netanyahu.',
      'Iran was discussed. Waltz met Netanyahu on Monday. Iran was not discussed.',
    );
    const scope = new TermsScope();
    const leadA = duplicateGroups(fa, DEFAULT_MODEL, scope);
    const leadB = duplicateGroups(fb, DEFAULT_MODEL, scope);
    expect(leadA).toEqual([0, 1, 0]);
    const twins = twinsOf(fa, fb, leadA, leadB, scope);
    // a1 = b0; a0 has no verbatim counterpart ("on Monday"), nor has its repeat a2, which is no leader.
    expect([...twins.a]).toEqual([-1, 0, -1]);
    expect([...twins.b]).toEqual([1, -1, -1]);
  });
});
