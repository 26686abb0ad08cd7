// Report formatters: pure functions from reports to text.
export * from './types.js';
export { toReportFindings, fileProblem, configReports, byPosition } from './findings.js';
export { formatStylish, stylishLines, summary, count, type Counts, type StylishOptions } from './stylish.js';
export { formatJson } from './json.js';
