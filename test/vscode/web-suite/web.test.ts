// The browser entry (dist/web/extension.js) in VS Code's web worker extension host: the same adapter, files read
// through vscode.workspace.fs only.
import * as assert from 'assert';
import * as vscode from 'vscode';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(fn: () => T | Promise<T>, what: string, ms = 15000): Promise<NonNullable<T>> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

describe('web extension host', () => {
  it('runs the browser entry', async () => {
    const ext = vscode.extensions.getExtension('clinote.clinote')!;
    assert.ok(ext, 'installed');
    await ext.activate();
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI);
    assert.ok(typeof (globalThis as { process?: unknown }).process === 'undefined' || !('versions' in (globalThis as never)), 'not Node');
  });

  it('lints a note with the folder config read through workspace.fs, and quick-fixes it', async () => {
    const folder = vscode.workspace.workspaceFolders!.find((f) => f.name === 'clinic')!;
    const uri = vscode.Uri.joinPath(folder.uri, 'notes/untyped.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'clinote');
      return d.length ? d : undefined;
    }, 'diagnostics');
    // .clinote.json says defaultType dap: DAP profile findings, e.g. the missing Plan.
    const goals = diags.find((d) => codeOf(d) === 'goals');
    assert.ok(goals, 'goals finding');
    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, goals.range).then((r) => r ?? [], () => []);
      const fix = all.find((a) => /^Insert the Goals section/.test(a.title));
      return fix;
    }, 'goals quick-fix');
    assert.ok(await vscode.workspace.applyEdit(actions.edit!));
    assert.match(doc.getText(), /## Goals\n/);
    await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'goals' && d.message === goals.message), 'goals finding updated');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('creates a new note from a template', async () => {
    await vscode.commands.executeCommand('clinote.newNote', 'soap');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /^---\ntype: soap\ndate: \d{4}-\d\d-\d\d\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
