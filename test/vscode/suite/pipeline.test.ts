// One lint pipeline (src/extension/lint-document.ts): live linting and Lint Workspace give a note the same
// diagnostics; each diagnostic says which finding it is, so that two findings with the same message each get their
// own fix; config problems are underlined exactly where they are.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/index.js';
import { api, clinoteDiagnostics, closeAll, codeActions, codeOf, folder, openNote, setSetting, settled, untitled, waitFor } from './helpers.js';

/** What a diagnostic shows, comparable across collections. */
const shown = (d: vscode.Diagnostic) => {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${d.severity} ${codeOf(d)} ${d.message}`;
};

// CRLF line breaks and a surrogate pair before the findings: positions must count as VS Code does.
const NOTE = ['# Session 🙂 note', '', '## Data', '', 'He is an addict and an addict. Client was noncompliant with meds.', '', '## Assessment', '', 'Mood low.', ''].join('\r\n');
const ADDICT = /"addict"/;

describe('one lint pipeline', () => {
  afterEach(closeAll);

  it('Lint Workspace and live linting give a note the same diagnostics, settings applied once', async () => {
    const file = vscode.Uri.joinPath(folder('clinic'), 'notes/pipeline-same.md');
    fs.writeFileSync(file.fsPath, NOTE);
    try {
      await setSetting('severity', { 'stigmatizing-language': 'error', strengths: 'off' });
      await vscode.commands.executeCommand('clinote.lintWorkspace');
      const fromWorkspace = clinoteDiagnostics(file).map(shown).sort();
      assert.ok(fromWorkspace.length > 2, fromWorkspace.join('\n'));
      const editor = await openNote(file);
      const live = await settled(editor.document);
      assert.deepEqual(live.map(shown).sort(), fromWorkspace);
      // The settings: a severity raised, a rule off; the ranges on the very words.
      assert.ok(!live.some((d) => codeOf(d) === 'strengths'), 'strengths off');
      const addict = live.filter((d) => ADDICT.test(d.message));
      assert.equal(addict.length, 2);
      for (const d of addict) {
        assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
        assert.match(editor.document.getText(d.range), /addict$/);
      }
    } finally {
      await setSetting('severity', undefined);
      fs.rmSync(file.fsPath, { force: true });
    }
  });

  it('two findings with the same message each get their own fix, found by the key the diagnostic carries', async () => {
    const a = await api();
    const editor = await untitled(NOTE);
    const doc = editor.document;
    const diags = (await settled(doc)).filter((d) => ADDICT.test(d.message));
    assert.equal(diags.length, 2);
    assert.equal(diags[0].message, diags[1].message, 'the same message');
    const findings = a.service.current(doc)!.findings;
    const keys = diags.map((d) => (d as vscode.Diagnostic & { key?: number }).key);
    assert.notEqual(keys[0], keys[1]);
    const title = lint(doc.getText(), { type: 'dap' }).findings.find((f) => ADDICT.test(f.message))!.fix!.title;
    for (const [i, d] of diags.entries()) {
      const f = findings[keys[i]!];
      assert.deepEqual([f.range.start, f.range.end], [doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)], 'the key points at this finding');
      const fixes = (await codeActions(doc, d.range, undefined, (as) => as.some((x) => x.title === title))).filter((x) => x.title === title);
      assert.equal(fixes.length, 1);
      const [edit] = fixes[0].edit!.get(doc.uri);
      assert.ok(edit.range.isEqual(d.range), `fix ${i} replaces its own words, not the other's`);
    }
  });

  it('a config problem is underlined over the offending value, not one character', async () => {
    const cfg = vscode.Uri.joinPath(folder('clinic'), '.clinote.json');
    const original = fs.readFileSync(cfg.fsPath, 'utf8');
    const broken = '{\n  "extends": "clinote:recommended",\n  "defaultType": "dap",\n  "rules": { "goals": "loud" }\n}\n';
    await openNote(vscode.Uri.joinPath(folder('clinic'), 'notes/untyped.md'));
    try {
      fs.writeFileSync(cfg.fsPath, broken);
      const d = await waitFor(() => vscode.languages.getDiagnostics(cfg).find((x) => x.source === 'clinote' && /loud/.test(x.message)), 'config problem shown');
      const lines = broken.split('\n');
      assert.equal(d.range.start.line, d.range.end.line);
      assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), '"loud"');
    } finally {
      fs.writeFileSync(cfg.fsPath, original);
    }
    await waitFor(() => vscode.languages.getDiagnostics(cfg).length === 0, 'back to the original config');
  });
});
