// Commands, the coverage view and the status bar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { noteTemplate, profileById } from '../../../src/core/index.js';
import { api, clinoteDiagnostics, closeAll, folder, openNote, setSetting, settled, untitled, waitFor } from './helpers.js';

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

describe('commands', () => {
  afterEach(closeAll);

  it('New Note creates a note of the chosen type with today\'s date, cursor on the first field', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clinote.newNote', 'birp');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /^---\ntype: birp\ndate: (\d{4}-\d\d-\d\d)\n/);
    assert.equal(/date: (\S+)/.exec(text)![1], today());
    // The template is the core's, with the session fields to fill first.
    const body = noteTemplate(profileById('birp')!, { date: today() });
    assert.equal(text.slice(text.indexOf('# ')), body.slice(body.indexOf('# ')));
    assert.ok(!editor.selection.isEmpty || editor.selection.active.line > 0, 'a tab stop is active');
    const a = await api();
    await waitFor(() => a.service.state(uri)?.result?.profile.id === 'birp', 'the new note is linted as BIRP');
  });

  it('Lint Workspace puts every note in the Problems panel, but not READMEs or ignored files', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('clinote.lintWorkspace');
    assert.ok(result.files >= 3, `files: ${result.files}`);
    const clinic = folder('clinic');
    const dap = vscode.Uri.joinPath(clinic, 'notes/dap-missing-goals.md');
    assert.ok(clinoteDiagnostics(dap).some((d) => (d.code as { value: string }).value === 'goals'));
    assert.ok(clinoteDiagnostics(vscode.Uri.joinPath(folder('other'), 'session.md')).length > 0);
    assert.equal(clinoteDiagnostics(vscode.Uri.joinPath(clinic, 'README.md')).length, 0);
    assert.equal(clinoteDiagnostics(vscode.Uri.joinPath(clinic, 'drafts/ignored.md')).length, 0);
    // Opening a linted note hands it over to live linting without duplicates.
    const ed = await openNote(dap);
    const live = await settled(ed.document);
    assert.equal(clinoteDiagnostics(dap).length, live.length);
  });

  it('after Lint Workspace, a rule turned off in the settings leaves the Problems panel for notes that are not open', async () => {
    // A note nobody opens in this run, so its results are Lint Workspace's.
    const dap = vscode.Uri.joinPath(folder('other'), 'ws-severity.md');
    fs.writeFileSync(dap.fsPath, fs.readFileSync(vscode.Uri.joinPath(folder('clinic'), 'notes/dap-missing-goals.md').fsPath, 'utf8'));
    try {
      await vscode.commands.executeCommand('clinote.lintWorkspace');
      const hasGoals = () => clinoteDiagnostics(dap).some((d) => (d.code as { value: string }).value === 'goals');
      await waitFor(() => hasGoals(), 'goals in the workspace results');
      await setSetting('severity', { goals: 'off' });
      try {
        await waitFor(() => !hasGoals() && clinoteDiagnostics(dap).length > 0, 'goals gone from the workspace results');
      } finally {
        await setSetting('severity', undefined);
      }
      await waitFor(() => hasGoals(), 'goals back once the setting is removed');
    } finally {
      fs.rmSync(dap.fsPath, { force: true });
    }
  });

  it("Lint Workspace reports a paragraph copied from another of the client's notes, linked to it", async () => {
    // Two notes of one client (one folder), written for this test, that nobody opens: the assessment is copied.
    const dir = vscode.Uri.joinPath(folder('other'), 'copies-client');
    const para = "Client's anxiety remains in the moderate range; avoidance of the train is the main barrier to returning to full-time work.";
    const note = (date: string, data: string) => `---\ntype: dap\ndate: ${date}\n---\n# DAP note\n\n## Data\n\n${data}\n\n## Assessment\n\n${para}\n`;
    const first = vscode.Uri.joinPath(dir, '2026-03-04.md');
    const second = vscode.Uri.joinPath(dir, '2026-03-11.md');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.writeFileSync(first.fsPath, note('2026-03-04', 'Panic attacks dropped from five to three this week.'));
    fs.writeFileSync(second.fsPath, note('2026-03-11', 'She stood on the platform for ten minutes twice.'));
    try {
      await vscode.commands.executeCommand('clinote.lintWorkspace');
      const copied = (uri: vscode.Uri) => clinoteDiagnostics(uri).filter((d) => (d.code as { value: string }).value === 'copied-text');
      const [d] = await waitFor(() => (copied(second).length ? copied(second) : undefined), 'a copied-text problem');
      assert.equal(d.message, 'This paragraph repeats 2026-03-04.md (line 13) word for word. Copied-forward text may not describe this session.');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.range.start.line, 12);
      assert.equal(d.relatedInformation?.[0].location.uri.toString(), first.toString());
      assert.equal(d.relatedInformation?.[0].location.range.start.line, 12);
      assert.equal(copied(first).length, 1);
      // The data paragraphs differ, and no other note of the workspace is this client's.
      assert.equal(copied(vscode.Uri.joinPath(folder('other'), 'session.md')).length, 0);
    } finally {
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });

  it('the status bar shows the note type and coverage and follows the note', async () => {
    const a = await api();
    const editor = await untitled('---\ntype: soap\n---\n# SOAP note\n\n## Subjective\n\nClient reports low mood.\n\n## Objective\n\nAffect flat.\n\n## Assessment\n\nStable.\n\n## Plan\n\nNext week.\n');
    const text = await waitFor(() => (/SOAP \d+\/\d+/.test(a.coverage.statusText ?? '') ? a.coverage.statusText : undefined), 'status bar text');
    const [, done, total] = /SOAP (\d+)\/(\d+)/.exec(text)!.map(Number);
    const dims = a.service.state(editor.document.uri)!.result!.dimensions.filter((d) => d.level !== 'off');
    assert.equal(total, dims.length);
    assert.equal(done, dims.filter((d) => d.status === 'addressed').length);
    // Adding a goals section raises the count.
    const doc = editor.document;
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('## Plan')), '### Goals\n\nClient agreed in her own words to the goal: to sleep 7 hours; homework: keep a sleep log.\n\n'));
    await waitFor(() => a.coverage.statusText?.includes(`SOAP ${done + 1}/${total}`), `SOAP ${done + 1}/${total}`);
  });

  it('a rule turned off in clinote.severity leaves the status bar count', async () => {
    const a = await api();
    await untitled('---\ntype: soap\n---\n# SOAP note\n\n## Subjective\n\nClient reports low mood.\n\n## Plan\n\nNext week.\n');
    const text = await waitFor(() => (/SOAP \d+\/\d+/.test(a.coverage.statusText ?? '') ? a.coverage.statusText : undefined), 'status bar text');
    const total = Number(/SOAP \d+\/(\d+)/.exec(text)![1]);
    await setSetting('severity', { goals: 'off' });
    try {
      await waitFor(() => new RegExp(`SOAP \\d+/${total - 1}$`).test(a.coverage.statusText ?? ''), `SOAP n/${total - 1}`);
    } finally {
      await setSetting('severity', undefined);
    }
  });

  it('Show Note Coverage reveals the coverage tree of the current note', async () => {
    const a = await api();
    const editor = await untitled('---\ntype: dap\n---\n# DAP note\n\n## Data\n\nClient reports low mood.\n\n## Assessment\n\nStable.\n\n## Plan\n\nNext week.\n');
    await settled(editor.document);
    await vscode.commands.executeCommand('clinote.showCoverage');
    const items = await waitFor(() => {
      const roots = a.coverage.getChildren();
      return roots.length ? roots : undefined;
    }, 'coverage items');
    const dims = a.service.state(editor.document.uri)!.result!.dimensions.filter((d) => d.level !== 'off');
    assert.deepEqual(items.map((i) => (i.kind === 'dimension' ? i.report.id : '')), dims.map((d) => d.id));
    const goals = items.find((i) => i.kind === 'dimension' && i.report.id === 'goals')!;
    const tree = a.coverage.getTreeItem(goals);
    assert.equal(tree.label, 'Mutually negotiated goals');
    assert.match(String(tree.description), /missing/);
    assert.ok(a.coverage.getChildren(goals).length > 0, 'sub-items listed');
  });

  it('Create Config File writes .clinote.json from the chosen profile; Open Config File opens the one in use', async () => {
    const other = folder('other');
    const cfg = vscode.Uri.joinPath(other, '.clinote.json');
    fs.rmSync(cfg.fsPath, { force: true });
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri>('clinote.createConfigFile', { folder: other, extends: 'clinote:strict', defaultType: 'soap' });
      assert.equal(created.toString(), cfg.toString());
      assert.deepEqual(JSON.parse(fs.readFileSync(cfg.fsPath, 'utf8')), { extends: 'clinote:strict', defaultType: 'soap', rules: {} });
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), cfg.toString());
      // The new config takes effect on the folder's notes.
      const a = await api();
      const note = vscode.Uri.joinPath(other, 'session.md');
      await openNote(note);
      await waitFor(() => a.service.state(note)?.result?.profile.id === 'soap', 'defaultType from the new config');
      await vscode.window.showTextDocument(note);
      const opened = await vscode.commands.executeCommand<vscode.Uri>('clinote.openConfigFile');
      assert.equal(opened.toString(), cfg.toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), cfg.toString());
    } finally {
      fs.rmSync(cfg.fsPath, { force: true });
    }
  });
});
