// Dismissals kept outside the note (.clinote/dismissed.json): which findings they silence as the note changes, how the
// file is read (malformed entries, bad JSON) and how it is edited (in place, never when it cannot be read).
import assert from 'node:assert/strict';
import {
  addDismissal,
  dismissalKey,
  dismissalsFor,
  lint,
  matchDismissals,
  notePathKey,
  readDismissals,
  removeDismissal,
  type Dismissal,
  type Finding,
} from '../../src/core/index.js';

const NOTE = `---
type: soap
---
# Session note

## Subjective

Client is an addict and says he drinks daily. His brother is also an addict.

Client was noncompliant with the plan.

## Plan

Meet next week.
`;

const terms = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'stigmatizing-language');
const words = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);
/** The entry "Dismiss for this note" writes for a finding of `text`. */
const entryFor = (text: string, f: Finding, note = 'notes/a.md'): Dismissal => ({ note, ...dismissalKey(f, text) });
/** The findings still shown once the entries apply. */
const shown = (text: string, entries: Dismissal[]) => matchDismissals(lint(text).findings, text, entries).kept;
/** The words of the stigmatizing-language findings still shown. */
const shownTerms = (text: string, entries: Dismissal[]) => shown(text, entries).filter((f) => f.ruleId === 'stigmatizing-language').map((f) => words(text, f));

describe('dismissals: matching', () => {
  it('a dismissed finding leaves the findings; the others stay, the same words elsewhere on the line among them', () => {
    const all = lint(NOTE).findings;
    const found = all.filter((f) => f.ruleId === 'stigmatizing-language');
    assert.deepEqual(found.map((f) => words(NOTE, f)), ['an addict', 'an addict', 'noncompliant']);
    const entry = entryFor(NOTE, found[1]);
    const { kept, dismissed } = matchDismissals(all, NOTE, [entry]);
    assert.deepEqual(dismissed, [{ finding: found[1], entry }]);
    assert.deepEqual(kept, all.filter((f) => f !== found[1]), 'the first "an addict" on the same line is still shown');
  });

  it('survives edits elsewhere in the note, line endings changed by git and trailing spaces', () => {
    const entry = entryFor(NOTE, terms(NOTE)[2]);
    const edited = NOTE.replace('# Session note', '# Session note, 19 November\n\nA new paragraph before everything.')
      .replace('Meet next week.', 'Meet next week; practise the breathing exercise daily.')
      .replace('His brother', 'His older brother');
    for (const text of [edited, edited.replace(/\n/g, '\r\n'), edited.replace('with the plan.', 'with the plan.   ')]) {
      assert.deepEqual(shownTerms(text, []), ['an addict', 'an addict', 'noncompliant']);
      assert.deepEqual(shownTerms(text, [entry]), ['an addict', 'an addict'], 'noncompliant stays dismissed');
    }
  });

  it('expires when the flagged words or their line change', () => {
    const entry = entryFor(NOTE, terms(NOTE)[2]);
    for (const text of [
      NOTE.replace('noncompliant with the plan', 'noncompliant with the homework'),
      NOTE.replace('Client was noncompliant', 'Client was non-compliant'),
    ]) {
      const back = shownTerms(text, [entry]).filter((w) => /compliant/.test(w));
      assert.equal(back.length, 1, `shown again: ${text.split('\n')[9]}`);
    }
  });

  it('a dimension finding is keyed by its rule alone: it stays dismissed when its heading changes', () => {
    const goals = lint(NOTE).findings.find((f) => f.ruleId === 'goals')!;
    assert.equal(goals.status, 'missing');
    const entry = entryFor(NOTE, goals);
    assert.deepEqual(entry, { note: 'notes/a.md', rule: 'goals' });
    const renamed = NOTE.replace('# Session note', '# Individual session, week 3');
    assert.ok(lint(renamed).findings.some((f) => f.ruleId === 'goals'), 'still missing');
    assert.ok(!shown(renamed, [entry]).some((f) => f.ruleId === 'goals'), 'still dismissed');
  });

  it('an entry without text dismisses every finding of its rule in the note; other rules are untouched', () => {
    const kept = shown(NOTE, [{ note: 'notes/a.md', rule: 'stigmatizing-language' }]);
    assert.ok(!kept.some((f) => f.ruleId === 'stigmatizing-language'));
    assert.equal(kept.length, lint(NOTE).findings.length - 3);
  });

  it('no entries, or entries for other rules or hashes, leave every finding', () => {
    const all = lint(NOTE).findings;
    assert.deepEqual(shown(NOTE, []), all);
    assert.deepEqual(shown(NOTE, [{ note: 'notes/a.md', rule: 'identifiers' }, { note: 'notes/a.md', rule: 'stigmatizing-language', text: '000000000000' }]), all);
  });

  it('keys are 12 hex digits, the same for the same words on the same line', () => {
    const [a, b] = terms(NOTE);
    const ka = dismissalKey(a, NOTE).text!;
    assert.match(ka, /^[0-9a-f]{12}$/);
    assert.equal(dismissalKey(a, NOTE).text, ka);
    assert.notEqual(dismissalKey(b, NOTE).text, ka);
  });
});

describe('dismissals: note paths', () => {
  it('a note is keyed by its path relative to the folder that holds .clinote, with forward slashes', () => {
    assert.equal(notePathKey('/ws', '/ws/notes/a.md'), 'notes/a.md');
    assert.equal(notePathKey('/ws/', '/ws/a.md'), 'a.md');
    assert.equal(notePathKey('C:\\ws', 'C:\\ws\\notes\\a.md'), 'notes/a.md');
    assert.equal(notePathKey('/ws', '/other/a.md'), undefined, 'outside the folder');
    assert.equal(notePathKey('/ws', '/ws'), undefined);
  });

  it('entries apply to their note only; a path written by hand is read as the editor writes it', () => {
    const file = readDismissals(
      JSON.stringify({ version: 1, dismissed: [{ note: './notes//a.md', rule: 'goals' }, { note: 'notes\\b.md', rule: 'goals' }, { note: 'notes/c.md', rule: 'x' }] }),
      '/ws/.clinote/dismissed.json',
    );
    assert.deepEqual(dismissalsFor(file, 'notes/a.md'), [{ note: 'notes/a.md', rule: 'goals' }]);
    assert.deepEqual(dismissalsFor(file, 'notes/b.md'), [{ note: 'notes/b.md', rule: 'goals' }]);
    assert.deepEqual(dismissalsFor(file, 'notes/d.md'), []);
  });
});

describe('dismissals: reading the file', () => {
  it('skips malformed entries, each with a located warning, and applies the rest', () => {
    const text = `{
  "version": 1,
  "dismissed": [
    { "note": "a.md", "rule": "goals", "date": "2026-11-19", "by": "kept and ignored" },
    42,
    { "rule": "goals" },
    { "note": "../outside.md", "rule": "goals" },
    { "note": "/abs/a.md", "rule": "goals" },
    { "note": "a.md" },
    { "note": "a.md", "rule": "goals", "text": 7 }
  ]
}`;
    const r = readDismissals(text, '/ws/.clinote/dismissed.json');
    assert.equal(r.unusable, undefined);
    assert.deepEqual(r.entries, [{ note: 'a.md', rule: 'goals', date: '2026-11-19' }]);
    assert.deepEqual(r.problems.map((p) => [p.line, p.severity]), [5, 6, 7, 8, 9, 10].map((l) => [l, 'warning']));
    assert.match(r.problems[0].message, /entry 2 of "dismissed" is skipped: it is not an object/);
    assert.match(r.problems[1].message, /"note" \(the note's path\) is missing/);
    assert.match(r.problems[2].message, /"\.\.\/outside\.md" is not a path inside the folder that holds \.clinote/);
    assert.match(r.problems[4].message, /"rule" \(a rule id\) is missing/);
    assert.match(r.problems[5].message, /"text" must be the hash Clinote wrote/);
    assert.ok(r.problems.every((p) => p.file === '/ws/.clinote/dismissed.json'));
  });

  it('bad JSON, a wrong shape or another version: a located error, and nothing applies', () => {
    const cases: [string, RegExp, number][] = [
      ['{\n  "version": 1,\n  "dismissed": [\n    { "note": "a.md", "rule": "goals" }\n    { "note": "b.md", "rule": "goals" }\n  ]\n}', /line 5, column 5: syntax error: a comma is expected/, 5],
      ['{ "version": 1, "dismissed": [ { "note": "a.md", "rule": "goals" }', /syntax error/, 1],
      ['[]', /must hold \{ "version": 1, "dismissed"/, 1],
      ['{ "dismissed": [] }', /"version": 1 is missing/, 1],
      ['{ "version": 2, "dismissed": [] }', /version 2, written by a newer Clinote/, 1],
      ['{ "version": "1", "dismissed": [] }', /"version" must be 1, not "1"/, 1],
      ['{ "version": 1, "dismissed": { "note": "a.md" } }', /"dismissed" must be a list/, 1],
    ];
    for (const [text, message, line] of cases) {
      const r = readDismissals(text, 'f');
      assert.match(r.unusable ?? '', message, text);
      assert.deepEqual(r.entries, []);
      assert.equal(r.problems[0].severity, 'error');
      assert.equal(r.problems[0].line, line, text);
      assert.match(r.problems[0].message, /none of this file's dismissals apply until it is fixed/);
    }
  });

  it('an empty file, comments and a byte order mark are fine', () => {
    assert.deepEqual(readDismissals('', 'f'), { entries: [], problems: [] });
    assert.deepEqual(readDismissals('  \n', 'f'), { entries: [], problems: [] });
    const r = readDismissals('\uFEFF{\n  // ours\n  "version": 1,\n  "dismissed": [{ "note": "a.md", "rule": "goals" },]\n}', 'f');
    assert.deepEqual(r, { entries: [{ note: 'a.md', rule: 'goals' }], problems: [] });
  });
});

describe('dismissals: editing the file', () => {
  const a: Dismissal = { note: 'notes/a.md', rule: 'goals', date: '2026-11-19' };
  const b: Dismissal = { note: 'notes/a.md', rule: 'stigmatizing-language', text: '0123456789ab', date: '2026-11-20' };

  const ok = (e: ReturnType<typeof addDismissal>) => {
    assert.ok(e.ok, e.ok ? '' : e.reason);
    return e.text;
  };

  it('creates the file with one entry per line, and appends the next one', () => {
    const one = ok(addDismissal(undefined, a));
    assert.equal(one, '{\n  "version": 1,\n  "dismissed": [\n    { "note": "notes/a.md", "rule": "goals", "date": "2026-11-19" }\n  ]\n}\n');
    const two = ok(addDismissal(one, b));
    assert.equal(
      two,
      '{\n  "version": 1,\n  "dismissed": [\n    { "note": "notes/a.md", "rule": "goals", "date": "2026-11-19" },\n' +
        '    { "note": "notes/a.md", "rule": "stigmatizing-language", "text": "0123456789ab", "date": "2026-11-20" }\n  ]\n}\n',
    );
    assert.deepEqual(readDismissals(two, 'f').entries, [a, b]);
    const again = addDismissal(two, { ...a, date: '2027-01-01' });
    assert.ok(again.ok && !again.changed && again.text === two, 'the same key is not added twice');
  });

  it('keeps what it does not own: comments, other keys, malformed entries, CRLF and a byte order mark', () => {
    const text = '\uFEFF{\r\n  // agency: reviewed monthly\r\n  "version": 1,\r\n  "reviewer": "R. Okafor",\r\n  "dismissed": [\r\n    42,\r\n    { "note": "x.md", "rule": "goals" }\r\n  ]\r\n}\r\n';
    const added = ok(addDismissal(text, a));
    assert.equal(added, text.replace('{ "note": "x.md", "rule": "goals" }', '{ "note": "x.md", "rule": "goals" },\r\n    { "note": "notes/a.md", "rule": "goals", "date": "2026-11-19" }'));
    const removed = removeDismissal(added, a);
    assert.ok(removed.ok && removed.removed === 1);
    assert.equal(removed.text, text, 'undo gives back the very same file');
  });

  it('adds a list to a file that has none, and into an empty list', () => {
    assert.deepEqual(readDismissals(ok(addDismissal('{ "version": 1 }', a)), 'f').entries, [a]);
    assert.equal(ok(addDismissal('{\n  "version": 1,\n  "dismissed": []\n}\n', a)), ok(addDismissal(undefined, a)));
  });

  it('undo removes every entry with the key (note, rule, text) and nothing else', () => {
    const text = ok(addDismissal(ok(addDismissal(undefined, a)), b));
    const dup = text.replace('  ]', '    ,{ "note": "notes/a.md", "rule": "goals" }\n  ]');
    const r = removeDismissal(dup, { note: 'notes/a.md', rule: 'goals' });
    assert.ok(r.ok && r.removed === 2);
    assert.deepEqual(readDismissals(r.text, 'f').entries, [b]);
    const last = removeDismissal(r.text, b);
    assert.ok(last.ok);
    assert.deepEqual(readDismissals(last.text, 'f'), { entries: [], problems: [] });
    const none = removeDismissal(text, { note: 'notes/other.md', rule: 'goals' });
    assert.ok(none.ok && !none.changed && none.removed === 0);
    // Entries sharing a line are removed with one comma.
    for (const [note, left] of [['a.md', ['b.md', 'c.md']], ['b.md', ['a.md', 'c.md']], ['c.md', ['a.md', 'b.md']]] as const) {
      const one = '{"version":1,"dismissed":[{"note":"a.md","rule":"x"}, {"note":"b.md","rule":"x"} ,{"note":"c.md","rule":"x"}]}';
      const r2 = removeDismissal(one, { note, rule: 'x' });
      assert.ok(r2.ok);
      assert.deepEqual(readDismissals(r2.text, 'f').entries.map((e) => e.note), left);
    }
  });

  it('never writes a file it cannot read', () => {
    for (const text of ['{ "version": 1, "dismissed": [ { "note": "a.md", "rule": "goals" } ', '{ "version": 3 }', 'not json']) {
      const add = addDismissal(text, a);
      assert.ok(!add.ok, text);
      assert.match(add.reason, /line \d+, column \d+/);
      assert.ok(!removeDismissal(text, a).ok, text);
    }
  });
});
