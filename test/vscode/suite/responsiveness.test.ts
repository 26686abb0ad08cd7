// The editor stays responsive whatever the note: on the desktop the lint runs in a worker thread, so a note that is
// slow to lint never blocks the extension host; a lint past clinote.timeBudget is stopped and said so once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, gapMeter, setSetting, sleep, waitFor } from './helpers.js';

/** Which bundle this run loaded (test/vscode/run-ext-tests.cjs says; desktop VS Code runs the desktop one). */
const WEB = process.env.CLINOTE_BUNDLE === 'web';

/** The note from the issue: one dialogue paragraph that the core once took minutes over. */
const DIALOGUE = `---
type: supervision
---
# Supervision case note

${'Therapist: Hard how? Client: Nothing much. '.repeat(14)}
`;

/** About 500 KB of progress notes, one session after another. */
function longNote(): string {
  const session = (i: number) => `## Session ${i}

### Subjective
Client reported that work has been stressful since the reorganisation; she sleeps about five hours a night and
worries about her mother's health. Her partner has been supportive, and she walks with a friend on weekends.

### Objective
Client arrived on time, casually dressed, with a tired affect; speech normal in rate and volume. PHQ-9 score 12.

### Assessment
Low mood persists but is improving; no safety concerns reported. Client engaged well with the exercise.

### Plan
Continue weekly sessions; client will keep a sleep diary and try one boundary conversation with her manager.

`;
  let text = '---\ntype: soap\n---\n# Progress notes\n\n';
  for (let i = 1; text.length < 500_000; i++) text += session(i);
  return text;
}

/**
 * Opens an untitled note, types 20 edits into its paragraph as a person would, then runs `then`; returns the
 * largest gap between ticks over all of it.
 */
async function typeInto(text: string, then: (doc: vscode.TextDocument, editor: vscode.TextEditor) => Promise<void>): Promise<number> {
  const gap = gapMeter();
  let max = 0;
  try {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    for (let i = 0; i < 20; i++) {
      assert.ok(await editor.edit((b) => b.insert(end(doc).translate(-1), 'Therapist: Hard how? ')));
      await sleep(30);
    }
    await then(doc, editor);
  } finally {
    max = gap();
    await closeAll();
  }
  return max;
}

const isTimeout = (d: vscode.Diagnostic) => codeOf(d) === 'clinote.timeBudget';
const end = (doc: vscode.TextDocument) => doc.positionAt(doc.getText().length);

/** Counts how often the extension publishes results (or a timeout) for a document. */
async function publishesOf(uri: vscode.Uri): Promise<{ count: number; dispose(): void }> {
  const a = await api();
  const c = { count: 0, dispose: () => sub.dispose() };
  const sub = a.service.onDidLint((u) => {
    if (u.toString() === uri.toString()) c.count++;
  });
  return c;
}

describe('responsiveness', () => {
  afterEach(closeAll);

  it('lints off the extension host thread on the desktop, in it (under a deadline) on the web', async () => {
    assert.equal((await api()).service.client.kind, WEB ? 'in-process' : 'worker');
  });

  it('keeps the extension host responsive while a note that is slow to lint is open and typed into', async function () {
    // In the web host an extension cannot start a worker, so the lint runs in the extension host, and the deadline
    // is only checked between the core's stages: there it is the core's linear time that keeps the host free.
    this.timeout(120000);
    const a = await api();
    // The same typing into a note that is quick to lint, first: a baseline, which also lets the built-in Markdown
    // extensions start (their start holds the host for a while).
    const quick = await typeInto(DIALOGUE.replace(/(Therapist: Hard how\? Client: Nothing much\. )+/, '$1'), async (doc) => {
      await waitFor(() => a.service.current(doc), 'the lint of a quick note');
    });
    let outcome = '';
    const max = await typeInto(DIALOGUE, async (doc, editor) => {
      // Either the findings of the last version, or the one message that the note ran out of time.
      outcome = await waitFor(() => (a.service.state(doc.uri)?.timedOut ? 'timed out' : a.service.current(doc)?.result && 'linted'), 'a lint or its timeout', 60000);
      if (outcome === 'linted') {
        assert.equal(a.service.state(doc.uri)!.result!.profile.id, 'supervision');
        assert.ok(clinoteDiagnostics(doc.uri).length > 0, 'findings shown');
        assert.ok(!clinoteDiagnostics(doc.uri).some(isTimeout));
        return;
      }
      assert.deepEqual(clinoteDiagnostics(doc.uri).map(codeOf), ['clinote.timeBudget']);
      const published = await publishesOf(doc.uri);
      const runs = a.service.scheduler.runs;
      for (let i = 0; i < 5; i++) {
        assert.ok(await editor.edit((b) => b.insert(end(doc).translate(-1), 'Client: Nothing much. ')));
        await sleep(100);
      }
      await sleep(1000);
      await a.idle();
      published.dispose();
      assert.equal(a.service.scheduler.runs, runs, 'no lint while typing');
      assert.equal(published.count, 0, 'the message is not repeated');
      assert.deepEqual(clinoteDiagnostics(doc.uri).map(codeOf), ['clinote.timeBudget']);
    });
    console.log(`      largest gap between 10 ms ticks: ${max.toFixed(0)} ms (${outcome}); ${quick.toFixed(0)} ms with a quick note`);
    // Measured against the quick note: on a busy machine the host has pauses of its own (a lint on its thread would
    // hold it for the whole budget, seconds).
    assert.ok(max < 250 + quick, `the extension host was held for ${max.toFixed(0)} ms (${quick.toFixed(0)} ms with a quick note)`);
  });

  it('says once that a lint ran out of time, checks again on save, and shows findings once the budget allows', async function () {
    this.timeout(240000);
    const a = await api();
    const uri = vscode.Uri.joinPath(folder('other'), 'long-note.md');
    fs.writeFileSync(uri.fsPath, longNote());
    let gap: (() => number) | undefined;
    const session = vscode.Uri.joinPath(folder('other'), 'workspace-only-note.md');
    try {
      await setSetting('timeBudget', 1);
      gap = gapMeter();
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      const doc = editor.document;
      await waitFor(() => clinoteDiagnostics(doc.uri).some(isTimeout), 'the timeout message', 60000);
      await a.idle();
      const [d, ...rest] = clinoteDiagnostics(doc.uri);
      assert.equal(rest.length, 0, 'only the message, no stale findings');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(d.range.start.line, 0);
      assert.match(d.message, /^Clinote stopped checking this note because it took longer than 1 ms .*check it again when you save/);
      assert.match(a.coverage.statusText ?? '', /paused/);

      const changes = await publishesOf(doc.uri);
      const runs = a.service.scheduler.runs;
      for (let i = 0; i < 10; i++) {
        assert.ok(await editor.edit((b) => b.insert(end(doc), `Client said work felt lighter this week (${i}).\n`)));
        await sleep(100);
      }
      await sleep(1000);
      await a.idle();
      assert.equal(a.service.scheduler.runs, runs, 'no lint while typing');
      assert.equal(changes.count, 0, 'the message is not repeated');
      assert.deepEqual(clinoteDiagnostics(doc.uri).map(codeOf), ['clinote.timeBudget']);

      // Saving checks the note again; with the same budget it runs out of time again, and still says so once.
      await doc.save();
      await waitFor(() => a.service.scheduler.runs > runs, 'a lint on save');
      await a.idle();
      changes.dispose();
      assert.ok(a.service.state(doc.uri)?.timedOut, 'out of time again');
      assert.deepEqual(clinoteDiagnostics(doc.uri).map(codeOf), ['clinote.timeBudget']);
      // Not asserted: on the web the lint runs in the extension host until the core's first check of the deadline,
      // and on both, VS Code's own Markdown extension sends the whole 500 KB note to its language server on each edit.
      console.log(`      largest gap between 10 ms ticks with a 1 ms budget: ${gap().toFixed(0)} ms`);

      // Lint Workspace says the same of a note that is not open: one written for this check and never opened (a note an
      // earlier test opened keeps its live results, and a small note may lint in under 1 ms, which is no time-out),
      // long enough (20 KB) that no lint of it fits in 1 ms.
      fs.writeFileSync(session.fsPath, longNote().slice(0, 20000));
      await a.idle();
      await vscode.commands.executeCommand('clinote.lintWorkspace');
      await waitFor(
        () => JSON.stringify(clinoteDiagnostics(session).map(codeOf)) === JSON.stringify(['clinote.timeBudget']),
        `Lint Workspace says the note ran out of time, not: ${clinoteDiagnostics(session).map(codeOf).join(', ')}`,
        30000,
      );

      // A budget the note fits in (a cold lint of 500 KB can take seconds on a busy machine), then a save.
      await setSetting('timeBudget', 120000);
      assert.ok(await editor.edit((b) => b.insert(end(doc), 'Client agreed to the plan.\n')));
      await doc.save();
      await waitFor(() => a.service.current(doc)?.result, 'findings of the saved note', 180000);
      const codes = clinoteDiagnostics(doc.uri).map(codeOf);
      assert.ok(codes.length > 0 && !codes.includes('clinote.timeBudget'), codes.join(', '));
      assert.doesNotMatch(a.coverage.statusText ?? '', /paused/);
      await vscode.commands.executeCommand('clinote.lintWorkspace');
      await waitFor(() => !clinoteDiagnostics(session).some(isTimeout), `findings again in Lint Workspace, not: ${clinoteDiagnostics(session).map((d) => d.message).join(' | ')}`, 60000);
    } finally {
      gap?.();
      await setSetting('timeBudget', undefined);
      await closeAll();
      fs.rmSync(uri.fsPath, { force: true });
      fs.rmSync(session.fsPath, { force: true });
    }
  });
});
