// A person's name in the note's title ("# Supervision case note: Maria Lopez", "# Progress note - J. Smith"): the
// title is the first line any reader sees, and names are most often put there.
import { TITLE_NOT_NAME_WORDS } from '../language/identifying-fields.js';
import { NOTE_KIND_WORDS } from '../read/title.js';
import { isHonorific, isNameWord } from './identifier-fields.js';

const NOT_NAME = new Set(TITLE_NOT_NAME_WORDS);

// The parts of a title: what comes between a colon, a comma, a bracket, a bar or a spaced dash.
const PART_BREAK = /[:,;()[\]]|\s[-–—|]\s/g;

/** The spans of a title's text that are a person's name (each part is checked whole). */
export function namesInTitle(title: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(title); ; m = PART_BREAK.exec(title)) {
    const to = m ? m.index : title.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(title[s])) s++;
    while (e > s && /\s/.test(title[e - 1])) e--;
    if (e > s && isName(title.slice(s, e))) out.push({ start: s, end: e });
    if (!m) return out;
    from = m.index + m[0].length;
  }
}

/**
 * Two to four name words, the first may be a courtesy title ("Maria Lopez", "J. Smith", "Mr. K"), none of them a
 * word that names the session ("Initial Assessment", "Parenting Group"). One word alone is too often a topic.
 */
function isName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const rest = isHonorific(words[0]) ? words.slice(1) : words;
  return rest.every((w) => isNameWord(w) && !NOT_NAME.has(w.toLowerCase()) && !NOTE_KIND_WORDS.test(w));
}
