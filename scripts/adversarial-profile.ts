// Where lint spends its time on one adversarial family (test/support/adversarial.ts): the functions with the most
// self time in a CPU profile of one lint. For finding the loop or pattern behind a failing family.
//
//   npm run adversarial:profile -- <family> [KB, default 40]
import { Session } from 'node:inspector';
import { lint } from '../src/core/index.js';
import { familyByName, families } from '../test/support/adversarial.js';

const [name, kbArg] = process.argv.slice(2);
if (!name || !families.some((f) => f.name === name)) {
  console.error(`usage: npm run adversarial:profile -- <family> [KB]\nfamilies: ${families.map((f) => f.name).join(' ')}`);
  process.exit(2);
}
const fam = familyByName(name);
const kb = Number(kbArg ?? 40);
lint(fam.make(1024)); // warm the code paths

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const session = new Session();
session.connect();
const post = <T>(method: string) => new Promise<T>((res, rej) => session.post(method, (e, r) => (e ? rej(e) : res(r as T))));
await post('Profiler.enable');
await post('Profiler.start');
const t0 = performance.now();
lint(fam.make(kb * 1024));
const ms = performance.now() - t0;
const { profile } = await post<{ profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${name} at ${kb} KB: lint took ${ms.toFixed(0)} ms; self time by function:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(0).padStart(3)}%  ${k}`);
}
