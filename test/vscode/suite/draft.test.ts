// Draft Report: the command drafts from the workspace's notes (the drafting fixtures, copied into the `other` folder),
// writes drafts/<template>-<client>-<date>.md with its charts beside it, and opens it beside the notes with the first
// question selected; the quick picks answered as a clinician would; the draft's preview opens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, clinoteDiagnostics, closeAll, codeOf, folder, gapMeter, sleep, untitled, waitFor, withWindowStub } from './helpers.js';

/** test/fixtures/draft/caseload, from dist-test/suite. */
const CASELOAD = path.resolve(__dirname, '../../test/fixtures/draft/caseload');

interface DraftResult {
  uri: vscode.Uri;
  charts: vscode.Uri[];
}

const AB12_NOTES = "AB12's few notes";
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

/** Which bundle this run loaded (test/vscode/run-ext-tests.cjs says). */
const WEB = process.env.CLINOTE_BUNDLE === 'web';

/** A weekly session note of client ZZ99. */
function sessionNote(i: number): string {
  const d = new Date(Date.UTC(2024, 0, 3 + 7 * i)).toISOString().slice(0, 10);
  return `---\ntype: soap\ndate: ${d}\nclient: ZZ99\n---\n# SOAP progress note\n\n## Subjective\n\nClient reports ${i % 3 ? 'better' : 'poor'} sleep and worry about work. PHQ-9: ${3 + (i % 20)}. GAD-7 = ${2 + (i % 15)}.\n\n## Assessment\n\nSymptoms easing. Denies SI/HI; risk level: low. Barrier: shift changes.\n\n## Plan\n\n- Goal 1: Reduce PHQ-9 below 10 by June (progressing)\n\nContinued CBT and behavioral activation. Next session in one week.\n`;
}

/** Years of groups kept in one file, about 300 KB: a note that takes a while to read. */
function longNote(): string {
  let text = '---\ntype: group\nclient: ZZ99\ndate: 2023-12-20\n---\n# Group notes\n\n';
  for (let i = 1; text.length < 300_000; i++) {
    text += `## Session ${i}\n\nMembers discussed sleep, work stress and family support; the client spoke about her mother's health and a\nwalk with a friend. Practised a grounding exercise; PHQ-9 score 12. No safety concerns reported.\n\n`;
  }
  return text;
}

/** The largest gap between ticks of a 10 ms interval while `f` runs: how long the extension host was held at once. */
async function hostHeld<T>(f: () => Thenable<T>): Promise<{ ms: number; result: T }> {
  const gap = gapMeter();
  try {
    const result = await f();
    return { ms: gap(), result };
  } catch (e) {
    gap();
    throw e;
  }
}

describe('Draft Report', () => {
  let clients: string;
  let drafts: string;
  before(() => {
    clients = path.join(folder('other').fsPath, 'clients');
    drafts = path.join(folder('other').fsPath, 'drafts');
    fs.cpSync(CASELOAD, clients, { recursive: true });
  });
  after(() => {
    fs.rmSync(clients, { recursive: true, force: true });
    fs.rmSync(drafts, { recursive: true, force: true });
  });
  afterEach(closeAll);

  it('drafts from the notes into drafts/, the charts beside it and linked, the first question selected, linted as its type', async () => {
    const notes = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder('other'), 'clients/ab12/2026-01-05.md'));
    const r = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { template: 'discharge-summary', client: 'AB12', today: '2026-04-01', replace: true });
    assert.ok(r, 'a draft was written');
    assert.equal(r.uri.toString(), vscode.Uri.joinPath(folder('other'), 'drafts/discharge-summary-AB12-2026-04-01.md').toString());
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), r.uri.toString());
    // Beside the notes, not over them.
    assert.notEqual(editor.viewColumn, notes.viewColumn);
    const text = editor.document.getText();
    assert.match(text, /^---\ntype: termination\nclient: AB12\ndate: 2026-04-01\n/);
    // Gathered facts, with where they came from.
    assert.match(text, /\| PHQ-9 \| 2026-01-05 \| 18 \| clients\/ab12\/2026-01-05\.md line 11 \|/);
    assert.match(text, /\(from notes: clients\/ab12\/[\w.-]+\.md line \d+\)/);
    // The cursor on the first question, selected so that typing replaces it.
    assert.equal(editor.document.getText(editor.selection), '<!-- ? Why is treatment ending (goals met, client\'s choice, transfer, lost to contact)? Who decided, and was the ending planned with the client? -->');
    // The charts exist beside the draft, and the draft links them.
    assert.deepEqual(r.charts.map((c) => c.path.split('/').pop()), ['discharge-summary-AB12-2026-04-01-phq-9.svg', 'discharge-summary-AB12-2026-04-01-gad-7.svg']);
    for (const c of r.charts) {
      assert.ok(text.includes(`](${c.path.split('/').pop()})`), `the draft links ${c.path}`);
      assert.match(await read(c), /^<svg [^>]*role="img"[\s\S]*<title id="chart-[\w-]+-title">(?:PHQ-9|GAD-7) over time<\/title>/);
    }
    // The draft is a note of its type: the editor lints it so, and its open questions show.
    const a = await api();
    const state = await waitFor(() => a.service.current(editor.document), 'the draft is linted');
    assert.equal(state.result?.profile.id, 'termination');
    assert.ok(state.findings.some((f) => f.ruleId === 'unfilled-prompt'));
  });

  it('the quick picks: template first, then the client (from front matter or folder)', async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder('other'), 'session.md'));
    const today = (() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    })();
    fs.rmSync(path.join(drafts, `discharge-summary-AB12-${today}.md`), { force: true });
    // A clinician's way: the palette, Enter on the first template (discharge-summary), Enter on the first client,
    // Enter on "For the record".
    let done = false;
    const run = Promise.resolve(vscode.commands.executeCommand<DraftResult | undefined>('clinote.draftReport')).finally(() => (done = true));
    for (let i = 0; i < 200 && !done; i++) {
      await sleep(150);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const r = await run;
    assert.ok(r, 'a draft was written');
    assert.equal(r.uri.path.split('/').pop(), `discharge-summary-AB12-${today}.md`);
    assert.match(vscode.window.activeTextEditor!.document.getText(), /^---\ntype: termination\nclient: AB12\n/);
  });

  it('share: true drafts de-identified, as clinote draft --share: placeholders, notes by number, no client id in the file or its name', async () => {
    const r = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { template: 'discharge-summary', client: 'AB12', today: '2026-04-03', folder: folder('other'), share: true, replace: true });
    assert.ok(r, 'a draft was written');
    assert.equal(r.uri.path.split('/').pop(), 'discharge-summary-shared-2026-04-03.md');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.doesNotMatch(text, /AB12|ab12\/|2026-01-05/);
    assert.doesNotMatch(text, /^client:/m);
    assert.match(text, /\(from notes: note \d+ line \d+\)/);
    for (const c of r.charts) assert.doesNotMatch(await read(c), /2026/, 'a shared chart counts weeks');
  });

  it('never replaces an earlier draft unless told to (replace: false answers the question "Replace?" with no)', async () => {
    const args = { template: 'referral-letter', client: 'AB12', today: '2026-04-02', folder: folder('other') };
    const first = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, replace: true });
    await closeAll();
    await vscode.workspace.fs.writeFile(first.uri, new TextEncoder().encode('my edits'));
    assert.equal(await vscode.commands.executeCommand('clinote.draftReport', { ...args, replace: false }), undefined);
    assert.equal(await read(first.uri), 'my edits');
    const replaced = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, replace: true });
    assert.match(await read(replaced.uri), /^---\ntype: /);
  });

  it('asks before replacing an earlier draft: kept when the clinician declines, replaced when they accept', async () => {
    const args = { template: 'referral-letter', client: 'AB12', today: '2026-04-05', folder: folder('other') };
    const draft = () => vscode.commands.executeCommand<DraftResult | undefined>('clinote.draftReport', args);
    const first = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, replace: true });
    await closeAll();
    await vscode.workspace.fs.writeFile(first.uri, new TextEncoder().encode('my edits'));
    const chart = first.charts[0];
    await vscode.workspace.fs.writeFile(chart, new TextEncoder().encode('<svg>mine</svg>'));

    // The dialog closed with Cancel (or Escape): no answer.
    const declined = await withWindowStub('showWarningMessage', () => undefined, draft);
    assert.equal(declined.result, undefined, 'nothing drafted');
    assert.equal(declined.calls.length, 1, 'asked once');
    const [message, options, ...buttons] = declined.calls[0];
    assert.equal(message, 'Clinote: drafts/referral-letter-AB12-2026-04-05.md (or one of its charts) already exists. Replace it?');
    assert.deepEqual(options, { modal: true });
    assert.deepEqual(buttons, ['Replace']);
    assert.equal(await read(first.uri), 'my edits', 'the earlier draft is kept');
    assert.equal(await read(chart), '<svg>mine</svg>', 'its chart is kept');
    assert.ok(!vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === first.uri.toString())), 'nothing opened');

    // Replace.
    const accepted = await withWindowStub('showWarningMessage', (_m, _o, ...items) => items.find((i) => i === 'Replace'), draft);
    assert.equal(accepted.calls.length, 1);
    assert.ok(accepted.result, 'drafted');
    assert.equal(accepted.result.uri.toString(), first.uri.toString());
    assert.match(await read(first.uri), /^---\ntype: general\nclient: AB12\ndate: 2026-04-05\n/);
    assert.match(await read(chart), /^<svg [^>]*role="img"/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.uri.toString(), 'the new draft is open');
  });

  it('a workspace template from .clinote/templates/ is offered and used', async () => {
    const dir = path.join(folder('other').fsPath, '.clinote', 'templates');
    fs.mkdirSync(dir, { recursive: true });
    try {
      fs.writeFileSync(path.join(dir, 'our-summary.md'), '---\ndescription: Our agency summary\ntype: termination\n---\n# Our summary\n\nSeen {{ counts.attended | count: "time" }}.\n\n<!-- ? Anything else? -->\n');
      const r = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { template: 'our-summary', client: 'AB12', today: '2026-04-04', folder: folder('other'), replace: true });
      assert.ok(r, 'drafted with the workspace template');
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^# Our summary\n\nSeen 5 times\.$/m);
      assert.equal(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), '<!-- ? Anything else? -->');
      // A template with a mistake: no draft, and no crash.
      fs.writeFileSync(path.join(dir, 'broken.md'), '---\ndescription: Broken\ntype: termination\n---\n{% if counts.missed %}\n');
      assert.equal(await vscode.commands.executeCommand('clinote.draftReport', { template: 'broken', client: 'AB12', folder: folder('other') }), undefined);
    } finally {
      fs.rmSync(path.join(folder('other').fsPath, '.clinote'), { recursive: true, force: true });
    }
  });

  it('keeps the extension host responsive while drafting from many notes (on the desktop the drafting runs in the worker)', async function () {
    // In the web host an extension cannot start a worker: drafting runs there, a note at a time, with progress.
    if (WEB) this.skip();
    this.timeout(240000);
    const args = { template: 'treatment-plan-review', today: '2026-04-06', folder: folder('other'), replace: true };
    // A baseline: the same command over the folder's few notes, after a first run (the host has pauses of its own on
    // a busy machine, and the first draft opens the Markdown extensions).
    await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, client: 'AB12' });
    await closeAll();
    const quick = await hostHeld(() => vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, client: 'AB12' }));
    await closeAll();
    // Drafting reads every note of the folder (then picks the client's): 151 more, one of them long.
    const many = path.join(folder('other').fsPath, 'zz99');
    fs.mkdirSync(many, { recursive: true });
    try {
      for (let i = 0; i < 150; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(3, '0')}.md`), sessionNote(i));
      fs.writeFileSync(path.join(many, 'groups.md'), longNote());
      let big = await hostHeld(() => vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, client: 'ZZ99' }));
      // The first pass over 151 files just written also meets their watcher events and cold caches (a fresh machine's
      // first run once held the host 289 ms, its rerun 37 ms); drafting on the host would hold it on every pass, so a
      // pause over the budget is measured once more and the second pass is the one judged.
      if (big.ms >= 250 + quick.ms) {
        await closeAll();
        big = await hostHeld(() => vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { ...args, client: 'ZZ99' }));
      }
      assert.ok(big.result, 'a draft was written');
      const text = await read(big.result.uri);
      assert.match(text, /from 151 notes/);
      assert.match(text, /\| PHQ-9 \| 2024-01-03 \| 3 \| zz99\/000\.md line 10 \|/);
      console.log(`      largest gap between 10 ms ticks: ${big.ms.toFixed(0)} ms drafting from 151 notes; ${quick.ms.toFixed(0)} ms from ${AB12_NOTES}`);
      assert.ok(big.ms < 250 + quick.ms, `the extension host was held for ${big.ms.toFixed(0)} ms (${quick.ms.toFixed(0)} ms drafting from ${AB12_NOTES})`);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('reads the notes and drafts with progress; cancelling either drafts nothing', async () => {
    const args = { template: 'referral-letter', client: 'AB12', today: '2026-04-07', folder: folder('other'), replace: true };
    const shown: { title?: string; cancellable?: boolean; reports: { message?: string }[] }[] = [];
    // The clinician presses Cancel on the notification after the third note.
    const run = await withWindowStub(
      'withProgress',
      (options, task) => {
        const cts = new vscode.CancellationTokenSource();
        const p = { ...(options as vscode.ProgressOptions), reports: [] as { message?: string }[] };
        shown.push(p);
        const progress = { report: (v: { message?: string }) => void (p.reports.push(v), p.reports.length === 3 && cts.cancel()) };
        return (task as (p: unknown, t: vscode.CancellationToken) => Thenable<unknown>)(progress, cts.token);
      },
      () => vscode.commands.executeCommand<DraftResult | undefined>('clinote.draftReport', args),
    );
    assert.equal(run.result, undefined, 'nothing drafted');
    assert.deepEqual(shown.map((p) => [p.title, p.cancellable]), [['Clinote: reading the notes', true]]);
    assert.deepEqual(shown[0].reports.map((r) => r.message?.replace(/\d+$/, 'N')), ['1/N', '2/N', '3/N'], 'each note counted, none read after the cancel');
    assert.ok(!fs.existsSync(path.join(drafts, 'referral-letter-AB12-2026-04-07.md')), 'no draft written');

    // Cancelled while drafting, once the notes are read: nothing written either.
    const titles: unknown[] = [];
    const late = await withWindowStub(
      'withProgress',
      (options, task) => {
        const cts = new vscode.CancellationTokenSource();
        titles.push((options as vscode.ProgressOptions).title);
        if (/drafting/.test(String((options as vscode.ProgressOptions).title))) cts.cancel();
        return (task as (p: unknown, t: vscode.CancellationToken) => Thenable<unknown>)({ report: () => undefined }, cts.token);
      },
      () => vscode.commands.executeCommand<DraftResult | undefined>('clinote.draftReport', args),
    );
    assert.equal(late.result, undefined, 'nothing drafted');
    assert.deepEqual(titles, ['Clinote: reading the notes', 'Clinote: drafting the referral-letter']);
    assert.ok(!fs.existsSync(path.join(drafts, 'referral-letter-AB12-2026-04-07.md')), 'no draft written');
  });

  it('cancelled while the draft is being made, it stops there: no draft written or opened, and the next lint has its diagnostics', async function () {
    this.timeout(120000);
    const dir = path.join(folder('other').fsPath, '.clinote', 'templates');
    fs.mkdirSync(dir, { recursive: true });
    // An agency's template whose loop takes seconds to render: the clinician cancels while it renders.
    fs.writeFileSync(path.join(dir, 'long-loop.md'), '---\ndescription: A long loop\ntype: termination\n---\n# Ours\n\n{% for i in (1..400000) %}{% if i > 0 %}.{% endif %}{% endfor %}\n\n<!-- ? Anything else? -->\n');
    const a = await api();
    // Desktop: the worker the drafting runs in (and the lints after it); one that did not stop by itself would be
    // terminated 2 s after the cancel, and the next lint would get a new one.
    const worker = WEB ? undefined : (a.service.client as unknown as { worker: { spawned: number } }).worker;
    const spawned = worker?.spawned;
    let cancelledAt = 0;
    try {
      const run = await withWindowStub(
        'withProgress',
        (options, task) => {
          const cts = new vscode.CancellationTokenSource();
          if (/drafting/.test(String((options as vscode.ProgressOptions).title))) {
            setTimeout(() => {
              cancelledAt = performance.now();
              cts.cancel();
            }, 300);
          }
          return (task as (p: unknown, t: vscode.CancellationToken) => Thenable<unknown>)({ report: () => undefined }, cts.token);
        },
        () => vscode.commands.executeCommand<DraftResult | undefined>('clinote.draftReport', { template: 'long-loop', client: 'AB12', today: '2026-04-08', folder: folder('other'), replace: true }),
      );
      assert.equal(run.result, undefined, 'nothing drafted');
      assert.ok(cancelledAt > 0, 'cancelled while drafting');
      assert.ok(!fs.existsSync(path.join(drafts, 'long-loop-AB12-2026-04-08.md')), 'no draft written');
      const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.includes('/drafts/'));
      assert.deepEqual(open.map((t) => t.label), [], 'no draft open');
      // The next lint: a note with a missing section gets its diagnostics.
      const editor = await untitled('---\ntype: dap\n---\n# DAP progress note\n\n## Data\n\nClient reported stress at work and poor sleep.\n');
      const diagnostics = await waitFor(() => (clinoteDiagnostics(editor.document.uri).length ? clinoteDiagnostics(editor.document.uri) : undefined), 'diagnostics of the next lint');
      console.log(`      the next lint's diagnostics ${(performance.now() - cancelledAt).toFixed(0)} ms after the cancel`);
      assert.ok(diagnostics.some((d) => codeOf(d) === 'goals'), diagnostics.map(codeOf).join(', '));
      if (worker) assert.equal(worker.spawned, spawned, 'the drafting stopped by itself: the same worker lints');
    } finally {
      fs.rmSync(path.join(folder('other').fsPath, '.clinote'), { recursive: true, force: true });
    }
  });

  it('the draft\'s preview opens beside it', async () => {
    const r = await vscode.commands.executeCommand<DraftResult>('clinote.draftReport', { template: 'treatment-plan-review', client: 'AB12', today: '2026-04-03', folder: folder('other'), replace: true });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', r.uri);
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)),
      'the Markdown preview tab',
    );
    assert.match(preview.label, /treatment-plan-review-AB12-2026-04-03/);
  });
});
