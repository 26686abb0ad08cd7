// A config's `language`: an agency adds to the built-in word lists (named interventions, shorthand, placeholders) as
// data, and what it adds changes what the lint reports; a bad entry is a config message at its place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, loadConfigFile, type ConfigHost, type ConfigProblem, type ResolvedConfig } from '../../src/core/index.js';
import { languageFor } from '../../src/core/read/language.js';
import { registeredRules } from '../../src/core/rules/index.js';

const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });
const load = (language: unknown, more: Record<string, string> = {}) =>
  loadConfigFile('/agency/.clinote.json', memHost({ '/agency/.clinote.json': JSON.stringify({ language }, null, 2), ...more }));
const configOf = (language: unknown): ResolvedConfig => {
  const r = load(language);
  assert.deepEqual(r.problems, []);
  return r.config;
};
const where = (ps: ConfigProblem[]) => ps.map((p) => `${p.line}:${p.column} ${p.message}`);
const findings = (text: string, config?: ResolvedConfig, rule?: string) =>
  lint(text, { config }).findings.filter((f) => !rule || f.ruleId === rule);
const dimension = (text: string, id: string, config?: ResolvedConfig) => lint(text, { config }).dimensions.find((d) => d.id === id)!;

/** A DAP note whose only named intervention is the agency's program (its Data say what the client did). */
const dap = (did: string) => `---
type: dap
---
# DAP note

## Data

Session on 2024-03-04, 50 minutes, in person. ${did} Client responded by naming two triggers and said the skill helped.

## Assessment

Mood low but steadier; no safety concerns raised today.

## Plan

Next session 2024-03-11.
`;

describe('config language: named interventions', () => {
  const note = dap('Worked on the STEPPS emotion awareness module.');

  it("the agency's program counts as a named intervention once the config adds it", () => {
    assert.ok(!dimension(note, 'interventions-response').covered.includes('interventions'));
    const config = configOf({ interventions: ['STEPPS'] });
    assert.ok(dimension(note, 'interventions-response', config).covered.includes('interventions'));
    assert.ok(findings(note, undefined, 'interventions-response').length > 0, 'without the config, the note misses interventions');
    assert.deepEqual(findings(note, config, 'interventions-response'), []);
  });

  it('an entry with names and abbreviations: names in both spellings, an everyday abbreviation only before a technique word', () => {
    const config = configOf({ interventions: [{ names: ['Systems Training for Emotional Predictability and Problem Solving'], abbr: ['SPARCS'], abbrWithNoun: ['ART'] }] });
    const covers = (did: string) => dimension(dap(did), 'interventions-response', config).covered.includes('interventions');
    assert.ok(covers('Continued Systems Training for Emotional Predictability and Problem Solving.'));
    assert.ok(covers('Continued sparcs group.'));
    assert.ok(covers('Continued the ART module.'));
    assert.ok(!covers('Talked about her art class.'));
  });

  it('the built-in list still counts', () => {
    const config = configOf({ interventions: ['STEPPS'] });
    assert.ok(dimension(dap('Used CBT today.'), 'interventions-response', config).covered.includes('interventions'));
  });
});

describe('config language: shorthand', () => {
  it('an agency abbreviation is read as its words (and so finds a built-in intervention)', () => {
    const note = dap('Ran the SS group today.');
    assert.ok(!dimension(note, 'interventions-response').covered.includes('interventions'));
    const config = configOf({ shorthand: { SS: 'Seeking Safety' } });
    assert.ok(dimension(note, 'interventions-response', config).covered.includes('interventions'));
    assert.deepEqual(findings(note, config, 'interventions-response'), []);
  });

  it('a form with a capital matches only as written and leaves the built-in lower-case one', () => {
    const config = configOf({ shorthand: { PT: 'physical therapy', 'ptc': 'parent-teacher conference', 'n/c': 'no change' } });
    const words = (s: string) => languageFor(config).reading.tokenize(s).map((t) => t.word).join(' ');
    assert.equal(words('PT twice a week; pt tired'), 'physical therapy twice a week client tired');
    assert.equal(words('PTC on Friday, mood n/c'), 'parent teacher conference on friday mood no change');
    // The built-in reading is untouched.
    assert.equal(languageFor().reading.tokenize('PT').map((t) => t.word).join(' '), 'client');
  });

  it('an agency heading in shorthand matches a dimension', () => {
    const note = '# Progress note\n\n## RA\n\nDenies suicidal ideation, intent or plan; no access to means; safety plan reviewed.\n';
    const config = configOf({ shorthand: { RA: 'risk assessment' } });
    assert.equal(dimension(note, 'risk-assessment', config).via, 'heading');
  });
});

describe('config language: placeholders', () => {
  const note = dap('Practiced grounding with the 5-4-3-2-1 exercise.').replace('Next session 2024-03-11.', 'To follow.');

  it('a section holding only an agency placeholder is unfilled', () => {
    assert.equal(dimension(note, 'plan').status, 'addressed');
    const config = configOf({ placeholders: ['to follow'] });
    assert.equal(dimension(note, 'plan', config).status, 'unfilled');
    assert.equal(findings(note, config, 'plan').length, 1);
  });

  it('a label left with an agency placeholder is no evidence, the same words as a sentence are', () => {
    const config = configOf({ placeholders: ['see addendum'] });
    const risk = (line: string) => dimension(`# Progress note\n\n${line}\n`, 'risk-assessment', config).covered;
    assert.deepEqual(risk('Suicidal ideation: see addendum'), []);
    assert.ok(risk('Suicidal ideation: see addendum for the full screen, denies current intent').length > 0);
  });

  it('a front matter field holding an agency placeholder is empty', () => {
    const text = '---\ntype: soap\ndate: pending review\n---\n# SOAP note\n\nClient seen for follow-up.\n';
    const date = (config?: ResolvedConfig) => dimension(text, 'session-details', config).covered.includes('date');
    assert.ok(date());
    assert.ok(!date(configOf({ placeholders: ['Pending review'] })));
  });
});

describe('config language: checking and merging', () => {
  it('a bad entry is reported at its place, with a suggestion, and the rest applies', () => {
    const r = load({
      interventions: ['STEPPS', '++', { names: ['DBT-A'], abbreviation: ['x'] }, { abbr: ['X'] }, 7],
      shorthand: { 'a b': 'x', 'n/v/d': 'nausea', ok: '...', SS: 'Seeking Safety' },
      placeholders: ['to follow', '***', ''],
      interventon: [],
    });
    assert.deepEqual(where(r.problems), [
      '5:7 intervention "++" has no word to match (letters or digits)',
      '10:9 "abbreviation" is not a setting of language.interventions[2]; use names, abbr or abbrWithNoun',
      '14:7 language.interventions[3] needs "names"',
      '19:7 language.interventions[4] must be a name, or an object with names (and abbr, abbrWithNoun), not a number',
      '22:7 shorthand "a b" is not a form shorthand can take: one word (ptc), two words joined by / or & without blanks (s/p, A&O), or a word and a slash (w/)',
      '23:7 shorthand "n/v/d" is not a form shorthand can take: one word (ptc), two words joined by / or & without blanks (s/p, A&O), or a word and a slash (w/)',
      '24:13 shorthand "ok" stands for "...", which has no word (letters or digits)',
      '29:7 placeholder "***" holds nothing but blanks, "*", "_", "." or "!"',
      '30:7 language.placeholders[2] must not be empty',
      '32:5 "interventon" is not a setting of language; did you mean "interventions"?',
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(r.config.language)), {
      interventions: ['STEPPS'],
      shorthand: { SS: 'Seeking Safety' },
      placeholders: ['to follow'],
    });
  });

  it('language of the wrong type is one message and is ignored', () => {
    const r = load(['STEPPS']);
    assert.deepEqual(where(r.problems), ['2:15 language must be an object (key: value pairs), not a list']);
    assert.equal(r.config.language, undefined);
  });

  it('extends: lists add up, a nearer shorthand form wins', () => {
    const r = loadConfigFile(
      '/agency/team/.clinote.json',
      memHost({
        '/agency/base.json': JSON.stringify({ language: { interventions: ['STEPPS'], shorthand: { SS: 'social services' }, placeholders: ['to follow'] } }),
        '/agency/team/.clinote.json': JSON.stringify({ extends: '../base.json', language: { interventions: ['STEPPS', 'Sanctuary model'], shorthand: { SS: 'Seeking Safety' } } }),
      }),
      { allowOutside: true },
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(JSON.parse(JSON.stringify(r.config.language)), {
      interventions: ['STEPPS', 'Sanctuary model'],
      shorthand: { SS: 'Seeking Safety' },
      placeholders: ['to follow'],
    });
  });

  it('compiled once per config: the same language and rule list for the config and for a copy of it', () => {
    const config = configOf({ interventions: ['STEPPS'], shorthand: { SS: 'Seeking Safety' } });
    const copy = structuredClone(config); // what the lint worker receives with each request
    assert.equal(languageFor(copy), languageFor(config));
    assert.equal(registeredRules(copy), registeredRules(config));
    assert.equal(languageFor(emptyLanguage()), languageFor());
    assert.equal(registeredRules(emptyLanguage()), registeredRules());
  });
});

describe('config language: the example in docs/configuration.md', () => {
  const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  const example = /## Word lists[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(docs)![1];
  const r = loadConfigFile('/agency/.clinote.jsonc', memHost({ '/agency/.clinote.jsonc': example }));

  it('loads without a problem', () => assert.deepEqual(r.problems, []));
  for (const did of ['Continued the STEPPS module.', 'Practised ARC skills.', 'Continued Safe and Together work with the family.', 'SS group.']) {
    it(`"${did}" names an intervention with it, not without`, () => {
      assert.ok(!dimension(dap(did), 'interventions-response').covered.includes('interventions'));
      assert.ok(dimension(dap(did), 'interventions-response', r.config).covered.includes('interventions'));
    });
  }
  it('"Plan: to follow" is a label left blank, "Plan: to follow up with her GP" is content', () => {
    const plan = (line: string) => dimension(`# Progress note\n\n**Plan:** ${line}\n`, 'plan', r.config).status;
    assert.equal(plan('to follow'), 'unfilled');
    assert.equal(plan('to follow up with her GP'), 'addressed');
  });
});

describe('config: stigmatizing terms (the rule options)', () => {
  const rules = (setting: unknown) =>
    loadConfigFile('/agency/.clinote.json', memHost({ '/agency/.clinote.json': JSON.stringify({ rules: { 'stigmatizing-language': setting } }, null, 2) }));
  const flagged = (config: ResolvedConfig) => findings('# Progress note\n\nClient was stubborn and refused.\n', config, 'stigmatizing-language').map((f) => f.message.split('"')[1]);

  it('a term the config adds is flagged, with its suggestion and the agency as source', () => {
    const r = rules({ options: { terms: [{ term: 'stubborn', suggestion: 'firm about (describe)' }] } });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(flagged(r.config), ['stubborn', 'refused']);
    const [f] = findings('Client was stubborn.\n', r.config, 'stigmatizing-language');
    assert.match(f.message, /Prefer: firm about \(describe\)\.$/);
    assert.equal(f.source, 'agency configuration');
  });

  it('a bad term is a config message at its place; the level, the other terms and the lint go on', () => {
    const r = rules({ severity: 'error', options: { terms: [{ term: 'stubborn' }, 'lazy', { term: 'stubborn', suggestion: 'firm' }], alow: ['refused'] } });
    assert.deepEqual(where(r.problems), [
      '7:11 rules.stigmatizing-language.options.terms[0] needs "suggestion"',
      '10:11 rules.stigmatizing-language.options.terms[1] must be an object (key: value pairs), not text',
      '16:9 "alow" is not a setting of rules.stigmatizing-language.options; did you mean "allow"?',
    ]);
    assert.equal(r.config.rules['stigmatizing-language'].severity, 'error');
    assert.deepEqual(flagged(r.config), ['stubborn', 'refused']);
  });
});

function emptyLanguage(): ResolvedConfig {
  return { rules: {}, types: {}, dimensions: [], ignore: [], files: [] };
}
