// Who a sentence is about when it opens on a person's name. A note that introduces someone by what they are to the
// client ("Colleen's son Ryan (27)", "her husband, Tom,", "Mia (daughter, 6)") makes the name someone else's, so
// "Ryan had suicidal thoughts during rehab" is Ryan's history, not the client's (ConText's experiencer, for people
// named rather than described). A named person who reports ("Tom says she has stopped eating") is a source of
// collateral, and the sentence stays about the client.
import type { Note } from '../note/note.js';
import type { Token } from './match.js';
import { NAMED_RELATIONS, REPORTING_VERBS } from '../language/people-around.js';
import { NOT_NAME_WORDS } from '../language/identifying-fields.js';

const RELATIONS = new Set(NAMED_RELATIONS);
const REPORTING = new Set(REPORTING_VERBS);
const NOT_NAMES = new Set([...NOT_NAME_WORDS, 'and', 'but', 'who', 'was', 'has', 'had', 'his', 'her', 'the', 'our', 'their', 'this', 'that', 'then']);

/** Labels and front matter keys whose value is the client's name: that name is never someone else's. */
const CLIENT_LABELS = new Set(['client', 'client name', 'name', 'patient', 'patient name', 'pt name', 'young person', 'youth', 'student']);
const CLIENT_KEYS = ['client', 'name', 'client_name', 'patient'];

interface Unit {
  tokens: Token[];
  flat: string;
}

/** The lower-case names of the people a note introduces by their relation to the client. */
export function namedOthers(note: Note, units: readonly Unit[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens, flat } of units) {
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      const next = tokens[k + 1];
      // "son Ryan", "her husband, Tom": the relation, then a capitalised word.
      if (RELATIONS.has(t.word) && /^,?$/.test(flat.slice(t.end, next.start).trim()) && isName(next, flat)) names.add(next.word.replace(/['’]s$/, ''));
      // "Mia (daughter, 6)", "Tom (her husband)": the name, then its relation in brackets.
      else if (isName(t, flat) && flat.slice(t.end, next.start).trim() === '(') {
        const rel = ['her', 'his', 'their', "client's"].includes(next.word) ? tokens[k + 2] : next;
        if (rel && RELATIONS.has(rel.word)) names.add(t.word.replace(/['’]s$/, ''));
      }
    }
  }
  for (const n of clientNames(note)) names.delete(n);
  return names;
}

/** Whether the sentence that holds a match opens on one of `names` (or the name's possessive) and is not that
 * person's report about the client; `piece` is the sentence from its start up to the match (`pieceAt`). */
export function opensOnNamed(piece: string, names: ReadonlySet<string>): boolean {
  if (!names.size) return false;
  const m = /^[\s*_"“(•-]*([A-Z][\p{L}'’-]+)[ \t]+([\p{L}]+)/u.exec(piece);
  if (!m) return false;
  const name = m[1].toLowerCase().replace(/['’]s$/, '');
  return names.has(name) && !REPORTING.has(m[2].toLowerCase());
}

/** A line that lists the people in the session: "Present: Priya (Mum P.), Kate and their son Theo, 10". */
const PRESENT_LINE = /^[ \t>*_-]*(?:present|participants|attendees|in attendance|attending|people present|who attended)[*_]*[ \t]*:[*_]*([^\n]*)/gim;

/** `names` without those the note lists as present in the session. */
export function withoutPresent(note: Note, names: ReadonlySet<string>): Set<string> {
  const present = new Set<string>();
  PRESENT_LINE.lastIndex = 0;
  for (let m = PRESENT_LINE.exec(note.text); m; m = PRESENT_LINE.exec(note.text)) {
    for (const w of m[1].match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) present.add(w.toLowerCase());
  }
  return new Set([...names].filter((n) => !present.has(n)));
}

function isName(t: Token, flat: string): boolean {
  const c = flat[t.start];
  return t.word.length >= 3 && c !== c.toLowerCase() && !NOT_NAMES.has(t.word) && !RELATIONS.has(t.word) && !/\d/.test(t.word);
}

function clientNames(note: Note): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') for (const w of v.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) out.push(w.toLowerCase());
  };
  for (const key of CLIENT_KEYS) add(note.frontMatter?.data?.[key]);
  for (const b of note.blocks) {
    if (b.label && CLIENT_LABELS.has(b.label.toLowerCase().trim())) add(b.rowLabel ? b.text : b.text.slice(b.text.indexOf(b.label) + b.label.length));
  }
  return out;
}
