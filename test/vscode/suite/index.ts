// extensionTestsPath entry: the extension host awaits run(). Bundled to dist-test/suite/index.cjs; the same file
// serves code-server (test/vscode/run-ext-tests.cjs) and desktop VS Code (test/vscode/run-electron.cjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.CLINOTE_GREP });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.cjs')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The driver reads the counts from here (the extension host inherits its environment).
      const out = process.env.CLINOTE_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ passes: runner.stats?.passes ?? 0, failures }));
      failures ? reject(new Error(`${failures} tests failed`)) : resolve();
    });
  });
}
