import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index.js';
import type { ResolvedConfig } from '../../src/core/config/types.js';

const config = (options: Record<string, unknown>): ResolvedConfig => ({
  rules: { 'stigmatizing-language': { options } },
  types: {},
  dimensions: [],
  ignore: [],
  files: [],
});
const terms = (text: string, cfg?: ResolvedConfig) =>
  lint(text, { config: cfg }).findings.filter((f) => f.ruleId === 'stigmatizing-language');

describe('stigmatizing-language', () => {
  it('replaces the term, keeping case and article', () => {
    const text = 'An addict came in. She refused the referral. Alleges abuse.\n';
    const fixed = applyFixes(text, terms(text).flatMap((f) => (f.fix ? [f.fix] : [])));
    assert.equal(fixed, 'A person with a substance use disorder came in. She declined the referral. Reports abuse.\n');
    assert.equal(terms(fixed).length, 0, 'fixing twice changes nothing');
  });

  it('an article at the end of a line is its own edit: the line break stays, LF and CRLF alike', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `He is not an${eol}alcoholic, just stressed.${eol}`;
      const [f] = terms(text);
      assert.equal(text.slice(f.range.start, f.range.end), 'alcoholic');
      assert.equal(applyFixes(text, [f.fix!]), `He is not a${eol}person with alcohol use disorder, just stressed.${eol}`);
    }
  });
  it('says the term and the wording to prefer in the message, the reason and the source beside it', () => {
    const [f] = terms('Client is noncompliant.\n');
    assert.equal(f.message, '"noncompliant" can read as a judgment of the client. Prefer: did not follow the plan (state what and the barrier).');
    assert.equal(f.why, 'State the fact and the reason.');
    assert.equal(f.source, 'Sun et al. 2022 Health Affairs');
    assert.equal(f.fix, undefined, 'advice that needs the clinician’s words is not auto-applied');
  });

  it('honours the allow list, extra terms, person-first preference and turning defaults off', () => {
    const text = 'Client refused. Client is bipolar. Client was stubborn.\n';
    assert.deepEqual(terms(text, config({ allow: ['refused'] })).map((f) => f.message.split('"')[1]), ['is bipolar']);
    assert.deepEqual(terms(text, config({ personFirst: false })).map((f) => f.message.split('"')[1]), ['refused']);
    const extra = config({ defaults: false, terms: [{ term: 'stubborn', suggestion: 'firm', source: 'Agency guide' }] });
    const found = terms(text, extra);
    assert.deepEqual(found.map((f) => f.message.split('"')[1]), ['stubborn']);
    assert.equal(applyFixes(text, found.map((f) => f.fix!)), 'Client refused. Client is bipolar. Client was firm.\n');
  });

  describe('a term found through the words between its article and it', () => {
    /** What the clinician sees: the flagged text of each finding, and the sentence after fix-all. */
    const see = (sentence: string) => {
      const found = terms(`${sentence}\n`);
      const fixed = applyFixes(`${sentence}\n`, found.flatMap((f) => (f.fix ? [f.fix] : []))).trimEnd();
      return { flagged: found.map((f) => sentence.slice(f.range.start, f.range.end)), fixed };
    };
    for (const [sentence, flagged, fixed] of [
      ['She is a 52-year-old addict.', 'addict', 'She is a 52-year-old person with a substance use disorder.'],
      ['He is an active alcoholic.', 'alcoholic', 'He is an active person with alcohol use disorder.'],
      ['An 18-year-old diabetic came in.', 'diabetic', 'An 18-year-old person with diabetes came in.'],
      ['He is the schizophrenic on the unit.', 'the schizophrenic', 'He is the person with schizophrenia on the unit.'],
      ['He is a known schizophrenic.', 'a known schizophrenic', 'He is a known person with schizophrenia.'],
      // Words about the condition would describe the person in the fix ("a paranoid person"): found, not fixed.
      ['He is the chronic schizophrenic.', 'the chronic schizophrenic', 'He is the chronic schizophrenic.'],
      ['He was a paranoid schizophrenic.', 'a paranoid schizophrenic', 'He was a paranoid schizophrenic.'],
      ['She is a type 1 diabetic.', 'diabetic', 'She is a type 1 diabetic.'],
      ['Services for the chronically mentally ill.', 'the chronically mentally ill', 'Services for the chronically mentally ill.'],
    ]) {
      it(`${sentence} -> "${flagged}"`, () => {
        const r = see(sentence);
        assert.deepEqual(r.flagged, [flagged]);
        assert.equal(r.fixed, fixed);
        assert.equal(terms(`${r.fixed}\n`).filter((f) => f.fix).length, 0, 'fixing twice changes nothing');
      });
    }

    it('stays within one phrase and a few describing words', () => {
      for (const sentence of [
        'She is 52. Diabetic since 2010, on insulin.',
        'The family alcoholic beverages were locked away.',
        'An active, alcoholic parent.',
        'He is a good father and schizophrenic symptoms are stable.',
        'A very very very very chronic schizophrenic.',
        'She drank at a 40-year-old friend’s alcoholic party.',
      ]) {
        assert.deepEqual(see(sentence).flagged, [], sentence);
      }
    });
  });

  it('can be switched off', () => {
    const off: ResolvedConfig = { ...config({}), rules: { 'stigmatizing-language': { severity: 'off' } } };
    assert.equal(terms('An addict.\n', off).length, 0);
  });
});
