import type { Level, OffsetRange } from '../types.js';
import type { Dimension } from '../dimensions/types.js';
import type { NoteFamily, Profile } from '../profiles/types.js';

/** A rule's setting: a level, or a level with options. */
export type RuleSetting = Level | { severity?: Level; options?: Record<string, unknown> };

/** What a `.clinote.json` / `.clinote.jsonc` / `.clinote.yaml` file holds (see config/schema.json). */
export interface ClinoteConfig {
  $schema?: string;
  /** Built-in profile (`clinote:recommended`, `clinote:strict`, `clinote:supervision`) or a path, relative to the file. */
  extends?: string | string[];
  /** Note type used when a note neither declares nor reveals one. */
  defaultType?: string;
  /** The learned second opinion that may take back a rule's "missing" (read/second-opinion.ts); on unless false. */
  secondOpinion?: boolean;
  /** Rule levels and options for every note type. A dimension's level here overrides where it is required. */
  rules?: Record<string, RuleSetting>;
  /** Per note type (profile id, e.g. `soap`, `intake`) rule levels; these win over `rules`. */
  types?: Record<string, { rules?: Record<string, RuleSetting> }>;
  /** Agency dimensions as data (same shape as the built-in catalog), plus where they are required. */
  dimensions?: CustomDimension[];
  /** Note types as data (see NoteTypeConfig): selectable by `type:`, `defaultType`, `types.<id>` and `requiredIn`. */
  noteTypes?: NoteTypeConfig[];
  /** Globs (relative to the config file) of files that are not notes. */
  ignore?: string[];
  /** Entries an agency adds to the built-in word lists (src/core/language/): data, read as plain words. */
  language?: LanguageConfig;
  /** Outcome measures besides the standard ones (PHQ-9, GAD-7...), gathered into drafts as `name: score` pairs. */
  measures?: MeasureConfig[];
}

/**
 * A measure a config declares (schema.json `measure`), checked by config/measures.ts and read by draft/measures.ts.
 * Names are words, never a regular expression.
 */
export interface MeasureConfig {
  /** As the draft shows it, and as notes write it ("ORS-Y", "Sleep quality"). */
  name: string;
  /** Other ways notes write it. */
  aliases?: string[];
  /** The range of a valid score: both or neither. A score outside it is not taken; none: any score up to 999.9. */
  min?: number;
  max?: number;
  /** The instrument's bands, lowest score first, covering the range without a gap (they give it when it is absent). */
  bands?: MeasureBandConfig[];
  /** Where the range and bands come from (a chart's description says it). */
  source?: string;
}

export interface MeasureBandConfig {
  from: number;
  to: number;
  label: string;
  /** Concern, 0 (least) to 4: the chart's shade. Default: the band's place, 0 for the first. */
  level?: number;
}

/**
 * What a config adds to the built-in word lists. Every entry is words, never a regular expression: names and
 * abbreviations are matched as cues, shorthand forms and placeholders as written (in any case).
 */
export interface LanguageConfig {
  /** Named interventions (an agency's programs): a name, or a name with its variants and abbreviations. */
  interventions?: (string | InterventionConfig)[];
  /** Shorthand form -> the words it stands for ("SS": "Seeking Safety"); a form here replaces a built-in one. */
  shorthand?: Record<string, string>;
  /** Whole values that mean "not written yet" ("to follow", "see addendum"), besides TBD, N/A, [enter]... */
  placeholders?: string[];
}

/** An intervention as written in a config: language/interventions.ts `InterventionEntry`. */
export interface InterventionConfig {
  names: string[];
  abbr?: string[];
  abbrWithNoun?: string[];
}

export type CustomDimension = Dimension & {
  /** Its documentation page (a URL), where its findings link; the configuration docs' section when absent. */
  docs?: string;
  /** Note type ids, families (`progress`, `intake`...) or `*`, each with the level of a miss. */
  requiredIn?: Record<string, Level>;
  /** Section id (of the note's type) after which the quick-fix inserts this dimension's section. */
  after?: string;
};

/** A note type as a config file writes it (schema.json `noteType`); checked into a Profile by config/note-types.ts. */
export interface NoteTypeConfig {
  id: string;
  /** A note type (built in or added earlier) whose family, title, sections and levels this one starts from. */
  basedOn?: string;
  family?: NoteFamily;
  title?: string;
  short?: string;
  names?: string[];
  titleCues?: string[];
  sections?: { id: string; title: string; aliases?: string[]; holds?: string[] }[];
  levels?: Record<string, Level>;
}

export interface RuleConfig {
  severity?: Level;
  options?: Record<string, unknown>;
}

/** A configuration after `extends` is followed and files are merged. */
export interface ResolvedConfig {
  rules: Record<string, RuleConfig>;
  types: Record<string, Record<string, RuleConfig>>;
  dimensions: CustomDimension[];
  /** Note types the config adds (checked, with their section homes derived); absent when it adds none. */
  noteTypes?: Profile[];
  defaultType?: string;
  /** The learned second opinion: on unless a file sets it false (the nearest file that sets it wins). */
  secondOpinion?: boolean;
  /** Absolute posix globs (each config's patterns joined onto its folder); see config/ignore.ts. */
  ignore: string[];
  /** The word-list entries of every file of the chain (checked; lists added up, a nearer shorthand form winning);
   *  absent when no file adds any. read/language.ts compiles it once per content. */
  language?: LanguageConfig;
  /** The measures every file of the chain declares (checked; a nearer file's declaration of a name wins); absent when
   *  none declares any. draft/measures.ts compiles them once per content. */
  measures?: MeasureConfig[];
  /** Config files that contributed, nearest last. */
  files: string[];
}

/** Something wrong in a config file: linting goes on with the defaults for that part. */
export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Where the offending node ends (1-based, exclusive), when it has a range; editors and reports underline it all. */
  endLine?: number;
  endColumn?: number;
  message: string;
  /** `error` unless said otherwise (a second config file in the same folder is only a warning). */
  severity?: 'error' | 'warning';
  /** Offsets of the offending node in the config file's text, for editors that underline it. */
  range?: OffsetRange;
  /**
   * What an editor that validates the file against Clinote's schema reports too, as it is typed: `syntax` (the file
   * does not parse, a key appears twice) or `schema` (a value the schema rejects). Absent for what Clinote tells
   * better or alone: an unknown name (a setting, rule or note type, with the one probably meant), an `extends` it
   * cannot follow, a glob, a second config file...
   */
  kind?: 'syntax' | 'schema';
}

/** A file that exists but is not read, and why in plain words ("it is a named pipe, not a regular file"). */
export interface Refused {
  refused: string;
}

/** Config files larger than this are refused: they cannot be a hand-written configuration. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** What config loading needs from the outside world (the CLI passes node:fs, the extension vscode.workspace.fs). */
export interface ConfigHost {
  /**
   * File text; undefined when there is no such file; Refused when something is there but must not be read whole:
   * not a regular file (a folder, a pipe, a device: reading could block or never end), over MAX_CONFIG_BYTES, or
   * unreadable. Check before reading, not after.
   */
  readFile(path: string): string | undefined | Refused;
  /**
   * Whether following symbolic links takes `path` (inside `folder` as written) out of `folder`. The CLI compares
   * real paths; a host that cannot resolve links should say true for any link on the way. Without it, only the
   * written path is checked.
   */
  leavesFolder?(path: string, folder: string): boolean;
}
