// Front matter: parsed with a real YAML library; an error is a finding (rules/front-matter.ts), never a crash.
import { parseDocument, isMap, isScalar } from 'yaml';
import type { FrontMatter } from './note.js';
import { DUPLICATE_KEY, duplicateKeys } from './yaml-keys.js';

export function readFrontMatter(src: string, value: string, s: number, e: number): FrontMatter {
  const brk = /\r\n|\r|\n/.exec(src.slice(s, e));
  const contentStart = brk ? s + brk.index + brk[0].length : e;
  const fm: FrontMatter = { range: { start: s, end: e }, data: undefined, keys: new Map(), contentStart };
  try {
    // The YAML library breaks lines at LF and CRLF only; a lone CR (old Mac files) becomes LF, same length.
    const doc = parseDocument(value.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
    const err = doc.errors[0];
    if (err) {
      const [a, b] = err.pos;
      fm.error = { message: err.message.split('\n')[0], range: { start: contentStart + a, end: contentStart + Math.max(b, a) } };
      return fm;
    }
    const dup = duplicateKeys(doc)[0];
    if (dup) {
      fm.error = { message: DUPLICATE_KEY, range: { start: contentStart + dup[0], end: contentStart + dup[1] } };
      return fm;
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.range) {
          fm.keys.set(String(pair.key.value), {
            start: contentStart + pair.key.range[0],
            end: contentStart + pair.key.range[1],
          });
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
