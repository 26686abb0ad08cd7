// The extension's lint clients (src/extension/lint-*.ts, no vscode): the worker thread the desktop extension lints
// in, and the in-process client of the web extension. What the editor relies on: the same results as the core, a
// lint past its budget stopped, requests superseded before their turn never run.
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { builtinTemplates, draftFrom, lint, readNotes, readTemplate, TemplateError } from '../../src/core/index.js';
import { caseload } from '../support/draft.js';
import { InProcessLintClient, LintCancelled, LintTimeout } from '../../src/extension/lint-client.js';
import { outcomeOf, type LintOutcome } from '../../src/extension/lint-outcome.js';
import { WorkerLintClient } from '../../src/extension/lint-worker-client.js';
import { runTask, type Task, type TaskOf } from '../../src/extension/tasks.js';
import { STARTUP_BUDGET_MS, STARTUP_MAX_CHARS, StartupLintClient } from '../../src/extension/startup-lint-client.js';

const NOTE = `---
type: dap
---
# DAP progress note

## Data
Client reported stress at work and poor sleep. <!-- clinote-disable-line stigmatizing-language -->

## Assessment
Mood low; no safety concerns reported.
`;

/** The real worker entry, loaded through tsx (the extension loads its bundle, dist/lint-worker.cjs). */
const realWorker = () => {
  const entry = new URL('../../src/extension/lint-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
};

/**
 * A stand-in worker: `slow` and a draft never answer (nor read their stop flag), `fail` reports an error, anything
 * else answers with the ids it has seen (in the outcome's findings) after 30 ms.
 */
const fakeWorker = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     const seen = [];
     parentPort.on('message', ({ id, text, kind }) => {
       seen.push(id);
       if (text === 'slow' || kind === 'draft') for (;;);
       if (text === 'fail') return parentPort.postMessage({ id, error: { message: 'rule crashed' } });
       setTimeout(() => parentPort.postMessage({ id, outcome: { findings: seen.slice() } }), 30);
     });`,
    { eval: true },
  );

const seenBy = (o: LintOutcome) => o.findings as unknown as number[];

describe('extension lint clients', function () {
  this.timeout(30000);

  it('the worker answers with what the core gives in process', async () => {
    const client = new WorkerLintClient(realWorker, () => 30000);
    try {
      const outcome = await client.lint(NOTE, { path: '/notes/a.md' }, 25000);
      assert.deepEqual(outcome, outcomeOf(lint(NOTE, { path: '/notes/a.md' })));
      assert.equal(outcome.profile.short, 'DAP');
      assert.ok(outcome.findings.some((f) => f.ruleId === 'goals' && f.fix), 'findings keep their fixes');
      assert.equal(outcome.note.directives.length, 1);
      // Past its budget, a lint stops itself at the core's next stage, and the worker lives on.
      await assert.rejects(client.lint(NOTE, {}, 0), LintTimeout);
      assert.ok(await client.lint(NOTE, {}, 25000));
      assert.equal(client.spawned, 1);
    } finally {
      client.dispose();
    }
  });

  it("keeps the caller's thread free while the worker reads the issue's dialogue note, and ends within the budget", async () => {
    // Minutes in one stage of the core before its linear-time fix, milliseconds after: either way the thread is free.
    const dialogue = `---\ntype: supervision\n---\n# Supervision case note\n\n${'Therapist: Hard how? Client: Nothing much. '.repeat(14)}\n`;
    const client = new WorkerLintClient(realWorker, () => 200);
    try {
      await client.lint(NOTE, {}, 30000); // loads the worker
      let last = performance.now();
      let gap = 0;
      const tick = setInterval(() => {
        gap = Math.max(gap, performance.now() - last);
        last = performance.now();
      }, 10);
      const t0 = performance.now();
      const ended = await client.lint(dialogue, {}, 1000).then(
        () => 'linted',
        (e) => (e instanceof LintTimeout ? 'timed out' : e),
      );
      const took = performance.now() - t0;
      clearInterval(tick);
      assert.ok(ended === 'linted' || ended === 'timed out', String(ended));
      assert.ok(took < 1200 + 1000, `ended after ${took.toFixed(0)} ms`);
      assert.ok(gap < 250, `largest gap between ticks ${gap.toFixed(0)} ms`);
    } finally {
      client.dispose();
    }
  });

  it("Draft Report's steps in the worker: the notes read and the draft made as the core makes them in process", async () => {
    const client = new WorkerLintClient(realWorker, () => 30000);
    try {
      const notes = caseload();
      const sessions = await client.run({ kind: 'read-notes', notes }, 25000);
      assert.deepEqual(sessions, readNotes(notes));
      const template = builtinTemplates().find((t) => t.name === 'discharge-summary')!;
      const options = { client: 'AB12', today: '2026-04-01', charts: 'report' };
      const drafted = await client.run({ kind: 'draft', sessions, template, options }, 25000);
      const here = draftFrom(sessions, template, options);
      assert.ok(drafted.ok && here.ok);
      assert.equal(drafted.text, here.text);
      assert.deepEqual(drafted.charts, here.charts);
      assert.equal(drafted.notes, here.facts.reduce((n, f) => n + f.counts.notes, 0));
      // A template's mistake at render time comes back as the TemplateError it is: file, line, what is wrong.
      const broken = readTemplate('ours', '.clinote/templates/ours.md', '---\ndescription: Ours, with a loop too long\ntype: termination\n---\n# Ours\n\n{% for i in (1..100000000) %}x{% endfor %}\n');
      const err = await client.run({ kind: 'draft', sessions, template: broken, options }, 25000).then(() => undefined, (e: unknown) => e);
      assert.ok(err instanceof TemplateError, String(err));
      assert.equal(err.file, '.clinote/templates/ours.md');
      assert.equal(err.line, 7);
      assert.match(err.detail, /memory/);
    } finally {
      client.dispose();
    }
  });

  it("a draft's step cancelled while it runs in the worker stops there: the worker lives on and lints the next request", async () => {
    // No grace: a worker that did not stop by itself would hold the queue until the step ended.
    const client = new WorkerLintClient(realWorker, () => 30000, 60000);
    try {
      await client.lint(NOTE, {}, 25000); // loads the worker
      const sessions = await client.run({ kind: 'read-notes', notes: caseload() }, 25000);
      // A workspace template whose loop renders for seconds.
      const template = readTemplate('ours', '.clinote/templates/ours.md', '---\ndescription: A long loop\ntype: termination\n---\n# Ours\n\n{% for i in (1..400000) %}{% if i > 0 %}.{% endif %}{% endfor %}\n');
      const ac = new AbortController();
      const drafting = client.run({ kind: 'draft', sessions, template, options: { client: 'AB12', today: '2026-04-01' } }, 25000, ac.signal);
      const next = client.lint(NOTE, { path: '/notes/a.md' }, 25000);
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      ac.abort();
      // The worker's answer is that it stopped (a draft that ran to its end would resolve with the draft).
      await assert.rejects(drafting, LintCancelled);
      assert.deepEqual(await next, outcomeOf(lint(NOTE, { path: '/notes/a.md' })), 'the lint waiting behind it is answered');
      console.log(`      the worker answered ${(performance.now() - t0).toFixed(0)} ms after the cancel`);
      assert.equal(client.spawned, 1, 'the same worker');
    } finally {
      client.dispose();
    }
  });

  it("a draft's step cancelled in the worker that does not stop is stopped with its worker after the grace", async () => {
    const client = new WorkerLintClient(fakeWorker, () => 100, 200);
    try {
      const ac = new AbortController();
      const stuck = client.run({ kind: 'draft', sessions: [], template: builtinTemplates()[0], options: { today: '2026-04-01' } }, 60000, ac.signal);
      const next = client.lint('quick', {}, 5000);
      ac.abort();
      await assert.rejects(stuck, LintCancelled);
      assert.deepEqual(seenBy(await next), [2], 'a fresh worker, which saw only the lint');
      assert.equal(client.spawned, 2);
    } finally {
      client.dispose();
    }
  });

  it('a running lint is not asked to stop: superseded, it runs to its end', async () => {
    const client = new WorkerLintClient(fakeWorker);
    try {
      const ac = new AbortController();
      const first = client.lint('one', {}, 5000, ac.signal);
      ac.abort();
      assert.deepEqual(seenBy(await first), [1]);
    } finally {
      client.dispose();
    }
  });

  it('stops a lint stuck past its budget and lints the next request in a fresh worker', async () => {
    const client = new WorkerLintClient(fakeWorker, () => 100);
    try {
      const t0 = Date.now();
      await assert.rejects(client.lint('slow', {}, 300), LintTimeout);
      const took = Date.now() - t0;
      assert.ok(took >= 390 && took < 3000, `stopped after ${took} ms (300 ms and 100 ms of grace)`);
      assert.deepEqual(seenBy(await client.lint('quick', {}, 5000)), [2], 'a fresh worker, which saw only this request');
      assert.equal(client.spawned, 2);
    } finally {
      client.dispose();
    }
  });

  it('runs one lint at a time, and drops a request superseded before its turn', async () => {
    const client = new WorkerLintClient(fakeWorker);
    try {
      const ac = new AbortController();
      const first = client.lint('one', {}, 5000);
      const second = client.lint('two', {}, 5000, ac.signal);
      const third = client.lint('three', {}, 5000);
      ac.abort();
      await assert.rejects(second, LintCancelled);
      assert.deepEqual(seenBy(await first), [1]);
      assert.deepEqual(seenBy(await third), [1, 3], 'the worker never saw the second request');
      await assert.rejects(client.lint('four', {}, 5000, AbortSignal.abort()), LintCancelled);
    } finally {
      client.dispose();
    }
  });

  it("reports a lint's error and keeps its worker", async () => {
    const client = new WorkerLintClient(fakeWorker);
    try {
      await assert.rejects(client.lint('fail', {}, 5000), /rule crashed/);
      assert.deepEqual(seenBy(await client.lint('next', {}, 5000)), [1, 2]);
      assert.equal(client.spawned, 1);
    } finally {
      client.dispose();
    }
  });

  it('cancels what is waiting when disposed', async () => {
    const client = new WorkerLintClient(fakeWorker);
    const running = client.lint('slow', {}, 60000);
    const waiting = client.lint('next', {}, 60000);
    client.dispose();
    await assert.rejects(running, LintCancelled);
    await assert.rejects(waiting, LintCancelled);
  });

  it("a note's copied-text fingerprints come from the worker packed: one typed array a note, the lint's numbers", async () => {
    const client = new WorkerLintClient(realWorker, () => 30000);
    try {
      const text = `${NOTE}\nClient described the week in detail, including her sleep, her work and the argument with her sister on Sunday evening after dinner.\n\nWe practised paced breathing for ten minutes and planned two short walks before work on Tuesday and Thursday this week.\n`;
      const { prints } = await client.lint(text, { path: '/notes/a.md', fingerprints: true }, 25000);
      const raw = lint(text, { path: '/notes/a.md', fingerprints: true }).prints!;
      assert.ok(prints && prints.units.length >= 2, 'blocks to compare');
      const sigs = prints.units.map((u) => u.sig as Uint16Array);
      assert.ok(sigs.every((s) => s instanceof Uint16Array && s.buffer === sigs[0].buffer), 'one buffer for the note');
      assert.deepEqual(sigs.map((s) => [...s]), raw.units.map((u) => Array.from(u.sig)));
    } finally {
      client.dispose();
    }
  });

  it('the worker says when it has loaded the core, before any request', async () => {
    const client = new WorkerLintClient(realWorker, () => 30000);
    try {
      assert.equal(client.warm, false);
      client.prepare();
      client.prepare(); // once is enough
      const t0 = Date.now();
      while (!client.warm && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
      assert.equal(client.warm, true);
      assert.equal(client.spawned, 1);
      assert.deepEqual(await client.lint(NOTE, { path: '/notes/a.md' }, 25000), outcomeOf(lint(NOTE, { path: '/notes/a.md' })));
      assert.equal(client.spawned, 1, 'the lint went to the worker started by prepare()');
    } finally {
      client.dispose();
    }
  });

  describe('startup (desktop): in process until the first worker is ready', () => {
    /** A worker client that records what it is asked and answers with the core's outcome. */
    const recorder = (warm: boolean) => {
      const w = {
        warm,
        prepared: 0,
        asked: [] as { text: string; budget: number }[],
        prepare: () => void w.prepared++,
        lint: async (text: string, options: object, budget: number) => {
          w.asked.push({ text, budget });
          return outcomeOf(lint(text, options));
        },
        tasks: [] as string[],
        run: async <K extends Task['kind']>(task: TaskOf<K>) => {
          w.tasks.push(task.kind);
          return runTask(task, Infinity);
        },
        dispose: () => undefined,
      };
      return w;
    };

    it('lints a small note in process while the worker loads, and starts the worker meanwhile', async () => {
      const worker = recorder(false);
      const client = new StartupLintClient(worker);
      assert.deepEqual(await client.lint(NOTE, { path: '/notes/a.md' }, 5000), outcomeOf(lint(NOTE, { path: '/notes/a.md' })));
      assert.equal(client.inProcessRuns, 1);
      assert.deepEqual(worker.asked, []);
      assert.ok(worker.prepared > 0, 'the worker was started');
      assert.equal(client.kind, 'worker');
    });

    it('sends a large note, and every note once the worker is ready, to the worker', async () => {
      const worker = recorder(false);
      const client = new StartupLintClient(worker);
      const large = NOTE + '\nClient reported stress at work.'.repeat(Math.ceil(STARTUP_MAX_CHARS / 30));
      await client.lint(large, {}, 5000);
      assert.deepEqual(worker.asked.map((a) => a.text.length), [large.length]);
      worker.warm = true;
      await client.lint(NOTE, {}, 5000);
      assert.equal(worker.asked.length, 2);
      assert.equal(client.inProcessRuns, 0);
    });

    it("sends Draft Report's reading and drafting to the worker even while it loads", async () => {
      const worker = recorder(false);
      const client = new StartupLintClient(worker);
      const sessions = await client.run({ kind: 'read-notes', notes: [{ path: 'ab12/a.md', text: NOTE }] }, 5000);
      assert.equal(sessions.length, 1);
      assert.deepEqual(worker.tasks, ['read-notes']);
      assert.equal(client.inProcessRuns, 0);
    });

    it('holds the host at most a short deadline: past it, the worker gets the whole budget', async () => {
      const worker = recorder(false);
      const budgets: number[] = [];
      const slow = { kind: 'in-process' as const, dispose() {}, run: () => Promise.reject(new Error('not asked')), lint: async (_t: string, _o: object, budget: number) => (budgets.push(budget), Promise.reject(new LintTimeout())) };
      const client = new StartupLintClient(worker, slow);
      await client.lint(NOTE, {}, 5000);
      assert.deepEqual(budgets, [STARTUP_BUDGET_MS]);
      assert.deepEqual(worker.asked.map((a) => a.budget), [5000]);
      // A budget no longer than the short deadline was spent in full: that is the note's timeout.
      await assert.rejects(client.lint(NOTE, {}, 200), LintTimeout);
      assert.deepEqual(budgets, [STARTUP_BUDGET_MS, 200]);
    });
  });

  it("in process: a draft's step runs in slices, and a cancel heard between them stops it; the notes after are never read", async () => {
    const client = new InProcessLintClient();
    const read = new Set<number>();
    const notes = Array.from({ length: 300 }, (_, i) => ({
      path: `zz99/${i}.md`,
      get text() {
        read.add(i);
        return NOTE;
      },
    }));
    const ac = new AbortController();
    // A timer of the thread the step runs on: it fires only because the step lets the thread's other work in.
    setTimeout(() => ac.abort(), 100);
    await assert.rejects(client.run({ kind: 'read-notes', notes }, 60000, ac.signal), LintCancelled);
    assert.ok(read.size > 0 && read.size < 300, `${read.size} of 300 notes read`);
  });

  it('in process: the same outcome, and a LintTimeout past the budget', async () => {
    const client = new InProcessLintClient();
    assert.deepEqual(await client.lint(NOTE, {}, 60000), outcomeOf(lint(NOTE)));
    await assert.rejects(client.lint(NOTE, {}, 0), LintTimeout);
    await assert.rejects(client.lint(NOTE, {}, 60000, AbortSignal.abort()), LintCancelled);
  });
});
