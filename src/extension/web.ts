// VS Code for the web entry (web worker extension host); bundled to dist/web/extension.js. The adapter reads files only
// through vscode.workspace.fs and the core has no Node imports, so the same code serves both.
export { activate, deactivate } from './main.js';
