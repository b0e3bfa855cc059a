/**
 * Renders the founding case as HTML and takes the screenshot shown in the README: docs/wapo-vs-pmo.png, the top
 * of the page at 1200 x 860 CSS pixels, with B1 selected from A1 so that the linking shows.
 *
 *   npm run screenshot      needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium), or the path
 *                           in CORROBORATE_CHROMIUM
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './_chromium';
import { compare, toHTML } from '../src/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = (name: string) => readFileSync(resolve(root, 'examples/data', name), 'utf8');
const report = compare(
  { id: 'wapo', title: 'Washington Post report (as relayed)', text: data('wapo-report.txt') },
  { id: 'pmo', title: 'PMO statement', text: data('pmo-statement.txt') },
);
const html = resolve(root, 'examples/out/wapo-vs-pmo.html');
mkdirSync(dirname(html), { recursive: true });
writeFileSync(html, toHTML(report));

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, reducedMotion: 'reduce' });
  await page.goto(pathToFileURL(html).href);
  await page.click('#a-1 a.to[data-to="b-1"]');
  await page.mouse.move(0, 0);
  const png = resolve(root, 'docs/wapo-vs-pmo.png');
  mkdirSync(dirname(png), { recursive: true });
  await page.screenshot({ path: png });
  console.log(`wrote docs/wapo-vs-pmo.png (${Math.round(statSync(png).size / 1024)} KB)`);
} finally {
  await browser.close();
}
