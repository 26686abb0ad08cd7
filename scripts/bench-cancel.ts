// Draft Report cancelled on a client of 500 notes, in the desktop's lint worker (dist/lint-worker.cjs: `npm run build`
// first): how long from the cancel until the worker is free, that is until a lint queued behind the cancelled step is
// answered. `npx tsx scripts/bench-cancel.ts`; prints milliseconds (median of five). No assertion: the machine is
// shared. Beside it, how long the step takes uncancelled: what a cancel waited for when a running step ran to its end.
import { Worker } from 'node:worker_threads';
import { builtinTemplates, type DraftNote, type SessionFacts } from '../src/core/index.js';
import { WorkerLintClient } from '../src/extension/lint-worker-client.js';
import type { Task } from '../src/extension/tasks.js';

const N = 500;
function note(i: number): DraftNote {
  const d = new Date(Date.UTC(2016, 0, 3 + 7 * i)).toISOString().slice(0, 10);
  const text = `---\ntype: soap\ndate: ${d}\nclient: ZZ99\nclinician: Dana Whitfield\n---\n# SOAP progress note\n\n## Subjective\n\nClient reports ${i % 3 ? 'better' : 'poor'} sleep this week and worry about work. PHQ-9: ${Math.max(3, 22 - (i % 20))}. GAD-7 = ${Math.max(2, 16 - (i % 15))}.\nShe practised the thought record three times and went for two walks with her sister.\n\n## Objective\n\nAlert and oriented x3, affect brighter than last week, speech normal.\n\n## Assessment\n\nDepressive symptoms easing. Denies SI/HI; risk level: low. Barrier: shift changes make weekly sessions hard.\n\n## Plan\n\n- Goal 1: Reduce PHQ-9 below 10 by June (progressing)\n- Goal 2: Return to full-time work by August\n\nContinued CBT and behavioral activation; reviewed the safety plan. Next session in one week.\n`;
  return { path: `zz99/${d}.md`, text };
}
/** Years of groups kept in one file, about 300 KB (as in the extension's test): the longest single note's read. */
function longNote(k: number): DraftNote {
  let text = '---\ntype: group\nclient: ZZ99\ndate: 2015-12-20\n---\n# Group notes\n\n';
  // `k` in every session: a text of its own, so that no part of its parse is cached from an earlier one.
  for (let i = 1; text.length < 300_000; i++) {
    text += `## Session ${i}.${k}\n\nMembers discussed sleep, work stress and family support; the client spoke about her mother's health and a\nwalk with a friend. Practised a grounding exercise; PHQ-9 score 12. No safety concerns reported.\n\n`;
  }
  return { path: 'zz99/groups.md', text };
}

const LINT = '---\ntype: dap\n---\n# DAP progress note\n\n## Data\nClient reported stress at work and poor sleep.\n';
const client = new WorkerLintClient(() => new Worker(new URL('../dist/lint-worker.cjs', import.meta.url)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (n: number) => `${n.toFixed(0)} ms`;

/**
 * The step cancelled `after` ms after it was asked for: ms from the cancel until the worker answers for the step
 * (`free`: it stopped, or ended) and until the lint queued behind it is answered (`next`).
 */
async function cancelled(task: Task, after: number): Promise<{ free: number; next: number; stopped: boolean }> {
  const ac = new AbortController();
  let free = 0;
  let t = 0;
  const step = client.run(task, 60_000, ac.signal).then(
    () => false,
    () => true,
  );
  void step.then(() => (free = performance.now() - t));
  const next = client.lint(LINT, {}, 60_000);
  await new Promise((r) => setTimeout(r, after));
  t = performance.now();
  ac.abort();
  await next;
  return { free, next: performance.now() - t, stopped: await step };
}

async function main() {
  await client.lint(LINT, {}, 60_000); // loads the worker
  const notes = Array.from({ length: N }, (_, i) => note(i));
  let t = performance.now();
  // As the extension reads them: a note per request.
  const sessions: SessionFacts[] = [];
  for (const n of notes) sessions.push(...(await client.run({ kind: 'read-notes', notes: [n] }, 60_000)));
  console.log(`${N} notes read in the worker, a request each: ${f(performance.now() - t)}`);
  for (const name of ['treatment-plan-review', 'discharge-summary']) {
    const template = builtinTemplates().find((x) => x.name === name)!;
    const task: Task = { kind: 'draft', sessions, template, options: { client: 'ZZ99', today: '2026-01-01', charts: name } };
    const whole: number[] = [];
    for (let k = 0; k < 5; k++) {
      t = performance.now();
      await client.run(task, 60_000);
      whole.push(performance.now() - t);
    }
    const runs = [];
    for (let k = 0; k < 5; k++) runs.push(await cancelled(task, median(whole) / 3));
    console.log(`draft ${name} from ${N} notes: ${f(median(whole))} uncancelled; cancelled a third of the way in, the worker free ${f(median(runs.map((r) => r.free)))} after the cancel, the next lint answered after ${f(median(runs.map((r) => r.next)))} (${runs.filter((r) => r.stopped).length}/5 stopped before their end)`);
  }
  // Reading: a note per request, so a cancel waits for the note under way at most. The longest note's read, cancelled.
  const read: number[] = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    await client.run({ kind: 'read-notes', notes: [longNote(k)] }, 60_000);
    read.push(performance.now() - t);
  }
  const runs = [];
  for (let k = 3; k < 6; k++) runs.push(await cancelled({ kind: 'read-notes', notes: [longNote(k)] }, median(read) / 3));
  console.log(`read of one 300 KB note: ${f(median(read))} uncancelled; cancelled a third of the way in, the worker free ${f(median(runs.map((r) => r.free)))} after the cancel, the next lint answered after ${f(median(runs.map((r) => r.next)))} (${runs.filter((r) => r.stopped).length}/3 stopped before their end)`);
  client.dispose();
}

void main();
