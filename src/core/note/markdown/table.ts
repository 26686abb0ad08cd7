// GFM tables, tried only where one can start. micromark-extension-gfm-table tries a head row at the start of every
// block and on every line of a paragraph (a table may interrupt one), reading the line to its end before it fails:
// about a third of a note's parse. A table's second line, its delimiter row, always holds a `-` and a `|` or `:`
// (without one it is a setext underline or a thematic break), so where the next line holds neither the try fails at
// once. Everything else is the extension's own construct, unchanged: the trees are the same
// (test/core/markdown-table.test.ts compares them).
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

/** For the text being parsed: 1 at each line (numbered from 1, as micromark numbers them) that can be a delimiter
 * row. Undefined outside `withDelimiterRows`: then every line is tried, as the extension does. */
let delimiterRows: Uint8Array | undefined;

/** Parses `text` (with a processor holding `gfmTableWhereDelimited`) knowing which of its lines can be a delimiter row. */
export function withDelimiterRows<T>(text: string, parse: () => T): T {
  const before = delimiterRows;
  delimiterRows = candidateRows(text);
  try {
    return parse();
  } finally {
    delimiterRows = before;
  }
}

/** Lines holding a `-` and a `|` or `:`; line breaks as micromark counts them (CRLF, CR, LF). */
function candidateRows(text: string): Uint8Array {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  const rows = new Uint8Array(lines + 2);
  let line = 1;
  let dash = false;
  let mark = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (dash && mark) rows[line] = 1;
      line++;
      dash = mark = false;
    } else if (c === 45) dash = true;
    else if (c === 124 || c === 58) mark = true;
  }
  return rows;
}

const table = (gfmTable().flow as Record<string, Construct>).null;

const tableWhereDelimited: Construct = {
  ...table,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const self = this;
    const start: State = (code) => {
      const rows = delimiterRows;
      // A body row (after a head or a row) is the extension's to judge; only a new head row needs a delimiter below.
      if (rows && !afterTableRow(self) && !rows[self.now().line + 1]) return nok(code);
      return table.tokenize.call(self, effects, ok, nok)(code);
    };
    return start;
  },
};

/** Whether the last event before the line (past line endings and prefixes) is a table's head or row, as the
 * extension reads it. */
function afterTableRow(self: TokenizeContext): boolean {
  let index = self.events.length - 1;
  while (index > -1) {
    const type = self.events[index][1].type;
    if (type === 'lineEnding' || type === 'linePrefix') index--;
    else break;
  }
  const tail = index > -1 ? self.events[index][1].type : null;
  return tail === 'tableHead' || tail === 'tableRow';
}

/** micromark-extension-gfm-table's syntax, its head rows tried only above a possible delimiter row. */
export const gfmTableWhereDelimited: Extension = { flow: { null: tableWhereDelimited } };
