// extensionTestsPath for the web worker extension host (VS Code for the web): one browser bundle with mocha's
// browser build, run by test/vscode/run-ext-tests.cjs --web. No Node APIs here.
import 'mocha/mocha.js';

declare const mocha: { setup(o: Mocha.MochaOptions): void; run(fn: (failures: number) => void): unknown };

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  require('./web.test.js');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
