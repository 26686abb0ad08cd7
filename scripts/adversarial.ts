// How lint time grows on adversarial inputs (test/support/adversarial.ts): per family, ms at 1, 10 and 100 KB (best
// of 3 after a warm-up), ms per KB, and the ratio of ms per KB at 100 KB to 10 KB (linear: about 1; the test
// allows 2.5). Then the same ratio for the catalog's patterns run over each family's text (the test allows 2). A step
// over the limit is killed and printed as "> 30 s". Prints numbers, asserts nothing: for before/after comparisons.
//
//   npm run adversarial -- [--only name,name] [--limit 30] [--runs 3] [--jobs 2] [--no-regex] [--json FILE]
//
// Times are CPU time of the timing process (the machine is shared; other processes stretch wall time).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { families } from '../test/support/adversarial.js';
import { TimingRunner } from '../test/support/timing-runner.js';
import type { Job, JobResult } from '../test/support/timing-protocol.js';

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(`--${k}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('only')?.split(',');
const limitS = Number(opt('limit') ?? 30);
const runs = Number(opt('runs') ?? 3);
const regex = !args.includes('--no-regex');
const jobs = Number(opt('jobs') ?? 2);
const SIZES = [1, 10, 100];

const chosen = families.filter((f) => !only || only.includes(f.name));
const common = { runs, slowMs: 3000 };
const lintJobs: Omit<Job, 'id'>[] = chosen.map((f) => ({ ...common, kind: 'lint', name: f.name, sizesKb: SIZES, floorMs: 0, slack: 0, fixedDeadlineMs: limitS * 1000 }));
const regexJobs: Omit<Job, 'id'>[] = regex ? chosen.map((f) => ({ ...common, kind: 'regex', name: f.name, sizesKb: [10, 100], floorMs: 2000, slack: 10 })) : [];

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function lintRow(r: JobResult): string {
  const cells: string[] = [];
  const perKb: string[] = [];
  for (const kb of SIZES) {
    const s = r.sizes.find((x) => x.kb === kb);
    const killedHere = !s && r.killed && r.killed.label.startsWith(`lint ${kb} KB`);
    cells.push(s ? fmt(s.ms) : killedHere ? `> ${limitS} s` : r.error ? 'error' : '-');
    perKb.push(s ? fmt(s.ms / (s.bytes / 1024)) : killedHere ? `> ${fmt((limitS * 1000) / kb)}` : '-');
  }
  const s10 = r.sizes.find((x) => x.kb === 10);
  const s100 = r.sizes.find((x) => x.kb === 100);
  // Killed at 100 KB: a lower bound, wall time against the 10 KB warm-up's wall time.
  const ratio = s10 && s100 ? (s100.ms / s100.bytes / (s10.ms / s10.bytes)).toFixed(2) : s10 && r.killed ? `> ${(r.killed.afterMs / (10 * s10.warmWall)).toFixed(1)}` : '-';
  return [pad(r.job.name, 28), ...cells.map((c) => lpad(c, 9)), ...perKb.map((c) => lpad(c, 9)), lpad(ratio, 8)].join(' ');
}

function regexRow(r: JobResult): string {
  const ps = r.patterns;
  const sum = (i: 0 | 1) => ps.reduce((a, p) => a + p.ms[i], 0);
  const bytes = ps[0]?.bytes ?? [1, 1];
  const ratio = ps.length ? sum(1) / bytes[1] / (sum(0) / bytes[0]) : NaN;
  // The worst pattern by ratio among those that take measurable time at 100 KB (below 1 ms, timer noise rules).
  const ranked = ps.filter((p) => p.ms[1] >= 1).map((p) => ({ p, ratio: p.ms[1] / p.bytes[1] / (p.ms[0] / p.bytes[0]) })).sort((a, b) => b.ratio - a.ratio);
  const worst = r.killed ? `KILLED at ${r.killed.label} after ${fmt(r.killed.afterMs)} ms` : ranked[0] ? `${ranked[0].ratio.toFixed(1)}x ${fmt(ranked[0].p.ms[1])} ms ${ranked[0].p.where} ${JSON.stringify(ranked[0].p.source).slice(0, 70)}` : '';
  return [pad(r.job.name, 28), lpad(fmt(sum(0)), 9), lpad(fmt(sum(1)), 9), lpad(Number.isNaN(ratio) ? '-' : ratio.toFixed(2), 8), ' ' + worst].join(' ');
}

const out: string[] = [];
const print = (s: string) => {
  out.push(s);
  console.log(s);
};

const t0 = performance.now();
print(`Clinote adversarial timing, ${new Date().toISOString()}, node ${process.version}; CPU ms, best of ${runs} after a warm-up; step limit ${limitS} s (wall); load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
print('');
print([pad('family', 28), ...SIZES.map((k) => lpad(`${k} KB ms`, 9)), ...SIZES.map((k) => lpad(`${k}K ms/KB`, 9)), lpad('100/10', 8)].join(' '));
// Results print in order as they come: a slow family holds the lines after it.
const lintRunner = new TimingRunner(lintJobs, 4 * SIZES.length * limitS * 1000, jobs).start();
for (let i = 0; i < lintJobs.length; i++) print(lintRow(await lintRunner.result(i)));
lintRunner.stop();
const results: JobResult[] = await lintRunner.all();

if (regexJobs.length) {
  print('');
  print(`Catalog patterns (new RegExp(p, PATTERN_FLAGS), every match) over each family's text: sum over patterns`);
  print([pad('family', 28), lpad('10 KB ms', 9), lpad('100 KB ms', 9), lpad('100/10', 8), ' worst pattern (ratio per KB, ms at 100 KB)'].join(' '));
  const regexRunner = new TimingRunner(regexJobs, 120_000, jobs).start();
  for (let i = 0; i < regexJobs.length; i++) print(regexRow(await regexRunner.result(i)));
  regexRunner.stop();
  results.push(...(await regexRunner.all()));
}
print('');
print(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
const json = opt('json');
if (json) writeFileSync(json, JSON.stringify(results, null, 1));
