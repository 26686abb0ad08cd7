// Desktop (Node extension host) entry; bundled to dist/extension.cjs. Lints run in a worker thread
// (dist/lint-worker.cjs), so that no note can block the extension host; only while the first worker is loading is a
// small note linted in process, under a short deadline (startup-lint-client.ts).
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { WorkerLintClient } from './lint-worker-client.js';
import { activateWith, type ClinoteApi } from './main.js';
import { nodeConfigFs } from './node-fs.js';
import { StartupLintClient } from './startup-lint-client.js';

export function activate(context: vscode.ExtensionContext): ClinoteApi {
  return activateWith(context, {
    bundle: 'desktop',
    client: new StartupLintClient(new WorkerLintClient(() => new Worker(context.asAbsolutePath('dist/lint-worker.cjs')))),
    // Config files on the local disk are read directly: finding them is on the way to a note's first diagnostics.
    configFs: nodeConfigFs(),
  });
}

export { deactivate } from './main.js';
export type { ClinoteApi } from './main.js';
