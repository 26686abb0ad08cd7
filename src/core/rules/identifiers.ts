// Possible HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) in a note meant to be shared: a supervision case
// note, or any note whose front matter says it is shared. Ordinary notes in the record are not checked.
import type { Rule, RuleContext } from './types.js';
import type { Block } from '../note/note.js';
import type { OffsetRange } from '../types.js';
import { exactRange } from '../read/analysis.js';
import { MONTH } from '../language/dates.js';
import { STREET_ABBREVIATIONS, STREET_TYPES, UNIT_WORDS } from '../language/identifying-fields.js';
import { fieldFor, identifies, labelledFields, type Span } from './identifier-fields.js';
import { frontMatterFields } from './identifier-front-matter.js';
import { namesInTitle } from './identifier-title.js';
import { cite } from '../dimensions/sources.js';

interface Kind {
  id: string;
  label: string;
  re: RegExp;
  /** Group holding the identifier itself, when the match carries its label ("MRN: 123"). */
  group?: number;
  keep?: (m: RegExpExecArray) => boolean;
}


/**
 * A street address with what identifies it further: a unit before or after it ("Flat 2, 7 Mill Lane", "412 Elm
 * Street, Apt 3B", "12 Harbour Rd Unit 4") and a town with a US ZIP or UK postcode ("..., Leeds LS6 2AB"), so that the
 * fix takes all of it.
 */
function streetAddress(): RegExp {
  const unit = `(?:${UNIT_WORDS.join('|')})\\.?\\s?#?(?:\\d[A-Za-z0-9-]{0,5}|[A-Z]\\b)`;
  const street = `(?:(?:${STREET_TYPES.join('|')})\\b|(?:${STREET_ABBREVIATIONS.join('|')})\\b\\.?)`;
  const postcode = `(?:[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})\\b`;
  const town = `,\\s?(?:[A-Z][a-z]+\\s){0,2}[A-Z][a-z]+,?\\s${postcode}`;
  return new RegExp(
    `\\b(?:${unit},?\\s)?\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}${street}(?:,?\\s(?:${unit}|#\\s?[A-Za-z0-9-]{1,6}))?(?:${town})?`,
    'g',
  );
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
  { id: 'address', label: 'a street address', re: streetAddress() },
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

const MESSAGE = (what: string) => `Possible identifier (${what}) in a note meant for sharing: remove it or describe it neutrally.`;
const WHY = 'A note shared outside the record (supervision, a case presentation, teaching) must not identify the client.';
const SOURCE = cite('safeHarbor', 'naswPrivacy');

const FIELD_LABEL: Record<string, string> = {
  name: 'a name',
  employer: "an employer's name",
  school: "a school's name",
  address: 'an address',
  date: 'a full date',
  phone: 'a phone or fax number',
  email: 'an email address',
  record: 'a record, member or insurance number',
  zip: 'a ZIP code or postcode',
};

/** Reports a span of a block's text; where escapes or a link make the mapping inexact, on the block, without a fix. */
function reportSpan(ctx: RuleContext, block: Block, start: number, end: number, what: string, marker: string): void {
  const range = exactRange(block, start, end);
  reportRange(ctx, range ?? { start: block.range.start, end: block.range.start }, what, range ? `[${marker} removed]` : undefined);
}

function reportRange(ctx: RuleContext, range: OffsetRange, what: string, newText: string | undefined): void {
  ctx.report({
    message: MESSAGE(what),
    range,
    why: WHY,
    source: SOURCE,
    fix: newText ? { title: `Replace with ${newText}`, kind: 'redact', edits: [{ range, newText }] } : undefined,
  });
}

/** The cell to the left in the same table row, whose text may label this one ("| DOB | 03/14/1988 |"). */
function rowHeaders(blocks: Block[], text: string): Map<Block, string> {
  const out = new Map<Block, string>();
  for (let i = 1; i < blocks.length; i++) {
    const [prev, b] = [blocks[i - 1], blocks[i]];
    if (b.kind === 'tableCell' && prev.kind === 'tableCell' && !/[\r\n]/.test(text.slice(prev.range.end, b.range.start))) out.set(b, prev.text);
  }
  return out;
}

/** Labelled fields of a block: a table cell under (or beside) a label, then "Label: value" lines. */
function fieldsOf(block: Block, rowHeader: string | undefined): Span[] {
  const spans: Span[] = [];
  if (block.kind === 'tableCell') {
    const field = (block.label && fieldFor(block.label)) || (rowHeader && fieldFor(rowHeader));
    const value = block.text.trim();
    if (field && identifies(field.kind, value)) {
      const start = block.text.indexOf(value);
      spans.push({ start, end: start + value.length, field });
    }
  }
  return spans.concat(labelledFields(block.text));
}

/**
 * The note's title: its heading, or a first line that names the note ("**Progress Note - J. Smith**"), which the
 * analysis keeps out of the content the patterns below read.
 */
function titleLinesOf(ctx: RuleContext): { block: Block; line: string }[] {
  const out: { block: Block; line: string }[] = [];
  const title = ctx.note.title >= 0 ? ctx.note.sections[ctx.note.title] : ctx.analysis.title.heading?.section;
  const heading = title && ctx.note.blocks.find((b) => b.kind === 'heading' && b.range.start === title.heading.start);
  if (heading) out.push({ block: heading, line: heading.text });
  const first = ctx.analysis.title.text?.block;
  if (first && !ctx.analysis.units.some((u) => u.block === first)) {
    const nl = first.text.indexOf('\n');
    out.push({ block: first, line: nl < 0 ? first.text : first.text.slice(0, nl) });
  }
  return out;
}

export const identifiers: Rule = {
  id: 'identifiers',
  title: 'Possible identifiers in a note meant for sharing',
  kind: 'language',
  fixable: true,
  description: 'Possible Safe Harbor identifiers in a note meant for sharing (supervision, case presentation).',
  source: SOURCE,
  defaultLevel: 'warning',
  check(ctx) {
    const always = ctx.options.always === true;
    if (!always && ctx.profile.family !== 'supervision' && !isShared(ctx.note.frontMatter?.data)) return;
    for (const f of frontMatterFields(ctx.note)) reportRange(ctx, f.range, FIELD_LABEL[f.field.marker], `"[${f.field.marker} removed]"`);
    for (const { block, line } of titleLinesOf(ctx)) for (const n of namesInTitle(line)) reportSpan(ctx, block, n.start, n.end, 'a name', 'name');
    const headers = rowHeaders(ctx.note.blocks, ctx.note.text);
    const fm = ctx.note.frontMatter?.range;
    for (const { block } of ctx.analysis.units) {
      // (Front matter fields read as entries are the front matter's: frontMatterFields judges them, as before.)
      if (block.kind === 'heading' || (fm && block.range.start < fm.end)) continue;
      const flat = block.text.replace(/\n/g, ' ');
      // Characters already reported, so that a later kind does not report the same text again (a mark per character:
      // checking each match against every earlier one is quadratic in a paragraph full of numbers).
      const seen = new Uint8Array(flat.length);
      // Labelled fields first: their whole value is the identifier, whatever patterns match inside it.
      for (const f of fieldsOf(block, headers.get(block))) {
        if (seen.subarray(f.start, f.end).includes(1)) continue;
        seen.fill(1, f.start, f.end);
        reportSpan(ctx, block, f.start, f.end, FIELD_LABEL[f.field.marker], f.field.marker);
      }
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
          reportSpan(ctx, block, start, end, k.label, k.id);
        }
      }
    }
  },
};
