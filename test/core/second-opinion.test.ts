// The learned second opinion (config `secondOpinion`, off by default): its TypeScript reading agrees with the Python
// fit it was exported from, it changes nothing unless asked for, and where it overrules the rules the clinician sees
// that it did, how sure it is, and what weighed most.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/core/index.js';
import { emptyConfig, loadConfigForFile, type ConfigHost, type ResolvedConfig } from '../../src/core/config/index.js';
import { noteTerms, readNote, secondOpinion, type NoteReading } from '../../src/core/read/second-opinion.js';
import { SECOND_OPINION } from '../../src/core/language/second-opinion.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, FIXTURES), 'utf8');
const ON: ResolvedConfig = { ...emptyConfig(), secondOpinion: true };

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

  it('is off unless the config asks for it: the findings are the rules\' own', () => {
    for (const text of [flightAttendant, peerSupport]) {
      const off = lint(text);
      assert.ok(off.dimensions.every((d) => !d.secondOpinion));
      assert.ok(!off.findings.some((f) => /second opinion/.test(f.message)));
    }
  });

  it('adds what it reads as thin, saying that it is the second opinion, how sure it is and (in the hover) what weighed most', () => {
    const rule = lint(flightAttendant).findings.find((f) => f.ruleId === 'progress-monitoring');
    assert.equal(rule, undefined);
    const f = lint(flightAttendant, { config: ON }).findings.find((x) => x.ruleId === 'progress-monitoring')!;
    assert.match(f.message, /^Progress toward goals may be thin here: the second opinion puts the chance that a supervisor flags it at \d\d%/);
    assert.equal(f.severity, 'warning');
    assert.match(f.why!, /learned second opinion .*Words that weighed most: "[^"]+"/);
    const report = lint(flightAttendant, { config: ON }).dimensions.find((d) => d.id === 'progress-monitoring')!;
    assert.equal(report.status, 'missing');
    assert.equal(report.secondOpinion?.missing, true);
  });

  it('clears what it reads as told, and the report says it did', () => {
    assert.ok(lint(peerSupport).findings.some((f) => f.ruleId === 'progress-monitoring'));
    const on = lint(peerSupport, { config: ON });
    assert.ok(!on.findings.some((f) => f.ruleId === 'progress-monitoring'));
    const report = on.dimensions.find((d) => d.id === 'progress-monitoring')!;
    assert.equal(report.status, 'addressed');
    assert.equal(report.secondOpinion?.missing, false);
  });
});

describe('second opinion: config', () => {
  const host = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p], leavesFolder: () => false });
  it('"secondOpinion": true turns it on; a nearer file can turn it off', () => {
    assert.equal(loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{ "secondOpinion": true }' })).config.secondOpinion, true);
    const nested = host({ '/ws/.clinote.json': '{ "secondOpinion": true }', '/ws/t/.clinote.json': '{ "extends": "../.clinote.json", "secondOpinion": false }' });
    assert.equal(loadConfigForFile('/ws/t/n.md', nested).config.secondOpinion, false);
  });
  it('a value that is not true or false is a problem where it is written, and leaves it off', () => {
    const r = loadConfigForFile('/ws/n.md', host({ '/ws/.clinote.json': '{\n  "secondOpinion": "yes"\n}' }));
    assert.equal(r.config.secondOpinion, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 2);
    assert.match(r.problems[0].message, /secondOpinion/);
  });
});
