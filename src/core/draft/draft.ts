// draft(notes, template) -> a report: the notes' facts gathered, laid into the template, then (with `share`)
// de-identified. The result is a note of the template's type, for `clinote lint` and the editor to check.
import { byClient, clientFacts, clientMatches, readNotes, type DraftNote } from './gather.js';
import { clientContext, type ClientContext } from './context.js';
import { renderTemplate, type DraftTemplate } from './templates.js';
import { deidentify } from './share.js';
import { chartSlug, measureChart } from './chart.js';
import type { ClientFacts, SessionFacts } from './facts.js';
import type { Finding } from '../types.js';
import { finish, type ShouldStop, type Work } from '../work.js';

export interface DraftOptions {
  /** The client whose notes to draft from (`client:` id or folder); may be left out when the notes hold one client. */
  client?: string;
  /** Today's date (YYYY-MM-DD), the draft's `date:`; passed in, so that the core reads no clock. */
  today: string;
  /** De-identify: replace what the identifiers rule detects, show notes as "note 3". */
  share?: boolean;
  /**
   * Chart each measure: the charts' file names start with this (the draft's own name, "report" for report.md), and
   * the template links them (`m.chart`). Left out, there are no charts and `m.chart` is nil.
   */
  charts?: string;
}

/** A chart for the draft to write beside it: `file` is the name the draft links to. */
export interface DraftChart {
  file: string;
  measure: string;
  svg: string;
}

export type DraftOutcome =
  | { ok: true; text: string; facts: ClientFacts[]; charts: DraftChart[]; replaced?: number; remaining?: Finding[] }
  | { ok: false; reason: string };

export function draft(notes: DraftNote[], template: DraftTemplate, o: DraftOptions, shouldStop?: ShouldStop): DraftOutcome {
  return draftFrom(readNotes(notes, shouldStop), template, o, shouldStop);
}

/**
 * The same from notes already read (the CLI and the benchmark read once, draft several times). `shouldStop` is
 * asked between clients, charts and the template's nodes; once it says so, a Cancelled is thrown (work.ts).
 */
export function draftFrom(sessions: SessionFacts[], template: DraftTemplate, o: DraftOptions, shouldStop?: ShouldStop): DraftOutcome {
  return finish(drafting(sessions, template, o, shouldStop), shouldStop);
}

/** draftFrom a unit at a time: each client's facts and context, each chart, the template, the de-identification. */
export function* drafting(sessions: SessionFacts[], template: DraftTemplate, o: DraftOptions, shouldStop?: ShouldStop): Work<DraftOutcome> {
  if (!sessions.length) return { ok: false, reason: 'no notes to draft from' };
  const groups = byClient(sessions);
  const ids = [...groups.keys()];
  let chosen = ids;
  if (o.client !== undefined) chosen = ids.filter((id) => clientMatches(id, o.client!));
  else if (template.scope === 'client' && ids.length > 1) {
    return { ok: false, reason: `these notes are of ${ids.length} clients (${list(ids)}): choose one with --client` };
  }
  if (!chosen.length) return { ok: false, reason: `no note is of client "${o.client}" (clients in these notes: ${list(ids)})` };
  if (template.scope === 'client' && chosen.length > 1) return { ok: false, reason: `"${o.client}" matches ${chosen.length} clients (${list(chosen)}): give the full id` };

  const facts: ClientFacts[] = [];
  for (const id of chosen) {
    facts.push(clientFacts(id, groups.get(id)!.by, groups.get(id)!.sessions));
    yield;
  }
  // Shared drafts name notes by their order ("note 3"): a path can hold a client's name or a date.
  const order = new Map(facts.flatMap((f) => f.sessions).map((s, i) => [s.path, `note ${i + 1}`]));
  const label = o.share ? (p: string) => order.get(p) ?? 'a note' : undefined;
  const contexts: ClientContext[] = [];
  for (const f of facts) {
    contexts.push(clientContext(f, { label }));
    yield;
  }
  const charts: DraftChart[] = [];
  if (o.charts !== undefined) {
    for (const [i, c] of contexts.entries()) {
      for (const [k, series] of facts[i].measures.entries()) {
        const m = c.measures[k];
        // Shared drafts count weeks, not dates, on the chart (its text is not de-identified as the draft's is).
        const svg = measureChart(m.name, m.scores, series.def, { relative: o.share });
        yield;
        if (!svg) continue;
        // One client: report-phq-9.svg; a caseload: report-2-phq-9.svg (by the client's place, not their id).
        const file = `${o.charts}-${contexts.length > 1 ? `${i + 1}-` : ''}${chartSlug(m.name)}.svg`;
        charts.push({ file, measure: m.name, svg });
        m.chart = { file: encodeURI(file).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`), alt: `${m.name} over time` };
      }
    }
  }
  const one = contexts[0];
  const data = {
    ...one,
    client: o.share ? { id: '[client id removed]', by: one.client.by } : one.client,
    clients: contexts.map((c, i) => (o.share ? { ...c, client: { id: `${i + 1}`, by: c.client.by } } : c)),
    today: o.today,
    template: { name: template.name, type: template.type },
    totals: {
      clients: contexts.length,
      notes: facts.reduce((n, f) => n + f.counts.notes, 0),
      attended: facts.reduce((n, f) => n + f.counts.attended, 0),
    },
  };
  const body = renderTemplate(template, data, shouldStop).replace(/\n{3,}/g, '\n\n').trim();
  const front = ['---', `type: ${template.type}`];
  if (!o.share && template.scope === 'client') front.push(`client: ${yamlString(one.client.id)}`);
  front.push(`date: ${o.today}`, `drafted: ${yamlString(`by clinote draft ${template.name} from ${data.totals.notes} notes`)}`, '---');
  const text = `${front.join('\n')}\n${body}\n`;
  if (!o.share) return { ok: true, text, facts, charts };
  yield;
  const d = deidentify(text, shouldStop);
  return { ok: true, text: d.text, facts, charts, replaced: d.replaced, remaining: d.remaining };
}

function list(ids: string[]): string {
  return ids.length > 6 ? `${ids.slice(0, 6).join(', ')}...` : ids.join(', ');
}

function yamlString(s: string): string {
  return /^[\w./-]+$/.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s);
}
