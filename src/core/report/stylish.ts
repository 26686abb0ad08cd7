// Default CLI output: one line per finding, `path:line:col severity message rule-id`, then a summary line.
import type { Severity } from '../types.js';
import type { FileReport } from './types.js';

export interface StylishOptions {
  /** ANSI colours for the severity (the CLI sets this for a terminal without NO_COLOR). */
  color?: boolean;
}

const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  /** Files with at least one finding. */
  files: number;
}

export function count(reports: readonly FileReport[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, files: 0 };
  for (const r of reports) {
    if (r.findings.length) c.files++;
    for (const f of r.findings) {
      if (f.severity === 'error') c.errors++;
      else if (f.severity === 'warning') c.warnings++;
      else c.infos++;
    }
  }
  return c;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The finding lines of some reports, without a summary (config problems go to stderr this way). */
export function stylishLines(reports: readonly FileReport[], opts: StylishOptions = {}): string[] {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const sev = f.severity.padEnd(7);
      const message = f.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`${r.path}:${f.line}:${f.column} ${opts.color ? COLOR[f.severity] + sev + RESET : sev} ${message}  ${f.ruleId}`);
    }
  }
  return lines;
}

export function summary(reports: readonly FileReport[], checked = reports.length): string {
  const c = count(reports);
  const total = c.errors + c.warnings + c.infos;
  const files = plural(checked, 'file');
  if (!total) return `No problems in ${files}.`;
  const kinds = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
  return `${plural(total, 'problem')} (${kinds}) in ${plural(c.files, 'file')} of ${checked} checked.`;
}

/** Finding lines then the summary; `checked` is the number of notes looked at (config files excluded). */
export function formatStylish(reports: readonly FileReport[], opts: StylishOptions & { checked?: number } = {}): string {
  const lines = stylishLines(reports, opts);
  if (lines.length) lines.push('');
  lines.push(summary(reports, opts.checked));
  return lines.join('\n') + '\n';
}
