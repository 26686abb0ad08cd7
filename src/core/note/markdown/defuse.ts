// Markdown that would make the parser super-linear, made harmless before parsing, every offset kept. micromark
// resolves emphasis, strikethrough and link labels by looking back over the earlier delimiters of a paragraph (a
// paragraph of "*a" or "[a](" repeated takes quadratic time), and each nested quote or list level costs it a pass
// over the open containers on every line (thousands of levels take minutes, and overflow the stack further on). No
// note holds a paragraph with a thousand asterisks or a list nested forty levels deep, so past those limits the
// characters are replaced by look-alikes that Markdown gives no meaning ("*" -> "∗"): the text handed to the parser
// has the same length, and the Note still reads the original.

/** Delimiters of one kind in one block (text between blank lines) that the parser may resolve as Markdown. */
const MAX_DELIMITERS = 1000;
/** A block is also defused when its delimiters times its length passes this (a label rescans the block). */
const MAX_WORK = 20_000_000;
/** Container markers (">", list bullets) on one line, and indentation columns before a list bullet. */
const MAX_DEPTH = 32;
/**
 * Each setext heading ("Goals" over "-----") makes micromark copy every event before it: past this sum of their
 * offsets, further underlines are text.
 */
const MAX_SETEXT_WORK = 2_000_000;
/**
 * micromark merges the pieces of plain text around every inline construct it tried and dropped ("a < b", "a & b")
 * by splicing the paragraph's whole event list, once per line: quadratic in a long paragraph. A block longer than
 * this is read as plain text (what starts its lines, quotes, lists, fences, HTML, stays Markdown).
 */
const MAX_INLINE_BLOCK = 32 * 1024;
/** What opens an inline construct. */
const INLINE = '*_~[]<&`\\!';

const LOOK_ALIKE: Record<string, string> = {
  '*': '∗',
  _: '＿',
  '~': '∼',
  '[': '⁅',
  ']': '⁆',
  '>': '›',
  '-': '‐',
  '+': '∔',
  '.': '․',
  ')': '❫',
  '=': '＝',
  '<': '‹',
  '&': '＆',
  '`': 'ˋ',
  '\\': '∖',
  '!': 'ǃ',
};
/** Which characters count together: a label is opened by "[" and closed by "]". */
const KINDS = ['*', '_', '~', '[]'];

/** The text to parse: `text` itself unless something in it needs defusing (the common case costs one scan). */
export function defuse(text: string, bodyStart: number): string {
  let out: string[] | undefined;
  const put = (i: number) => {
    out ??= text.split('');
    out[i] = LOOK_ALIKE[text[i]];
  };
  let blockStart = bodyStart;
  let counts = [0, 0, 0, 0];
  let lineStart = bodyStart;
  let prevBlank = true;
  let setextWork = 0;
  for (let i = bodyStart; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    const blank = isBlank(text, lineStart, i);
    if (!blank && !prevBlank && isUnderline(text, lineStart, i) && (setextWork += lineStart) > MAX_SETEXT_WORK) {
      for (let j = lineStart; j < i; j++) if (text[j] === '=' || text[j] === '-') put(j);
    }
    prevBlank = blank;
    if (!blank) {
      containers(text, lineStart, i, put);
      for (let j = lineStart; j < i; j++) {
        const ch = text[j];
        const n = ch === '*' ? 0 : ch === '_' ? 1 : ch === '~' ? 2 : ch === '[' || ch === ']' ? 3 : -1;
        if (n >= 0) counts[n]++;
      }
    }
    if (blank || i === text.length) {
      const end = blank ? lineStart : i;
      const len = end - blockStart;
      if (len > MAX_INLINE_BLOCK) plainText(text, blockStart, end, put);
      else {
        KINDS.forEach((k, n) => {
          if (counts[n] > MAX_DELIMITERS || counts[n] * len > MAX_WORK) {
            for (let j = blockStart; j < end; j++) if (k.includes(text[j])) put(j);
          }
        });
      }
      blockStart = i + 1;
      counts = [0, 0, 0, 0];
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return out ? out.join('') : text;
}

/**
 * Defuses every inline construct of a block, but what begins a line (it may start a block of its own): the first
 * character after the indent, and the whole line when it starts like raw HTML or a fence (`<!--`, `<pre`, three
 * backticks), so that those blocks keep their exact opening.
 */
function plainText(text: string, from: number, to: number, put: (i: number) => void): void {
  let state: 'start' | 'line' | 'keep' = 'start';
  for (let j = from; j < to; j++) {
    const ch = text[j];
    if (ch === '\n' || ch === '\r') state = 'start';
    else if (state === 'start') {
      if (ch === ' ' || ch === '\t' || ch === '>') continue;
      state = ch === '<' || ch === '`' || ch === '~' ? 'keep' : 'line';
    } else if (state === 'line' && INLINE.includes(ch)) put(j);
  }
}

/** A setext underline: `===` or `---` alone on its line, indented at most three spaces. */
function isUnderline(text: string, from: number, to: number): boolean {
  let j = from;
  while (j < to && j - from < 3 && text[j] === ' ') j++;
  const ch = text[j];
  if (ch !== '=' && ch !== '-') return false;
  while (j < to && text[j] === ch) j++;
  while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
  return j === to;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Defuses the container markers of a line past MAX_DEPTH, and a list bullet indented past 2 * MAX_DEPTH columns. */
function containers(text: string, from: number, to: number, put: (i: number) => void): void {
  let depth = 0;
  let j = from;
  for (;;) {
    let col = 0;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) {
      col += text[j] === '\t' ? 4 : 1;
      j++;
    }
    if (j >= to) return;
    const ch = text[j];
    let marker = -1;
    let next = j + 1;
    if (ch === '>') marker = j;
    else if (ch === '-' || ch === '*' || ch === '+') marker = j;
    else if (ch >= '0' && ch <= '9') {
      let k = j;
      while (k < to && k - j < 9 && text[k] >= '0' && text[k] <= '9') k++;
      if (text[k] === '.' || text[k] === ')') {
        marker = k;
        next = k + 1;
      }
    }
    if (marker < 0) return;
    // A bullet needs a blank after it ("-x" is text); a quote marker does not.
    if (ch !== '>' && next < to && text[next] !== ' ' && text[next] !== '\t') return;
    depth++;
    if (depth > MAX_DEPTH || (ch !== '>' && col > 2 * MAX_DEPTH)) put(marker);
    j = next;
  }
}
