// copied-text from the command line: the labelled set of test/fixtures/copied-text linted as a caseload, in every
// output format, from the cache as from a lint.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { run } from '../../src/cli/main.js';
import { cli } from './helpers.js';
import { dismissalKey, lintCaseload } from '../../src/core/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/copied-text/', import.meta.url));
type Json = Record<string, any>;

describe('cli: copied-text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clinote-copies-'));
    cpSync(fixtures, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const copies = (out: string) => (JSON.parse(out) as Json[]).flatMap((r) => r.findings.filter((f: Json) => f.ruleId === 'copied-text').map((f: Json) => ({ path: r.path, ...f })));

  it('reports each copy on its note, naming the other note and its line (json)', async () => {
    const r = await cli(['lint', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const found = copies(r.stdout);
    assert.equal(found.length, 22);
    const f = found.find((x) => x.path === path.join('client-a', '2026-03-11.md') && x.line === 15)!;
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^This paragraph repeats 2026-03-04\.md \(line 15\) word for word\. Copied-forward text may not describe this session\.$/);
    assert.deepEqual(f.related, [{ path: path.join('client-a', '2026-03-04.md'), line: 15, column: 1, endLine: 15, endColumn: 201, message: 'The text it repeats' }]);
    // Standard wording (the confidentiality statement, in four clients' notes) and other clients' notes: nothing.
    assert.ok(!found.some((x) => x.path.startsWith('client-d') || x.path.startsWith('client-e')));
  });

  it('stylish lists them; --quiet leaves them out (warnings); a config turns the rule off or up', async () => {
    const r = await cli(['lint', '.'], dir);
    assert.match(r.stdout, /2026-04-09\.md:17:1 +warning +This paragraph repeats 2026-04-02\.md \(line 17\) with changes \(\d\d% alike\).* copied-text/);
    const quiet = await cli(['lint', '--quiet', '--format', 'json', '.'], dir);
    assert.equal(copies(quiet.stdout).length, 0);
    const t = mkdtempSync(path.join(tmpdir(), 'clinote-copies-config-'));
    try {
      cpSync(fixtures, t, { recursive: true });
      writeFileSync(path.join(t, '.clinote.json'), '{ "rules": { "copied-text": "off" } }');
      assert.equal(copies((await cli(['lint', '--format', 'json', '.'], t)).stdout).length, 0);
      writeFileSync(path.join(t, '.clinote.json'), '{ "rules": { "copied-text": { "severity": "error", "options": { "minSimilarity": 0.9 } } } }');
      const strict = copies((await cli(['lint', '--format', 'json', '.'], t)).stdout);
      assert.ok(strict.length > 0 && strict.every((x) => x.severity === 'error' && !/with changes/.test(x.message)));
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });

  it('SARIF gives the other note as a related location, valid against the SARIF 2.1.0 schema', async () => {
    const r = await cli(['lint', '--format', 'sarif', '.'], dir);
    const log = JSON.parse(r.stdout);
    const result = log.runs[0].results.find((x: Json) => x.ruleId === 'copied-text' && x.locations[0].physicalLocation.artifactLocation.uri === 'client-a/2026-03-11.md');
    assert.deepEqual(result.relatedLocations[0].physicalLocation.artifactLocation, { uri: 'client-a/2026-03-04.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.relatedLocations[0].message.text, 'The text it repeats');
    const rule = log.runs[0].tool.driver.rules.find((x: Json) => x.id === 'copied-text');
    assert.equal(rule.helpUri, 'https://github.com/clinote/clinote/blob/main/docs/rules/copied-text.md');
    assert.deepEqual(rule.defaultConfiguration, { level: 'warning' });
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv04) => void)(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('JUnit fails the copied-text case of a note with a copy; the summary counts it among the warnings', async () => {
    const junit = (await cli(['lint', '--format', 'junit', '.'], dir)).stdout;
    assert.match(junit, /<testcase classname="client-a\/2026-03-11" name="copied-text: Copied text" file="client-a\/2026-03-11.md">\n +<failure type="warning" message="This paragraph repeats/);
    assert.match(junit, /<testcase classname="client-d\/2026-06-01" name="copied-text: Copied text" file="client-d\/2026-06-01.md"\/>/);
    const summary = (await cli(['lint', '--format', 'summary', '.'], dir)).stdout;
    assert.match(summary, /^Copied text \(copied-text\): 22 blocks in 10 notes repeat another note of the same client\.$/m);
    assert.match(summary, /^\| client-a\/2026-03-11\.md \| 3 \| client-a\/2026-03-04\.md \|$/m);
  });

  it('a copy dismissed in .clinote/dismissed.json is not shown; the dismissal holds through other edits, not a change to the block', async () => {
    const t = mkdtempSync(path.join(tmpdir(), 'clinote-copies-dismissed-'));
    try {
      cpSync(fixtures, t, { recursive: true });
      const copyPath = 'client-a/2026-03-11.md';
      const read = (p: string) => readFileSync(path.join(t, p), 'utf8');
      // What Dismiss for this note writes in the editor: the finding's key, from the text it was found in.
      const notes = ['client-a/2026-03-04.md', copyPath].map((p) => ({ path: p, text: read(p) }));
      const finding = lintCaseload(notes)[1].findings.find((f) => f.ruleId === 'copied-text' && f.message.includes('(line 15)'))!;
      const key = dismissalKey(finding, notes[1].text);
      mkdirSync(path.join(t, '.clinote'));
      writeFileSync(path.join(t, '.clinote/dismissed.json'), JSON.stringify({ version: 1, dismissed: [{ note: copyPath, ...key }] }));
      const onAssessment = (out: string) => copies(out).filter((x) => x.path === path.join('client-a', '2026-03-11.md') && /\(line 15\)/.test(x.message));
      const before = await cli(['lint', '--format', 'json', '.'], t);
      assert.equal(onAssessment(before.stdout).length, 0);
      // The other copies are still there, and the run says what it left out.
      assert.equal(copies(before.stdout).length, 21);
      assert.match(before.stderr, /1 finding dismissed in \.clinote\/dismissed\.json not shown/);
      // --no-dismissed shows it again.
      assert.equal(onAssessment((await cli(['lint', '--no-dismissed', '--format', 'json', '.'], t)).stdout).length, 1);
      // An edit elsewhere in the note (a line added above, the plan reworded): still dismissed, on its new line.
      const edited = read(copyPath).replace('# DAP note\n', '# DAP note\n\nSession 6 of 12.\n').replace('Continue weekly CBT', 'Keep weekly CBT');
      writeFileSync(path.join(t, copyPath), edited);
      const after = await cli(['lint', '--format', 'json', '.'], t);
      assert.equal(copies(after.stdout).filter((x) => x.path === path.join('client-a', '2026-03-11.md') && x.line === 17).length, 0);
      assert.match(after.stderr, /1 finding dismissed/);
      // The block itself changed (a sentence added): it is another text, and reported again.
      writeFileSync(path.join(t, copyPath), edited.replace('named her sister as support.', 'named her sister as support. She will ride one stop.'));
      const changed = await cli(['lint', '--format', 'json', '.'], t);
      assert.equal(copies(changed.stdout).filter((x) => x.path === path.join('client-a', '2026-03-11.md') && x.line === 17).length, 1);
      assert.doesNotMatch(changed.stderr, /dismissed/);
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });

  it('--cache: a second run reads every note from the cache and reports the same copies; the cache holds no text', async () => {
    const t = mkdtempSync(path.join(tmpdir(), 'clinote-copies-cache-'));
    try {
      cpSync(fixtures, t, { recursive: true });
      const stats: { hits: number; misses: number }[] = [];
      const go = async () => {
        let stdout = '';
        await run(['lint', '--format', 'json', '--cache', '.'], { cwd: t, stdout: (s) => void (stdout += s), stderr: () => {}, isTTY: false, env: {}, cacheStats: (s) => void stats.push(s) });
        return stdout;
      };
      const first = await go();
      const second = await go();
      assert.deepEqual(stats.map((s) => [s.hits, s.misses]), [[0, 17], [17, 0]]);
      assert.equal(second, first);
      assert.equal(copies(second).length, 22);
      const cache = readFileSync(path.join(t, 'node_modules/.cache/clinote/cache.json'), 'utf8');
      // Each entry's data is ciphertext in base64 (a fresh nonce each run), where any letters may turn up by chance
      // ("panic" once in a few thousand runs): the words are looked for in everything else.
      const entries = Object.values(JSON.parse(cache).entries as Record<string, { data: string }>);
      assert.equal(entries.length, 17);
      assert.ok(entries.every((e) => /^[A-Za-z0-9+/]+={0,2}$/.test(e.data)));
      assert.doesNotMatch(cache.replace(/"data":"[A-Za-z0-9+/=]*"/g, '"data":""'), /anxiety|client|panic/i);
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });
});
