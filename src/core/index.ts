// The public face of the core: pure functions over text, usable from the extension, the CLI and a web worker.
export { lint, LintTimeout } from './lint.js';
export type { LintOptions, LintResult, DimensionReport } from './lint-types.js';
export type { Finding, Fix, TextEdit, Severity, Level, OffsetRange, Position, DimensionStatus } from './types.js';
export type { Note, Section, Block, Prompt, Directive } from './note.js';
export { parseNote } from './parse.js';
export { applyFixes, renderTemplate, selectEdits } from './fixes.js';
export { catalog, dimensionById } from './dimensions/index.js';
export type { Dimension, SubItem, Trigger } from './dimensions/index.js';
export { profiles, profileById, DEFAULT_PROFILE } from './profiles/index.js';
export { TYPE_KEYS } from './profiles/infer.js';
export type { Profile } from './profiles/types.js';
export { noteTemplate } from './templates.js';
export { LineIndex, eolOf } from './text.js';
export { toSnippet, promptMarker } from './prompts.js';
export { ruleDocsUrl } from './docs.js';
export { ruleIds } from './rule-ids.js';
