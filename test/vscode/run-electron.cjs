#!/usr/bin/env node
// The same extension-host suites in desktop VS Code through @vscode/test-electron, for machines that can download
// VS Code (it fetches a build from Microsoft on first run, so it cannot run on the offline CI machines).
// usage: node esbuild.js --tests && node test/vscode/run-electron.cjs   (VSCODE_VERSION=stable|insiders|1.95.0)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const { ROOT, copyWorkspace } = require('./lib.cjs');

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinote-electron-'));
  const ws = copyWorkspace(path.join(tmp, 'ws'));
  const workspaceFile = path.join(tmp, 'clinote-test.code-workspace');
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: path.join(ws, 'clinic') }, { path: path.join(ws, 'other') }] }));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'dist-test/suite/index.cjs'),
      launchArgs: [workspaceFile, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'user')],
    });
    fs.rmSync(tmp, { recursive: true, force: true });
  } catch (e) {
    console.error(`extension-host suites failed: ${e.message} (workspace kept in ${tmp})`);
    process.exit(1);
  }
})();
