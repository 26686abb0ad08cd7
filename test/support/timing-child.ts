// The timing worker: a child process (forked by timing-runner.ts) that lints adversarial inputs and runs the
// catalog's patterns over them, and says before each step how long it may take. The parent kills it when a step
// overruns: a regular expression that backtracks forever cannot be interrupted from inside the process.
import { lint } from '../../src/core/index.js';
import { PATTERN_FLAGS } from '../../src/core/read/pattern.js';
import { catalogPatterns, deep, familyByName, salt } from './adversarial.js';
import type { ChildMessage, Job, LintSize } from './timing-protocol.js';

const send = (m: ChildMessage) => process.send!(m);
/** Announces a step and its deadline, with this process's CPU time so far: the parent kills on CPU time spent. */
function step(id: number, label: string, deadlineMs: number): void {
  const c = process.cpuUsage();
  send({ type: 'step', id, label, deadlineMs, cpuMs: (c.user + c.system) / 1000 });
}

/**
 * CPU time of this process (ms) and wall time of one call: CPU time is what the verdicts use, because the machine
 * is shared and other processes stretch wall time; the kill deadlines count CPU time too (timing-runner.ts). (No forced GC before a run:
 * it made the next run 3-5x slower, deoptimised code and all.)
 */
function time(f: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

/**
 * Deadline for a step expected to scale linearly from a smaller measure: `slack` times the extrapolation plus a
 * floor. A step killed at this deadline is at least `slack` times slower per KB than the smaller size, so the
 * 2x assertion would fail anyway; waiting longer only costs time.
 */
function deadline(job: Job, expectedMs: number | undefined, floorMs: number): number {
  if (job.fixedDeadlineMs) return job.fixedDeadlineMs;
  return expectedMs === undefined ? floorMs : floorMs + job.slack * expectedMs;
}

/**
 * Warm-ups in ascending size (each deadline extrapolated from the size before), then the timed runs in rounds
 * over all sizes, so that a change in the machine's load hits every size alike.
 */
function lintJob(job: Job): void {
  const fam = familyByName(job.name);
  const texts = job.sizesKb.map((kb) => fam.make(kb * 1024));
  const sizes: LintSize[] = [];
  for (let i = 0; i < texts.length; i++) {
    const kb = job.sizesKb[i];
    const prev = sizes[i - 1];
    const limit = deadline(job, prev && (prev.warmWall / prev.bytes) * texts[i].length, job.floorMs);
    step(job.id, `lint ${kb} KB (warm-up)`, limit);
    const w = time(() => lint(salt(texts[i], 0)));
    sizes.push({ kb, bytes: texts[i].length, ms: w.cpu, runs: [], warmMs: w.cpu, warmWall: w.wall });
    send({ type: 'lint', id: job.id, size: sizes[i] });
  }
  // A run of a smaller size lints it several times (up to the largest size's length, at most 10), so that each run
  // carries its share of garbage collection: a lucky 40 ms lint of 10 KB that met no collection would otherwise make
  // the 100 KB time per KB look twice as high.
  const largest = Math.max(...texts.map((t) => t.length));
  const repsOf = (len: number) => Math.max(1, Math.min(10, Math.round(largest / len)));
  const rounds = (from: number, to: number) => {
    for (let v = from; v <= to; v++) {
      for (let i = 0; i < texts.length; i++) {
        const s = sizes[i];
        // A slow size is measured once: its verdict does not hang on a few percent, and the budget is bounded.
        if (s.warmWall > job.slowMs) continue;
        const reps = repsOf(texts[i].length);
        step(job.id, `lint ${s.kb} KB (run ${v})`, deadline(job, s.warmWall * reps, job.floorMs));
        let cpu = 0;
        for (let r = 0; r < reps; r++) {
          // Blanks at the end make each repetition a new text for the parse cache (a smaller size is one chunk).
          const text = salt(texts[i], v) + ' '.repeat(r);
          cpu += time(() => lint(text)).cpu;
        }
        s.runs.push(cpu / reps);
        s.ms = Math.min(...s.runs);
        send({ type: 'lint', id: job.id, size: s });
      }
    }
  };
  rounds(1, job.runs);
  // Over the limit on a shared machine may be one unlucky run: measure again once before it counts.
  const [a, b] = sizes.slice(-2);
  if (job.confirmAbove && a && b && b.runs.length && b.ms / b.bytes / (a.ms / a.bytes) > job.confirmAbove) rounds(job.runs + 1, 2 * job.runs);
}

function scan(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0] === '') re.lastIndex++;
  }
  return n;
}

function regexJob(job: Job): void {
  const fam = familyByName(job.name);
  const [small, big] = job.sizesKb;
  const t1 = fam.make(small * 1024);
  const t2 = fam.make(big * 1024);
  // The small text is scanned several times per measure, so that its measure is not all timer noise.
  const reps = Math.max(1, Math.round(t2.length / t1.length / 2));
  for (const { source, where } of catalogPatterns()) {
    const re = new RegExp(source, PATTERN_FLAGS);
    const name = `pattern ${where} ${JSON.stringify(source)}`;
    const measure = (runs: number, prev?: [number, number]): [number, number] => {
      step(job.id, `${name} at ${small} KB`, deadline(job, undefined, job.floorMs));
      const a = Array.from({ length: runs }, () => time(() => { for (let k = 0; k < reps; k++) scan(re, t1); }));
      const wall1 = Math.min(...a.map((x) => x.wall)) / reps;
      step(job.id, `${name} at ${big} KB`, deadline(job, (wall1 / t1.length) * t2.length, job.floorMs));
      const b = Array.from({ length: runs }, () => time(() => scan(re, t2)));
      const ms: [number, number] = [Math.min(...a.map((x) => x.cpu)) / reps, Math.min(...b.map((x) => x.cpu))];
      return prev ? [Math.min(ms[0], prev[0]), Math.min(ms[1], prev[1])] : ms;
    };
    let ms = measure(job.runs);
    // A pattern over the limit may have met a GC pause: measure again (best of more runs) before it counts.
    if (job.confirmAbove && ms[1] >= 1 && ms[1] / t2.length / (ms[0] / t1.length) > job.confirmAbove) ms = measure(3, ms);
    send({ type: 'pattern', id: job.id, pattern: { source, where, bytes: [t1.length, t2.length], ms } });
  }
}

function deepJob(job: Job): void {
  const d = deep.find((x) => x.name === job.name)!;
  const text = d.make();
  step(job.id, `lint ${job.name}`, job.fixedDeadlineMs ?? job.floorMs);
  const t0 = performance.now();
  try {
    lint(text);
    send({ type: 'deep', id: job.id, ms: performance.now() - t0 });
  } catch (e) {
    const err = e as Error;
    // The first frames say where the recursion is.
    const frames = [...new Set((err.stack ?? '').split('\n').slice(1, 40).map((l) => l.trim().replace(/^at /, '')))].slice(0, 4).join(' <- ');
    send({ type: 'deep', id: job.id, ms: performance.now() - t0, error: `${err.name}: ${err.message} at ${frames}` });
  }
}

process.on('message', (m: { jobs: Job[] }) => {
  for (const job of m.jobs) {
    try {
      if (job.kind === 'lint') lintJob(job);
      else if (job.kind === 'regex') regexJob(job);
      else deepJob(job);
      send({ type: 'done', id: job.id });
    } catch (e) {
      send({ type: 'done', id: job.id, error: String((e as Error)?.stack ?? e).slice(0, 600) });
    }
  }
  send({ type: 'idle' });
});
// The first lints of a process run cold code (10 KB: ~200 ms, then ~50 ms): warm the common paths once, so that
// each family's own warm-up only has its own paths to warm.
const control = familyByName('realistic-note');
for (const kb of [1, 10, 10, 10, 10, 10]) lint(control.make(kb * 1024) + ' '.repeat(kb));
send({ type: 'ready' });
