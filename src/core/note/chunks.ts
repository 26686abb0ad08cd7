// Splits a long note where parsing the parts separately gives the same tree as parsing the whole: before a
// top-level ATX heading (`#` or `##` at the start of a line) that follows a blank line, outside fenced code and
// outside the HTML blocks that run past blank lines (`<pre>`, `<script>`, `<style>`, `<textarea>`, comments, `<?`,
// `<!X`, CDATA). A heading line there closes every paragraph, list, quote, table and other HTML block, so nothing
// spans it. Link reference and footnote definitions reach across the whole document: a note that has one is not
// split. A fence opened by an indented line may be inside a list item, where an unindented line closes it: no cut
// after one. When unsure, the splitter does not cut: a missed cut costs time, a wrong one a different verdict.

export interface Chunk {
  start: number;
  text: string;
}

const MIN_CHUNK = 16 * 1024;

/** End markers of the HTML blocks that continue across blank lines, by how they open. */
const HTML_RAW = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;

/** Chunks of `text` from `from` on, cut after `body` (where the front matter ends). */
export function splitChunks(text: string, minChunk = MIN_CHUNK, from = 0, body = from): Chunk[] {
  const whole = [{ start: from, text: text.slice(from) }];
  if (hasDefinition(text)) return whole;
  const cuts: number[] = [from];
  let fence: { char: string; len: number } | undefined;
  let htmlEnd: string | undefined;
  let prevBlank = true;
  let unsure = false;
  let pos = body;
  while (pos < text.length) {
    const { line, next } = lineAt(text, pos);
    const blank = line.trim() === '';
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      const raw = HTML_RAW.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = { char: f[1][0], len: f[1].length };
        // An indented fence may sit in a list item, and then an unindented line ends it with the item: where it
        // really closes is not known line by line, so no cut after it.
        if (line[0] === ' ') unsure = true;
      }
      else if (raw) htmlEnd = endUnlessClosed(line, `</${raw[1].toLowerCase()}>`);
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) htmlEnd = '-->';
      else if (/^ {0,3}<\?/.test(line)) htmlEnd = endUnlessClosed(line, '?>');
      else if (/^ {0,3}<!\[CDATA\[/.test(line)) htmlEnd = endUnlessClosed(line, ']]>');
      else if (/^ {0,3}<![A-Za-z]/.test(line)) htmlEnd = endUnlessClosed(line, '>');
      else if (!unsure && prevBlank && /^#{1,2}(?:[ \t]|$)/.test(line) && pos - cuts[cuts.length - 1] >= minChunk) cuts.push(pos);
    }
    prevBlank = blank;
    pos = next;
  }
  return cuts.map((start, i) => ({ start, text: text.slice(start, cuts[i + 1] ?? text.length) }));
}

/** The line at `pos` without its line break (LF, CRLF or a lone CR), and where the next one starts. */
function lineAt(text: string, pos: number): { line: string; next: number } {
  let end = pos;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  return { line: text.slice(pos, end), next };
}

function closesFence(line: string, fence: { char: string; len: number }): boolean {
  const t = line.replace(/^ {0,3}/, '');
  let n = 0;
  while (t[n] === fence.char) n++;
  return n >= fence.len && t.slice(n).trim() === '';
}

/** The end marker still awaited after an opening line, or undefined when the line closes its block itself. */
function endUnlessClosed(line: string, end: string): string | undefined {
  const open = line.toLowerCase();
  return open.includes(end, open.search(/<\S/) + 2) ? undefined : end;
}

/** Whether some line defines a link reference or a footnote (`[label]: ...`, also inside quotes and lists). */
function hasDefinition(text: string): boolean {
  if (!text.includes(']:')) return false;
  for (let pos = 0; pos < text.length; ) {
    const { line, next } = lineAt(text, pos);
    if (line.includes(']:') && /^[ \t>*+\-0-9.)]*\[/.test(line)) return true;
    pos = next;
  }
  return false;
}
