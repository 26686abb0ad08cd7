// --format sarif and --format junit over a small caseload (test/fixtures/report/notes), compared with golden files,
// and the SARIF checked against the official SARIF 2.1.0 schema (vendored offline: test/fixtures/sarif/README.md).
// After a deliberate change to the output, to a rule's metadata or to the fixture notes, rewrite the golden files
// with `UPDATE_GOLDEN=1 npx mocha test/cli/sarif-junit.test.ts` and read the diff before committing it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { formatJunit, formatSarif, pathToUri, ruleRegistry, type FileReport } from '../../src/core/index.js';
import pkg from '../../package.json';
import { cli, tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

const dir = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv04({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv04) => void)(ajv);
const validateSarif = ajv.compile(schema);

/** The working folder's URI varies with the checkout: the golden file holds a stand-in. */
const ROOT = pathToFileURL(dir).href;
const STAND_IN = 'file:///path/to/caseload/';

function golden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs (UPDATE_GOLDEN=1 rewrites it; check the diff)`);
}

type Json = Record<string, any>;

function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('cli: --format sarif', () => {
  let out: string;
  let log: Json;
  before(async () => {
    const r = await cli(['lint', '--format', 'sarif', 'notes'], dir);
    assert.equal(r.code, 1, r.stderr);
    out = r.stdout;
    log = JSON.parse(out);
  });

  it('is valid against the official SARIF 2.1.0 schema', () => {
    assert.deepEqual(schemaErrors(log), []);
  });

  it('the schema check can fail: a result without a message is refused', () => {
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    assert.ok(schemaErrors(broken).length > 0);
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'info';
    assert.ok(schemaErrors(badLevel).length > 0);
  });

  it('matches the golden file', () => {
    golden('expected.sarif', out.split(ROOT).join(STAND_IN));
  });

  it("lists every rule of the registry, with its title, description, docs page, default level and whether it fixes", () => {
    const rules = log.runs[0].tool.driver.rules as Json[];
    const registry = ruleRegistry();
    assert.deepEqual(rules.slice(0, registry.length).map((r) => r.id), registry.map((r) => r.id));
    for (const r of registry) {
      const d = rules.find((x) => x.id === r.id)!;
      assert.equal(d.shortDescription.text, r.title, r.id);
      assert.ok(d.fullDescription.text.startsWith(r.description), r.id);
      assert.equal(d.helpUri, r.docs, r.id);
      assert.equal(d.properties.fixable, r.fixable, r.id);
      assert.match(d.defaultConfiguration.level, /^(error|warning|note|none)$/, r.id);
    }
    const goals = rules.find((x) => x.id === 'goals')!;
    assert.equal(goals.defaultConfiguration.level, 'error', 'an error in treatment plans');
    assert.equal(goals.properties.defaultLevels.soap, 'warning');
    assert.equal(log.runs[0].tool.driver.version, pkg.version);
  });

  it('places each finding in its file (relative to the working folder) with 1-based regions', () => {
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: ROOT } });
    assert.deepEqual(run.artifacts.map((a: Json) => a.location.uri), ['notes/dap-reviewed.md', 'notes/plan-approved.md', 'notes/soap-typo.md']);
    const review = run.results.find((r: Json) => r.ruleId === 'review-status' && r.message.text.startsWith('Marked approved'));
    assert.ok(review);
    assert.equal(run.tool.driver.rules[review.ruleIndex].id, 'review-status');
    const loc = review.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'notes/plan-approved.md', uriBaseId: '%SRCROOT%', index: 1 });
    // `status` on line 4 of the note, columns 1 to 6 (end exclusive).
    assert.deepEqual(loc.region, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 7 });
    assert.equal(review.level, 'warning');
  });

  it("carries a finding's fix as a replacement, and its status and trigger as properties", () => {
    const term = log.runs[0].results.find((r: Json) => r.ruleId === 'stigmatizing-language');
    const text = readFileSync(path.join(dir, 'notes/dap-reviewed.md'), 'utf8').split('\n');
    const [rep] = term.fixes[0].artifactChanges[0].replacements;
    const d = rep.deletedRegion;
    assert.equal(text[d.startLine - 1].slice(d.startColumn - 1, d.endColumn - 1), 'addict');
    assert.match(rep.insertedContent.text, /person with a substance use disorder/);
    const unfilled = log.runs[0].results.find((r: Json) => r.ruleId === 'plan');
    assert.equal(unfilled.properties.status, 'unfilled');
  });

  it('names a note on stdin and a config problem, and stays valid', async () => {
    const t = tempTree({ '.clinote.json': '{ "rules": { "goals": "loud" } }', 'a.md': NOTE_WITHOUT_GOALS });
    try {
      const r = await cli(['lint', '--format', 'sarif', '-'], t.dir, NOTE_WITHOUT_GOALS);
      const l = JSON.parse(r.stdout);
      assert.deepEqual(schemaErrors(l), []);
      assert.equal(l.runs[0].artifacts[0].location.uri, '%3Cstdin%3E');
      const withConfig = JSON.parse((await cli(['lint', '--format', 'sarif', 'a.md'], t.dir)).stdout);
      assert.deepEqual(schemaErrors(withConfig), []);
      const problem = withConfig.runs[0].results.find((x: Json) => x.ruleId === 'config-error');
      assert.equal(problem.locations[0].physicalLocation.artifactLocation.uri, '.clinote.json');
      assert.equal(withConfig.runs[0].tool.driver.rules[problem.ruleIndex].shortDescription.text, 'Config error');
    } finally {
      t.dispose();
    }
  });

  it("describes a config's own dimension from that config: its title and docs page", async () => {
    const consent = {
      id: 'consent-to-treat',
      title: 'Consent to treatment',
      docs: 'https://agency.example/notes/consent',
      headings: ['consent'],
      subItems: [{ id: 'consent', label: 'consent obtained', cues: ['consented'] }],
      requiredIn: { '*': 'warning' },
    };
    const t = tempTree({ '.clinote.json': JSON.stringify({ dimensions: [consent] }), 'a.md': NOTE_WITHOUT_GOALS });
    try {
      const l = JSON.parse((await cli(['lint', '--format', 'sarif', 'a.md'], t.dir)).stdout);
      assert.deepEqual(schemaErrors(l), []);
      const result = l.runs[0].results.find((r: Json) => r.ruleId === 'consent-to-treat');
      const d = l.runs[0].tool.driver.rules[result.ruleIndex];
      assert.equal(d.shortDescription.text, 'Consent to treatment');
      assert.equal(d.helpUri, 'https://agency.example/notes/consent');
      assert.equal(d.properties.kind, 'custom-dimension');
      const junit = (await cli(['lint', '--format', 'junit', 'a.md'], t.dir)).stdout;
      assert.match(junit, /name="consent-to-treat: Consent to treatment"/);
    } finally {
      t.dispose();
    }
  });

  it('a path outside the working folder is a file: URI; a relative one is percent-encoded', () => {
    assert.deepEqual(pathToUri('/srv/notes/a b.md'), { uri: 'file:///srv/notes/a%20b.md', relative: false });
    assert.deepEqual(pathToUri('C:\\notes\\a.md'), { uri: 'file:///C:/notes/a.md', relative: false });
    assert.deepEqual(pathToUri('trainees\\dana\\#3.md'), { uri: 'trainees/dana/%233.md', relative: true });
    const l = JSON.parse(formatSarif([{ path: '/srv/notes/a.md', findings: [] }], { version: '1.2.3' }));
    assert.deepEqual(schemaErrors(l), []);
    assert.equal(l.runs[0].originalUriBaseIds, undefined);
    assert.deepEqual(l.runs[0].artifacts[0].location, { uri: 'file:///srv/notes/a.md' });
  });
});

describe('cli: --format junit', () => {
  let out: string;
  before(async () => {
    const r = await cli(['lint', '--format', 'junit', 'notes'], dir);
    assert.equal(r.code, 1, r.stderr);
    out = r.stdout;
  });

  it('matches the golden file', () => {
    golden('expected.junit.xml', out);
  });

  it('has one test suite per note and one test case per rule checked in it, failing on errors and warnings', () => {
    const suites = [...out.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    assert.deepEqual(suites.map((m) => m[1]), ['notes/dap-reviewed.md', 'notes/plan-approved.md', 'notes/soap-typo.md']);
    const plan = out.slice(out.indexOf('<testsuite name="notes/plan-approved.md"'), out.indexOf('</testsuite>', out.indexOf('notes/plan-approved.md')));
    assert.match(plan, /<testcase classname="notes\/plan-approved" name="review-status: Review status" file="notes\/plan-approved.md">\n +<failure type="warning" message="Marked approved/);
    assert.match(plan, /name="goals: Mutually negotiated goals"[^>]*>\n +<failure type="error"/);
    // Checked and passed: a test case without a failure.
    assert.match(plan, /<testcase classname="notes\/plan-approved" name="measurable-goals: Measurable goals" file="notes\/plan-approved.md"\/>/);
    // An information finding does not fail the test; it is the test's output.
    assert.match(plan, /name="barriers: Barriers to goals"[^>]*>\n +<system-out>8:1 info Barriers/);
    const cases = (plan.match(/<testcase /g) ?? []).length;
    const failures = (plan.match(/<failure /g) ?? []).length;
    assert.match(plan, new RegExp(`tests="${cases}" failures="${failures}"`));
    const total = (out.match(/<testcase /g) ?? []).length;
    assert.match(out, new RegExp(`<testsuites name="clinote" tests="${total}" failures="${(out.match(/<failure /g) ?? []).length}"`));
  });

  it('escapes what XML must, and drops what XML cannot hold', () => {
    const r: FileReport = {
      path: 'a&b.md',
      rules: ['goals'],
      findings: [{ ruleId: 'goals', severity: 'error', message: 'x < y & "z" \u0001', line: 1, column: 1, endLine: 1, endColumn: 1, covered: [], missing: [] }],
    };
    const xml = formatJunit([r]);
    assert.match(xml, /<testsuite name="a&amp;b.md"/);
    assert.match(xml, /message="x &lt; y &amp; &quot;z&quot; "/);
    assert.doesNotMatch(xml, /\u0001/);
  });
});

describe('cli: review status in --format json and --help', () => {
  it("prints a note's review before its findings, and nothing for a note that states none", async () => {
    const r = await cli(['lint', '--format', 'json', 'notes'], dir);
    const out = JSON.parse(r.stdout) as Json[];
    assert.deepEqual(Object.keys(out[1]), ['path', 'review', 'findings']);
    assert.deepEqual(out[1].review, { status: 'approved', reviewedBy: 'J. Rivera, LCSW', reviewedOn: '2026-11-21' });
    assert.deepEqual(out[2].review, { status: 'aproved' }, 'an unknown status as written');
    assert.ok(!('rules' in out[0]) && !out[0].findings.some((f: Json) => 'fix' in f), 'no rule list or fixes in JSON');
    const t = tempTree({ 'a.md': NOTE_WITHOUT_GOALS });
    try {
      const plain = JSON.parse((await cli(['lint', '--format', 'json', 'a.md'], t.dir)).stdout) as Json[];
      assert.deepEqual(Object.keys(plain[0]), ['path', 'findings']);
    } finally {
      t.dispose();
    }
  });

  it('--help names the cache options', async () => {
    const help = (await cli(['--help'], dir)).stdout;
    assert.match(help, /^ +--cache +re-lint only the notes that changed/m);
    assert.match(help, /^ +--cache-location <path> +the cache file, or a folder for it \(implies --cache\)/m);
  });
});
