#!/usr/bin/env node
// How long a fresh window waits for a note's first diagnostics, in real VS Code (code-server + headless Chromium, the
// tools of test/vscode/lib.cjs). A script, not a test: it asserts nothing.
//
//   node bench/first-diagnostics.cjs [--runs 5] [a.vsix b.vsix ...]
//
// Without a .vsix it packages the work tree. With several, it alternates them run by run, so that the load of this
// shared machine drifts over all alike (compare an older build by packaging it: `node scripts/package.cjs --out old.vsix`
// in a checkout of it). Each run: a fresh code-server and profile, one DAP note opened from the Explorer. Per run, in ms:
//   shown->status    the note's text shows in the editor -> the status bar shows its coverage (what a user waits)
//   host             the note's text shows -> code-server's extension host has started (VS Code's part)
//   activation->status  the clinote activation event (extension host log) -> the status bar
//   first            "First diagnostics N ms after activation" from the Clinote output channel (the extension's part:
//                    activate() to diagnostics published), with its config and lint parts; builds before that line
//                    print "-"
// Then the medians per .vsix, and the load average (run it under `nice -n -10` to approach an unshared machine).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { ROOT, tools, writeUserSettings, startServer, installVsix, launchBrowser, tempDir } = require('../test/vscode/lib.cjs');

const NOTE = path.join(ROOT, 'test/vscode/workspace/clinic/notes/dap-missing-goals.md');
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Math.max(1, +args[at + 1] || 1) : 5;
let vsixes = args.filter((a) => a.endsWith('.vsix')).map((a) => path.resolve(a));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? Math.round(s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
/** The time of a line of VS Code's logs ("2026-11-30 15:14:53.147 [info] ..."), local time. */
const logTime = (text, re) => {
  const m = new RegExp(`^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*${re.source}`, 'm').exec(text);
  return m ? new Date(`${m[1]}T${m[2]}`).getTime() : NaN;
};
const find = (dir, test) => {
  for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const p = path.join(dir, e.name);
    if (!e.isDirectory() && test(p)) return p;
    const f = e.isDirectory() && find(p, test);
    if (f) return f;
  }
  return undefined;
};

async function once(dir, vsix) {
  const tmp = tempDir('clinote-first-');
  const ws = path.join(tmp, 'ws');
  fs.mkdirSync(ws);
  fs.copyFileSync(NOTE, path.join(ws, 'dap-session.md'));
  const userDir = path.join(tmp, 'user');
  writeUserSettings(userDir);
  installVsix(dir, path.join(tmp, 'exts'), vsix);
  const load = os.loadavg()[0];
  const srv = await startServer({ dir, userDir, extensionsDir: path.join(tmp, 'exts'), logFile: path.join(tmp, 'server.log') });
  const browser = await launchBrowser(dir);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(120000);
    await page.goto(`http://127.0.0.1:${srv.port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dap-session.md' }).click();
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'DAP note' }).first().waitFor();
    const shown = Date.now();
    await page.locator('.statusbar-item', { hasText: /DAP \d+\/\d+/ }).waitFor();
    const status = Date.now();
    // The output channel's log file (desktop extension host) may be written a moment later.
    const logs = path.join(userDir, 'logs');
    const firstLine = () => {
      const f = find(logs, (p) => /output_logging/.test(p) && /Clinote\.log$/.test(p));
      return f ? /First diagnostics (\d+) ms after activation \(this note: config (\d+) ms, lint (\d+) ms\)/.exec(fs.readFileSync(f, 'utf8')) ?? undefined : undefined;
    };
    for (let i = 0; i < 30 && !firstLine(); i++) await page.waitForTimeout(100);
    const host = fs.readFileSync(find(logs, (p) => p.endsWith('remoteexthost.log')) || '/dev/null', 'utf8');
    return {
      vsix: path.basename(vsix),
      shownToStatus: status - shown,
      host: logTime(host, /Extension host with pid/) - shown,
      activationToStatus: status - logTime(host, /_doActivateExtension clinote\.clinote/),
      first: +(firstLine()?.[1] ?? NaN),
      config: +(firstLine()?.[2] ?? NaN),
      lint: +(firstLine()?.[3] ?? NaN),
      load,
    };
  } finally {
    await browser.close().catch(() => undefined);
    srv.stop();
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const dir = tools();
  let tmp;
  if (!vsixes.length) {
    tmp = tempDir('clinote-first-vsix-');
    vsixes = [path.join(tmp, 'clinote.vsix')];
    execFileSync(process.execPath, ['scripts/package.cjs', '--out', vsixes[0]], { cwd: ROOT, stdio: 'ignore' });
  }
  const all = [];
  for (let i = 0; i < runs; i++) {
    for (const v of vsixes) {
      const r = await once(dir, v);
      all.push(r);
      console.log(`${r.vsix}: shown->status ${r.shownToStatus}, host ${r.host}, activation->status ${r.activationToStatus}, first ${Number.isFinite(r.first) ? `${r.first} (config ${r.config}, lint ${r.lint})` : '-'} (load ${r.load.toFixed(1)})`);
    }
  }
  console.log('\nmedians, ms');
  for (const v of vsixes.map((x) => path.basename(x))) {
    const rs = all.filter((r) => r.vsix === v);
    const m = (k) => median(rs.map((r) => r[k]));
    console.log(`${v}: shown->status ${m('shownToStatus')}, host ${m('host')}, activation->status ${m('activationToStatus')}, first ${m('first')} (config ${m('config')}, lint ${m('lint')}), over ${rs.length} runs (load ${Math.min(...rs.map((r) => r.load)).toFixed(1)}-${Math.max(...rs.map((r) => r.load)).toFixed(1)} on ${os.cpus().length} cores)`);
  }
  if (tmp) {
    fs.rmSync(tmp, { recursive: true, force: true });
    spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' }); // back to the development build
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
