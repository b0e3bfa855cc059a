import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportSchema, type Report } from '../src/index';

/** Reads a file relative to tests/. */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
}

/** Every report a test produces goes through the schema before any assertion on it. */
export function valid(report: Report): Report {
  const r = ReportSchema.safeParse(report);
  if (!r.success) throw new Error(`report does not match ReportSchema: ${r.error.message}`);
  return report;
}
