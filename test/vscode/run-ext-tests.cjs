#!/usr/bin/env node
// Runs the extension-host mocha suites (dist-test/suite) inside code-server's real extension host, the offline
// equivalent of @vscode/test-electron. The workbench calls codeAutomationExit(code) when the suite's run() settles.
// usage: node test/vscode/run-ext-tests.cjs [--web]   (--web: the browser entry in the web worker host; after `node esbuild.js --tests`; test/vscode/run.cjs does both)
const fs = require('fs');
const path = require('path');
const util = require('util');
const { ROOT, log: _log, tools, writeUserSettings, startServer, launchBrowser, tempDir, copyWorkspace } = require('./lib.cjs');

const TIMEOUT = +(process.env.TEST_TIMEOUT_MS || 240e3);
const WEB = process.argv.includes('--web');
const log = (...a) => _log('host', ...a);

async function main() {
  const dir = tools();
  const tmp = tempDir('clinote-host-');
  const ws = copyWorkspace(path.join(tmp, 'ws'));
  // Multi-root: two folders, one with a .clinote.json and one without.
  const workspaceFile = path.join(tmp, 'clinote-test.code-workspace');
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: path.join(ws, 'clinic') }, { path: path.join(ws, 'other') }] }));
  const userDir = path.join(tmp, 'user');
  writeUserSettings(userDir);
  process.env.CLINOTE_RESULTS = path.join(tmp, 'results.json');
  const rlog = fs.createWriteStream(path.join(tmp, 'renderer.log'));
  let browser, srv, done = false;
  const finish = async (code) => {
    if (done) return;
    done = true;
    try { if (browser) await browser.close(); } catch {}
    srv?.stop();
    try {
      const r = JSON.parse(fs.readFileSync(process.env.CLINOTE_RESULTS, 'utf8'));
      log(`${r.passes} passed, ${r.failures} failed`);
      if (process.env.CLINOTE_SUMMARY) fs.appendFileSync(process.env.CLINOTE_SUMMARY, JSON.stringify({ passed: r.passes, failed: r.failures }) + '\n');
    } catch {}
    if (code === 0 && !process.env.KEEP_TMP) {
      await new Promise((r) => setTimeout(r, 300));
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    log(code === 0 ? 'passed' : `FAILED with ${code} (logs: ${tmp})`);
    process.exit(code);
  };
  setTimeout(() => { log(`timeout after ${TIMEOUT / 1000}s`); void finish(2); }, TIMEOUT).unref();
  process.on('SIGINT', () => finish(130));
  process.on('SIGTERM', () => finish(143));

  srv = await startServer({ dir, userDir, extensionsDir: path.join(tmp, 'exts'), smokeDriver: true, logFile: path.join(tmp, 'server.log') });
  log(`code-server on 127.0.0.1:${srv.port}`);
  browser = await launchBrowser(dir);
  const page = await browser.newPage();
  page.on('pageerror', (e) => rlog.write(`[pageerror] ${e.message}\n`));
  // The extension host's console (mocha's reporter) arrives here.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const msg = util.format(...(args || []));
    rlog.write(`[${type}] ${msg}\n`);
    if (process.env.VERBOSE || !/^\[|^(Resolv|Creat|Updating|getaddrinfo|Timed out waiting)/.test(msg)) console.log(msg);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  const auth = `127.0.0.1:${srv.port}`;
  const tests = WEB ? 'dist-test/web/index.js' : 'dist-test/suite/index.cjs';
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${auth}${ROOT}`],
    ['extensionTestsPath', `vscode-remote://${auth}${path.join(ROOT, tests)}`],
    ...(WEB ? [['extensionDevelopmentKind', 'web']] : []), // run the browser entry in the web worker extension host
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  await page.goto(`http://${auth}/?workspace=${encodeURIComponent(workspaceFile)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  log('workbench loaded; suite running');
}

main().catch((e) => {
  console.error(e);
  process.exit(4);
});
