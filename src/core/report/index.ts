// Report formatters: pure functions from reports to text.
export * from './types.js';
export { toReportFindings, reportFinding, placedReportFinding, reportReview, reportDimensions, fileProblem, configReports, byPosition } from './findings.js';
export { formatStylish, stylishChunks, stylishLines, summary, count, type Counts, type StylishOptions, type FormatOptions } from './stylish.js';
export { formatJson, jsonChunks } from './json.js';
export { formatSummary } from './summary.js';
export { formatHtml, type HtmlOptions } from './html.js';
export { caseload, type Caseload, type CaseloadNote } from './caseload.js';
export { CELL, CELL_ORDER, type CellState, type CellLook } from './html-theme.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatJunit } from './junit.js';
export { pathToUri } from './uri.js';
