// The Note: what one parse of a note yields. Rules read this and never parse again.
import type { OffsetRange } from '../types.js';
import type { LineIndex } from './text.js';

export interface FrontMatter {
  /** Range of the whole block including the `---` fences. */
  range: OffsetRange;
  /** Parsed mapping; undefined when the YAML is invalid or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Top-level keys and the range of each key in the note. */
  keys: Map<string, OffsetRange>;
  /** Top-level fields that hold writing rather than a datum (a list, a mapping, or a value of several words), with
   * the range of each value: the note reads them as labelled entries ("risk:", "plan:", "client_view_of_progress:"). */
  entries?: { key: string; range: OffsetRange }[];
  error?: { message: string; range: OffsetRange };
  /** Offset where the YAML content starts (after the opening fence line). */
  contentStart: number;
}

export interface Section {
  index: number;
  /** Plain text of the heading, without `#`, emphasis or trailing colon. */
  title: string;
  level: number;
  /** The heading line. */
  heading: OffsetRange;
  /** From the end of the heading to the next heading of any level. */
  body: OffsetRange;
  /** From the heading start to the next heading of the same or a higher level (includes subsections). */
  extent: OffsetRange;
  parent: number;
  children: number[];
  /** Whether this is the note's title (a lone level-1 heading at the top). */
  isTitle: boolean;
  /** Whether the clinician wrote anything in it or in its subsections (a heading alone is not content). */
  hasContent: boolean;
  /** A plain line of a few words right over its text, with no mark of a heading ("Reason for discharge"): it names a
   * dimension only as a whole ("Client strengths"), not by holding its word ("Some strengths seen"). */
  plain?: boolean;
}

/** A piece of a block's plain text and where it came from in the source. */
export interface Segment {
  textStart: number;
  srcStart: number;
  length: number;
}

export type BlockKind = 'paragraph' | 'listItem' | 'tableCell' | 'tableHeader' | 'html' | 'heading';

export interface Block {
  kind: BlockKind;
  /** Plain text; prompt markers, inline code and inline HTML become spaces. */
  text: string;
  range: OffsetRange;
  segments: Segment[];
  /** Innermost section holding the block, -1 before the first heading. */
  section: number;
  /** Prompt markers inside the block. */
  prompts: Prompt[];
  /** Inside a blockquote (often the client's own words). */
  quoted: boolean;
  /** Checked state of a task list item, when it is one. */
  checked?: boolean | null;
  /** An inline label that works like a heading: "**Strengths:** ..." or a table cell's column header. */
  label?: string;
  /** The label is the field name on the cell's left in a form table ("| RISK | Denies SI/HI |"), not a column's. */
  rowLabel?: boolean;
  /** Where a run-in head's value starts in the block's text ("**Plan.** Goals were..."): no colon ends that label. */
  valueAt?: number;
  /** Bold labels are how templates ask ("**Tasks:** <!-- ? -->"), so their words are not the clinician's text. */
  labelBold?: boolean;
  /** True when the block says something: not only prompts, a label, a placeholder ("TBD", "N/A") or nothing. */
  content: boolean;
  /** The clinician's sign-off under the last section ("J. Kowalczyk, LPC, NCC — 02/20/2025"): it signs the note. */
  signOff?: boolean;
  /**
   * Where its text is struck through ("~~Transportation~~ None identified."), in the block's text: a correction, what
   * the clinician took back. The reading of the note skips it; the words are still in the note (identifiers in them
   * are still found).
   */
  struck?: OffsetRange[];
}

/** `<!-- ? question -->`: a question left for the clinician to answer (see README, "Prompt markers"). */
export interface Prompt {
  question: string;
  range: OffsetRange;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Rule ids; empty means every rule. */
  rules: string[];
  range: OffsetRange;
  line: number;
}

export interface OpenBlock {
  start: number;
  /** The line that closes it (the fence, `-->`, `</pre>`...), or undefined when none does: insert before it. */
  close?: string;
}

export interface Note {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  sections: Section[];
  blocks: Block[];
  prompts: Prompt[];
  directives: Directive[];
  /** The title section index, or -1. */
  title: number;
  /** Where content starts after the front matter. */
  bodyStart: number;
  /** A fenced code or raw HTML block at the top level that is never closed, so runs to the end: text inserted after
   * it would be part of it. */
  openBlock?: OpenBlock;
}
