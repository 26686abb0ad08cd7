// Helpers for the extension-host suites: they run inside a real VS Code with the real `vscode` API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClinoteApi } from '../../../src/extension/main.js';

export async function api(): Promise<ClinoteApi> {
  const ext = vscode.extensions.getExtension<ClinoteApi>('clinote.clinote');
  assert.ok(ext, 'extension clinote.clinote is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

export async function waitFor<T>(fn: () => T | Thenable<T>, what = 'condition', ms = 15000): Promise<NonNullable<T>> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function folder(name: 'clinic' | 'other'): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name}`);
  return f.uri;
}

export function clinoteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinote');
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Opens a file in an editor and waits for its first lint. */
export async function openNote(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const a = await api();
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await waitFor(() => a.service.current(editor.document), `lint of ${uri.path}`);
  return editor;
}

/** A new untitled Markdown note with the given text, shown and linted. */
export async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // A new untitled note takes the lowest free name (Untitled-1) and starts from that name's backup when one is on
  // disk: a note closed a moment before may leave its backup behind, written as it closed. Start from the text asked for.
  if (doc.getText() !== content) await setText(editor, content);
  const a = await api();
  await waitFor(() => a.service.current(doc), 'lint of the untitled note');
  return editor;
}

/** Waits until the note's current version is linted, then returns its diagnostics. */
export async function settled(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const a = await api();
  await waitFor(() => a.service.current(doc), 'lint of the current version');
  await a.idle();
  return clinoteDiagnostics(doc.uri);
}

/** Code actions as the editor asks for them; polled, since built-in Markdown providers may still be starting. */
export async function codeActions(doc: vscode.TextDocument, range: vscode.Range, kind?: string, want?: (a: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    // The request is cancelled when the provider registry changes (Markdown extensions starting): ask again.
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind).then(
      (r) => r ?? [],
      (e: Error) => (/Canceled/.test(String(e?.message ?? e)) ? [] : Promise.reject(e)),
    );
    const mine = all.filter((a) => a.kind && (a.kind.value.startsWith('quickfix') || a.kind.value.startsWith('source.fixAll.clinote')) && a.edit);
    return (want ? want(mine) : mine.length > 0) ? mine : undefined;
  }, 'code actions');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('clinote').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Closes every editor without saving (a dirty editor would otherwise ask). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces a document's whole text through the editor (as typing would). */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
  assert.ok(ok, 'edit applied');
}

/**
 * The `vscode` API object the extension under test calls: this suite's own on the desktop (the suite sits in the
 * extension's folder); in the --web run, the one VS Code gave the browser bundle's folder (run-ext-tests.cjs webShim).
 */
function extensionVscode(): typeof vscode {
  return (globalThis as { clinoteWebVscode?: typeof vscode }).clinoteWebVscode ?? vscode;
}

/**
 * Runs `fn` with one of the extension's `vscode.window` functions answered by `fake` (a modal dialog cannot be
 * clicked from the extension host), and returns what `fn` returned and the arguments of each call.
 */
export async function withWindowStub<K extends 'showWarningMessage' | 'showInformationMessage' | 'showErrorMessage' | 'withProgress', T>(
  name: K,
  fake: (...args: unknown[]) => unknown,
  fn: () => Thenable<T> | Promise<T>,
): Promise<{ result: T; calls: unknown[][] }> {
  const win = extensionVscode().window as unknown as Record<string, unknown>;
  const original = win[name];
  const calls: unknown[][] = [];
  win[name] = (...args: unknown[]) => (calls.push(args), Promise.resolve(fake(...args)));
  try {
    return { result: await fn(), calls };
  } finally {
    win[name] = original;
  }
}

/** The largest gap between ticks of a 10 ms interval: how long the extension host's thread was held at once. */
export function gapMeter(): () => number {
  let last = performance.now();
  let max = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 10);
  return () => {
    clearInterval(tick);
    return Math.max(max, performance.now() - last);
  };
}
