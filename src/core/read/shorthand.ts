// Clinical shorthand read as words (the list: src/core/language/shorthand.ts, plus what a config adds: see
// read/language.ts). Applied once, where tokens are made (match.ts `tokenize`), so that cues, heading aliases and
// context triggers all read "pt c/o" as "client complains of".
import { shorthand } from '../language/shorthand.js';
import type { Token } from './match.js';

interface Expansion {
  words: string[];
  /** The form as written, when it must be matched as written (it has a capital). */
  exact?: string;
}

/** Lower-case form -> its expansions, those matched only as written first. */
export type ShorthandTable = ReadonlyMap<string, readonly Expansion[]>;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, in lower case, as the tokenizer splits them ("self-harm": "self", "harm"). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []) as string[];
}

/**
 * The built-in table with `extra` forms (a config's: form -> words) over it. An extra form replaces the built-in
 * one of the same case rule ("pt" any case, "PT" only as written); an exact form is tried before an any-case one, so
 * an agency's "PT" (physical therapy) leaves "pt" (client).
 */
export function shorthandTable(extra?: Readonly<Record<string, string>>): ShorthandTable {
  const table = new Map<string, Expansion[]>();
  const put = (form: string, words: string[]) => {
    const exact = form !== form.toLowerCase() ? form : undefined;
    const key = form.toLowerCase().replace(/’/g, "'");
    const list = (table.get(key) ?? []).filter((x) => x.exact !== exact);
    list.push({ words, exact });
    table.set(key, list.sort((a, b) => Number(!a.exact) - Number(!b.exact)));
  };
  for (const e of shorthand) {
    const words = wordsOf(e.means);
    for (const f of e.forms) put(f, words);
  }
  for (const [form, means] of Object.entries(extra ?? {})) {
    const words = wordsOf(means);
    if (words.length && !shorthandFormProblem(form)) put(form, words);
  }
  return table;
}

/** The built-in shorthand, read everywhere a config adds none. */
export const BUILTIN_SHORTHAND: ShorthandTable = shorthandTable();

/**
 * Why a written form cannot be matched as shorthand, or undefined when it can: one word ("pt", "AOx3"), two words
 * joined by one "/" or "&" without blanks ("c/o", "A&O"), or a word and a slash ("w/").
 */
export function shorthandFormProblem(form: string): string | undefined {
  const parts = form.split(/([/&])/);
  const word = (w: string) => {
    WORD.lastIndex = 0;
    const m = WORD.exec(w);
    return !!m && m.index === 0 && m[0].length === w.length;
  };
  const ok =
    (parts.length === 1 && word(parts[0])) ||
    (parts.length === 3 && word(parts[0]) && (word(parts[2]) || (parts[2] === '' && parts[1] === '/')));
  return ok ? undefined : 'is not a form shorthand can take: one word (ptc), two words joined by / or & without blanks (s/p, A&O), or a word and a slash (w/)';
}

function lookup(table: ShorthandTable, form: string, surface: string): Expansion | undefined {
  const list = table.get(form);
  return list?.find((x) => !x.exact || surface === x.exact);
}

const JOINERS = '/&';

/**
 * Tokens with each shorthand replaced by the tokens of its words. Each word token spans the whole shorthand (so a
 * finding points at what was written). Returns the same array when nothing is shorthand.
 */
export function expandShorthand(text: string, tokens: Token[], stem: (w: string) => string, table: ShorthandTable = BUILTIN_SHORTHAND): Token[] {
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
      x = lookup(table, form, text.slice(t.start, next.end));
      if (x) {
        last = i + 1;
        end = next.end;
      }
    }
    // "w/ mother", "w/mother": a word before a slash.
    if (!x && sep === '/') {
      x = lookup(table, t.word + '/', text.slice(t.start, t.end + 1));
      if (x) end = t.end + 1;
    }
    if (!x) x = lookup(table, t.word, text.slice(t.start, t.end));
    if (!x) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    // The expansion's first word keeps the clause break before the shorthand.
    x.words.forEach((w, k) => out!.push({ stem: stem(w), word: w, start: t.start, end, ...(k === 0 && t.broken && { broken: true as const }) }));
    i = last;
  }
  return out ?? tokens;
}
