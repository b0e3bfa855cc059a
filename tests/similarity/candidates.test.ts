import { describe, expect, it } from 'vitest';
import { accounts } from '../align/_accounts';
import { candidatePairs } from '../../src/similarity/candidates';

describe('candidatePairs with pruning', () => {
  it('gives a tie at the last place to the sentence the shared keys make up most of', () => {
    // a0 shares "volcano" and "erupted" with b0 and b1 alike; b1 is nothing more, b0 adds a glacier village.
    const { fa, fb } = accounts(
      'The volcano erupted. The glacier village flooded.',
      'The volcano erupted near the glacier village. The volcano erupted.',
    );
    const pruned = candidatePairs(fa, fb, undefined, undefined, { exhaustiveUpTo: 0, perSentence: 1 });
    // b0's best is a1 (two rarer keys) and b1's is a0; a0's one place goes to b1, its copy, not to b0.
    expect(pruned).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(candidatePairs(fa, fb)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});
