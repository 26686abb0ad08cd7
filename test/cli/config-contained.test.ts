// What a config file in a linted folder can reach on the command line: built-ins and files inside the folder of the
// config where the chain starts, unless --allow-outside-config. Whatever it names, nothing of a file outside shows in
// any output, and nothing blocks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import path from 'node:path';
import { cli, tempTree, NOTE_WITHOUT_GOALS, GOALS_ERROR } from './helpers.js';
import type { FileReport } from '../../src/core/report/index.js';

const SECRET = 'SECRET-TOKEN-8841';
const json = (stdout: string) => JSON.parse(stdout) as FileReport[];
const configErrors = (out: FileReport[]) =>
  out.flatMap((r) => r.findings.filter((f) => f.ruleId === 'config-error').map((f) => `${r.path.replace(/\\/g, '/')}:${f.line}:${f.column} ${f.message}`));

describe('cli: extends stays inside the config folder', function () {
  let t: ReturnType<typeof tempTree>;
  let outside: ReturnType<typeof tempTree>;
  beforeEach(() => {
    // The user's own files, next to the linted folder: a config there would be quoted if it were read.
    outside = tempTree({ 'secret.json': JSON.stringify({ defaultType: SECRET, rules: { [SECRET]: 'error' } }), 'agency.json': GOALS_ERROR });
  });
  afterEach(() => {
    t?.dispose();
    outside.dispose();
  });

  it('an absolute path and a ../ path: one error each at the value, nothing of the file in any output', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS });
    const secret = path.join(outside.dir, 'secret.json');
    const extendsList = [secret, path.relative(path.join(t.dir, 'notes'), secret)];
    fs.writeFileSync(path.join(t.dir, 'notes/.clinote.json'), JSON.stringify({ extends: extendsList }, null, 2));
    for (const format of ['stylish', 'json', 'summary']) {
      const r = await cli(['lint', '--format', format, 'notes'], t.dir);
      assert.equal(r.code, 1, format);
      assert.ok(!(r.stdout + r.stderr).includes(SECRET), `${format}: the secret shows`);
    }
    const r = await cli(['lint', 'notes'], t.dir);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    const folder = path.join(t.dir, 'notes').replace(/\\/g, '/');
    assert.ok(lines[0].startsWith(`notes${path.sep}.clinote.json:3:5 error   extends ${JSON.stringify(secret).slice(0, 20)}`), lines[0]);
    assert.ok(lines[0].includes(` is not read: it is outside ${folder}, the folder of the config file where this chain starts; `), lines[0]);
    assert.ok(lines[0].endsWith('extend a built-in such as clinote:recommended or a file inside that folder, or run clinote with --allow-outside-config  config-error'));
    assert.match(lines[1], /^notes[\\/]\.clinote\.json:4:5 error +extends "\.\.\/.*" is not read: it is outside /);
    // The note is still linted, with the defaults.
    assert.match(r.stdout, /a\.md:\d+:\d+ warning .* goals$/m);
  });

  it('a supervisor file above the trainee folder: refused, then followed with --allow-outside-config', async () => {
    t = tempTree({ 'trainee/.clinote.json': '{ "extends": "../agency.json" }', 'agency.json': GOALS_ERROR, 'trainee/a.md': NOTE_WITHOUT_GOALS });
    const refused = await cli(['lint', '--format', 'json', 'trainee'], t.dir);
    assert.deepEqual(configErrors(json(refused.stdout)).map((l) => l.replace(t.dir.replace(/\\/g, '/'), '<tmp>')), [
      'trainee/.clinote.json:1:14 extends "../agency.json" is not read: it is outside <tmp>/trainee, the folder of the config file where this chain starts; ' +
        'extend a built-in such as clinote:recommended or a file inside that folder, or run clinote with --allow-outside-config',
    ]);
    const allowed = await cli(['lint', '--allow-outside-config', 'trainee'], t.dir);
    assert.equal(allowed.stderr, '');
    assert.match(allowed.stdout, /a\.md:\d+:\d+ error .* goals$/m, "the agency's level applies");
    assert.equal(allowed.code, 1);
  });

  it('a symbolic link inside the folder that leads out of it is refused, before it is read', async function () {
    if (process.platform === 'win32') this.skip(); // links need privileges there
    t = tempTree({ 'notes/.clinote.json': '{ "extends": "./team.json" }', 'notes/a.md': NOTE_WITHOUT_GOALS });
    fs.symlinkSync(path.join(outside.dir, 'secret.json'), path.join(t.dir, 'notes/team.json'));
    const r = await cli(['lint', '--format', 'json', 'notes'], t.dir);
    assert.ok(!r.stdout.includes(SECRET));
    assert.deepEqual(configErrors(json(r.stdout)).map((l) => l.replace(/ outside .*/, '')), [
      'notes/.clinote.json:1:14 extends "./team.json" is not read: a symbolic link takes it',
    ]);
    // A link that stays inside is fine.
    fs.rmSync(path.join(t.dir, 'notes/team.json'));
    fs.writeFileSync(path.join(t.dir, 'notes/real.json'), GOALS_ERROR);
    fs.symlinkSync('real.json', path.join(t.dir, 'notes/team.json'));
    const inside = await cli(['lint', 'notes'], t.dir);
    assert.equal(inside.stderr, '');
    assert.match(inside.stdout, /a\.md:\d+:\d+ error .* goals$/m);
  });

  it('a .clinote.json that links out of its folder is not read; the defaults apply', async function () {
    if (process.platform === 'win32') this.skip();
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS });
    fs.symlinkSync(path.join(outside.dir, 'secret.json'), path.join(t.dir, 'notes/.clinote.json'));
    const r = await cli(['lint', 'notes'], t.dir);
    assert.ok(!(r.stdout + r.stderr).includes(SECRET));
    assert.equal(
      r.stderr,
      `notes${path.sep}.clinote.json:1:1 error   this config file is not read: it is a symbolic link to a file outside its folder; copy the file here instead, ` +
        'or run clinote with --allow-outside-config; the defaults apply  config-error\n',
    );
    assert.match(r.stdout, /a\.md:\d+:\d+ warning .* goals$/m);
  });
});

describe('cli: config files that are not regular files, or too large', function () {
  let t: ReturnType<typeof tempTree>;
  afterEach(() => t?.dispose());

  it('a named pipe as .clinote.json or as an extends target does not block; a folder is refused too', async function () {
    if (process.platform === 'win32') this.skip(); // no mkfifo
    t = tempTree({ 'a/n.md': NOTE_WITHOUT_GOALS, 'b/n.md': NOTE_WITHOUT_GOALS, 'b/.clinote.json': '{ "extends": "./pipe.json" }', 'c/n.md': NOTE_WITHOUT_GOALS });
    execFileSync('mkfifo', [path.join(t.dir, 'a/.clinote.json'), path.join(t.dir, 'b/pipe.json')]);
    fs.mkdirSync(path.join(t.dir, 'c/.clinote.yaml'));
    const r = await cli(['lint', '--format', 'json', 'a', 'b', 'c'], t.dir);
    assert.deepEqual(configErrors(json(r.stdout)), [
      'a/.clinote.json:1:1 this config file is not read: it is a named pipe, not a regular file; the defaults apply',
      'b/.clinote.json:1:14 extends "./pipe.json" is not read: it is a named pipe, not a regular file',
      'c/.clinote.yaml:1:1 this config file is not read: it is a folder, not a regular file; the defaults apply',
    ]);
    assert.equal(r.code, 1);
  });

  it('--config /dev/zero exits 2 without reading it; a config over 1 MB is refused by its size', async function () {
    t = tempTree({ 'n.md': NOTE_WITHOUT_GOALS, 'big/.clinote.json': `{ "x": "${'a'.repeat(1024 * 1024)}" }`, 'big/n.md': NOTE_WITHOUT_GOALS });
    if (fs.existsSync('/dev/zero')) {
      const zero = await cli(['lint', '--config', '/dev/zero', 'n.md'], t.dir);
      assert.deepEqual([zero.code, zero.stderr], [2, 'clinote: cannot read config file /dev/zero: it is a device, not a regular file\n']);
    }
    const big = await cli(['lint', '--format', 'json', 'big'], t.dir);
    assert.deepEqual(configErrors(json(big.stdout)), [
      'big/.clinote.json:1:1 this config file is not read: it is 1.0 MB, too large for a configuration (the limit is 1 MB); the defaults apply',
    ]);
  });
});
