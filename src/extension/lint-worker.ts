// The lint worker (desktop): the core's lint off the extension host's thread. Bundled to dist/lint-worker.cjs and
// started by lint-worker-client.ts; it answers each {id, text, options, budget} with the outcome or the error.
import { parentPort } from 'node:worker_threads';
import { lint, LintTimeout } from '../core/index.js';
import { outcomeOf } from './lint-outcome.js';
import type { WorkerReady, WorkerReply, WorkerRequest } from './lint-worker-client.js';

const port = parentPort!;

port.on('message', ({ id, text, options, budget }: WorkerRequest) => {
  try {
    // This thread's clock: performance.now() counts from each thread's own start.
    const deadline = performance.now() + budget;
    port.postMessage({ id, outcome: outcomeOf(lint(text, { ...options, deadline }), options.path) } satisfies WorkerReply);
  } catch (e) {
    // A failure's message and stack, never the note's text: notes are health records.
    const err = e instanceof Error ? e : new Error(String(e));
    port.postMessage({ id, error: { message: err.message, stack: err.stack, timeout: e instanceof LintTimeout } } satisfies WorkerReply);
  }
});
// Loaded: from now on a lint here costs the lint alone (the extension lints in process until this arrives).
port.postMessage({ ready: true } satisfies WorkerReady);
