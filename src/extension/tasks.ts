// The core's work that the editor hands to a lint client: a note's lint, and Draft Report's two steps (reading notes
// for their facts, then gathering, rendering and charting the draft). Plain data in and out, so that each crosses a
// worker boundary (structured clone); run by the desktop's worker thread (lint-worker.ts) and, on the web, in the
// extension host (lint-client.ts). A draft's steps are units of work (core work.ts), so that a cancel stops them while
// they run. Pure: no vscode, no fs.
import { drafting, finish, lint, reading, type DraftNote, type DraftOptions, type DraftOutcome, type DraftTemplate, type SessionFacts, type ShouldStop, type Work } from '../core/index.js';
import { outcomeOf, type LintOutcome } from './lint-outcome.js';
import type { LintRequestOptions } from './lint-client.js';

export type Task =
  | { kind: 'lint'; text: string; options: LintRequestOptions }
  /** Each note linted once for its facts (a draft Clinote made is left out). */
  | { kind: 'read-notes'; notes: DraftNote[] }
  /** The draft from notes read so: the client's facts gathered, the template rendered, the charts drawn. */
  | { kind: 'draft'; sessions: SessionFacts[]; template: DraftTemplate; options: DraftOptions };

/** A draft as the editor writes it: the gathered facts stay where they were gathered (only their count is shown). */
export type Drafted = (Omit<Extract<DraftOutcome, { ok: true }>, 'facts'> & { notes: number }) | Extract<DraftOutcome, { ok: false }>;

export interface TaskResults {
  lint: LintOutcome;
  'read-notes': SessionFacts[];
  draft: Drafted;
}

export type TaskOf<K extends Task['kind']> = Extract<Task, { kind: K }>;

/**
 * Runs a task on this thread. `deadline` (a `performance.now()` time) bounds a lint, which the core checks between
 * its stages; the draft's steps are bounded by the caller (a worker past its budget is stopped). `shouldStop` stops
 * a draft's step (a Cancelled) between its units of work and inside them; a lint is not asked.
 */
export function runTask<K extends Task['kind']>(task: TaskOf<K>, deadline: number, shouldStop?: ShouldStop): TaskResults[K] {
  return finish(taskWork(task, deadline, shouldStop), shouldStop);
}

/** A task a unit of work at a time (work.ts): a lint is one unit; a step of the draft, a note or a client or a chart. */
export function* taskWork<K extends Task['kind']>(task: TaskOf<K>, deadline: number, shouldStop?: ShouldStop): Work<TaskResults[K]> {
  const t = task as Task;
  switch (t.kind) {
    case 'lint':
      return outcomeOf(lint(t.text, { ...t.options, deadline }), t.options.path) as TaskResults[K];
    case 'read-notes':
      return (yield* reading(t.notes, shouldStop)) as TaskResults[K];
    case 'draft': {
      const r = yield* drafting(t.sessions, t.template, t.options, shouldStop);
      if (!r.ok) return r as TaskResults[K];
      const { facts, ...rest } = r;
      return { ...rest, notes: facts.reduce((n, f) => n + f.counts.notes, 0) } as TaskResults[K];
    }
  }
}
