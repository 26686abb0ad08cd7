// Invariants every lint result must keep, whatever the text: shared by the fuzz and chunking tests. Each returns
// a problem description (undefined when the invariant holds) instead of throwing, so that callers can collect and
// rank failures before reporting the smallest.
import { applyFixes, lint, type Finding } from '../../src/core/index.js';

/** A text for a failure message: JSON-escaped, cut to about `max` characters. */
export function show(text: string, max = 400): string {
  const j = JSON.stringify(text);
  return j.length <= max ? j : `${j.slice(0, max)}..." (${text.length} chars)`;
}

/** The text around a range, marked: `...before⟦inside⟧after...`. */
export function around(text: string, start: number, end: number, context = 60): string {
  const a = Math.max(0, start - context);
  const b = Math.min(text.length, end + context);
  return show(`${a ? '…' : ''}${text.slice(a, start)}⟦${text.slice(start, end)}⟧${text.slice(end, b)}${b < text.length ? '…' : ''}`, 2 * context + 200);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why an offset is not a place a range may start or end. */
function badOffset(text: string, o: number): string | undefined {
  if (!Number.isInteger(o) || o < 0 || o > text.length) return `offset ${o} outside 0..${text.length}`;
  if (o > 0 && o < text.length) {
    if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) return `offset ${o} splits a CRLF pair`;
    if (isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) return `offset ${o} splits a surrogate pair`;
  }
  return undefined;
}

/** Every finding's range and every fix edit's range lies in the text, in order, on character boundaries. */
export function rangeProblem(text: string, findings: Finding[]): string | undefined {
  for (const f of findings) {
    const ranges = [{ what: 'range', r: f.range }, ...(f.fix?.edits ?? []).map((e, i) => ({ what: `fix edit ${i}`, r: e.range }))];
    for (const { what, r } of ranges) {
      const bad = badOffset(text, r.start) ?? badOffset(text, r.end) ?? (r.start > r.end ? `start ${r.start} > end ${r.end}` : undefined);
      if (bad) return `${f.ruleId} ${what} ${r.start}-${r.end}: ${bad}; text ${around(text, Math.min(r.start, r.end), Math.max(r.start, r.end))}`;
    }
  }
  return undefined;
}

export const allFixes = (findings: Finding[]) => findings.flatMap((f) => (f.fix ? [f.fix] : []));

/** Fix-all twice: the second pass must change nothing. */
export function idempotenceProblem(text: string): string | undefined {
  const once = applyFixes(text, allFixes(lint(text).findings));
  const second = lint(once).findings.filter((f) => f.fix);
  const twice = applyFixes(once, allFixes(second));
  if (twice === once) return undefined;
  let i = 0;
  while (i < once.length && once[i] === twice[i]) i++;
  const what = second.map((f) => `${f.ruleId}${f.status ? `(${f.status})` : ''}: "${f.fix!.title}" at ${f.fix!.edits.map((e) => `${e.range.start}-${e.range.end}`).join(',')}`).join('; ');
  return `the second fix-all still changes the text, first at offset ${i}: ${around(once, i, i)} becomes ${around(twice, i, i)}; fixes offered after the first pass: ${what}`;
}

/** Each missing dimension's fix, applied alone, leaves the dimension unfilled or addressed, never missing. */
export function missingFixProblem(text: string): string | undefined {
  for (const f of lint(text).findings) {
    if (f.status !== 'missing' || !f.fix) continue;
    const fixed = applyFixes(text, [f.fix]);
    const again = lint(fixed).findings.find((g) => g.ruleId === f.ruleId && g.status === 'missing');
    if (again) {
      const at = f.fix.edits[0]?.range.start ?? 0;
      return `${f.ruleId}: after its fix "${f.fix.title}" (inserted at ${at}) it is still missing; fixed text near the insert: ${around(fixed, at, at + (f.fix.edits[0]?.newText.length ?? 0), 80)}`;
    }
  }
  return undefined;
}

const toCrlf = (t: string) => t.replace(/\r\n?|\n/g, '\r\n');
const toCr = (t: string) => t.replace(/\r\n?|\n/g, '\r');
const toLf = (t: string) => t.replace(/\r\n?/g, '\n');

/**
 * (rule, status, flagged text with line breaks as \n) per finding, sorted: what a clinician sees, whatever the EOL.
 * A BOM the range starts on is invisible, so it is left out.
 */
function seen(text: string): string[] {
  return lint(text)
    .findings.map((f) => JSON.stringify([f.ruleId, f.status ?? '', toLf(text.slice(f.range.start, f.range.end)).replace(/^\ufeff/, '')]))
    .sort();
}

/** The same note with CRLF or lone-CR line breaks gets the same findings on the same text as with LF. */
export function eolProblem(lfText: string): string | undefined {
  const lf = toLf(lfText);
  const want = seen(lf);
  for (const [name, conv] of [['CRLF', toCrlf], ['CR', toCr]] as const) {
    const got = seen(conv(lf));
    const missing = want.filter((x) => !got.includes(x));
    const extra = got.filter((x) => !want.includes(x));
    if (missing.length || extra.length) {
      return `with ${name} line breaks the findings differ from LF: only with LF ${missing.slice(0, 3).join(' ')}${missing.length > 3 ? ' ...' : ''}; only with ${name} ${extra.slice(0, 3).join(' ')}${extra.length > 3 ? ' ...' : ''}`;
    }
  }
  return undefined;
}

/** A byte order mark before the note changes nothing a clinician sees: the findings flag the same text. */
export function bomProblem(text: string): string | undefined {
  const plain = text.replace(/^\ufeff/, '');
  const want = seen(plain);
  const got = seen('\ufeff' + plain);
  const missing = want.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !want.includes(x));
  if (!missing.length && !extra.length) return undefined;
  return `with a BOM the findings flag other text: without ${missing.slice(0, 3).join(' ')}; with ${extra.slice(0, 3).join(' ')}`;
}

/** Lint must not throw. */
export function throwProblem(text: string): string | undefined {
  try {
    lint(text);
    return undefined;
  } catch (e) {
    const err = e as Error;
    return `lint threw ${err.name}: ${err.message} at ${(err.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' <- ')}`;
  }
}

/** Lint once and check ranges (the common case, one lint). */
export function lintRangeProblem(text: string): string | undefined {
  return rangeProblem(text, lint(text).findings);
}
