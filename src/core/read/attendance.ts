// Attendance written as a count ("attended 3 of 12 possible meetings", "Sessions attended: 9 of 12 scheduled"): a
// share of missed contacts is a sign of reluctance however it is worded, so it is read as numbers, not as a phrase.
import { toSource, type Hit, type TextUnit } from './analysis.js';

// A count of contacts: "N of M [scheduled|planned|possible|offered] [one word] <contact>" or "N of M scheduled", and
// "<contacts> attended: N of M". Bounded repeats only, so no line makes it backtrack. Contacts are sessions and their
// kin; days (school attendance), tasks and exposures are not. (A literal, so that the regex-safety test reads it.)
const ATTENDANCE =
  /\b(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3}) (?:(?:scheduled|planned|possible|offered) )?(?:[A-Za-z-]{1,20} )?(?:sessions?|appointments?|appts?|groups?|meetings?|meetups?|visits?|class(?:es)?|check-ins?|contacts?)\b|\b(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3}) scheduled\b|\b(?:sessions?|appointments?|appts?|groups?|meetings?|visits?|contacts?) (?:attended|kept):? ?(\d{1,3}) ?(?:of|out of|\/) ?(\d{1,3})\b/gi;

/**
 * The first count of contacts kept below `below` of those scheduled, with at least two missed: one missed session in
 * twelve is life, three in twelve is a pattern to explore.
 */
export function lowAttendance(units: readonly TextUnit[], below: number): Hit | undefined {
  for (const u of units) {
    ATTENDANCE.lastIndex = 0;
    for (let m = ATTENDANCE.exec(u.flat); m; m = ATTENDANCE.exec(u.flat)) {
      const kept = Number(m[1] ?? m[3] ?? m[5]);
      const of = Number(m[2] ?? m[4] ?? m[6]);
      if (of > 0 && kept <= of && of - kept >= 2 && kept / of < below) return { offset: toSource(u.block, m.index), text: m[0], affirmed: true };
    }
  }
  return undefined;
}
