// Attendance written as a count ("attended 3 of 12 possible meetings", "Sessions attended: 9 of 12 scheduled"): a
// share of missed contacts is a sign of reluctance however it is worded, so it is read as numbers, not as a phrase.
import { toSource, type Hit, type TextUnit } from './analysis.js';

// A count of contacts: "N of M [scheduled|planned|possible|offered] [one word] <contacts>" or "N of M scheduled", and
// "<contacts> attended: N of M". Bounded repeats only, so no line makes it backtrack. Contacts are sessions and their
// kin; days (school attendance), tasks and exposures are not. (A literal, so that the regex-safety test reads it.)
// Groups: 1 kept, 2 of, 3 the word between, 4 the contact; 5, 6 and 7, 8 kept and of.
const ATTENDANCE =
  /\b(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3}) (?:(?:scheduled|planned|possible|offered) )?(?:([A-Za-z-]{1,20}) )?(sessions?|appointments?|appts?|groups?|meetings?|meetups?|visits?|class(?:es)?|check-ins?|contacts?)\b|\b(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3}) scheduled\b|\b(?:sessions?|appointments?|appts?|groups?|meetings?|visits?|contacts?) (?:attended|kept):? ?(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3})\b/gi;

// What makes "N of M <contacts>" something other than a count kept:
// - a date or a rating before one contact: "at the 03/14 session", "4/10 at session 1", "3 of 7 at session 2"
//   (a count of contacts names them in the plural, and nothing but a qualifier stands between: "9 of 12 CPT sessions");
const PLURAL = /(?:[^s]s|es)$/i; // "sessions", "classes"; not "class"
const BETWEEN_NOT_QUALIFIER = /^(?:at|in|on|by|per|an?|the|this|that|last|next|each|every|since|from|before|after|until|till|for|of|to)$/i;
// - a target: "attend at least 6 of 8 group sessions", "attend >= 6 of 8";
const TARGET_BEFORE = /(?:at\s+least|≥|>=|minimum\s+of|minimum|no\s+fewer\s+than)\s?$/i;
// - a place in a series: "Completed 8 of 12 CPT sessions", "9 of 12 sessions completed", "4 of 6 sessions done",
//   "(2 of 12 sessions so far by video)", unless the count is of sessions attended or kept; or a rate: "9 of 14
//   sessions a week" (airway clearance done, not contacts kept).
const KEPT_BEFORE = /\b(?:attended|attends|attending|kept|made|came\s+to|comes\s+to|showed\s+for)\s(?:[\w-]+\s)?$/i;
const SERIES_BEFORE = /\b(?:completed|completes|finished|done|through|into|session|week)\s(?:[\w-]+\s)?$/i;
const SERIES_AFTER = /^\s?(?:completed|complete|done|finished|so\s+far|to\s+date|in\s+the\s+(?:protocol|series|course|program|programme)|(?:a|per|each)\s+(?:day|week|month))\b/i;

/**
 * The first count of contacts kept below `below` of those scheduled, with at least two missed: one missed session in
 * twelve is life, three in twelve is a pattern to explore.
 */
export function lowAttendance(units: readonly TextUnit[], below: number): Hit | undefined {
  for (const u of units) {
    ATTENDANCE.lastIndex = 0;
    for (let m = ATTENDANCE.exec(u.flat); m; m = ATTENDANCE.exec(u.flat)) {
      const kept = Number(m[1] ?? m[5] ?? m[7]);
      const of = Number(m[2] ?? m[6] ?? m[8]);
      if (!(of > 0 && kept <= of && of - kept >= 2 && kept / of < below)) continue;
      if (m[1] !== undefined && !countKept(m, u.flat.slice(Math.max(0, m.index - 30), m.index), u.flat.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      return { offset: toSource(u.block, m.index), text: m[0], affirmed: true };
    }
  }
  return undefined;
}

/** Whether "N of M <contacts>" counts contacts kept, read from the words around it (see the lists above). */
function countKept(m: RegExpExecArray, before: string, after: string): boolean {
  if (!PLURAL.test(m[4]) || (m[3] !== undefined && BETWEEN_NOT_QUALIFIER.test(m[3]))) return false;
  if (TARGET_BEFORE.test(before)) return false;
  if (KEPT_BEFORE.test(before)) return true;
  return !SERIES_BEFORE.test(before) && !SERIES_AFTER.test(after);
}
