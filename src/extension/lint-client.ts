// How the editor runs the core's work (a lint; Draft Report's reading and drafting, tasks.ts): behind one small
// interface, in a worker thread (desktop, lint-worker-client.ts) or in the extension host, a lint under a deadline
// (web, where an extension cannot start a worker). Pure: no vscode.
import { Cancelled, LintTimeout, type LintOptions } from '../core/index.js';
import type { LintOutcome } from './lint-outcome.js';
import { inSlices } from './slices.js';
import { runTask, taskWork, type Task, type TaskOf, type TaskResults } from './tasks.js';

export { LintTimeout };

/** What a lint needs besides the text: plain data (the config is resolved on the editor's side). */
export type LintRequestOptions = Pick<LintOptions, 'config' | 'path' | 'type' | 'fingerprints'>;

export interface LintClient {
  /** Where lints run: off the extension host's thread, or on it. */
  readonly kind: 'worker' | 'in-process';
  /**
   * The outcome of one lint. Rejects with LintTimeout when it takes longer than `budget` ms, and with LintCancelled
   * when `signal` aborts before the lint has started (a started lint runs to its end or its budget).
   */
  lint(text: string, options: LintRequestOptions, budget: number, signal?: AbortSignal): Promise<LintOutcome>;
  /**
   * Any task (tasks.ts), where lints run: `run({ kind: 'lint', ... })` is `lint()`. Rejects as `lint()` does; a task
   * other than a lint past its budget is stopped only in a worker (its worker is stopped), and a template's mistake
   * rejects with its TemplateError. A task other than a lint also stops when `signal` aborts while it runs, at its
   * next unit of work (LintCancelled).
   */
  run<K extends Task['kind']>(task: TaskOf<K>, budget: number, signal?: AbortSignal): Promise<TaskResults[K]>;
  /** Gets ready for a lint about to be asked for (starts the desktop's worker while the note's config is found). */
  prepare?(): void;
  dispose(): void;
}

/** The request was superseded before it ran, or cancelled while it ran. */
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelled';
  }
}

/**
 * Runs on the caller's thread; the core checks a lint's deadline between its stages. A draft's step runs in slices
 * of its units of work (slices.ts) with a turn of the event loop between, so that the host stays responsive and hears
 * a cancel (which stops the step there, and drops a result that was ready when it came).
 */
export class InProcessLintClient implements LintClient {
  readonly kind = 'in-process';

  lint(text: string, options: LintRequestOptions, budget: number, signal?: AbortSignal): Promise<LintOutcome> {
    return this.run({ kind: 'lint', text, options }, budget, signal);
  }

  async run<K extends Task['kind']>(task: TaskOf<K>, budget: number, signal?: AbortSignal): Promise<TaskResults[K]> {
    if (signal?.aborted) throw new LintCancelled();
    const deadline = performance.now() + budget;
    if (task.kind === 'lint') return runTask(task, deadline);
    const shouldStop = () => signal?.aborted === true;
    try {
      return await inSlices(taskWork(task, deadline, shouldStop), shouldStop);
    } catch (e) {
      throw e instanceof Cancelled ? new LintCancelled() : e;
    }
  }

  dispose(): void {}
}
