// Report formatters: pure functions from reports to text.
export * from './types.js';
export { toReportFindings, placedReportFinding, reportReview, fileProblem, configReports, byPosition } from './findings.js';
export { formatStylish, stylishLines, summary, count, type Counts, type StylishOptions, type FormatOptions } from './stylish.js';
export { formatJson } from './json.js';
export { formatSummary } from './summary.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatJunit } from './junit.js';
export { pathToUri } from './uri.js';
