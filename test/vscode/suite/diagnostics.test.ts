// Diagnostics: open, change (throttled, stale results dropped), save, config and settings changes, close; untitled
// notes, multi-root folders, notes outside any folder, files that are not notes, huge files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lint, noteTemplate, profileById } from '../../../src/core/index.js';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, openNote, setSetting, settled, sleep, untitled, waitFor } from './helpers.js';

const DAP = () => vscode.Uri.joinPath(folder('clinic'), 'notes/dap-missing-goals.md');

describe('diagnostics', () => {
  afterEach(closeAll);

  it('appear on open with source, rule id and a link to the rule docs', async () => {
    const editor = await openNote(DAP());
    const diags = await settled(editor.document);
    const goals = diags.find((d) => codeOf(d) === 'goals');
    assert.ok(goals, 'a goals finding');
    assert.equal(goals.source, 'clinote');
    assert.equal(goals.severity, vscode.DiagnosticSeverity.Warning);
    const code = goals.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/goals\.md$/);
    assert.notEqual(code.target.scheme, 'https', 'the rule page ships with the extension: the link works offline');
    // The missing Goals belong under Assessment in a DAP note: the finding sits on that heading.
    assert.equal(editor.document.lineAt(goals.range.start.line).text, '## Assessment');
    // Same findings as the core gives for this text with the folder's config (defaultType etc.).
    const expected = lint(editor.document.getText()).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(diags.map(codeOf).sort(), expected);
  });

  it('a fresh note from a template shows its unanswered prompts as hints, not as Problems rows', async () => {
    const editor = await untitled(noteTemplate(profileById('soap')!, { date: '2026-11-30' }));
    const diags = await settled(editor.document);
    const prompts = diags.filter((d) => codeOf(d) === 'unfilled-prompt');
    assert.ok(prompts.length > 10, `${prompts.length} prompts`);
    assert.ok(prompts.every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    // What the Problems panel lists: one finding per section still to write, and the session details.
    const rows = diags.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.ok(rows.length <= 8, rows.map((d) => codeOf(d)).join(', '));
  });

  it('update as the note changes, and clear when it closes', async () => {
    const editor = await openNote(DAP());
    const doc = editor.document;
    assert.ok((await settled(doc)).some((d) => codeOf(d) === 'goals'));
    const at = doc.getText().indexOf('## Plan');
    await editor.edit((b) => b.insert(doc.positionAt(at), "## Goals\n\nClient agreed to the goal in his own words: to stop blowing up at work; homework: track anger daily.\n\n"));
    await waitFor(async () => !(await settled(doc)).some((d) => codeOf(d) === 'goals'), 'goals finding gone');
    await closeAll();
    await waitFor(() => clinoteDiagnostics(doc.uri).length === 0, 'diagnostics cleared on close');
  });

  it('throttle a burst of edits and publish only the result for the last version', async () => {
    const a = await api();
    const editor = await untitled('# Note\n\nClient talked about work.\n');
    const doc = editor.document;
    const runs = a.service.scheduler.runs;
    for (let i = 0; i < 15; i++) await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), `Line ${i}.\n`));
    const diags = await settled(doc);
    assert.ok(a.service.scheduler.runs - runs < 15, `fewer lints (${a.service.scheduler.runs - runs}) than edits (15)`);
    assert.equal(a.service.state(doc.uri)?.version, doc.version);
    // Untitled notes take the first folder's config: the clinic's, whose defaultType is DAP.
    assert.deepEqual(diags.map(codeOf).sort(), lint(doc.getText(), { type: 'dap' }).findings.map((f) => f.ruleId).sort());
  });

  it('drop a result whose document changed while it was computed', async () => {
    const a = await api();
    const editor = await untitled('# Note\n\nClient talked about work.\n');
    const doc = editor.document;
    await a.idle();
    const dropped = a.service.scheduler.dropped;
    // Start a lint, then supersede it before its config look-up resolves.
    const first = a.service.scheduler.now(doc.uri.toString());
    a.service.request(doc, 'open');
    await first;
    await a.idle();
    assert.ok(a.service.scheduler.dropped > dropped, 'the superseded result was dropped');
    assert.equal(a.service.state(doc.uri)?.version, doc.version);
  });

  it('lint untitled notes, notes in every root folder and notes outside any folder', async () => {
    const un = await untitled('Client talked about stress at work.\n');
    assert.ok((await settled(un.document)).length > 0, 'untitled note has findings');
    // The other root has no config: the built-in default type applies; the clinic's config says DAP.
    const a = await api();
    await openNote(vscode.Uri.joinPath(folder('other'), 'session.md'));
    assert.equal(a.service.state(vscode.Uri.joinPath(folder('other'), 'session.md'))?.result?.profile.id, 'general');
    await openNote(vscode.Uri.joinPath(folder('clinic'), 'notes/untyped.md'));
    assert.equal(a.service.state(vscode.Uri.joinPath(folder('clinic'), 'notes/untyped.md'))?.result?.profile.id, 'dap');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinote-outside-'));
    try {
      const outside = path.join(dir, 'note.md');
      fs.writeFileSync(outside, 'Client talked about stress at work.\n');
      const ed = await openNote(vscode.Uri.file(outside));
      assert.ok((await settled(ed.document)).length > 0, 'note outside the workspace has findings');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leave files that are not notes alone: README by default, a narrowed include, the config ignore list', async () => {
    const a = await api();
    const readme = vscode.Uri.joinPath(folder('clinic'), 'README.md');
    await vscode.window.showTextDocument(readme);
    await sleep(500);
    await a.idle();
    assert.equal(clinoteDiagnostics(readme).length, 0);
    const draft = vscode.Uri.joinPath(folder('clinic'), 'drafts/ignored.md');
    await vscode.window.showTextDocument(draft);
    await waitFor(() => a.service.state(draft)?.skipped, 'ignored by .clinote.json');
    assert.equal(clinoteDiagnostics(draft).length, 0);
    const note = await openNote(DAP());
    assert.ok((await settled(note.document)).length > 0);
    await setSetting('files.include', ['sessions/**/*.md']);
    try {
      await waitFor(() => clinoteDiagnostics(note.document.uri).length === 0, 'diagnostics gone once the note no longer matches');
    } finally {
      await setSetting('files.include', undefined);
    }
    await waitFor(() => clinoteDiagnostics(note.document.uri).length > 0, 'diagnostics back');
  });

  it('apply settings: severity overrides, enable, run on save', async () => {
    const editor = await openNote(DAP());
    const doc = editor.document;
    await settled(doc);
    await setSetting('severity', { goals: 'error', strengths: 'off' });
    try {
      await waitFor(() => clinoteDiagnostics(doc.uri).find((d) => codeOf(d) === 'goals')?.severity === vscode.DiagnosticSeverity.Error, 'goals as error');
      assert.ok(!clinoteDiagnostics(doc.uri).some((d) => codeOf(d) === 'strengths'), 'strengths off');
    } finally {
      await setSetting('severity', undefined);
    }
    await setSetting('enable', false);
    try {
      await waitFor(() => clinoteDiagnostics(doc.uri).length === 0, 'disabled');
    } finally {
      await setSetting('enable', undefined);
    }
    await waitFor(() => clinoteDiagnostics(doc.uri).length > 0, 'enabled again');
    await setSetting('run', 'onSave');
    try {
      const a = await api();
      await a.idle();
      const before = a.service.state(doc.uri)!.version;
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '\n'));
      await sleep(600);
      assert.equal(a.service.state(doc.uri)!.version, before, 'no lint while typing');
      await doc.save();
      await waitFor(() => a.service.state(doc.uri)!.version === doc.version, 'lint on save');
      await editor.edit((b) => b.delete(new vscode.Range(0, 0, 1, 0)));
      await doc.save();
    } finally {
      await setSetting('run', undefined);
    }
  });

  it('apply the defaultType setting where no config file sets one', async () => {
    const a = await api();
    const other = vscode.Uri.joinPath(folder('other'), 'session.md');
    const clinic = vscode.Uri.joinPath(folder('clinic'), 'notes/untyped.md');
    await openNote(other);
    await openNote(clinic);
    assert.equal(a.service.state(other)?.result?.profile.id, 'general');
    await setSetting('defaultType', 'birp');
    try {
      await waitFor(() => a.service.state(other)?.result?.profile.id === 'birp', 'BIRP from the setting');
      await a.idle();
      assert.equal(a.service.state(clinic)?.result?.profile.id, 'dap', "the clinic's .clinote.json wins");
    } finally {
      await setSetting('defaultType', undefined);
    }
    await waitFor(() => a.service.state(other)?.result?.profile.id === 'general', 'back to the default');
  });

  it('follow config file changes, and show config problems on the config file', async () => {
    const a = await api();
    const cfg = vscode.Uri.joinPath(folder('clinic'), '.clinote.json');
    const original = fs.readFileSync(cfg.fsPath, 'utf8');
    const note = await openNote(vscode.Uri.joinPath(folder('clinic'), 'notes/untyped.md'));
    assert.equal(a.service.state(note.document.uri)?.result?.profile.id, 'dap');
    try {
      fs.writeFileSync(cfg.fsPath, JSON.stringify({ defaultType: 'birp', rules: { goals: 'off' } }));
      await waitFor(() => a.service.state(note.document.uri)?.result?.profile.id === 'birp', 'type from the changed config');
      assert.ok(!clinoteDiagnostics(note.document.uri).some((d) => codeOf(d) === 'goals'), 'goals off by config');
      fs.writeFileSync(cfg.fsPath, '{ "defaultType": "dap", "rulez": {} }');
      await waitFor(() => vscode.languages.getDiagnostics(cfg).some((d) => d.source === 'clinote' && /rulez/.test(d.message)), 'config problem shown');
    } finally {
      fs.writeFileSync(cfg.fsPath, original);
    }
    await waitFor(() => vscode.languages.getDiagnostics(cfg).length === 0 && a.service.state(note.document.uri)?.result?.profile.id === 'dap', 'back to the original config');
  });

  it('skip a huge file with a message instead of stalling the editor', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Client talked about work.\n'.repeat(45000) });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => a.service.state(doc.uri)?.skipped, 'skipped');
    assert.match(a.service.state(doc.uri)!.skipped!, /larger than 1 MB/);
    assert.equal(clinoteDiagnostics(doc.uri).length, 0);
    assert.match(a.coverage.statusText ?? '', /skipped/);
  });
});
