// Clinical shorthand read as words (the list: src/core/language/shorthand.ts). Applied once, where tokens are made
// (match.ts `tokenize`), so that cues, heading aliases and context triggers all read "pt c/o" as "client complains of".
import { shorthand } from '../language/shorthand.js';
import type { Token } from './match.js';

interface Expansion {
  words: string[];
  /** The form as written, when it must be matched as written (it has a capital). */
  exact?: string;
}

let table: Map<string, Expansion> | undefined;

function lookup(form: string, surface: string): Expansion | undefined {
  if (!table) {
    table = new Map();
    for (const e of shorthand) {
      const words = e.means.toLowerCase().split(/\s+/);
      for (const f of e.forms) table.set(f.toLowerCase(), { words, exact: f !== f.toLowerCase() ? f : undefined });
    }
  }
  const x = table.get(form);
  return x && (!x.exact || surface === x.exact) ? x : undefined;
}

const JOINERS = '/&';

/**
 * Tokens with each shorthand replaced by the tokens of its words. Each word token spans the whole shorthand (so a
 * finding points at what was written). Returns the same array when nothing is shorthand.
 */
export function expandShorthand(text: string, tokens: Token[], stem: (w: string) => string): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let x: Expansion | undefined;
    let last = i;
    let end = t.end;
    const next = tokens[i + 1];
    const sep = text[t.end];
    // "c/o", "A&O", "w/o": two words joined by one slash or ampersand.
    if (next && next.start === t.end + 1 && JOINERS.includes(sep)) {
      const form = t.word + sep + next.word;
      x = lookup(form, text.slice(t.start, next.end));
      if (x) {
        last = i + 1;
        end = next.end;
      }
    }
    // "w/ mother", "w/mother": a word before a slash.
    if (!x && sep === '/') {
      x = lookup(t.word + '/', text.slice(t.start, t.end + 1));
      if (x) end = t.end + 1;
    }
    if (!x) x = lookup(t.word, text.slice(t.start, t.end));
    if (!x) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    for (const w of x.words) out.push({ stem: stem(w), word: w, start: t.start, end });
    i = last;
  }
  return out ?? tokens;
}
