// copied-text in the editor after Lint Workspace: editing a note keeps its copies, and those of the note it repeats
// (not open), current as the note is linted while typing; a note created since joins the comparison; Dismiss for this note silences one copy and leaves the
// others.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, openNote, setText, waitFor } from './helpers.js';

const PARA = "Client's anxiety remains in the moderate range; avoidance of the train is the main barrier to returning to full-time work.";
const note = (date: string, data: string, assessment = PARA) => `---\ntype: dap\ndate: ${date}\n---\n# DAP note\n\n## Data\n\n${data}\n\n## Assessment\n\n${assessment}\n`;
const copied = (uri: vscode.Uri) => clinoteDiagnostics(uri).filter((d) => codeOf(d) === 'copied-text');

describe('copied-text after an edit', () => {
  const dir = () => vscode.Uri.joinPath(folder('other'), 'copies-live');
  const first = () => vscode.Uri.joinPath(dir(), '2026-03-04.md');
  const second = () => vscode.Uri.joinPath(dir(), '2026-03-11.md');
  const dismissals = () => vscode.Uri.joinPath(folder('other'), '.clinote');
  let hadDismissals = false;

  beforeEach(async () => {
    hadDismissals = fs.existsSync(dismissals().fsPath);
    fs.mkdirSync(dir().fsPath, { recursive: true });
    fs.writeFileSync(first().fsPath, note('2026-03-04', 'Panic attacks dropped from five to three this week.'));
    fs.writeFileSync(second().fsPath, note('2026-03-11', 'She stood on the platform for ten minutes twice.'));
    await vscode.commands.executeCommand('clinote.lintWorkspace');
    await waitFor(() => copied(first()).length === 1 && copied(second()).length === 1, 'the copy on both notes');
  });

  afterEach(async () => {
    await closeAll();
    fs.rmSync(dir().fsPath, { recursive: true, force: true });
    if (!hadDismissals) fs.rmSync(dismissals().fsPath, { recursive: true, force: true });
  });

  it('rewriting the copied paragraph takes the copy off both notes; pasting it back brings it back, where it now is', async () => {
    const ed = await openNote(second());
    // Typed, not saved: the note that is not open follows the open one's text.
    await setText(ed, note('2026-03-11', 'She stood on the platform for ten minutes twice.', 'Exposure is working: her ratings fall within each trial and between trials, and she plans one stop next week.'));
    await waitFor(() => !copied(first()).length && !copied(second()).length, 'no copy on either note');
    await setText(ed, note('2026-03-11', 'She stood on the platform for ten minutes twice.\n\nShe rode one stop with her sister.', PARA));
    const [d] = await waitFor(() => (copied(second()).length ? copied(second()) : undefined), 'the copy back on the edited note');
    assert.equal(d.range.start.line, 14);
    assert.equal(d.message, 'This paragraph repeats 2026-03-04.md (line 13) word for word. Copied-forward text may not describe this session.');
    // And on the note it repeats, which names the edited note's new line.
    const [back] = await waitFor(() => (copied(first()).length ? copied(first()) : undefined), 'the copy back on the other note');
    assert.match(back.message, /^This paragraph repeats 2026-03-11\.md \(line 15\)/);
    assert.equal(back.relatedInformation?.[0].location.range.start.line, 14);
  });

  it('a note created after Lint Workspace joins the comparison: its copy shows on it and on the note it repeats', async () => {
    const third = vscode.Uri.joinPath(dir(), '2026-03-18.md');
    fs.writeFileSync(third.fsPath, note('2026-03-18', 'She rode two stops alone and rated her fear at 40.', 'To be written.'));
    const ed = await openNote(third);
    assert.equal(copied(third).length, 0);
    // Typed into the new note: the assessment pasted from the earlier notes.
    await setText(ed, note('2026-03-18', 'She rode two stops alone and rated her fear at 40.'));
    const [d] = await waitFor(() => (copied(third).length ? copied(third) : undefined), 'the copy on the new note');
    assert.equal(d.message, 'This paragraph repeats 2026-03-04.md (line 13) and 1 other note word for word: does it describe this session?');
    // The notes it repeats (not open) now name the new note among their copies.
    await waitFor(() => copied(first())[0]?.message.includes('and 1 other note'), 'the new note counted on the first note');
    assert.match(copied(second())[0].message, /^This paragraph repeats 2026-03-04\.md \(line 13\) and 1 other note word for word/);
  });

  it('Dismiss for this note takes the copy off that note only, and it stays off through an edit elsewhere in the note', async () => {
    const ed = await openNote(second());
    const [d] = copied(second());
    const dismiss = await waitFor(async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ed.document.uri, d.range)) ?? [];
      // The command's arguments: the note and the key the dismissal keeps (its rule, and its block's hash).
      return all.find((a) => a.title.startsWith('Dismiss for this note') && (a.command?.arguments?.[1] as { rule?: string } | undefined)?.rule === 'copied-text');
    }, 'Dismiss for this note on the copy');
    assert.ok(dismiss.command);
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    await waitFor(() => !copied(second()).length, 'the copy dismissed on the note');
    assert.equal(copied(first()).length, 1, 'the other note still shows its copy');
    // An edit elsewhere (the data paragraph): still dismissed once the note is linted again.
    await setText(ed, note('2026-03-11', 'She stood on the platform for fifteen minutes twice.'));
    const clinote = await api();
    await waitFor(() => clinote.service.current(ed.document)?.result, 'the edited note linted');
    await clinote.idle();
    assert.equal(copied(second()).length, 0);
    assert.equal(copied(first()).length, 1, 'the other note still has its copy');
  });
});
