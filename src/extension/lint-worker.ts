// The lint worker (desktop): the core's work off the extension host's thread: lints, and Draft Report's reading and
// drafting (tasks.ts). Bundled to dist/lint-worker.cjs and started by lint-worker-client.ts; it answers each request
// (a task, its id and budget) with the outcome or the error. A draft's step runs without turning the event loop, so
// a message could not stop it: the editor asks it to stop through memory both threads share (`stop` holds the id of
// the request to stop), which the step reads between its units of work.
import { parentPort } from 'node:worker_threads';
import { Cancelled, LintTimeout, TemplateError } from '../core/index.js';
import { runTask } from './tasks.js';
import type { WorkerReady, WorkerReply, WorkerRequest } from './lint-worker-client.js';

const port = parentPort!;

port.on('message', ({ id, budget, stop, ...task }: WorkerRequest) => {
  try {
    // This thread's clock: performance.now() counts from each thread's own start.
    const deadline = performance.now() + budget;
    port.postMessage({ id, outcome: runTask(task, deadline, () => Atomics.load(stop, 0) === id) } satisfies WorkerReply);
  } catch (e) {
    // A failure's message and stack, never the note's text: notes are health records.
    const err = e instanceof Error ? e : new Error(String(e));
    const template = e instanceof TemplateError ? { file: e.file, line: e.line, detail: e.detail } : undefined;
    const error = { message: err.message, stack: err.stack, timeout: e instanceof LintTimeout, cancelled: e instanceof Cancelled, ...(template && { template }) };
    port.postMessage({ id, error } satisfies WorkerReply);
  }
});
// Loaded: from now on a lint here costs the lint alone (the extension lints in process until this arrives).
port.postMessage({ ready: true } satisfies WorkerReady);
