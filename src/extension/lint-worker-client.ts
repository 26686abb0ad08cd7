// Lints in a worker thread (desktop), so that a slow note never blocks the extension host and the extensions that
// share it; Draft Report's reading and drafting run there too (tasks.ts), in the same queue. One task at a time. A worker is kept between lints: its caches (parsed chunks of a long note) make
// re-linting cheap. So a lint past its budget first stops itself at the core's next stage (the worker and its caches
// live on); one stuck inside a stage is stopped a little later by terminating the worker, and the next request gets
// a fresh one. A draft's step cancelled while it runs is stopped the same way: asked first (a flag the worker reads
// between units of work), its worker terminated only if it has not stopped soon after.
import type { Worker } from 'node:worker_threads';
import { TemplateError } from '../core/index.js';
import { LintCancelled, LintTimeout, type LintClient, type LintRequestOptions } from './lint-client.js';
import type { LintOutcome } from './lint-outcome.js';
import type { Task, TaskOf, TaskResults } from './tasks.js';

/** What the extension posts to the worker (lint-worker.ts): a task, with `budget`, milliseconds from receipt (a
 *  lint's deadline inside the worker). */
export type WorkerRequest = Task & { id: number; budget: number; stop: Int32Array };
export type WorkerReply =
  | { id: number; outcome: TaskResults[Task['kind']] }
  | { id: number; error: { message: string; stack?: string; timeout?: boolean; cancelled?: boolean; template?: { file: string; line: number; detail: string } } };
/** What the worker posts once it has loaded the core, before any request. */
export interface WorkerReady {
  ready: true;
}

/** How long after its budget a lint that has not stopped itself is stopped by terminating its worker. */
export const graceFor = (budget: number) => Math.max(100, budget / 5);
/**
 * How long a draft's step cancelled while it runs has to stop itself before its worker is terminated: it stops at
 * its next unit of work (a note, a client, a chart, a node of the template), far sooner, unless it is inside one
 * long note's parse, which nothing interrupts.
 */
export const CANCEL_GRACE_MS = 2000;

interface Job {
  id: number;
  task: Task;
  budget: number;
  resolve(o: TaskResults[Task['kind']]): void;
  reject(e: Error): void;
}

export class WorkerLintClient implements LintClient {
  readonly kind = 'worker';
  /** Workers started so far: each timeout costs one (tests read it). */
  spawned = 0;
  /** Whether a worker has loaded the core (and said so) since this client was made. */
  warm = false;
  private worker: Worker | undefined;
  /** Shared with the workers: the id of the request asked to stop (ids only grow, so an old one stops nothing). */
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private ids = 0;
  private disposed = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly grace = graceFor,
    private readonly cancelGrace = CANCEL_GRACE_MS,
  ) {}

  lint(text: string, options: LintRequestOptions, budget: number, signal?: AbortSignal): Promise<LintOutcome> {
    return this.run({ kind: 'lint', text, options }, budget, signal);
  }

  run<K extends Task['kind']>(task: TaskOf<K>, budget: number, signal?: AbortSignal): Promise<TaskResults[K]> {
    if (signal?.aborted || this.disposed) return Promise.reject(new LintCancelled());
    return new Promise((resolve, reject) => {
      const job: Job = { id: ++this.ids, task, budget, resolve: resolve as Job['resolve'], reject };
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.queue.indexOf(job);
          if (i >= 0) {
            this.queue.splice(i, 1);
            reject(new LintCancelled());
          } else if (this.running?.job === job && job.task.kind !== 'lint') this.cancelRunning();
        },
        { once: true },
      );
      this.queue.push(job);
      this.next();
    });
  }

  /** Starts the worker now, so that loading it overlaps with what comes before the lint (finding the config). */
  prepare(): void {
    if (!this.worker && !this.disposed) this.start();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new LintCancelled());
    this.stop(new LintCancelled());
  }

  /**
   * Asks the running step to stop; it answers LintCancelled at its next unit of work. One that has not within the
   * grace is stopped with its worker. A lint is not asked: superseded lints are short, and its caller drops the result.
   */
  private cancelRunning(): void {
    const r = this.running!;
    Atomics.store(this.stopFlag, 0, r.job.id);
    clearTimeout(r.timer);
    r.timer = setTimeout(() => this.stop(new LintCancelled()), this.cancelGrace);
  }

  private next(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.worker ?? this.start();
    // The budget counts from the moment the worker is asked, not while the request waited its turn.
    this.running = { job, timer: setTimeout(() => this.stop(new LintTimeout()), job.budget + this.grace(job.budget)) };
    worker.postMessage({ ...job.task, id: job.id, budget: job.budget, stop: this.stopFlag } satisfies WorkerRequest);
  }

  private start(): Worker {
    const w = this.spawn();
    this.spawned++;
    w.unref(); // never what keeps a process alive
    w.on('message', (m: WorkerReply | WorkerReady) => {
      if (w !== this.worker) return;
      if ('ready' in m) this.warm = true;
      else this.settle(m);
    });
    w.on('error', (e: Error) => w === this.worker && this.stop(e));
    w.on('exit', (code: number) => w === this.worker && this.stop(new Error(`the lint worker stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  private settle(m: WorkerReply): void {
    const r = this.running;
    if (!r || r.job.id !== m.id) return;
    clearTimeout(r.timer);
    this.running = undefined;
    if ('outcome' in m) r.job.resolve(m.outcome);
    else r.job.reject(failure(m.error));
    this.next();
  }

  /** Ends the running lint with `e` and throws its worker away. */
  private stop(e: Error): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    const r = this.running;
    this.running = undefined;
    if (r) {
      clearTimeout(r.timer);
      r.job.reject(e);
    }
    // On the next turn: whoever was told of the timeout can first withdraw requests it no longer wants.
    setTimeout(() => this.next(), 0);
  }
}

/** The error a task's reply carries, as the caller can tell it: a timeout, a cancel, a template's mistake, or else. */
function failure(e: Extract<WorkerReply, { error: unknown }>['error']): Error {
  if (e.timeout) return new LintTimeout();
  if (e.cancelled) return new LintCancelled();
  if (e.template) return new TemplateError(e.template.file, e.template.line, e.template.detail);
  return Object.assign(new Error(e.message), { stack: e.stack });
}
