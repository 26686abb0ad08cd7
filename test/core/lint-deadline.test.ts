// LintOptions.deadline: what bounds a lint where it cannot run in a worker (the web extension host); and shouldStop,
// asked at the same points, which stops a draft's reading of its notes when the clinician cancels.
import assert from 'node:assert/strict';
import { Cancelled, lint, LintTimeout } from '../../src/core/index.js';

const NOTE = `---
type: dap
---
# DAP progress note

## Data
Client reported stress at work and poor sleep.

## Assessment
Mood low; no safety concerns reported.
`;

describe('lint deadline', () => {
  it('throws a LintTimeout when the deadline has already passed', () => {
    assert.throws(
      () => lint(NOTE, { deadline: performance.now() - 1 }),
      (e: unknown) => e instanceof LintTimeout && e instanceof Error && e.name === 'LintTimeout',
    );
  });

  it('changes nothing when none is given, or when it is not reached', () => {
    const plain = lint(NOTE);
    assert.ok(plain.findings.length > 0, 'the note has findings');
    assert.deepEqual(lint(NOTE, { deadline: undefined }).findings, plain.findings);
    assert.deepEqual(lint(NOTE, { deadline: performance.now() + 60_000 }).findings, plain.findings);
  });

  it('is checked again after the note is parsed, not only on entry', () => {
    const now = performance.now;
    let calls = 0;
    // A clock that passes the deadline after its first reading: only a later check can notice.
    performance.now = () => (calls++ === 0 ? 0 : 10);
    try {
      assert.throws(() => lint(NOTE, { deadline: 5 }), LintTimeout);
      assert.ok(calls >= 2, `the clock was read ${calls} times`);
    } finally {
      performance.now = now;
    }
  });

  it('shouldStop is asked at the same points: on entry, and again after the parse', () => {
    assert.throws(() => lint(NOTE, { shouldStop: () => true }), Cancelled);
    let asked = 0;
    assert.throws(() => lint(NOTE, { shouldStop: () => ++asked > 1 }), Cancelled);
    assert.equal(asked, 2, 'stopped at its second question, after the parse');
    assert.deepEqual(lint(NOTE, { shouldStop: () => false }).findings, lint(NOTE).findings);
  });
});
