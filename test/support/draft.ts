// The drafting fixtures: a small caseload (test/fixtures/draft/caseload), as the CLI would show its paths.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DraftNote } from '../../src/core/index.js';

export const CASELOAD = path.resolve(import.meta.dirname, '../fixtures/draft/caseload');

export function caseload(): DraftNote[] {
  return readdirSync(CASELOAD)
    .sort()
    .flatMap((d) => readdirSync(path.join(CASELOAD, d)).sort().map((f) => ({ path: `${d}/${f}`, text: readFileSync(path.join(CASELOAD, d, f), 'utf8') })));
}
