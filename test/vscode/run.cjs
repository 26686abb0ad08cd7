#!/usr/bin/env node
// `npm run test:vscode`: everything inside real VS Code (code-server + headless Chromium), offline.
//   1. tools: node@24 + code-server + playwright-core in the per-user cache (installed the first time, ~2-4 min)
//   2. build the extension and the extension-host suites (node esbuild.js --tests)
//   3. extension-host mocha suites (run-ext-tests.cjs), against the desktop bundle and then the browser bundle
//   4. the HTML caseload report (clinote lint --format html) in headless Chromium (report-test.cjs)
//   5. package the .vsix, install it into a fresh code-server and drive the workbench (ui-test.cjs): once as shipped
//      (code-server's Node extension host), once as a web extension (the browser's web worker extension host)
// Flags: --host or --ui to run one part; --screenshots to refresh docs/images/. Each part has its own timeout; nothing
// is left running.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ROOT, log: _log, tools, tempDir } = require('./lib.cjs');

const log = (...a) => _log('test:vscode', ...a);
const only = process.argv.find((a) => a === '--host' || a === '--ui');
const results = [];

function step(name, cmd, args, timeoutMs) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', timeout: timeoutMs, env: process.env, killSignal: 'SIGTERM' });
  const ok = r.status === 0;
  results.push({ name, ok, secs: ((Date.now() - t) / 1000).toFixed(1) });
  if (!ok) log(`${name} failed (status ${r.status}${r.signal ? `, ${r.signal}` : ''}${r.error ? `, ${r.error.message}` : ''})`);
  return ok;
}

const summary = path.join(tempDir('clinote-summary-'), 'summary.jsonl');
process.env.CLINOTE_SUMMARY = summary;
let t = Date.now();
tools();
log(`tools ready in ${((Date.now() - t) / 1000).toFixed(1)}s`);
let ok = step('build', process.execPath, ['esbuild.js', '--tests'], 120e3);
if (ok && only !== '--ui') {
  ok = step('extension-host suites', process.execPath, ['test/vscode/run-ext-tests.cjs'], 300e3);
  ok = step('extension-host suites, browser bundle', process.execPath, ['test/vscode/run-ext-tests.cjs', '--web'], 300e3) && ok;
}
if (ok && only !== '--host') {
  const tmp = tempDir('clinote-vsix-');
  const vsix = path.join(tmp, 'clinote.vsix');
  const shots = process.argv.includes('--screenshots');
  // The CLI this build made writes the page; Chromium opens it from disk, as a supervisor would.
  const reportOk = step('caseload report in Chromium', process.execPath, ['test/vscode/report-test.cjs', ...(shots ? ['--screenshots'] : [])], 120e3);
  const packaged = step('package', process.execPath, ['scripts/package.cjs', '--out', vsix], 180e3);
  ok = packaged && step('ui e2e', process.execPath, ['test/vscode/ui-test.cjs', vsix, ...(shots ? ['--screenshots'] : [])], 300e3);
  if (packaged && !shots) ok = step('ui e2e, web worker extension host', process.execPath, ['test/vscode/ui-test.cjs', vsix, '--web'], 300e3) && ok;
  ok = ok && reportOk;
  fs.rmSync(tmp, { recursive: true, force: true });
  spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' }); // back to the development build
}
for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.secs}s)`);
const counts = (fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8').trim().split('\n').filter(Boolean) : []).map((l) => JSON.parse(l));
fs.rmSync(path.dirname(summary), { recursive: true, force: true });
const passed = counts.reduce((n, c) => n + c.passed, 0);
// A step that failed before reporting counts (build, timeout) still counts as a failure.
const failed = Math.max(counts.reduce((n, c) => n + c.failed, 0), ok ? 0 : 1);
console.log(`test:vscode: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
