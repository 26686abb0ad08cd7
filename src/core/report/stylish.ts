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
  return reports.flatMap((r) => noteLines(r, opts));
}

function noteLines(r: FileReport, opts: StylishOptions): string[] {
  return r.findings.map((f) => {
    const sev = f.severity.padEnd(7);
    const message = f.message.split('\n').map((l) => l.trim()).join(' ');
    return `${r.path}:${f.line}:${f.column} ${opts.color ? COLOR[f.severity] + sev + RESET : sev} ${message}  ${f.ruleId}`;
  });
}

/**
 * "N problems (E errors, W warnings, I infos) in F files of C checked." Config problems, printed apart, are counted
 * apart: "...; 1 config problem (1 error)."
 */
export function summary(reports: readonly FileReport[], checked = reports.length, configs: readonly FileReport[] = []): string {
  const c = count(reports);
  const total = c.errors + c.warnings + c.infos;
  const notes = total
    ? `${plural(total, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}) in ${plural(c.files, 'file')} of ${checked} checked`
    : `No problems in ${plural(checked, 'file')}`;
  const k = count(configs);
  const inConfig = k.errors + k.warnings + k.infos;
  if (!inConfig) return notes + '.';
  const kinds = [k.errors && plural(k.errors, 'error'), k.warnings && plural(k.warnings, 'warning'), k.infos && plural(k.infos, 'info')];
  return `${notes}; ${plural(inConfig, 'config problem')} (${kinds.filter(Boolean).join(', ')}).`;
}

export interface FormatOptions extends StylishOptions {
  /** Notes looked at (default: the reports). */
  checked?: number;
  /** Config file problems: printed apart (stderr), counted in the summary. */
  configs?: readonly FileReport[];
}

/** Finding lines then the summary. */
export function formatStylish(reports: readonly FileReport[], opts: FormatOptions = {}): string {
  return [...stylishChunks(reports, opts)].join('');
}

/** The same text one note at a time, so that a large caseload's output is written as it is made, never held whole. */
export function* stylishChunks(reports: readonly FileReport[], opts: FormatOptions = {}): Generator<string> {
  let any = false;
  for (const r of reports) {
    const lines = noteLines(r, opts);
    if (lines.length) yield lines.join('\n') + '\n';
    any ||= lines.length > 0;
  }
  yield (any ? '\n' : '') + summary(reports, opts.checked, opts.configs) + '\n';
}
