/**
 * toHTML without a browser: structure, escaping, the Content-Security-Policy and self-containment. The page's
 * behaviour in a real browser is tested in tests/browser/html.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compare, CorroborateError, toHTML } from '../../src/index';
import { fixture, valid } from '../helpers';

const founding = valid(
  compare(
    { id: 'wapo', title: 'Washington Post report', text: fixture('fixtures/wapo-vs-pmo/a.txt') },
    { id: 'pmo', title: 'PMO statement', text: fixture('fixtures/wapo-vs-pmo/b.txt') },
  ),
);
const page = toHTML(founding);

const between = (html: string, open: string, close: string) => {
  const start = html.indexOf(open);
  const end = html.indexOf(close, start + open.length);
  return start < 0 || end < 0 ? '' : html.slice(start + open.length, end);
};
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('toHTML: structure', () => {
  it('is one HTML document', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.trimEnd()).toMatch(/<\/html>$/);
  });

  it.each([
    { side: 'a' as const, n: founding.a.sentences.length },
    { side: 'b' as const, n: founding.b.sentences.length },
  ])('has one element per sentence of $side with ids $side-1..$side-$n', ({ side, n }) => {
    const ids = [...page.matchAll(new RegExp(`<li class="s [^"]*" id="(${side}-\\d+)"`, 'g'))].map(
      (m) => m[1],
    );
    expect(ids).toEqual(Array.from({ length: n }, (_, i) => `${side}-${i + 1}`));
  });

  it.each([
    { key: 'contradictions', n: founding.summary.contradictions },
    { key: 'partials', n: founding.summary.partials },
    { key: 'agreements', n: founding.summary.agreements },
    { key: 'omissions-a', n: founding.summary.omissions.a },
    { key: 'omissions-b', n: founding.summary.omissions.b },
  ])('shows the count $key = $n', ({ key, n }) => {
    expect(page).toContain(`data-count="${key}">${n}</span>`);
  });

  it('states the stance', () => {
    expect(page).toContain(`data-stance="${founding.summary.stance}"`);
  });

  it('labels every link with its relation in words and links to its counterparts', () => {
    expect(founding.links.length).toBeGreaterThan(0);
    for (const link of founding.links) {
      for (const j of link.b) expect(page).toContain(`href="#b-${j + 1}" data-to="b-${j + 1}"`);
      for (const i of link.a) expect(page).toContain(`href="#a-${i + 1}" data-to="a-${i + 1}"`);
    }
    const tags = [...page.matchAll(/<span class="tag t-(\w+)">([^<]+)<\/span> <span class="with">with/g)];
    expect(tags.length).toBeGreaterThanOrEqual(founding.links.length);
    for (const [, cls, label] of tags) expect(label!.toLowerCase()).toBe(cls);
  });

  it('explains the contradictions with cue badges', () => {
    expect(page).toMatch(
      /<li class="cue conflict" title="rule refutation\.explicit"><b>refutes:<\/b> &#39;Contrary to/,
    );
    expect(page).toMatch(
      /<li class="cue conflict" title="rule negation\.mismatch"><b>negation:<\/b> &#39;did not&#39;/,
    );
  });

  it('labels omissions in words', () => {
    const omitted =
      page.match(
        /<span class="tag t-omission" title="omission: B has no counterpart">Only in A<\/span> <span class="sal">/g,
      ) ?? [];
    expect(omitted).toHaveLength(founding.summary.omissions.a);
  });

  it('marks the words that differ inside an agreement or partial pair', () => {
    const r = valid(compare('Trump fired Waltz.', 'Trump dismissed Waltz.'));
    expect(r.links[0]?.relation).not.toBe('contradiction');
    const html = toHTML(r);
    expect(html).toMatch(/<span class="chg"[^>]*>fired<\/span>/);
    expect(html).toMatch(/<span class="chg"[^>]*>dismissed<\/span>/);
    expect(html).not.toMatch(/<span class="chg"[^>]*>Trump/);
  });

  it('renders empty accounts', () => {
    const html = toHTML(valid(compare('', '')));
    expect(html).toContain('This account has no text.');
    expect(html).toContain('data-count="contradictions">0</span>');
  });

  it.each([
    { options: { title: 'My page' }, expected: '<title>My page</title>' },
    { options: { lang: 'pt-BR' }, expected: '<html lang="pt-BR">' },
    { options: {}, expected: '<title>Washington Post report vs PMO statement</title>' },
  ])('takes options $options', ({ options, expected }) => {
    expect(toHTML(founding, options)).toContain(expected);
  });

  it.each([{ lang: 'en" onload="x' }, { title: 42 }, { colour: true }])('rejects options %o', (options) => {
    expect(() => toHTML(founding, options as never)).toThrow(CorroborateError);
  });
});

describe('toHTML: safety', () => {
  const hostile = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=2">',
    '"><svg onload=window.__pwned=3>',
    "'><iframe src=javascript:alert(4)>",
    '</title></style></textarea><script>alert(5)</script>',
    '<!-- --><style>body{display:none}</style>',
  ];

  it.each(hostile.map((text) => ({ text })))('escapes $text in texts and titles', ({ text }) => {
    const r = valid(
      compare(
        { title: text, text: `Netanyahu met Waltz. ${text} Waltz met Netanyahu.` },
        { title: text, text: `Netanyahu did not meet Waltz. ${text}` },
      ),
    );
    const html = toHTML(r, { title: text });
    // The page's own tags, once each; nothing else that could run or load.
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|svg|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son(error|load)=/i);
    expect(html).toContain(
      text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
    );
  });

  it('allows only its own style and script, by hash', () => {
    const policy = between(page, '<meta http-equiv="Content-Security-Policy" content="', '">');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${sha(between(page, '<style>', '</style>'))}`);
    expect(policy).toContain(`script-src ${sha(between(page, '<script>', '</script>'))}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('loads nothing: no external URL, stylesheet, font or image', () => {
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
    expect(page).not.toMatch(/<link\b|@import|url\(/i);
  });

  it('keeps a NUL out of the page', () => {
    expect(toHTML(valid(compare('a\0b.', 'c.')))).not.toContain('\0');
  });
});
