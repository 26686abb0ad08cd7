// Dismiss for this note: the quick-fix keeps the dismissal in .clinote/dismissed.json (the note is not touched); the
// finding leaves the Problems panel, the status bar count and the coverage view, which lists it under Dismissed with
// an Undo; a change of the file on disk (git, another window) applies; a file that cannot be read is never written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Item } from '../../../src/extension/coverage.js';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, openNote, settled, untitled, waitFor } from './helpers.js';

const dismissedFile = () => vscode.Uri.joinPath(folder('clinic'), '.clinote/dismissed.json');
const noteUri = () => vscode.Uri.joinPath(folder('clinic'), 'notes/dismiss-me.md');

const NOTE = `---
type: dap
date: 2026-11-19
---
# DAP note

## Data

Client came in angry about an argument at work. Client was noncompliant with medication this week.

## Assessment

Client is more open than last week.

## Plan

See client next week.
`;

/** The quick-fixes the editor offers at a diagnostic, in the order it lists them (commands included, not only edits). */
async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic, want: (title: string) => boolean): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range).then(
      (r) => r ?? [],
      () => [],
    );
    const mine = all.filter((a) => a.kind?.value.startsWith('quickfix'));
    return mine.some((a) => want(a.title)) ? mine : undefined;
  }, 'quick-fixes');
}

/** The finding's "Dismiss for this note"; where several findings share the spot, each names its rule. */
const isDismiss = (rule: string) => (title: string) => title === 'Dismiss for this note' || title === `Dismiss for this note (${rule})`;

async function dismiss(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<unknown> {
  return run((await quickFixes(doc, d, isDismiss(codeOf(d)))).find((f) => isDismiss(codeOf(d))(f.title))!);
}

async function run(a: vscode.CodeAction): Promise<unknown> {
  assert.ok(a.command, `${a.title} runs a command`);
  return vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
}

const has = (uri: vscode.Uri, rule: string) => clinoteDiagnostics(uri).some((d) => codeOf(d) === rule);

async function coverageRoots(): Promise<Item[]> {
  const a = await api();
  return a.coverage.getChildren();
}

async function dismissedGroup(): Promise<Extract<Item, { kind: 'dismissed-group' }> | undefined> {
  return (await coverageRoots()).find((i): i is Extract<Item, { kind: 'dismissed-group' }> => i.kind === 'dismissed-group');
}

describe('dismiss for this note', () => {
  beforeEach(() => {
    fs.writeFileSync(noteUri().fsPath, NOTE);
    fs.rmSync(vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath, { recursive: true, force: true });
  });
  afterEach(async () => {
    await closeAll();
    fs.rmSync(noteUri().fsPath, { force: true });
    fs.rmSync(vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath, { recursive: true, force: true });
  });

  it('a finding on words: dismissed outside the note, listed under Dismissed in the coverage view, then undone', async () => {
    const a = await api();
    const editor = await openNote(noteUri());
    const doc = editor.document;
    const term = (await settled(doc)).find((d) => codeOf(d) === 'stigmatizing-language')!;
    assert.ok(term, 'the note has a stigmatizing-language finding');
    const fixes = await quickFixes(doc, term, isDismiss('stigmatizing-language'));
    const titles = fixes.map((f) => f.title);
    // Offered first of the two ways to silence it: before the inline comment that writes into the note.
    const at = titles.indexOf('Dismiss for this note');
    assert.ok(at >= 0 && at < titles.indexOf('Disable stigmatizing-language for this note'), titles.join(' | '));
    assert.equal(await run(fixes[at]), true);

    await waitFor(() => !has(doc.uri, 'stigmatizing-language'), 'the finding leaves the Problems panel');
    assert.equal(doc.getText(), NOTE, 'the note is not touched');
    assert.equal(doc.isDirty, false);
    const file = fs.readFileSync(dismissedFile().fsPath, 'utf8');
    const entries = JSON.parse(file).dismissed;
    assert.equal(entries.length, 1);
    assert.equal(entries[0].note, 'notes/dismiss-me.md');
    assert.equal(entries[0].rule, 'stigmatizing-language');
    assert.match(entries[0].text, /^[0-9a-f]{12}$/);
    assert.ok(!/noncompliant|medication/.test(file), 'no words of the note in the file');

    // The coverage view lists it under Dismissed, with the words it was on and Undo.
    const group = await waitFor(dismissedGroup, 'a Dismissed group');
    assert.equal(a.coverage.getTreeItem(group).label, 'Dismissed');
    const [item] = a.coverage.getChildren(group);
    const tree = a.coverage.getTreeItem(item);
    assert.equal(tree.contextValue, 'clinote.dismissed', 'the Undo menu applies');
    assert.match(String(tree.description), /noncompliant/);

    // An edit elsewhere in the note keeps it dismissed.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('See client')), 'Practise grounding daily. '));
    await settled(doc);
    assert.equal(has(doc.uri, 'stigmatizing-language'), false, 'still dismissed after an edit elsewhere');
    // Undo from the view's item: the finding is back, the entry gone, the group too.
    const [again] = a.coverage.getChildren((await dismissedGroup())!);
    assert.equal(await vscode.commands.executeCommand('clinote.undoDismiss', again), true);
    await waitFor(() => has(doc.uri, 'stigmatizing-language'), 'the finding is back');
    assert.deepEqual(JSON.parse(fs.readFileSync(dismissedFile().fsPath, 'utf8')).dismissed, []);
    await waitFor(async () => !(await dismissedGroup()), 'no Dismissed group');
  });

  it('a missing dimension: leaves the status bar count and the coverage list, and comes back on undo', async () => {
    const a = await api();
    const editor = await openNote(noteUri());
    const doc = editor.document;
    const goals = (await settled(doc)).find((d) => codeOf(d) === 'goals')!;
    const status = await waitFor(() => /DAP (\d+)\/(\d+)/.exec(a.coverage.statusText ?? ''), 'status bar count');
    const total = Number(status[2]);
    assert.ok((await coverageRoots()).some((i) => i.kind === 'dimension' && i.report.id === 'goals'));

    assert.equal(await dismiss(doc, goals), true);
    await waitFor(() => !has(doc.uri, 'goals'), 'goals leaves the Problems panel');
    await waitFor(() => a.coverage.statusText?.endsWith(`/${total - 1}`), `DAP n/${total - 1}`);
    const roots = await coverageRoots();
    assert.ok(!roots.some((i) => i.kind === 'dimension' && i.report.id === 'goals'), 'not in the list of expected dimensions');
    const group = roots.find((i) => i.kind === 'dismissed-group')!;
    const [item] = a.coverage.getChildren(group);
    assert.equal(a.coverage.getTreeItem(item).label, 'Mutually negotiated goals');
    assert.deepEqual(JSON.parse(fs.readFileSync(dismissedFile().fsPath, 'utf8')).dismissed.map((e: { rule: string; text?: string }) => [e.rule, e.text]), [['goals', undefined]]);

    assert.equal(await vscode.commands.executeCommand('clinote.undoDismiss', item), true);
    await waitFor(() => has(doc.uri, 'goals'), 'goals is back');
    await waitFor(() => a.coverage.statusText?.endsWith(`/${total}`), `DAP n/${total}`);
  });

  it('a change of the file on disk applies (git, another window); deleting it brings the findings back', async () => {
    const editor = await openNote(noteUri());
    const doc = editor.document;
    assert.ok((await settled(doc)).some((d) => codeOf(d) === 'goals'));
    fs.mkdirSync(vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath, { recursive: true });
    fs.writeFileSync(dismissedFile().fsPath, JSON.stringify({ version: 1, dismissed: [{ note: 'notes/dismiss-me.md', rule: 'goals' }] }));
    const a = await api();
    await waitFor(() => !has(doc.uri, 'goals'), `goals dismissed by the file written on disk (${a.service.state(doc.uri)?.dismissed?.length} dismissed)`);
    fs.rmSync(dismissedFile().fsPath);
    await waitFor(() => has(doc.uri, 'goals'), 'goals back once the file is gone');
    // A checkout that brings (or removes) the whole folder is told as the folder alone.
    fs.writeFileSync(dismissedFile().fsPath, JSON.stringify({ version: 1, dismissed: [{ note: 'notes/dismiss-me.md', rule: 'goals' }] }));
    await waitFor(() => !has(doc.uri, 'goals'), 'dismissed again');
    fs.rmSync(vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath, { recursive: true });
    await waitFor(() => has(doc.uri, 'goals'), 'goals back once the folder is gone');
  });

  it('a file that cannot be read: a clear problem on it, nothing applies, and it is never overwritten', async () => {
    const broken = '{\n  "version": 1,\n  "dismissed": [\n    { "note": "notes/dismiss-me.md", "rule": "goals" }\n    { "note": "notes/other.md", "rule": "goals" }\n  ]\n}\n';
    fs.mkdirSync(vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath, { recursive: true });
    fs.writeFileSync(dismissedFile().fsPath, broken);
    const editor = await openNote(noteUri());
    const doc = editor.document;
    const diags = await settled(doc);
    assert.ok(diags.some((d) => codeOf(d) === 'goals'), 'the entry of a broken file does not apply');
    const problem = await waitFor(() => vscode.languages.getDiagnostics(dismissedFile()).find((d) => d.source === 'clinote'), 'a problem on the file');
    assert.match(problem.message, /syntax error: a comma is expected here/);
    assert.equal(problem.range.start.line, 4);
    const term = diags.find((d) => codeOf(d) === 'stigmatizing-language')!;
    assert.equal(await dismiss(doc, term), false);
    assert.equal(fs.readFileSync(dismissedFile().fsPath, 'utf8'), broken, 'the file is left as it was');
    assert.ok(has(doc.uri, 'stigmatizing-language'));
  });

  it('nothing is read or written through a .clinote folder that is a symbolic link (it may lead outside the workspace)', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'clinote-outside-'));
    try {
      fs.symlinkSync(outside, vscode.Uri.joinPath(folder('clinic'), '.clinote').fsPath);
      const editor = await openNote(noteUri());
      const term = (await settled(editor.document)).find((d) => codeOf(d) === 'stigmatizing-language')!;
      assert.equal(await dismiss(editor.document, term), false);
      assert.deepEqual(fs.readdirSync(outside), [], 'nothing written outside the workspace');
      assert.ok(has(editor.document.uri, 'stigmatizing-language'));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('is not offered for an untitled note, which has no path to keep it by', async () => {
    const editor = await untitled(NOTE);
    const term = (await settled(editor.document)).find((d) => codeOf(d) === 'stigmatizing-language')!;
    const fixes = await quickFixes(editor.document, term, (t) => t === 'Disable stigmatizing-language for this note');
    assert.ok(!fixes.some((f) => f.title.startsWith('Dismiss')), fixes.map((f) => f.title).join(' | '));
  });
});
