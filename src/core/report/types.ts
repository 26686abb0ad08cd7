import type { Severity } from '../types.js';

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
}

/** One file's findings; also used for a config file's problems and for files that could not be linted. */
export interface FileReport {
  /** As shown to the user (relative to the working folder, or `<stdin>`). */
  path: string;
  findings: ReportFinding[];
}

/** Rule ids of problems that are about a file rather than its content. */
export const FILE_ERROR = 'file-error';
export const FILE_ENCODING = 'file-encoding';
export const CONFIG_ERROR = 'config-error';
