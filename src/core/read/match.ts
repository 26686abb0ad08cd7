// Cue matching: whole words, case-insensitive, tolerant of inflections, clinical shorthand read as words. What a
// cue's sentence says about it (negated, denied, deferred, another person's) is read by ConText (context.ts).
import { expandShorthand, type ShorthandTable } from './shorthand.js';

export interface Token {
  /** Stemmed, lower-case form. */
  stem: string;
  /** Lower-case surface form. */
  word: string;
  start: number;
  end: number;
  /** A clause break (comma, semicolon, colon, bracket, ! or ?) stands between this word and the one before it. */
  broken?: true;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, each shorthand of `table` (the built-in one by default) read as its words. */
export function tokenize(text: string, table?: ShorthandTable): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let last = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    const t: Token = { stem: stem(word), word, start: m.index, end: m.index + m[0].length };
    if (out.length && breaks(text, last, m.index)) t.broken = true;
    out.push(t);
    last = t.end;
  }
  return expandShorthand(text, out, stem, table);
}

/** Punctuation that ends a clause inside a sentence: a cue of several words never spans it ("to hear his experience,
 * with notes" is not "experience with"). A full stop is not one: "U.S. Army". */
const CLAUSE_BREAK = /[,;:()[\]!?]/;

function breaks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAK.test(text[i])) return true;
  return false;
}

const KEEP_S = /(?:ss|us|is|as|ys|os)$/;

/** Stems already worked out: a caseload repeats a few thousand words, each stemmed again in every note. */
const stems = new Map<string, string>();
const STEMS_KEPT = 50_000;

/** A light inflectional stemmer: plurals, possessives, -ed, -ing, final -e. Derivations stay distinct. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, (s = stemOf(word)));
  }
  return s;
}

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/'s$|'$/, '');
  if (w.length <= 2 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('eed')) w = w.length >= 6 && !w.endsWith('ceed') ? w.slice(0, -1) : w;
  else if (w.endsWith('ed') && w.length >= 4 && /[aeiouy]/.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length >= 5 && /[aeiouy]/.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.endsWith('e') && w.length >= 3 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** A cue compiled to stems; `word*` becomes a prefix test. */
export interface Cue {
  source: string;
  /** `word`: an abbreviation written in capitals ("IFS", "ACT"), matched as that word or its plural, never by a stem
   * an everyday word shares ("IFS" stems to "if"). */
  parts: { stem: string; prefix: boolean; word?: string; broken?: true }[];
}

/** A cue word written in capitals: an abbreviation. */
const CAPS = /^[A-Z][A-Z0-9]+$/;

export function compileCue(source: string, table?: ShorthandTable): Cue {
  const parts: Cue['parts'] = [];
  // Split on blanks only, and keep the case: "f/u" and "SI" are read as shorthand here as in the text.
  // A cue written across a clause break ("MSE: WNL") matches text that has one there.
  let broken = false;
  for (const raw of source.split(/\s+/)) {
    if (!raw) continue;
    const prefix = raw.endsWith('*');
    const bare = raw.replace(/\*$/, '');
    const words = tokenize(bare, table);
    words.forEach((t, k) => {
      const last = prefix && k === words.length - 1; // "co-parent*": only the last word is a prefix
      const across = t.broken || (k === 0 && parts.length > 0 && (broken || breaks(bare, 0, t.start)));
      parts.push({ stem: last ? t.word : t.stem, prefix: last, ...(!last && words.length === 1 && CAPS.test(bare) && { word: t.word }), ...(across && { broken: true as const }) });
    });
    if (words.length) broken = breaks(bare, words[words.length - 1].end, bare.length);
  }
  return { source, parts };
}

/** Where a cue occurs in a token list. */
export function findCue(tokens: Token[], cue: Cue, from = 0, acrossBreaks = false): number {
  for (let i = from; i + cue.parts.length <= tokens.length; i++) if (cueAt(tokens, cue, i, acrossBreaks)) return i;
  return -1;
}

/** Whether the cue occurs at tokens[i]: the check for one place, so that looking at each occurrence of a cue's first
 * word costs the cue's length, not a scan of the rest of the block. `acrossBreaks`: a title's words ("Follow-up,
 * visit 2", "follow-up (visit 2)") read as one phrase whatever punctuation a form puts between them. */
export function cueAt(tokens: Token[], cue: Cue, i: number, acrossBreaks = false): boolean {
  const n = cue.parts.length;
  if (!n || i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const p = cue.parts[k];
    const t = tokens[i + k];
    if (p.prefix ? !t.word.startsWith(p.stem) : t.stem !== p.stem) return false;
    if (k > 0 && t.broken && !p.broken && !acrossBreaks) return false;
    if (p.word && t.word !== p.word && t.word !== `${p.word}s`) return false;
  }
  return true;
}
