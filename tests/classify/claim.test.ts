import { describe, expect, it } from 'vitest';
import { relate, relateAsync } from '../../src/index';
import { RelationResultSchema } from '../../src/schemas';

// A short claim against a passage at least twice its length that covers it: the RTE setting. The fitted model calls
// each refuted claim below partial or agreement (the passage says much besides); the claim rules make them
// contradictions. The texts are written for these tests.
const refuted = [
  {
    rule: 'claim.negation',
    text: 'The committee met on Tuesday in the capital to review the budget, and after a long debate the minister said the government will not approve the new highway plan this year.',
    claim: 'The government approves the new highway plan.',
    inText: 'will not approve',
    inClaim: 'approves',
  },
  {
    rule: 'claim.negation',
    text: 'Despite a late surge in the polls and a costly campaign across the northern provinces, the senator failed to win the election held last week.',
    claim: 'The senator won the election.',
    inText: 'failed to win',
    inClaim: 'won',
  },
  {
    rule: 'claim.negation',
    text: 'The company reported on Monday that it sold its shares in the steel plant to a group of foreign investors for a large sum.',
    claim: 'The company did not sell its shares in the steel plant.',
    inText: 'sold',
    inClaim: 'did not sell',
  },
  {
    // A passive denial denies its subject.
    rule: 'claim.negation',
    text: 'After a long debate on Tuesday, the national assembly passed the amendment to the electoral law by a wide majority of its members.',
    claim: 'The amendment was rejected by the assembly.',
    inText: 'amendment',
    inClaim: 'amendment was rejected',
  },
  {
    rule: 'claim.number',
    text: 'After weeks of talks that ran late into the night, the alliance confirmed on Friday that its 19 members had agreed to send more aid to the region.',
    claim: 'The alliance has 16 members.',
    inText: '19',
    inClaim: '16',
  },
];

const compatible = [
  {
    name: 'a paraphrase inside a longer text',
    text: 'The minister said on Tuesday that the government will approve the new highway plan this year after a long debate in the committee.',
    claim: 'The government approves the new highway plan.',
  },
  {
    name: 'a bound and a number within it',
    text: 'Officials said on Friday that more than 200 people were killed when the storm hit the coastal towns overnight.',
    claim: '250 people were killed in the storm.',
  },
  {
    name: "the claim's number given in the text, beside another",
    text: 'Three nurses in one of the oldest hospitals in the city have been arrested on suspicion of killing patients over several years.',
    claim: 'Three nurses were arrested.',
  },
  {
    // The model's fact rule alone would set 'one' against 'Two'.
    name: 'another number of the text that counts something else',
    text: "Two guards at one of Ohio's largest prisons were arrested last week for helping inmates escape.",
    claim: 'Two Ohio guards helped inmates escape.',
  },
  {
    name: 'a negation on another predicate of the text',
    text: 'The company has not released a list of the stores involved, but it sold its shares in the steel plant to foreign investors last year.',
    claim: 'The company sold its shares in the steel plant.',
  },
  {
    name: 'ceasing to do what the claim says is not done',
    text: 'The pharmacy chain said on Monday that it will stop selling its own brand of the painkiller and pull the bottles from its shelves nationwide.',
    claim: 'The pharmacy chain will not sell its own brand of the painkiller.',
  },
  {
    name: 'a denial word used as a noun',
    text: 'The two neighbours remain in a dispute over the border after talks between their presidents ended without progress on Sunday.',
    claim: 'The neighbours are in dispute over the border.',
  },
];

describe('claim conflicts in relate()', () => {
  it.each(refuted)('$claim is refuted by the text ($rule)', ({ rule, text, claim, inText, inClaim }) => {
    // Either order: the claim is the side the other covers.
    for (const [a, b, textSide] of [
      [text, claim, 'a'],
      [claim, text, 'b'],
    ] as const) {
      const r = relate(a, b);
      expect(RelationResultSchema.safeParse(r).success).toBe(true);
      expect(r.relation).toBe('contradiction');
      const cue = r.cues[0]!;
      expect(cue.rule).toBe(rule);
      const [textSpan, claimSpan] = textSide === 'a' ? [cue.a, cue.b] : [cue.b, cue.a];
      expect(textSpan && text.slice(...textSpan)).toBe(inText);
      expect(claimSpan && claim.slice(...claimSpan)).toBe(inClaim);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it.each(compatible)('finds no conflict in $name', ({ text, claim }) => {
    const r = relate(text, claim);
    expect(r.relation).not.toBe('contradiction');
    expect(r.cues.filter((c) => c.rule.startsWith('claim.'))).toEqual([]);
  });

  it('refutes a claim in relateAsync too, whatever the scorer says', async () => {
    const { text, claim } = refuted[0]!;
    const r = await relateAsync(text, claim, { scorer: () => 0.95 });
    expect(r.relation).toBe('contradiction');
    expect(r.cues[0]?.rule).toBe('claim.negation');
  });

  it('leaves sentences of like length to the fitted model', () => {
    // SICK calls such pairs neutral as often as contradictory; the claim rules stay out of them.
    const r = relate('A man is riding a horse in the desert.', 'A man is not riding a horse.');
    expect(r.cues.filter((c) => c.rule.startsWith('claim.'))).toEqual([]);
  });
});
