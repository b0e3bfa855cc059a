import { describe, expect, it } from 'vitest';
import { accounts } from '../align/_accounts';
import { TermsScope } from '../../src/similarity/index';
import { judge } from '../../src/classify/index';

describe('TermsScope', () => {
  it('takes a sentence repeated word for word in the other account for the first one', () => {
    const { fa, fb } = accounts(
      'Waltz met the envoy. The talks ended.',
      'Officials confirmed it. Waltz met the envoy.',
    );
    const scope = new TermsScope();
    expect(scope.canonical(fa[0]!)).toBe(fa[0]);
    expect(scope.canonical(fb[1]!)).toBe(fa[0]);
    expect(scope.canonical(fb[0]!)).toBe(fb[0]);
  });

  it('keeps apart the same words that read differently in their accounts', () => {
    // "Bush" is a name in a (capitalized mid-sentence there), a plant in b.
    const { fa, fb } = accounts('They spoke with Bush. Bush spoke.', 'Bush spoke. They cut a bush.');
    expect(fa[1]!.sentence.text).toBe(fb[0]!.sentence.text);
    expect(fa[1]!.terms.map((t) => t.entity)).not.toEqual(fb[0]!.terms.map((t) => t.entity));
    const scope = new TermsScope();
    scope.canonical(fa[1]!);
    expect(scope.canonical(fb[0]!)).toBe(fb[0]);
  });

  it('leaves every judgment as it is without it, offsets included', () => {
    const { fa, fb } = accounts(
      'The minister did not resign on Monday. Prices rose 3 percent. The minister resigned.',
      'Prices rose 3 percent. The minister resigned on Monday. The minister did not resign on Monday.',
    );
    const scope = new TermsScope();
    for (const x of fa)
      for (const y of fb) {
        const plain = judge(x, y);
        const shared = judge(x, y, undefined, undefined, { scope });
        expect(shared).toEqual(plain);
      }
  });
});
