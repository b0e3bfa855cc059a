/**
 * Pairs for the compareMany tests: the founding case both ways, the seed article against the statement, slices of
 * the founding case's sentences (pairs of different sizes, so that they finish out of order in a pool), and odd
 * inputs (empty, whitespace, documents with id and title). Every pair's a has a distinct id, to check the order.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment, type ComparePair } from '../../src/index';
import { fixture } from '../helpers';

const seed = readFileSync(
  fileURLToPath(new URL('../../examples/data/seed-article.txt', import.meta.url)),
  'utf8',
);

export const FOUNDING_A = fixture('fixtures/wapo-vs-pmo/a.txt');
export const FOUNDING_B = fixture('fixtures/wapo-vs-pmo/b.txt');

function slices(): ComparePair[] {
  const a = segment(FOUNDING_A).map((s) => s.text);
  const b = segment(FOUNDING_B).map((s) => s.text);
  const out: ComparePair[] = [];
  for (let k = 0; k < a.length; k += 2) {
    out.push({
      a: a.slice(0, k + 1).join(' '),
      b: [...b.slice(k % b.length), ...a.slice(k, k + 2)].join('\n'),
    });
  }
  return out;
}

const pairs: ComparePair[] = [
  { a: FOUNDING_A, b: FOUNDING_B },
  { a: { id: 'pmo', title: 'PMO statement', text: FOUNDING_B }, b: { id: 'wapo', text: FOUNDING_A } },
  ...slices(),
  { a: seed, b: FOUNDING_B },
  { a: 'Netanyahu met Waltz in February.', b: 'Netanyahu did not meet Waltz.' },
  { a: 'Trump fired Waltz.', b: { title: 'b', text: 'Trump dismissed Waltz.' } },
  { a: '', b: '' },
  { a: '  \n\t ', b: FOUNDING_B },
  { a: FOUNDING_B, b: FOUNDING_B },
  { a: 'The talks ended on Monday.', b: 'The talks ended on Tuesday.' },
  { a: 'Dr. Smith arrived at 5 p.m. He spoke briefly.', b: 'Smith arrived late. He did not speak.' },
];

export const PAIRS: ComparePair[] = pairs.map(({ a, b }, i) => ({
  a: typeof a === 'string' ? { id: `a${String(i)}`, text: a } : { ...a, id: `a${String(i)}` },
  b,
}));
