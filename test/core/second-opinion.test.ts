// The learned second opinion (config `secondOpinion`, on by default): its TypeScript reading agrees with the Python
// fit it was exported from; it only takes back a "missing" the rules raised (never adds one, never touches an
// unfilled section), the report says where it did and what weighed most, and `false` reads the rules alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFixes, lint } from '../../src/core/index.js';
import { emptyConfig, loadConfigForFile, type ConfigHost, type ResolvedConfig } from '../../src/core/config/index.js';
import { noteTerms, readNote, secondOpinion, type NoteReading } from '../../src/core/read/second-opinion.js';
import { SECOND_OPINION } from '../../src/core/language/second-opinion.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, FIXTURES), 'utf8');
const RULES_ONLY: ResolvedConfig = { ...emptyConfig(), secondOpinion: false };

describe('second opinion: the reading', () => {
  it('reads each note as the Python fit does (1,008 readings of sets 139 and 140, from `learned-gate.py parity`)', () => {
    const rows: { note: string; dimension: string; probability: number }[] = JSON.parse(read('second-opinion/parity.json'));
    assert.equal(rows.length, 1008);
    const readings = new Map<string, NoteReading>();
    for (const r of rows) {
      if (!readings.has(r.note)) readings.set(r.note, readNote(noteTerms(read(r.note))));
      const p = secondOpinion(r.dimension, readings.get(r.note)!, false)!.probability;
      assert.ok(Math.abs(p - r.probability) < 1e-5, `${r.note} ${r.dimension}: ${p} vs ${r.probability}`);
    }
  });

  it('reads words of two or more letters in lower case, and pairs of neighbours across punctuation', () => {
    const t = noteTerms('Pt DENIES SI. Māori whānau; abc123 x 2nd');
    for (const w of ['pt', 'denies', 'si', 'pt denies', 'denies si', 'si māori', 'māori whānau']) assert.ok(t.has(w), w);
    // Letters joined to digits, and one letter alone, are not words the model knows.
    for (const w of ['abc', 'x', 'nd', 'whānau x']) assert.ok(!t.has(w), w);
  });

  it('keeps the rules where it was not fitted (an agency\'s own dimension)', () => {
    assert.equal(secondOpinion('agency-safety-plan', readNote(['denies']), true), undefined);
    assert.ok(Object.keys(SECOND_OPINION.dimensions).length >= 15);
  });
});

describe('second opinion: in a lint', () => {
  const flightAttendant = read('accuracy-holdout139/y2-progress-ed-iop-telehealth-flight-attendant.md');
  const peerSupport = read('accuracy-holdout139/y2-group-firefighter-peer-support-floor-collapse.md');

  it('takes back a "missing" the rules raised where notes worded like this one were usually not flagged, and the report says so', () => {
    const rules = lint(peerSupport, { config: RULES_ONLY });
    assert.ok(rules.findings.some((f) => f.ruleId === 'progress-monitoring'));
    assert.ok(rules.dimensions.every((d) => !d.secondOpinion));
    const on = lint(peerSupport);
    assert.ok(!on.findings.some((f) => f.ruleId === 'progress-monitoring'));
    const report = on.dimensions.find((d) => d.id === 'progress-monitoring')!;
    assert.equal(report.status, 'addressed');
    assert.equal(report.secondOpinion?.missing, false);
    assert.ok(report.secondOpinion!.words.length > 0);
  });

  it('never raises a finding of its own: what the rules read as told stays told', () => {
    // The model alone would put this note's progress among the flagged ones; the rules found it told.
    const reading = readNote(noteTerms(flightAttendant));
    assert.equal(secondOpinion('progress-monitoring', reading, false)?.missing, true);
    assert.equal(lint(flightAttendant, { config: RULES_ONLY }).findings.find((f) => f.ruleId === 'progress-monitoring'), undefined);
    const on = lint(flightAttendant);
    assert.equal(on.findings.find((f) => f.ruleId === 'progress-monitoring'), undefined);
    assert.ok(!on.findings.some((f) => /second opinion/.test(f.message)));
  });

  it('judges how much is enough, never whether anything is there: a note with nothing of a dimension keeps the finding', () => {
    const intake = '# Intake assessment\n\n## Identifying information\n\nClient is a 41-year-old married mother of two who works as a bank teller.\n\n## Mental status\n\nAlert, casually dressed, speech normal. Mood "tired", affect constricted. Thought process linear.\n\n## Risk assessment\n\nDenies SI/HI, no history of attempts. Risk low.\n';
    // The model alone would take the finding back: the rules' presenting-problem findings were often wrong in its data.
    assert.equal(secondOpinion('presenting-problem', readNote(noteTerms(intake)), true)?.missing, false);
    const f = lint(intake, { type: 'intake' }).findings.find((x) => x.ruleId === 'presenting-problem');
    assert.equal(f?.status, 'missing');
  });

  it('never touches a section left unfilled: the template still asks to be answered', () => {
    const text = peerSupport.replace(/\n*$/, '\n\n## Progress toward goals\n\n- **Goal and status:** <!-- ? Which goal, and where does it stand? -->\n');
    const f = lint(text).findings.find((x) => x.ruleId === 'progress-monitoring');
    assert.equal(f?.status, 'unfilled');
  });

  it('judges what the clinician wrote: the templates a fix-all inserts change none of its readings', () => {
    const before = lint(peerSupport);
    const fixed = applyFixes(peerSupport, before.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    assert.notEqual(fixed, peerSupport);
    const after = lint(fixed);
    const taken = (r: typeof before) => r.dimensions.filter((d) => d.secondOpinion).map((d) => d.id).sort();
    assert.ok(taken(before).length > 0);
    assert.deepEqual(taken(after), taken(before));
  });
});

describe('second opinion: config', () => {
  const host = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p], leavesFolder: () => false });
  it('is on unless a file says `"secondOpinion": false`; a nearer file can turn it back on', () => {
    assert.equal(loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{}' })).config.secondOpinion, undefined);
    assert.equal(loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{ "secondOpinion": false }' })).config.secondOpinion, false);
    assert.equal(loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{ "secondOpinion": true }' })).config.secondOpinion, true);
    const nested = host({ '/ws/.clinote.json': '{ "secondOpinion": true }', '/ws/t/.clinote.json': '{ "extends": "../.clinote.json", "secondOpinion": false }' });
    assert.equal(loadConfigForFile('/ws/t/n.md', nested).config.secondOpinion, false);
  });
  it('a value that is not true or false is a problem where it is written, and leaves the default (on)', () => {
    const r = loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{\n  "secondOpinion": "yes"\n}' }));
    assert.equal(r.config.secondOpinion, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 2);
    assert.match(r.problems[0].message, /secondOpinion/);
  });
});
