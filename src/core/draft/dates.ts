// Dates of service as clinicians write them, read to ISO (YYYY-MM-DD) so that notes sort and compare. A date that is
// not a real calendar day ("2026-02-30") is no date.
import { MONTH } from '../language/dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One date in a text: ISO, US numeric (month first), "March 14, 2026" or "14 March 2026". Bounded, no nested repeats. */
const DATE = new RegExp(
  `\\b(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(${MONTH})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH})\\.?,?\\s{1,3}(\\d{4}))\\b`,
  'i',
);

export interface FoundDate {
  iso: string;
  /** Where the date was written in the text searched. */
  index: number;
  text: string;
}

/** What this module builds, for the regex-safety test. */
export const builtRegexes = [DATE];

/** The first date in a text, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (m[4]) [y, mo, d] = [m[6].length === 2 ? 2000 + +m[6] : +m[6], +m[4], +m[5]];
  else if (m[7]) [y, mo, d] = [+m[9], monthOf(m[7]), +m[8]];
  else [y, mo, d] = [+m[12], monthOf(m[11]), +m[10]];
  const iso = isoDate(y, mo, d);
  return iso ? { iso, index: m.index, text: m[0] } : undefined;
}

/** A front matter value as a date: a string in any form above, or a Date the YAML reader made. */
export function dateValue(v: unknown): string | undefined {
  if (v instanceof Date && !isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return findDate(String(v))?.iso;
  return undefined;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
