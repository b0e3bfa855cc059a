/**
 * Valid but odd input gets a sensible result: other languages and scripts, one sentence, odd Unicode.
 */
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/index';
import { tokenize } from '../../src/features/index';
import { valid } from '../helpers';

function offsetsHold(a: string, b: string, r: Report): void {
  for (const s of r.a.sentences) expect(a.slice(s.start, s.end)).toBe(s.text);
  for (const s of r.b.sentences) expect(b.slice(s.start, s.end)).toBe(s.text);
}

describe('compare: other languages and odd text', () => {
  it.each([
    {
      language: 'de',
      a: 'Der Minister ist am Montag zurückgetreten. Die Regierung bestätigte dies.',
      b: 'Die Regierung bestätigte am Montag den Rücktritt des Ministers.',
    },
    { language: 'zh', a: '部长周一辞职。政府证实了这一消息。', b: '政府证实部长周一辞职。' },
    { language: 'ja', a: '大臣は月曜日に辞任した。政府が確認した。', b: '政府は大臣の辞任を確認した。' },
    {
      language: 'ru',
      a: 'Министр ушёл в отставку в понедельник. Правительство это подтвердило.',
      b: 'Правительство подтвердило отставку министра.',
    },
  ])('links two accounts in $language', ({ language, a, b }) => {
    const r = valid(compare(a, b, { language }));
    offsetsHold(a, b, r);
    expect(r.links.length).toBeGreaterThan(0);
    expect(r.summary.stance).not.toBe('unrelated');
  });

  it.each([
    { name: 'one sentence without a stop', a: 'One sentence only', b: 'One sentence only' },
    {
      name: 'emoji and combining marks',
      a: 'The 😀 team won. Ame\u0301lie scored twice.',
      b: 'Amélie scored twice 😀.',
    },
    {
      name: 'zero-width and direction marks',
      a: 'Rain\u200b fell\u200e in Paris.\uFEFF',
      b: '\u200fRain fell in Paris.',
    },
    { name: 'right-to-left text', a: 'الوزير استقال يوم الاثنين.', b: 'أكدت الحكومة استقالة الوزير.' },
    { name: 'symbols only', a: '*** --- ###', b: '!!!' },
    { name: 'lone surrogates', a: 'Bad \ud800 text. More \udc00 text.', b: 'More text.' },
  ])('gives a valid report for $name', ({ a, b }) => {
    offsetsHold(a, b, valid(compare(a, b)));
  });

  it('aligns two unpunctuated transcripts piece by piece', () => {
    // A raw speech transcript has no sentence end: segment() cuts it into pieces (MAX_SENTENCE), which link to
    // their counterparts in the other transcript rather than making one pair of two 4,000-word sentences.
    const words = Array.from({ length: 4000 }, (_, i) => `term${String((i * 7919) % 5003)}`);
    const a = words.map((w, i) => (i % 60 === 59 ? `${w},` : w)).join(' ');
    const b = a.replace(/^(\S+ ){10}/, 'well so as I was saying ');
    const r = valid(compare(a, b));
    offsetsHold(a, b, r);
    expect(r.a.sentences.length).toBeGreaterThan(10);
    expect(r.links.length).toBeGreaterThanOrEqual(r.a.sentences.length - 2);
    expect(r.summary.stance).toBe('agrees');
  });

  it('splits unspaced scripts into characters, with offsets', () => {
    const text = '部长𠀀辞职 in Beijing';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['部', '长', '𠀀', '辞', '职', 'in', 'Beijing']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
