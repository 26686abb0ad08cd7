import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cli, tempTree, NOTE_WITHOUT_GOALS, GOALS_ERROR } from './helpers.js';
import type { FileReport } from '../../src/core/report/index.js';
import { NOT_NOTES } from '../../src/core/index.js';

// What --format json prints: the report types themselves.
type JsonReport = FileReport[];

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('cli: arguments and exit codes', () => {
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => (t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'errors/.clinote.json': GOALS_ERROR, 'errors/b.md': NOTE_WITHOUT_GOALS })));
  afterEach(() => t.dispose());

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help'], t.dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: clinote lint/);
    const version = await cli(['--version'], t.dir);
    assert.deepEqual(version, { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('exit 2 when it cannot run', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Usage/],
      [['check', 'notes'], /unknown command "check"; did you mean "clinote lint check"/],
      [['lint'], /name the notes to lint/],
      [['lint', '--bogus', 'notes'], /bogus/],
      [['lint', '--format', 'xml', 'notes'], /unknown format "xml"; use stylish, json, summary, sarif, junit or html/],
      [['lint', '-o', '', 'notes'], /--output needs a file name/],
      [['lint', '--max-warnings', 'many', 'notes'], /--max-warnings needs a whole number/],
      [['lint', '--type', 'nope', 'notes'], /unknown note type "nope"/],
      [['lint', '--jobs', '0', 'notes'], /--jobs needs a whole number of at least 1/],
      [['lint', 'missing.md'], /no such file or folder: missing\.md/],
      [['lint', 'nothing/**/*.md'], /no files match nothing\/\*\*\/\*\.md/],
      [['lint', '--config', 'nope.json', 'notes'], /cannot read config file nope\.json: no such file/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, t.dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
      assert.equal(r.stdout, '', argv.join(' '));
    }
  });

  it('exit 0 without errors, 1 with errors', async () => {
    const warnings = await cli(['lint', 'notes'], t.dir);
    assert.equal(warnings.code, 0, warnings.stdout);
    assert.match(warnings.stdout, /notes[\\/]a\.md:\d+:\d+ warning +.+ {2}goals\n/);
    const errors = await cli(['lint', 'errors'], t.dir);
    assert.equal(errors.code, 1);
    assert.match(errors.stdout, /errors[\\/]b\.md:\d+:\d+ error +.+ {2}goals\n/);
  });

  it('stylish: one line per finding, then a summary', async () => {
    const r = await cli(['lint', 'notes', 'errors'], t.dir);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.equal(lines.pop(), '');
    for (const line of lines) assert.match(line, /^(notes|errors)[\\/][ab]\.md:\d+:\d+ (error|warning|info) +\S.*  [a-z][a-z-]*$/);
    assert.match(summary, /^\d+ problems? \(1 error, \d+ warnings?, \d+ infos?\) in 2 files of 2 checked\.$/);
  });

  it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', async () => {
    const quiet = await cli(['lint', '--quiet', 'notes'], t.dir);
    assert.deepEqual(quiet, { code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
    const strict = await cli(['lint', '--max-warnings', '0', 'notes'], t.dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /warnings?, more than --max-warnings 0/);
    assert.equal((await cli(['lint', '--max-warnings', '99', 'notes'], t.dir)).code, 0);
  });

  it('--type forces a note type', async () => {
    const r = await cli(['lint', '--type', 'psychotherapy', '--format', 'json', 'errors'], t.dir);
    // A psychotherapy note is exempt from completeness rules: goals is no longer required.
    assert.ok(!json(r.stdout)[0].findings.some((f) => f.ruleId === 'goals'));
    assert.equal(r.code, 0);
  });

  it('--type may name a note type a config adds; a note whose config does not add it gets one error', async () => {
    const tree = tempTree({
      'agency/.clinote.json': JSON.stringify({ noteTypes: [{ id: 'home-visit', family: 'progress', title: 'Home visit note', levels: { goals: 'error' } }] }),
      'agency/visit.md': 'Met the client at home.\n',
      'other/note.md': 'Met the client at home.\n',
    });
    try {
      const r = await cli(['lint', '--type', 'home-visit', '--format', 'json', '.'], tree.dir);
      const byPath = Object.fromEntries(json(r.stdout).map((n) => [n.path, n.findings]));
      assert.ok(byPath[path.join('agency', 'visit.md')].some((f) => f.ruleId === 'goals' && f.severity === 'error'), 'the config type applies');
      assert.match(byPath[path.join('other', 'note.md')].map((f) => f.message).join('\n'), /unknown note type "home-visit"/);
      assert.equal(r.code, 1);
    } finally {
      tree.dispose();
    }
  });
});

describe('cli: --format json', () => {
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => (t = tempTree({ 'a.md': NOTE_WITHOUT_GOALS, 'empty.md': '' })));
  afterEach(() => t.dispose());

  it('one entry per file with ruleId, severity, message, 1-based range, covered and missing', async () => {
    const r = await cli(['lint', '--format', 'json', 'a.md', 'empty.md'], t.dir);
    const out = json(r.stdout);
    assert.deepEqual(
      out.map((e) => e.path),
      ['a.md', 'empty.md'],
    );
    const goals = out[0].findings.find((f) => f.ruleId === 'goals');
    assert.ok(goals);
    assert.deepEqual(Object.keys(goals), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'covered', 'missing', 'status', 'why', 'source']);
    assert.equal(goals.status, 'missing');
    // The message is one row; why it matters and where it comes from are fields of their own.
    assert.match(goals.message, /^Mutually negotiated goals (not documented|incomplete)\. Add a "Goals" section/);
    assert.ok(goals.message.length <= 120, goals.message);
    assert.match(goals.why ?? '', /^Goals the client helped set/);
    assert.match(goals.source ?? '', /"The Helping Process"/);
    assert.equal(goals.severity, 'warning');
    assert.ok(Array.isArray(goals.covered) && Array.isArray(goals.missing) && goals.missing.length > 0);
    for (const f of out.flatMap((e) => e.findings)) {
      assert.ok(['error', 'warning', 'info'].includes(f.severity));
      assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line);
      assert.ok(Array.isArray(f.covered) && Array.isArray(f.missing));
    }
    // The finding sits on a heading line of the note.
    const lineText = NOTE_WITHOUT_GOALS.split('\n')[goals.line - 1];
    assert.match(lineText, /^#/);
  });
});

describe('cli: files', () => {
  let t: ReturnType<typeof tempTree>;
  afterEach(() => t.dispose());

  it('folders expand to *.md and *.markdown, skipping node_modules and dot folders', async () => {
    t = tempTree({
      'notes/a.md': NOTE_WITHOUT_GOALS,
      'notes/deep/b.markdown': NOTE_WITHOUT_GOALS,
      'notes/c.txt': NOTE_WITHOUT_GOALS,
      'notes/node_modules/pkg/README.md': NOTE_WITHOUT_GOALS,
      'notes/.git/x.md': NOTE_WITHOUT_GOALS,
      'notes/.drafts/y.md': NOTE_WITHOUT_GOALS,
    });
    const r = await cli(['lint', '--format', 'json', 'notes'], t.dir);
    assert.deepEqual(
      json(r.stdout).map((e) => e.path.replace(/\\/g, '/')),
      ['notes/a.md', 'notes/deep/b.markdown'],
    );
  });

  it('README, CHANGELOG, CONTRIBUTING and LICENSE are not notes, as in the editor, unless named on the command line', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/README.md': NOTE_WITHOUT_GOALS, 'notes/sub/CHANGELOG.md': NOTE_WITHOUT_GOALS });
    const r = await cli(['lint', '--format', 'json', 'notes', 'notes/**/*.md'], t.dir);
    assert.deepEqual(json(r.stdout).map((e) => e.path.replace(/\\/g, '/')), ['notes/a.md']);
    const named = await cli(['lint', '--format', 'json', 'notes/README.md'], t.dir);
    assert.deepEqual(json(named.stdout).map((e) => e.path.replace(/\\/g, '/')), ['notes/README.md']);
    // One default for both: the editor's clinote.files.exclude.
    assert.deepEqual(pkg.contributes.configuration.properties['clinote.files.exclude'].default, [...NOT_NOTES]);
  });

  it('globs, explicit files of any extension, and no duplicates', async () => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/x/b.md': NOTE_WITHOUT_GOALS, 'notes/c.txt': NOTE_WITHOUT_GOALS });
    const r = await cli(['lint', '--format', 'json', 'notes/**/*.md', 'notes/c.txt', 'notes/a.md'], t.dir);
    assert.deepEqual(
      json(r.stdout).map((e) => e.path.replace(/\\/g, '/')),
      ['notes/a.md', 'notes/x/b.md', 'notes/c.txt'],
    );
  });

  it('- reads stdin, shown as <stdin>; --stdin-filename names it and finds its config', async () => {
    t = tempTree({ 'team/.clinote.json': GOALS_ERROR });
    const r = await cli(['lint', '-'], t.dir, NOTE_WITHOUT_GOALS);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<stdin>:\d+:\d+ warning .* goals$/m);
    const named = await cli(['lint', '--stdin-filename', 'team/new.md', '-'], t.dir, NOTE_WITHOUT_GOALS);
    assert.equal(named.code, 1);
    assert.match(named.stdout, /^team\/new\.md:\d+:\d+ error .* goals$/m);
  });

  it('binary and huge files are reported and skipped, the rest is linted', async () => {
    const binary = Buffer.concat([Buffer.from('# Note\n'), Buffer.from([0, 1, 2, 3])]);
    t = tempTree({ 'n/bin.md': binary, 'n/huge.md': '# x\n' + 'a'.repeat(1024 * 1024 + 10), 'n/ok.md': NOTE_WITHOUT_GOALS });
    const r = await cli(['lint', '--format', 'json', 'n'], t.dir);
    const out = json(r.stdout);
    const byPath = Object.fromEntries(out.map((e) => [path.basename(e.path), e.findings]));
    assert.deepEqual(
      byPath['bin.md'].map((f) => [f.ruleId, f.severity, f.line, f.column, f.message]),
      [['file-error', 'warning', 1, 1, 'skipped: this is not a text file (it contains NUL bytes)']],
    );
    assert.deepEqual(
      byPath['huge.md'].map((f) => [f.ruleId, f.severity, f.message]),
      [['file-error', 'warning', 'skipped: the file is 1.0 MB; notes over 1 MB are not linted']],
    );
    assert.ok(byPath['ok.md'].some((f) => f.ruleId === 'goals'));
    assert.equal(r.code, 0);
    const stylish = await cli(['lint', 'n/bin.md'], t.dir);
    assert.match(stylish.stdout, /^n[\\/]bin\.md:1:1 warning skipped: this is not a text file \(it contains NUL bytes\) {2}file-error$/m);
  });

  it('stdin over 1 MB is cut off; devices and pipes are skipped, not read', async function () {
    t = tempTree({});
    const big = await cli(['lint', '--format', 'json', '-'], t.dir, 'a'.repeat(1024 * 1024 + 1));
    assert.deepEqual(
      json(big.stdout)[0].findings.map((f) => f.message),
      ['skipped: the file is over 1 MB; notes that long are not linted'],
    );
    if (process.platform === 'win32' || !existsSync('/dev/zero')) return;
    const zero = await cli(['lint', '--format', 'json', '/dev/zero'], t.dir);
    assert.deepEqual(json(zero.stdout)[0].findings.map((f) => f.message), ['skipped: not a regular file (a pipe, socket or device)']);
    // A named pipe nobody writes to would block a read forever.
    execFileSync('mkfifo', [path.join(t.dir, 'pipe.md')]);
    const fifo = await cli(['lint', '--format', 'json', 'pipe.md'], t.dir);
    assert.deepEqual(json(fifo.stdout)[0].findings.map((f) => f.message), ['skipped: not a regular file (a pipe, socket or device)']);
  });

  it('UTF-8 with BOM, UTF-16LE and UTF-16BE lint exactly like UTF-8', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE_WITHOUT_GOALS, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    t = tempTree({
      'utf8.md': NOTE_WITHOUT_GOALS,
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE_WITHOUT_GOALS)]),
      'le.md': le,
      'be.md': be,
    });
    const out = json((await cli(['lint', '--format', 'json', 'utf8.md', 'bom.md', 'le.md', 'be.md'], t.dir)).stdout);
    // Four copies of one note in one folder: copied-text finds each the others' words, word for word (the decodings
    // give the same words), and names another of them; every other finding is the same.
    for (const e of out) assert.ok(e.findings.some((f) => f.ruleId === 'copied-text' && / word for word/.test(f.message)), e.path);
    const [utf8, ...others] = out.map((e) => e.findings.filter((f) => f.ruleId !== 'copied-text'));
    assert.ok(utf8.length > 0);
    for (const o of others) assert.deepEqual(o, utf8);
  });

  it('a file that is not UTF-8 is read as Windows-1252 with a warning', async () => {
    const text = NOTE_WITHOUT_GOALS.replace('Client reports', 'Client (Ren\u00e9e) reports \u201cfeeling\u201d');
    const cp1252 = Buffer.from(text.replace('\u201c', '\x93').replace('\u201d', '\x94'), 'latin1');
    t = tempTree({ 'latin.md': cp1252, 'utf8.md': text });
    const out = json((await cli(['lint', '--format', 'json', 'latin.md', 'utf8.md'], t.dir)).stdout);
    // The two are one note in one folder, so copies of each other (copied-text names the other): the rest compares.
    const [latin, utf8] = out.map((e) => e.findings.filter((f) => f.ruleId !== 'copied-text'));
    assert.deepEqual(latin[0].ruleId, 'file-encoding');
    assert.equal(latin[0].severity, 'warning');
    assert.match(latin[0].message, /not UTF-8; it was read as Windows-1252/);
    assert.deepEqual(latin.slice(1), utf8);
  });
});

describe('cli: configuration', () => {
  let t: ReturnType<typeof tempTree>;
  afterEach(() => t.dispose());

  it('the nearest config applies per folder', async () => {
    t = tempTree({ 'strict/.clinote.json': GOALS_ERROR, 'strict/a.md': NOTE_WITHOUT_GOALS, 'lax/b.md': NOTE_WITHOUT_GOALS });
    const out = json((await cli(['lint', '--format', 'json', 'strict', 'lax'], t.dir)).stdout);
    const sev = (i: number) => out[i].findings.find((f) => f.ruleId === 'goals')?.severity;
    assert.equal(sev(0), 'error');
    assert.equal(sev(1), 'warning');
  });

  it('--config replaces the nearest config for every file', async () => {
    t = tempTree({ 'cfg/team.yaml': 'rules:\n  goals: error\n', 'notes/.clinote.json': '{"rules": {"goals": "off"}}', 'notes/a.md': NOTE_WITHOUT_GOALS });
    const r = await cli(['lint', '--config', 'cfg/team.yaml', 'notes'], t.dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error .* goals$/m);
  });

  it('a bad config is reported once with file:line:col, and linting goes on with the defaults', async () => {
    t = tempTree({
      'notes/.clinote.json': '{\n  "rules": {\n    "goals": "warn",\n    "bias-safeguards": "off"\n  }\n}\n',
      'notes/a.md': NOTE_WITHOUT_GOALS,
      'notes/b.md': NOTE_WITHOUT_GOALS,
    });
    const r = await cli(['lint', 'notes'], t.dir);
    const configLine = `notes${path.sep}.clinote.json:3:14 error   "warn" is not a level; use off, info, warning or error  config-error\n`;
    assert.equal(r.stderr, configLine);
    assert.ok(!r.stdout.includes('config-error'), 'printed once, on stderr');
    assert.match(r.stdout, /\d+ problems \(0 errors, .* in 2 files of 2 checked; 1 config problem \(1 error\)\.\n$/);
    assert.equal(r.code, 1, 'a broken config is an error');
    // goals fell back to its default level.
    assert.match(r.stdout, /a\.md:\d+:\d+ warning .* goals$/m);
    const out = json((await cli(['lint', '--format', 'json', 'notes'], t.dir)).stdout);
    assert.deepEqual(out[out.length - 1], {
      path: `notes${path.sep}.clinote.json`,
      findings: [
        {
          ruleId: 'config-error',
          severity: 'error',
          message: '"warn" is not a level; use off, info, warning or error',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 20, // the whole value "warn"
          covered: [],
          missing: [],
        },
      ],
    });
  });

  it('ignore globs skip matching notes in folders and globs', async () => {
    t = tempTree({
      '.clinote.yaml': 'ignore:\n  - templates/**\n  - README.md\n',
      'templates/soap.md': NOTE_WITHOUT_GOALS,
      'README.md': '# Readme',
      'notes/README.md': '# Readme',
      'notes/a.md': NOTE_WITHOUT_GOALS,
    });
    const out = json((await cli(['lint', '--format', 'json', '.'], t.dir)).stdout);
    assert.deepEqual(
      out.map((e) => e.path.replace(/\\/g, '/')),
      ['notes/a.md'],
    );
    const explicit = await cli(['lint', 'templates/soap.md'], t.dir);
    assert.match(explicit.stderr, /skipped templates[\\/]soap\.md: ignored by \.clinote\.yaml/);
    assert.equal(explicit.code, 0);
  });
});
