// A goal is measurable when it names an observable behavior, a quantity or criterion, and a time frame:
// "Client will [behavior] as evidenced by [measure] within [time frame]".
import type { Block } from '../note/note.js';
import { goals } from '../dimensions/goals.js';
import { promptMarker, toSnippet } from '../note/prompts.js';
import type { Rule, RuleContext } from './types.js';

const LEAD = /^\s*(?:\d+[.)]\s+|[-*+]\s+)?(?:(?:long|short)[- ]?term\s+)?(?:goal|objective|obj|ltg|stg)\s*(?:#\s*)?(?:[\d.]+[a-z]?\s*|[a-z]\s*)?[:.)\-–]\s*/i;
const CLINICIAN = /^\s*(?:the\s+|this\s+)?(?:therapist|clinician|counselou?r|writer|worker|provider|staff|social worker|case manager|clinical staff)\s+will\b/i;
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|once|twice|half)';
const CRITERION = new RegExp(
  [
    '\\d',
    `\\b${NUMBER_WORD}\\b`,
    '\\b(?:daily|weekly|nightly|every\\s+(?:day|night|week|session|morning|evening)|each\\s+(?:day|week|session))\\b',
    '\\b(?:as evidenced by|as measured by|measured by|aeb)\\b',
    '\\b(?:log|logs|tracker|diary|self[- ]rating|rating scale|score|scores|percent)\\b',
    '\\b(?:all|most|majority of)\\s+(?:sessions|days|nights|weeks)\\b',
    '\\b(?:phq|gad|pcl|bdi|bai|suds|audit|dass|ors)\\b',
  ].join('|'),
  'i',
);
const TIMEFRAME = new RegExp(
  [
    `\\b(?:within|in|over|for|after)\\s+(?:the\\s+next\\s+|the\\s+first\\s+|a\\s+)?(?:(?:\\d+|${NUMBER_WORD})\\s*)?(?:consecutive\\s+)?(?:days?|weeks?|months?|sessions?|years?)\\b`,
    '\\bby\\s+(?:week|session|month|day)\\s*\\d+',
    '\\bby\\s+(?:the\\s+)?(?:end|close)\\s+of\\b',
    '\\bby\\s+(?:discharge|termination|the next review|next review|review|the next treatment plan review)\\b',
    '\\bby\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b',
    '\\b(?:by|before|until)\\s+\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?',
    '\\btarget(?:\\s+completion)?\\s+date\\b',
    '\\b(?:next|following)\\s+(?:\\d+\\s+)?(?:sessions?|weeks?|months?)\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b(?:\\d+|' + NUMBER_WORD + ')[- ](?:day|week|month)\\b',
  ].join('|'),
  'i',
);
/** The expressions built from parts above, for the regex-safety test (which cannot read them in the source). */
export const builtRegexes = [CRITERION, TIMEFRAME];

const OBSERVABLE =
  /\b(?:attend|complete|practi[cs]e|use|report|log|record|track|initiate|identify|list|name|state|verbali[sz]e|demonstrate|reduce|decrease|increase|maintain|obtain|apply|submit|engage|participate|score|rate|abstain|sleep|exercise|walk|call|contact|return|secure|schedule|spend|eat|drink|take|go|follow|write|read|meet|apply|enroll|enrol|find|keep|stop|limit|remain|stay|show|have|experience|achieve|perform|utili[sz]e|implement|journal|present|finish|share|ask|tell|express|respond|refrain|resume|get)(?:s|es|ed|ing|d)?\b/i;
const WEAK =
  /\b(?:feel (?:better|less|more|good|happier)|gain (?:insight|awareness)|understand|improve(?:d)? (?:mood|self[- ]esteem|coping|functioning)|learn about|explore|be less|be more|be happier|cope better|work on|deal with|get better|process (?:feelings|emotions|trauma)|increase (?:insight|self[- ]esteem|awareness)|attend (?:therapy|counseling|counselling|sessions))\b/i;

interface Verdict {
  clinician: boolean;
  observable: boolean;
  criterion: boolean;
  timeframe: boolean;
}

export function judgeGoal(statement: string): Verdict {
  const t = statement.replace(LEAD, '');
  const weak = WEAK.exec(t);
  const withoutWeak = weak ? t.replace(WEAK, ' ') : t;
  return {
    clinician: CLINICIAN.test(t),
    observable: OBSERVABLE.test(withoutWeak) || /\b(?:phq|gad|pcl|bdi|bai|suds)\b/i.test(t),
    criterion: CRITERION.test(t),
    timeframe: TIMEFRAME.test(t),
  };
}

export const measurableGoals: Rule = {
  id: 'measurable-goals',
  title: 'Measurable goals',
  kind: 'language',
  fixable: true,
  description: 'Each goal or objective names an observable behavior, a measure and a time frame.',
  defaultLevel: 'info',
  check(ctx) {
    for (const blk of goalStatements(ctx)) {
      const v = judgeGoal(blk.text);
      if (v.clinician) {
        ctx.report({
          message:
            'This goal describes what the clinician will do, not what the client will achieve. Rewrite it as the client\'s goal ("Client will ... as evidenced by ... within ...") and list the clinician\'s part under interventions.',
          range: blk.range,
        });
        continue;
      }
      const lacks: string[] = [];
      if (!v.observable) lacks.push('an observable behavior');
      if (!v.criterion) lacks.push('a quantity or criterion');
      if (!v.timeframe) lacks.push('a time frame');
      if (!lacks.length) continue;
      ctx.report({
        message: `Goal is not measurable: it lacks ${joinAnd(lacks)}. Write it as "Client will [behavior] as evidenced by [measure] within [time frame]", so progress can be shown.`,
        range: blk.range,
        fix: appendFix(ctx, blk, v),
      });
    }
  },
};

function appendFix(ctx: RuleContext, blk: Block, v: Verdict) {
  if (v.criterion && v.timeframe) return undefined;
  let add = '';
  if (!v.criterion) add += ` as evidenced by ${promptMarker('What will show it: how often, how much, which score?')}`;
  if (!v.timeframe) add += ` within ${promptMarker('By when?')}`;
  let at = blk.range.end;
  const text = ctx.note.text;
  while (at > blk.range.start && /[\s.;]/.test(text[at - 1])) at--;
  return {
    title: 'Add a measure and time frame to this goal',
    edits: [{ range: { start: at, end: at }, newText: add, snippet: toSnippet(add) }],
  };
}

/** Goal statements: items under a goals heading, and lines anywhere that start "Goal 1:" or "Objective:". */
function goalStatements(ctx: RuleContext): Block[] {
  const { note, analysis } = ctx;
  const goalSections = new Set<number>();
  for (const s of note.sections) {
    if (!s.isTitle && goals.headings.some((h) => analysis.headingMatches(s, h))) goalSections.add(s.index);
  }
  const inGoalSection = (b: Block) => {
    for (let s = b.section; s >= 0; s = note.sections[s].parent) if (goalSections.has(s)) return true;
    return false;
  };
  return note.blocks.filter((b) => {
    if (!b.content || b.quoted || b.prompts.length || b.kind === 'heading' || b.kind === 'tableHeader') return false;
    if (LEAD.test(b.text)) return isStatement(b.text.replace(LEAD, ''));
    if (!inGoalSection(b)) return false;
    if (b.kind === 'tableCell') return /\bwill\b/i.test(b.text);
    return isStatement(b.text);
  });
}

/** A sentence that sets a target, not a remark about goals ("Client agreed to these goals."). */
function isStatement(t: string): boolean {
  const s = t.trim();
  if (s.length < 8) return false;
  if (/\bwill\b/i.test(s)) return !/^(?:client|pt|patient|they|she|he)\s+(?:agreed|signed|reviewed)\b/i.test(s);
  return /^(?:to\s+)?(?:reduce|decrease|increase|improve|maintain|develop|build|establish|learn|attend|complete|practi[cs]e|identify|use|obtain|return|abstain|stop|manage|gain|feel|be|cope|explore|understand|work)\b/i.test(s);
}

function joinAnd(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
