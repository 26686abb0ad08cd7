// Drafting from 100 notes of one client: the lint of each note (the one parse drafting needs) and, apart, what the
// drafting itself adds (gathering from the lint results, merging, rendering, de-identifying). `npx tsx scripts/bench-draft.ts`; prints milliseconds, best of
// five after a warm-up. No timed assertion anywhere: the machine is shared. Last, the check --share runs on the
// draft, as it is (the identifiers rule alone) and as it was (a whole lint with that rule on), alternating.
import { builtinTemplates, draftFrom, emptyConfig, lint, readNotes, type DraftNote } from '../src/core/index.js';
import { Analysis } from '../src/core/read/analysis.js';
import { noteFacts } from '../src/core/draft/note-facts.js';

function note(i: number): DraftNote {
  const d = new Date(Date.UTC(2024, 0, 3 + 7 * i)).toISOString().slice(0, 10);
  const text = `---
type: soap
date: ${d}
client: P100
clinician: Dana Whitfield
---
# SOAP progress note

## Subjective

Client reports ${i % 3 ? 'better' : 'poor'} sleep this week and worry about work. PHQ-9: ${Math.max(3, 22 - (i % 20))}. GAD-7 = ${Math.max(2, 16 - (i % 15))}.
She practised the thought record three times and went for two walks with her sister.

## Objective

Alert and oriented x3, affect brighter than last week, speech normal.

## Assessment

Depressive symptoms easing. Denies SI/HI; risk level: low. Barrier: shift changes make weekly sessions hard.

## Plan

- Goal 1: Reduce PHQ-9 below 10 by June (progressing)
- Goal 2: Return to full-time work by August

Continued CBT and behavioral activation; reviewed the safety plan. Next session in one week.
`;
  return { path: `p100/${d}.md`, text };
}

const notes = Array.from({ length: 100 }, (_, i) => note(i));
const template = builtinTemplates().find((t) => t.name === 'treatment-plan-review')!;
const best = (f: () => void) => {
  f();
  let b = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    f();
    b = Math.min(b, performance.now() - t);
  }
  return b;
};
const lintOnly = best(() => notes.forEach((n) => lint(n.text)));
const read = best(() => readNotes(notes));
const linted = notes.map((n) => ({ path: n.path, r: lint(n.text) }));
const gatherOnly = best(() => linted.forEach(({ path, r }) => noteFacts(path, r, new Analysis(r.note))));
const sessions = readNotes(notes);
const render = best(() => draftFrom(sessions, template, { today: '2026-01-01' }));
const share = best(() => draftFrom(sessions, template, { today: '2026-01-01', share: true }));
const charts = best(() => draftFrom(sessions, template, { today: '2026-01-01', charts: 'report' }));
const f = (n: number) => `${n.toFixed(1)} ms`;
console.log(`100 notes of one client (${notes.reduce((n, x) => n + x.text.length, 0)} characters):`);
console.log(`  lint alone (the parse drafting needs): ${f(lintOnly)}`);
console.log(`  lint + gather each note:               ${f(read)}`);
console.log(`  gathering alone, from the lint results: ${f(gatherOnly)}`);
console.log(`  merge + render treatment-plan-review:  ${f(render)}`);
console.log(`  the same with --share:                 ${f(share)}`);
console.log(`  the same with -o (PHQ-9, GAD-7 charts): ${f(charts)}`);
// "Gathering alone" re-reads notes whose reading the warm-up already cached: the difference of the first two lines is
// the fairer cost of gathering.
console.log(`  beyond the parse: (lint + gather) - lint + render with charts = ${f(read - lintOnly + charts)}; with --share ${f(read - lintOnly + share)}`);

// One lint of the draft for its identifiers: the rule alone (what --share runs, twice or more: to find, then to check
// what is left) against the whole lint it ran before, alternating so that both see the same load.
const text = (draftFrom(sessions, template, { today: '2026-01-01' }) as { text: string }).text;
const config = { ...emptyConfig(), rules: { identifiers: { severity: 'warning' as const, options: { always: true } } } };
const times = { alone: [] as number[], whole: [] as number[] };
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
for (let k = 0; k < 12; k++) {
  times.whole.push(time(() => lint(text, { config })));
  times.alone.push(time(() => lint(text, { config, only: ['identifiers'] })));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`one lint of the draft (${text.length} characters) for --share's check, median (best) of 12:`);
console.log(`  the identifiers rule alone (now):      ${f(median(times.alone))} (${f(Math.min(...times.alone))})`);
console.log(`  the whole lint (before):               ${f(median(times.whole))} (${f(Math.min(...times.whole))})`);
