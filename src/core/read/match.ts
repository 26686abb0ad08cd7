// Cue matching: whole words, case-insensitive, tolerant of inflections, with simple negation guards.
import type { NegationMode } from '../dimensions/types.js';
import { expandShorthand } from './shorthand.js';

export interface Token {
  /** Stemmed, lower-case form. */
  stem: string;
  /** Lower-case surface form. */
  word: string;
  start: number;
  end: number;
  /** Index of the clause the token sits in; negation does not cross clauses. */
  clause: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// A soft line break inside a paragraph is only a wrap, so it does not end a clause.
const CLAUSE_BREAK = /[.;!?]|\b(?:but|however|although|though)\b/i;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const between = text.slice(last, m.index);
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (CLAUSE_BREAK.test(between) || /^(?:but|however|although|though)$/.test(word)) clause++;
    out.push({ stem: stem(word), word, start: m.index, end: m.index + m[0].length, clause });
    last = m.index + m[0].length;
  }
  return expandShorthand(text, out, stem);
}

const KEEP_S = /(?:ss|us|is|as|ys|os)$/;

/** A light inflectional stemmer: plurals, possessives, -ed, -ing, final -e. Derivations stay distinct. */
export function stem(word: string): string {
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
  parts: { stem: string; prefix: boolean }[];
}

export function compileCue(source: string): Cue {
  const parts: Cue['parts'] = [];
  // Split on blanks only, and keep the case: "f/u" and "SI" are read as shorthand here as in the text.
  for (const raw of source.split(/\s+/)) {
    if (!raw) continue;
    const prefix = raw.endsWith('*');
    const bare = raw.replace(/\*$/, '');
    const words = tokenize(bare);
    words.forEach((t, k) => {
      const last = prefix && k === words.length - 1; // "co-parent*": only the last word is a prefix
      parts.push({ stem: last ? t.word : t.stem, prefix: last });
    });
  }
  return { source, parts };
}

/** Where a cue occurs in a token list. */
export function findCue(tokens: Token[], cue: Cue, from = 0): number {
  for (let i = from; i + cue.parts.length <= tokens.length; i++) if (cueAt(tokens, cue, i)) return i;
  return -1;
}

/** Whether the cue occurs at tokens[i]: the check for one place, so that looking at each occurrence of a cue's first
 * word costs the cue's length, not a scan of the rest of the block. */
export function cueAt(tokens: Token[], cue: Cue, i: number): boolean {
  const n = cue.parts.length;
  if (!n || i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const p = cue.parts[k];
    const t = tokens[i + k];
    if (p.prefix ? !t.word.startsWith(p.stem) : t.stem !== p.stem) return false;
  }
  return true;
}

const NEGATORS = new Set(['no', 'not', 'never', 'without', 'none', 'nor', 'neither', 'lack', 'lacks', 'absent', 'cannot']);
const UNEXPLORED = new Set([
  'assess', 'discuss', 'explor', 'address', 'ask', 'review', 'screen', 'evaluat', 'obtain', 'cover', 'examin', 'inquir',
  'set', 'establish', 'identify', 'formulat', 'agree', 'mad', 'made', 'seek', 'sought', 'don', 'done', 'complet', 'negotiat',
  'consult', 'conduct', 'perform', 'elicit', 'document',
]);
// "goals were not met" still says goals exist.
const NOT_NEGATING_AFTER = new Set(['met', 'yet', 'achiev', 'attain', 'reach', 'meet', 'fully', 'entirely', 'only']);

function isNegator(t: Token): boolean {
  return NEGATORS.has(t.word) || t.word.endsWith("n't") || t.word === 'denied' || t.word === 'deny' || t.word === 'denies';
}

function unexploredVerb(t: Token | undefined): boolean {
  return !!t && (UNEXPLORED.has(t.stem) || [...UNEXPLORED].some((v) => v.length > 4 && t.stem.startsWith(v)));
}

/**
 * Whether the cue at tokens[i..i+n) is negated in its clause.
 * `any`: a negator within four words before ("no goals", "without consultation", "did not discuss goals"), or
 * "not" + a verb of doing within four words after ("goals were not set").
 * `unexplored`: only "not assessed/discussed..." style, or "did not ask about X"; "no X" and "denies X" still count.
 */
export function isNegated(tokens: Token[], i: number, n: number, mode: NegationMode): boolean {
  const clause = tokens[i].clause;
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].clause === clause; k--) {
    if (!isNegator(tokens[k])) continue;
    if (mode === 'any') {
      if (tokens[k].word === 'denies' || tokens[k].word === 'denied' || tokens[k].word === 'deny') continue;
      return true;
    }
    // unexplored: "did not assess family", "never asked about housing"
    if (unexploredVerb(tokens[k + 1]) || unexploredVerb(tokens[k + 2])) return true;
  }
  const after = i + n;
  // A list can come first: "family, housing, employment and finances were not assessed".
  for (let k = after; k < Math.min(tokens.length, after + 8) && tokens[k].clause === clause; k++) {
    if (!isNegator(tokens[k]) || tokens[k].word === 'denies' || tokens[k].word === 'denied') continue;
    const next = tokens[k + 1];
    const next2 = tokens[k + 2];
    if (next && NOT_NEGATING_AFTER.has(next.stem)) return false;
    if (unexploredVerb(next) || (next?.word === 'been' && unexploredVerb(next2))) return true;
    if (mode === 'any' && (next?.word === 'applicable' || next?.word === 'discussed')) return true;
  }
  // "N/A" or "not applicable" directly after a label-like cue ("Goals: N/A").
  return false;
}
