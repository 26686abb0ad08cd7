// The desktop's lint client: the worker thread, except for the first lints of a window. A fresh worker must load the
// core (a second copy of it: the extension host has one already) before its first lint, which on a busy 2-core
// machine took longer than the lint itself. So until the first worker has said it is ready, a small note is linted
// in the extension host under a short deadline; past that deadline it goes to the worker with its whole budget.
// Once a worker has been ready, every lint runs in a worker, as before. Pure: no vscode.
import { InProcessLintClient, LintTimeout, type LintClient, type LintRequestOptions } from './lint-client.js';
import type { LintOutcome } from './lint-outcome.js';
import type { WorkerLintClient } from './lint-worker-client.js';
import type { Task, TaskOf, TaskResults } from './tasks.js';

/** Notes up to this length may be linted in process at startup (a session note is a few KB). */
export const STARTUP_MAX_CHARS = 20_000;
/** How long such a lint may hold the extension host: the core stops at its next stage after this. */
export const STARTUP_BUDGET_MS = 1000;

export class StartupLintClient implements LintClient {
  readonly kind = 'worker';
  /** Lints run in process so far (tests read it). */
  inProcessRuns = 0;

  constructor(
    readonly worker: Pick<WorkerLintClient, 'lint' | 'run' | 'prepare' | 'dispose' | 'warm'>,
    private readonly inProcess: LintClient = new InProcessLintClient(),
  ) {}

  async lint(text: string, options: LintRequestOptions, budget: number, signal?: AbortSignal): Promise<LintOutcome> {
    if (!this.worker.warm && text.length <= STARTUP_MAX_CHARS) {
      this.worker.prepare();
      this.inProcessRuns++;
      try {
        return await this.inProcess.lint(text, options, Math.min(budget, STARTUP_BUDGET_MS), signal);
      } catch (e) {
        // Out of the short deadline (a slow note, or a very busy machine): the worker has the note's whole budget.
        if (!(e instanceof LintTimeout) || budget <= STARTUP_BUDGET_MS) throw e;
      }
    }
    return this.worker.lint(text, options, budget, signal);
  }

  /** A lint as above; Draft Report's reading and drafting always in the worker (a caseload is no startup lint). */
  run<K extends Task['kind']>(task: TaskOf<K>, budget: number, signal?: AbortSignal): Promise<TaskResults[K]> {
    const t = task as Task;
    if (t.kind === 'lint') return this.lint(t.text, t.options, budget, signal) as Promise<TaskResults[K]>;
    return this.worker.run(task, budget, signal);
  }

  prepare(): void {
    this.worker.prepare();
  }

  dispose(): void {
    this.worker.dispose();
  }
}
