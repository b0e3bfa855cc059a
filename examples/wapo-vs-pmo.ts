/**
 * The founding case: the Washington Post's report on why Michael Waltz was dismissed, against the Israeli Prime
 * Minister's Office statement that rejects it. Prints the Markdown report.
 *
 * Run: npm run example
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare, toMarkdown } from '../src/index';

const data = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), 'utf8');

const report = compare(
  { id: 'wapo', title: 'Washington Post report (as relayed)', text: data('wapo-report.txt') },
  { id: 'pmo', title: 'PMO statement', text: data('pmo-statement.txt') },
);

console.log(toMarkdown(report));
