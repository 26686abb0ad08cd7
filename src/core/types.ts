// Shared types of the core. Pure data: no vscode, no fs.

export type Severity = 'error' | 'warning' | 'info';
/** A configured level: a severity, or `off` to silence a rule or a dimension. */
export type Level = Severity | 'off';

/** Half-open range of UTF-16 offsets into the note text: [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** 0-based line and character (UTF-16), as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface TextEdit {
  /** Offsets into the text that was linted; start === end for an insert. */
  range: OffsetRange;
  newText: string;
  /** The same insert as a VS Code snippet (tab stops on each prompt), when it is a template. */
  snippet?: string;
  /** Among inserts at one offset, the lower goes first: 0 a section's own prompts, 1 (default) text appended to a
   *  paragraph, 2 a new section after it. */
  order?: number;
}

/**
 * What a fix does to the note, so that fix-all on save can keep to structure: `section` inserts a section or a
 * section's prompts, `front-matter` adds front matter keys, `prompt` adds a question inside the clinician's sentence,
 * `reword` replaces the clinician's words, `redact` replaces an identifier with a placeholder.
 */
export type FixKind = 'section' | 'front-matter' | 'prompt' | 'reword' | 'redact';

export const FIX_KINDS: readonly FixKind[] = ['section', 'front-matter', 'prompt', 'reword', 'redact'];

/** What fix-all on save applies unless the clinician asks for more: structure only, never a change to their words. */
export const SAVE_FIX_KINDS: readonly FixKind[] = ['section', 'front-matter'];

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
}

/** Where a dimension stands in one note. */
export type DimensionStatus = 'addressed' | 'unfilled' | 'missing';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One Problems row: what is missing and what to do, at most 120 characters (rules/message.ts). */
  message: string;
  range: OffsetRange;
  /** For dimension findings: `missing` (absent) or `unfilled` (section holds only template text). */
  status?: DimensionStatus;
  /** Sub-item ids covered / not covered, where the rule has sub-items. */
  covered?: string[];
  missing?: string[];
  fix?: Fix;
  /** What made a conditional requirement apply (e.g. the occupation named in the note). */
  trigger?: string;
  /** Why it matters, where the rule's one-line description does not say it for this finding. */
  why?: string;
  /** Where the requirement comes from, written for a clinician (dimensions/sources.ts). */
  source?: string;
  /** Places in other notes the finding is about (copied-text: the note the text repeats). */
  related?: RelatedLocation[];
  /** The hash a dismissal keeps of its words and line (dismissals/match.ts textHash), taken where the note's text was:
   *  a finding made after the text is gone (copied-text, from the pass over a caseload) is still matched and keyed. */
  textKey?: string;
}

/** A place in another note: its path as the adapter gave it, and its range there. */
export interface RelatedLocation {
  path: string;
  range: OffsetRange;
  /** The range as 0-based lines and UTF-16 characters. */
  at: { start: Position; end: Position };
  /** What it is, for the editor's related information and SARIF ("The text it repeats"). */
  message: string;
}
