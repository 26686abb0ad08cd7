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

  it('gives the reason and the source in the message', () => {
    const [f] = terms('Client is noncompliant.\n');
    assert.match(f.message, /state the fact and the reason/);
    assert.match(f.message, /Sun et al\. 2022/);
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

  it('can be switched off', () => {
    const off: ResolvedConfig = { ...config({}), rules: { 'stigmatizing-language': { severity: 'off' } } };
    assert.equal(terms('An addict.\n', off).length, 0);
  });
});
