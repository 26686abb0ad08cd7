// Desktop (Node extension host) entry; bundled to dist/extension.cjs. Lints run in a worker thread
// (dist/lint-worker.cjs), so that no note can block the extension host.
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { WorkerLintClient } from './lint-worker-client.js';
import { activateWith, type ClinoteApi } from './main.js';

export function activate(context: vscode.ExtensionContext): ClinoteApi {
  return activateWith(context, new WorkerLintClient(() => new Worker(context.asAbsolutePath('dist/lint-worker.cjs'))));
}

export { deactivate } from './main.js';
export type { ClinoteApi } from './main.js';
