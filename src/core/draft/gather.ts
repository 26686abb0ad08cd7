// A client's notes -> their facts over time. Each note is linted once (one parse); the draft reads the lint's Note,
// profile and dimension reports, and one Analysis of that Note for the intervention lexicon.
import { lint } from '../lint.js';
import type { ResolvedConfig } from '../config/types.js';
import { Analysis } from '../read/analysis.js';
import { languageFor } from '../read/language.js';
import { noteFacts } from './note-facts.js';
import { measureSet } from './measures.js';
import { clientOfNote } from './session.js';
import { finish, type ShouldStop, type Work } from '../work.js';
import type { ClientFacts, Fact, GoalHistory, MeasureSeries, SessionFacts } from './facts.js';

export interface DraftNote {
  /** As it should be shown (relative to the workspace or the working folder). */
  path: string;
  text: string;
  /** The config that applies to this note (its `.clinote.*`); none: the built-in rules. */
  config?: ResolvedConfig;
}

/**
 * Reads every note once. A draft Clinote made (front matter `drafted:`) is no session note and is left out.
 * `shouldStop` is asked before each note and between a lint's stages (work.ts).
 */
export function readNotes(notes: DraftNote[], shouldStop?: ShouldStop): SessionFacts[] {
  return finish(reading(notes, shouldStop), shouldStop);
}

/** readNotes a note at a time: one unit of work per note. */
export function* reading(notes: DraftNote[], shouldStop?: ShouldStop): Work<SessionFacts[]> {
  const out: SessionFacts[] = [];
  for (const n of notes) {
    const r = lint(n.text, { config: n.config, path: n.path, shouldStop });
    if (!(r.note.frontMatter?.data && 'drafted' in r.note.frontMatter.data)) {
      // Tokens of each paragraph are cached by the lint's reading, so this Analysis re-reads nothing.
      out.push(noteFacts(n.path, r, new Analysis(r.note, languageFor(n.config)), measureSet(n.config?.measures)));
    }
    yield;
  }
  return out;
}

/** The client a note belongs to: its `client:` id, else its folder (`.` for notes at the top). */
export function clientOf(s: SessionFacts): { id: string; by: 'front matter' | 'folder' } {
  const c = clientOfNote(s.path, s.client?.value);
  return { id: c.name, by: c.by };
}

/** Notes grouped by client, in the order clients are first met. */
export function byClient(sessions: SessionFacts[]): Map<string, { by: 'front matter' | 'folder'; sessions: SessionFacts[] }> {
  const out = new Map<string, { by: 'front matter' | 'folder'; sessions: SessionFacts[] }>();
  for (const s of sessions) {
    const c = clientOf(s);
    const g = out.get(c.id) ?? { by: c.by, sessions: [] };
    g.sessions.push(s);
    out.set(c.id, g);
  }
  return out;
}

/** Whether a client id matches what was asked for: the id itself, or the last part of a folder. */
export function clientMatches(id: string, wanted: string): boolean {
  return id === wanted || id.split('/').pop() === wanted;
}

const byDate = <T extends { date?: string }>(a: T, b: T) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff');

/** One client's facts over time, from their notes' facts. */
export function clientFacts(client: string, by: 'front matter' | 'folder', notes: SessionFacts[]): ClientFacts {
  const sessions = [...notes].sort((a, b) => (a.date?.value ?? '\uffff').localeCompare(b.date?.value ?? '\uffff') || a.path.localeCompare(b.path));
  const dated = <T extends Fact<unknown>>(s: SessionFacts, f: T) => ({ ...f, date: s.date?.value });
  const all = <T extends Fact<unknown>>(pick: (s: SessionFacts) => T[]) => sessions.flatMap((s) => pick(s).map((f) => dated(s, f)));

  const count = (v: string) => sessions.filter((s) => s.attendance.value === v).length;
  const held = sessions.filter((s) => s.attendance.value === 'attended' && s.date);
  const firstS = held[0];
  const lastS = held[held.length - 1];

  const types = new Map<string, { type: string; title: string; count: number }>();
  for (const s of sessions) {
    const t = types.get(s.type) ?? { type: s.type, title: s.typeTitle, count: 0 };
    t.count++;
    types.set(s.type, t);
  }

  // Goals by key, in date order: the first and latest wording, every distinct wording.
  const goalMap = new Map<string, GoalHistory>();
  for (const s of sessions) {
    for (const g of s.goals) {
      const f = { value: g.value, from: g.from, date: s.date?.value };
      // A goal the note does not number (a table row, a list item) is the goal with its words, if one has them.
      const same = g.numbered ? undefined : [...goalMap.values()].find((h) => h.wordings.some((w) => sameWords(w.value, g.value)));
      const h = same ?? goalMap.get(g.key);
      if (!h) goalMap.set(g.key, { key: g.key, first: f, latest: f, wordings: [f], reworded: false, statuses: [] });
      else {
        h.latest = f;
        if (!h.wordings.some((w) => sameWords(w.value, g.value))) h.wordings.push(f);
        h.reworded = h.wordings.length > 1;
      }
    }
  }
  // Their statuses as the notes write them, wherever in the note: by the goal's number, else by its wording. (A
  // status of a goal no note states is left out: there is no goal to show it under.)
  for (const s of sessions) {
    for (const st of s.goalStatuses) {
      const byWording = st.wording !== undefined ? [...goalMap.values()].find((g) => g.wordings.some((w) => sameGoal(w.value, st.wording!))) : undefined;
      const h = byWording ?? (st.key !== undefined ? goalMap.get(st.key) : undefined);
      if (!h) continue;
      const f = { value: st.value, from: st.from, date: s.date?.value };
      if (h.statuses[h.statuses.length - 1]?.value !== f.value) h.statuses.push(f);
      h.status = f;
    }
  }

  const measures = new Map<string, MeasureSeries>();
  for (const s of sessions) {
    for (const sc of s.scores) {
      // Notes under different configs may declare a name differently: the first note's declaration is the series'.
      const m = measures.get(sc.value.measure) ?? { measure: sc.value.measure, def: sc.value.def, scores: [] };
      m.scores.push({ value: sc.value.score, from: sc.from, date: sc.value.date ?? s.date?.value });
      measures.set(sc.value.measure, m);
    }
  }
  for (const m of measures.values()) {
    // By date (a table in one note can hold earlier scores); undated last, each in the order read.
    m.scores = m.scores.map((x, i) => ({ x, i })).sort((a, b) => byDate(a.x, b.x) || a.i - b.i).map((e) => e.x);
    m.first = m.scores[0]?.value;
    m.latest = m.scores[m.scores.length - 1]?.value;
    if (m.scores.length > 1) m.change = round(m.latest! - m.first!);
  }

  const interventions = new Map<string, ClientFacts['interventions'][number]>();
  for (const s of sessions) {
    for (const f of s.interventions) {
      const e = interventions.get(f.value) ?? { name: f.value, count: 0, first: f.from, sources: [] };
      e.count++;
      e.sources.push(f.from);
      interventions.set(f.value, e);
    }
  }

  // Dimensions expected of at least one note and addressed by none.
  const dims = new Map<string, { id: string; title: string; expectedIn: number; addressed: boolean }>();
  for (const s of sessions) {
    if (s.attendance.value !== 'attended') continue;
    for (const d of s.dimensions) {
      const e = dims.get(d.id) ?? { id: d.id, title: d.title, expectedIn: 0, addressed: false };
      e.expectedIn++;
      e.addressed ||= d.addressed;
      dims.set(d.id, e);
    }
  }

  const conflicts: ClientFacts['conflicts'] = [];
  for (const s of sessions) {
    const distinct = new Set(s.dates.map((d) => d.value));
    if (distinct.size > 1) conflicts.push({ what: 'dates of', path: s.path, facts: s.dates.map((d) => ({ value: `${d.value} (${d.where})`, from: d.from })) });
  }
  for (const g of goalMap.values()) {
    if (g.reworded) conflicts.push({ what: `wording of goal ${g.key}`, facts: g.wordings.map((w) => ({ value: w.value, from: w.from })) });
  }
  // The same date of service in two notes (a copy, or one session written up twice).
  // Risk levels that differ, within a note ("low", then "high") or between notes, side by side.
  for (const s of sessions) {
    if (new Set(s.riskLevels.map((l) => l.value)).size > 1) conflicts.push({ what: 'risk levels in', path: s.path, facts: s.riskLevels });
  }
  const levelChanges = sessions.filter((s) => s.riskLevel).filter((s, i, all) => i === 0 || all[i - 1].riskLevel!.value !== s.riskLevel!.value);
  if (levelChanges.length > 1) conflicts.push({ what: 'risk level between notes', facts: levelChanges.map((s) => ({ value: `${s.riskLevel!.value} (${s.date?.value ?? 'undated'})`, from: s.riskLevel!.from })) });
  const seen = new Map<string, SessionFacts>();
  for (const s of sessions) {
    if (!s.date || s.attendance.value !== 'attended') continue;
    const other = seen.get(s.date.value);
    if (other) conflicts.push({ what: `two notes for ${s.date.value}`, facts: [{ value: other.path, from: other.date!.from }, { value: s.path, from: s.date.from }] });
    else seen.set(s.date.value, s);
  }

  return {
    client,
    by,
    sessions,
    counts: {
      notes: sessions.length,
      attended: count('attended'),
      missed: count('missed'),
      cancelled: count('cancelled'),
      noShow: count('no-show'),
      undated: sessions.filter((s) => !s.date).length,
    },
    first: firstS && { ...firstS.date!, date: firstS.date!.value },
    last: lastS && { ...lastS.date!, date: lastS.date!.value },
    noteTypes: [...types.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    goals: [...goalMap.values()],
    progress: all((s) => s.progress),
    measures: [...measures.values()],
    risk: sessions
      .flatMap((s) => (s.riskLevel || s.risk.length ? [{ ...(s.riskLevel ?? s.risk[0]), date: s.date?.value, level: s.riskLevel?.value, levels: s.riskLevels, value: s.risk[0]?.value ?? s.riskLevel!.value }] : []))
      .sort(byDate),
    safetyPlans: all((s) => s.safetyPlan),
    interventions: [...interventions.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    barriers: all((s) => s.barriers),
    referrals: all((s) => s.referrals),
    attendanceMentions: all((s) => s.attendanceMentions),
    neverDocumented: [...dims.values()].filter((d) => !d.addressed).map(({ id, title, expectedIn }) => ({ id, title, expectedIn })),
    conflicts,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A label that names a goal by its wording: the same words, or the start of them ("Return to work" for "Return to
 * work three days a week by March"). */
function sameGoal(wording: string, label: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const w = k(wording);
  const l = k(label);
  return l.length >= 8 && (w === l || w.startsWith(`${l} `));
}

/** Same words, whatever the case, spacing and closing punctuation. */
function sameWords(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return k(a) === k(b);
}
