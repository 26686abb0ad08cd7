// The public face of the core: pure functions over text, usable from the extension, the CLI and a web worker.
export { lint, LintTimeout } from './lint.js';
export { Cancelled, finish, stopIf, type ShouldStop, type Work } from './work.js';
export { lintCaseload, type CaseloadInput } from './caseload.js';
export { copiedTextFindings, placeCopies, packPrints, LiveCopies, COPIED_TEXT, CLIENT_KEYS, type CaseloadNote, type PlacedCopy, type NotePrints } from './copied/index.js';
export type { LintOptions, LintResult, DimensionReport } from './lint-types.js';
// Configuration (config/) and reports (report/): what the adapters build on. They import nothing else of the core.
export {
  loadConfigFile,
  loadConfigForFile,
  findConfigFile,
  emptyConfig,
  CONFIG_FILE_NAMES,
  BUILTIN_CONFIGS,
  MAX_CONFIG_BYTES,
  isIgnored,
  anchorGlob,
  NOT_NOTES,
  globMatcher,
  toPosix,
  dirname,
  isInside,
  relativePath,
} from './config/index.js';
export type {
  ClinoteConfig,
  ConfigHost,
  ConfigProblem,
  CustomDimension,
  LoadOptions,
  LoadResult,
  Refused,
  ResolvedConfig,
  RuleConfig,
  RuleSetting,
} from './config/index.js';
export {
  toReportFindings,
  reportFinding,
  placedReportFinding,
  reportReview,
  reportDimensions,
  fileProblem,
  configReports,
  byPosition,
  formatStylish,
  stylishChunks,
  stylishLines,
  summary,
  count,
  formatJson,
  jsonChunks,
  formatSummary,
  formatHtml,
  caseload,
  CELL,
  CELL_ORDER,
  formatSarif,
  formatJunit,
  pathToUri,
  FILE_RULE_INFO,
  FILE_ERROR,
  FILE_ENCODING,
  CONFIG_ERROR,
} from './report/index.js';
export type { HtmlOptions, Caseload, CaseloadNote as CaseloadRow, CellState, CellLook } from './report/index.js';
export type { FileReport, ReportFinding, ReportFix, ReportRelated, ReportReview, ReportDimension, ReportSession, DimensionState, Counts, StylishOptions, FormatOptions, SarifOptions } from './report/index.js';
export type { Finding, Fix, FixKind, TextEdit, Severity, Level, OffsetRange, Position, DimensionStatus, RelatedLocation } from './types.js';
export { FIX_KINDS, SAVE_FIX_KINDS } from './types.js';
export type { Note, Section, Block, Prompt, Directive } from './note/note.js';
export { parseNote } from './note/parse.js';
export { reviewOf, isReviewStatus, REVIEW_STATUSES, REVIEW_KEYS, type Review, type ReviewStatus } from './note/review.js';
export { applyFixes, firstPromptAfter, renderTemplate, selectEdits } from './fixes/edits.js';
export { catalog, dimensionById } from './dimensions/index.js';
export type { Dimension, SubItem, Trigger } from './dimensions/index.js';
export { profiles, profilesFor, profileById, DEFAULT_PROFILE } from './profiles/index.js';
export { TYPE_KEYS } from './profiles/infer.js';
export type { Profile } from './profiles/types.js';
export { noteTemplate } from './fixes/note-template.js';
export { noteSnippet, sectionSnippet, SNIPPET_DATE } from './fixes/snippets.js';
export { LineIndex, eolOf } from './note/text.js';
export { toSnippet, promptMarker, firstPrompt } from './note/prompts.js';
export { ruleRegistry, ruleInfo, ruleIds, ruleDocsUrl, DOCS_BASE, CUSTOM_DIMENSION_DOCS } from './rules/index.js';
export type { RuleInfo, RuleKind } from './rules/index.js';
export * from './dismissals/index.js';
export * from './draft/index.js';
