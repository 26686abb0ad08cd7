// Possible HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) in a note meant to be shared: a supervision case
// note, or any note whose front matter says it is shared. Ordinary notes in the record are not checked.
import type { Rule } from './types.js';
import { exactRange } from '../read/analysis.js';
import { MONTH } from '../language/dates.js';

interface Kind {
  id: string;
  label: string;
  re: RegExp;
  /** Group holding the identifier itself, when the match carries its label ("MRN: 123"). */
  group?: number;
  keep?: (m: RegExpExecArray) => boolean;
}


// Parts are bounded (an address's local part is at most 64 characters, a domain label 63): an unbounded run re-read
// from every word start in a long "0-0-0-..." is quadratic.
const KINDS: Kind[] = [
  { id: 'email', label: 'an email address', re: /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g },
  { id: 'url', label: 'a web address', re: /\b(?:https?:\/\/|www\.)[^\s)>\]]*[^\s)>\].,;:!?'"]/gi },
  { id: 'ip', label: 'an IP address', re: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g },
  { id: 'ssn', label: 'a Social Security number', re: /\b\d{3}-\d{2}-\d{4}\b/g },
  { id: 'phone', label: 'a phone or fax number', re: /(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g },
  {
    id: 'date',
    label: 'a full date',
    re: new RegExp(`\\b(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`, 'gi'),
  },
  {
    id: 'address',
    label: 'a street address',
    re: /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle)\b\.?/g,
  },
  { id: 'zip', label: 'a ZIP code', re: /\b(?:[A-Z]{2}\s+|zip(?:\s*code)?:?\s*)(\d{5}(?:-\d{4})?)\b/gi, group: 1 },
  {
    id: 'record',
    label: 'a record, member or license number',
    re: /\b(?:MRN|medical record|record|member|member ID|policy|account|license|licence|case|chart|ID)\s*(?:(?:#|no\.?|number)\s*)?(?::\s*)?([A-Z]*\d[\w-]{3,})\b/gi,
    group: 1,
  },
  {
    id: 'age',
    label: 'an age over 89',
    re: /\b(\d{2,3})[- ](?:year|yr)s?[- ]old\b|\bage(?:d)?\s+(\d{2,3})\b/gi,
    keep: (m) => Number(m[1] ?? m[2]) > 89,
  },
  { id: 'name', label: 'a name', re: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)/g, group: 1 },
  { id: 'name', label: 'a name', re: /\b(?:[Cc]lient|[Pp]atient|[Pp]t)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)/g, group: 1 },
  {
    id: 'employer',
    label: "an employer's name",
    re: /\b(?:[Ww]orks at|[Ww]orked at|[Ee]mployed by|[Ww]orks for|[Ww]orked for|[Jj]ob at)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)/g,
    group: 1,
  },
];

/** The expressions built from parts above, for the regex-safety test (which cannot read them in the source). */
export const builtRegexes = KINDS.map((k) => k.re);

const SHARED_KEYS = ['shared', 'share', 'sharing', 'deidentify', 'de-identify', 'purpose', 'audience'];

/** Whether the note is meant to leave the record: a supervision note, or front matter that says so. */
function isShared(data: Record<string, unknown> | undefined): boolean {
  if (!data) return false;
  return SHARED_KEYS.some((k) => {
    const v = data[k];
    if (v === true) return true;
    return typeof v === 'string' && /\b(?:true|yes|supervision|case presentation|consultation|training|teaching|shared|public)\b/i.test(v);
  });
}

export const identifiers: Rule = {
  id: 'identifiers',
  title: 'Possible identifiers in a note meant for sharing',
  kind: 'language',
  fixable: true,
  description: 'Possible Safe Harbor identifiers in a note meant for sharing (supervision, case presentation).',
  defaultLevel: 'warning',
  check(ctx) {
    const always = ctx.options.always === true;
    if (!always && ctx.profile.family !== 'supervision' && !isShared(ctx.note.frontMatter?.data)) return;
    for (const { block } of ctx.analysis.units) {
      if (block.kind === 'heading') continue;
      const flat = block.text.replace(/\n/g, ' ');
      // Characters already reported, so that a later kind does not report the same text again (a mark per character:
      // checking each match against every earlier one is quadratic in a paragraph full of numbers).
      const seen = new Uint8Array(flat.length);
      for (const k of KINDS) {
        k.re.lastIndex = 0;
        for (let m = k.re.exec(flat); m; m = k.re.exec(flat)) {
          if (k.keep && !k.keep(m)) continue;
          const value = k.group ? m[k.group] : m[0];
          if (!value) continue;
          const start = m.index + (k.group ? m[0].indexOf(value) : 0);
          const end = start + value.length;
          if (seen.subarray(start, end).includes(1)) continue;
          seen.fill(1, start, end);
          const range = exactRange(block, start, end);
          ctx.report({
            message: `Possible identifier (${k.label}) in a note meant for sharing: remove it or replace it with a neutral description (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).`,
            // Where escapes or a link make the mapping inexact, the finding sits on the block and offers no fix.
            range: range ?? { start: block.range.start, end: block.range.start },
            fix: range ? { title: `Replace with [${k.id} removed]`, edits: [{ range, newText: `[${k.id} removed]` }] } : undefined,
          });
        }
      }
    }
  },
};

