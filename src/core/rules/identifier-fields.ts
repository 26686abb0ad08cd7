// Fields whose label says they hold an identifier ("**Client:** Maria Lopez", "DOB: 03/14/1988", a "School"
// column, `dob:` in front matter): the whole value is the identifier, whatever its shape, so the identifiers rule
// reports it whole and its fix leaves nothing of it behind. The labels are data (language/identifying-fields.ts).
import {
  HONORIFICS,
  IDENTIFYING_FIELDS,
  NOT_NAME_WORDS,
  type FieldKind,
  type IdentifyingField,
} from '../language/identifying-fields.js';
import { PLACEHOLDER } from '../language/placeholders.js';

export interface Span {
  start: number;
  end: number;
  field: IdentifyingField;
}

/** "Date of Birth", "D.O.B.", "date_of_birth", "dateOfBirth", "Phone #" -> one spelling. */
export function normalLabel(label: string): string {
  return label
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[.#]/g, '')
    .replace(/[_/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_LABEL = new Map<string, IdentifyingField>(IDENTIFYING_FIELDS.flatMap((f) => f.labels.map((l) => [normalLabel(l), f] as const)));
const NOT_NAME = new Set(NOT_NAME_WORDS);
const HONORIFIC = new Set(HONORIFICS);

export function fieldFor(label: string): IdentifyingField | undefined {
  return BY_LABEL.get(normalLabel(label));
}

/** A capitalised word of a name ("Lopez-Hernandez", "O'Brien", "St.") or an initial ("J.", "N.S."), not "PHQ-9". */
export function isNameWord(w: string): boolean {
  return (/^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) && /\p{Ll}/u.test(w)) || /^(?:\p{Lu}\.){1,3}$/u.test(w) || /^\p{Lu}$/u.test(w);
}

export function isHonorific(w: string): boolean {
  return HONORIFIC.has(w.toLowerCase().replace(/\.$/, ''));
}

/**
 * Whether a value starts with a proper name: two name words ("Maria Lopez", "J. Smith", "St. Jude's"), or one
 * that stands alone or before a comma or bracket ("Walmart", "Maria, 34"). "The" and a title may come first.
 */
function startsWithName(value: string): boolean {
  const words = value.split(/\s+/, 6);
  let i = 0;
  if (words[i] === 'The' || (words.length > 1 && isHonorific(words[i]))) i++;
  const first = words[i] && trimPunctuation(words[i]);
  if (!first || !isNameWord(first) || NOT_NAME.has(first.toLowerCase())) return false;
  if (i + 1 >= words.length || first !== words[i]) return true;
  return isNameWord(trimPunctuation(words[i + 1]));
}

function trimPunctuation(w: string): string {
  let e = w.length;
  while (e > 0 && ',;()'.includes(w[e - 1])) e--;
  return w.slice(0, e);
}

/** What parts the fields of a line: a bar, a middle dot, a bullet ("Date: 3/6/2025 · 1300–1400 · in person"). */
const FIELD_PARTS = '|·•';

/**
 * Where the date in a date field's value ends: a date of service is often followed by the time and the modality
 * ("Date: 03/13/2026, 13:00-14:00 (video)"), which are no identifier and which session-details needs. A comma before
 * a year stays ("March 14, 1988").
 */
export function dateEnd(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === ';' || c === '(' || FIELD_PARTS.includes(c)) return k;
    if (c === ',' && !/^ ?\d{4}(?!\d)/.test(text.slice(k + 1, k + 7))) return k;
    if (c === ' ' && /^\d{1,2}:\d/.test(text.slice(k + 1, k + 5))) return k;
  }
  return to;
}

/** Where a field's value ends before the next field of its line: at a bar, a middle dot or a bullet. */
function fieldEnd(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (FIELD_PARTS.includes(text[k])) return k;
  return to;
}

/** Whether the value of a field of this kind identifies (see FieldKind). */
export function identifies(kind: FieldKind, value: string): boolean {
  const v = value.trim();
  if (!v || PLACEHOLDER.test(v)) return false;
  switch (kind) {
    case 'name':
      return startsWithName(v);
    case 'address':
      return /\d/.test(v) || startsWithName(v);
    case 'date':
      // A year alone is not an identifier under Safe Harbor; a day is ("03/14", "March 14", "14.3.1988").
      return /\d/.test(v) && !/^\d{4}$/.test(v);
    case 'number':
      return /\d/.test(v);
    case 'email':
      return v.includes('@');
  }
}

const LABEL_CHARS = /[\p{L}\p{N} .#/'’_-]/u;
const MAX_LABEL = 40;

/**
 * The labelled fields of a text, line by line: "Label: value" at the start of a line, then any further known label
 * on the same line ("Name: Maria Lopez  DOB: 03/14/1988"). Each value runs to the next field, a bar, a middle dot or a
 * bullet, or the end of the line.
 * Each colon looks back at most MAX_LABEL characters: linear in the text.
 */
export function labelledFields(text: string): Span[] {
  const out: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    fieldsInLine(text, lineStart, lineEnd, out);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

function fieldsInLine(text: string, from: number, to: number, out: Span[]): void {
  const hits: { start: number; valueStart: number; field: IdentifyingField }[] = [];
  let lineBody = from;
  while (lineBody < to && /\s/.test(text[lineBody])) lineBody++;
  for (let colon = text.indexOf(':', from); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
    const hit = labelBefore(text, lineBody, colon, hits.length > 0);
    if (!hit) continue;
    let valueStart = colon + 1;
    while (valueStart < to && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
    hits.push({ start: hit.start, valueStart, field: hit.field });
  }
  hits.forEach((h, i) => {
    let end = i + 1 < hits.length ? hits[i + 1].start : to;
    if (h.field.kind === 'date') end = dateEnd(text, h.valueStart, end);
    // (Any other value ends where a bar, a middle dot or a bullet parts the line's fields: "Client: Maria Lopez · 34 ·
    // F" loses its name, not the age and sex after it. Not an address, whose unit may follow a dot: "12 Elm St · Apt 4".)
    else if (h.field.kind !== 'address') end = fieldEnd(text, h.valueStart, end);
    while (end > h.valueStart && /[\s,;|.]/.test(text[end - 1])) end--;
    if (end > h.valueStart && identifies(h.field.kind, text.slice(h.valueStart, end))) out.push({ start: h.valueStart, end, field: h.field });
  });
}

/** The known label that ends at `colon`, if it starts the line or follows another field or a clause's end. */
function labelBefore(text: string, lineBody: number, colon: number, afterField: boolean): { start: number; field: IdentifyingField } | undefined {
  let s = colon;
  while (s > lineBody && colon - s < MAX_LABEL && LABEL_CHARS.test(text[s - 1])) s--;
  // Each word start in the run is a candidate, the longest first: "Emergency contact" before "contact".
  for (let w = s; w < colon; w++) {
    if (w > s && text[w - 1] !== ' ') continue;
    if (text[w] === ' ') continue;
    const field = fieldFor(text.slice(w, colon));
    if (!field) continue;
    if (w === lineBody) return { start: w, field };
    // Within a line: a capitalised label after another field ("Name: X DOB: Y"), a clause ("... . Phone: "), a bar
    // or a wide gap.
    const [prev, prev2] = [text[w - 1], text[w - 2] ?? ''];
    const opens = afterField || prev === '\t' || /[\s.;|]/.test(prev2);
    return /\p{Lu}/u.test(text[w]) && /\s/.test(prev) && opens ? { start: w, field } : undefined;
  }
  return undefined;
}
