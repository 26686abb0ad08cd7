// `--format json`: an array with one entry per file, {path, findings}; stable keys for scripts. The reports already
// have this shape: the key list only fixes which keys are printed, in which order (a contract), without a copy.
import type { FileReport, ReportFinding, ReportReview } from './types.js';

const FINDING_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'covered', 'missing', 'status', 'trigger', 'why', 'source', 'related'] as const;
/** Left out on purpose: a fix is edits with template text, for SARIF and the editor, not for scripts reading JSON. */
const LEFT_OUT = ['fix'] as const;
// Every key of a report finding is printed: a new field must be added here (or be left out on purpose).
type Unlisted = Exclude<keyof ReportFinding, (typeof FINDING_KEYS)[number] | (typeof LEFT_OUT)[number]>;
const everyKeyListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyKeyListed;

/** What JSON.stringify prints of each object, in this order; the arrays of strings (covered, missing) print whole. A
 * note's `review` ({status, reviewedBy, reviewedOn}) comes before its findings when its front matter has one. */
const KEYS: string[] = ['path', 'review', 'findings', ...FINDING_KEYS, 'reviewedBy', 'reviewedOn'] satisfies (keyof FileReport | keyof ReportFinding | keyof ReportReview)[];

export function formatJson(reports: readonly FileReport[]): string {
  return [...jsonChunks(reports)].join('');
}

/** The same text one report at a time, so that a large caseload's output is written as it is made, never held whole:
 *  what JSON.stringify prints of the array, each entry indented one level (a string in JSON holds no line break). */
export function* jsonChunks(reports: readonly FileReport[]): Generator<string> {
  if (!reports.length) return yield '[]\n';
  for (const [i, r] of reports.entries()) yield (i ? ',\n  ' : '[\n  ') + JSON.stringify(r, KEYS, 2).replaceAll('\n', '\n  ');
  yield '\n]\n';
}
