import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '../../src/segment/index';
import type { SegmentOptions, Sentence } from '../../src/schemas';

/** The sentence texts of `input`. */
export function texts(input: string, options?: SegmentOptions): string[] {
  return segment(input, options).map((s) => s.text);
}

/** Collapses whitespace, as the Golden Rules are compared. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Reads a file relative to the repository root. */
export function repoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

/** Throws unless every sentence satisfies the Sentence contract against `input`. */
export function checkContract(input: string, sentences: Sentence[]): void {
  let last = 0;
  sentences.forEach((s, i) => {
    if (s.index !== i) throw new Error(`index ${s.index} at position ${i}`);
    if (!(s.start >= last && s.start < s.end && s.end <= input.length)) {
      throw new Error(`bad offsets [${s.start}, ${s.end}) after ${last} in a text of ${input.length}`);
    }
    if (s.text !== input.slice(s.start, s.end))
      throw new Error(`text is not input.slice(${s.start}, ${s.end})`);
    if (/^\s|\s$/.test(s.text)) throw new Error(`sentence ${i} has surrounding whitespace`);
    if (/\S/.test(input.slice(last, s.start))) throw new Error(`non-space text before sentence ${i} is lost`);
    last = s.end;
  });
  if (/\S/.test(input.slice(last))) throw new Error('non-space text after the last sentence is lost');
}
