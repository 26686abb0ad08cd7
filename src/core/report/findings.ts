// Converts the linter's offset-based findings into what reports print.
import type { Finding, Fix, Position, Severity } from '../types.js';
import type { Note } from '../note/note.js';
import { reviewOf } from '../note/review.js';
import type { ConfigProblem } from '../config/types.js';
import { LineIndex } from '../note/text.js';
import type { DimensionReport } from '../lint-types.js';
import { CONFIG_ERROR, type FileReport, type ReportDimension, type ReportFinding, type ReportFix, type ReportReview } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function toReportFindings(text: string, findings: readonly Finding[], lines = new LineIndex(text)): ReportFinding[] {
  return findings
    .map((f) => ({ ...reportFinding(f, lines.position(f.range.start), lines.position(f.range.end)), ...(f.fix ? { fix: reportFix(f.fix, lines) } : {}) }))
    .sort(byPosition);
}

/** One finding as reports show it, from its start and end as 0-based line and character (its fix left out). */
export function reportFinding(f: Finding, start: Position, end: Position): ReportFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...span({ start, end }),
    covered: f.covered ?? [],
    missing: f.missing ?? [],
    ...(f.status && f.status !== 'addressed' ? { status: f.status } : {}),
    ...(f.trigger ? { trigger: f.trigger } : {}),
    ...(f.why ? { why: f.why } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.related ? { related: f.related.map((r) => ({ path: r.path, ...span(r.at), message: r.message })) } : {}),
  };
}

/** A finding placed without its note's text at hand (copied-text, from the pass over the caseload): its positions
 *  and its related places' come with it, 0-based. */
export function placedReportFinding(f: Finding & { at: { start: Position; end: Position } }): ReportFinding {
  return reportFinding(f, f.at.start, f.at.end);
}

/** 0-based positions as 1-based lines and columns. */
function span(at: { start: Position; end: Position }) {
  return { line: at.start.line + 1, column: at.start.character + 1, endLine: at.end.line + 1, endColumn: at.end.character + 1 };
}

function reportFix(fix: Fix, lines: LineIndex): ReportFix {
  const edits = fix.edits.map((e) => {
    const a = lines.position(e.range.start);
    const b = lines.position(e.range.end);
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1, newText: e.newText };
  });
  return { title: fix.title, kind: fix.kind, edits };
}

/** What the note's front matter says of its review, as reports show it; undefined when it says nothing. */
export function reportReview(note: Pick<Note, 'frontMatter'>): ReportReview | undefined {
  const r = reviewOf(note);
  if (!r) return undefined;
  const { known: _known, ...shown } = r;
  return shown;
}

/** The dimensions a note's type expects of it and how each stands, from the lint's reports and the findings kept
 *  (after dismissals and disable comments): a gap whose finding was silenced is `dismissed`, not addressed. */
export function reportDimensions(dimensions: readonly DimensionReport[], kept: readonly Pick<Finding, 'ruleId' | 'status'>[]): ReportDimension[] {
  const flagged = new Set(kept.filter((f) => f.status && f.status !== 'addressed').map((f) => f.ruleId));
  return dimensions
    .filter((d) => d.level !== 'off')
    .map((d) => ({ id: d.id, title: d.title, state: d.status === 'addressed' ? 'addressed' : flagged.has(d.id) ? d.status : 'dismissed' }));
}

export function byPosition(a: ReportFinding, b: ReportFinding): number {
  return a.line - b.line || a.column - b.column || RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

/** A problem with a whole file (unreadable, binary, too big, not UTF-8): shown on line 1. */
export function fileProblem(ruleId: string, severity: Severity, message: string): ReportFinding {
  return { ruleId, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, covered: [], missing: [] };
}

/** Config problems grouped into one report per config file, in the order the files came. */
export function configReports(problems: readonly ConfigProblem[], show: (file: string) => string = (f) => f): FileReport[] {
  const byFile = new Map<string, ReportFinding[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? byFile.set(p.file, []).get(p.file)!;
    list.push({
      ruleId: CONFIG_ERROR,
      severity: p.severity ?? 'error',
      message: p.message,
      line: p.line,
      column: p.column,
      // The exact range of the offending node; a problem with the whole file has none and stays a point.
      endLine: p.endLine ?? p.line,
      endColumn: p.endColumn ?? p.column,
      covered: [],
      missing: [],
    });
  }
  return [...byFile].map(([file, findings]) => ({ path: show(file), findings: findings.sort(byPosition) }));
}
