// A goal's status where a note writes it: after the goal's number ("Goal 2 partially met", "Goal 1: MET", "Objective
// 1b - achieved"), in brackets after its wording ("(progressing)"), a "Status:" in it, a status column beside it in a
// table, or a label that repeats its wording ("Return to work: ongoing"). The words are data
// (language/goal-words.ts); the blocks are the Note's, read once by the lint.
import type { Block, Note } from '../note/note.js';
import { valueStart } from '../note/labels.js';
import { goalOutcomeWords, goalStandingWords, goalStatusColumns } from '../language/goal-words.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]{1,3}');
/** Longest first, so that "partially met" wins over "met". */
const alternation = (ws: readonly string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map(escape).join('|');
const ANY = alternation([...goalOutcomeWords, ...goalStandingWords]);
/** What may follow a status: the end, punctuation, or a word that says when ("met for the first time", "met as of"). */
const AFTER = '(?=[ \\t]{0,3}(?:[.;,!?)\\]:(—–-]|$)|[ \\t]{1,3}(?:for|since|as|at|by|on|in|this|today|with|per|and|but)\\b)';

/** A status anywhere in a short text (the brackets after a goal). */
const STATUS_WORD = new RegExp(`\\b(${ANY})\\b`, 'i');
/** A text that opens with a status ("MET - 4 of 5 days", "Partially met"): a status, not a goal's wording. */
const STATUS_HEAD = new RegExp(`^[ \\t]{0,3}(${ANY})\\b${AFTER}`, 'i');
/** An outcome at a goal's end ("Reduce PHQ-9 below 10 - met"). */
const OUTCOME_END = new RegExp(`[—–:;-][ \\t]{0,3}(${alternation(goalOutcomeWords)})[ \\t]{0,3}[.!]?$`, 'i');
/** "Goal 2", "Objective #1b", "STG 3". */
const GOAL_REF = /\b(?:goal|objective|obj|stg|ltg)\.?[ \t]?#?[ \t]?(\d{1,2}[a-z]?)\b/gi;
/** After a goal's number: an aside, a colon or "is", then its status ("Goal 2 (work) is partially met"). */
const AFTER_REF = new RegExp(`^(?:[ \\t]{0,3}\\([^()\\n]{0,80}\\))?(?:[ \\t]{0,3}[:—–-])?(?:[ \\t]{1,3}(?:is|was|has[ \\t]been|remains|now))?[ \\t]{0,3}(${ANY})\\b${AFTER}`, 'i');
const STATUS_IN_BRACKETS = /[([]\s{0,3}(?:status\s{0,3}:\s{0,3})?([^)\]]{2,40})[)\]]\s{0,3}$/i;
const STATUS_LABEL = /\bstatus[ \t]{0,3}[:-][ \t]{0,3}([^.;\n]{2,40})/i;
/** "Walk 20 minutes a day: ongoing": a goal's words, a colon, its status (a label may hold digits the Note's do not). */
const WORDING_THEN_STATUS = new RegExp(`^([^:\\n]{3,120}):[ \\t]{0,3}(${ANY})\\b${AFTER}`, 'i');
const STATUS_COLUMN = new RegExp(`^(?:${alternation(goalStatusColumns)})$`, 'i');

/** For the regex-safety test: the patterns built here from the word lists. */
export const builtRegexes = [STATUS_WORD, STATUS_HEAD, OUTCOME_END, AFTER_REF, WORDING_THEN_STATUS, STATUS_COLUMN];

/** A status written in a goal's own text; `wording` is the text without a trailing "(status)". */
export function ownStatus(text: string): { status?: string; wording: string } {
  const br = STATUS_IN_BRACKETS.exec(text);
  if (br && STATUS_WORD.test(br[1])) return { status: br[1].trim().toLowerCase(), wording: text.slice(0, br.index).trimEnd() };
  const label = STATUS_LABEL.exec(text);
  if (label) return { status: label[1].trim().toLowerCase(), wording: text };
  const end = OUTCOME_END.exec(text);
  return end ? { status: end[1].replace(/\s+/g, ' ').toLowerCase(), wording: text.slice(0, end.index).trimEnd() } : { wording: text };
}

/** The status a goal's labelled value opens with ("Goal 1: MET - 4 of 5 days"): then it is no wording of the goal. */
export function headStatus(value: string): string | undefined {
  const s = STATUS_HEAD.exec(value);
  return s ? clean(s[1]) : undefined;
}

/** A status the note writes about a goal, keyed by its number, its table row's goal cell, or its wording. */
export interface StatusMention {
  status: string;
  offset: number;
  key?: string;
  /** The goal cell of the table row the status is in. */
  cell?: Block;
  /** A label that repeats the goal's wording ("Return to work: ongoing"), or a table row's goal cell. */
  wording?: string;
}

/**
 * Statuses written apart from a goal's own line. `isGoal(label)`: whether a label is a goal's ("Goal 1", a "Goal"
 * column), so that a goal's own line is left to `ownStatus`.
 */
export function statusMentions(note: Note, content: Block[], isGoal: (label: string) => boolean): StatusMention[] {
  const out: StatusMention[] = [];
  for (const b of content) {
    if (b.kind === 'tableCell' || b.kind === 'tableHeader') continue;
    const own = b.label && isGoal(b.label);
    const refs = [...b.text.matchAll(GOAL_REF)];
    refs.forEach((m, i) => {
      const end = m.index + m[0].length;
      // A goal's own "Goal 1: <wording>" line is its wording; its status, if any, is read with it ("Goal 1: MET" is
      // read by the caller, which knows it is no wording).
      if (own && m.index === 0) return;
      const window = b.text.slice(end, refs[i + 1]?.index ?? b.text.length);
      const s = AFTER_REF.exec(window);
      if (s) out.push({ key: m[1].toUpperCase(), status: clean(s[1]), offset: b.range.start + end + s.index + s[0].length - s[1].length });
    });
    // "Return to work: ongoing."
    if (!own && !refs.length) {
      const s = b.label ? STATUS_HEAD.exec(b.text.slice(valueStart(b))) : null;
      const w = s ? undefined : WORDING_THEN_STATUS.exec(b.text);
      if (s) out.push({ wording: b.label, status: clean(s[1]), offset: b.range.start + valueStart(b) + s.index + s[0].length - s[1].length });
      else if (w) out.push({ wording: w[1], status: clean(w[2]), offset: b.range.start + w[0].length - w[2].length });
    }
  }
  out.push(...tableStatuses(note, isGoal));
  return out.sort((a, b) => a.offset - b.offset);
}

/** "| Reduce panic to one a week | Partially met |": a status column's cell, for the goal cell of its row. */
function tableStatuses(note: Note, isGoal: (label: string) => boolean): StatusMention[] {
  const out: StatusMention[] = [];
  const cells = note.blocks;
  let row: Block[] = [];
  const flush = () => {
    const goal = row.find((c) => c.label && isGoal(c.label));
    const status = row.find((c) => c.label && STATUS_COLUMN.test(c.label.trim()));
    const s = status && STATUS_HEAD.exec(status.text);
    if (goal && status && s) out.push({ cell: goal, wording: goal.text, status: clean(s[1]), offset: status.range.start });
    row = [];
  };
  for (let i = 0; i < cells.length; i++) {
    const b = cells[i];
    const prev = cells[i - 1];
    if (b.kind !== 'tableCell' || !(prev?.kind === 'tableCell' && !/[\r\n]/.test(note.text.slice(prev.range.end, b.range.start)))) flush();
    if (b.kind === 'tableCell') row.push(b);
  }
  flush();
  return out;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
