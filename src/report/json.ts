import { ReportSchema, type Report } from '../schemas';

/**
 * Serializes a report as JSON, after checking it against `ReportSchema`, so that what leaves the library always
 * matches the published schema.
 *
 * @example
 * fs.writeFileSync('report.json', toJSON(compare(a, b)));
 */
export function toJSON(report: Report, indent = 2): string {
  return JSON.stringify(ReportSchema.parse(report), null, indent);
}
