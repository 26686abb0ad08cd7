import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_CONFIGS,
  emptyConfig,
  findConfigFile,
  isIgnored,
  loadConfigFile,
  loadConfigForFile,
  type ConfigHost,
  type ConfigProblem,
} from '../../src/core/config/index.js';
import { lint } from '../../src/core/index.js';
import { profiles } from '../../src/core/profiles/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/config/', import.meta.url)).replace(/\\/g, '/');

const fsHost: ConfigHost = {
  readFile(p) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
};
const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });

/** `dir/.clinote.json:4:24: message`, relative to the fixtures folder. */
const lines = (problems: ConfigProblem[]) => problems.map((p) => `${p.file.replace(FIXTURES, '')}:${p.line}:${p.column}: ${p.message}`);
/** Parsers hand back prototype-less objects (safe with any key); compare them as plain data. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
const load = (rel: string) => loadConfigFile(FIXTURES + rel, fsHost);

describe('config: every problem names file, line, column and what is wrong', () => {
  it('a bad level, an unknown rule, an unknown key and an unknown note type', () => {
    const r = load('bad-level/.clinote.json');
    assert.deepEqual(lines(r.problems), [
      'bad-level/.clinote.json:4:24: "warn" is not a level; use off, info, warning or error',
      'bad-level/.clinote.json:5:5: "ecological-factor" is not a Clinote rule or dimension; did you mean "ecological-factors"?',
      'bad-level/.clinote.json:7:3: "defualtType" is not a Clinote setting; did you mean "defaultType"?',
      'bad-level/.clinote.json:8:14: "sopa" is not a note type; did you mean "soap"?',
    ]);
    // The broken entries are dropped, the good one stays.
    assert.deepEqual(r.config.rules, { goals: { severity: 'error' } });
    assert.deepEqual(r.config.types, {});
    assert.equal(r.config.defaultType, undefined);
  });

  it('a JSON syntax error points at the spot and the rest of the file still applies', () => {
    const r = load('syntax/.clinote.json');
    assert.deepEqual(lines(r.problems), ['syntax/.clinote.json:4:5: syntax error: a comma is expected here (between two entries)']);
    assert.deepEqual(r.config.rules, { goals: { severity: 'off' }, 'bias-safeguards': { severity: 'error' } });
  });

  it('YAML: node positions for a bad level and a wrong type; comments allowed', () => {
    const r = load('yaml/.clinote.yaml');
    assert.deepEqual(lines(r.problems), [
      'yaml/.clinote.yaml:4:10: "warn" is not a level; use off, info, warning or error',
      'yaml/.clinote.yaml:10:5: ignore[1] must be text, not a number',
    ]);
    assert.equal(r.config.defaultType, 'soap');
    assert.deepEqual(plain(r.config.rules), { 'measurable-goals': { severity: 'error', options: {} } });
    assert.deepEqual(r.config.ignore, [FIXTURES + 'yaml/templates/**']);
  });

  it('YAML syntax errors and duplicate keys', () => {
    const host = memHost({ '/p/.clinote.yaml': 'rules:\n  goals: error\n  goals: off\nignore: [a, b\n' });
    const r = loadConfigFile('/p/.clinote.yaml', host);
    assert.ok(r.problems.length >= 1);
    assert.ok(r.problems.every((p) => p.file === '/p/.clinote.yaml' && p.line >= 1 && p.column >= 1));
    assert.ok(r.problems.some((p) => p.line === 3 && /unique/i.test(p.message)), lines(r.problems).join('\n'));
    assert.ok(r.problems.every((p) => p.message.startsWith('syntax error: ')));
  });

  it('JSONC: comments and trailing commas are fine in .jsonc (and .json)', () => {
    const r = load('jsonc/.clinote.jsonc');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { goals: { severity: 'error' } });
    const json = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '// note\n{ "rules": { "goals": "off", }, }' }));
    assert.deepEqual(json.problems, []);
  });

  it('a byte order mark is not a syntax error, and positions stay right', () => {
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '\uFEFF{\n  "rules": { "goals": "warn" }\n}' }));
    assert.deepEqual(lines(r.problems), ['/p/.clinote.json:2:23: "warn" is not a level; use off, info, warning or error']);
    const y = loadConfigFile('/p/.clinote.yaml', memHost({ '/p/.clinote.yaml': '\uFEFFrules:\n  goals: off\n' }));
    assert.deepEqual(y.problems, []);
  });

  it('duplicate JSON keys are reported; the last one counts', () => {
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '{\n  "defaultType": "dap",\n  "defaultType": "soap"\n}' }));
    assert.deepEqual(lines(r.problems), ['/p/.clinote.json:3:3: "defaultType" appears twice in the same object; only the last one counts']);
    assert.equal(r.config.defaultType, 'soap');
  });

  it('each problem says whether a schema-aware editor reports it too (syntax, a value) or only Clinote can (a name)', () => {
    const text = '{\n  "rules": { "goals": "warn", "goal": "off" },\n  "defualtType": "soap",\n  "ignore": ["a"],\n  "ignore": [7]\n  "extends": "clinote:nope"\n}';
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': text }));
    const kinds = r.problems.map((p) => `${p.line}:${p.column} ${p.kind ?? 'clinote'}`);
    assert.deepEqual(kinds, [
      '2:23 schema', // "warn" is not a level
      '2:31 clinote', // "goal": did you mean "goals"?
      '3:3 clinote', // "defualtType": did you mean "defaultType"?
      '5:3 syntax', // "ignore" twice
      '5:14 schema', // ignore[0] must be text
      '6:3 syntax', // a comma is missing
      '6:14 clinote', // not a built-in configuration
    ]);
    const yaml = loadConfigFile('/p/.clinote.yaml', memHost({ '/p/.clinote.yaml': 'rules:\n  goals: error\n  goals: off\n' }));
    assert.deepEqual(yaml.problems.map((p) => p.kind), ['syntax']);
  });

  it('wrong types and shapes, in plain words', () => {
    const text = [
      '{',
      '  "rules": { "goals": 3, "plan": { "sev": "error" }, "risk-assessment": { "severity": "warn" } },',
      '  "types": { "soap": "error" },',
      '  "extends": 7,',
      '  "ignore": "drafts"',
      '}',
    ].join('\n');
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': text }));
    assert.deepEqual(lines(r.problems), [
      '/p/.clinote.json:2:23: rules.goals must be a level (off, info, warning or error) or an object with severity and options, not a number',
      '/p/.clinote.json:2:36: "sev" is not a setting of rules.plan; did you mean "severity"?',
      '/p/.clinote.json:2:87: "warn" is not a level; use off, info, warning or error',
      '/p/.clinote.json:3:22: types.soap must be an object (key: value pairs), not text',
      '/p/.clinote.json:4:14: extends must be a built-in name (clinote:recommended, clinote:strict, clinote:supervision), a relative path, or a list of them, not a number',
      '/p/.clinote.json:5:13: ignore must be a list, not text',
    ]);
    assert.deepEqual(r.config, { ...emptyConfig(), files: ['/p/.clinote.json'] });
  });

  it('a config that is not an object is reported at 1:1 and ignored', () => {
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '["goals"]' }));
    assert.deepEqual(lines(r.problems), ['/p/.clinote.json:1:1: the configuration must be an object (key: value pairs), not a list']);
  });

  it('an empty file is an empty config, not an error', () => {
    for (const name of ['.clinote.json', '.clinote.yaml']) {
      const r = loadConfigFile('/p/' + name, memHost({ ['/p/' + name]: '\n' }));
      assert.deepEqual(r.problems, []);
    }
  });

  it('an unreadable --config file is one problem at 1:1', () => {
    const r = loadConfigFile('/nowhere/.clinote.json', memHost({}));
    assert.deepEqual(lines(r.problems), ['/nowhere/.clinote.json:1:1: cannot read this config file']);
  });

  it('a custom dimension\'s entryRequiresUnless that cannot run is reported and dropped; one that can is kept', () => {
    const config = (unless: string) => JSON.stringify({ dimensions: [{ id: 'closing', title: 'Closing', subItems: [{ id: 'reason', label: 'reason', cues: ['because'] }, { id: 'feelings', label: 'feelings', cues: ['feels'] }], entryRequires: ['feelings'], entryRequiresUnless: unless }] }, null, 1);
    const bad = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': config('(?<=no )show') }));
    assert.deepEqual(lines(bad.problems).map((l) => l.replace(/^[^ ]+ /, '')), ['pattern "(?<=no )show" uses lookbehind, which config patterns cannot: they run on a linear-time engine']);
    assert.equal(bad.config.dimensions[0].entryRequiresUnless, undefined);
    const good = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': config('\\bunplanned\\b') }));
    assert.deepEqual(good.problems, []);
    assert.equal(good.config.dimensions[0].entryRequiresUnless, '\\bunplanned\\b');
  });

  it('custom dimensions: malformed entries are reported and dropped, fixable ones are fixed', () => {
    const r = load('dims/.clinote.json');
    assert.deepEqual(lines(r.problems), [
      'dims/.clinote.json:3:13: "Collateral Contacts" is not a valid id for dimensions[0].id; use lowercase words joined by hyphens, e.g. collateral-contacts',
      'dims/.clinote.json:4:5: dimensions[1] needs "title"',
      'dims/.clinote.json:5:5: dimension "empty" has neither headings nor subItems, so no note could ever address it; add one or both',
      'dims/.clinote.json:10:100: pattern "(?<=call the )crisis line" uses lookbehind, which config patterns cannot: they run on a linear-time engine',
      'dims/.clinote.json:11:95: pattern "[unclosed" is not a valid regular expression (missing closing ])',
      'dims/.clinote.json:13:20: threshold 3 is more than "safety-plan" has sub-items (2); using 2',
      'dims/.clinote.json:14:23: "progres" is not a note type, a family or *; did you mean "progress"?',
      'dims/.clinote.json:16:13: dimension "safety-plan" is defined twice in this file; the first one is used',
    ]);
    assert.equal(r.config.dimensions.length, 1);
    const d = r.config.dimensions[0];
    assert.equal(d.id, 'safety-plan');
    assert.equal(d.threshold, 2);
    assert.deepEqual(d.requiredIn, { intake: 'error' });
    // A repeated repeated group is fine: config patterns run on a linear-time engine.
    assert.deepEqual(d.subItems[0].patterns, ['crisis line', '^((a+))+$']);
    assert.deepEqual(d.subItems[1].patterns, []);
    // Defaults fill what a full catalog entry has.
    assert.match(d.why, /agency configuration/);
    assert.equal(d.template.heading, 'Safety plan');
    assert.match(d.template.body, /<!-- \? What about warning signs\? -->/);
  });

  it('requires and fields must name sub-items of the dimension', () => {
    const json = JSON.stringify(
      {
        dimensions: [
          {
            id: 'safety-plan',
            title: 'Safety plan',
            subItems: [{ id: 'warning-signs', label: 'warning signs', cues: ['warning sign*'] }],
            requires: ['warning-sign', 'warning-signs'],
            fields: { 'warning-signs': ['warning_signs'], contacts: ['crisis_contacts'] },
          },
        ],
      },
      null,
      1,
    );
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': json }));
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['"warning-sign" is not a sub-item of "safety-plan"; did you mean "warning-signs"?', '"contacts" is not a sub-item of "safety-plan"; use "warning-signs"'],
    );
    assert.deepEqual(r.config.dimensions[0].requires, ['warning-signs']);
    assert.deepEqual(plain(r.config.dimensions[0].fields), { 'warning-signs': ['warning_signs'] });
  });

  it('a hint too long for a Problems row is flagged, and the finding keeps it in the hover', () => {
    const hint = 'Record every contact with family members, schools, probation officers or other providers, with the date and what was shared.';
    const json = JSON.stringify({ dimensions: [{ id: 'collateral', title: 'Collateral contacts', headings: ['Collateral'], subItems: [{ id: 'who', label: 'who', cues: ['spoke with'] }], hint, requiredIn: { '*': 'warning' } }] });
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': json }));
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^hint makes the message 1\d\d characters, more than the 120 a Problems row shows, so it is left out of the message \(shown in the hover only\); keep it to \d+ characters$/);
    const f = lint('# Progress note\n\nDate: 3/14/2026\n\nClient discussed work stress.\n', { config: r.config }).findings.find((x) => x.ruleId === 'collateral')!;
    assert.ok(f.message.length <= 120 && !f.message.includes('probation'), f.message);
    assert.ok(f.why?.endsWith(hint), f.why);
    // A short hint fits: no problem, and it completes the message.
    const short = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': json.replace(hint, 'Add a Collateral section.') }));
    assert.deepEqual(short.problems, []);
  });

  it("a trigger's attendanceBelow raises an agency dimension on attendance written as a count", () => {
    const dim = { id: 'outreach-plan', title: 'Outreach plan', headings: ['Outreach'], subItems: [{ id: 'who', label: 'who reaches out', cues: ['outreach worker'] }], triggers: [{ id: 'attendance', label: 'missed groups', cues: ['no-show'], attendanceBelow: 0.5, level: 'warning' }] };
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': JSON.stringify({ dimensions: [dim] }) }));
    assert.deepEqual(r.problems, []);
    const level = (s: string) => lint(`# Progress note\n\nDate: 3/14/2026\n\n${s}\n`, { config: r.config }).findings.find((x) => x.ruleId === 'outreach-plan')?.severity;
    assert.equal(level('Attended 2 of 8 scheduled groups.'), 'warning');
    assert.equal(level('Attended 5 of 8 scheduled groups.'), undefined);
  });

  it('a rule id of a custom dimension (here or inherited) is a known rule', () => {
    const host = memHost({
      '/p/base.json': '{ "dimensions": [{ "id": "collateral-contacts", "title": "Collateral", "headings": ["collateral"] }] }',
      '/p/.clinote.json': '{ "extends": "./base.json", "rules": { "collateral-contacts": "error" } }',
    });
    const r = loadConfigFile('/p/.clinote.json', host);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules['collateral-contacts'], { severity: 'error' });
  });

  it('rule and type lists can be passed in by the caller', () => {
    const host = memHost({ '/p/.clinote.json': '{ "rules": { "house-rule": "error" }, "types": { "memo": {} } }' });
    assert.equal(loadConfigFile('/p/.clinote.json', host).problems.length, 2);
    const r = loadConfigFile('/p/.clinote.json', host, { knownRules: ['house-rule'], knownTypes: ['memo'] });
    assert.deepEqual(r.problems, []);
  });
});

describe('config: extends', () => {
  it('follows a chain of paths and built-ins; the nearer file wins, per rule id, type and dimension id', () => {
    // Up to the team's and the agency's files: allowed inside the workspace folder (the extension) or with
    // --allow-outside-config (the CLI); see config-contained.test.ts for the rest.
    const r = loadConfigFile(FIXTURES + 'chain/trainee/.clinote.json', fsHost, { workspace: { folder: FIXTURES + 'chain', name: 'the workspace folder' } });
    assert.deepEqual(lines(r.problems), [
      `chain/trainee/.clinote.json:2:40: extends "./missing.json": no such file (looked for ${FIXTURES}chain/trainee/missing.json)`,
      'chain/trainee/.clinote.json:2:58: "clinote:strcit" is not a built-in configuration; did you mean "clinote:strict"? use clinote:recommended, clinote:strict or clinote:supervision',
    ]);
    const c = r.config;
    assert.deepEqual(c.files, [FIXTURES + 'chain/.clinote.json', FIXTURES + 'chain/team/.clinote.yaml', FIXTURES + 'chain/trainee/.clinote.json']);
    // goals: severity from the team file, options kept from the root file.
    assert.deepEqual(plain(c.rules.goals), { severity: 'warning', options: { minimum: 2 } });
    // From clinote:strict, through the root file.
    assert.deepEqual(c.rules['measurable-goals'], { severity: 'warning' });
    assert.deepEqual(c.types.soap['ecological-factors'], { severity: 'info' });
    assert.deepEqual(c.types.soap.plan, { severity: 'info' });
    // The team's dimension replaces the root's one of the same id.
    assert.equal(c.dimensions.length, 1);
    assert.equal(c.dimensions[0].title, 'Contacts with others');
    assert.deepEqual(c.dimensions[0].requiredIn, { '*': 'error' });
    // Ignore globs stay relative to the file that wrote them.
    assert.deepEqual(c.ignore, [FIXTURES + 'chain/templates/**']);
  });

  it('a cycle is reported where it closes and does not hang', () => {
    const r = load('cycle/a.json');
    assert.deepEqual(lines(r.problems), [
      'cycle/b.yaml:1:10: extends "./a.json" leads back to a file that extends this one (a.json -> b.yaml -> a.json); that link is ignored',
    ]);
    const self = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '{"extends": "./.clinote.json"}' }));
    assert.equal(self.problems.length, 1);
    assert.match(self.problems[0].message, /leads back/);
  });

  it('a file reached twice (a diamond) is merged in and reported once', () => {
    const host = memHost({
      '/p/.clinote.json': '{"extends": ["./b.json", "./c.json"]}',
      '/p/b.json': '{"extends": "./d.yaml", "rules": {"goals": "error"}}',
      '/p/c.json': '{"extends": "./d.yaml"}',
      '/p/d.yaml': 'rules:\n  plan: warn\n  strengths: info\n',
    });
    const r = loadConfigFile('/p/.clinote.json', host);
    assert.deepEqual(lines(r.problems), ['/p/d.yaml:2:9: "warn" is not a level; use off, info, warning or error']);
    assert.deepEqual(r.config.rules, { strengths: { severity: 'info' }, goals: { severity: 'error' } });
    assert.deepEqual(r.config.files, ['/p/d.yaml', '/p/b.json', '/p/c.json', '/p/.clinote.json']);
  });

  it('clinote:recommended is the defaults', () => {
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '{"extends": "clinote:recommended"}' }));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, { ...emptyConfig(), files: ['/p/.clinote.json'] });
  });

  it('clinote:strict makes every dimension a note type requires an error', () => {
    const r = loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': '{"extends": "clinote:strict"}' }));
    assert.deepEqual(r.problems, []);
    const soap = profiles.find((p) => p.id === 'soap')!;
    const required = Object.entries(soap.levels).filter(([id, l]) => l === 'warning' && r.config.types.soap[id]);
    assert.ok(required.length > 0);
    for (const [id] of required) assert.deepEqual(r.config.types.soap[id], { severity: 'error' });
    assert.deepEqual(r.config.rules['measurable-goals'], { severity: 'warning' });
  });

  it('clinote:supervision expects bias safeguards and ecological factors in every note type (except exempt ones)', () => {
    const r = loadConfigFile('/p/.clinote.yaml', memHost({ '/p/.clinote.yaml': 'extends: clinote:supervision\n' }));
    assert.deepEqual(r.problems, []);
    for (const p of profiles) {
      for (const id of ['bias-safeguards', 'ecological-factors']) {
        const own = p.levels[id] ?? 'off';
        const set = r.config.types[p.id]?.[id]?.severity;
        if (p.exempt) assert.equal(set, undefined);
        else assert.ok(own === 'warning' || own === 'error' || set === 'warning', `${p.id} ${id}`);
      }
    }
    // Every note handed to supervision is checked for identifiers.
    assert.deepEqual(r.config.rules.identifiers, { severity: 'warning', options: { always: true } });
    assert.ok(BUILTIN_CONFIGS['clinote:supervision'].rules?.identifiers);
  });

  it("a file's own top-level rule beats a built-in's per-type level", () => {
    const host = memHost({ '/p/.clinote.json': '{"extends": "clinote:strict", "rules": {"goals": "info"}}' });
    const r = loadConfigFile('/p/.clinote.json', host);
    for (const t of Object.values(r.config.types)) assert.equal(t.goals, undefined);
    assert.deepEqual(r.config.rules.goals, { severity: 'info' });
  });

  it('results are cached per config file when the caller passes a cache', () => {
    let reads = 0;
    const host: ConfigHost = { readFile: (p) => (reads++, p === '/p/.clinote.json' ? '{}' : undefined) };
    const cache = new Map();
    const a = loadConfigForFile('/p/a/one.md', host, { cache });
    const before = reads;
    const b = loadConfigForFile('/p/b/two.md', host, { cache });
    assert.equal(a, b);
    assert.ok(reads - before <= 8, 'only the walk up reads again, not the config');
  });
});

describe('config: finding the file', () => {
  it('walks up from the note and the nearest file wins', () => {
    const near = loadConfigForFile(FIXTURES + 'walk/a/b/note.md', fsHost);
    assert.equal(near.config.defaultType, 'birp');
    assert.deepEqual(near.config.files, [FIXTURES + 'walk/a/.clinote.json']);
    const far = loadConfigForFile(FIXTURES + 'walk/c/note.md', fsHost);
    assert.equal(far.config.defaultType, 'dap');
  });

  it('no config anywhere: the defaults, no problems', () => {
    const r = loadConfigForFile('/x/y/z/note.md', memHost({}));
    assert.deepEqual(r, { config: emptyConfig(), problems: [] });
  });

  it('looks for .json, .jsonc, .yaml, .yml in that order and warns about the one it ignores', () => {
    const r = loadConfigForFile(FIXTURES + 'shadowed/note.md', fsHost);
    assert.equal(r.config.defaultType, 'soap');
    assert.deepEqual(lines(r.problems), [
      'shadowed/.clinote.yml:1:1: this file is not used: .clinote.json in the same folder comes first; merge them into one file',
    ]);
    assert.equal(r.problems[0].severity, 'warning');
    for (const name of ['.clinote.jsonc', '.clinote.yaml', '.clinote.yml']) {
      assert.equal(findConfigFile('/p/n.md', memHost({ ['/p/' + name]: '{}' }))?.path, '/p/' + name);
    }
  });

  it('stops at the given root folder', () => {
    const host = memHost({ '/ws/.clinote.json': '{"defaultType":"dap"}' });
    assert.equal(findConfigFile('/ws/inner/n.md', host, { root: '/ws/inner' }), undefined);
    assert.equal(findConfigFile('/ws/inner/n.md', host)?.path, '/ws/.clinote.json');
  });

  it('accepts Windows paths', () => {
    const host = memHost({ 'C:/notes/.clinote.json': '{"defaultType":"dap"}' });
    assert.equal(loadConfigForFile('C:\\notes\\client\\n.md', host).config.defaultType, 'dap');
  });
});

describe('config: ignore globs', () => {
  const globsOf = (json: string) => loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': json })).config.ignore;
  it('are relative to the config file; a pattern without a slash matches at any depth', () => {
    const ignore = globsOf('{"ignore": ["templates/**", "README.md", "drafts/", "*.draft.md", "/top.md", "x/{a,b}.md"]}');
    assert.ok(isIgnored(ignore, '/p/templates/soap.md'));
    assert.ok(isIgnored(ignore, '/p/templates/deep/er.md'));
    assert.ok(!isIgnored(ignore, '/p/notes/templates/soap.md'));
    assert.ok(isIgnored(ignore, '/p/README.md'));
    assert.ok(isIgnored(ignore, '/p/a/b/README.md'));
    assert.ok(isIgnored(ignore, '/p/a/drafts/n.md'));
    assert.ok(isIgnored(ignore, '/p/a/n.draft.md'));
    assert.ok(isIgnored(ignore, '/p/top.md'));
    assert.ok(!isIgnored(ignore, '/p/a/top.md'));
    assert.ok(isIgnored(ignore, '/p/x/b.md'));
    assert.ok(!isIgnored(ignore, '/p/x/c.md'));
    assert.ok(!isIgnored(ignore, '/other/templates/soap.md'));
    assert.ok(!isIgnored(ignore, '/p/notes/session.md'));
  });
  it('../ patterns reach outside the config folder', () => {
    assert.ok(isIgnored(globsOf('{"ignore": ["../shared/*.md"]}'), '/shared/x.md'));
  });
});

describe('config: linting goes on with the defaults for the broken part', () => {
  const note = [
    '---',
    'type: soap',
    '---',
    '# Session note',
    '## Subjective',
    'Client reports feeling low this week and missed two shifts at work.',
    '## Objective',
    'Flat affect, oriented x3.',
    '## Assessment',
    'Depressive symptoms continue.',
    '## Plan',
    'Meet again next week.',
    '',
  ].join('\n');
  const host = (rules: string) => memHost({ '/p/.clinote.json': `{ "rules": { ${rules} } }` });
  const ids = (config = emptyConfig()) => new Set(lint(note, { config, path: 'n.md' }).findings.map((f) => f.ruleId));

  it('a valid entry applies while a broken sibling is dropped', () => {
    const defaults = ids();
    assert.ok(defaults.has('goals'), [...defaults].join());
    const r = loadConfigForFile('/p/n.md', host('"goals": "off", "bias-safeguards": "warn", "nonsense": "error"'));
    assert.equal(r.problems.length, 2);
    const got = ids(r.config);
    assert.ok(!got.has('goals'));
    assert.deepEqual(new Set([...defaults].filter((id) => id !== 'goals')), got);
  });

  it('a config that is all broken lints like no config at all', () => {
    const r = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': '{ "rules": [ oops' }));
    assert.ok(r.problems.length > 0);
    assert.deepEqual(ids(r.config), ids());
  });

  it('a custom dimension from config is linted like a built-in one', () => {
    const json = JSON.stringify({
      dimensions: [
        {
          id: 'collateral-contacts',
          title: 'Collateral contacts',
          headings: ['collateral contacts'],
          subItems: [{ id: 'who', label: 'who was contacted', cues: ['spoke with'] }],
          requiredIn: { progress: 'error' },
        },
      ],
    });
    const r = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': json }));
    assert.deepEqual(r.problems, []);
    const f = lint(note, { config: r.config }).findings.find((x) => x.ruleId === 'collateral-contacts');
    assert.ok(f, 'the agency dimension is reported');
    assert.equal(f.severity, 'error');
  });

  it('a custom dimension with partial: nudge tells a note that covers part of it a level lower', () => {
    const dimension = (partial?: string) => ({
      id: 'collateral-contacts',
      title: 'Collateral contacts',
      headings: ['collateral contacts'],
      subItems: [
        { id: 'who', label: 'who was contacted', cues: ['spoke with'] },
        { id: 'consent', label: 'consent to the contact', cues: ['release signed'] },
      ],
      threshold: 2,
      requiredIn: { progress: 'warning' },
      ...(partial ? { partial } : {}),
    });
    const text = `${note}\nSpoke with her probation officer by phone.\n`;
    const severity = (partial?: string) => {
      const r = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': JSON.stringify({ dimensions: [dimension(partial)] }) }));
      assert.deepEqual(r.problems, []);
      return lint(text, { config: r.config }).findings.find((x) => x.ruleId === 'collateral-contacts')?.severity;
    };
    assert.equal(severity(), 'warning');
    assert.equal(severity('nudge'), 'info');
    const bad = loadConfigForFile('/p/n.md', memHost({ '/p/.clinote.json': JSON.stringify({ dimensions: [dimension('maybe')] }) }));
    assert.ok(bad.problems.length > 0, 'an unknown value is reported');
  });
});
