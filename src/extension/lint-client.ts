// How the editor runs a lint: behind one small interface, in a worker thread (desktop, lint-worker-client.ts) or in
// the extension host under a deadline (web, where an extension cannot start a worker). Pure: no vscode.
import { lint, LintTimeout, type LintOptions } from '../core/index.js';
import { outcomeOf, type LintOutcome } from './lint-outcome.js';

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
  /** Gets ready for a lint about to be asked for (starts the desktop's worker while the note's config is found). */
  prepare?(): void;
  dispose(): void;
}

/** The request was superseded before it ran. */
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelled';
  }
}

/** Lints on the caller's thread; the core checks the deadline between its stages. */
export class InProcessLintClient implements LintClient {
  readonly kind = 'in-process';

  async lint(text: string, options: LintRequestOptions, budget: number, signal?: AbortSignal): Promise<LintOutcome> {
    if (signal?.aborted) throw new LintCancelled();
    return outcomeOf(lint(text, { ...options, deadline: performance.now() + budget }), options.path);
  }

  dispose(): void {}
}
