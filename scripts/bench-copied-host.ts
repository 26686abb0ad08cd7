// How long building copied-text's index (LiveCopies) at the end of Lint Workspace holds the thread it runs on: built
// in one go (as the extension host did until the build ran in slices), and in 15 ms slices (src/extension/slices.ts,
// as it runs now), alternately, on a corpus from bench/gen-corpus.cjs. The hold is the largest gap between the ticks of
// a 10 ms interval, as the extension-host tests measure it (test/vscode/suite/helpers.ts, gapMeter). No timed
// assertion: the machine is shared; compare the pairs.
//
//   node bench/gen-corpus.cjs --n 10000 --seed 42 --out /tmp/c10000
//   npx tsx scripts/bench-copied-host.ts /tmp/c10000 [pairs, default 3]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { finish, LiveCopies, parseNote, type NotePrints } from '../src/core/index.js';
import { notePrints } from '../src/core/copied/prints.js';
import { inSlices } from '../src/extension/slices.js';

const [dir, pairs = '3'] = process.argv.slice(2);
const files = (readdirSync(path.join(dir, 'notes'), { recursive: true }) as string[]).filter((p) => p.endsWith('.md')).sort();
const prints: NotePrints[] = files.map((f) => notePrints(parseNote(readFileSync(path.join(dir, 'notes', f), 'utf8')), f, 'warning', {}));
const blocks = prints.reduce((s, p) => s + p.units.length, 0);

/** The largest gap between 10 ms ticks while `f` runs, and how long it took. */
async function held(f: () => Promise<LiveCopies>): Promise<{ gap: number; ms: number; live: LiveCopies }> {
  let last = performance.now();
  let gap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  // A tick first, so that the gap counts from a timer's turn, as in the host.
  await new Promise((r) => setTimeout(r, 20));
  const t = performance.now();
  last = t;
  const live = await f();
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 0));
  clearInterval(tick);
  return { gap: Math.max(gap, performance.now() - last), ms, live };
}

console.log(`${files.length} notes, ${blocks} blocks`);
for (let k = 0; k < Number(pairs); k++) {
  const whole = await held(async () => finish(LiveCopies.building(prints)));
  const sliced = await held(() => inSlices(LiveCopies.building(prints)));
  const same = JSON.stringify(whole.live.matches) === JSON.stringify(sliced.live.matches);
  console.log(
    `  in one go: held ${whole.gap.toFixed(0)} ms (built in ${whole.ms.toFixed(0)} ms); in slices: held ${sliced.gap.toFixed(0)} ms (built in ${sliced.ms.toFixed(0)} ms); ` +
      `${same ? 'same matches' : 'MATCHES DIFFER'}`,
  );
}
