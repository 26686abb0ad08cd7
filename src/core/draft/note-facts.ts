// One note's facts, read from the lint of it: the Note model, its profile and its dimensions' assessments. Nothing
// here parses Markdown; the words are read from the Note's blocks (plain text, with offsets into the note).
import type { LintResult } from '../lint-types.js';
import type { Block, Note, Section } from '../note/note.js';
import { valueStart } from '../note/labels.js';
import type { Analysis } from '../read/analysis.js';
import { toSource } from '../read/analysis.js';
import { interventionCues, interventions } from '../language/interventions.js';
import { findDate } from './dates.js';
import { CLIENT_KEYS, CLINICIAN_KEYS, frontMatterField, sessionDates, titleBlock } from './session.js';
import { measureNamed, measureSet, scoresIn, type MeasureDef, type MeasureSet } from './measures.js';
import { headStatus, ownStatus, statusMentions } from './goal-status.js';
import type { Attendance, Fact, GoalStatement, SessionFacts } from './facts.js';

const ATTENDANCE_KEYS = ['attendance', 'status', 'session_status'];

/** This session not held, as a note says it: its title, an "Attendance:" label, or a sentence that opens with it. */
const NO_SHOW = /\b(?:no[- ]?show(?:ed)?|did not (?:attend|show)|didn't (?:attend|show)|DNA)\b/i;
const CANCELLED = /\b(?:late[- ])?cancell?(?:ed|ation)\b/i;
const MISSED = /\bmissed\b/i;
/** Labels whose value says whether the session was held. */
const ATTENDANCE_LABEL = /^(?:attendance|status|session status|session)$/i;
/** A sentence about some session missed or cancelled ("missed two sessions", "cancelled last week"). */
const MENTION = /\b(?:missed|cancell?ed|no[- ]?show(?:ed|s)?)\b[^.;\n]{0,40}\b(?:sessions?|appointments?|appts?|week)\b|\b(?:sessions?|appointments?|appts?)\b[^.;\n]{0,20}\b(?:missed|cancell?ed)\b/i;

// Not "Objective" alone: that is a SOAP note's observations.
const GOAL_HEADING = /\b(?:goals?|objectives)\b/i;
const GOAL_LABEL = /^(?:(?:long[- ]term |short[- ]term |treatment )?goal ?#?(\d{1,2}|[A-Z])?|objective ?#?(\d{1,2}(?:\.\d)?|[A-Z]))$/i;
const PROGRESS_HEADING = /\b(?:progress|response|course of treatment|outcomes?)\b/i;
const RISK_HEADING = /\b(?:risk|safety|suicid\w*|lethality)\b/i;
const RISK_WORDS = /\b(?:SI|HI|NSSI|C-SSRS|CSSRS|ASQ)\b|\b(?:suicid|homicid|self[- ]harm|self[- ]injur|columbia|risk\b)/i;
const RISK_LEVEL = /\b(low|moderate|medium|high|imminent|elevated|minimal)\s{1,3}(?:(?:acute|chronic|suicide|suicidal|overall)\s{1,3})?risk\b|\brisk(?:\s{1,3}level)?\s{0,3}(?::|is|was|assessed as|rated)\s{0,3}(low|moderate|medium|high|imminent|elevated|minimal)(?: to (low|moderate|high|imminent))?\b/gi;
const SAFETY_PLAN = /\bsafety[- ]plan(?:ning)?\b|\bcrisis plan\b|\bStanley[- ]Brown\b/i;
const BARRIER_HEADING = /\b(?:barriers?|obstacles?|challenges to)\b/i;
const REFERRAL = /\b(?:referred (?:to|for|back)|referral (?:to|for|made|placed|sent)|refer (?:to|for))\b/i;
const MAX_TEXT = 240;

export interface NoteInput {
  path: string;
  text: string;
}

/** The facts of one linted note. `analysis` is the one the draft read the note with (see gather.ts); `measures`, the
 * standard ones and those the note's config declares. */
export function noteFacts(path: string, r: LintResult, analysis: Analysis, measures: MeasureSet = measureSet(undefined)): SessionFacts {
  const note = r.note;
  const at = (offset: number) => ({ path, line: note.lines.position(offset).line + 1 });
  const fact = <T>(value: T, offset: number): Fact<T> => ({ value, from: at(offset) });
  const fm = note.frontMatter?.data;
  const keyAt = (k: string) => note.frontMatter?.keys.get(k)?.start ?? 0;

  // Dates: every place the note gives one, kept apart.
  const dates = sessionDates(note, path, analysis.title);
  const title = titleBlock(note, analysis.title);
  const stringField = (keys: readonly string[]) => frontMatterField(note, path, keys);

  const report = (id: string) => r.dimensions.find((d) => d.id === id);
  const sectionOf = (id: string, heading: RegExp) => {
    // Only a section that holds the dimension: a missing one's section is where it would belong.
    const rep = report(id);
    const byDim = rep?.status === 'addressed' && rep.via === 'heading' && rep.section !== undefined ? note.sections[rep.section] : undefined;
    return byDim ? [byDim] : note.sections.filter((s) => !s.isTitle && heading.test(s.title));
  };
  const content = analysis.units.map((u) => u.block).filter((b) => b.kind !== 'heading');
  const inSections = (secs: Section[]) => content.filter((b) => secs.some((s) => b.range.start >= s.extent.start && b.range.start < s.extent.end));
  /** The sentence of a block where a pattern first matches, as a fact (none when it does not match). */
  const sentenceFact = (b: Block, re: RegExp): Fact[] => {
    const m = re.exec(b.text);
    if (!m) return [];
    const { text, start } = sentenceAt(b.text, m.index);
    return [fact(excerpt(text), toSource(b, start))];
  };
  const blockFact = (b: Block): Fact => fact(excerpt(b.label && !b.kind.startsWith('table') ? b.text.slice(valueStart(b)) : b.text), b.range.start);

  // Goals: the items of the goals section, else "Goal 1:" labels anywhere. "Goal 1: MET" is a status, not a wording.
  const isGoal = (label: string) => GOAL_LABEL.test(label);
  const goalSecs = sectionOf('goals', GOAL_HEADING);
  let goalBlocks = inSections(goalSecs).filter((b) => b.kind === 'listItem' || b.kind === 'paragraph');
  const labelled = content.filter((b) => b.label && isGoal(b.label));
  if (labelled.length) goalBlocks = labelled;
  const statusOnly = goalBlocks.filter((b) => b.label && isGoal(b.label) && headStatus(b.text.slice(valueStart(b))));
  const goalStatuses: SessionFacts['goalStatuses'] = [];
  const goals: (GoalStatement & { block: Block })[] = goalBlocks
    .filter((b) => !statusOnly.includes(b))
    .map((b, i) => {
      const lm = b.label ? GOAL_LABEL.exec(b.label) : null;
      const key = (lm?.[1] || lm?.[2] || String(i + 1)).toUpperCase();
      const f = blockFact(b);
      // "(progressing)" after a goal is its status, not its wording.
      const { status, wording } = ownStatus(f.value);
      if (status) goalStatuses.push({ value: status, from: f.from, key });
      return { ...f, value: wording, key, numbered: !!(lm?.[1] || lm?.[2]), ...(status && { status }), block: b };
    });
  for (const b of statusOnly) {
    const key = (GOAL_LABEL.exec(b.label!)?.slice(1).find(Boolean) ?? '').toUpperCase();
    const v = valueStart(b);
    if (key) goalStatuses.push({ value: headStatus(b.text.slice(v))!, from: at(b.range.start + v), key });
  }
  // Statuses written apart from the goal's line: "Goal 2 partially met", a status column, "Return to work: ongoing".
  // A table row names its goal by wording (its place in the table is no number).
  // (All the note's paragraphs and items: a line such as "Walk daily: ongoing." is no content for the linter's reading.)
  const lines = note.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
  for (const m of statusMentions(note, lines, isGoal)) {
    const key = m.key ?? (m.cell && goals.find((g) => g.block === m.cell)?.key);
    goalStatuses.push({ value: m.status, from: at(m.offset), ...(key && { key }), ...(m.wording && { wording: m.wording }) });
  }
  goalStatuses.sort((a, b) => a.from.line - b.from.line);

  // Progress: the section the progress dimension is written in, else "Progress" headings; and a "Progress:" (or
  // "Response:", "Outcome:") entry in any other section, up to the next label in its paragraph.
  const progressBlocks = inSections(sectionOf('progress-monitoring', PROGRESS_HEADING));
  const progress = progressBlocks.map(blockFact);
  const labels = analysis.inlineLabels.map((l) => ({ label: l.label, block: l.block, at: l.block.text.indexOf(`${l.label}:`) })).filter((l) => l.at >= 0);
  for (const b of content.filter((x) => x.label && !x.kind.startsWith('table'))) labels.push({ label: b.label!, block: b, at: 0 });
  for (const l of labels) {
    if (!PROGRESS_HEADING.test(l.label) || progressBlocks.includes(l.block)) continue;
    const start = l.at === 0 && l.block.label ? valueStart(l.block) : l.at + l.label.length + 1;
    const next = labels.filter((o) => o.block === l.block && o.at > l.at).reduce((n, o) => Math.min(n, o.at), l.block.text.length);
    const text = excerpt(l.block.text.slice(start, next));
    if (text) progress.push(fact(text, toSource(l.block, start)));
  }
  progress.sort((a, b) => a.from.line - b.from.line);

  // Scores: sentences ("PHQ-9: 14") and tables (a "PHQ-9" column, or a row that names it).
  const scores: SessionFacts['scores'] = [];
  for (const b of note.blocks) {
    if (b.kind === 'tableCell' || b.kind === 'tableHeader') continue;
    for (const h of scoresIn(b.text, measures)) scores.push(fact({ measure: h.measure.name, score: h.score, def: h.measure }, toSource(b, h.index)));
  }
  scores.push(...tableScores(note, measures).map((s) => fact({ measure: s.def.name, score: s.score, ...(s.date && { date: s.date }), def: s.def }, s.offset)));

  // Risk: the risk section's text, else sentences that name a screen; a level where one is stated.
  const riskSecs = sectionOf('risk-assessment', RISK_HEADING);
  const riskBlocks = riskSecs.length ? inSections(riskSecs) : content.filter((b) => RISK_WORDS.test(b.text));
  // A risk section is the screen; elsewhere, the sentence that names it.
  const risk = riskSecs.length ? riskBlocks.map(blockFact) : riskBlocks.flatMap((b) => sentenceFact(b, RISK_WORDS));
  // Every level the note states, in order ("initially low risk ... reassessed as high risk"): the last is the note's.
  const riskLevels: Fact[] = [];
  for (const b of riskBlocks.length ? riskBlocks : content) {
    for (const m of b.text.matchAll(RISK_LEVEL)) {
      if (!risk.length) risk.push(fact(excerpt(sentenceAt(b.text, m.index).text), toSource(b, m.index)));
      riskLevels.push(fact((m[1] ?? (m[3] ? `${m[2]} to ${m[3]}` : m[2])).toLowerCase(), toSource(b, m.index)));
    }
  }
  const safetyPlan = content.flatMap((b) => sentenceFact(b, SAFETY_PLAN));

  // Interventions: the lexicon's named techniques, each counted once per note where ConText leaves it evidence.
  const interventionFacts: Fact[] = [];
  for (const e of interventions) {
    const hit = analysis.find(cueList(e), undefined, { mode: 'any', policy: { deferred: true, hypothetical: true, otherPerson: true } });
    if (hit) interventionFacts.push(fact(interventionName(e), hit.offset));
  }

  const barriers = inSections(sectionOf('barriers', BARRIER_HEADING)).map(blockFact);
  // "Barrier: transport is unreliable." inside a paragraph: the labelled sentence.
  for (const l of analysis.inlineLabels) {
    if (!BARRIER_HEADING.test(l.label) || !l.content || barriers.some((b) => b.from.line === at(l.block.range.start).line)) continue;
    const i = l.block.text.indexOf(`${l.label}:`);
    if (i >= 0) barriers.push(fact(excerpt(sentenceAt(l.block.text, i + l.label.length + 1).text), toSource(l.block, i)));
  }
  const referrals = content.filter((b) => !/reason for referral/i.test(b.label ?? '')).flatMap((b) => sentenceFact(b, REFERRAL));

  const attendance = attendanceOf(note, title, content, fm, keyAt, at);
  const attendanceMentions = attendance.value === 'attended' ? content.flatMap((b) => sentenceFact(b, MENTION)) : [];

  return {
    path,
    date: dates[0],
    dates,
    type: r.profile.id,
    typeTitle: r.profile.title,
    attendance,
    client: stringField(CLIENT_KEYS),
    clinician: stringField(CLINICIAN_KEYS),
    goals: goals.map(({ block: _, ...g }) => g),
    goalStatuses,
    progress,
    scores,
    risk,
    riskLevel: riskLevels[riskLevels.length - 1],
    riskLevels,
    safetyPlan,
    interventions: interventionFacts,
    barriers,
    referrals,
    attendanceMentions,
    dimensions: r.dimensions.filter((d) => d.level !== 'off').map((d) => ({ id: d.id, title: d.title, addressed: d.status === 'addressed' })),
  };
}

const cueCache = new Map<object, string[]>();
function cueList(e: (typeof interventions)[number]): string[] {
  let c = cueCache.get(e);
  if (!c) cueCache.set(e, (c = interventionCues([e])));
  return c;
}

/** "Cognitive behavioral therapy (CBT)": the entry's first name, and its first abbreviation. */
function interventionName(e: (typeof interventions)[number]): string {
  const name = e.names[0].charAt(0).toUpperCase() + e.names[0].slice(1);
  const abbr = e.abbr?.[0] ?? e.abbrWithNoun?.[0];
  return abbr ? `${name} (${abbr})` : name;
}

/** Whether this session was held: front matter, else the title, else an "Attendance:" label, else an opening line. */
function attendanceOf(
  note: Note,
  title: Block | undefined,
  content: Block[],
  fm: Record<string, unknown> | undefined,
  keyAt: (k: string) => number,
  at: (offset: number) => { path: string; line: number },
): SessionFacts['attendance'] {
  const kind = (text: string): Attendance | undefined =>
    NO_SHOW.test(text) ? 'no-show' : CANCELLED.test(text) ? 'cancelled' : MISSED.test(text) ? 'missed' : /\b(?:attended|held|completed|present)\b/i.test(text) ? 'attended' : undefined;
  const k = fm && ATTENDANCE_KEYS.find((x) => typeof fm[x] === 'string');
  if (fm && k) {
    const v = kind(String(fm[k]));
    if (v) return { value: v, from: at(keyAt(k)) };
  }
  if (title) {
    const v = kind(title.text);
    if (v && v !== 'attended') return { value: v, from: at(title.range.start) };
  }
  const label = note.blocks.find((b) => b.label && ATTENDANCE_LABEL.test(b.label));
  if (label) {
    const v = kind(label.text.slice(valueStart(label)));
    if (v) return { value: v, from: at(label.range.start) };
  }
  // A note whose first sentence says the session did not happen ("No-show.", "Client cancelled today's session").
  const first = content[0];
  if (first) {
    const sentence = first.text.split(/[.;\n]/, 1)[0];
    const v = kind(sentence);
    if (v && v !== 'attended' && !MENTION_OTHER.test(sentence)) return { value: v, from: at(first.range.start) };
  }
  return { value: 'attended' };
}

/** A sentence about an earlier session, not this one ("missed last week's session"). */
const MENTION_OTHER = /\b(?:last|previous|prior|two|three|several|\d+)\b/i;

/** Scores in tables: a cell under a measure's column, or the cell after one that names a measure in its row. A date
 * in the same row ("| 2026-01-05 | PHQ-9 | 18 |") is the score's own date: a table of scores over time. */
function tableScores(note: Note, measures: MeasureSet): { def: MeasureDef; score: number; offset: number; date?: string }[] {
  const out: { def: MeasureDef; score: number; offset: number; date?: string }[] = [];
  const cells = note.blocks;
  const sameRow = (a: Block, b: Block) => !/[\r\n]/.test(note.text.slice(a.range.end, b.range.start));
  let rowStart = 0;
  for (let i = 0; i < cells.length; i++) {
    const b = cells[i];
    if (b.kind !== 'tableCell') continue;
    const prev = cells[i - 1];
    const inRow = prev?.kind === 'tableCell' && sameRow(prev, b);
    if (!inRow) rowStart = i;
    const value = /^(\d{1,2}(?:\.\d)?)(?: ?\/ ?\d{1,2})?$/.exec(b.text.trim());
    if (!value) continue;
    const m = (b.label && measureNamed(b.label, measures)) || (inRow ? measureNamed(prev.text, measures) : undefined);
    const score = Number(value[1]);
    if (!m || score < m.min || score > m.max) continue;
    let date: string | undefined;
    for (let k = rowStart; k < i && !date; k++) date = findDate(cells[k].text)?.iso;
    out.push({ def: m, score, offset: b.range.start, ...(date && { date }) });
  }
  return out;
}

/** Words whose period ends no sentence ("Dr. Osei", "e.g. walks"). */
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Mx|St|Prof|vs|approx|e\.g|i\.e|etc|no|wk|wks|yr|yrs|min|mins|hr|hrs)$/i;

/** Whether a sentence ends at `k`: a ".", "!" or "?" before a blank or the end (a soft line break ends none). */
function endsAt(text: string, k: number): boolean {
  const c = text[k];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (k + 1 < text.length && !/\s/.test(text[k + 1])) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, k - 8), k));
}

/** The sentence of a text around an offset, and where it starts. */
function sentenceAt(text: string, i: number): { text: string; start: number } {
  let start = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (endsAt(text, k)) {
      start = k + 1;
      break;
    }
  }
  while (/\s/.test(text[start] ?? '')) start++;
  let end = text.length;
  for (let k = i; k < text.length; k++) {
    if (endsAt(text, k)) {
      end = k + 1;
      break;
    }
  }
  return { text: text.slice(start, end).trim(), start };
}

/** A block's text as one short line. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1).trimEnd()}…` : t;
}
