/**
 * Two accounts that quote different sources for one event: the names of who says what (a witness, a police
 * spokeswoman) are not participants of the event, so they do not make two events of one. And two versions of one
 * sentence that put one word for another: the same words, a different claim.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index';
import { extractFeatures } from '../../src/features/index';
import { DEFAULT_MODEL, judge } from '../../src/classify/index';
import { valid } from '../helpers';

const police =
  'Police said a cyclist was seriously injured on Friday night when a car struck him at the junction of Mill Road ' +
  'and Station Street. According to police, the driver of a silver Ford Focus stopped at the scene and called for ' +
  'an ambulance. The driver was arrested on suspicion of careless driving, a spokeswoman for the Westbury Police ' +
  'Department said.';
const witness =
  'A witness said the crash happened on Friday at the corner of Mill Road and Station Street. Okafor said the ' +
  'driver did not stop and drove off towards the town centre. "I heard a bang and saw the cyclist on the ground," ' +
  'said Daniel Okafor, who was waiting at a bus stop nearby.';

describe('compare: accounts from different sources', () => {
  it('finds the driver who stopped, and the one who did not, in contradiction', () => {
    const r = valid(compare(police, witness));
    const stopped = r.a.sentences.findIndex((s) => s.text.includes('stopped at the scene'));
    const fled = r.b.sentences.findIndex((s) => s.text.includes('did not stop'));
    const link = r.links.find((l) => l.a.includes(stopped) && l.b.includes(fled));
    expect(link?.relation).toBe('contradiction');
    expect(link?.cues.some((c) => c.rule === 'negation.mismatch')).toBe(true);
  });

  it('still reads names that take part in the claim as participants', () => {
    // Different people, no name in common: two events, whatever is denied.
    const r = valid(
      compare(
        'Police said John Smith stopped at the scene of the crash.',
        'Police said Mary Jones did not stop at the scene of the crash.',
      ),
    );
    expect(r.links.every((l) => l.relation !== 'contradiction')).toBe(true);
  });
});

describe('judge: one word put for another', () => {
  const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });
  const raised = 'The company raised its full-year forecast and now expects revenue of $16.5 billion.';
  it('reads a different predicate in the same words as a partial match, not an agreement', () => {
    const j = judge(f(raised), f(raised.replace('raised', 'kept').replace('now', 'still')));
    expect(j.similarity).toBeGreaterThanOrEqual(DEFAULT_MODEL.agreement);
    expect(j.relation).toBe('partial');
  });

  it.each([
    raised.replace('raised', 'increased'),
    'The company now expects revenue of $16.5 billion and raised its full-year forecast.',
    raised.replace('now expects', 'expects'),
  ])('still agrees with a synonym, another word order or a word left out: %s', (other) => {
    expect(judge(f(raised), f(other)).relation).toBe('agreement');
  });
});

describe('compare: figures', () => {
  it('finds two final scores of one match in contradiction', () => {
    const r = valid(
      compare(
        'Arsenal beat Chelsea 3-1 at the Emirates Stadium on Saturday.',
        'Chelsea lost 3–2 to Arsenal at the Emirates on Saturday.',
      ),
    );
    expect(r.links[0]?.relation).toBe('contradiction');
    expect(r.links[0]?.cues.find((c) => c.rule === 'number.mismatch')?.detail).toContain('3-1');
  });

  it('agrees when the score is the same, however written', () => {
    const r = valid(
      compare('Arsenal beat Chelsea 3-1 on Saturday.', 'Chelsea lost 3 – 1 to Arsenal on Saturday.'),
    );
    expect(r.links[0]?.relation).not.toBe('contradiction');
  });

  it('reads a death toll however it is put, and a bound as a range', () => {
    const report = valid(
      compare(
        'Cholera has killed at least 45 people in Nampula since January, and more than 3,000 cases were recorded.',
        'The outbreak in Nampula has caused 38 deaths and about 3,100 cases since January.',
      ),
    );
    const details = report.links.flatMap((l) => l.cues.filter((c) => c.rule === 'number.mismatch'));
    expect(details.map((c) => c.detail)).toEqual([expect.stringContaining("'45' / '38'")]);
  });
});
