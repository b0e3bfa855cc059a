/**
 * The founding case: the Washington Post's report on why Michael Waltz was dismissed, against the Israeli Prime
 * Minister's Office statement that rejects it. Prints the Markdown report and writes the side-by-side HTML report
 * to examples/out/wapo-vs-pmo.html.
 *
 * Run: npm run example
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare, toHTML, toMarkdown } from '../src/index';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const data = (name: string) => readFileSync(here(`./data/${name}`), 'utf8');

const report = compare(
  { id: 'wapo', title: 'Washington Post report (as relayed)', text: data('wapo-report.txt') },
  { id: 'pmo', title: 'PMO statement', text: data('pmo-statement.txt') },
);

console.log(toMarkdown(report));

mkdirSync(here('./out'), { recursive: true });
writeFileSync(here('./out/wapo-vs-pmo.html'), toHTML(report));
console.error('wrote examples/out/wapo-vs-pmo.html');
