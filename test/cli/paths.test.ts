// Paths the CLI cannot read: each is one error on that path, and the rest of the caseload is still linted (exit 1,
// since a note may have gone unlinted).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import path from 'node:path';
import { cli, tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';
import { expandTargets, type FindFs } from '../../src/cli/files.js';
import type { FileReport } from '../../src/core/report/index.js';

const json = (stdout: string) => JSON.parse(stdout) as FileReport[];
/** Each reported path (relative, forward slashes) with its file-level problems as `severity message`. */
const fileErrors = (out: FileReport[]) =>
  Object.fromEntries(
    out
      .filter((r) => r.findings.some((f) => f.ruleId === 'file-error'))
      .map((r) => [r.path.replace(/\\/g, '/'), r.findings.map((f) => `${f.severity} ${f.message}`)]),
  );
const linted = (out: FileReport[]) => out.filter((r) => r.findings.some((f) => f.ruleId === 'goals')).map((r) => r.path.replace(/\\/g, '/'));

const LOOP = 'cannot follow this symbolic link: too many symbolic links (a link that leads back to itself?)';

describe('cli: paths that cannot be read', function () {
  let t: ReturnType<typeof tempTree>;
  before(function () {
    // Symbolic links need privileges on Windows; everything else here is POSIX.
    if (process.platform === 'win32') this.skip();
  });
  afterEach(() => t?.dispose());

  it('in a folder: link loops and links to nothing are one error each; the other notes are linted', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/sub/b.md': NOTE_WITHOUT_GOALS });
    const at = (rel: string) => path.join(t.dir, 'notes', rel);
    fs.symlinkSync('self.md', at('self.md'));
    fs.symlinkSync('ping.md', at('pong.md'));
    fs.symlinkSync('pong.md', at('ping.md'));
    fs.symlinkSync('nowhere.md', at('gone.md'));
    // Not named like a note: it may have been a folder of notes, so it is said, as a warning.
    fs.symlinkSync('/nonexistent/clinote/folder', at('old-caseload'));
    // A link back up: followed once, and each note linted once.
    fs.symlinkSync('..', at('sub/up'));
    const r = await cli(['lint', '--format', 'json', 'notes'], t.dir);
    const out = json(r.stdout);
    assert.deepEqual(fileErrors(out), {
      'notes/gone.md': ['error cannot follow this symbolic link: it points to nothing'],
      'notes/old-caseload': ['warning cannot follow this symbolic link: it points to nothing'],
      'notes/ping.md': [`error ${LOOP}`],
      'notes/pong.md': [`error ${LOOP}`],
      'notes/self.md': [`error ${LOOP}`],
    });
    assert.deepEqual(linted(out), ['notes/a.md', 'notes/sub/b.md']);
    assert.equal(r.code, 1, 'a note went unlinted');
    assert.equal(r.stderr, '');
  });

  it('named on the command line: a loop, a file used as a folder, a name too long, a link to nothing', async () => {
    t = tempTree({ 'a.md': NOTE_WITHOUT_GOALS, 'file.md': NOTE_WITHOUT_GOALS });
    fs.symlinkSync('loop.md', path.join(t.dir, 'loop.md'));
    fs.symlinkSync('nothing.md', path.join(t.dir, 'dangling.md'));
    const long = 'n'.repeat(300) + '.md';
    const r = await cli(['lint', 'loop.md', 'file.md/x.md', long, 'dangling.md', 'a.md'], t.dir);
    const lines = r.stdout.split('\n').filter((l) => l.includes('file-error'));
    assert.deepEqual(lines, [
      `loop.md:1:1 error   cannot read this path: too many symbolic links (a link that leads back to itself?)  file-error`,
      `file.md${path.sep}x.md:1:1 error   cannot read this path: a part of the path is a file, not a folder  file-error`,
      `${long}:1:1 error   cannot read this path: the name is too long  file-error`,
      `dangling.md:1:1 error   cannot follow this symbolic link: it points to nothing  file-error`,
    ]);
    assert.match(r.stdout, /^a\.md:\d+:\d+ warning .* goals$/m, 'the readable note is linted');
    assert.match(r.stdout, /in 5 files of 5 checked/);
    assert.equal(r.code, 1);
  });

  it('a glob that meets an unreadable link reports it and lints the rest', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS });
    fs.symlinkSync('loop.md', path.join(t.dir, 'notes/loop.md'));
    fs.symlinkSync('nowhere', path.join(t.dir, 'notes/loop.txt'));
    const out = json((await cli(['lint', '--format', 'json', 'notes/*.md'], t.dir)).stdout);
    // loop.txt cannot match *.md, so it is not a note the glob missed.
    assert.deepEqual(fileErrors(out), { 'notes/loop.md': [`error ${LOOP}`], 'notes/loop.txt': ['warning cannot follow this symbolic link: it points to nothing'] });
    assert.deepEqual(linted(out), ['notes/a.md']);
  });

  it('chmod 000 on a folder and on a note', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/locked/b.md': NOTE_WITHOUT_GOALS, 'notes/c.md': NOTE_WITHOUT_GOALS });
    fs.chmodSync(path.join(t.dir, 'notes/locked'), 0o000);
    fs.chmodSync(path.join(t.dir, 'notes/c.md'), 0o000);
    try {
      const r = await cli(['lint', '--format', 'json', 'notes'], t.dir);
      const out = json(r.stdout);
      if (process.getuid?.() === 0) {
        // Root reads whatever the mode says: everything is linted. The failing case is asserted through an fs that
        // refuses (next test), and here when the suite runs as another user.
        assert.deepEqual(linted(out), ['notes/a.md', 'notes/c.md', 'notes/locked/b.md']);
      } else {
        assert.deepEqual(fileErrors(out), {
          'notes/c.md': ['error cannot read this file: permission denied'],
          'notes/locked': ['error cannot read this folder: permission denied'],
        });
        assert.deepEqual(linted(out), ['notes/a.md']);
        assert.equal(r.code, 1);
      }
    } finally {
      fs.chmodSync(path.join(t.dir, 'notes/locked'), 0o755);
    }
  });

  it('EACCES while walking a folder: one error for that folder, the walk goes on (an fs that refuses, even to root)', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/locked/b.md': NOTE_WITHOUT_GOALS, 'notes/z/c.md': NOTE_WITHOUT_GOALS });
    const denied = (p: unknown) => Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' });
    const refusing: FindFs = {
      ...fs,
      readdir: ((p: fs.PathLike, options: unknown, done: (e: unknown, entries?: unknown) => void) =>
        /locked\/?$/.test(String(p)) ? done(denied(p)) : (fs.readdir as (...a: unknown[]) => void)(p, options, done)) as typeof fs.readdir,
    };
    const { targets, errors } = await expandTargets(['notes'], t.dir, refusing);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      targets.map((x) => (x.kind === 'stdin' ? '-' : `${x.kind} ${path.relative(t.dir, x.path).replace(/\\/g, '/')}${x.kind === 'unreadable' ? ` ${x.severity}: ${x.reason}` : ''}`)),
      ['file notes/a.md', 'file notes/z/c.md', 'unreadable notes/locked error: cannot read this folder: permission denied'],
    );
  });
});
