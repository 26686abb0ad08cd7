// The memory Lint Workspace's copied-text state takes in the extension host: every note's fingerprints as the lint
// gives them (outcomeOf, as the worker sends them), kept until all notes are read, then the index built over them
// (LiveCopies, which keeps them while the editor is open). `plain` keeps a plain array a block, as the extension did
// before it packed them; `packed` keeps them as outcomeOf gives them now; `none` keeps nothing (what 2000 lints leave
// in the core's caches, to subtract). Each in its own process, with the garbage collector run before each reading;
// the figure is heap used + memory outside the heap (typed arrays' bytes).
//
//   node bench/gen-corpus.cjs --n 2000 --seed 42 --out /tmp/c2000
//   node --expose-gc --import tsx scripts/bench-prints-memory.ts /tmp/c2000 plain
//   node --expose-gc --import tsx scripts/bench-prints-memory.ts /tmp/c2000 packed
//   node --expose-gc --import tsx scripts/bench-prints-memory.ts /tmp/c2000 none
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, LiveCopies, type NotePrints } from '../src/core/index.js';
import { outcomeOf } from '../src/extension/lint-outcome.js';

const [dir, mode = 'packed'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !['plain', 'packed', 'none'].includes(mode)) throw new Error('usage: node --expose-gc --import tsx scripts/bench-prints-memory.ts <corpus> plain|packed|none');
const used = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

const files = (readdirSync(path.join(dir, 'notes'), { recursive: true }) as string[]).filter((p) => p.endsWith('.md')).sort();
const unpack = (p: NotePrints): NotePrints => ({ ...p, units: p.units.map((u) => ({ ...u, sig: Array.from(u.sig) })) });
// The core's own first-lint state (its word lists compiled, its caches) is not the fingerprints': loaded first.
for (const f of files.slice(0, 50)) lint(readFileSync(path.join(dir, 'notes', f), 'utf8'), { path: f, fingerprints: true });
const base = used();
const prints: (NotePrints | undefined)[] = [];
for (const f of files) {
  const p = outcomeOf(lint(readFileSync(path.join(dir, 'notes', f), 'utf8'), { path: f, fingerprints: true }), f).prints;
  prints.push(mode === 'none' ? undefined : p && mode === 'plain' ? unpack(p) : p);
}
const read = used() - base;
const live = new LiveCopies(prints);
const built = used() - base;
const blocks = prints.reduce((s, p) => s + (p?.units.length ?? 0), 0);
console.log(`${mode}: ${files.length} notes, ${blocks} blocks; fingerprints kept ${mb(read)}; with the index built ${mb(built)} (${live.size} notes)`);
