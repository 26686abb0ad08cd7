// LintOptions.deadline: what bounds a lint where it cannot run in a worker (the web extension host).
import assert from 'node:assert/strict';
import { lint, LintTimeout } from '../../src/core/index.js';

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
});
