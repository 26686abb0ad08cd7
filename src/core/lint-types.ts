import type { DimensionStatus, Finding, Level } from './types.js';
import type { Note } from './note/note.js';
import type { Profile } from './profiles/types.js';
import type { ResolvedConfig } from './config/types.js';
import type { ParseOptions } from './note/parse.js';
import type { NotePrints } from './copied/prints.js';
import type { ShouldStop } from './work.js';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Path of the note, used in messages only. */
  path?: string;
  /** Force a note type (profile id), overriding front matter and inference. */
  type?: string;
  /** How the note is parsed (tests compare whole and chunked parses; nothing else needs it). */
  parse?: ParseOptions;
  /** A `performance.now()` time: lint() checks it between its stages and throws a LintTimeout once it has passed.
   *  Where a lint cannot run in a worker (the web extension host), this is what bounds it. */
  deadline?: number;
  /** Asked at the same points as the deadline: once it says so, lint() throws a Cancelled (work.ts). */
  shouldStop?: ShouldStop;
  /** Give the note's fingerprints (LintResult.prints) for the rules that compare notes (copied-text), which a
   *  caseload lint runs over all notes afterwards. A lint of one note in the editor does not need them. */
  fingerprints?: boolean;
  /** Run only these rules (ids), the rest as if off: a check that needs one rule's findings (the de-identified
   *  draft's `identifiers`) skips every dimension's assessment. Left out, every rule the config and type enable. */
  only?: readonly string[];
}

/** How one dimension stands in a note: the coverage view and the status bar read this. */
export interface DimensionReport {
  id: string;
  title: string;
  why: string;
  /** Level in this note after profile, triggers and config; `off` when not expected. */
  level: Level;
  status: DimensionStatus;
  /** How it was addressed: a matching section with content, or enough sub-items in the text. */
  via?: 'heading' | 'text';
  /** Section index of the matching heading, if any. */
  section?: number;
  covered: string[];
  missing: string[];
  /** Labels of sub-items, by id, for display. */
  labels: Record<string, string>;
  trigger?: string;
  /** Where the learned second opinion (config `secondOpinion`) overruled the rules: its reading and the words that
   *  weighed most. Absent where it agreed or is off. */
  secondOpinion?: { missing: boolean; words: string[] };
}

export interface LintResult {
  note: Note;
  profile: Profile;
  typeSource: 'option' | 'front-matter' | 'inferred' | 'default';
  findings: Finding[];
  dimensions: DimensionReport[];
  /** Ids of the rules checked in this note: those whose level is not off and no disable-file comment silences. */
  rules: string[];
  /** With LintOptions.fingerprints, and copied-text not off: the note's blocks as MinHash signatures, no text. */
  prints?: NotePrints;
}
