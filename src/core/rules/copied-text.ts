import type { Rule } from './types.js';
import { clip, fit } from './message.js';
import type { UnitKind } from '../copied/prints.js';

const WHAT: Record<UnitKind, string> = { paragraph: 'This paragraph repeats', item: 'This item repeats', lines: 'These lines repeat' };
/** From this similarity a copy is "nearly word for word"; below, "with changes". */
const NEARLY = 0.85;

export const COPIED_TEXT_WHY =
  'Text carried forward from another session (cloned documentation) may not describe this one; auditors and payers look for it first.';

/**
 * A block repeated verbatim or nearly so in another note of the same client. It is a rule of the caseload, not of
 * one note: lint() gives each note's fingerprints (copied/prints.ts) and the pass over all notes (copied/pass.ts)
 * reports; its check here finds nothing in a note alone.
 */
export const copiedText: Rule = {
  id: 'copied-text',
  title: 'Copied text',
  kind: 'language',
  fixable: false,
  crossNote: true,
  description: "A paragraph, goal or mental-status block repeated word for word, or nearly, from another of the client's notes.",
  defaultLevel: 'warning',
  check() {},
};

/** "This paragraph repeats 2026-03-04.md (line 12) nearly word for word (93% alike). Copied-forward text may ..." */
export function copiedTextMessage(kind: UnitKind, other: string, line: number, similarity: number, verbatim: boolean, moreNotes: number): string {
  const pct = Math.min(99, Math.round(similarity * 100));
  const how = verbatim ? 'word for word' : `${similarity >= NEARLY ? 'nearly word for word' : 'with changes'} (${pct}% alike)`;
  const more = moreNotes ? ` and ${moreNotes} other ${moreNotes === 1 ? 'note' : 'notes'}` : '';
  const head = (name: string, m: string) => `${WHAT[kind]} ${name} (line ${line})${m} ${how}`;
  return fit(
    `${head(other, more)}. Copied-forward text may not describe this session.`,
    `${head(other, more)}: does it describe this session?`,
    `${head(other, more)}.`,
    `${head(other, '')}.`,
    `${head(clip(other, 40), '')}.`,
  );
}
