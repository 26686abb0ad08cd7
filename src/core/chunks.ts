// Splits a long note where parsing the parts separately gives the same tree as parsing the whole: before a
// top-level ATX heading (`#` or `##`) that is outside fenced code, HTML comments and front matter, once the
// current chunk is long enough. A heading line closes any open paragraph, list or quote, so nothing spans it.

export interface Chunk {
  start: number;
  text: string;
}

const MIN_CHUNK = 16 * 1024;

export function splitChunks(text: string, minChunk = MIN_CHUNK): Chunk[] {
  const cuts: number[] = [0];
  let fence: string | undefined;
  let inComment = false;
  let pos = 0;
  let lineNo = 0;
  let inFrontMatter = text.startsWith('---');
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, next).replace(/\r?\n$/, '');
    if (inFrontMatter) {
      if (lineNo > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
      else if (/^#{1,2}(?:\s|$)/.test(line) && pos - cuts[cuts.length - 1] >= minChunk) cuts.push(pos);
    }
    pos = next;
    lineNo++;
  }
  return cuts.map((start, i) => ({ start, text: text.slice(start, cuts[i + 1] ?? text.length) }));
}
