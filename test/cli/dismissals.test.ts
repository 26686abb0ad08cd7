// The CLI honours the editor's dismissals (.clinote/dismissed.json, the nearest above each note), says how many it
// left out, reports a file it cannot read, and --no-dismissed reports everything.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { addDismissal, dismissalKey, lint } from '../../src/core/index.js';
import { cli, tempTree, NOTE_WITHOUT_GOALS, GOALS_ERROR } from './helpers.js';

const NOTE_WITH_TERM = NOTE_WITHOUT_GOALS.replace('Flat affect, oriented x3.', 'Flat affect, oriented x3. Client was noncompliant with medication.');

/** The file the editor writes after "Dismiss for this note" on these findings. */
function dismissed(...entries: { note: string; text: string; rule: string }[]): string {
  let file: string | undefined;
  for (const e of entries) {
    const f = lint(e.text).findings.find((x) => x.ruleId === e.rule)!;
    const r = addDismissal(file, { note: e.note, ...dismissalKey(f, e.text), date: '2026-11-19' });
    assert.ok(r.ok);
    file = r.text;
  }
  return file!;
}

describe('cli: dismissals (.clinote/dismissed.json)', () => {
  let t: ReturnType<typeof tempTree>;
  afterEach(() => t.dispose());

  const rules = (out: string) => out.split('\n').flatMap((l) => /\s(\S+)$/.exec(l)?.[1] ?? []);

  it('leaves out what the editor dismissed, for that note only, and says how many; --no-dismissed shows them', async () => {
    t = tempTree({
      '.clinote.json': GOALS_ERROR,
      '.clinote/dismissed.json': dismissed(
        { note: 'notes/a.md', text: NOTE_WITH_TERM, rule: 'goals' },
        { note: 'notes/a.md', text: NOTE_WITH_TERM, rule: 'stigmatizing-language' },
      ),
      'notes/a.md': NOTE_WITH_TERM,
      'notes/b.md': NOTE_WITH_TERM,
    });
    const all = await cli(['lint', '--no-dismissed', 'notes'], t.dir);
    assert.equal(all.code, 1, 'goals is an error');
    assert.equal(all.stderr, '');
    const r = await cli(['lint', 'notes'], t.dir);
    assert.equal(r.code, 1, 'b.md still misses its goals');
    const lines = (name: string) => r.stdout.split('\n').filter((l) => l.startsWith(`notes${path.sep}${name}`)).join('\n');
    assert.ok(!rules(lines('a.md')).includes('goals') && !rules(lines('a.md')).includes('stigmatizing-language'), lines('a.md'));
    assert.equal(lines('a.md').split('\n').length, all.stdout.split('\n').filter((l) => l.startsWith(`notes${path.sep}a.md`)).length - 2, 'only those two');
    assert.ok(rules(lines('b.md')).includes('goals') && rules(lines('b.md')).includes('stigmatizing-language'), 'b.md is another note');
    assert.equal(r.stderr, 'clinote: 2 findings dismissed in .clinote/dismissed.json not shown (--no-dismissed shows them)\n');
    // From another working folder, or naming the file itself: the same file applies.
    const inside = await cli(['lint', '--format', 'json', 'a.md'], path.join(t.dir, 'notes'));
    assert.ok(!JSON.parse(inside.stdout)[0].findings.some((f: { ruleId: string }) => f.ruleId === 'goals'));
  });

  it('a dismissal of words expires when they change', async () => {
    t = tempTree({
      '.clinote/dismissed.json': dismissed({ note: 'a.md', text: NOTE_WITH_TERM, rule: 'stigmatizing-language' }),
      'a.md': NOTE_WITH_TERM.replace('noncompliant with medication', 'noncompliant with his medication'),
    });
    const r = await cli(['lint', 'a.md'], t.dir);
    assert.ok(rules(r.stdout).includes('stigmatizing-language'));
    assert.equal(r.stderr, '');
  });

  it('the nearest file above a note applies, with paths relative to its folder', async () => {
    t = tempTree({
      '.clinote/dismissed.json': dismissed({ note: 'team/a.md', text: NOTE_WITHOUT_GOALS, rule: 'goals' }),
      'team/.clinote/dismissed.json': dismissed({ note: 'b.md', text: NOTE_WITHOUT_GOALS, rule: 'goals' }),
      'team/a.md': NOTE_WITHOUT_GOALS,
      'team/b.md': NOTE_WITHOUT_GOALS,
    });
    const out = JSON.parse((await cli(['lint', '--format', 'json', 'team'], t.dir)).stdout) as { path: string; findings: { ruleId: string }[] }[];
    const goals = (name: string) => out.find((r) => r.path.endsWith(name))!.findings.some((f) => f.ruleId === 'goals');
    assert.equal(goals('a.md'), true, 'team/.clinote/dismissed.json is nearer and says nothing about a.md');
    assert.equal(goals('b.md'), false);
  });

  it('stdin uses the dismissals of --stdin-filename', async () => {
    t = tempTree({ '.clinote/dismissed.json': dismissed({ note: 'notes/a.md', text: NOTE_WITHOUT_GOALS, rule: 'goals' }) });
    const named = await cli(['lint', '--stdin-filename', 'notes/a.md', '-'], t.dir, NOTE_WITHOUT_GOALS);
    assert.ok(!rules(named.stdout).includes('goals'));
    const anonymous = await cli(['lint', '-'], t.dir, NOTE_WITHOUT_GOALS);
    assert.ok(rules(anonymous.stdout).includes('goals'));
  });

  it('a file it cannot read is an error on that file, and none of it applies', async () => {
    t = tempTree({
      '.clinote/dismissed.json': '{\n  "version": 1,\n  "dismissed": [\n    { "note": "a.md", "rule": "goals" }\n    { "note": "b.md", "rule": "goals" }\n  ]\n}\n',
      'a.md': NOTE_WITHOUT_GOALS,
    });
    const r = await cli(['lint', 'a.md'], t.dir);
    assert.equal(r.code, 1);
    assert.ok(rules(r.stdout).includes('goals'), 'the dismissal does not apply');
    assert.equal(
      r.stderr,
      `.clinote${path.sep}dismissed.json:5:5 error   syntax error: a comma is expected here (between two entries); none of this file's dismissals apply until it is fixed  config-error\n`,
    );
    // A malformed entry is a warning; the others apply.
    t.dispose();
    t = tempTree({ '.clinote/dismissed.json': '{ "version": 1, "dismissed": [ { "note": "a.md" }, { "note": "a.md", "rule": "goals" } ] }', 'a.md': NOTE_WITHOUT_GOALS });
    const w = await cli(['lint', 'a.md'], t.dir);
    assert.ok(!rules(w.stdout).includes('goals'));
    assert.match(w.stderr, /dismissed\.json:1:32 warning +entry 1 of "dismissed" is skipped: "rule" \(a rule id\) is missing/);
  });

  it('a file that is a symbolic link out of its folder is not read, unless --allow-outside-config', async function () {
    t = tempTree({ 'outside/dismissed.json': JSON.stringify({ version: 1, dismissed: [{ note: 'a.md', rule: 'goals' }] }), 'notes/a.md': NOTE_WITHOUT_GOALS });
    mkdirSync(path.join(t.dir, 'notes', '.clinote'));
    try {
      symlinkSync(path.join(t.dir, 'outside', 'dismissed.json'), path.join(t.dir, 'notes', '.clinote', 'dismissed.json'));
    } catch {
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
    const r = await cli(['lint', 'notes'], t.dir);
    assert.ok(rules(r.stdout).includes('goals'));
    assert.match(r.stderr, /dismissed\.json:1:1 error +this dismissals file is not read: it is a symbolic link to a file outside its folder/);
    const allowed = await cli(['lint', '--allow-outside-config', 'notes'], t.dir);
    assert.ok(!rules(allowed.stdout).includes('goals'));
  });
});
