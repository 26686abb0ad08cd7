// The progress bar: on a terminal's stderr only, after a moment, erased before the report; never piped or --quiet.
import assert from 'node:assert/strict';
import { run } from '../../src/cli/main.js';
import { Progress } from '../../src/cli/progress.js';
import { tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

describe('cli: progress bar', () => {
  it('shows after its delay, at most ten times a second, the last count always, and is erased at the end', () => {
    let t = 0;
    let written = '';
    const p = new Progress({ total: 4, write: (s) => void (written += s), after: 500, now: () => t });
    const out = () => written;
    p.tick(); // at 0 ms: too soon
    assert.equal(out(), '');
    t = 600;
    p.tick();
    assert.equal(out(), '\r[###############---------------] 2/4 notes');
    t = 650;
    p.tick(); // 50 ms after the last draw: skipped
    assert.ok(!out().includes('3/4'));
    p.tick(); // the last one is always drawn
    assert.ok(out().endsWith('\r[##############################] 4/4 notes'));
    p.end();
    assert.ok(out().endsWith('\r\x1b[2K'));
  });

  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`n${String(i).padStart(2, '0')}.md`] = NOTE_WITHOUT_GOALS;
  const lintWith = async (io: { stderrIsTTY: boolean }, argv: string[] = []) => {
    const t = tempTree(files);
    let stdout = '';
    let stderr = '';
    try {
      const code = await run(['lint', ...argv, '.'], { cwd: t.dir, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, env: {}, progressAfter: 0, ...io });
      return { code, stdout, stderr };
    } finally {
      t.dispose();
    }
  };

  it('a terminal sees the count go up on stderr, erased before the report; stdout holds only the report', async () => {
    const r = await lintWith({ stderrIsTTY: true });
    assert.match(r.stderr, /\r\[#+-*\] 12\/12 notes\r\x1b\[2K/);
    assert.doesNotMatch(r.stdout, /notes\r|\x1b\[2K/);
  });

  it('piped, or with --quiet, nothing is drawn', async () => {
    assert.doesNotMatch((await lintWith({ stderrIsTTY: false })).stderr, /\r|notes/);
    assert.doesNotMatch((await lintWith({ stderrIsTTY: true }, ['--quiet'])).stderr, /\r|notes/);
  });
});
