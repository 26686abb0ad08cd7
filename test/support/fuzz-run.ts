// How many cases a fuzz property runs, with which seed, and how its failure reads. `npm test` runs a few hundred
// cases per property with a fixed seed (repeatable); `npm run fuzz` sets FUZZ_RUNS (cases per property) and a
// random seed, and prints the count of each property. FUZZ_SEED=n replays a seed; FUZZ_SEED=random picks one.
import fc from 'fast-check';

export const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const seedEnv = process.env.FUZZ_SEED;
export const FUZZ_SEED = seedEnv === 'random' ? Date.now() % 2 ** 31 : seedEnv ? Number(seedEnv) : 20261130;
/** Whether this is a long fuzz run (counts are printed, time limits lifted). */
export const fuzzing = FUZZ_RUNS !== undefined;

/** Total cases run in this process, per property title (printed at the end of `npm run fuzz`). */
export const counts = new Map<string, number>();

/**
 * Runs `check` (which returns a problem description, or undefined) over `arb`; throws fast-check's report of the
 * shrunk counterexample. `timeLimitMs` stops a default run early (shrinking included) so the suite stays bounded.
 */
export function runProperty<T>(title: string, arb: fc.Arbitrary<T>, check: (v: T) => string | undefined, defaultRuns: number, timeLimitMs: number): void {
  const numRuns = FUZZ_RUNS ?? defaultRuns;
  const t0 = performance.now();
  const details = fc.check(
    fc.property(arb, (v) => {
      const problem = check(v);
      if (problem) throw new Error(problem);
    }),
    { numRuns, seed: FUZZ_SEED, ...(fuzzing ? {} : { interruptAfterTimeLimit: timeLimitMs }) },
  );
  counts.set(title, (counts.get(title) ?? 0) + details.numRuns);
  if (fuzzing) {
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`      ${details.numRuns} cases, seed ${details.seed}, ${s} s${details.failed ? `, FAILED after ${details.numShrinks} shrinks` : ''}`);
  }
  if (details.failed) {
    // The shrunk counterexample's own problem first: what went wrong, then fast-check's replay data.
    const err = details.errorInstance as Error | undefined;
    const report = (fc.defaultReportMessage(details) ?? '').replace(/\nHint: Enable verbose mode[^\n]*\n?/, '');
    throw new Error(`${err?.message ?? 'property failed'}\n${report}`);
  }
}

/**
 * Runs `check` over every item (deterministic: the CommonMark examples) and reports how many fail, with the
 * shortest failing items first: the smallest counterexamples.
 */
export function runAll<T extends { name: string; text: string }>(title: string, items: T[], check: (v: T) => string | undefined): void {
  const failures: { item: T; problem: string }[] = [];
  for (const item of items) {
    let problem: string | undefined;
    try {
      problem = check(item);
    } catch (e) {
      problem = `threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' <- ')}`;
    }
    if (problem) failures.push({ item, problem });
  }
  counts.set(title, (counts.get(title) ?? 0) + items.length);
  if (fuzzing) console.log(`      ${items.length} cases`);
  if (!failures.length) return;
  failures.sort((a, b) => a.item.text.length - b.item.text.length);
  const shown = failures.slice(0, 3).map((f) => `- ${f.item.name} ${JSON.stringify(f.item.text).slice(0, 400)}\n  ${f.problem}`);
  throw new Error(`${failures.length} of ${items.length} fail; the shortest:\n${shown.join('\n')}`);
}
