// Runs timing jobs in child processes (one per core by default), one job at a time per child, and kills a child
// when a step overruns its deadline or a job its cap: a catastrophic input then fails with a label ("lint 10 KB",
// "pattern goals/stated ... at 100 KB") instead of hanging the suite. A fresh child takes the killed one's place.
//
// A deadline counts the child's CPU time where the system tells it (Linux /proc): a child that sat still for most of
// a step's wall time (the machine stalled it) gets the rest of its deadline, while a backtracking pattern, which burns
// CPU all along, is killed on time, and the message says which it was ("after 29930 ms, 23035 ms of it CPU" showed a
// look-behind that scanned in 2 ms alone to be quadratic in full runs). The job cap stays wall time, so a stalled
// child cannot hang the suite either.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, Job, JobResult } from './timing-protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const CHILD = path.join(here, 'timing-child.ts');

interface Pending {
  job: Job;
  result: JobResult;
  resolve: (r: JobResult) => void;
  promise: Promise<JobResult>;
  started?: number;
  done?: boolean;
}

/** One child process and the job it is running. */
interface Slot {
  child: ChildProcess;
  job?: Pending;
  step?: { label: string; start: number; deadlineMs: number; cpuMs: number };
  timer?: NodeJS.Timeout;
}

export class TimingRunner {
  private readonly pending: Pending[];
  private next = 0;
  private readonly slots = new Set<Slot>();
  private stopped = false;

  /** `capMs`: the most one job may take, whatever its steps' deadlines say. */
  constructor(
    jobs: Omit<Job, 'id'>[],
    private readonly capMs: number,
    private readonly concurrency = Math.max(1, Math.min(2, os.cpus().length)),
  ) {
    this.pending = jobs.map((j, id) => {
      const job = { ...j, id };
      let resolve!: (r: JobResult) => void;
      const promise = new Promise<JobResult>((r) => (resolve = r));
      return { job, resolve, promise, result: { job, sizes: [], patterns: [], wallMs: 0 } };
    });
  }

  start(): this {
    for (let i = 0; i < this.concurrency; i++) this.spawn();
    return this;
  }

  /** The result of the i-th job (in the order given). */
  result(i: number): Promise<JobResult> {
    return this.pending[i].promise;
  }

  all(): Promise<JobResult[]> {
    return Promise.all(this.pending.map((p) => p.promise));
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.slots) {
      clearTimeout(s.timer);
      s.child.kill('SIGKILL');
    }
    this.slots.clear();
  }

  // A young generation large enough that most of a 100 KB lint's garbage dies young: promotions to the old
  // generation, whose collections grow with the heap, made 100 KB runs of one input differ up to 2.5x.
  private spawn(): void {
    if (this.stopped || this.next >= this.pending.length) return;
    const child = fork(CHILD, [], { cwd: root, execArgv: ['--import', 'tsx', '--max-semi-space-size=32'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const slot: Slot = { child };
    this.slots.add(slot);
    child.on('message', (m: ChildMessage) => this.onMessage(slot, m));
    child.on('exit', (code, signal) => {
      if (!this.slots.has(slot)) return; // killed on purpose, or finished
      this.slots.delete(slot);
      // Died on its own (out of memory, a native stack overflow): the job in progress is the culprit.
      if (slot.job) this.finish(slot, { label: slot.step?.label ?? 'start-up', afterMs: age(slot), deadlineMs: slot.step?.deadlineMs ?? 0, reason: 'crash' }, `child exited (code ${code}, signal ${signal})`);
      this.spawn();
    });
  }

  /** Hands the child the next job, or lets it go. */
  private feed(slot: Slot): void {
    if (this.stopped) return;
    const p = this.pending[this.next];
    if (!p) {
      this.slots.delete(slot);
      slot.child.kill();
      return;
    }
    this.next++;
    slot.job = p;
    p.started = performance.now();
    slot.child.send({ jobs: [p.job] });
  }

  private onMessage(slot: Slot, m: ChildMessage): void {
    if (!this.slots.has(slot)) return;
    if (m.type === 'ready' || m.type === 'idle') return m.type === 'ready' ? this.feed(slot) : undefined;
    const p = this.pending[m.id];
    if (m.type === 'done') {
      this.finish(slot, undefined, m.error);
      return this.feed(slot);
    }
    if (m.type === 'step') {
      slot.step = { label: m.label, start: performance.now(), deadlineMs: m.deadlineMs, cpuMs: m.cpuMs };
      this.arm(slot, m.deadlineMs);
    } else if (m.type === 'lint') {
      // Sent again after each timed run: the latest replaces the earlier.
      const i = p.result.sizes.findIndex((s) => s.kb === m.size.kb);
      if (i >= 0) p.result.sizes[i] = m.size;
      else p.result.sizes.push(m.size);
    } else if (m.type === 'pattern') p.result.patterns.push(m.pattern);
    else if (m.type === 'deep') p.result.deep = { ms: m.ms, error: m.error };
  }

  /** Wakes after `waitMs` of wall time (or at the job's cap) to see whether the step has used its deadline. */
  private arm(slot: Slot, waitMs: number): void {
    const left = this.capMs - (performance.now() - slot.job!.started!);
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.check(slot, waitMs <= left ? 'deadline' : 'job cap'), Math.max(0, Math.min(waitMs, left)));
  }

  private check(slot: Slot, reason: 'deadline' | 'job cap'): void {
    const step = slot.step!;
    const cpu = cpuMsOf(slot.child.pid);
    // /proc counts whole ticks and may lag process.cpuUsage by one: never below zero.
    const used = cpu === undefined ? undefined : Math.max(0, cpu - step.cpuMs);
    // Not enough CPU spent yet: wait at least what the deadline has left (a stalled child's wall time is not its own).
    if (reason === 'deadline' && used !== undefined && used < step.deadlineMs) return this.arm(slot, Math.max(50, step.deadlineMs - used));
    this.slots.delete(slot);
    slot.child.kill('SIGKILL');
    this.finish(slot, { label: step.label, afterMs: age(slot), cpuMs: used, deadlineMs: step.deadlineMs, reason });
    this.spawn();
  }

  private finish(slot: Slot, killed: JobResult['killed'], error?: string): void {
    const p = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.step = undefined;
    if (!p || p.done) return;
    p.done = true;
    p.result.wallMs = performance.now() - p.started!;
    if (killed) p.result.killed = killed;
    if (error) p.result.error = error;
    p.resolve(p.result);
  }
}

function age(slot: Slot): number {
  return slot.step ? performance.now() - slot.step.start : 0;
}

/**
 * CPU time (ms, all threads) of a process from /proc/<pid>/stat (utime + stime, fields 14 and 15, in clock ticks of
 * 1/100 s, Linux's USER_HZ), or undefined where there is no /proc: deadlines are then wall time alone.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}
