// The caseload as a supervisor reads it: notes grouped by trainee and client, how each note stands on each dimension
// its type expects, per-trainee and per-client totals, and coverage over time. Pure data from the reports, which the
// HTML report lays out (html.ts); nothing here re-reads a note.
import { catalog } from '../dimensions/index.js';
import { clientOfNote } from '../draft/session.js';
import { CONFIG_ERROR, FILE_ENCODING, FILE_ERROR, type FileReport, type ReportDimension, type ReportFinding, type ReportReview } from './types.js';

const FILE_RULES = new Set([FILE_ERROR, FILE_ENCODING, CONFIG_ERROR]);

/** A trainee or client: named by the front matter, or by a folder. */
export interface GroupName {
  name: string;
  by: 'front matter' | 'folder';
}

export interface CaseloadNote {
  path: string;
  trainee: GroupName;
  client: GroupName;
  /** Date of service, ISO. */
  date?: string;
  review?: ReportReview;
  /** By dimension id; a dimension its type does not expect is absent. */
  dimensions: Map<string, ReportDimension>;
  /** The dimensions not addressed (missing, unfilled, or a silenced gap). */
  gaps: ReportDimension[];
  /** Each dimension's findings (missing or unfilled), by dimension id. */
  dimensionFindings: Map<string, ReportFinding[]>;
  /** Its other findings (wording, identifiers, review status, file encoding...). */
  other: ReportFinding[];
  errors: number;
  warnings: number;
}

/** Notes and how much of what their types expect they document. */
export interface Coverage {
  notes: number;
  /** Dimensions expected, summed over the notes. */
  expected: number;
  /** Of them, addressed. */
  documented: number;
  notesWithGaps: number;
}

export interface Missed {
  id: string;
  title: string;
  /** In how many notes. */
  notes: number;
}

export interface TraineeTotals extends Coverage {
  trainee: GroupName;
  errors: number;
  warnings: number;
  clients: number;
  /** The dimensions they most often leave out, most first (at most 3). */
  mostMissed: Missed[];
}

export interface ClientTotals extends Coverage {
  client: GroupName;
  trainees: string[];
  first?: string;
  last?: string;
}

export interface Period extends Coverage {
  /** First day, ISO. */
  start: string;
  label: string;
}

export interface Caseload {
  notes: CaseloadNote[];
  /** The matrix's columns: every dimension some note's type expects, in the catalog's order, then a config's own. */
  columns: { id: string; title: string }[];
  total: Coverage & { trainees: number; clients: number; first?: string; last?: string };
  trainees: TraineeTotals[];
  clients: ClientTotals[];
  /** Coverage by week (a caseload spanning up to 12 weeks) or by month, of the dated notes. */
  periods: { unit: 'week' | 'month' | 'year'; list: Period[]; undated: number };
  /** Files not linted, or with a problem of the file itself: path and message. */
  problems: { path: string; message: string }[];
}

const MOST_MISSED = 3;
const WEEKS_BEFORE_MONTHS = 12;
const MONTHS_SPAN_YEARS = 4;

export function caseload(reports: readonly FileReport[]): Caseload {
  const linted = reports.filter((r) => r.dimensions && !r.findings.some((f) => f.ruleId === FILE_ERROR || f.ruleId === CONFIG_ERROR));
  const root = commonFolder(linted.map((r) => r.path));
  const notes = linted.map((r) => noteOf(r, root)).sort(byTraineeClientDate);
  const problems = reports.flatMap((r) => r.findings.filter((f) => FILE_RULES.has(f.ruleId)).map((f) => ({ path: r.path, message: f.message })));

  const order = new Map(catalog.map((d, i) => [d.id, i]));
  const columns = new Map<string, { id: string; title: string }>();
  for (const n of notes) for (const d of n.dimensions.values()) if (!columns.has(d.id)) columns.set(d.id, { id: d.id, title: d.title });
  const rank = (id: string) => order.get(id) ?? catalog.length;
  const cols = [...columns.values()].sort((a, b) => rank(a.id) - rank(b.id));

  const dates = notes.map((n) => n.date).filter((d): d is string => !!d).sort();
  return {
    notes,
    columns: cols,
    total: {
      ...coverage(notes),
      trainees: new Set(notes.map((n) => n.trainee.name)).size,
      clients: new Set(notes.map((n) => n.client.name)).size,
      ...(dates.length ? { first: dates[0], last: dates[dates.length - 1] } : {}),
    },
    trainees: groups(notes, (n) => n.trainee).map(([trainee, list]) => ({
      trainee,
      ...coverage(list),
      errors: list.reduce((s, n) => s + n.errors, 0),
      warnings: list.reduce((s, n) => s + n.warnings, 0),
      clients: new Set(list.map((n) => n.client.name)).size,
      mostMissed: mostMissed(list),
    })),
    clients: groups(notes, (n) => n.client).map(([client, list]) => {
      const d = list.map((n) => n.date).filter((x): x is string => !!x).sort();
      return { client, ...coverage(list), trainees: [...new Set(list.map((n) => n.trainee.name))], ...(d.length ? { first: d[0], last: d[d.length - 1] } : {}) };
    }),
    periods: periods(notes),
    problems,
  };
}

function noteOf(r: FileReport, root: string): CaseloadNote {
  const dims = new Map((r.dimensions ?? []).map((d) => [d.id, d]));
  const dimensionFindings = new Map<string, ReportFinding[]>();
  const other: ReportFinding[] = [];
  for (const f of r.findings) {
    if (f.status && dims.has(f.ruleId)) dimensionFindings.set(f.ruleId, [...(dimensionFindings.get(f.ruleId) ?? []), f]);
    else other.push(f);
  }
  const counted = r.findings.filter((f) => !FILE_RULES.has(f.ruleId));
  const s = r.session ?? {};
  return {
    path: r.path,
    trainee: s.clinician ? { name: s.clinician, by: 'front matter' } : { name: traineeFolder(r.path, root), by: 'folder' },
    client: underRoot(clientOfNote(r.path, s.client), root),
    ...(s.date ? { date: s.date } : {}),
    ...(r.review ? { review: r.review } : {}),
    dimensions: dims,
    gaps: [...dims.values()].filter((d) => d.state !== 'addressed'),
    dimensionFindings,
    other,
    errors: counted.filter((f) => f.severity === 'error').length,
    warnings: counted.filter((f) => f.severity === 'warning').length,
  };
}

function coverage(notes: readonly CaseloadNote[]): Coverage {
  let expected = 0;
  let documented = 0;
  for (const n of notes) {
    expected += n.dimensions.size;
    documented += n.dimensions.size - n.gaps.length;
  }
  return { notes: notes.length, expected, documented, notesWithGaps: notes.filter((n) => n.gaps.length).length };
}

function mostMissed(notes: readonly CaseloadNote[]): Missed[] {
  const count = new Map<string, Missed>();
  for (const n of notes) for (const g of n.gaps) count.set(g.id, { id: g.id, title: g.title, notes: (count.get(g.id)?.notes ?? 0) + 1 });
  return [...count.values()].sort((a, b) => b.notes - a.notes || a.title.localeCompare(b.title)).slice(0, MOST_MISSED);
}

/** Notes by group, groups in name order. */
function groups(notes: readonly CaseloadNote[], key: (n: CaseloadNote) => GroupName): [GroupName, CaseloadNote[]][] {
  const out = new Map<string, [GroupName, CaseloadNote[]]>();
  for (const n of notes) {
    const g = key(n);
    const k = `${g.by}\u0000${g.name}`;
    (out.get(k) ?? out.set(k, [g, []]).get(k)!)[1].push(n);
  }
  return [...out.values()].sort((a, b) => a[0].name.localeCompare(b[0].name));
}

function byTraineeClientDate(a: CaseloadNote, b: CaseloadNote): number {
  return (
    a.trainee.name.localeCompare(b.trainee.name) ||
    a.client.name.localeCompare(b.client.name) ||
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
    a.path.localeCompare(b.path)
  );
}

/** The folder every path is in ('' when none is shared), with `/` separators. */
function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((p) => p.split(/[\\/]/).slice(0, -1));
  if (!folders.length) return '';
  let n = folders[0].length;
  for (const f of folders) {
    let i = 0;
    while (i < n && i < f.length && f[i] === folders[0][i]) i++;
    n = i;
  }
  return folders[0].slice(0, n).join('/');
}

/** A client named by its folder, shown from the folder all the notes share ("okafor/client-a", not
 *  "caseload/okafor/client-a"); the shared folder itself keeps its name. */
function underRoot(g: GroupName, root: string): GroupName {
  return g.by === 'folder' && root && g.name.startsWith(`${root}/`) ? { ...g, name: g.name.slice(root.length + 1) } : g;
}

/** A note's trainee when its front matter names no clinician: the first folder below the folder all the notes share
 *  (caseload/<trainee>/...), else that shared folder itself, else `.`. */
function traineeFolder(path: string, root: string): string {
  const parts = path.split(/[\\/]/).slice(0, -1);
  const depth = root ? root.split('/').length : 0;
  return parts[depth] ?? (root || '.');
}

/** Coverage per week (Monday to Sunday) when the dated notes span up to 12 weeks, else per month, or per year over
 *  4 years; empty periods kept, so that the chart's axis is time. */
function periods(notes: readonly CaseloadNote[]): Caseload['periods'] {
  const dated = notes.filter((n) => n.date);
  const undated = notes.length - dated.length;
  if (!dated.length) return { unit: 'week', list: [], undated };
  const days = dated.map((n) => Date.parse(n.date! + 'T00:00:00Z'));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const unit = max - min <= WEEKS_BEFORE_MONTHS * 7 * DAY ? 'week' : max - min <= MONTHS_SPAN_YEARS * 366 * DAY ? 'month' : 'year';
  const startOf = (t: number) => (unit === 'week' ? monday(t) : unit === 'month' ? monthStart(t) : yearStart(t));
  const next = (t: number) => (unit === 'week' ? t + 7 * DAY : unit === 'month' ? nextMonth(t) : nextYear(t));
  const byStart = new Map<number, CaseloadNote[]>();
  dated.forEach((n, i) => {
    const s = startOf(days[i]);
    (byStart.get(s) ?? byStart.set(s, []).get(s)!).push(n);
  });
  const list: Period[] = [];
  for (let t = startOf(min); t <= max; t = next(t)) {
    const start = iso(t);
    list.push({ start, label: unit === 'week' ? `week of ${start}` : start.slice(0, unit === 'month' ? 7 : 4), ...coverage(byStart.get(t) ?? []) });
  }
  return { unit, list, undated };
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const monday = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
const monthStart = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonth = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};
const yearStart = (t: number) => Date.UTC(new Date(t).getUTCFullYear(), 0, 1);
const nextYear = (t: number) => Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1);
