// Which findings a note's dismissals silence. Pure: the adapters read and write `.clinote/dismissed.json` and hand
// the entries for one note here, with the findings and the text they were found in.
import type { Finding, OffsetRange } from '../types.js';
import { shortHash } from './hash.js';
import type { Dismissal, DismissalKey } from './format.js';

/**
 * What dismissing this finding writes (besides the note's path). A dimension's finding (missing, or still a
 * template) is about the whole note: the heading it sits on is only where the editor shows it, so the rule alone
 * keys it. Any other finding is on words: the rule and a hash of those words and their line, so that the dismissal
 * survives edits elsewhere in the note and no longer applies once the words or their line change. A copied-text
 * finding is on its block: the hash of the block's words and lines, taken when the note was linted (`textKey`), and
 * not the other note, so that it holds whatever other note repeats the block, until the block itself changes.
 */
export function dismissalKey(finding: Finding, text: string): DismissalKey {
  if (finding.status) return { rule: finding.ruleId };
  return { rule: finding.ruleId, text: finding.textKey ?? textHash(text, finding.range) };
}

/**
 * The hash of the flagged words, the line(s) they are on and where on the line they start (the same words twice on
 * one line are two findings), with runs of white space read as one space: a line ending changed by git (CRLF) or a
 * trailing space does not undo a dismissal, another word on the line does.
 */
export function textHash(text: string, range: OffsetRange): string {
  const start = range.start > 0 ? text.lastIndexOf('\n', range.start - 1) + 1 : 0;
  const found = text.indexOf('\n', Math.max(range.start, range.end - 1));
  const end = found < 0 ? text.length : found;
  const at = squash(text.slice(start, range.start)).length;
  return shortHash(`${squash(text.slice(range.start, range.end))}\n${squash(text.slice(start, end))}\n${at}`);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A finding left out, and the entry that dismissed it (Undo removes that entry). */
export interface Dismissed<F extends Finding = Finding> {
  finding: F;
  entry: Dismissal;
}

export interface DismissalMatch<F extends Finding = Finding> {
  /** The findings still shown, in their order. */
  kept: F[];
  dismissed: Dismissed<F>[];
}

/**
 * Splits a note's findings into those still shown and those its dismissals silence. `entries` are the note's own
 * (see dismissalsFor). An entry without `text` silences every finding of its rule in the note; one with `text`, the
 * findings whose words and line hash to it.
 */
export function matchDismissals<F extends Finding>(findings: readonly F[], text: string, entries: readonly Dismissal[]): DismissalMatch<F> {
  if (!entries.length) return { kept: [...findings], dismissed: [] };
  const byRule = new Map<string, Dismissal[]>();
  for (const e of entries) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  const kept: F[] = [];
  const dismissed: Dismissed<F>[] = [];
  for (const f of findings) {
    const mine = byRule.get(f.ruleId);
    let entry = mine?.find((e) => e.text === undefined);
    if (mine && !entry) {
      const key = dismissalKey(f, text).text;
      entry = key === undefined ? undefined : mine.find((e) => e.text === key);
    }
    if (entry) dismissed.push({ finding: f, entry });
    else kept.push(f);
  }
  return { kept, dismissed };
}
