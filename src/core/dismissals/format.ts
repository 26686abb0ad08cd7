// `.clinote/dismissed.json`: the findings a clinician dismissed, one note at a time, kept in the workspace rather than
// in the note (a health record). Format, version 1:
//
//   {
//     "version": 1,
//     "dismissed": [
//       { "note": "notes/2026-11-19.md", "rule": "stigmatizing-language", "text": "3f9a0c12be47", "date": "2026-11-19" },
//       { "note": "notes/2026-11-19.md", "rule": "ecological-factors", "date": "2026-11-19" }
//     ]
//   }
//
// `note` is the note's path relative to the folder that holds `.clinote/`; `rule` a rule id; `text` (match.ts) a hash
// of the flagged words and their line, absent for a dimension's whole-note finding (and then every finding of the
// rule in that note is dismissed); `date` is for the people who read the file. Other keys are kept and ignored.
// Edits are made in place (comments, order and unknown keys survive), and a file that cannot be read is never
// written. Pure: the adapters read and write the file.
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser/lib/esm/main.js';
import type { ConfigProblem } from '../config/types.js';
import { parseConfigText } from '../config/parse.js';
import { excerpt } from '../config/excerpt.js';
import { isAbsolute, isInside, normalize, relativePath, toPosix } from '../config/paths.js';
import { LineIndex } from '../note/text.js';
import type { OffsetRange } from '../types.js';

/** Where dismissals live, relative to the folder whose notes they are about. */
export const DISMISSED_FILE = '.clinote/dismissed.json';
export const DISMISSED_VERSION = 1;
/** A larger file is not read: it cannot be a list of dismissals written by hand or by the editor. */
export const MAX_DISMISSED_BYTES = 1024 * 1024;

/** What a dismissal says about the finding (see dismissalKey). */
export interface DismissalKey {
  rule: string;
  /** Hash of the flagged words and their line; absent: every finding of the rule in the note. */
  text?: string;
}

export interface Dismissal extends DismissalKey {
  /** The note's path relative to the folder that holds `.clinote/`, with forward slashes. */
  note: string;
  /** The day it was dismissed (YYYY-MM-DD). */
  date?: string;
}

export interface DismissalsFile {
  /** The entries that can apply (malformed ones are left out, with a problem each). */
  entries: Dismissal[];
  /** With line and column in the file; `file` as given to readDismissals. */
  problems: ConfigProblem[];
  /** Set when the file as a whole cannot be read: none of it applies, and it must not be written. */
  unusable?: string;
}

const SHAPE = 'this file must hold { "version": 1, "dismissed": [ ... ] }';

export function readDismissals(text: string, file: string): DismissalsFile {
  if (!text.replace(/^\uFEFF/, '').trim()) return { entries: [], problems: [] };
  const parsed = parseConfigText(text, 'json');
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const add = (range: OffsetRange, message: string, severity: 'error' | 'warning') => {
    const s = lines.position(range.start);
    const e = lines.position(range.end);
    problems.push({ file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message, severity, range });
  };
  const refuse = (range: OffsetRange, message: string): DismissalsFile => {
    add(range, `${message}; none of this file's dismissals apply until it is fixed`, 'error');
    const at = lines.position(range.start);
    return { entries: [], problems, unusable: `line ${at.line + 1}, column ${at.character + 1}: ${message}` };
  };
  // A syntax error leaves the data partial: none of it applies. A key written twice is only a warning.
  const syntax = parsed.errors.filter((e) => e.message.startsWith('syntax error'));
  for (const e of parsed.errors) if (!syntax.includes(e)) add(e.range, e.message, 'warning');
  if (syntax.length) {
    const refused = refuse(syntax[0].range, syntax[0].message);
    for (const e of syntax.slice(1)) add(e.range, e.message, 'error');
    return refused;
  }
  const data = parsed.value;
  if (!isObject(data)) return refuse(parsed.locate([]), SHAPE);
  if (data.version !== DISMISSED_VERSION) {
    const v = data.version;
    return refuse(
      parsed.locate(v === undefined ? [] : ['version']),
      v === undefined
        ? `"version": ${DISMISSED_VERSION} is missing; ${SHAPE}`
        : typeof v === 'number' && v > DISMISSED_VERSION
          ? `this file is version ${v}, written by a newer Clinote; this one reads version ${DISMISSED_VERSION}`
          : `"version" must be ${DISMISSED_VERSION}, not ${excerpt(v)}`,
    );
  }
  const list = data.dismissed;
  if (list === undefined) return { entries: [], problems };
  if (!Array.isArray(list)) return refuse(parsed.locate(['dismissed']), `"dismissed" must be a list of entries; ${SHAPE}`);
  const entries: Dismissal[] = [];
  list.forEach((raw, i) => {
    const e = checkEntry(raw);
    if (typeof e === 'string') add(parsed.locate(['dismissed', i]), `entry ${i + 1} of "dismissed" is skipped: ${e}`, 'warning');
    else entries.push(e);
  });
  return { entries, problems };
}

/** The entry as it applies, or what is wrong with it. */
function checkEntry(raw: unknown): Dismissal | string {
  if (!isObject(raw)) return 'it is not an object such as { "note": "notes/a.md", "rule": "goals" }';
  const { note, rule, text, date } = raw;
  if (typeof note !== 'string' || !note) return '"note" (the note\'s path) is missing';
  const path = relativeNote(note);
  if (!path) return `"note" ${excerpt(note)} is not a path inside the folder that holds .clinote`;
  if (typeof rule !== 'string' || !rule) return '"rule" (a rule id) is missing';
  if (text !== undefined && (typeof text !== 'string' || !text)) return '"text" must be the hash Clinote wrote, or left out';
  return { note: path, rule, ...(text !== undefined && { text: text as string }), ...(typeof date === 'string' && { date }) };
}

/** A dismissals file that is there but cannot be read (a folder, too large, no permission): nothing of it applies. */
export function dismissalsNotRead(file: string, why: string): DismissalsFile {
  const message = `this dismissals file is not read: ${why}; none of its dismissals apply`;
  return { entries: [], problems: [{ file, line: 1, column: 1, message, severity: 'error' }], unusable: why };
}

/** A note path as entries compare it: forward slashes, no `./`, inside the folder (not absolute, not `../`). */
function relativeNote(p: string): string | undefined {
  const n = normalize(toPosix(p));
  return isAbsolute(n) || n === '.' || n === '..' || n.startsWith('../') ? undefined : n;
}

/** The key of the note at `note` in the dismissals of the folder `root` (absolute, forward slashes), if inside it. */
export function notePathKey(root: string, note: string): string | undefined {
  if (!isInside(note, root)) return undefined;
  return relativeNote(relativePath(toPosix(root), toPosix(note)));
}

/** The entries about one note (its key from notePathKey). */
export function dismissalsFor(file: DismissalsFile, note: string): Dismissal[] {
  return file.entries.filter((e) => e.note === note);
}

const sameKey = (a: Dismissal, b: Dismissal) => a.note === b.note && a.rule === b.rule && a.text === b.text;

/** The file's new text, or why it must be left as it is. */
export type DismissalsEdit = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/** The text with the entry added (once: an entry with the same key leaves it as it is). `text` undefined: no file. */
export function addDismissal(text: string | undefined, entry: Dismissal): DismissalsEdit {
  const line = entryText(entry);
  if (text === undefined || !text.replace(/^\uFEFF/, '').trim()) {
    return { ok: true, changed: true, text: `{\n  "version": ${DISMISSED_VERSION},\n  "dismissed": [\n    ${line}\n  ]\n}\n` };
  }
  const read = readDismissals(text, '');
  if (read.unusable) return { ok: false, reason: read.unusable };
  if (read.entries.some((e) => sameKey(e, entry))) return { ok: true, changed: false, text };
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const root = parseTree(body, [], { allowTrailingComma: true, disallowComments: false });
  const list = root && findNodeAtLocation(root, ['dismissed']);
  let out: string;
  if (!list) {
    out = applyEdits(body, modify(body, ['dismissed'], [], { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }));
    return checked(bom + out, entry, (t) => addDismissal(t, entry));
  }
  const items = list.children ?? [];
  if (!items.length) {
    const indent = indentAt(body, list.parent?.offset ?? list.offset);
    const unit = indent.startsWith('\t') ? '\t' : '  ';
    out = body.slice(0, list.offset) + `[${eol}${indent}${unit}${line}${eol}${indent}]` + body.slice(list.offset + list.length);
  } else {
    const last = items[items.length - 1];
    let at = last.offset + last.length;
    // A trailing comma (tolerated when read) stays trailing.
    const comma = /^\s*,/.exec(body.slice(at));
    const insert = comma ? `${eol}${indentAt(body, last.offset)}${line},` : `,${eol}${indentAt(body, last.offset)}${line}`;
    if (comma) at += comma[0].length;
    out = body.slice(0, at) + insert + body.slice(at);
  }
  return checked(bom + out, entry);
}

/** The text without the entries with this key (note, rule and text), and how many there were. */
export function removeDismissal(text: string, entry: Dismissal): DismissalsEdit & { removed?: number } {
  const read = readDismissals(text, '');
  if (read.unusable) return { ok: false, reason: read.unusable };
  const list = (parseConfigText(text, 'json').value as { dismissed?: unknown[] }).dismissed ?? [];
  const indices = list.flatMap((raw, i) => {
    const e = checkEntry(raw);
    return typeof e !== 'string' && sameKey(e, entry) ? [i] : [];
  });
  if (!indices.length) return { ok: true, text, changed: false, removed: 0 };
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let body = text.slice(bom.length);
  for (const i of indices.reverse()) body = removeAt(body, i);
  const after = readDismissals(bom + body, '');
  // Never write a file that would read differently from what was meant: every other entry stays.
  if (after.unusable || after.entries.length !== read.entries.length - indices.length) return { ok: false, reason: 'the entry could not be removed without changing the rest of the file' };
  return { ok: true, text: bom + body, changed: true, removed: indices.length };
}

/**
 * The text without the i-th entry of "dismissed": its whole line when it has one to itself (and the comma before it
 * when it was the last), so that the file keeps one entry per line; else just the entry and one comma.
 */
function removeAt(body: string, i: number): string {
  const items = findNodeAtLocation(parseTree(body, [], { allowTrailingComma: true, disallowComments: false })!, ['dismissed'])?.children ?? [];
  const node = items[i];
  const lineStart = body.lastIndexOf('\n', node.offset - 1) + 1;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  let j = node.offset + node.length;
  while (blank(body[j])) j++;
  const comma = body[j] === ',';
  if (comma) for (j++; blank(body[j]); ) j++;
  const eol = body[j] === '\n' ? 1 : body.startsWith('\r\n', j) ? 2 : j === body.length ? 0 : -1;
  const prev = items[i - 1];
  if (eol < 0 || body.slice(lineStart, node.offset).trim()) {
    // Sharing its line: up to the next entry, or from the end of the one before.
    const next = items[i + 1];
    if (next) return body.slice(0, node.offset) + body.slice(next.offset);
    if (prev) return body.slice(0, prev.offset + prev.length) + body.slice(node.offset + node.length);
    return body.slice(0, node.offset) + body.slice(j);
  }
  let out = body.slice(0, lineStart) + body.slice(j + eol);
  if (!comma && prev) {
    let k = prev.offset + prev.length;
    while (blank(body[k])) k++;
    if (body[k] === ',') out = out.slice(0, k) + out.slice(k + 1);
  }
  return out;
}

/** The edit, if the text reads back with the entry in it; otherwise `retry` (once) or a refusal. */
function checked(text: string, entry: Dismissal, retry?: (t: string) => DismissalsEdit): DismissalsEdit {
  const read = readDismissals(text, '');
  if (!read.unusable && retry) return retry(text);
  if (read.unusable || !read.entries.some((e) => sameKey(e, entry))) return { ok: false, reason: 'the entry could not be added without changing the rest of the file' };
  return { ok: true, text, changed: true };
}

/** One entry on one line, so that a diff shows one line per dismissal. */
function entryText(e: Dismissal): string {
  const parts = [`"note": ${JSON.stringify(e.note)}`, `"rule": ${JSON.stringify(e.rule)}`];
  if (e.text !== undefined) parts.push(`"text": ${JSON.stringify(e.text)}`);
  if (e.date !== undefined) parts.push(`"date": ${JSON.stringify(e.date)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The spaces and tabs that start the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
