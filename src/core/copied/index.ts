// copied-text over a caseload: the adapters lint each note with `fingerprints: true`, then hand every note's prints
// here, in a stable order (by path), and get each note's findings back.
import type { Finding, Position } from '../types.js';
import { basename, dirname, toPosix } from '../config/paths.js';
import { copiedTextMessage, COPIED_TEXT_WHY } from '../rules/copied-text.js';
import { findCopies, type CopyMatch } from './pass.js';
import { COPIED_TEXT, type NotePrints, type PrintUnit } from './prints.js';

export { findCopies, type CopyMatch } from './pass.js';
export { LiveCopies } from './live.js';
export { notePrints, packPrints, clientOf, copiedTextOptions, COPIED_TEXT, COPIED_TEXT_DEFAULTS, CLIENT_KEYS } from './prints.js';
export type { NotePrints, PrintUnit, UnitKind, CopiedTextOptions } from './prints.js';

/** A copied-text finding with its range as lines and characters too (the note's text is not at hand to count them). */
export interface PlacedCopy extends Finding {
  at: { start: Position; end: Position };
}

/** A note as the pass sees it: its path as the adapter shows it, and its prints (none when the rule is off in it). */
export interface CaseloadNote {
  path: string;
  prints?: NotePrints;
}

const placed = (u: PrintUnit) => ({ start: { line: u.at[0], character: u.at[1] }, end: { line: u.at[2], character: u.at[3] } });

/** The other note as this note's message names it: its file name when both are in one folder, else its path. */
function nameFrom(from: string, other: string): string {
  return dirname(toPosix(from)) === dirname(toPosix(other)) ? basename(toPosix(other)) : toPosix(other);
}

/** Each note's copied-text findings, in the order of `notes`. */
export function copiedTextFindings(notes: readonly CaseloadNote[]): PlacedCopy[][] {
  return findCopies(notes.map((n) => n.prints)).map((list, n) => placeCopies(notes, n, list));
}

/** Note `n`'s matches (from findCopies or LiveCopies over `notes`) as its findings. */
export function placeCopies(notes: readonly CaseloadNote[], n: number, list: readonly CopyMatch[]): PlacedCopy[] {
  return list.map((m) => {
    const p = notes[n].prints!;
    const u = p.units[m.unit];
    const other = notes[m.other.note];
    const ou = other.prints!.units[m.other.unit];
    const at = placed(ou);
    return {
      ruleId: COPIED_TEXT,
      severity: p.severity,
      message: copiedTextMessage(u.kind, nameFrom(notes[n].path, other.path), at.start.line + 1, m.similarity, m.verbatim, m.notes - 1),
      range: u.range,
      at: placed(u),
      why: COPIED_TEXT_WHY,
      related: [{ path: other.path, range: ou.range, at, message: 'The text it repeats' }],
      textKey: u.key,
    };
  });
}
