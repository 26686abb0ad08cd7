// The rule registry: one record per rule, the facts the adapters read, and what a config's dimensions get from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CUSTOM_DIMENSION_DOCS,
  DOCS_BASE,
  catalog,
  lint,
  profiles,
  ruleDocsUrl,
  ruleIds,
  ruleInfo,
  ruleRegistry,
} from '../../src/core/index.js';
import { loadConfigForFile } from '../../src/core/config/index.js';
import type { ConfigHost } from '../../src/core/config/types.js';

const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });
const configWith = (dimension: Record<string, unknown>, problems: string[] = []) => {
  const r = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': JSON.stringify({ dimensions: [dimension] }) }));
  assert.deepEqual(r.problems.map((p) => p.message.replace(/\d+/g, 'N')), problems);
  return r.config;
};
const consent = {
  id: 'consent-to-treat',
  title: 'Consent to treatment',
  headings: ['consent'],
  subItems: [{ id: 'consent', label: 'consent obtained', cues: ['consented'] }],
  requiredIn: { '*': 'warning' },
};
const note = '---\ntype: soap\n---\n# Session\n\n## Subjective\n\nClient reported a calm week.\n';

describe('rule registry', () => {
  it('lint with `only` runs those rules alone: their findings as a whole lint gives them, no other rule or dimension', () => {
    const text = '---\ntype: soap\n---\n# Session\n\n## Subjective\n\nClient was noncompliant. <!-- ? How did the week go? -->\n';
    const all = lint(text);
    const only = lint(text, { only: ['stigmatizing-language', 'unfilled-prompt'] });
    const pick = all.findings.filter((f) => f.ruleId === 'stigmatizing-language' || f.ruleId === 'unfilled-prompt');
    assert.ok(pick.length >= 2 && all.findings.length > pick.length, 'the note has findings of other rules');
    assert.deepEqual(only.findings, pick);
    assert.deepEqual(only.dimensions, []);
    assert.deepEqual(only.rules, ['unfilled-prompt', 'stigmatizing-language']);
  });

  it('lists every built-in rule once: the catalog, then the rules with files', () => {
    const ids = ruleRegistry().map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.slice(0, catalog.length), catalog.map((d) => d.id));
    assert.deepEqual(ids.slice(catalog.length), ['front-matter', 'measurable-goals', 'unfilled-prompt', 'stigmatizing-language', 'identifiers', 'review-status', 'copied-text']);
    assert.deepEqual(ruleIds(), ids);
  });

  it('gives each rule a title, a description, a docs page, a kind and whether it can fix', () => {
    for (const r of ruleRegistry()) {
      assert.ok(r.title && r.description, r.id);
      assert.equal(r.docs, `${DOCS_BASE}${r.id}.md`);
      assert.equal(typeof r.fixable, 'boolean');
      assert.equal(r.kind === 'dimension', catalog.some((d) => d.id === r.id), r.id);
    }
    assert.equal(ruleInfo('stigmatizing-language')?.kind, 'language');
    assert.equal(ruleInfo('front-matter')?.fixable, false);
    assert.equal(ruleInfo('goals')?.fixable, true);
  });

  it("derives default levels per note type from the profiles' levels", () => {
    for (const r of ruleRegistry()) {
      for (const p of profiles) {
        if (p.levels[r.id]) assert.equal(r.defaultLevels[p.id], p.levels[r.id], `${r.id} in ${p.id}`);
        else if (r.kind === 'dimension' || p.exempt) assert.equal(r.defaultLevels[p.id], 'off', `${r.id} in ${p.id}`);
      }
    }
    assert.equal(ruleInfo('risk-assessment')?.defaultLevels.intake, 'error');
    assert.equal(ruleInfo('stigmatizing-language')?.defaultLevels.psychotherapy, 'off');
  });

  it("adds a config's dimensions, with the level its requiredIn gives in each note type", () => {
    const config = configWith({ ...consent, requiredIn: { intake: 'error', progress: 'info' } });
    const info = ruleInfo('consent-to-treat', config);
    assert.ok(info);
    assert.equal(info.kind, 'custom-dimension');
    assert.equal(info.title, 'Consent to treatment');
    assert.equal(info.defaultLevels.intake, 'error');
    assert.equal(info.defaultLevels.soap, 'info');
    assert.equal(info.defaultLevels.termination, 'off');
    assert.equal(ruleInfo('consent-to-treat'), undefined, 'not a built-in rule');
    assert.ok(!ruleIds().includes('consent-to-treat'));
  });

  it("a config dimension with a built-in id takes the built-in one's place", () => {
    const config = configWith({ id: 'goals', title: 'Agency goals', headings: ['aims'] });
    const list = ruleRegistry(config);
    assert.equal(list.filter((r) => r.id === 'goals').length, 1);
    assert.equal(list.findIndex((r) => r.id === 'goals'), catalog.findIndex((d) => d.id === 'goals'));
    assert.equal(ruleInfo('goals', config)?.title, 'Agency goals');
  });
});

describe('config dimensions: message and docs link', () => {
  it('the finding message ends with a full stop (why and hint as written, without one)', () => {
    for (const extra of [{}, { why: 'Policy 4.2 asks for it', hint: 'Add a section on consent' }]) {
      const f = lint(note, { config: configWith({ ...consent, ...extra }) }).findings.find((x) => x.ruleId === 'consent-to-treat');
      assert.ok(f, 'reported');
      assert.match(f.message, /\.$/, f.message);
      assert.doesNotMatch(f.message, /[a-z0-9)] [A-Z]/, `every sentence ends before the next starts: ${f.message}`);
    }
  });

  it("the message says what to do (the config's hint where it fits); the why and the source are fields beside it", () => {
    const f = lint(note, { config: configWith({ ...consent, why: 'Policy 4.2 asks for it', source: 'Agency policy 4.2', hint: 'Add a section on consent' }) }).findings.find(
      (x) => x.ruleId === 'consent-to-treat',
    )!;
    assert.equal(f.message, 'Consent to treatment not documented. Add a section on consent.');
    assert.equal(f.why, 'Policy 4.2 asks for it');
    assert.equal(f.source, 'Agency policy 4.2');
    // A hint too long for one row gives way to the section to add.
    const tooLong = 'hint makes the message N characters, more than the N a Problems row shows, so it is left out of the message (shown in the hover only); keep it to N characters';
    const long = lint(note, { config: configWith({ ...consent, hint: `Add a section on consent ${'that the agency describes at length '.repeat(3)}` }, [tooLong]) }).findings.find(
      (x) => x.ruleId === 'consent-to-treat',
    )!;
    assert.equal(long.message, 'Consent to treatment not documented. Add a "Consent to treatment" section, or cover its one topic.');
  });

  it('links to its own docs page when the config names one', () => {
    const config = configWith({ ...consent, docs: 'https://intranet.example.org/policy/consent' });
    assert.equal(ruleInfo('consent-to-treat', config)?.docs, 'https://intranet.example.org/policy/consent');
    assert.equal(ruleDocsUrl('consent-to-treat', config), 'https://intranet.example.org/policy/consent');
  });

  it('otherwise links to the configuration docs section on custom dimensions, which exists', () => {
    const config = configWith(consent);
    assert.equal(ruleInfo('consent-to-treat', config)?.docs, CUSTOM_DIMENSION_DOCS);
    assert.equal(ruleDocsUrl('consent-to-treat'), CUSTOM_DIMENSION_DOCS, 'an id no registry knows');
    const [page, anchor] = CUSTOM_DIMENSION_DOCS.replace(/^.*\/blob\/main\//, '').split('#');
    const text = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
    const anchors = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-'));
    assert.ok(anchors.includes(anchor), `${page} has a heading for #${anchor} (has: ${anchors.join(', ')})`);
  });

  it('refuses a docs link that is not an http(s) URL', () => {
    const r = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': JSON.stringify({ dimensions: [{ ...consent, docs: 'command:evil' }] }) }));
    assert.ok(r.problems.some((p) => /docs/.test(p.message)), JSON.stringify(r.problems));
  });
});
