// The bundled CLI (dist/cli.cjs, built by `npm run build`): bin wiring, bundling of every dependency, worker threads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli, tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

const bin = fileURLToPath(new URL('../../bin/clinote.cjs', import.meta.url));
const bundle = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

describe('cli: the bundled bin/clinote.cjs', function () {
  before(function () {
    if (!existsSync(bundle)) this.skip(); // not built: `npm test` builds first
  });

  it('runs, reads config (jsonc and yaml parsers bundled) and sets the exit code', () => {
    const t = tempTree({ '.clinote.jsonc': '// team\n{ "rules": { "goals": "error" } }', 'a.md': NOTE_WITHOUT_GOALS });
    try {
      const r = spawnSync(process.execPath, [bin, 'lint', 'a.md'], { cwd: t.dir, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^a\.md:\d+:\d+ error .* goals$/m);
      const bad = spawnSync(process.execPath, [bin, 'lint', 'nothing.md'], { cwd: t.dir, encoding: 'utf8' });
      assert.equal(bad.status, 2);
    } finally {
      t.dispose();
    }
  });

  it('piped into a reader that stops early (`| head`), it ends quietly, without an EPIPE trace', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`n${String(i).padStart(2, '0')}.md`] = NOTE_WITHOUT_GOALS;
    const t = tempTree(files);
    try {
      // The shell's `| head -c 1`: a reader that takes one byte and closes the pipe.
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" lint --format json . | head -c 1 >/dev/null; echo "status \${PIPESTATUS:-}"`], {
        cwd: t.dir,
        encoding: 'utf8',
      });
      assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|at /, r.stderr);
    } finally {
      t.dispose();
    }
  });

  it('worker threads give the same report as linting inline, dismissals applied alike', async () => {
    const files: Record<string, string> = {
      'yaml/.clinote.yaml': 'rules:\n  goals: error\n',
      '.clinote/dismissed.json': JSON.stringify({ version: 1, dismissed: [{ note: 'plain/n01.md', rule: 'goals' }, { note: 'yaml/n03.md', rule: 'goals' }] }),
    };
    for (let i = 0; i < 30; i++) {
      const dir = i % 3 === 0 ? 'yaml' : 'plain';
      files[`${dir}/n${String(i).padStart(2, '0')}.md`] = NOTE_WITHOUT_GOALS.replace('two shifts', `${i} shifts`);
    }
    const t = tempTree(files);
    try {
      const pooled = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--jobs', '2', '.'], { cwd: t.dir, encoding: 'utf8' });
      const inline = await cli(['lint', '--format', 'json', '.'], t.dir);
      assert.equal(pooled.status, inline.code);
      assert.equal(pooled.status, 1);
      assert.deepEqual(JSON.parse(pooled.stdout), JSON.parse(inline.stdout));
      assert.equal(pooled.stderr, inline.stderr);
      assert.match(pooled.stderr, /^clinote: 2 findings dismissed/);
    } finally {
      t.dispose();
    }
  });

  it('worker threads and the cache carry copied-text fingerprints back: the copies of an inline run, linted or cached', async () => {
    const t = tempTree({});
    try {
      cpSync(fileURLToPath(new URL('../fixtures/copied-text/', import.meta.url)), t.dir, { recursive: true });
      const inline = await cli(['lint', '--format', 'json', '.'], t.dir);
      const copied = (out: string) => out.match(/"ruleId": "copied-text"/g)?.length ?? 0;
      assert.equal(copied(inline.stdout), 22);
      for (const round of ['run 1', 'run 2']) {
        const pooled = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--jobs', '2', '--cache', '.'], { cwd: t.dir, encoding: 'utf8' });
        assert.equal(pooled.status, inline.code, `${round}: ${pooled.stderr}`);
        assert.equal(pooled.stdout, inline.stdout, round);
      }
    } finally {
      t.dispose();
    }
  });

  it('with worker threads, --cache and --format sarif and junit give what an inline run gives, linted or read from the cache', async () => {
    const files: Record<string, string> = { '.clinote.json': '{ "rules": { "goals": "error" } }' };
    for (let i = 0; i < 12; i++) files[`n${String(i).padStart(2, '0')}.md`] = NOTE_WITHOUT_GOALS.replace('two shifts', `${i} shifts`);
    const t = tempTree(files);
    try {
      for (const format of ['sarif', 'junit']) {
        const inline = await cli(['lint', '--format', format, '.'], t.dir);
        for (const round of ['run 1', 'run 2']) {
          const pooled = spawnSync(process.execPath, [bin, 'lint', '--format', format, '--jobs', '2', '--cache', '.'], { cwd: t.dir, encoding: 'utf8' });
          assert.equal(pooled.status, 1, `${format} ${round}: ${pooled.stderr}`);
          assert.equal(pooled.stdout, inline.stdout, `${format} ${round}`);
        }
      }
      assert.ok(existsSync(`${t.dir}/node_modules/.cache/clinote/cache.json`));
    } finally {
      t.dispose();
    }
  });
});
