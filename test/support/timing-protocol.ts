// Messages between timing-runner.ts (parent) and timing-child.ts (the process that may have to be killed).

export interface Job {
  id: number;
  kind: 'lint' | 'regex' | 'deep';
  /** Family name (adversarial.ts `families`) or deep-nesting case name (`deep`). */
  name: string;
  /** lint: every size in KB, ascending; regex: the two sizes compared. */
  sizesKb: number[];
  /** Timed runs per size after the warm-up (best is kept). */
  runs: number;
  /** A warm-up slower than this is the measure (no repeats). */
  slowMs: number;
  /** Deadline of a step with nothing to extrapolate from, and added to every extrapolated deadline. */
  floorMs: number;
  /** Deadline = floor + slack x (the smaller size's time per KB x this size). */
  slack: number;
  /** A ratio (time per KB, largest size vs the one before) above this is measured again (as many runs more) before
   * it counts: on a shared machine one unlucky run must not fail a family. */
  confirmAbove?: number;
  /** One deadline for every step instead (the script's "> 30 s"). */
  fixedDeadlineMs?: number;
}

export interface LintSize {
  kb: number;
  bytes: number;
  /** Best timed run. */
  ms: number;
  runs: number[];
  /** The warm-up run: CPU ms, and wall ms (deadlines are wall time). */
  warmMs: number;
  warmWall: number;
}

export interface PatternTiming {
  source: string;
  /** Dimension and sub-item (or trigger) it belongs to. */
  where: string;
  bytes: [number, number];
  ms: [number, number];
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'idle' }
  /** `cpuMs`: the child's own CPU time (process.cpuUsage, all threads) as the step starts. */
  | { type: 'step'; id: number; label: string; deadlineMs: number; cpuMs: number }
  | { type: 'lint'; id: number; size: LintSize }
  | { type: 'pattern'; id: number; pattern: PatternTiming }
  | { type: 'deep'; id: number; ms: number; error?: string }
  | { type: 'done'; id: number; error?: string };

export interface JobResult {
  job: Job;
  sizes: LintSize[];
  patterns: PatternTiming[];
  deep?: { ms: number; error?: string };
  /** The step that overran its deadline (or the job's cap) and was killed, or the child's crash. */
  /** `afterMs` is wall time; `cpuMs` the CPU time the child spent in the step, where the system tells it. */
  killed?: { label: string; afterMs: number; cpuMs?: number; deadlineMs: number; reason: 'deadline' | 'job cap' | 'crash' };
  error?: string;
  /** Wall time of the whole job. */
  wallMs: number;
}
