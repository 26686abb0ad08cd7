// Front matter: parsed with a real YAML library; an error is a finding (rules/front-matter.ts), never a crash.
import { parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { FrontMatter } from './note.js';
import { DUPLICATE_KEY, duplicateKeys } from './yaml-keys.js';

export function readFrontMatter(src: string, value: string, s: number, e: number): FrontMatter {
  const brk = /\r\n|\r|\n/.exec(src.slice(s, e));
  const contentStart = brk ? s + brk.index + brk[0].length : e;
  const fm: FrontMatter = { range: { start: s, end: e }, data: undefined, keys: new Map(), contentStart };
  // The YAML is read with LF line breaks whatever the note uses, so that a CRLF or lone-CR note gets the same
  // errors and ranges as an LF one; `at` maps an offset in what was read back onto the note.
  const { text: yaml, at: original } = asLf(value);
  const at = (i: number) => contentStart + original(i);
  try {
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
    const err = doc.errors[0];
    if (err) {
      const [a, b] = err.pos;
      fm.error = { message: err.message.split('\n')[0], range: { start: at(a), end: at(Math.max(b, a)) } };
      readLines(yaml, fm, at);
      return fm;
    }
    const dup = duplicateKeys(doc)[0];
    if (dup) {
      fm.error = { message: DUPLICATE_KEY, range: { start: at(dup[0]), end: at(dup[1]) } };
      return fm;
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.range) {
          fm.keys.set(String(pair.key.value), { start: at(pair.key.range[0]), end: at(pair.key.range[1]) });
          const v = pair.value as { range?: [number, number, number] } | null;
          if (v?.range && holdsWriting(pair.value) && !isHeaderKey(String(pair.key.value))) (fm.entries ??= []).push({ key: String(pair.key.value), range: { start: at(v.range[0]), end: at(v.range[1]) } });
        }
      }
      const data = doc.toJS({ maxAliasCount: 100 });
      if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
    } else if (doc.contents !== null) {
      fm.error = { message: 'front matter must be a list of `key: value` fields', range: { start: s, end: e } };
    }
  } catch (err) {
    fm.error = { message: (err as Error).message.split('\n')[0], range: { start: s, end: e } };
  }
  return fm;
}

/** Words in a value before it is writing rather than a datum ("video (client at home)", "Dr. Ana Ruiz, LCSW" are data). */
const ENTRY_WORDS = 8;

/**
 * Keys that say where and by whom the service is given, however many words their value has ("service: Aviation Crew
 * Psychological Support (contracted by ...)"): the record's header, not the clinician's writing about the client.
 */
const HEADER_KEYS = new Set(['service', 'agency', 'program', 'programme', 'organisation', 'organization', 'org', 'clinic', 'practice', 'location', 'setting', 'site', 'venue', 'facility', 'provider', 'team', 'unit', 'department', 'funder', 'payer', 'contract', 'service_name', 'program_name']);

function isHeaderKey(key: string): boolean {
  return HEADER_KEYS.has(key.toLowerCase().replace(/[\s-]+/g, '_'));
}

/** A field's value that is writing: a list, a mapping, or a string of several words. */
function holdsWriting(value: unknown): boolean {
  if (isMap(value) || isSeq(value)) return true;
  return isScalar(value) && typeof value.value === 'string' && manyWords(value.value);
}

function manyWords(text: string): boolean {
  return text.trim().split(/\s+/).length >= ENTRY_WORDS;
}

/** A top-level `key: value` line, as a supervisor reads broken YAML (`client: "A.S." (she/her), 20`). */
const FIELD_LINE = /^([A-Za-z_][\w-]{0,40})[ \t]*:(.*)$/gm;

/**
 * YAML that does not parse still says what its lines say: each top-level `key: value` line is read as plain text (the
 * error is reported all the same), so a broken quote does not lose the date, the modality or the note type.
 */
function readLines(yaml: string, fm: FrontMatter, at: (i: number) => number): void {
  const data: Record<string, unknown> = {};
  const fields = [...yaml.matchAll(FIELD_LINE)];
  fields.forEach((m, i) => {
    const value = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    data[m[1]] = value || null;
    fm.keys.set(m[1], { start: at(m.index), end: at(m.index + m[1].length) });
    // Its writing too, up to the next field: the lines indented under "strengths:" are the strengths, whatever quote
    // broke the YAML above them.
    const from = m.index + m[0].length - m[2].length;
    const to = i + 1 < fields.length ? fields[i + 1].index : yaml.length;
    const words = yaml.slice(from, to);
    const start = from + (words.length - words.trimStart().length);
    const end = from + words.trimEnd().length;
    if (end > start && (/\n/.test(words.trim()) || manyWords(words)) && !isHeaderKey(m[1])) {
      (fm.entries ??= []).push({ key: m[1], range: { start: at(start), end: at(end) } });
    }
  });
  if (Object.keys(data).length) fm.data = data;
}

/** `text` with LF line breaks only, and where each of its offsets was in `text` (a CRLF is one character less). */
function asLf(text: string): { text: string; at: (i: number) => number } {
  if (!text.includes('\r')) return { text, at: (i) => i };
  const dropped: number[] = []; // offsets in the LF text where a CR was dropped before
  const lf = text.replace(/\r\n?/g, (m, offset: number) => {
    if (m.length === 2) dropped.push(offset - dropped.length);
    return '\n';
  });
  return {
    text: lf,
    at(i) {
      let lo = 0;
      let hi = dropped.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dropped[mid] < i) lo = mid + 1;
        else hi = mid;
      }
      return i + lo;
    },
  };
}
