// Where a note tells a response only in stock words (language/stock-responses.ts): those sentences are no evidence
// of the sub-items that ask for the client's own response (`SubItem.notStock`).
import type { OffsetRange } from '../types.js';
import { STOCK_PLAN, STOCK_RESPONSE } from '../language/stock-responses.js';

/** What a sub-item's stock sentences are (`SubItem.notStock`). */
export type StockKind = 'response' | 'plan';
const STOCK: Record<StockKind, RegExp> = { response: STOCK_RESPONSE, plan: STOCK_PLAN };

/** The sentences of a text, each trimmed, with where it starts. */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?;\n]+[.!?;]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    let t = m[0].trim();
    while (t && '.!?;'.includes(t[t.length - 1])) t = t.slice(0, -1);
    t = t.trim();
    if (t) out.push({ text: t, start: m.index + lead });
  }
  return out;
}

/** Whether every sentence of a text is stock ("Client receptive. Engaged throughout."). */
export function onlyStock(text: string, kind: StockKind = 'response'): boolean {
  const s = sentences(text.replace(/[*_]/g, ''));
  return s.length > 0 && s.every((x) => x.text.length <= 120 && STOCK[kind].test(x.text));
}

/** The ranges (in `text`, from `base`) of its sentences that are stock. */
export function stockRanges(text: string, base: number, kind: StockKind = 'response'): OffsetRange[] {
  return sentences(text)
    .filter((x) => x.text.length <= 120 && STOCK[kind].test(x.text.replace(/[*_]/g, '')))
    .map((x) => ({ start: base + x.start, end: base + x.start + x.text.length + 1 }));
}
