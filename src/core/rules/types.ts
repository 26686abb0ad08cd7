import type { Analysis } from '../read/analysis.js';
import type { Assessment } from '../read/assess.js';
import type { Note } from '../note/note.js';
import type { Profile } from '../profiles/types.js';
import type { Finding, Level, Severity } from '../types.js';
import type { Dimension } from '../dimensions/types.js';

export interface RuleContext {
  note: Note;
  analysis: Analysis;
  profile: Profile;
  severity: Severity;
  options: Record<string, unknown>;
  /** Assessments of the dimensions expected in this note, by id. */
  assessments: Map<string, Assessment>;
  /** Every dimension known in this lint (catalog + config), by id. */
  dimensions: Map<string, Dimension>;
  /** Every note type known in this lint (built in + config); the built-in ones when absent. */
  profiles?: readonly Profile[];
  /** What the rules before this one (in the registry's order) reported, before the note's directives apply. */
  findings: readonly Finding[];
  report(finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): void;
}

/** What a rule looks at: a dimension of the catalog or of the config, the wording, or the note's structure. */
export type RuleKind = 'dimension' | 'custom-dimension' | 'language' | 'structure';

/** One rule, in one small file, as a plain object (the markdownlint shape). */
export interface Rule {
  id: string;
  title: string;
  /** One sentence: what the rule reports. */
  description: string;
  /** Where its requirement comes from, written for a clinician (dimensions/sources.ts); its docs page shows it. */
  source?: string;
  kind: RuleKind;
  /** Whether its findings can carry a fix (a quick-fix, `--fix`). */
  fixable: boolean;
  /**
   * At info level its findings are reminders where they sit, not items of a to-do list: an editor shows them as hints
   * (in the text, not as Problems rows). Unanswered prompts are: their section's unfilled finding already counts them.
   */
  quiet?: boolean;
  /** Level when neither the profile nor the config says otherwise. */
  defaultLevel: Level;
  /**
   * It compares notes with each other, so it reports only where a whole caseload is linted (the CLI, Lint Workspace):
   * lint() gives each note's fingerprints when asked (LintOptions.fingerprints), and a pass over all notes reports.
   */
  crossNote?: boolean;
  check(ctx: RuleContext): void;
}
