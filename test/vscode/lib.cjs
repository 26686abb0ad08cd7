// Shared pieces of the real-VS-Code drivers: the cached tools, a code-server on loopback, headless Chromium.
// Recipe and pitfalls: shared/testing/REAL-VSCODE.md (code-server = VS Code's own workbench and extension host).
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const ROOT = path.resolve(__dirname, '../..');
const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const log = (tag, ...a) => console.log(`[${tag} ${elapsed()}]`, ...a);

/** Installs (first time) or finds the tools folder: node@24, code-server, playwright-core. */
function tools() {
  if (process.env.CODE_SERVER_TOOLS) return process.env.CODE_SERVER_TOOLS;
  const out = execFileSync('bash', [path.join(ROOT, 'scripts/vscode-tools.sh')], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 20 * 60e3 });
  return (process.env.CODE_SERVER_TOOLS = out.toString().trim().split('\n').pop());
}

/** Where things are in the tools folder (layout of scripts/vscode-tools.sh): code-server runs under its own node 24. */
const toolPaths = (dir) => ({
  node: path.join(dir, 'node24/node_modules/node/bin/node'),
  entry: path.join(dir, 'cs/node_modules/code-server/out/node/entry.js'),
  playwright: path.join(dir, 'cs/node_modules/playwright-core'),
});

const freePort = () =>
  new Promise((r) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => r(p));
    });
  });

/** User settings that cut start-up work and keep the workbench quiet. */
function writeUserSettings(userDir, extra = {}) {
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
      'workbench.enableExperiments': false, 'git.enabled': false, 'workbench.tips.enabled': false,
      'files.autoSave': 'off', 'workbench.secondarySideBar.defaultVisibility': 'hidden',
      ...extra,
    }, null, 1),
  );
}

/** Starts code-server in its own process group; resolves once /healthz answers. */
async function startServer({ dir, userDir, extensionsDir, smokeDriver, logFile }) {
  const port = await freePort();
  const { node, entry } = toolPaths(dir);
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  if (smokeDriver) args.push('--vscode-option', 'enable-smoke-test-driver'); // makes the workbench honour ?payload=
  const server = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, VSCODE_PROXY_URI: '' } });
  const out = fs.createWriteStream(logFile);
  server.stdout.pipe(out);
  server.stderr.pipe(out);
  const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch {} };
  for (const deadline = Date.now() + 60e3; ; ) {
    try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch {}
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}), see ${logFile}`);
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not start, see ${logFile}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, server, stop };
}

/** Installs a .vsix into an extensions folder with code-server's own CLI. */
function installVsix(dir, extensionsDir, vsix) {
  const { node, entry } = toolPaths(dir);
  execFileSync(node, [entry, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120e3 });
}

async function launchBrowser(dir) {
  const { chromium } = require(toolPaths(dir).playwright);
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A fresh temp folder; removed at exit unless KEEP_TMP is set or the run failed. */
function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies the test workspace fixture so that tests may write to it. */
function copyWorkspace(dest) {
  fs.cpSync(path.join(__dirname, 'workspace'), dest, { recursive: true });
  return dest;
}

/**
 * The browser drivers' checks, run in order: after a failure the rest are reported skipped (their page is no longer
 * in a known state). `finish` (`stopped`: the run threw outside a check) prints the tally, adds it to CLINOTE_SUMMARY for run.cjs, and removes the run's temp
 * folder unless something failed or KEEP_TMP is set; it returns the exit code.
 */
function checks(logFn) {
  const results = [];
  async function check(name, fn) {
    const t = Date.now();
    try {
      if (results.some((r) => !r.ok)) throw new Error('skipped after an earlier failure');
      await fn();
      results.push({ name, ok: true });
      logFn(`  ✔ ${name} (${Date.now() - t}ms)`);
    } catch (e) {
      results.push({ name, ok: false });
      logFn(`  ✘ ${name}: ${e.message.split('\n')[0]}`);
    }
  }
  function finish(tmp, kept, stopped = false) {
    const passed = results.filter((r) => r.ok).length;
    const rc = !stopped && results.length && passed === results.length ? 0 : 1;
    logFn(`${passed} passed, ${results.length - passed} failed`);
    if (process.env.CLINOTE_SUMMARY) fs.appendFileSync(process.env.CLINOTE_SUMMARY, JSON.stringify({ passed, failed: results.length - passed }) + '\n');
    if (rc === 0 && !process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
    else logFn(`${kept} in ${tmp}`);
    return rc;
  }
  return { check, finish, ok: () => results.every((r) => r.ok) };
}

module.exports = { ROOT, log, tools, freePort, writeUserSettings, startServer, installVsix, launchBrowser, tempDir, copyWorkspace, checks };
