// What a note says of its session: its date of service, its client and its clinician. Drafting reads each with where
// it was written (note-facts.ts); the caseload report reads the values (sessionOf). One reading for both.
import type { Block, Note } from '../note/note.js';
import { titleLines, type TitleLines } from '../read/title.js';
import { toSource } from '../read/analysis.js';
import { dateValue, findDate } from './dates.js';
import type { DatedFrom, Fact } from './facts.js';
import type { ReportSession } from '../report/types.js';

/** Front matter keys read as the date of service, the client and the clinician (first present wins). */
const DATE_KEYS = ['date', 'session_date', 'date_of_service', 'dos', 'service_date'];
export const CLIENT_KEYS = ['client', 'client_id', 'clientId', 'client-id'];
export const CLINICIAN_KEYS = ['clinician', 'provider', 'therapist', 'counselor'];
/** A labelled line that gives the date of service ("Date: 3/14/2026"). */
const DATE_LABEL = /^(?:date|date of service|session date|dos)$/i;

/** 1-based line of an offset, as facts carry it. */
const at = (note: Note, path: string, offset: number) => ({ path, line: note.lines.position(offset).line + 1 });
const keyAt = (note: Note, k: string) => note.frontMatter?.keys.get(k)?.start ?? 0;

/** Every date the note gives for itself, by where it was read: front matter, the title, a `Date:` line, the file name. */
export function sessionDates(note: Note, path: string, title: TitleLines): DatedFrom[] {
  const fm = note.frontMatter?.data;
  const dates: DatedFrom[] = [];
  const fmKey = fm && DATE_KEYS.find((k) => dateValue(fm[k]));
  if (fm && fmKey) dates.push({ value: dateValue(fm[fmKey])!, from: at(note, path, keyAt(note, fmKey)), where: 'front matter' });
  const block = titleBlock(note, title);
  const inTitle = block && findDate(block.text);
  if (block && inTitle) dates.push({ value: inTitle.iso, from: at(note, path, toSource(block, inTitle.index)), where: 'title' });
  const dateLine = note.blocks.find((b) => b.label && DATE_LABEL.test(b.label) && findDate(b.text));
  if (dateLine) {
    const d = findDate(dateLine.text)!;
    dates.push({ value: d.iso, from: at(note, path, toSource(dateLine, d.index)), where: 'date line' });
  }
  const inName = findDate(path.split(/[\\/]/).pop() ?? '');
  if (inName) dates.push({ value: inName.iso, from: { path, line: 0 }, where: 'file name' });
  return dates;
}

/** A front matter string (or number) under the first of these keys present, trimmed. */
export function frontMatterField(note: Note, path: string, keys: readonly string[]): Fact | undefined {
  const fm = note.frontMatter?.data;
  const k = fm && keys.find((x) => typeof fm[x] === 'string' || typeof fm[x] === 'number');
  const value = fm && k ? String(fm[k]).trim() : '';
  return k && value ? { value, from: at(note, path, keyAt(note, k)) } : undefined;
}

/** The block that names the note: its heading, or the first line taken for a title. */
export function titleBlock(note: Note, title: TitleLines): Block | undefined {
  if (note.title >= 0) {
    const h = note.sections[note.title].heading;
    return note.blocks.find((b) => b.kind === 'heading' && b.range.start === h.start);
  }
  return title.heading?.block ?? title.text?.block;
}

/** The session's date, client and clinician as a report groups and dates notes by them. */
export function sessionOf(note: Note, path: string): ReportSession {
  const date = sessionDates(note, path, titleLines(note))[0]?.value;
  const client = frontMatterField(note, path, CLIENT_KEYS)?.value;
  const clinician = frontMatterField(note, path, CLINICIAN_KEYS)?.value;
  return { ...(date && { date }), ...(client && { client }), ...(clinician && { clinician }) };
}

/** The client a note belongs to: its `client:` id, else its folder (`.` for notes at the top). */
export function clientOfNote(path: string, client: string | undefined): { name: string; by: 'front matter' | 'folder' } {
  if (client) return { name: client, by: 'front matter' };
  const parts = path.split(/[\\/]/);
  return { name: parts.length > 1 ? parts.slice(0, -1).join('/') : '.', by: 'folder' };
}
