import { describe, expect, it } from 'vitest';
import { compare, toJSON, toMarkdown, ReportSchema } from '../../src/index';
import { valid } from '../helpers';

describe('toMarkdown', () => {
  const report = valid(
    compare(
      { title: 'Report', text: 'Netanyahu met Waltz in February. The talks covered Iran.' },
      { title: 'Statement', text: 'Netanyahu did not meet Waltz in February. We wish him well.' },
    ),
  );
  const md = toMarkdown(report);

  it('has a title, the stance and the counts', () => {
    expect(md).toMatch(/^# Report vs Statement\n/);
    expect(md).toContain(`**Stance of Statement towards Report: ${report.summary.stance}**`);
    expect(md).toContain(`| Contradictions | ${report.summary.contradictions} |`);
  });

  it('lists each contradiction with its cues', () => {
    expect(report.summary.contradictions).toBeGreaterThan(0);
    expect(md).toMatch(/## Contradictions \(\d+\)/);
    expect(md).toMatch(/negation: 'did not'/);
  });

  it('escapes Markdown and HTML in the texts', () => {
    const r = valid(compare('A *bold* <script>alert(1)</script> | pipe.', 'Nothing else.'));
    const out = toMarkdown(r);
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\*bold\\*');
    expect(out).toContain('\\|');
  });
});

describe('toJSON', () => {
  it('round-trips through the schema', () => {
    const r = valid(compare('Trump fired Waltz.', 'Trump dismissed Waltz.'));
    expect(ReportSchema.parse(JSON.parse(toJSON(r)))).toEqual(r);
  });
});
