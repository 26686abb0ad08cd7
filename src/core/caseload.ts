// Lint a set of notes together: each note's own findings, then the rules that compare notes (copied-text). The
// adapters do the same in their own way (the CLI across worker threads and its cache, the editor note by note); tests
// and the docs' examples use this.
import { lint } from './lint.js';
import type { LintOptions, LintResult } from './lint-types.js';
import { copiedTextFindings } from './copied/index.js';

export interface CaseloadInput {
  path: string;
  text: string;
}

export function lintCaseload(notes: readonly CaseloadInput[], options: Omit<LintOptions, 'path' | 'fingerprints'> = {}): LintResult[] {
  const results = notes.map((n) => lint(n.text, { ...options, path: n.path, fingerprints: true }));
  const copies = copiedTextFindings(notes.map((n, i) => ({ path: n.path, prints: results[i].prints })));
  return results.map((r, i) =>
    copies[i].length ? { ...r, findings: [...r.findings, ...copies[i]].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end) } : r,
  );
}
