import { describe, expect, it } from 'vitest';
import { compare, summarize, type Link } from '../../src/index';
import { valid } from '../helpers';

function link(relation: Link['relation'], b: number, refutes = false): Link {
  return {
    a: [0],
    b: [b],
    relation,
    similarity: 0.5,
    confidence: 0.5,
    cues: refutes
      ? [{ kind: 'refutation', rule: 'refutation.explicit', b: [0, 5], detail: "refutes: 'false'" }]
      : [],
    diff: [],
  };
}

describe('summarize: b’s stance towards a', () => {
  it.each([
    { name: 'no links', links: [], stance: 'unrelated' },
    {
      name: 'a refuted contradiction among agreements',
      links: [link('agreement', 0), link('agreement', 1), link('contradiction', 2, true)],
      stance: 'disputes',
    },
    {
      name: 'contradictions outnumbering agreements',
      links: [link('contradiction', 0), link('contradiction', 1), link('agreement', 2)],
      stance: 'disputes',
    },
    {
      name: 'agreements covering most of b',
      links: [link('agreement', 0), link('partial', 1)],
      stance: 'agrees',
    },
    { name: 'one partial in a long b', links: [link('partial', 0)], stance: 'discusses' },
  ] as const)('$name: $stance', ({ links, stance }) => {
    const s = summarize([...links], [], 3, 3);
    expect(s.stance).toBe(stance);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('finds agreement between two tellings of one event', () => {
    const r = valid(
      compare(
        'The council approved the budget on Monday. The mayor praised the vote.',
        'On Monday the council approved the budget. The mayor praised the vote.',
      ),
    );
    expect(r.summary.stance).toBe('agrees');
  });
});
