// An EHR export pasted as an HTML table (`<tr><td>Note type</td><td>Progress note — SOAP</td></tr>`): its cells, so
// that a field's name heads its value as in a Markdown table. Every search moves forward only: linear in the block.

export interface HtmlCell {
  row: number;
  /** `<th>` */
  header: boolean;
  /** The cell's inner HTML, offsets in the block's value. */
  start: number;
  end: number;
}

const CELL_OPEN = /<(t[dh])\b[^<>]{0,200}>/gi;
/** Where a cell whose closing tag is not written ends (HTML lets `</td>` go unwritten). */
const CELL_ENDS = ['<td', '<th', '<tr', '</tr', '</table'];

/** The cells of the tables in `html` (an HTML block's value), in order; none when it holds no `<td>` or `<th>`. */
export function htmlTableCells(html: string): HtmlCell[] {
  const cells: HtmlCell[] = [];
  const lower = html.toLowerCase();
  if (!lower.includes('<td') && !lower.includes('<th')) return cells;
  const next = forwardSearch(lower);
  // Rows: the `<tr`s before each cell, counted as the cells go (a table without `<tr>` is one row).
  let rows = 0;
  let tr = next('<tr', 0);
  CELL_OPEN.lastIndex = 0;
  for (let m = CELL_OPEN.exec(html); m; m = CELL_OPEN.exec(html)) {
    const start = m.index + m[0].length;
    while (tr >= 0 && tr < m.index) {
      rows++;
      tr = next('<tr', tr + 1);
    }
    const close = next(`</${m[1].toLowerCase()}`, start);
    let end = html.length;
    for (const k of CELL_ENDS) {
      const i = next(k, start);
      if (i >= 0 && i < end) end = i;
    }
    if (close >= 0 && close < end) end = close;
    cells.push({ row: Math.max(0, rows - 1), header: m[1].toLowerCase() === 'th', start, end });
    CELL_OPEN.lastIndex = Math.max(CELL_OPEN.lastIndex, end);
  }
  return cells;
}

/**
 * `next(mark, from)`: the first `mark` at or after `from`. Each mark's last answer is kept, and `from` only grows
 * over a pass, so each mark is searched for across the text once in all.
 */
function forwardSearch(text: string): (mark: string, from: number) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (mark, from) => {
    const f = found.get(mark);
    // The kept answer holds while it is still ahead; "none after an earlier place" holds for every later one.
    if (f && f.from <= from && (f.at < 0 || f.at >= from)) return f.at;
    const at = text.indexOf(mark, from);
    found.set(mark, { from, at });
    return at;
  };
}
