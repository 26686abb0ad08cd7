// The few describing words that may stand between an article and a stigmatizing term ("a 52-year-old addict", "an
// active alcoholic", "the chronic schizophrenic"), so that a term that needs its article is found through them. Read
// a word at a time, at most MAX_MODIFIERS of them: constant work per term, whatever the text.
import { AGE_WORDS, CONDITION_MODIFIER_WORDS, NOT_ADVERBS, PERSON_MODIFIER_WORDS } from '../language/stigmatizing-context.js';

export interface Word {
  w: string;
  start: number;
  end: number;
}

export const MAX_MODIFIERS = 3;
export const ARTICLES = new Set(['a', 'an', 'the']);

const OF_PERSON = new Set([...PERSON_MODIFIER_WORDS, ...AGE_WORDS]);
const OF_CONDITION = new Set(CONDITION_MODIFIER_WORDS);
const NOT_ADVERB = new Set(NOT_ADVERBS);

/** Whether a word describes the person ("active", "52-year-old") rather than the condition ("chronic", "type 1"). */
export function describesPerson(w: string): boolean {
  return OF_PERSON.has(w) || /^\d{1,3}$/.test(w);
}

function isModifier(w: string): boolean {
  return describesPerson(w) || OF_CONDITION.has(w) || (w.length > 4 && w.endsWith('ly') && !NOT_ADVERB.has(w));
}

/** Whether two neighbouring words belong to one phrase: only blanks or a hyphen between them, not a full stop. */
function joined(text: string, a: Word, b: Word): boolean {
  for (let k = a.end; k < b.start; k++) if (text[k] !== ' ' && text[k] !== '-' && text[k] !== '\t') return false;
  return true;
}

/** The index of the word before the modifiers that end just before word `i` ("an" in "an active alcoholic"). */
export function leadIndex(ws: Word[], text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < MAX_MODIFIERS && isModifier(ws[k].w) && joined(text, ws[k], ws[k + 1])) k--;
  return k >= 0 && k < i - 1 && !joined(text, ws[k], ws[k + 1]) ? -1 : k;
}

/** How many modifiers follow the article at `i` and come before `at` (0 when `at` follows it), or -1 when not all are. */
export function modifiersBetween(ws: Word[], text: string, i: number, at: number): number {
  const n = at - i - 1;
  if (n < 0 || n > MAX_MODIFIERS) return -1;
  for (let k = i + 1; k < at; k++) if (!isModifier(ws[k].w) || !joined(text, ws[k - 1], ws[k])) return -1;
  return n === 0 || joined(text, ws[at - 1], ws[at]) ? n : -1;
}
