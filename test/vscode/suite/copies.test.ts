// copied-text in the editor after Lint Workspace: editing a note keeps its copies, and those of the note it repeats
// (not open), current as the note is linted while typing; a note created since joins the comparison; Dismiss for this note silences one copy and leaves the
// others.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, gapMeter, openNote, setText, waitFor } from './helpers.js';

/** Which bundle this run loaded (test/vscode/run-ext-tests.cjs says). */
const WEB = process.env.CLINOTE_BUNDLE === 'web';

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

describe('copied-text at the end of Lint Workspace', () => {
  const dir = () => vscode.Uri.joinPath(folder('other'), 'copies-many');
  afterEach(() => fs.rmSync(dir().fsPath, { recursive: true, force: true }));

  /** The largest gap between 10 ms ticks while Lint Workspace runs: how long it held the extension host at once. */
  async function lintWorkspaceHeld(): Promise<number> {
    const gap = gapMeter();
    try {
      await vscode.commands.executeCommand('clinote.lintWorkspace');
    } catch (e) {
      gap();
      throw e;
    }
    return gap();
  }

  it('compares many notes in slices of the extension host: it is never held for the whole comparison', async function () {
    // On the web the lints themselves run in the extension host (a note at a time), which says nothing of the build.
    if (WEB) this.skip();
    this.timeout(600000);
    // A baseline over the workspace's few notes (the host has pauses of its own on a busy machine).
    await lintWorkspaceHeld();
    const quick = await lintWorkspaceHeld();
    // 240 notes of 6 clients, 121 blocks each (29,040 blocks, a sixth of 10,000 generated notes),
    // each note's first paragraph the one before it of its client.
    let seed = 3;
    const word = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return `w${((seed >>> 8) % 4000).toString(36)}`;
    };
    const paragraph = () => Array.from({ length: 14 }, word).join(' ') + '.';
    const carried = new Map<number, string>();
    for (let i = 0; i < 240; i++) {
      const client = i % 6;
      const first = carried.get(client) ?? paragraph();
      carried.set(client, paragraph());
      const body = [first, ...Array.from({ length: 119 }, paragraph)].join('\n\n');
      fs.mkdirSync(vscode.Uri.joinPath(dir(), `c${client}`).fsPath, { recursive: true });
      fs.writeFileSync(vscode.Uri.joinPath(dir(), `c${client}`, `${String(i).padStart(3, '0')}.md`).fsPath, `---\ntype: dap\n---\n# DAP note\n\n## Data\n\n${body}\n\n${carried.get(client)}\n`);
    }
    const big = await lintWorkspaceHeld();
    // The first note of a client repeats nothing; its last paragraph is copied into the next one.
    await waitFor(() => copied(vscode.Uri.joinPath(dir(), 'c0', '000.md')).length === 1, 'the copy found');
    console.log(`      largest gap between 10 ms ticks: ${big.toFixed(0)} ms over 240 long notes; ${quick.toFixed(0)} ms over the workspace alone`);
    assert.ok(big < 250 + quick, `the extension host was held for ${big.toFixed(0)} ms (${quick.toFixed(0)} ms over the workspace alone)`);
  });
});
