// The lines that can name the note ("SOAP Progress Note", "# Intake assessment", "**Group Therapy Note**"), found
// once per lint. The note type is read from them (profiles/infer.ts); a line that only names the note is not
// clinical content (read/analysis.ts).
import type { Block, Note, Section } from '../note/note.js';

export interface TitleLines {
  /** The first section, when no text comes before its heading. */
  heading?: { section: Section; block?: Block };
  /** The first block of the body, when it is text rather than a heading, and its first line. */
  text?: { block: Block; line: string };
}

export function titleLines(note: Note): TitleLines {
  const out: TitleLines = {};
  const first = note.sections[0];
  if (first && !note.blocks.some((b) => b.content && b.kind !== 'heading' && b.range.start >= note.bodyStart && b.range.start < first.heading.start)) {
    out.heading = { section: first, block: note.blocks.find((b) => b.kind === 'heading' && b.section === 0) };
  }
  const blocks = note.blocks.filter((b) => b.range.start >= note.bodyStart);
  // (Or its head, before a subtitle: "Intake assessment · Tuesday 5 March 2024 · 10:00–11:20 (80 min) · in person".)
  const named = (l: string | undefined): boolean => !!l && ((l.split(/\s+/).length <= 10 && NOTE_KIND_WORDS.test(l)) || named(titleHead(l)));
  const firstBlock = blocks[0];
  if (firstBlock && firstBlock.kind !== 'heading') {
    const [first, second] = firstBlock.text.slice(0, 400).split('\n', 2).map((l) => l.trim());
    // A letterhead above the title ("Hollister University Counseling Services" / "INDIVIDUAL PROGRESS NOTE"): the
    // second line names the note when the first does not.
    out.text = { block: firstBlock, line: !named(first) && named(second) ? second! : first };
  } else if (firstBlock && out.heading) {
    // The same letterhead read as a heading ("HARLAN COUNTY JUVENILE COURT SERVICES" in capitals), the title below it;
    // or a title that names no kind ("Your first meeting with us — summary for you"), the service's name in bold,
    // then the line naming the note ("Intake assessment · 5 March"). (A title that names a kind is read first.)
    const next = blocks[1]?.kind === 'heading' && !named(blocks[1].text) ? blocks[2] : blocks[1];
    const line = next?.kind === 'paragraph' ? next.text.slice(0, 400).split('\n', 1)[0].trim() : undefined;
    if (next && named(line)) out.text = { block: next, line: line! };
  }
  return out;
}

import { NOTE_KIND_WORDS } from '../language/note-kinds.js';
export { NOTE_KIND_WORDS };

// A subtitle follows a spaced dash (or a typed "--"), a colon, a bar or a middle dot: "Group Note — Parenting Group,
// Session 5 of 8", "Intake assessment · Tuesday 5 March".
const SUBTITLE = /\s(?:[-–—]|--)\s|:\s|\s\|\s|\s·\s/;

/** A title's head, before its subtitle ("Initial Assessment – Ms N.S." -> "Initial Assessment"), or undefined. */
export function titleHead(line: string): string | undefined {
  const m = SUBTITLE.exec(line);
  return m && m.index > 0 ? line.slice(0, m.index).trim() : undefined;
}

/** What follows a letterhead's dash ("NORTHGATE WELLBEING SERVICE — INDIVIDUAL PROGRESS NOTE (short form v3)" ->
 * "INDIVIDUAL PROGRESS NOTE"), a bracketed aside dropped, or undefined. */
export function titleTail(line: string): string | undefined {
  const m = SUBTITLE.exec(line);
  if (!m || m.index === 0) return undefined;
  const tail = withoutAsides(line.slice(m.index + m[0].length));
  return tail || undefined;
}

/** A title's words with its short bracketed asides dropped ("Re: Mel K. — initial assessment (session 1 of 6)"). */
export function withoutAsides(text: string): string {
  // (Inner brackets first, then the ones around them: "(Mental Health (Wales) Measure 2010, Part 1)". Three levels at
  // most, each pass linear.)
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/\([^()]{0,80}\)/g, ' ');
    if (next === out) break;
    out = next;
  }
  return out.trim();
}
