// How notes written outside Markdown's own syntax mark their sections and labels: a bold line, an all-capitals
// line ("ASSESSMENT"), "Label: value" lines, a heading line with its text right below. EHR exports look like this.
import type { Paragraph, PhrasingContent, Table, Text } from 'mdast';
import type { Block } from './note.js';
import { trimEndOf } from './text.js';
import { PLACEHOLDER } from '../language/placeholders.js';
import { FORM_ENTRY_HEADERS, FORM_FIELD_HEADERS } from '../language/form-options.js';
import { namesNoteKind } from '../language/note-kinds.js';
import { SIGNED_COMMENT } from './content.js';

/**
 * Sets the block's inline label, if it has one. Returns where its value starts in the block's text when the label is
 * a run-in head ("**Strengths.** [to complete]"), whose value the caller reads again for content.
 */
export function setLabel(blk: Block, children: PhrasingContent[]): number | undefined {
  blk.label = boldLabel(children);
  if (blk.label) {
    if (children[0]?.type === 'strong') blk.labelBold = true;
    return undefined;
  }
  const head = runInHead(children, blk.kind === 'listItem');
  if (!head) return undefined;
  blk.label = head.label;
  blk.labelBold = true;
  const at = blk.text.indexOf(head.inner);
  if (at < 0) return undefined;
  const end = at + head.inner.length;
  if (blk.text[end] === '.') return end + 1;
  const dash = /^[ \t]*[—–-][ \t]*/.exec(blk.text.slice(end));
  return dash ? end + dash[0].length : end;
}

/** Where a labelled block's value starts in its text: after the label's colon, or a run-in head's full stop. */
export function valueStart(b: Block): number {
  return b.valueAt ?? b.text.indexOf(':') + 1;
}

/** A sentence rather than a head: "**Client denies SI.**", "**She was calm.**". */
const REPORTS = /\b(?:is|was|are|were|has|had|have|will|would|denie[sd]|deny|report(?:s|ed)?|state[sd]|said|says|feels?|felt)\b/i;

/**
 * "**Identifying information.** Noa, 31, ...", "**Goals (her own, agreed today).**": a bold run-in head of a few words
 * that ends in a full stop, as reports and letters head their paragraphs, or is set off by a dash ("**S** — R. says
 * ..."). A list item's bold alone is its text ("4. **Join one activity.**"), not a head.
 */
function runInHead(children: PhrasingContent[], listItem: boolean): { label: string; inner: string } | undefined {
  const first = children[0];
  if (first?.type !== 'strong') return undefined;
  const inner = first.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
  const next = children[1];
  const periodAfter = next?.type === 'text' && /^\.(?:\s|$)/.test(next.value);
  // ("**B —** Client arrived on time": the dash inside the bold.)
  const dashAfter = (next?.type === 'text' && /^[ \t]+[—–-][ \t]+\S/.test(next.value)) || /\S[ \t]*[—–]$/.test(inner);
  if (!/\.$/.test(inner) && !periodAfter && !dashAfter) return undefined;
  const rest = children.slice(1).map((c) => ('value' in c ? c.value : '')).join('').replace(/^\.|^[ \t]*[—–-]/, '').trim();
  if (listItem && !rest) return undefined;
  // (cleanHeading trims a trailing dash: "B —" is "B".)
  const label = cleanHeading(inner.replace(/\.$/, ''));
  const words = label.replace(/\([^()]{0,80}\)/g, ' ').trim().split(/\s+/);
  if (!label || words.length > 5 || REPORTS.test(label)) return undefined;
  return { label, inner };
}

/** Level given to a bold line used as a heading. */
export const PSEUDO_LEVEL = 7;

export function isBoldHeading(p: Paragraph): boolean {
  const [first, second, ...rest] = p.children;
  if (first?.type === 'text' && !second) return isCapsLine(first.value) || LETTER_HEADING.test(first.value.trim()) || isSectionLine(first.value) || isPlainHead(first.value) || isBracketHead(first.value);
  if (!first || first.type !== 'strong' || rest.length) return false;
  if (second && !(second.type === 'text' && (second.value.trim() === '' || second.value.trim() === ':'))) return false;
  const text = first.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
  // (Words of its name, not of a bracketed aside: "**Initial goals (agreed with mother and Maisie).**".)
  const words = wordCount(text.replace(/\([^()]{0,80}\)/g, ' '));
  // "**Strengths.**" or "**Goals at admission and status.**" alone on its line heads what follows, as "**Strengths**"
  // does; "**Client denies SI.**" is a sentence.
  // A form's question in bold heads its answer too: "**8. Culture, faith, identity?**", "**How are you coping?**".
  if (/[^?]\?$/.test(text)) return words <= 10;
  return text.length > 0 && words <= 6 && (!/[.!?]$/.test(text) || (/[^.]\.$/.test(text) && !REPORTS.test(text)));
}

/** "G — Goals", "P - Plan": a format's letter and its word, alone on a line (or on the first line over its text), as
 * many templates head sections. */
// ("P — Progress / Plan": a spaced slash or ampersand between its words.)
const LETTER_HEADING = /^[A-Z] ?[—–-] ?[A-Z][a-z]+(?: (?:[A-Za-z]+|[/&])){0,4}:?$/;

/** "Plan:" alone as a paragraph: a few words and a colon. */
export function isColonHead(p: Paragraph): boolean {
  const [first, ...rest] = p.children;
  return !rest.length && first?.type === 'text' && isColonLine(first.value);
}

/** "Assessment:", "Plan:": a line of up to five words ending in a colon. */
function isColonLine(line: string): boolean {
  const t = line.trim();
  // ("Problems, goals and objectives:": a list of what the section holds, its commas included.)
  return /^[A-Za-z][A-Za-z'’ /&-]{1,40}(?:, [A-Za-z][A-Za-z'’ /&-]{0,30}){0,3}:$/.test(t) && t.split(/\s+/).length <= 5;
}

/** How many words a head has: pieces with a letter, not the spaced slashes or dashes between them ("What happened /
 * why I'm here" has five). */
function wordCount(t: string): number {
  return t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** A head without the bracketed aside after its words, which is no part of its name: "Goals and objectives
 * (negotiated with both)" is "Goals and objectives". */
export function withoutAside(head: string): string {
  return head.replace(/\([^()\n]{0,80}\)$/, '').trimEnd();
}

/** "Plan", "Response to interventions", "Safety / risk": a few words in sentence case alone on a line, with no
 * punctuation, as plain-text exports head sections (a paragraph that short is no sentence). */
function isPlainHead(line: string, lowerToo = false): boolean {
  const t = withoutAside(unruled(line));
  // A format's letter alone on its line over its text, as a plain-text export heads it: "D" over the data, "P" over
  // the plan.
  if (FORMAT_LETTER.test(t)) return true;
  // Not "TBD" left under a heading, nor "GIRP note" naming the note (its title line).
  // (A note typed all in lower case heads its lists the same way, in a word or two, `lowerToo`: "plan" over "- next HV
  // 3/18"; not a lone "ok" between headings.)
  const head = /^[A-Z][A-Za-z'’ /&-]{1,40}$/.test(t) ? wordCount(t) <= 5 : lowerToo && /^[a-z][a-z'’/&-]{1,25}(?: [a-z'’/&-]{1,25})?$/.test(t);
  return head && !PLACEHOLDER.test(t) && !namesNoteKind(t);
}

/** The letters the session formats head their parts with (SOAP, DAP, BIRP, GIRP, PIRP, SIRP). */
const FORMAT_LETTER = /^[SOAPDBIRG]$/;
/** One of those letters with its colon and nothing after it ("S:"). */
const isLetterLabel = (t: string) => t.endsWith(':') && FORMAT_LETTER.test(t.slice(0, -1));

const RULE_CHARS = '-=~';

/** A head set between rules, as plain-text exports print them: "--- BEHAVIOR ---", "=== Plan ===" -> its words; any
 * other line as it is. (By hand, not a regular expression: a long line of dashes must cost its length.) */
export function unruled(line: string): string {
  const t = line.trim();
  let a = 0;
  while (a < t.length && RULE_CHARS.includes(t[a])) a++;
  let b = t.length;
  while (b > a && RULE_CHARS.includes(t[b - 1])) b--;
  return a >= 3 && t.length - b >= 3 && b > a && /\s/.test(t[a]) && /\s/.test(t[b - 1]) ? t.slice(a, b).trim() : t;
}

/** "[Goals – per care plan]", "[Measures]": a template's head in square brackets, as GP record templates print them
 * (not a check box, "[ ]" or "[x]"). */
const BRACKET_HEAD = /^\[[A-Za-z][^[\]\n]{1,50}\]$/;
function isBracketHead(line: string): boolean {
  const t = line.trim();
  return BRACKET_HEAD.test(t) && wordCount(t.slice(1, -1)) <= 6;
}

/** A plain head's name, before a spaced dash and what it says of itself: "Goals — what we will work on together". */
export function plainHeadName(line: string): string {
  // ("P -- Plan": the format's letter before the dash is no part of the name.)
  const named = line.replace(LETTERED, '');
  const m = /\s(?:[-–—]|--)\s/.exec(named);
  return (m ? named.slice(0, m.index) : named).trim();
}

/** A format's letter before a heading's name: "P — Plan", "G - Goals", "P -- Plan". */
export const LETTERED = /^[A-Z] ?(?:[—–]|--?) ?(?=[A-Z])/;

/** "Goals — what we will work on together" alone on its line over a list: a plain head of the list below it. */
export function isListHead(p: Paragraph): boolean {
  const [first, second] = p.children;
  if (first?.type !== 'text' || second || /[\r\n]/.test(first.value) || /[.!?:;,]\s*$/.test(first.value)) return false;
  const line = first.value.trim();
  return line.length <= 80 && isPlainHead(plainHeadName(line), true);
}

/** "ASSESSMENT", "P - PROBLEM", "RISK:": an all-capitals line of a few words, as EHR exports head sections. */
function isCapsLine(line: string): boolean {
  // (An EHR export's timestamp before it is no part of it: "[17:02] PROBLEM".)
  const t = unruled(line).replace(/:$/, '').replace(STAMP, '');
  // "TBD", "N/A", "TBC": a placeholder left under a heading, not a heading of its own.
  if (PLACEHOLDER.test(t)) return false;
  // (An aside in brackets may be in any case: "PLAN FOR NEXT 90 DAYS (through 03/04/2025)", "RISK (per C-SSRS)".)
  const head = t.replace(/[ \t]\([^()\n]{1,40}\)$/, '');
  return /^[A-Z0-9][A-Z0-9 /&().,'’–—-]{2,60}$/.test(head) && /[A-Z]{3}/.test(head) && head.split(/\s+/).length <= 8 && !t.includes('\n');
}

/**
 * A paragraph of lines that start with "Label: value" or "**Label:** value" (an EHR's fields, one per line, with no
 * blank line between them), cut into one paragraph per label; a line that starts with no label goes on the value
 * before it ("**14:27 Plan:** walk 8 min\n**14:30 End.**"). `base` is where the parsed piece of the note starts (node
 * offsets count from there).
 */
export function splitLabelLines(p: Paragraph, src: string, base: number): Paragraph[] | undefined {
  if (!p.children.some((c) => c.type === 'break' || (c.type === 'text' && /[\r\n]/.test(c.value)))) return undefined;
  // Each line, with the line break before it (kept when the line joins the one before).
  const lines: { children: PhrasingContent[]; before?: PhrasingContent }[] = [{ children: [] }];
  for (const c of p.children) {
    if (c.type === 'break') {
      lines.push({ children: [], before: c });
      continue;
    }
    if (c.type !== 'text' || !/[\r\n]/.test(c.value)) {
      lines[lines.length - 1].children.push(c);
      continue;
    }
    const parts = linesOf(c.value);
    const at = sourceStarts(c, parts, src, base);
    if (!at) return undefined;
    const text = (value: string, offset: number): PhrasingContent => ({
      type: 'text',
      value,
      position: { start: { ...c.position!.start, offset }, end: { ...c.position!.end, offset: offset + value.length } },
    });
    parts.forEach((l, i) => {
      if (i > 0) {
        const prevEnd = parts[i - 1].start + parts[i - 1].text.length;
        lines.push({ children: [], before: text(c.value.slice(prevEnd, l.start), at[i - 1] + parts[i - 1].text.length) });
      }
      if (l.text) lines[lines.length - 1].children.push(text(l.text, at[i]));
    });
  }
  const groups: PhrasingContent[][] = [];
  // A reviewer's signed comment on a line of its own ("*[Good. Add your assumptions here. NR]*") is a block by itself.
  let comments = 0;
  let afterComment = false;
  for (const line of lines) {
    if (!line.children.length) continue;
    const comment = SIGNED_COMMENT.test(plainOf(line.children).replace(/[*_]/g, '').trim());
    if (comment) comments++;
    // The clinician's signature under the last field ("P: cont grp.\nR. Osei, LMSW") signs the note; it is no more of
    // that field's value.
    const signed = groups.length > 0 && SIGN_OFF.test(plainOf(line.children).trim());
    // (A format's letter alone on its line with a colon, "S:", heads the lines below it, a field among them included:
    // "S:\nPt: \"They took my keys.\"" is the subjective part, not an empty field.)
    const underLetter = groups.length > 0 && groups[groups.length - 1].length === 1 && isLetterLabel(plainOf(groups[groups.length - 1]).replace(/[*_]/g, '').trim());
    if (!underLetter && (isLabelLine(line.children) || comment || afterComment || signed)) groups.push([...line.children]);
    else if (groups.length) groups[groups.length - 1].push(...(line.before ? [line.before] : []), ...line.children);
    // A title line over the fields ("BIRP — Indiv. therapy f/u\nPt: M.L. | 05/20/2024\nGoal(s) addressed: per tx plan").
    else groups.push([...line.children]);
    afterComment = comment;
  }
  // Two fields at least, below the title line when there is one (or a comment apart from the text around it).
  if (groups.length < 2 || (!comments && groups.length < 3 && !isLabelLine(groups[0]))) return undefined;
  return groups.map((children) => ({
    type: 'paragraph',
    children,
    position: { start: children[0].position!.start, end: children[children.length - 1].position!.end },
  }));
}

/** A signature line: a name and its credentials, perhaps signed and dated ("J. Adeyemi, LMSW — 01/18/2024 8:15 pm"). */
export const SIGN_OFF =
  /^(?:(?:electronically\s+)?signed(?:\s+by)?:?\s*)?(?:Dr\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z][A-Za-z]*)?(?:[,/ ]+[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z][A-Za-z]*)?)*(?:[ \t]*[—–-][ \t]*[\d/:.,apm][\d/:.,apm ]*)?$/u;

/** The plain words of inline content (marks and links unwrapped). */
function plainOf(children: readonly PhrasingContent[]): string {
  return children.map((c) => ('value' in c ? c.value : 'children' in c ? plainOf(c.children as PhrasingContent[]) : '')).join('');
}

function isLabelLine(children: PhrasingContent[]): boolean {
  const first = children[0];
  if (!first.position) return false;
  if (first.type === 'text') return /^[A-Z][A-Za-z0-9'’ /&().-]{0,40}:/.test(first.value);
  return boldLabel(children) !== undefined;
}

/**
 * Where a text node starts in the parsed piece, when its first `length` characters are the source's own (no escapes):
 * only there may it be cut with exact offsets.
 */
function exactStart(t: Text, src: string, base: number, length = t.value.length): number | undefined {
  const s0 = t.position?.start.offset;
  return s0 !== undefined && src.slice(base + s0, base + s0 + length) === t.value.slice(0, length) ? s0 : undefined;
}

/**
 * Where each line of a text node starts in the source (relative to `base`), or undefined when the text is not the
 * source's. A paragraph's later lines may be indented ("GOAL 1: ...\n  Measures: ...\n  Status: ..."): micromark drops
 * the indent from the text, so each line is found after its line break and the spaces or tabs around it.
 */
function sourceStarts(t: Text, parts: readonly { text: string; start: number }[], src: string, base: number): number[] | undefined {
  const s0 = t.position?.start.offset;
  if (s0 === undefined) return undefined;
  const out: number[] = [];
  let pos = base + s0;
  for (const [i, l] of parts.entries()) {
    if (i > 0) {
      const brk = t.value.slice(parts[i - 1].start + parts[i - 1].text.length, l.start);
      // (Spaces ending a line are dropped from the text too.)
      while ((src[pos] === ' ' || src[pos] === '\t') && src[pos] !== brk[0]) pos++;
      if (src.slice(pos, pos + brk.length) !== brk) return undefined;
      pos += brk.length;
      while (src[pos] === ' ' || src[pos] === '\t') pos++;
    }
    if (src.slice(pos, pos + l.text.length) !== l.text) return undefined;
    out.push(pos - base);
    pos += l.text.length;
  }
  return out;
}

/** The lines of a text whatever its line breaks (LF, CRLF, a lone CR), each with where it starts. */
function linesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * "What goal did we work on?" over its answer on the next line: a form written as questions and answers heads each
 * answer with its question. Not a speaker's line ("T: How was your week?") or a quoted question.
 */
function isQuestionHead(line: string): boolean {
  const t = line.trim();
  return /^[A-Z][^:"“”?\n]{2,80}\?$/.test(t) && t.split(/\s+/).length <= 12;
}

/** A paragraph whose first line is a heading ("DATA", "Assessment:") and whose next lines are its text. */
export function splitHeadingLine(p: Paragraph, src: string, base: number): { head: Paragraph; rest: Paragraph; plain?: boolean } | undefined {
  const first = p.children[0];
  if (first?.type === 'strong') return splitBoldLine(p, src, base);
  if (first?.type !== 'text' || !first.position) return undefined;
  const brk = /\r\n|\r|\n/.exec(first.value);
  if (!brk) return undefined;
  const nl = brk.index;
  const line = first.value.slice(0, nl);
  const after = nl + brk[0].length;
  const marked = isCapsLine(line) || isColonLine(line) || isSectionLine(line) || LETTER_HEADING.test(line.trim()) || isQuestionHead(line) || isBracketHead(line);
  // "Reason for discharge": a plain-text export's head right over its text (not a short line of wrapped prose,
  // "Client arrived late / and apologised.", whose next line goes on with the sentence).
  const plain = !marked && isPlainHead(line) && !/^[ \t]*[a-z]/.test(first.value.slice(after));
  if (!marked && !plain) return undefined;
  const src0 = exactStart(first, src, base, after);
  if (src0 === undefined) return undefined;
  const headEnd = { ...first.position.start, offset: src0 + nl };
  const restStart = { ...first.position.start, offset: src0 + after };
  const head: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: line, position: { start: first.position.start, end: headEnd } }],
    position: { start: p.position!.start, end: headEnd },
  };
  const restText = { type: 'text' as const, value: first.value.slice(after), position: { start: restStart, end: first.position.end } };
  const rest: Paragraph = { type: 'paragraph', children: [restText, ...p.children.slice(1)], position: { start: restStart, end: p.position!.end } };
  return { head, rest, ...(plain && { plain }) };
}

/** "**S — Subjective**" on its own line with the text right below it: the bold line heads the text. */
function splitBoldLine(p: Paragraph, src: string, base: number): { head: Paragraph; rest: Paragraph } | undefined {
  const [strong, next, ...more] = p.children;
  if (!strong.position || !next?.position || next.type !== 'text') return undefined;
  const brk = /^[ \t]*(?:\r\n|\r|\n)/.exec(next.value);
  if (!brk || next.value.length === brk[0].length) return undefined;
  const head: Paragraph = { type: 'paragraph', children: [strong], position: { start: p.position!.start, end: strong.position.end } };
  if (!isBoldHeading(head)) return undefined;
  const s0 = exactStart(next, src, base);
  if (s0 === undefined) return undefined;
  const restStart = { ...next.position.start, offset: s0 + brk[0].length };
  const restText = { type: 'text' as const, value: next.value.slice(brk[0].length), position: { start: restStart, end: next.position.end } };
  return { head, rest: { type: 'paragraph', children: [restText, ...more], position: { start: restStart, end: p.position!.end } } };
}

/**
 * "**Strengths:** motivated" or "Boundaries: I thanked her..." -> the label: a bold run at the start that ends in a
 * colon (inside or after it), or a short capitalised phrase and a colon.
 */
function boldLabel(children: PhrasingContent[]): string | undefined {
  const first = children[0];
  if (first?.type === 'text') {
    // (or a format's letter typed in lower case: "b: Client arrived early", "p:")
    // (and a letter with its word in brackets: "P (Plan): Continue log daily"; or an aside: "Presenting focus (from
    // intake 03/2024):")
    // (A question in plain words may run a little longer: "What got in the way:", "What we agreed to try:".)
    const m = /^((?:What|How|Where|Who|When|Why)(?: [\w'’/&-]+){1,5}|[A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,3}(?: \([A-Za-z][\w /.,-]{0,50}\))?|[a-z]):(?:\s|$)/.exec(first.value);
    return m ? cleanHeading(m[1]) : undefined;
  }
  if (!first || first.type !== 'strong') return undefined;
  const inner = first.children.map((c) => ('value' in c ? c.value : '')).join('');
  const next = children[1];
  const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!/:\s*$/.test(inner) && !colonAfter) return undefined;
  const label = cleanHeading(inner.replace(/:\s*$/, ''));
  return label && label.split(/\s+/).length <= 8 ? label : undefined;
}

/** A form's numbered part before its name: "Section 3 - ", "Part 2: ", "Step 1. ". */
export const SECTION_NUMBER = /^(?:section|part|step)\s+(?:\d{1,2}|[ivx]{1,4})[.:)]?\s*[-–—:]?\s*/i;

/** A clock time in brackets before a head, as EHR exports stamp their sections: "[17:02] ". */
const STAMP = /^\[\d{1,2}:\d{2}\][ \t]?/;

/** "1. **Subjective (S):**" -> "Subjective". */
export function cleanHeading(s: string): string {
  const bare = trimEndOf(
    unruled(s.replace(/\s+/g, ' ')).replace(/^\[([^[\]]+)\]$/, '$1')
      .replace(STAMP, '')
      .replace(/^(?:\d+|[ivxlc]+|[a-z])[.)]\s+/i, '')
      // "Section 3 - Assessment", "Part 2: Plan": a form's numbered part, named by its word.
      .replace(SECTION_NUMBER, ''),
    ':-–— ',
  );
  // "P (Plan)", "I (Intervention)": the format's letter, then its word in brackets.
  const lettered = /^[A-Za-z][ \t]*\(([A-Za-z][A-Za-z /-]{2,30})\)$/.exec(bare);
  if (lettered) return lettered[1].trim();
  return (
    bare
      // "Data (D)", "(S) Subjective": the format's letter beside the word.
      .replace(/\([A-Za-z]{1,2}\)$/, '')
      .trimEnd()
      .replace(/^\([A-Za-z]{1,2}\)\s*/, '')
      .trim()
  );
}

/**
 * A form laid out as a table: two columns, a header in a form's words ("Field | Entry", or blank), and rows whose
 * first cell is a field name of a few words ("RISK", "Presenting problem"), not a sentence.
 */
export function isFormTable(t: Table): boolean {
  const [header, ...rows] = t.children;
  if (!header || header.children.length !== 2 || rows.length < 2 || rows.some((r) => r.children.length !== 2)) return false;
  const words = (i: number) => cellText(header.children[i]).toLowerCase().replace(/[:*_]/g, '').trim();
  // ("| Review item | Findings |": a form's word after a qualifier of up to two words.)
  const names = (set: Set<string>, w: string) => {
    const parts = w.split(/\s+/);
    return set.has(w) || (parts.length <= 3 && set.has(parts[parts.length - 1]));
  };
  if (!names(FORM_FIELD_HEADERS, words(0)) || !names(FORM_ENTRY_HEADERS, words(1))) return false;
  return rows.every((r) => isFieldName(cellText(r.children[0])));
}

/** A form's field name in its first column: a few words that are no sentence ("Note type", "Dx (psych)"). */
export function isFieldName(text: string): boolean {
  const name = text.trim();
  return /^\p{L}/u.test(name) && name.length <= 40 && name.split(/\s+/).length <= 5 && !/[.!?]$/.test(name);
}

function cellText(cell: Table['children'][number]['children'][number]): string {
  let s = '';
  const walk = (n: { value?: string; children?: unknown[] }) => {
    if (typeof n.value === 'string') s += n.value;
    for (const c of (n.children ?? []) as { value?: string; children?: unknown[] }[]) walk(c);
  };
  walk(cell);
  return s;
}

/** An outline item that names what its nested list holds: a few words, no sentence ("Plan", "Risk screen:"). */
export function isOutlineHead(text: string): boolean {
  const t = text.trim().replace(/:$/, '');
  return /^\p{L}/u.test(t) && t.length <= 40 && wordCount(t) <= 4 && !/[.!?;,]/.test(t);
}

/** A form's numbered part alone on its line: "Section 2 - Data", "Part 3: Plan" (a name of up to five words). */
function isSectionLine(line: string): boolean {
  const t = line.trim();
  const m = SECTION_NUMBER.exec(t);
  if (!m || t.includes('\n')) return false;
  const name = t.slice(m[0].length).replace(/:$/, '');
  return /^[A-Za-z][A-Za-z'’ /&-]{0,40}$/.test(name) && name.split(/\s+/).length <= 5;
}

/** The head of a numbered or outline item, when its first line names what the rest of it holds ("2. Subjective" over
 * the lines below it; a form's "14. CLINICIAN REFLECTION (assumptions, biases, consultation needs)" over its answer):
 * the line, or undefined. */
export function itemHead(text: string): string | undefined {
  const nl = text.search(/\r?\n|\r/);
  if (nl < 0) return undefined;
  const first = text.slice(0, nl);
  return (isOutlineHead(first) || isCapsLine(first)) && /\S/.test(text.slice(nl)) ? first : undefined;
}
