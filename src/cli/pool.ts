// Lints notes on worker threads: two workers gave 1.4x on a 2-core machine. Only the bundled CLI uses it, because
// there one file (dist/cli.cjs) is both the main program and the worker; in-process runs (tests) lint inline.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Dismissal, NotePrints, ReportDimension, ReportFinding, ReportReview, ReportSession, ResolvedConfig } from '../core/index.js';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  path: string;
  type?: string;
  /** The note's entries in its `.clinote/dismissed.json`. */
  dismissed?: Dismissal[];
}
export interface LintJobResult {
  findings: ReportFinding[];
  /** How many findings the note's dismissals left out. */
  dismissed: number;
  /** The rules checked in the note (for JUnit). */
  rules?: string[];
  /** Its front matter's review status. */
  review?: ReportReview;
  /** How each dimension its type expects stands (the HTML report's matrix). */
  dimensions?: ReportDimension[];
  /** Its date, client and clinician, when it says them. */
  session?: ReportSession;
  /** Its blocks' fingerprints (numbers, no text) for copied-text; absent when the rule is off in the note. */
  prints?: NotePrints;
}
export type LintFn = (job: LintJob) => LintJobResult;

const WORKER_MARK = 'clinote-lint-worker';
/** Below this many notes (~9 ms each), starting workers (~150 ms each, JIT cold) costs more than it saves. */
export const POOL_MIN_FILES = 200;

/** In a thread started by LintPool, answers lint jobs until the pool ends it. Does nothing elsewhere. */
export function serveIfWorker(lint: LintFn): void {
  if (isMainThread || workerData !== WORKER_MARK || !parentPort) return;
  const port = parentPort;
  port.on('message', ({ id, job }: { id: number; job: LintJob }) => {
    try {
      port.postMessage({ id, result: lint(job) });
    } catch (e) {
      port.postMessage({ id, error: String((e as Error)?.message ?? e) });
    }
  });
}

/** How many workers to start for `files` notes from `script`, or 0 to lint inline; `jobs` is --jobs. */
export function poolSize(script: string, files: number, jobs?: number): number {
  if (!script.endsWith('.cjs') || jobs === 1) return 0;
  if (jobs) return Math.min(jobs, files);
  const cores = availableParallelism();
  return cores < 2 || files < POOL_MIN_FILES ? 0 : Math.min(cores, 8);
}

interface Pending {
  job: LintJob;
  resolve(result: LintJobResult): void;
  reject(e: Error): void;
}

/**
 * Jobs each worker holds at once: the next note waits in the worker's own queue while it lints one, so that it never
 * sits idle for a round trip to the main thread (about 5% of a worker's time on 2,000 notes, profiled).
 */
const IN_FLIGHT = 2;

export class LintPool {
  /** Each live worker and the jobs it holds, oldest first: a worker answers its jobs in order. */
  private readonly held = new Map<Worker, Pending[]>();
  private readonly queue: Pending[] = [];

  constructor(script: string | URL, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: WORKER_MARK });
      w.on('message', (m: { result?: LintJobResult; error?: string }) => {
        const p = this.held.get(w)?.shift();
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.result ?? { findings: [], dismissed: 0 });
        this.pump();
      });
      // A worker that dies fails its jobs (reported on those notes) and leaves the pool.
      w.on('error', (e) => {
        for (const p of this.held.get(w)?.splice(0) ?? []) p.reject(e);
        this.held.delete(w);
        if (!this.held.size) for (const p of this.queue.splice(0)) p.reject(e);
      });
      this.held.set(w, []);
    }
  }

  lint(job: LintJob): Promise<LintJobResult> {
    return new Promise((resolve, reject) => {
      if (!this.held.size) return reject(new Error('no lint worker left'));
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Hands queued jobs to the workers holding the fewest. */
  private pump(): void {
    while (this.queue.length) {
      let best: [Worker, Pending[]] | undefined;
      for (const e of this.held) if (e[1].length < IN_FLIGHT && (!best || e[1].length < best[1].length)) best = e;
      if (!best) return;
      const p = this.queue.shift()!;
      best[1].push(p);
      best[0].postMessage({ id: 0, job: p.job });
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.held.keys()].map((w) => w.terminate()));
  }
}
