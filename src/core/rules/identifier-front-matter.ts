// Front matter fields that hold an identifier (`client: Maria Lopez`, `dob: 1988-03-14`, and `date:`, the date of
// service, a full date under Safe Harbor), with the range of each value on its key's line.
import type { Note } from '../note/note.js';
import type { OffsetRange } from '../types.js';
import { fieldFor, identifies } from './identifier-fields.js';
import type { IdentifyingField } from '../language/identifying-fields.js';

export interface FrontMatterField {
  key: string;
  range: OffsetRange;
  field: IdentifyingField;
}

export function frontMatterFields(note: Note): FrontMatterField[] {
  const fm = note.frontMatter;
  if (!fm?.data) return [];
  const out: FrontMatterField[] = [];
  for (const [key, keyRange] of fm.keys) {
    const field = fieldFor(key);
    const value = fm.data[key];
    if (!field || !(typeof value === 'string' || typeof value === 'number' || value instanceof Date)) continue;
    if (!identifies(field.kind, value instanceof Date ? value.toISOString() : String(value))) continue;
    const range = scalarAfter(note.text, keyRange.end, fm.range.end);
    if (range) out.push({ key, range, field });
  }
  return out;
}

/**
 * The one-line scalar after a key (`: value`, quoted or plain, without a trailing comment), or undefined for a
 * value on later lines, a block scalar, an alias or a tag: those are reported nowhere rather than cut wrong.
 */
function scalarAfter(text: string, keyEnd: number, limit: number): OffsetRange | undefined {
  let i = keyEnd;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== ':') return undefined;
  i++;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  let end = i;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  const q = text[i];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, i + 1);
    return close > i && close < end ? { start: i, end: close + 1 } : undefined;
  }
  if (end === i || '|>&*![{#'.includes(q)) return undefined;
  const comment = text.slice(i, end).search(/\s#/);
  if (comment >= 0) end = i + comment;
  while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end > i ? { start: i, end } : undefined;
}
