// The extension's lint scheduler (src/extension/scheduler.ts, no vscode): throttling and stale-result dropping.
import assert from 'node:assert/strict';
import { LintScheduler } from '../../src/extension/scheduler.js';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('extension lint scheduler', () => {
  it('runs once after a burst of requests, with the last request', async () => {
    const ran: number[] = [];
    let n = 0;
    const s = new LintScheduler<string>(async () => void ran.push(++n));
    for (let i = 0; i < 10; i++) s.schedule('a', 20);
    await s.idle();
    assert.deepEqual(ran, [1]);
  });

  it('drops a result when a newer request came in while it ran', async () => {
    const published: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const s = new LintScheduler<string>(async (key, isCurrent) => {
      const me = ++calls;
      if (me === 1) await gate; // the first run is slow (config being read)
      if (isCurrent()) published.push(`${key}#${me}`);
    });
    const first = s.now('a');
    const second = s.now('a');
    await second;
    release();
    await first;
    assert.deepEqual(published, ['a#2']);
    assert.equal(s.dropped, 1);
  });

  it('keeps keys apart, and a cancelled key never publishes', async () => {
    const published: string[] = [];
    const s = new LintScheduler<string>(async (key, isCurrent) => {
      await tick(5);
      if (isCurrent()) published.push(key);
    });
    s.schedule('a', 1);
    s.schedule('b', 1);
    const c = s.now('c');
    s.cancel('c');
    await c;
    await s.idle();
    assert.deepEqual(published.sort(), ['a', 'b']);
  });

  it('never reuses a generation after cancel (a late result of a closed note stays dropped)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const published: number[] = [];
    let calls = 0;
    const s = new LintScheduler<string>(async (_k, isCurrent) => {
      const me = ++calls;
      if (me === 1) await gate;
      if (isCurrent()) published.push(me);
    });
    const first = s.now('a');
    s.cancel('a');
    await s.now('a');
    release();
    await first;
    assert.deepEqual(published, [2]);
  });

  it("aborts a run's signal once a newer request supersedes it or its key is cancelled, and no other", async () => {
    const signals: AbortSignal[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const s = new LintScheduler<string>(async (_k, _isCurrent, signal) => {
      signals.push(signal);
      await gate;
    });
    void s.now('a');
    void s.now('b');
    assert.deepEqual(signals.map((x) => x.aborted), [false, false]);
    void s.now('a');
    assert.deepEqual(signals.map((x) => x.aborted), [true, false, false], 'the first run of a is superseded');
    s.cancel('b');
    assert.deepEqual(signals.map((x) => x.aborted), [true, true, false], 'b is cancelled');
    release();
    await s.idle();
    assert.equal(signals[2].aborted, false, 'a finished run is not aborted afterwards');
  });
});
