// VS Code for the web entry (web worker extension host); bundled to dist/web/extension.cjs. The adapter reads files only
// through vscode.workspace.fs and the core has no Node imports, so the same code serves both. An extension cannot
// start a worker here, so lints run in the extension host, bounded by a deadline the core checks between stages.
import type * as vscode from 'vscode';
import { InProcessLintClient } from './lint-client.js';
import { activateWith, type ClinoteApi } from './main.js';

export function activate(context: vscode.ExtensionContext): ClinoteApi {
  return activateWith(context, { bundle: 'web', client: new InProcessLintClient() });
}

export { deactivate } from './main.js';
