// `--format summary`: the caseload at a glance for a supervisor, as a Markdown report: which dimensions are missing
// in how many notes (and which), then each note with what it misses. File and config problems are listed apart.
import type { FileReport } from './types.js';
import { CONFIG_ERROR, FILE_ENCODING, FILE_ERROR } from './types.js';
import { ruleInfo } from '../rules/index.js';
import { REVIEW_STATUSES, isReviewStatus } from '../note/review.js';
import { COPIED_TEXT } from '../copied/prints.js';

const FILE_RULES = new Set([FILE_ERROR, FILE_ENCODING, CONFIG_ERROR]);

export function formatSummary(reports: readonly FileReport[]): string {
  const notes = reports.filter((r) => !r.findings.some((f) => f.ruleId === CONFIG_ERROR));
  const linted = notes.filter((r) => !r.findings.some((f) => f.ruleId === FILE_ERROR));
  const byDimension = new Map<string, string[]>();
  const rows: string[] = [];
  for (const r of linted) {
    const gaps = r.findings.filter((f) => f.status);
    for (const f of gaps) byDimension.set(f.ruleId, [...(byDimension.get(f.ruleId) ?? []), r.path]);
    const errors = r.findings.filter((f) => f.severity === 'error' && !FILE_RULES.has(f.ruleId)).length;
    const warnings = r.findings.filter((f) => f.severity === 'warning' && !FILE_RULES.has(f.ruleId)).length;
    const list = gaps.map((f) => (f.status === 'unfilled' ? `${f.ruleId} (unfilled)` : f.ruleId)).join(', ') || '—';
    rows.push(`| ${cell(r.path)} | ${cell(statusOf(r))} | ${errors} | ${warnings} | ${list} |`);
  }
  const out = [`# Caseload coverage: ${linted.length} ${linted.length === 1 ? 'note' : 'notes'}`, ''];
  const review = reviewCounts(linted);
  if (review) out.push(review, '');
  if (byDimension.size) {
    out.push('| dimension | | notes missing it | which |', '|---|---|--:|---|');
    const dims = [...byDimension].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    // Titles from the rule registry (a config's own dimensions, which it does not know here, show their id alone).
    for (const [id, paths] of dims) out.push(`| \`${id}\` | ${cell(ruleInfo(id)?.title ?? '')} | ${paths.length} of ${linted.length} | ${paths.map(cell).join(', ')} |`);
    out.push('');
  } else out.push('Every note addresses every dimension its type expects.', '');
  out.push(...copiedText(linted));
  out.push('| note | review status | errors | warnings | missing or unfilled |', '|---|---|--:|--:|---|', ...rows, '');
  const skipped = reports.flatMap((r) => r.findings.filter((f) => FILE_RULES.has(f.ruleId)).map((f) => `- ${cell(r.path)}: ${f.message}`));
  if (skipped.length) out.push('Not linted or with file problems:', '', ...skipped, '');
  return out.join('\n');
}

/** The notes with copied-forward text, and the notes they repeat: what an auditor reads first. */
function copiedText(notes: readonly FileReport[]): string[] {
  const rows: string[] = [];
  let blocks = 0;
  for (const r of notes) {
    const copies = r.findings.filter((f) => f.ruleId === COPIED_TEXT);
    if (!copies.length) continue;
    blocks += copies.length;
    const from = [...new Set(copies.flatMap((f) => (f.related ?? []).map((x) => x.path)))];
    rows.push(`| ${cell(r.path)} | ${copies.length} | ${from.map(cell).join(', ')} |`);
  }
  if (!rows.length) return [];
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return [
    `Copied text (${COPIED_TEXT}): ${s(blocks, 'block')} in ${s(rows.length, 'note')} ${blocks === 1 ? 'repeats' : 'repeat'} another note of the same client.`,
    '',
    '| note | copied blocks | repeated from |',
    '|---|--:|---|',
    ...rows,
    '',
  ];
}

/** "approved (J. Rivera, 2026-11-20)", or a dash when the note states no status. */
function statusOf(r: FileReport): string {
  return reviewText(r) ?? '—';
}

/** "approved (J. Rivera, 2026-11-20)"; undefined when the note states no status. The HTML report shows it too. */
export function reviewText(r: Pick<FileReport, 'review'>): string | undefined {
  const v = r.review;
  if (!v?.status) return undefined;
  const by = [v.reviewedBy, v.reviewedOn].filter(Boolean).join(', ');
  return by ? `${v.status} (${by})` : v.status;
}

/** "Review status: 3 approved, 1 submitted, 2 not stated." in REVIEW_STATUSES order; nothing when no note states one. */
export function reviewCounts(notes: readonly Pick<FileReport, 'review'>[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of notes) {
    const s = r.review?.status ?? '';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (!notes.some((r) => r.review?.status)) return undefined;
  const known = REVIEW_STATUSES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  const other = [...counts].filter(([s]) => s && !isReviewStatus(s)).reduce((n, [, c]) => n + c, 0);
  const parts = [...known, ...(other ? [`${other} unknown`] : []), ...(counts.has('') ? [`${counts.get('')} not stated`] : [])];
  return `Review status: ${parts.join(', ')}.`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}
