// `--format json`: an array with one entry per file, {path, findings}; stable keys for scripts. The reports already
// have this shape: the key list only fixes which keys are printed, in which order (a contract), without a copy.
import type { FileReport, ReportFinding } from './types.js';

const FINDING_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'covered', 'missing', 'status', 'trigger', 'why', 'source'] as const;
// Every key of a report finding is printed: a new field must be added here (or be left out on purpose).
type Unlisted = Exclude<keyof ReportFinding, (typeof FINDING_KEYS)[number]>;
const everyKeyListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyKeyListed;

/** What JSON.stringify prints of each object, in this order; the arrays of strings (covered, missing) print whole. */
const KEYS: string[] = ['path', 'findings', ...FINDING_KEYS] satisfies (keyof FileReport | keyof ReportFinding)[];

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, KEYS, 2) + '\n';
}
