// Where a template goes and how fixes apply. Fixes only insert or replace what they flag: pure text edits.
import { PLACEHOLDER } from '../language/placeholders.js';
import type { Analysis } from '../read/analysis.js';
import { afterLabel } from '../read/assess.js';
import type { Dimension } from '../dimensions/types.js';
import type { Block, Note, Section } from '../note/note.js';
import type { Profile } from '../profiles/types.js';
import { homeOf } from '../profiles/home.js';
import { typeInWords } from '../profiles/infer.js';
import { bomLength, eolOf } from '../note/text.js';
import { firstPrompt, toSnippet } from '../note/prompts.js';
import type { Fix, OffsetRange, TextEdit } from '../types.js';

/**
 * The template of a dimension as Markdown text, with a heading of the given level. Beside sections headed by bold or
 * capitals lines (PSEUDO_LEVEL, deeper than any "#"), its heading is a bold line too: a "######" heading would become
 * their parent and take in the sections after it.
 */
export function renderTemplate(d: Dimension, level: number, eol = '\n'): string {
  const body = d.template.body.replace(/\r?\n/g, eol);
  const heading = level > 6 ? `**${d.template.heading}**` : `${'#'.repeat(Math.max(1, level))} ${d.template.heading}`;
  return `${heading}${eol}${eol}${body}`;
}

/** The range a note-level finding sits on: the home section's heading, else the title, else the first line. */
export function anchorRange(a: Analysis, profile: Profile, d: Dimension | string): OffsetRange {
  const home = typeof d === 'string' ? profile.homes[d] : homeOf(profile, d)?.section;
  const sec = home ? a.profileSection(profile, home) : undefined;
  if (sec) return sec.heading;
  const note = a.note;
  if (note.title >= 0) return note.sections[note.title].heading;
  const { line } = note.lines.position(note.bodyStart);
  // bodyStart sits at the end of the front matter's closing fence: start on the line after it.
  for (let l = note.bodyStart > 0 ? line + 1 : line; l < note.lines.lineCount; l++) {
    const s = l === 0 ? bomLength(note.text) : note.lines.lineStart(l);
    const e = note.lines.lineEnd(l);
    if (note.text.slice(s, e).trim()) return { start: s, end: e };
  }
  return { start: note.bodyStart, end: note.bodyStart };
}

/**
 * End of a range with its trailing blank lines left out, so inserts sit right after the last line with words: after
 * that line's own trailing blanks, never between them and its words (a blank-only value there is a fill's to replace,
 * and would otherwise move under the inserted section).
 */
function trimmedEnd(text: string, r: OffsetRange): number {
  let e = r.end;
  while (e > r.start && /\s/.test(text[e - 1])) e--;
  while (e < r.end && (text[e] === ' ' || text[e] === '\t')) e++;
  return e;
}

/** Inserts a missing dimension's section where a clinician would write it. */
export function insertSectionFix(a: Analysis, profile: Profile, d: Dimension): Fix {
  const note = a.note;
  const text = note.text;
  const eol = eolOf(text);
  const place = homeOf(profile, d);
  const homeId = place?.section;
  const home = homeId ? a.profileSection(profile, homeId) : undefined;
  let at: number;
  let level: number;
  if (home) {
    at = trimmedEnd(text, home.extent);
    // Under the home section, or beside it when the dimension goes after it.
    // (Under a bold or capitals head, a bold line of the same kind: nothing is deeper.)
    level = place!.after || home.level > 6 ? home.level : Math.min(home.level + 1, 6);
  } else {
    const order = profile.sections.map((s) => s.id);
    const idx = homeId ? order.indexOf(homeId) : -1;
    const prev = idx > 0 ? order.slice(0, idx).reverse().map((id) => a.profileSection(profile, id)).find(Boolean) : undefined;
    const next = idx >= 0 ? order.slice(idx + 1).map((id) => a.profileSection(profile, id)).find(Boolean) : undefined;
    if (prev) {
      at = trimmedEnd(text, prev.extent);
      level = prev.level;
    } else if (next && namesTheNote(note, next)) {
      // The note's first heading names its kind ("## Goals (treatment plan 02/05/2025)"): a section put before it would
      // become the first heading and change what the note is read as, so it goes after it.
      at = trimmedEnd(text, next.extent);
      level = next.level;
    } else if (next) {
      at = note.lines.lineStart(note.lines.position(next.heading.start).line);
      level = next.level;
    } else {
      at = trimmedEnd(text, { start: note.bodyStart, end: text.length });
      const tops = note.sections.filter((s) => !s.isTitle).map((s) => s.level);
      level = tops.length ? Math.min(...tops) : 2;
    }
  }
  // A block nothing can close: the section goes before it.
  if (note.openBlock && note.openBlock.close === undefined && at > note.openBlock.start) {
    at = note.lines.lineStart(note.lines.position(note.openBlock.start).line);
  }
  // A disable-next-line comment right before `at` belongs to the line after it: the section goes before the comment.
  // Not inside a block left open (the comment is then the block's text, and the section goes after the block).
  const inOpen = (x: number) => note.openBlock !== undefined && x > note.openBlock.start;
  for (const d of note.directives) {
    if (d.kind === 'disable-next-line' && !inOpen(d.range.start) && d.range.end <= at && at - d.range.end < 1000 && !text.slice(d.range.end, at).trim()) {
      at = note.lines.lineStart(d.line);
    }
  }
  at = Math.max(at, bomLength(text)); // a byte order mark stays first
  const section = renderTemplate(d, level, eol);
  // order 2: after any text appended to the paragraph this section follows.
  const edits: TextEdit[] = [{ ...edit(at, at, standAlone(text, at, section, eol)), order: 2 }];
  // After a fence or raw HTML block that is never closed, the section would be part of it: close the block where the
  // note ends, so that it holds exactly what it held. The same edit in every fix, applied once (see selectEdits).
  const open = note.openBlock;
  if (open?.close !== undefined && at > open.start) {
    // At a line start the section's own lead adds no line break: the marker must still end its line.
    const lineStart = at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r');
    edits.unshift({ range: { start: at, end: at }, newText: `${eol}${open.close}${lineStart ? eol : ''}`, order: 1 });
  }
  return { title: `Insert the ${d.template.heading} section`, kind: 'section', edits };
}

/** Fills an empty section with the template's questions (only when it has none yet). */
export function fillSectionFix(a: Analysis, d: Dimension, section: Section): Fix | undefined {
  const note = a.note;
  if (note.prompts.some((p) => p.range.start >= section.body.start && p.range.start < section.extent.end)) return undefined;
  const eol = eolOf(note.text);
  const body = d.template.body.replace(/\r?\n/g, eol);
  // "TBD" or "N/A" alone under the heading: the prompts take its place rather than sit beside it.
  const own = note.blocks.filter((b) => b.section === section.index && b.kind !== 'heading');
  if (own.length === 1 && !own[0].quoted && !own[0].prompts.length && PLACEHOLDER.test(own[0].text.trim()) && note.text.slice(own[0].range.start, own[0].range.end).trim() === own[0].text.trim()) {
    return { title: `Add the ${d.template.heading} prompts`, kind: 'section', edits: [{ range: own[0].range, newText: body, order: 0 }] };
  }
  // Before blanks that end the heading line, where a section inserted after this one goes too (its order is later).
  const at = trimmedEnd(note.text, section.heading);
  const fill = edit(at, at, standAlone(note.text, at, body, eol));
  return { title: `Add the ${d.template.heading} prompts`, kind: 'section', edits: [{ ...fill, order: 0 }] };
}

/**
 * Fills a labelled entry left blank or holding a placeholder ("Strengths: TBD", "- **Risk:** N/A") with the template's
 * questions, as the list that the label heads: the placeholder goes, the label stays where the clinician put it.
 * Nothing for a table cell, a quoted line, or an entry that already has questions (in it or in the list it heads).
 */
export function fillEntryFix(a: Analysis, d: Dimension, entry: Block): Fix | undefined {
  const note = a.note;
  const text = note.text;
  if (!entry.label || entry.quoted || (entry.kind !== 'paragraph' && entry.kind !== 'listItem') || entry.prompts.length) return undefined;
  const k = note.blocks.indexOf(entry);
  const next = note.blocks[k + 1];
  if (next?.prompts.length && next.kind === 'listItem' && next.section === entry.section) return undefined;
  let start = afterLabel(a, entry);
  if (start === entry.range.start) return undefined; // no colon: nothing to fill after
  while (text[start] === '*' || text[start] === '_') start++; // the bold label's closing marks stay
  const lineEnd = note.lines.lineEnd(note.lines.position(start).line);
  const end = Math.min(lineEnd, entry.range.end);
  const value = text.slice(start, end).trim();
  // Only the value on the label's line, and only when it is a placeholder or nothing: never the clinician's words.
  if (end < entry.range.end && text.slice(end, entry.range.end).trim()) return undefined;
  if (value && !a.language.isPlaceholder(value)) return undefined;
  const eol = eolOf(text);
  // A list item's entry gets a nested list under its label; a paragraph's, a list right below the label line.
  const lineStart = note.lines.lineStart(note.lines.position(entry.range.start).line);
  const marker = entry.kind === 'listItem' ? /^\s*(?:[-*+]|\d+[.)])\s+/.exec(text.slice(lineStart, entry.range.end)) : null;
  const indent = marker ? ' '.repeat(marker[0].length) : '';
  const body = d.template.body.split(/\r?\n/).map((l) => (l ? indent + l : l)).join(eol);
  // A paragraph's next line right below ("Goals addressed: TBD\nRisk: [enter text]") would join the list's last item:
  // a blank line keeps it a line of its own.
  const after = breaks(text, end, 1);
  const apart = entry.kind === 'paragraph' && !after.end && after.count === 1 ? eol : '';
  return { title: `Add the ${d.template.heading} prompts`, kind: 'section', edits: [edit(start, end, eol + body + apart)] };
}

/**
 * What to insert at `at` so that `block` stands on its own, whatever surrounds it: a blank line before and after it
 * (text right after a list would join its last item), and, when the block ends with a list and the next line is
 * indented (it would become part of the last item even after a blank line), an empty comment that ends the list.
 */
function standAlone(text: string, at: number, block: string, eol: string): string {
  const before = breaks(text, at, -1);
  const after = breaks(text, at, 1);
  const lead = before.start ? '' : eol.repeat(Math.max(0, 2 - before.count));
  let body = block;
  const lastLine = block.trimEnd().split(/\r\n|\r|\n/).pop() ?? '';
  if (!after.end && /^[ \t]/.test(text.slice(after.at, after.at + 1)) && /^\s*(?:[-*+]|\d+[.)])\s/.test(lastLine)) {
    body = `${block}${eol}${eol}<!-- -->`;
  }
  // At the very start, other inserts may come right after this one: keep them apart.
  const trail = before.start ? eol + eol : after.end ? (after.count ? '' : eol) : eol.repeat(Math.max(0, 2 - after.count));
  return lead + body + trail;
}

/**
 * The line breaks next to `at` (before it for dir -1, after it for dir 1), across blanks, up to the nearest other
 * character; whether the text starts (or ends) there; and, after, where the next line with text starts.
 */
function breaks(text: string, at: number, dir: -1 | 1): { count: number; start: boolean; end: boolean; at: number } {
  let count = 0;
  let i = dir < 0 ? at - 1 : at;
  let lineStart = at;
  while (i >= 0 && i < text.length) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      count++;
      if (dir > 0) lineStart = i + 1;
    } else if (c !== '\r' && c !== ' ' && c !== '\t' && !(c === '\uFEFF' && i < bomLength(text))) break;
    i += dir;
  }
  return { count, start: dir < 0 && i < 0, end: dir > 0 && i >= text.length, at: lineStart };
}

function edit(start: number, end: number, newText: string): TextEdit {
  return { range: { start, end }, newText, snippet: toSnippet(newText) };
}

/**
 * The edits of several fixes that can apply together, in order: by position, then `order` (a section's prompts,
 * text appended to a paragraph, then new sections); an edit overlapping an earlier one, or repeating the insert just
 * made, is left out. The CLI, the tests and the editor all apply fixes through this.
 */
export function selectEdits(fixes: Fix[]): TextEdit[] {
  const all = fixes.flatMap((f) => f.edits).map((e, i) => ({ e, i }));
  all.sort((x, y) => x.e.range.start - y.e.range.start || (x.e.order ?? 1) - (y.e.order ?? 1) || x.e.range.end - y.e.range.end || x.i - y.i);
  const out: TextEdit[] = [];
  let pos = 0;
  for (const { e } of all) {
    if (e.range.start < pos) continue;
    const last = out[out.length - 1];
    if (last && e.range.start === e.range.end && last.range.end === e.range.start && e.newText && last.newText.endsWith(e.newText)) continue;
    out.push(e);
    pos = e.range.end;
  }
  return out;
}

/**
 * Where the first prompt marker inserted by these edits (as selectEdits orders them) lands once they apply, in the
 * edited text: "Insert all" leaves the cursor on the first question, as a single insert's snippet does.
 */
export function firstPromptAfter(edits: TextEdit[]): OffsetRange | undefined {
  let shift = 0;
  for (const e of edits) {
    const p = firstPrompt(e.newText);
    if (p) return { start: e.range.start + shift + p.start, end: e.range.start + shift + p.end };
    shift += e.newText.length - (e.range.end - e.range.start);
  }
  return undefined;
}

/** Whether a section is the note's first heading and names a kind of note, as the type is read from it. */
function namesTheNote(note: Note, sec: Section): boolean {
  const first = note.sections.find((s) => !s.isTitle);
  return first === sec && !note.sections.some((s) => s.isTitle) && !!typeInWords(sec.title);
}

/** Applies fixes to a text (see selectEdits for which edits apply). */
export function applyFixes(text: string, fixes: Fix[]): string {
  let out = '';
  let pos = 0;
  for (const e of selectEdits(fixes)) {
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  return out + text.slice(pos);
}
/** Adds the missing front matter fields of a dimension, empty, for the clinician to fill (a new block if none). */
export function frontMatterFix(note: Note, d: Dimension, missing: string[]): Fix | undefined {
  const eol = eolOf(note.text);
  const have = new Set([...(note.frontMatter?.keys.keys() ?? [])].map((k) => k.toLowerCase()));
  // A field already there (empty) is the clinician's to fill; adding it again would be a duplicate YAML key.
  const keys = missing
    .filter((id) => !(d.fields?.[id] ?? []).some((k) => have.has(k.toLowerCase())))
    .map((id) => d.fields?.[id]?.[0])
    .filter((k): k is string => !!k);
  if (!keys.length) return undefined;
  const lines = keys.map((k) => `${k}: `).join(eol) + eol;
  const fm = note.frontMatter;
  if (fm) {
    if (fm.error) return undefined; // never write into YAML that does not parse
    const close = note.text.lastIndexOf('---', fm.range.end);
    const at = close > fm.range.start ? close : fm.range.end;
    return { title: `Add ${keys.join(', ')} to the front matter`, kind: 'front-matter', edits: [{ range: { start: at, end: at }, newText: lines }] };
  }
  // After a byte order mark: front matter must open the note for the parser.
  const at = bomLength(note.text);
  return {
    title: `Add front matter with ${keys.join(', ')}`,
    kind: 'front-matter',
    edits: [{ range: { start: at, end: at }, newText: `---${eol}${lines}---${eol}${note.text.length > at ? eol : ''}` }],
  };
}
