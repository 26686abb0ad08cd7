#!/usr/bin/env node
// Clinote benchmark: prints figures and ratios against named peers. A script, not a test: it asserts nothing.
//
//   npm run bench -- [--n 2000] [--seed 42] [--big-mb 5] [--runs 3] [--peers] [--timeout 300]
//                    [--skip cli,latency,big,peers] [--formats json,stylish,...] [--out FILE.json]
//   quick run:  npm run bench -- --n 300 --big-mb 1 --runs 1
//   memory as the corpus grows:  npm run bench -- --n 20000 --skip latency,big --runs 1 --formats json,stylish,summary
//
// What it measures (the machine is shared and noisy: trust ratios over absolute times):
//   1. the CLI over the generated notes, whole process: wall, CPU time and peak RSS (/usr/bin/time), median of --runs,
//      with -j 1 and with the default jobs (all tools interleaved round by round, so that load drift hits them alike);
//      --format json, or each of --formats (the other formats with the default jobs only);
//   2. in process, on ~4 KB notes: parseNote vs lint latency p50/p99, and MB/s over all the notes;
//   3. one long document of 200 KB, 1 MB and --big-mb MB: ms per lint (the editor lints on every pause in typing)
//      and peak memory, each in a child process with a timeout (a timeout is reported as a finding);
//   4. peers over the same notes, same measure: markdownlint-cli2 (the reference) and remark-cli with
//      remark-frontmatter + remark-preset-lint-recommended. With --peers they are installed on demand into
//      ${XDG_CACHE_HOME:-~/.cache}/clinote/bench-peers (never into this repo); without them, the reference figures
//      of shared/perf/FACTS.md (measured 2026-11-23) are printed, labelled as such.
// The corpus (bench/gen-corpus.cjs, deterministic) and the JSON results go to ${XDG_CACHE_HOME:-~/.cache}/clinote/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const cacheRoot = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'clinote');

// ---------- args ----------
function parseArgs(argv) {
  const o = { n: 2000, seed: 42, 'big-mb': 5, runs: 3, peers: false, timeout: 300, skip: '', out: '', child: '', formats: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const k = a.slice(2);
    if (k === 'peers') o.peers = true;
    else if (k === 'help') o.help = true;
    else o[k] = argv[++i];
  }
  for (const k of ['n', 'seed', 'big-mb', 'runs', 'timeout']) o[k] = Number(o[k]);
  o.skip = new Set(String(o.skip).split(',').filter(Boolean));
  o.formats = String(o.formats).split(',').filter(Boolean);
  return o;
}
const opts = parseArgs(process.argv.slice(2));

// ---------- helpers ----------
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const fmtS = (s) => (s == null ? 'n/a' : `${s.toFixed(s < 10 ? 2 : 1)} s`);
const fmtMs = (ms) => (ms == null ? 'n/a' : ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtMiB = (kb) => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MiB`);
const ratio = (x, ref) => {
  if (x == null || ref == null) return 'n/a';
  const r = x / ref;
  if (Math.abs(r - 1) < 0.005) return '1';
  return r > 1 ? `${r.toFixed(2)}x slower` : `${(1 / r).toFixed(2)}x faster`;
};
function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  return [line(headers), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
const log = (s = '') => process.stdout.write(s + '\n');

/** Runs argv with /usr/bin/time; resolves { wall (s), cpu (user+sys s), rssKb, code, timedOut }. Output is discarded. */
function timed(argv, { cwd = root, timeoutS = opts.timeout, env = process.env } = {}) {
  const useTime = existsSync('/usr/bin/time');
  const tmp = path.join(os.tmpdir(), `clinote-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const cmd = useTime ? '/usr/bin/time' : argv[0];
  const args = useTime ? ['-f', '%e %M %U %S', '-o', tmp, ...argv] : argv.slice(1);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallHr = (performance.now() - t0) / 1000;
      let wall = wallHr, rssKb = null, cpu = null;
      if (useTime && existsSync(tmp)) {
        const last = readFileSync(tmp, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
        if (m) (wall = Number(m[1])), (rssKb = Number(m[2])), (cpu = Number(m[3]) + Number(m[4]));
        rmSync(tmp, { force: true });
      }
      resolve({ wall: timedOut ? null : wall, cpu: timedOut ? null : cpu, rssKb: timedOut ? null : rssKb, code, timedOut, stderr });
    });
  });
}

/**
 * Runs every tool once per round, `opts.runs` rounds, so that drifting load on a shared machine falls on all tools
 * alike; returns, per tool, the medians of wall time, CPU time and peak RSS. A tool that times out or fails (exit
 * other than 0 or 1, the usual "findings" code) is not run again.
 */
async function rounds(tools) {
  const runs = tools.map(() => []);
  const dead = new Set();
  for (let i = 0; i < opts.runs; i++) {
    for (const [k, t] of tools.entries()) {
      if (dead.has(k)) continue;
      const r = await timed(t.argv, t);
      runs[k].push(r);
      process.stderr.write(`  ${t.label}: run ${i + 1}/${opts.runs}: ${r.timedOut ? 'TIMEOUT' : `${r.wall.toFixed(2)} s wall, ${r.cpu?.toFixed(1) ?? '?'} s CPU, ${fmtMiB(r.rssKb)}, exit ${r.code}`}\n`);
      if (r.timedOut) dead.add(k);
      else if (r.code !== 0 && r.code !== 1) {
        process.stderr.write(`    (exit ${r.code}) ${r.stderr.trim().split('\n').slice(-3).join('\n    ')}\n`);
        dead.add(k);
      }
    }
  }
  return tools.map((t, k) => ({
    tool: t.label,
    wall: median(runs[k].map((r) => r.wall)),
    cpu: median(runs[k].map((r) => r.cpu)),
    rssKb: median(runs[k].map((r) => r.rssKb)),
    runs: runs[k].map((r) => ({ wall: r.wall, cpu: r.cpu, rssKb: r.rssKb, code: r.code, timedOut: r.timedOut })),
    timedOut: runs[k].some((r) => r.timedOut),
    failed: runs[k].some((r) => !r.timedOut && r.code !== 0 && r.code !== 1),
  }));
}

/** Runs this script as a child in one measuring mode; resolves its JSON answer, or { timedOut } / { error }. */
function child(mode, payload, timeoutS) {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode], {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '', err = '', timedOut = false;
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    const t0 = performance.now();
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutS * 1000);
    c.on('close', (code) => {
      clearTimeout(timer);
      const elapsed = (performance.now() - t0) / 1000;
      if (timedOut) return resolve({ timedOut: true, elapsed, partial: lastJson(out) });
      const j = lastJson(out);
      resolve(j && code === 0 ? j : { error: `exit ${code}: ${err.trim().split('\n').slice(-4).join(' / ')}`, partial: j });
    });
    c.stdin.end(JSON.stringify(payload));
  });
}
function lastJson(out) {
  const lines = out.trim().split('\n').filter(Boolean);
  try { return lines.length ? JSON.parse(lines[lines.length - 1]) : null; } catch { return null; }
}

// ---------- child modes (run in their own process) ----------
async function childMain(mode) {
  const payload = JSON.parse(readFileSync(0, 'utf8'));
  const require = createRequire(import.meta.url);
  const core = require(payload.core);
  const now = () => performance.now();
  const emit = (o) => process.stdout.write(JSON.stringify(o) + '\n');

  if (mode === 'latency') {
    // ~4 KB notes: every note of 3.5-4.5 KB (up to 200) plus sample-4k.md
    const files = payload.files;
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const t0 = now();
    core.lint(texts[0]);
    const firstLintMs = now() - t0;
    for (let i = 0; i < 60; i++) core.lint(texts[i % texts.length]); // warm up the JIT
    const parse = [], full = [];
    const iters = payload.iters;
    for (let i = 0; i < iters; i++) {
      const t = texts[i % texts.length];
      let a = now();
      core.parseNote(t);
      parse.push(now() - a);
      a = now();
      core.lint(t);
      full.push(now() - a);
    }
    parse.sort((a, b) => a - b);
    full.sort((a, b) => a - b);
    const bytes4k = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length;
    // throughput over every note of the corpus, one warm pass each
    const all = payload.all.map((f) => readFileSync(f, 'utf8'));
    const allBytes = all.reduce((s, t) => s + Buffer.byteLength(t), 0);
    let a = now();
    for (const t of all) core.parseNote(t);
    const parseAllMs = now() - a;
    a = now();
    for (const t of all) core.lint(t);
    const lintAllMs = now() - a;
    emit({
      notes4k: texts.length, meanBytes4k: Math.round(bytes4k), iters, firstLintMs,
      parse: { p50: pct(parse, 50), p99: pct(parse, 99), mean: parse.reduce((s, x) => s + x, 0) / iters },
      lint: { p50: pct(full, 50), p99: pct(full, 99), mean: full.reduce((s, x) => s + x, 0) / iters },
      corpus: { notes: all.length, bytes: allBytes, parseMs: parseAllMs, lintMs: lintAllMs,
        parseMBs: allBytes / 1048576 / (parseAllMs / 1000), lintMBs: allBytes / 1048576 / (lintAllMs / 1000) },
      maxRssKb: process.resourceUsage().maxRSS,
    });
    return;
  }

  if (mode === 'doc') {
    // one long document: `reps` lints (after `warm` unmeasured ones), or parse-only with payload.parseOnly
    const text = readFileSync(payload.file, 'utf8');
    const fn = payload.parseOnly ? (t) => core.parseNote(t) : (t) => core.lint(t);
    const times = [];
    // warm the JIT on a small note first so the long document is not also paying for compilation
    if (payload.sample) for (let i = 0; i < 20; i++) fn(readFileSync(payload.sample, 'utf8'));
    for (let i = 0; i < payload.warm + payload.reps; i++) {
      globalThis.gc?.();
      const a = now();
      const r = fn(text);
      const ms = now() - a;
      if (i >= payload.warm) times.push(ms);
      // report as we go, so that a timeout still leaves the runs that finished
      emit({ bytes: Buffer.byteLength(text), times: times.slice(), findings: r.findings?.length,
        heapUsedMB: process.memoryUsage().heapUsed / 1048576, maxRssKb: process.resourceUsage().maxRSS });
    }
    const last = { bytes: Buffer.byteLength(text), times, median: median(times),
      heapUsedMB: process.memoryUsage().heapUsed / 1048576, maxRssKb: process.resourceUsage().maxRSS };
    emit(last);
    return;
  }
  throw new Error(`unknown child mode ${mode}`);
}

// ---------- setup ----------
function machine() {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model?.trim(),
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAvgStart: os.loadavg().map((x) => +x.toFixed(2)),
    date: new Date().toISOString(),
  };
}

function ensureCorpus() {
  const dir = path.join(cacheRoot, 'bench-corpus', `n${opts.n}-s${opts.seed}-big${opts['big-mb']}`);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    log(`generating corpus into ${dir} ...`);
    const r = spawnSync(process.execPath, [path.join(here, 'gen-corpus.cjs'), '--n', String(opts.n), '--seed', String(opts.seed),
      '--big-mb', String(opts['big-mb']), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !existsSync(manifestFile)) throw new Error('gen-corpus failed');
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  return { dir, manifest, notesDir: path.join(dir, 'notes'), bigFile: path.join(dir, manifest.big.file) };
}

function listNotes(dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...listNotes(p));
    else if (d.name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

/** The first `bytes` of the big document, cut before a session heading so that it stays well formed. */
function docOfSize(corpus, bytes, name) {
  const file = path.join(corpus.dir, 'big', `${name}.md`);
  if (existsSync(file)) return file;
  const big = readFileSync(corpus.bigFile, 'utf8');
  let cut = big.lastIndexOf('\n\n# ', bytes);
  if (cut <= 0) cut = Math.min(big.length, bytes);
  writeFileSync(file, big.slice(0, cut + 1));
  return file;
}

async function ensureBuilt() {
  if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
    log('dist/cli.cjs is missing: npm run build ...');
    const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  // The core alone, bundled the way esbuild.js bundles the CLI, into the cache (rebuilt each run: cheap, honest).
  const esbuild = await import(pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('esbuild')).href);
  const outfile = path.join(cacheRoot, 'bench-build', 'core.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'src/core/index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none',
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  return outfile;
}

// ---------- peers ----------
const PEERS_DIR = path.join(cacheRoot, 'bench-peers');
const PEER_PKGS = ['markdownlint-cli2@0.22', 'remark-cli@12', 'remark-frontmatter@5', 'remark-preset-lint-recommended@7'];
const REFERENCE = {
  date: '2026-11-23', notes: 2000, mib: 8.1,
  rows: [
    { tool: 'markdownlint-cli2 0.22 (default rules)', wall: 20.6, rssKb: 195 * 1024 },
    { tool: 'remark-cli + remark-frontmatter + preset-lint-recommended', wall: 26.4, rssKb: 363 * 1024 },
    { tool: 'the same + remark-gfm', wall: 38.0, rssKb: 476 * 1024 },
    { tool: 'alex 11', wall: 143, rssKb: 735 * 1024 },
  ],
};
function peerVersion(name) {
  try { return JSON.parse(readFileSync(path.join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return null; }
}
function peersInstalled() {
  return ['markdownlint-cli2', 'remark-cli', 'remark-frontmatter', 'remark-preset-lint-recommended'].every((p) => peerVersion(p));
}
function installPeers() {
  if (peersInstalled()) return true;
  mkdirSync(PEERS_DIR, { recursive: true });
  if (!existsSync(path.join(PEERS_DIR, 'package.json'))) writeFileSync(path.join(PEERS_DIR, 'package.json'), '{ "private": true }\n');
  log(`installing peers into ${PEERS_DIR}: ${PEER_PKGS.join(' ')} ...`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...PEER_PKGS],
    { cwd: PEERS_DIR, stdio: 'inherit', timeout: 300_000 });
  return r.status === 0 && peersInstalled();
}

// ---------- main ----------
async function main() {
  if (opts.help) {
    log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 20).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return;
  }
  const m = machine();
  const results = { machine: m, options: { n: opts.n, seed: opts.seed, bigMb: opts['big-mb'], runs: opts.runs, timeout: opts.timeout } };
  log(`Clinote benchmark: ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, node ${m.node}, ${m.platform}`);
  log(`load average at start: ${m.loadAvgStart.join(' / ')} (1/5/15 min); the machine is shared: trust ratios over absolute times`);
  const corpus = ensureCorpus();
  const notes = listNotes(corpus.notesDir);
  const mib = corpus.manifest.totalBytes / 1048576;
  results.corpus = { dir: corpus.dir, notes: notes.length, mib: +mib.toFixed(2), manifest: corpus.manifest };
  log(`corpus: ${notes.length} notes, ${mib.toFixed(1)} MiB (seed ${opts.seed}) in ${corpus.dir}`);
  const coreFile = await ensureBuilt();
  const micromark = (() => { try { return JSON.parse(readFileSync(path.join(root, 'node_modules/micromark/package.json'), 'utf8')).version; } catch { return '?'; } })();
  results.micromark = micromark;
  log(`micromark in node_modules: ${micromark}`);
  const cliAs = (format) => [process.execPath, path.join(root, 'bin', 'clinote.cjs'), 'lint', corpus.notesDir, '--format', format];
  const cli = cliAs(opts.formats[0] ?? 'json');

  // 1 + 4. the CLI and the peers, whole process, interleaved round by round
  const tools = [];
  if (!opts.skip.has('cli')) {
    // as src/cli/pool.ts decides: one worker per core (at most 8) from 200 notes on, inline below that
    const pool = m.cores < 2 || notes.length < 200 ? 'inline' : `${Math.min(m.cores, 8)} workers`;
    const as = opts.formats.length > 1 || opts.formats[0] !== 'json' ? ` --format ${opts.formats[0]}` : '';
    tools.push({ label: `clinote lint${as} -j 1`, argv: [...cli, '-j', '1'] }, { label: `clinote lint${as} (default jobs: ${pool})`, argv: cli });
    for (const f of opts.formats.slice(1)) tools.push({ label: `clinote lint --format ${f} (default jobs: ${pool})`, argv: cliAs(f) });
  }
  let peersLive = false;
  if (!opts.skip.has('peers') && opts.peers) {
    if (installPeers()) {
      peersLive = true;
      const mdl = path.join(PEERS_DIR, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
      const mdlBin = existsSync(mdl) ? mdl : path.join(PEERS_DIR, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2.mjs');
      const remark = path.join(PEERS_DIR, 'node_modules', 'remark-cli', 'cli.js');
      tools.unshift(
        // cwd = the corpus (no config files there), so markdownlint-cli2 runs its default rules
        { label: `markdownlint-cli2 ${peerVersion('markdownlint-cli2')} (default rules)`, argv: [process.execPath, mdlBin, 'notes/**/*.md'], cwd: corpus.dir },
        // cwd = the peers folder, so that --use finds the plugins there
        { label: `remark-cli ${peerVersion('remark-cli')} + remark-frontmatter + preset-lint-recommended`, cwd: PEERS_DIR,
          argv: [process.execPath, remark, corpus.notesDir, '--use', 'remark-frontmatter', '--use', 'remark-preset-lint-recommended',
            '--no-stdout', '--quiet', '--no-config', '--no-ignore'] },
      );
    } else {
      log('\n(peers could not be installed: falling back to the reference figures)');
    }
  }
  let whole = [], peerRows = null;
  if (tools.length) {
    log(`\n== 1. Whole process over ${notes.length} notes: ${tools.map((t) => t.label.split(' (')[0]).join(', ')} (median of ${opts.runs}, interleaved) ==`);
    const measured = await rounds(tools);
    peerRows = peersLive ? measured.slice(0, 2) : null;
    whole = peersLive ? measured.slice(2) : measured;
    if (peerRows) peerRows[0].ref = true;
    results.cli = whole;
    if (peerRows) results.peers = peerRows;
  }

  log(`\n== Whole process over the notes: clinote vs peers ==`);
  if (peerRows) {
    const ref = peerRows[0];
    const rows = [...peerRows, ...whole].map((r) => [r.tool, r.timedOut ? 'TIMEOUT' : fmtS(r.wall), fmtMiB(r.rssKb), ratio(r.wall, ref.wall),
      fmtS(r.cpu), ratio(r.cpu, ref.cpu), r.rssKb && ref.rssKb ? `${(r.rssKb / ref.rssKb).toFixed(2)}x` : 'n/a']);
    log(table(['tool', 'wall', 'peak memory', 'vs markdownlint-cli2 (wall)', 'CPU (user+sys)', 'vs markdownlint-cli2 (CPU)', 'memory vs markdownlint-cli2'], rows));
    log('(all measured live in this run, on this machine, over the same notes)');
  } else {
    // reference figures from FACTS.md, scaled by size when this corpus is not the 2,000-note one
    const scale = mib / REFERENCE.mib;
    const same = opts.n === REFERENCE.notes && opts.seed === 42;
    const ref = REFERENCE.rows[0].wall * (same ? 1 : scale);
    const rows = [
      ...REFERENCE.rows.map((r) => [`${r.tool} [REFERENCE ${REFERENCE.date}]`, fmtS(r.wall * (same ? 1 : scale)) + (same ? '' : ' (scaled)'),
        fmtMiB(r.rssKb), ratio(r.wall * (same ? 1 : scale), ref), 'n/a']),
      ...whole.map((r) => [r.tool + ' [measured now]', r.timedOut ? 'TIMEOUT' : fmtS(r.wall), fmtMiB(r.rssKb), ratio(r.wall, ref), fmtS(r.cpu)]),
    ];
    log(table(['tool', 'wall', 'peak memory', 'vs markdownlint-cli2 (wall)', 'CPU (user+sys)'], rows));
    log(`Peers not measured live (run with --peers to install and run them). REFERENCE rows are the figures of`);
    log(`shared/perf/FACTS.md, measured on ${REFERENCE.date} over ${REFERENCE.notes} notes (${REFERENCE.mib} MB) on a 2-core machine,` +
      (same ? ' the same corpus as here.' : ` scaled linearly by size to this ${mib.toFixed(1)} MiB corpus (a rough guide).`));
    log('They were measured on another day, under another load: ratios against them are indicative only (live peers have');
    log('run up to 2x faster than these figures on this machine). Use --peers for a like-for-like ratio.');
    results.reference = REFERENCE;
  }

  // The cache folder is shared with other tools (scripts/vscode-tools.sh): put back anything that went missing.
  const again = async () => {
    if (!existsSync(path.join(corpus.dir, 'manifest.json')) || !existsSync(corpus.bigFile)) {
      log('(the corpus went missing from the cache: regenerating it)');
      ensureCorpus();
    }
    if (!existsSync(coreFile)) await ensureBuilt();
  };

  // 2. in-process latency
  if (!opts.skip.has('latency')) {
    await again();
    log(`\n== 2. In process: ~4 KB notes (bundled src/core, warm) ==`);
    const near4k = notes.filter((f) => { const s = statSync(f).size; return s >= 3584 && s <= 4608; }).slice(0, 200);
    const files = [path.join(corpus.dir, 'sample-4k.md'), ...near4k];
    const r = await child('latency', { core: coreFile, files, all: notes, iters: 1000 }, Math.max(opts.timeout, 600));
    results.latency = r;
    if (r.timedOut || r.error) log(`latency run ${r.timedOut ? 'TIMED OUT' : 'failed: ' + r.error}`);
    else {
      log(table(['step', 'p50', 'p99', 'mean', `MB/s over all ${r.corpus.notes} notes`], [
        ['parseNote (unified + remark-parse + frontmatter + gfm -> Note)', fmtMs(r.parse.p50), fmtMs(r.parse.p99), fmtMs(r.parse.mean), r.corpus.parseMBs.toFixed(2)],
        ['lint (parse + rules)', fmtMs(r.lint.p50), fmtMs(r.lint.p99), fmtMs(r.lint.mean), r.corpus.lintMBs.toFixed(2)],
        ['rules alone (lint - parse, means)', '', '', fmtMs(r.lint.mean - r.parse.mean), ''],
      ]));
      log(`${r.iters} lints of ${r.notes4k} notes of ~${r.meanBytes4k} bytes; first lint after load (cold JIT): ${fmtMs(r.firstLintMs)}; ` +
        `parse is ${((100 * r.parse.mean) / r.lint.mean).toFixed(0)}% of a lint.`);
      log(`FACTS.md reference (2026-11-23): remark-parse + frontmatter + gfm 9.3 / 28.8 ms p50/p99, 0.54 MB/s; markdownlint library 10.2 / 32.8 ms, 0.46 MB/s.`);
    }
  }

  // 3. long documents
  if (!opts.skip.has('big')) {
    await again();
    log(`\n== 3. One long document, in a child process (timeout ${opts.timeout} s each) ==`);
    const bigBytes = statSync(corpus.bigFile).size;
    const docs = [
      { label: '200 KB', file: docOfSize(corpus, 200 * 1024, 'doc-200kb'), warm: 2, reps: 7 },
      { label: '1 MB', file: docOfSize(corpus, 1024 * 1024, 'doc-1mb'), warm: 1, reps: 3 },
      { label: `${opts['big-mb']} MB`, file: corpus.bigFile, warm: 0, reps: 1 },
    ].filter((d, i, a) => i === a.length - 1 || statSync(d.file).size < 0.9 * bigBytes);
    const sample = path.join(corpus.dir, 'sample-4k.md');
    results.docs = [];
    const rows = [];
    for (const d of docs) {
      const bytes = statSync(d.file).size;
      const p = await child('doc', { core: coreFile, file: d.file, warm: d.warm, reps: d.reps, parseOnly: true, sample }, opts.timeout);
      const l = await child('doc', { core: coreFile, file: d.file, warm: d.warm, reps: d.reps, sample }, opts.timeout);
      results.docs.push({ label: d.label, bytes, parse: p, lint: l });
      const cell = (r) => (r.timedOut ? `TIMEOUT (> ${opts.timeout} s)` : r.error ? 'FAILED' : fmtMs(median(r.times)));
      const mbs = (r) => (r.times?.length ? (bytes / 1048576 / (median(r.times) / 1000)).toFixed(2) : 'n/a');
      rows.push([d.label + ` (${(bytes / 1024).toFixed(0)} KiB)`, cell(p), cell(l), mbs(l), fmtMiB(l.maxRssKb ?? l.partial?.maxRssKb),
        (l.times?.length ?? 0) + (d.warm ? ` (+${d.warm} warm-up)` : '')]);
      if (p.error) log(`  parse ${d.label}: ${p.error}`);
      if (l.error) log(`  lint ${d.label}: ${l.error}`);
      log(`  ${d.label}: parse ${cell(p)}, lint ${cell(l)}`);
    }
    log(table(['document', 'parseNote (median)', 'lint (median)', 'lint MB/s', 'peak RSS (lint child)', 'measured runs'], rows));
    const per4k = results.latency?.lint?.p50;
    const last = results.docs[results.docs.length - 1];
    if (last.lint.timedOut) log(`FINDING: linting the ${last.label} document did not finish within ${opts.timeout} s.`);
    if (per4k && results.docs.length > 1) {
      const lin = results.docs.map((d) => (d.lint.times?.length ? median(d.lint.times) / (d.bytes / 4096) / per4k : null));
      log(`cost per 4 KB relative to a 4 KB note (1 = linear): ${results.docs.map((d, i) => `${d.label} ${lin[i] == null ? 'n/a' : lin[i].toFixed(1) + 'x'}`).join(', ')}`);
    }
    log('Note: the CLI skips files over 1 MB (src/cli/decode.ts MAX_BYTES); these documents are linted through the core, as the editor does.');
  }

  results.loadAvgEnd = os.loadavg().map((x) => +x.toFixed(2));
  log(`\nload average at end: ${results.loadAvgEnd.join(' / ')}`);
  mkdirSync(cacheRoot, { recursive: true });
  const out = opts.out || path.join(cacheRoot, `bench-results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`results: ${out}`);
}

if (opts.child) childMain(opts.child).catch((e) => { console.error(e?.stack ?? e); process.exit(1); });
else main().catch((e) => { console.error(e?.stack ?? e); process.exit(1); });
