import type { FixKind, Severity } from '../types.js';

/** A finding as reports show it: 1-based positions (columns in UTF-16 code units), end exclusive. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Sub-items covered / missing; empty when the rule has none. */
  covered: string[];
  missing: string[];
  /** For dimension findings: `missing` or `unfilled`. */
  status?: 'missing' | 'unfilled';
  /** What made a conditional dimension apply. */
  trigger?: string;
  /** Why it matters, and where the requirement comes from (Finding.why, Finding.source). */
  why?: string;
  source?: string;
  /** Its fix, with the edits' positions as the finding's (SARIF prints it; JSON leaves it out). */
  fix?: ReportFix;
  /** Places in other notes it is about (copied-text: the note the text repeats); 1-based like the finding. */
  related?: ReportRelated[];
}

export interface ReportRelated {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface ReportFix {
  title: string;
  kind: FixKind;
  /** 1-based, end exclusive; an insert has its end at its start. */
  edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[];
}

/** Where a note stands in its review (front matter `status`, `reviewed_by`, `reviewed_on`). */
export interface ReportReview {
  status?: string;
  reviewedBy?: string;
  reviewedOn?: string;
}

/** How a note stands on one dimension its type expects. `dismissed`: missing or unfilled, but the clinician silenced its
 *  finding (`.clinote/dismissed.json`, or a `clinote-disable` comment), so no finding says so. */
export type DimensionState = 'addressed' | 'missing' | 'unfilled' | 'dismissed';

export interface ReportDimension {
  id: string;
  title: string;
  state: DimensionState;
}

/** What the note says of its session (front matter; the date also from the title, a `Date:` line or the file name). */
export interface ReportSession {
  /** Date of service, ISO. */
  date?: string;
  client?: string;
  clinician?: string;
}

/** One file's findings; also used for a config file's problems and for files that could not be linted. */
export interface FileReport {
  /** As shown to the user (relative to the working folder, or `<stdin>`). */
  path: string;
  findings: ReportFinding[];
  /** What the note's front matter says of its review, when it says something. */
  review?: ReportReview;
  /** The rules checked in this note (JUnit lists each as a test case); absent for a file that was not linted. */
  rules?: string[];
  /** Each dimension the note's type expects of it (the others it does not); absent for a file that was not linted. */
  dimensions?: ReportDimension[];
  /** Its date, client and clinician, when it says them (the caseload report groups and dates notes by them). */
  session?: ReportSession;
}

/** Rule ids of problems that are about a file rather than its content. */
export const FILE_ERROR = 'file-error';
export const FILE_ENCODING = 'file-encoding';
export const CONFIG_ERROR = 'config-error';

/** What reports say of these ids, which no rule of the registry reports (SARIF lists them among its rules). */
export const FILE_RULE_INFO: Readonly<Record<string, { title: string; description: string }>> = {
  [FILE_ERROR]: { title: 'File error', description: 'A file that could not be read or linted: unreadable, binary, too big, or not a regular file.' },
  [FILE_ENCODING]: { title: 'File encoding', description: 'A file that is not UTF-8, read as Windows-1252: check its special characters.' },
  [CONFIG_ERROR]: { title: 'Config error', description: 'A problem in a .clinote.json, .clinote.jsonc or .clinote.yaml file, or in .clinote/dismissed.json.' },
};
