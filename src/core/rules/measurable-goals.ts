// A goal is measurable when it names an observable behavior, a quantity or criterion, and a time frame:
// "Client will [behavior] as evidenced by [measure] within [time frame]". Goals are found wherever they are written
// (under a goals heading, after a "Goals:" line, as "Goal 1: ..." inside a paragraph or under a plan, in a goals or
// objectives column of a table); the words it reads them with are data in language/goal-words.ts.
import type { Block } from '../note/note.js';
import { valueStart } from '../note/labels.js';
import type { OffsetRange } from '../types.js';
import { promptMarker, toSnippet } from '../note/prompts.js';
import { exactRange, LIST_LABEL, toSource } from '../read/analysis.js';
import { compileCue, cueAt, findCue, tokenize, type Cue } from '../read/match.js';
import * as W from '../language/goal-words.js';
import { interventionCues } from '../language/interventions.js';
import type { Rule, RuleContext } from './types.js';
import { joinAnd } from './message.js';
import { cite } from '../dimensions/sources.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrase = (s: string) => esc(s).replace(/ /g, '[- ]');
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);

/** A goal word at the start of a statement ("Goal 1:", "Obj 2b –", "Long-term goal (client's words):"). */
const LEAD_WORD = new RegExp(
  `\\b(?:(?:${byLength(W.goalLeadQualifiers).map(phrase).join('|')})[ \\t]+)?(?:${byLength(W.goalLeadWords).map(phrase).join('|')})\\b`,
  'gi',
);
const WORKED_ON = byLength(W.goalWorkedOnWords).map((w) => esc(w).replace(/ /g, '[ \\t]+')).join('|');
/** What follows the goal word: a number or letter, an aside in brackets, words saying when it was agreed, where it
 * comes from or that the session worked on it ("New goal agreed:", "Treatment goals agreed in session 1:", "Goal from
 * assessment (16/01):", "Goal addressed:"), and the colon or dash. */
const LEAD_TAIL = new RegExp(
  `[ \\t]*(?:#[ \\t]*)?(?:(\\d{1,3}(?:\\.\\d{1,3})?[a-z]?|[a-z](?![a-z]))[ \\t]*)?(?:\\(([^)\\n]{0,60})\\)[ \\t]*)?(?:(?:(?:${W.goalSetWords.join('|')}|(${WORKED_ON}))(?:[ \\t]+(?:in|at|on|during|with)[ \\t][^:\\n]{0,24}[^:\\s])?|from[ \\t][^:\\n]{0,24}[^:\\s])(?=[ \\t]*:)[ \\t]*)?(?:[:.)–—]|-{1,2})[ \\t]*`,
  'iy',
);
/** What may come before a lead: the start, a sentence end, a label's colon, a line break, a list number. */
const LEAD_BEFORE = /(?:^|[.;!?:)"”|]\s|\n)[ \t]*(?:\d{1,3}[.)][ \t]+|[-*+•][ \t]+|\*\*[ \t]*)?$/;
// ("School SW will check in weekly", "In-home therapist will ...", "Therapist: continue CBT 2x/week": a helper's step,
// one qualifying word before the role, or the role as the label.)
const CLINICIAN = new RegExp(`^\\s*(?:the\\s+|this\\s+)?(?:[\\w-]+\\s+)?(?:${byLength(W.clinicianRoles).map(phrase).join('|')})(?:\\s+(?:will|to|shall)\\b|[ \\t]*:)`, 'i');
/** The client's wish, in the words the goal is then made from ("he wants to", "she hopes to"). */
const WISH = /\b(?:wants?|wanted|hopes?|hoped|would like|wishes|wished)\b/i;
/** "Client will ...": a statement of what is to come, the form a goal is written in. */
const WILL = /\bwill\b/i;
const CRITERION = new RegExp(W.criterionPatterns.join('|'), 'i');
const TIMEFRAME = new RegExp(W.timeframePatterns.join('|'), 'gi');
/** "for 4 consecutive weeks" keeps a behavior up over a span, and "twice a week" is a rate measured each week: each is a
 * criterion as well as a time frame. */
const SUSTAINED = /^for\s|(?:\/|\bper|\ba|\beach)\s*(?:week|wk|day|night|month|session)$/i;
/** A sentence that reports what happened rather than sets a target ("Client reports 3 panic attacks"). */
const REPORT =
  /^\s*(?:(?:client|pt|patient|she|he|they|[A-Z]\.(?:[A-Z]\.)?|[A-Z][a-z]+)\s+)?(?:reports?|reported|states?|stated|said|says|denies|denied|endorsed|was|were|is|are|has|had|made|showed|shows|demonstrated|completed|attended|remains|continues)\b|^\s*(?:progress|status|ongoing|partially|no change|see |addressed|reviewed|continue[ds]?\b|n\/a|tbd)/i;
/** A sentence that counts the goals is about them, not one of them: "We set three goals in May." */
const COUNTS_GOALS = /\b(?:two|three|four|five|six|seven|[2-9])[ \t]+(?:[a-z]+[ \t]+)?goals\b/i;
/** The few words a goal statement in prose starts with (only for paragraphs, where most sentences are not goals). */
const PROSE_GOAL = /^(?:to\s+\w|(?:reduce|decrease|increase|improve|maintain|develop|build|establish|learn|attend|complete|practi[cs]e|identify|use|obtain|return|abstain|stop|manage|gain|feel|be|cope|explore|understand|work|walk|cook|exercise|sleep|eat|call|go|get|find|keep|limit|spend|resume|engage|participate|initiate)\b)/i;
const SENTENCE_END = /[.!?](?=\s+[A-Z0-9"“(])|;\s/g;
/** A goal's code as its label: "G-a", "L2", "S", "1b". */
const GOAL_CODE = /^\s*[A-Za-z0-9]{1,2}(?:[-.][A-Za-z0-9]{1,2})?\s*$/;
/** A label saying where goals come from: "From MHCP", "Per care plan", "As per TP", "Carried over from intake". */
const SOURCE_LABEL = /^\s*(?:from|per|as\s+per|carried\s+(?:over|forward)(?:\s+from)?)\b/i;
/** A line that starts something new: "Status: ...", "- item", "2) ...". */
const NEW_LINE_ITEM = /^[ \t]*(?:[A-Z][A-Za-z /&'’-]{0,30}:|[-*+•]\s|\d{1,3}[.)]\s)/;
const SOAP_OBJECTIVE = /^(?:o|objective(?:\s+(?:data|findings|observations))?|o\s*(?:[—–-]|\(|:)\s*objective(?:\s+(?:data|findings|observations))?\)?)\s*:?$/i;
/** What names the plan's goal by its number ("Goal 2", "#3"), after a lead that says the session worked on it. */
const PLAN_NUMBER = /^(?:(?:goals?|objectives?|obj|ltg|stg)[ \t])?#?\d/i;
/**
 * A goal said in a sentence of its own: "The goal is to improve communication.", "Goal for the family is to ...",
 * "Her main goal is for her to return to work". What follows "to" is the goal. (A session's aim, "the goal for today
 * is to practise grounding", is the session's, not the client's.)
 */
const GOAL_IS = new RegExp(
  `[ \\t]*(?:(?:the|her|his|their|our|my|[A-Z][a-z]{1,20}['’]s)[ \\t]+)?(?:(?:${byLength(W.goalSentenceQualifiers).map(phrase).join('|')})[ \\t]+)?goals?(?:[ \\t]+(?:for|of|in)[ \\t]+(?:the[ \\t]+)?([A-Za-z'’-]{1,24})(?:[ \\t]+[A-Za-z'’-]{1,24})?)?[ \\t]+(?:is|remains)[ \\t]+(?:for[ \\t]+(?:the[ \\t]+)?[A-Za-z'’-]{1,24}[ \\t]+)?to[ \\t]+(?=[a-z])`,
  'iy',
);
const SESSION_AIM = new Set(W.sessionAimWords);
/** Only a block that says "goal" can say what the goal is: the rest skip the sentence split. */
const GOAL_WORD = /goal/i;
/** An objective numbered as a part of its goal: "1a.", "2b)", "(1c)". */
const OBJECTIVE_NUMBER = /^\s*\(?\d{1,2}[a-h][.)]\s/;
/** A line that is an objective of the goal above it ("Objective: ...", "Obj 1a:", "STG 2:"). */
const OBJECTIVE_LINE = /^\s*(?:obj(?:ective)?|stg)\b/i;
/** A statement wholly in quotation marks: the client's own words, which are not rewritten into a measure. */
const QUOTED = /^\s*(?:[^"“:\n]{1,60}:\s*)?["“][^"“”\n]{0,300}["”][.!]?\s*$/;
/** A sentence that goes on with the goal before it: its measure, criterion or date. */
const CONTINUES = /^\s*(?:target|measure|measured|criteri|time ?frame|by\b|within\b|as evidenced|evidenced|aeb\b|due\b|review\b)/i;
/** A date, month first or day first ("Next review: 5 Nov."). */
const DATE = /\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** A goal named by its number: "Goal 2", "Obj #1a", "LTG 1". */
const NUMBERED_GOAL = /\b(?:goal|objective|obj|ltg|stg)s?(?:[ \t]*#|[ \t])?[ \t]*\d/i;

/** The expressions built from the word lists, for the regex-safety test (which cannot read them in the source). */
const ENUMERATOR = /^\s*\(?(?:\d{1,2}[a-h]?|[a-h])[.)]\s/;
/** The same at the start of each cell a table row's goal is joined from ("Figure out ... ; 4a. Gain insight ..."), or
 * of its other cells ("4. Return to work"): a row's numbers are no count either. */
const CELL_ENUMERATOR = /(?<=^|;)[ \t]*\(?(?:\d{1,2}[a-h]?|[a-h])[.)][ \t]/g;
export const builtRegexes = [OBJECTIVE_NUMBER, NUMBERED_GOAL, GOAL_CODE, SOURCE_LABEL, WISH, ENUMERATOR, CELL_ENUMERATOR, NEW_LINE_ITEM, SOAP_OBJECTIVE, OBJECTIVE_LINE, QUOTED, CONTINUES, LEAD_WORD, LEAD_TAIL, LEAD_BEFORE, GOAL_IS, CLINICIAN, CRITERION, TIMEFRAME, REPORT, PROSE_GOAL, SENTENCE_END, DATE];

const cues = (xs: string[]) => xs.map((x) => compileCue(x));
let interventionLeads: Cue[] | undefined;
/** Whether a list item opens with a named intervention (the lexicon's names and abbreviations). */
function startsWithIntervention(text: string): boolean {
  interventionLeads ??= cues(interventionCues());
  const t = tokenize(text.slice(0, 80));
  return interventionLeads.some((c) => cueAt(t, c, 0));
}
const WEAK = cues(W.weakGoalPhrases);
const REMARK = cues(W.goalRemarkVerbs);
const OUTCOME = cues(W.goalOutcomeWords);
const GOAL_LABEL = cues(W.goalListLabels);
const NOT_GOAL_SECTION = cues(W.notGoalSections);
const GOAL_COLUMN = cues(W.goalColumns);
const NOT_GOAL_COLUMN = cues(W.notGoalColumns);
const RESULT_COLUMN = cues(W.resultColumns);
const DEADLINE_LABEL = cues(W.planDeadlineLabels);
const TIME_COLUMN = cues(W.timeColumns);
const PLAN_REFERENCE = cues(W.planGoalReferences);
const ONE_TIME = cues(W.oneTimeActions);
const ABBREVIATIONS = new Set(W.abbreviations);

const SOURCE_ASIDE = cues(W.goalSourceAsideWords);
/** An aside that says where or when goals were set ("from session 2", "agreed 3/4", "session 1", "12/02/25"). */
function sourceAside(aside: string): boolean {
  const t = tokenize(aside);
  return SOURCE_ASIDE.some((c) => cueAt(t, c, 0)) || /^(?:(?:session|sess|wk|week) ?#? ?\d{1,3}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$/i.test(aside.trim());
}
const has = (text: string, list: Cue[]) => {
  const t = tokenize(text);
  return list.some((c) => findCue(t, c) >= 0);
};
/** The whole text is one of the phrases ("Goals", "Treatment goals"): a label, not a sentence that mentions goals. */
const isOneOf = (text: string, list: Cue[]) => {
  const t = tokenize(text);
  return t.length > 0 && list.some((c) => c.parts.length === t.length && findCue(t, c) === 0);
};

/** "Goals", "Needs / Goals (carried over)", "Initial goals (negotiated)"; not "Goals addressed" or a SOAP "Objective". */
function isGoalLabel(label: string): boolean {
  const bare = label.replace(/\([^()]{0,80}\)/g, ' ');
  return !SOAP_OBJECTIVE.test(bare.trim()) && tokenize(bare).length <= 6 && has(bare, GOAL_LABEL) && !has(bare, NOT_GOAL_SECTION);
}

export interface Verdict {
  clinician: boolean;
  observable: boolean;
  criterion: boolean;
  timeframe: boolean;
}

/** Whether a text sets what a goal sets: a count or criterion, or a time frame. */
function goalShaped(text: string): boolean {
  const v = judgeGoal(text);
  return v.criterion || v.timeframe;
}

/**
 * Judges one goal statement. `context` is what the plan says around it that belongs to it (the other cells of its
 * table row); `deadline`, a plan-wide review or target date that stands for its time frame when it names none.
 */
export function judgeGoal(statement: string, context = '', deadline = false): Verdict {
  // "1) Reduce anxiety.": the list number is no count.
  const t = stripLead(statement).replace(ENUMERATOR, ' ');
  const all = `${t} ; ${context}`.replace(CELL_ENUMERATOR, ' ');
  let undated = '';
  let sustained = false;
  let timeframe = false;
  let last = 0;
  TIMEFRAME.lastIndex = 0;
  for (let m = TIMEFRAME.exec(all); m; m = TIMEFRAME.exec(all)) {
    timeframe = true;
    if (SUSTAINED.test(m[0])) sustained = true;
    undated += all.slice(last, m.index) + ' ';
    last = m.index + Math.max(1, m[0].length);
    if (!m[0].length) TIMEFRAME.lastIndex++;
  }
  undated += all.slice(last);
  const words = tokenize(t);
  // A one-time action due by a date is its own criterion: done or not done by then.
  const criterion = sustained || CRITERION.test(undated) || ((timeframe || deadline) && ONE_TIME.some((c) => findCue(words, c) >= 0));
  const weak = WEAK.some((c) => findCue(words, c) >= 0);
  return {
    clinician: CLINICIAN.test(t),
    // No list of allowed verbs: an action counts unless it is one of the weak phrases with nothing to count it by.
    observable: words.length >= 2 && (!weak || criterion),
    criterion,
    timeframe: timeframe || deadline,
  };
}

/** The statement without its lead, but with the lead's aside: "Goal 2 (PCL-5 below 33 by week 12): down 7". */
function stripLead(s: string): string {
  const m = leadAt(s, 0);
  return m ? `${m.aside} ${s.slice(m.end)}` : s;
}

/** A goal lead ("Goal 1:") starting at or after `from`, where one may start. */
function leadAt(text: string, from: number): { start: number; end: number; word: string; numbered: boolean; aside: string } | undefined {
  LEAD_WORD.lastIndex = from;
  for (let m = LEAD_WORD.exec(text); m; m = LEAD_WORD.exec(text)) {
    if (m.index > from && !LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (m.index === from && from > 0 && !LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    LEAD_TAIL.lastIndex = m.index + m[0].length;
    const tail = LEAD_TAIL.exec(text);
    if (!tail) continue;
    // "Goal addressed: Goal 2 on plan, ...": the plan's goal, named by its number; "Goal addressed: Sina will ..." is one.
    if (tail[3] && PLAN_NUMBER.test(text.slice(LEAD_TAIL.lastIndex, LEAD_TAIL.lastIndex + 24))) continue;
    return { start: m.index, end: LEAD_TAIL.lastIndex, word: m[0].toLowerCase(), numbered: !!tail[1], aside: tail[2] ?? '' };
  }
  return undefined;
}

const WHY = 'A goal written as "Client will [behavior] as evidenced by [measure] within [time frame]" lets progress be shown.';
const SOURCE = cite(['jcPlanOfCare', 'measurable, individualized goals'], ['helpingProcess', 'goals specific enough to monitor progress'], ['relationship', 'tracking outcomes']);

export const measurableGoals: Rule = {
  id: 'measurable-goals',
  title: 'Measurable goals',
  kind: 'language',
  fixable: true,
  description: 'Each goal or objective names an observable behavior, a measure and a time frame.',
  source: SOURCE,
  defaultLevel: 'info',
  check(ctx) {
    for (const { st, v } of judgedGoals(ctx)) {
      if (v.clinician) {
        ctx.report({
          message: "This goal is the clinician's task. Rewrite it as what the client will achieve.",
          range: st.range,
          why: `${WHY} The clinician's part belongs under interventions.`,
          source: SOURCE,
        });
        continue;
      }
      const lacks: string[] = [];
      if (!v.observable) lacks.push('an observable behavior');
      if (!v.criterion) lacks.push('a quantity or criterion');
      if (!v.timeframe) lacks.push('a time frame');
      if (!lacks.length) continue;
      ctx.report({
        message: `Goal not measurable: add ${joinAnd(lacks)}.`,
        range: st.range,
        fix: appendFix(ctx, st.range, v),
        why: WHY,
        source: SOURCE,
      });
    }
  },
};

/**
 * Depth of the goals, for the goals dimension: how many goal statements the note has, how many are measurable
 * (the client's, with a behavior, a criterion and a time frame), and how many refer to the plan's goals.
 */
export function goalDepth(ctx: RuleContext): { goals: number; measurable: number; references: number } {
  const out = { goals: 0, measurable: 0, references: 0 };
  // A session note works on goals the plan set, with their time frames: there a behavior with its criterion is enough.
  const session = ctx.profile.family === 'progress' || ctx.profile.family === 'group';
  const measurable = (v: Verdict) => !v.clinician && v.observable && v.criterion && (v.timeframe || session);
  for (const { st, v } of judgedGoals(ctx)) {
    out.goals++;
    // (A plan's goal restated in weak words, "Tx plan goal: Improve mood. Increase socialization.", is judged as the
    // goal it is; one named by its number, or with an action, refers to the plan that measures it.)
    if ((has(st.text, PLAN_REFERENCE) || refersToPlan(ctx, st)) && !vagueReference(st.text) && (v.observable || NUMBERED_GOAL.test(st.text))) out.references++;
    if (measurable(v)) out.measurable++;
  }
  // A goal reported with its outcome ("Goal 2 (sleep 6+ hrs on 5 of 7 days): not yet met") is measured all the same.
  for (const v of reportedOf.get(ctx.analysis) ?? []) if (measurable(v)) out.measurable++;
  return out;
}

const VAGUE_WORDS = new Set(W.vagueReferenceWords);
/** "Working on the goals from the treatment plan.": which plan, but no goal of it (no number, no words of its own). */
function vagueReference(text: string): boolean {
  const words = tokenize(text).map((t) => t.word.toLowerCase());
  return words.length > 0 && words.every((w) => VAGUE_WORDS.has(w));
}

/** "**Tx plan goal addressed:** Goal 1 ...; Goal 3: ...", or under a "Treatment plan goals" heading: each is the plan's. */
function refersToPlan(ctx: RuleContext, st: Statement): boolean {
  const before = ctx.note.text.slice(st.block.range.start, Math.max(st.block.range.start, st.range.start));
  const section = st.block.section >= 0 ? ctx.note.sections[st.block.section].title : '';
  return has(before, PLAN_REFERENCE) || has(section, PLAN_REFERENCE);
}

function appendFix(ctx: RuleContext, range: OffsetRange, v: Verdict) {
  if (v.criterion && v.timeframe) return undefined;
  let add = '';
  if (!v.criterion) add += ` as evidenced by ${promptMarker('What will show it: how often, how much, which score?')}`;
  if (!v.timeframe) add += ` within ${promptMarker('By when?')}`;
  let at = range.end;
  const text = ctx.note.text;
  while (at > range.start && /[\s.;]/.test(text[at - 1])) at--;
  return {
    title: 'Add a measure and time frame to this goal',
    kind: 'prompt' as const,
    edits: [{ range: { start: at, end: at }, newText: add, snippet: toSnippet(add) }],
  };
}

interface Statement {
  text: string;
  /** Words of the plan that belong to the goal (its table row). */
  context: string;
  range: OffsetRange;
  kind: 'goal' | 'objective' | 'item';
  block: Block;
  /** Its row has a time frame column with a value ("By when: 12 weeks"). */
  dated?: boolean;
  /** Its row has a result column filled in ("| Quit drinking | Sober since 6 Sept |"): a goal reported on. */
  resulted?: boolean;
}

/** A goals section whose head sets the time frame: "**Q: What would you like to be different in 6 months?**". */
function headDated(ctx: RuleContext, st: Statement): boolean {
  const sec = st.block.section >= 0 ? ctx.note.sections[st.block.section] : undefined;
  if (!sec || sec.isTitle) return false;
  TIMEFRAME.lastIndex = 0;
  return TIMEFRAME.test(sec.title);
}

/** A note type's own-date labels, compiled once. */
const ownDates = new WeakMap<readonly string[], ReturnType<typeof cues>>();
const ownDateCues = (labels?: string[]) => {
  if (!labels) return [];
  let c = ownDates.get(labels);
  if (!c) ownDates.set(labels, (c = cues(labels)));
  return c;
};

/**
 * A review or target date set for the whole plan ("**Review date:** 08/13/2024"): every objective is due by it. Not,
 * in a review, the review's own date (`Profile.ownDateLabels`).
 */
function planDeadline(ctx: RuleContext): boolean {
  const own = ownDateCues(ctx.profile.ownDateLabels);
  const deadline = (label: string) => isOneOf(label, DEADLINE_LABEL) && !isOneOf(label, own);
  for (const b of ctx.note.blocks) {
    if (!b.content || b.quoted) continue;
    if (b.label && deadline(b.label) && DATE.test(b.text.slice(b.label.length))) return true;
    if (b.kind === 'tableCell' && b.label && isOneOf(b.label, DEADLINE_LABEL) && DATE.test(b.text)) continue; // per row
    for (const l of ctx.analysis.inlineLabels) {
      if (l.block === b && l.content && deadline(l.label)) {
        const at = b.text.indexOf(l.label);
        if (at >= 0 && DATE.test(b.text.slice(at + l.label.length, at + l.label.length + 40))) return true;
      }
    }
  }
  return false;
}

/** Every goal statement of the note, in order; a goal followed by its own objectives is judged through them. */
/**
 * The goal statements of one lint (its Analysis) and their verdicts, found and judged once: the goals dimension's
 * depth and this rule both read them.
 */
const judgedOf = new WeakMap<object, { st: Statement; v: Verdict }[]>();

function judgedGoals(ctx: RuleContext): { st: Statement; v: Verdict }[] {
  let judged = judgedOf.get(ctx.analysis);
  if (!judged) {
    const deadline = planDeadline(ctx);
    const judge = (st: Statement, text = st.text) => judgeGoal(text, st.context, deadline || !!st.dated || headDated(ctx, st));
    const found = findStatements(ctx);
    judged = found.judged.map((st) => ({ st, v: judge(st) }));
    judgedOf.set(ctx.analysis, judged);
    // Goals reported with their outcome, judged by their bracketed target when they have one.
    reportedOf.set(ctx.analysis, found.reported.map((st) => judge(st, ASIDE_THEN_REPORT.exec(st.text)?.[0] ?? st.text)));
  }
  return judged;
}

/** "Goal 1 – partial (...)", "Objective 2: not yet": a goal's number, then only where it stands (goalStatusAfterNumber). */
const STATUS_AFTER_NUMBER = new RegExp(
  `^\\s*(?:goal|objective|obj)\\s*#?\\s*\\d{1,2}[a-h]?\\s*[:–—-]\\s*(?:${byLength([...W.goalStatusAfterNumber, ...W.goalOutcomeWords, ...W.goalStandingWords]).map(phrase).join('|')})(?![\\w-])(?!\\s+(?:to|the|a|an|more|less|than|of)\\b)`,
  'i',
);
const reportsOutcome = (st: Statement) => !!st.resulted || has(`${st.text} ${st.context}`, OUTCOME) || STATUS_AFTER_NUMBER.test(st.text);
const targetsOf = new WeakMap<object, OffsetRange[]>();
/** The verdicts on goals written with their outcome ("— not yet met"): not rewritten, but still goals the note states. */
const reportedOf = new WeakMap<object, Verdict[]>();
/** "Goal 2 (keep a job for 90 days): employed 6 weeks, 3 paystubs": the goal is in the brackets, the rest reports on it. */
const ASIDE_THEN_REPORT = /^[^()\n]{0,40}\([^()\n]{1,240}\)[ \t]*[:–—-]/;
function targetOf(st: Statement): OffsetRange {
  const m = ASIDE_THEN_REPORT.exec(st.text);
  if (m && sourceAside(m[0].slice(m[0].indexOf('(') + 1, m[0].lastIndexOf(')')))) {
    // "Goal 1 (agreed session 1): Reduce fights to 1 a week in 6 weeks — this week 2": the goal up to the dash that
    // opens its report.
    const dash = / [—–] | -- /.exec(st.text.slice(m[0].length));
    return dash ? { start: st.range.start, end: Math.min(st.range.end, st.range.start + m[0].length + dash.index) } : st.range;
  }
  return m ? { start: st.range.start, end: Math.min(st.range.end, st.range.start + m[0].length) } : st.range;
}

/**
 * Where the note's goals set targets ("attend a Deaf community event at least twice a month by 04/30"): a count or a
 * date there is what is aimed at, not a measure of where the client stands. A goal written with its outcome ("— met")
 * reports one, and is not among them.
 */
export function goalTargets(ctx: RuleContext): OffsetRange[] {
  if (!targetsOf.has(ctx.analysis)) judgedGoals(ctx);
  return targetsOf.get(ctx.analysis) ?? [];
}

/** The goal statements to judge, and those a note reports with their outcome (outside a plan, not judged for a fix). */
function findStatements(ctx: RuleContext): { judged: Statement[]; reported: Statement[] } {
  const { note, analysis } = ctx;
  const src = note.text;
  const sectionKind = new Map<number, 'goals' | 'not'>();
  // Each section's first block, found in one pass when first asked (not a search of the note per section).
  let firstBlocks: Map<number, Block> | undefined;
  const firstBlock = (section: number) => {
    if (!firstBlocks) {
      firstBlocks = new Map();
      for (const b of note.blocks) if (b.kind !== 'heading' && !firstBlocks.has(b.section)) firstBlocks.set(b.section, b);
    }
    return firstBlocks.get(section);
  };
  const otherHeadings = [...ctx.dimensions.values()].filter((d) => d.id !== 'goals' && d.id !== 'progress-monitoring').flatMap((d) => d.headings);
  for (const s of note.sections) {
    // "Objective" alone is the O of a SOAP note, not a list of objectives.
    if (s.isTitle || SOAP_OBJECTIVE.test(s.title.trim())) continue;
    if (has(s.title, NOT_GOAL_SECTION)) sectionKind.set(s.index, 'not');
    else if (ctx.dimensions.get('goals')?.headings.some((h) => analysis.headingMatches(s, h)) || has(s.title, GOAL_LABEL)) sectionKind.set(s.index, 'goals');
    // A subsection that another dimension heads (a Plan or Risk section inside Goals) holds that dimension's text.
    else if (otherHeadings.some((h) => analysis.headingMatches(s, h))) sectionKind.set(s.index, 'not');
    // "Each partner's goals", then "Graham" over his list, "Lesley" over hers, "Shared" over theirs: a one-word head
    // over a list, right after goals, holds goals too (the parser nests such heads only under a bold heading with no
    // text of its own; here any goals section before them counts).
    else if (s.plain && s.index > 0 && sectionKind.get(s.index - 1) === 'goals' && /^[A-Z][\w'’-]{0,20}$/.test(s.title.trim()) && firstBlock(s.index)?.kind === 'listItem') sectionKind.set(s.index, 'goals');
  }
  const inGoalSection = (b: Block) => {
    for (let s = b.section; s >= 0; s = note.sections[s].parent) {
      const k = sectionKind.get(s);
      if (k) return k === 'goals';
    }
    return false;
  };
  // A goal reported with its outcome ("— met", "(done 1/20)") is a record of the past, except in a plan, whose review
  // still has to state each goal so that it can be measured next time.
  const pastOutcomes = ctx.profile.family !== 'treatment-plan';
  const out: Statement[] = [];
  const rows = new Map<number, Block[]>();
  let afterGoalsLabel = false;
  let objectivesFollow = false;
  const firstInSection = new Set<number>();
  /** Blocks that already hold the fix's prompts, waiting for the clinician (a goal above one is measured through it). */
  const waiting: Block[] = [];
  for (let k = 0; k < note.blocks.length; k++) {
    const b = note.blocks[k];
    if (b.kind === 'tableCell' || b.kind === 'tableHeader') {
      if (b.kind === 'tableCell' && !b.quoted) {
        const line = note.lines.position(b.range.start).line;
        const row = rows.get(line);
        if (row) row.push(b);
        else rows.set(line, [b]);
      }
      continue;
    }
    if (b.kind === 'heading') {
      afterGoalsLabel = false;
      objectivesFollow = false;
      continue;
    }
    // The first paragraph of a goals section, even one whose prompts wait for the clinician (so that the one after it
    // is not taken for the goal once a fix has been applied).
    const opensGoals = b.kind === 'paragraph' && !firstInSection.has(b.section) && b.content && inGoalSection(b);
    if (opensGoals) firstInSection.add(b.section);
    // (So do the fix's prompts as a list under "**Goals:**" alone on its line: what follows them is not the goal.)
    else if (b.prompts.length && !b.quoted && inGoalSection(b)) firstInSection.add(b.section);
    if (b.prompts.length && !b.quoted && (b.kind === 'listItem' || OBJECTIVE_LINE.test(b.text))) waiting.push(b);
    if (b.quoted || b.prompts.length) continue;
    // "Psychoeducation with the Power and Control wheel" in "Session goals and interventions": an intervention.
    if (b.kind === 'listItem' && !WILL.test(b.text) && startsWithIntervention(b.text)) continue;
    // "- [x] Log not completed": a form's ticked answer in a goals section reports on the goal; it is not one.
    if (typeof b.checked === 'boolean' && !leadAt(b.text, 0) && !WILL.test(b.text)) continue;
    // "Goals:" alone on its line, or as a bold label: the list that follows holds the goals.
    // ("GOALS — % achieved (agreed ratings)" over the numbered goals: a head set off by a dash names the list too.)
    const dashHead = b.label ? undefined : /^([^:\n—–]{1,40}?)[ \t]+[—–][ \t]/.exec(b.text)?.[1];
    const labelText = b.label ?? (LIST_LABEL.test(b.text) ? b.text.replace(/:\s*$/, '') : dashHead && isGoalLabel(dashHead) ? dashHead : undefined);
    const goalLabel = !!labelText && isGoalLabel(labelText);
    const afterLabelText = b.text.slice((b.label ?? labelText ?? '').length).trim().replace(/^[:—–-]/, '').trim();
    // "Goals — what we will work on together" over the numbered goals: the label's words name the list, not a goal.
    const namesList = goalLabel && b.kind === 'paragraph' && note.blocks[k + 1]?.kind === 'listItem' && !/[.!?]$/.test(afterLabelText) && afterLabelText.split(/\s+/).length <= 8;
    if (b.kind !== 'listItem') afterGoalsLabel = goalLabel && (!b.content || !afterLabelText || namesList);
    if (namesList) continue;
    if (!b.content) continue;
    const inGoals = inGoalSection(b);
    // Another topic's label ("**Feelings about ending:** ...") inside a goals section is not a goal; one that says where
    // the goals come from ("From MHCP: (1) ...", "Per care plan:") is theirs.
    // (Nor is a goal's code: "G-a:", "L-b:", "S:".)
    // (A list item in a goals section labelled with the goal's domain, "1. Sleep: at least 6 hours on 5 nights out of 7
    // within 8 weeks", is a goal: its words set a criterion or a time frame.)
    const domainGoal = b.kind === 'listItem' && !!b.label && inGoalSection(b) && goalShaped(b.text.slice(valueStart(b)));
    const otherLabel = !!b.label && !goalLabel && !leadAt(b.text, 0) && !domainGoal && !(inGoalSection(b) && (SOURCE_LABEL.test(b.label) || GOAL_CODE.test(b.label)));
    // "Goal: \"to sleep and walk down the street without fear\"" over "- 1a. Reduce PCL-5 ... by 11/18": the list right
    // under a goal, numbered as its parts, holds its objectives.
    if (b.kind === 'listItem' && objectivesFollow && OBJECTIVE_NUMBER.test(b.text)) {
      pushText(src, out, b, 0, b.text.length, 'objective', true);
      continue;
    }
    const found = leadsIn(note.text, b);
    // (The goal itself may be the client's words in quotation marks, which are not judged.)
    if (b.kind !== 'listItem') objectivesFollow = b.kind === 'paragraph' && (found.some((st) => st.kind === 'goal') || /goal/.test(leadAt(b.text, 0)?.word ?? ''));
    if (found.length) {
      out.push(...found);
      continue;
    }
    if (goalSentences(src, out, b)) continue;
    if (goalLabel && b.content) {
      // "Initial goals: reduce panic attacks to one a week by May; return to work." — each sentence after the label.
      const from = valueStart(b);
      sentences(b.text, from, b.text.length).forEach(([s, e], i) => pushText(src, out, b, s, e, 'item', i === 0 || enumerated(b.text, s)));
      continue;
    }
    if (otherLabel) continue;
    const listed = b.kind === 'listItem' && (afterGoalsLabel || inGoals);
    if (!listed && !inGoals) continue;
    // The first paragraph under a goals heading opens with the goal ("What goal did we work on?" over "Staying out
    // of trouble. We talked about ..."): its first sentence is read as one, whatever word it starts with, and so is
    // each later sentence that says what the client will do.
    if (opensGoals) {
      // ("(1) Decide on a timeline; (2) PHQ-9 under 10; (3) ...": each numbered part is one.)
      const picked = sentences(b.text, 0, b.text.length).filter(([s0, e0], i) => i === 0 || WILL.test(b.text.slice(s0, e0)) || enumerated(b.text, s0));
      // "He wants to sleep without alcohol. Client will ... within 8 weeks.": the wish, then the goal made of it.
      if (picked.length > 1 && WISH.test(b.text.slice(picked[0][0], picked[0][1]))) picked.shift();
      for (const [s0, e0] of picked) pushText(src, out, b, s0, e0, 'item', true);
      continue;
    }
    // A later paragraph under a goals heading tells the session ("She missed session 6 and ... records show 3 binges
    // last week"), as a GIRP's G often goes on to: only its sentences that say what the client will do are goals.
    if (b.kind === 'paragraph' && inGoals && !afterGoalsLabel) {
      for (const [s0, e0] of sentences(b.text, 0, b.text.length)) if (WILL.test(b.text.slice(s0, e0)) || enumerated(b.text, s0)) pushText(src, out, b, s0, e0, 'item', true);
      continue;
    }
    pushText(src, out, b, 0, b.text.length, 'item', b.kind === 'listItem');
  }
  for (const row of rows.values()) {
    // A row that already holds prompts (its fix was applied) waits for the clinician, as a paragraph does.
    if (row.some((c) => c.prompts.length)) continue;
    const st = rowStatement(row, inGoalSection(row[0]));
    if (st) out.push(st);
  }
  out.sort((a, b) => a.range.start - b.range.start);
  // "Goal 2 (sleep 6+ hrs on 5 of 7 days): not yet met": the aside still sets a target, though the rest reports on it.
  targetsOf.set(analysis, out.filter((st) => !reportsOutcome(st) || ASIDE_THEN_REPORT.test(st.text)).map(targetOf));
  const judged = pastOutcomes ? out.filter((st) => !reportsOutcome(st)) : out;
  const reported = pastOutcomes ? out.filter(reportsOutcome) : [];
  // A goal whose objectives follow it (before the next goal) is measured through them.
  const index = new Map(note.blocks.map((b, i) => [b, i]));
  const measuredBy = (goal: Statement, next: Statement | undefined) => {
    // Its objective below already holds the fix's prompts (a list item, or an "Objective:" line of its own, before the
    // next statement): it is measured through it, once it is answered.
    const from = index.get(goal.block)!;
    const to = next ? index.get(next.block)! : note.blocks.length;
    if (waiting.some((b) => index.get(b)! > from && index.get(b)! < to && (b.kind !== 'listItem' || index.get(b) === from + 1))) return true;
    // (A list of the helpers' steps under a goal, "School SW will check in weekly", holds its strategies, not its
    // objectives: the goal is judged itself.)
    return !!next && (next.block !== goal.block || next.kind === 'objective') && next.kind !== 'goal' && !CLINICIAN.test(next.text) && (next.kind === 'objective' || (next.block.kind === 'listItem' && index.get(next.block)! === index.get(goal.block)! + 1));
  };
  return { judged: judged.filter((st, i) => !(st.kind === 'goal' && measuredBy(st, judged[i + 1]))), reported };
}

/** "Goal 1: ... Goal 2: ..." anywhere in a block: each statement runs to the next lead or the end of its sentence. */

function leadsIn(src: string, b: Block): Statement[] {
  const out: Statement[] = [];
  const text = b.text;
  let lead = leadAt(text, 0);
  while (lead) {
    const next = leadAt(text, lead.end);
    let end = next ? next.start : text.length;
    const lineEnd = lineEndOf(text, lead.end, end);
    const soapObjective = /^obj/.test(lead.word) && !/s$/.test(lead.word) && !lead.numbered;
    const plural = /s$/.test(lead.word);
    if (!lead.numbered && !lead.aside && !soapObjective && (plural || !text.slice(lead.end, lineEnd).trim())) {
      // "Goals: Reduce symptoms. Improve sleep." or "Goal:" with the goal on the next lines: one goal a sentence (after
      // the first, only sentences that set a target: the rest of the paragraph may report progress).
      sentences(text, lead.end, end).forEach(([s, e], i) => pushText(src, out, b, s, e, 'item', i === 0 || enumerated(text, s)));
      lead = next;
      continue;
    }
    end = lineEnd;
    // Inside prose the goal ends with its sentence, unless the next one gives its measure or date ("Target: 6/1.").
    for (const [, e] of sentences(text, lead.end, end)) {
      if (e >= end || !CONTINUES.test(text.slice(e, e + 40))) {
        end = e;
        break;
      }
    }
    const body = `${lead.aside} ${text.slice(lead.end, end)}`;
    const kind = /\b(?:obj|objective|stg)/.test(lead.word) ? 'objective' : 'goal';
    // A bare "Objective:" is the O of a SOAP note unless a target follows.
    const bareObjective = kind === 'objective' && /^objectives?$/.test(lead.word) && !lead.numbered;
    if (body.trim().length >= 4 && !isRemark(body) && !REPORT.test(text.slice(lead.end, end)) && !QUOTED.test(body) && (!bareObjective || isProseGoal(body))) {
      const st = statementOf(src, b, lead.start, end, kind);
      if (st) out.push(st);
      // Its objectives on the lines under it, numbered as its parts ("Goal 1: Better sleep." then "  1a. Client will
      // fall asleep within 30 min on 5 of 7 nights by session 5"), in the same paragraph.
      if (st && kind === 'goal') objectiveLines(src, out, b, end, next ? next.start : text.length);
    } else if (lead.aside && !QUOTED.test(lead.aside)) {
      // "Goal 2 (PCL-5 below 33 by week 12) -- down 7 points": the goal is the aside, the rest its progress.
      const st = statementOf(src, b, lead.start, end, kind);
      if (st) out.push(st);
    }
    lead = next;
  }
  return out;
}

/** A line that ends in a template's bracketed prompt: "3b. [Objective — observable, measurable, time-bound]". */
const BRACKETED_PROMPT = /^[^[]*\[[^\]\n]*\][.\s]*$/;

/** The lines of a block between `from` and `to` numbered as a goal's parts ("1a.", "(2b)"), each an objective (not one
 * still holding a template's bracketed prompt). */
function objectiveLines(src: string, out: Statement[], b: Block, from: number, to: number) {
  for (let at = b.text.indexOf('\n', from); at >= 0 && at < to; ) {
    const next = b.text.indexOf('\n', at + 1);
    const end = next < 0 || next > to ? to : next;
    const line = b.text.slice(at + 1, end);
    if (OBJECTIVE_NUMBER.test(line) && !BRACKETED_PROMPT.test(line.replace(OBJECTIVE_NUMBER, ''))) {
      const st = statementOf(src, b, at + 1, end, 'objective');
      if (st) out.push(st);
    }
    at = next;
  }
}

/** The sentences of a block that say what the goal is ("The goal is to ..."), each pushed with what follows "to". */
function goalSentences(src: string, out: Statement[], b: Block): boolean {
  if (!GOAL_WORD.test(b.text)) return false;
  let any = false;
  for (const [s, e] of sentences(b.text, 0, b.text.length)) {
    GOAL_IS.lastIndex = s;
    const m = GOAL_IS.exec(b.text);
    if (!m || m.index + m[0].length >= e || (m[1] && SESSION_AIM.has(m[1].toLowerCase()))) continue;
    const before = out.length;
    pushText(src, out, b, m.index + m[0].length, e, 'item', true);
    any ||= out.length > before;
  }
  return any;
}

function pushText(src: string, out: Statement[], b: Block, start: number, end: number, kind: Statement['kind'], listed: boolean) {
  const body = b.text.slice(start, end);
  if (body.trim().length < 8 || isRemark(body) || REPORT.test(body) || QUOTED.test(body) || COUNTS_GOALS.test(body)) return;
  if (!listed && !isProseGoal(body)) return;
  const st = statementOf(src, b, start, end, kind);
  if (st) out.push(st);
}

function statementOf(src: string, b: Block, start: number, end: number, kind: Statement['kind']): Statement | undefined {
  while (start < end && /\s/.test(b.text[start])) start++;
  while (end > start && /\s/.test(b.text[end - 1])) end--;
  if (end <= start) return undefined;
  const range = exactRange(b, start, end) ?? findInSource(src, b, start, end);
  return { text: b.text.slice(start, end), context: '', range, kind, block: b };
}

/**
 * Where escapes or line breaks make a block's text differ from its source: the mapped ends when they span the
 * statement (CRLF), else its first line looked up in the block's source (re-indented lines), else the mapped ends.
 */
function findInSource(src: string, b: Block, start: number, end: number): OffsetRange {
  const s = toSource(b, start);
  const e = toSource(b, end);
  // Only ends that fall inside exactly mapped text are trusted: a zero-length segment (text rewritten by the parser,
  // a lazy continuation line) maps every offset in it to one point, which would stretch the range over the paragraph.
  if (e - s >= end - start && isExactPoint(b, start) && isExactPoint(b, end)) return { start: s, end: e };
  const line = b.text.slice(start, end).split('\n')[0].trim();
  const at = line.length >= 4 ? src.indexOf(line, b.range.start) : -1;
  if (at >= 0 && at + line.length <= b.range.end) return { start: at, end: at + line.length };
  // Ends inside rewritten text map to different points as the line breaks differ (CRLF adds segments): the block.
  return e > s && isExactPoint(b, start) && isExactPoint(b, end) ? { start: s, end: e } : b.range;
}

function isExactPoint(b: Block, offset: number): boolean {
  return exactRange(b, offset, offset) !== undefined;
}

/** A table row with a goal or objective column: the goal is judged with its row (measure, target date). */
function rowStatement(row: Block[], inGoals: boolean): Statement | undefined {
  const goalish = row.filter((c) => c.content && c.label && has(c.label, GOAL_COLUMN) && !has(c.label, NOT_GOAL_COLUMN));
  const named = goalish.filter((c) => !isOneOf(c.label!, RESULT_COLUMN));
  const goalCells = named.length ? named : goalish;
  const cells = goalCells.length ? goalCells : inGoals ? row.filter((c) => c.content && WILL.test(c.text)) : [];
  if (!cells.length) return undefined;
  const text = cells.map((c) => c.text).join(' ; ');
  if (text.trim().length < 8 || REPORT.test(text)) return undefined;
  // (Nor the row's own number, "| 1 | SI after a loss | Client will be safe |": no count the goal sets.)
  const context = row.filter((c) => c.content && !cells.includes(c) && !(c.label && has(c.label, NOT_GOAL_COLUMN)) && !/^\s*#?\d{1,3}[.)]?\s*$/.test(c.text)).map((c) => c.text).join(' ; ');
  const dated = row.some((c) => c.content && !cells.includes(c) && c.label && isOneOf(c.label, TIME_COLUMN));
  const first = cells[0];
  const last = cells[cells.length - 1];
  const start = exactRange(first, 0, first.text.length)?.start ?? first.range.start;
  const end = exactRange(last, 0, last.text.length)?.end ?? last.range.end;
  const resulted = goalish.length > cells.length;
  return { text, context, range: { start, end }, kind: 'item', block: first, dated, resulted };
}

/** Sentences (or clauses after a semicolon) of a block's text between two offsets. */
function sentences(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    const before = wordBefore(text, m.index);
    if (m[0] === '.' && before && (before.length === 1 || ABBREVIATIONS.has(before.toLowerCase()))) continue;
    out.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** Where a statement's line ends: a soft wrap goes on, a line that starts a label or a list item does not. */
function lineEndOf(text: string, from: number, to: number): number {
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    if (NEW_LINE_ITEM.test(text.slice(nl + 1, nl + 40))) return nl;
  }
  return to;
}

/** "Goals: 1) Reduce anxiety. 2) Walk daily.": a sentence that starts with a number or letter of a list is a goal too. */
function enumerated(text: string, at: number): boolean {
  return ENUMERATOR.test(text.slice(at, at + 8));
}

/** The letters right before an offset ("Obj" before the full stop of "Obj. 1b"). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 12 && /[A-Za-z]/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** A sentence about the goals rather than a goal ("Client agreed to these goals"). */
function isRemark(s: string): boolean {
  const t = tokenize(s);
  if (!t.length) return true;
  const i = REMARK.reduce((best, c) => {
    let k = findCue(t, c);
    // The verb in the form a report takes ("agreed", "reviews"), not its bare form, which opens a goal ("Goal: help
    // him cope", "Goal: agree a budget"): the list's words share their stems with both.
    while (k >= 0 && isBare(t[k])) k = findCue(t, c, k + 1);
    return k >= 0 && (best < 0 || k < best) ? k : best;
  }, -1);
  // The remark verb comes early, before any "will" of a goal: "Client agreed to...", "He participated in writing...".
  const will = t.findIndex((x) => x.word === 'will');
  return i >= 0 && i <= 3 && (will < 0 || will > i);
}

/** A verb's bare form: the word is its stem, or its stem and a final "e" ("help", "agree", "participate"). */
function isBare(t: { word: string; stem: string }): boolean {
  const w = t.word.toLowerCase();
  return w === t.stem || w === `${t.stem}e`;
}

function isProseGoal(s: string): boolean {
  const t = s.trim();
  if (WILL.test(t)) return true;
  return PROSE_GOAL.test(t);
}
