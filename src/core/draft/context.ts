// The data a template sees (documented for template authors in docs/drafting.md): plain objects of strings, numbers
// and lists, each gathered fact with `text`, `date` and `source` ("2026-03-14.md line 12"), so that `{{ x | from }}`
// marks it as gathered.
import type { ClientFacts, Fact, Source } from './facts.js';

export interface ContextOptions {
  /** How a note's path is shown in sources; `--share` shows "note 3" instead. */
  label?: (path: string) => string;
}

export function sourceText(s: Source, label: (p: string) => string): string {
  return s.line > 0 ? `${label(s.path)} line ${s.line}` : `${label(s.path)} (file name)`;
}

export function clientContext(c: ClientFacts, o: ContextOptions = {}) {
  const label = o.label ?? ((p: string) => p);
  const src = (s: Source) => sourceText(s, label);
  const item = (f: Fact<unknown> & { date?: string }) => ({ text: String(f.value), date: f.date ?? null, source: src(f.from) });
  const latestRisk = [...c.risk].reverse().find((r) => r.level);
  const clinicians = c.sessions.map((s) => s.clinician?.value).filter((x): x is string => !!x);
  return {
    client: { id: c.client, by: c.by },
    clinician: clinicians[clinicians.length - 1] ?? null,
    first: c.first ? { date: c.first.date, source: src(c.first.from) } : null,
    last: c.last ? { date: c.last.date, source: src(c.last.from) } : null,
    counts: c.counts,
    // The notes of sessions not held, each with its source: few, so a count of them can say where it came from.
    absences: c.sessions.filter((s) => s.attendance.value !== 'attended').map((s) => ({
      date: s.date?.value ?? null,
      attendance: s.attendance.value,
      source: s.attendance.from ? src(s.attendance.from) : label(s.path),
    })),
    sessions: c.sessions.map((s) => ({
      date: s.date?.value ?? null,
      type: s.type,
      typeTitle: s.typeTitle,
      attendance: s.attendance.value,
      source: s.attendance.from ? src(s.attendance.from) : s.date ? src(s.date.from) : label(s.path),
      path: label(s.path),
    })),
    noteTypes: c.noteTypes,
    goals: c.goals.map((g) => ({
      key: g.key,
      first: item(g.first),
      latest: item(g.latest),
      wordings: g.wordings.map(item),
      reworded: g.reworded,
      status: g.status ? item(g.status) : null,
      statuses: g.statuses.map(item),
    })),
    progress: c.progress.map(item),
    measures: c.measures.map((m) => ({
      name: m.measure,
      /** Declared in the config (`measures`), not one of the standard measures. */
      declared: m.def.declared === true,
      count: m.scores.length,
      first: m.first ?? null,
      latest: m.latest ?? null,
      change: m.change ?? null,
      scores: m.scores.map((s) => ({ score: s.value, date: s.date ?? null, source: src(s.from) })),
      /** Set by draft() when charts are asked for: the SVG's file name (as a link target) and its alt text. */
      chart: null as { file: string; alt: string } | null,
    })),
    risk: c.risk.map((r) => ({ ...item(r), level: r.level ?? null, levels: r.levels.map(item) })),
    latestRisk: latestRisk ? { ...item(latestRisk), level: latestRisk.level, levels: latestRisk.levels.map(item) } : null,
    safetyPlans: c.safetyPlans.map(item),
    interventions: c.interventions.map((i) => ({ name: i.name, count: i.count, source: src(i.first), sources: i.sources.map(src) })),
    barriers: c.barriers.map(item),
    referrals: c.referrals.map(item),
    attendanceMentions: c.attendanceMentions.map(item),
    neverDocumented: c.neverDocumented,
    conflicts: c.conflicts.map((k) => ({ what: k.path ? `${k.what} ${label(k.path)}` : k.what, facts: k.facts.map((f) => ({ text: f.value, source: src(f.from) })) })),
  };
}

export type ClientContext = ReturnType<typeof clientContext>;
