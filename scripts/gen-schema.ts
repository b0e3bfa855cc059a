/**
 * Writes `schema/report.schema.json`, the JSON Schema of the JSON report, generated from the zod `ReportSchema`.
 *
 *   npm run schema              write schema/report.schema.json
 *   npm run schema -- --check   exit 1 if the committed file differs from what ReportSchema gives (CI runs this)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJSONSchema } from '../src/index';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../schema/report.schema.json');
const shown = relative(process.cwd(), target);
const text = `${JSON.stringify(reportJSONSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current !== text) {
    console.error(
      `${shown} is ${current === undefined ? 'missing' : 'stale'}: run npm run schema and commit it`,
    );
    process.exit(1);
  }
  console.log(`${shown} matches ReportSchema`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${shown} (${text.length} bytes)`);
}
