// `--share`: a de-identified draft. What the `identifiers` rule detects is replaced by its own fix (a neutral
// placeholder such as "[date removed]"), then the draft is linted again with the rule on: what is left is reported,
// never silently kept.
import { lint } from '../lint.js';
import { emptyConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { applyFixes } from '../fixes/edits.js';
import type { Finding } from '../types.js';
import type { ShouldStop } from '../work.js';

/** The identifiers rule on for any note type (`always`), at warning. */
function identifiersOnly(): ResolvedConfig {
  return { ...emptyConfig(), rules: { identifiers: { severity: 'warning', options: { always: true } } } };
}

export interface Deidentified {
  text: string;
  /** How many identifiers were replaced. */
  replaced: number;
  /** Identifiers still flagged in the result (no fix could replace them exactly): the caller says so. */
  remaining: Finding[];
}

export function identifierFindings(text: string, shouldStop?: ShouldStop): Finding[] {
  // Only that rule runs: the check needs its findings, not the draft's dimensions (a lint of the draft shows those).
  return lint(text, { config: identifiersOnly(), only: ['identifiers'], shouldStop }).findings;
}

/** `shouldStop`: asked between each lint's stages (work.ts). */
export function deidentify(text: string, shouldStop?: ShouldStop): Deidentified {
  let replaced = 0;
  let found = identifierFindings(text, shouldStop);
  // A replacement can join text into a new match; a few rounds settle it. The last lint is the check.
  for (let round = 0; round < 4; round++) {
    const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!fixes.length) break;
    replaced += fixes.length;
    text = applyFixes(text, fixes);
    found = identifierFindings(text, shouldStop);
  }
  return { text, replaced, remaining: found };
}
