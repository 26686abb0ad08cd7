import type { OffsetRange, Position } from '../types.js';

/** Maps offsets to 0-based lines and characters and back. Built once per note. */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(this.starts[line], end);
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offset(pos: Position): number {
    return Math.min(this.lineStart(pos.line) + pos.character, this.lineEnd(pos.line));
  }
}

/** Whether offset `i` falls between the two halves of a CRLF or of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return (a === 13 && b === 10) || (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff);
}

/**
 * A range that splits no CRLF and no surrogate pair: its start moves back and its end forward over the first half
 * (an empty range, an insertion point, moves back). The last guard before a range leaves the core.
 */
export function wholeRange(text: string, r: OffsetRange): OffsetRange {
  const start = splitsPair(text, r.start) ? r.start - 1 : r.start;
  const end = r.end === r.start ? start : splitsPair(text, r.end) ? r.end + 1 : r.end;
  return start === r.start && end === r.end ? r : { start, end };
}

/** How many byte order marks open the text (editors show none; a copy and paste can leave two). */
export function bomLength(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 0xfeff) n++;
  return n;
}

/** `s` without the trailing characters listed in `chars`. A loop, because `/[...]+$/` re-reads a long run of those
 * characters from every place in it when the run is not at the end. */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return s.slice(0, e);
}

/** The line break a note uses, so inserted text matches it. */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}
