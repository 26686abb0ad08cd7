// Who a sentence is about, read from how it opens: "Wife very supportive", "Family: wife supportive, marital strain
// (strength historically)" and "Parish community" are about the people and resources around the client, so a
// strength found there is the client's support, not a quality of the client's own.
import { PEOPLE_AROUND, RESOURCES_AROUND } from '../language/people-around.js';

const AROUND = new Set([...PEOPLE_AROUND, ...RESOURCES_AROUND]);
const PIECE_END = /[.;!?\n]/;

/** Whether every sentence or list item of a text opens (within its first three words) on someone or something around
 * the client. */
export function aboutOthers(text: string): boolean {
  const pieces = text.split(/[.;!?\n]+/).filter((p) => /\p{L}{2}/u.test(p));
  return pieces.length > 0 && pieces.every(opensOnOthers);
}

/** How far back a sentence's opening is looked for: a cue in a long unpunctuated run costs no more than this. */
const REACH = 300;

/** The opening of the sentence or list item of `text` that holds offset `at` (empty when it opens out of reach). */
export function pieceAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < REACH && !PIECE_END.test(text[start - 1])) start--;
  if (start > 0 && !PIECE_END.test(text[start - 1])) return '';
  return text.slice(start, Math.min(at + 1, text.length));
}

function opensOnOthers(piece: string): boolean {
  const words = piece.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).filter(Boolean).slice(0, 3);
  return words.some((w) => AROUND.has(w) || AROUND.has(w.replace(/(?:'s|s'|s)$/, '')));
}
