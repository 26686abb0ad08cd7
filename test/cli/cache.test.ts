// --cache: an unchanged note's results come from the cache; a change to the note, its config or Clinote's version
// lints it again; a corrupt cache file is set aside and rewritten; nothing readable of a note is stored.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/main.js';
import { LintCache, cacheFile } from '../../src/cli/cache.js';
import pkg from '../../package.json';
import { tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  hits?: number;
  misses?: number;
}

async function lint(argv: string[], cwd: string): Promise<Outcome> {
  const o: Outcome = { code: 0, stdout: '', stderr: '' };
  o.code = await run(['lint', ...argv], {
    cwd,
    stdout: (s) => void (o.stdout += s),
    stderr: (s) => void (o.stderr += s),
    isTTY: false,
    env: {},
    cacheStats: ({ hits, misses }) => Object.assign(o, { hits, misses }),
  });
  return o;
}

/** A second note with a quotable, identifying detail: none of it may reach the cache file. */
const SECRET_NOTE = NOTE_WITHOUT_GOALS.replace('Client reports feeling low', 'Marisol Quintanilla-Vega, an addict, reports feeling low');

describe('cli: --cache', () => {
  let t: ReturnType<typeof tempTree>;
  let file: string;
  beforeEach(() => {
    t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS, 'notes/b.md': SECRET_NOTE });
    file = path.join(t.dir, 'node_modules', '.cache', 'clinote', 'cache.json');
  });
  afterEach(() => t.dispose());

  it('reads an unchanged caseload from the cache, with the same output, from node_modules/.cache/clinote', async () => {
    const cold = await lint(['--cache', '--format', 'json', 'notes'], t.dir);
    assert.deepEqual([cold.hits, cold.misses], [0, 2]);
    assert.ok(existsSync(file));
    const warm = await lint(['--cache', '--format', 'json', 'notes'], t.dir);
    assert.deepEqual([warm.hits, warm.misses], [2, 0]);
    assert.equal(warm.stdout, cold.stdout);
    assert.equal(warm.code, cold.code);
    assert.equal(warm.stderr, cold.stderr);
    // Every format reads the same cached results.
    const junit = await lint(['--cache', '--format', 'junit', 'notes'], t.dir);
    assert.equal(junit.hits, 2);
    assert.match(junit.stdout, /<testcase classname="notes\/b" name="stigmatizing-language: [^"]*" file="notes\/b.md">\n +<failure/);
  });

  it('stores no note text, no finding text and no path: hashes and encrypted results only', async () => {
    const r = await lint(['--cache', 'notes'], t.dir);
    assert.match(r.stdout, /addict/, 'the finding quotes the note');
    const stored = readFileSync(file, 'utf8');
    for (const words of ['Marisol', 'Quintanilla', 'addict', 'feeling low', 'Goals', 'goals', 'b.md', 'notes']) {
      assert.ok(!stored.includes(words), `"${words}" is in the cache file`);
    }
    const parsed = JSON.parse(stored);
    assert.equal(parsed.clinote, pkg.version);
    for (const [slot, e] of Object.entries<{ key: string; data: string }>(parsed.entries)) {
      assert.match(slot, /^[0-9a-f]{64}$/);
      assert.match(e.key, /^[0-9a-f]{64}$/);
      assert.match(e.data, /^[A-Za-z0-9+/]+=*$/);
    }
    assert.equal(Object.keys(parsed.entries).length, 2);
  });

  it('lints again a note whose content changed, and only that one', async () => {
    await lint(['--cache', 'notes'], t.dir);
    writeFileSync(path.join(t.dir, 'notes/a.md'), NOTE_WITHOUT_GOALS.replace('Meet again next week.', 'Meet again next week.\n\n## Goals\n\nClient will sleep 7 hours on 5 of 7 nights within 6 weeks, by a sleep log.'));
    const r = await lint(['--cache', 'notes'], t.dir);
    assert.deepEqual([r.hits, r.misses], [1, 1]);
    assert.doesNotMatch(r.stdout, /notes\/a\.md:\d+:\d+ warning +Mutually negotiated goals/, 'the new goals are seen');
    assert.match(r.stdout, /notes\/b\.md:\d+:\d+ warning +Mutually negotiated goals/);
  });

  it('lints again the notes whose config changed', async () => {
    await lint(['--cache', 'notes'], t.dir);
    writeFileSync(path.join(t.dir, 'notes/.clinote.json'), '{ "rules": { "goals": "error" } }');
    const r = await lint(['--cache', 'notes'], t.dir);
    assert.deepEqual([r.hits, r.misses], [0, 2]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /notes\/a\.md:\d+:\d+ error +Mutually negotiated goals/);
    // A config elsewhere (a sibling folder's) changes nothing for these notes.
    mkdirSync(path.join(t.dir, 'other'));
    writeFileSync(path.join(t.dir, 'other/.clinote.json'), '{ "rules": { "goals": "off" } }');
    assert.deepEqual(((o) => [o.hits, o.misses])(await lint(['--cache', 'notes'], t.dir)), [2, 0]);
    // --type and --no-dismissed are part of what the results depend on too.
    assert.deepEqual(((o) => [o.hits, o.misses])(await lint(['--cache', '--type', 'dap', 'notes'], t.dir)), [0, 2]);
  });

  it("lints everything again after a change of Clinote's version", async () => {
    await lint(['--cache', 'notes'], t.dir);
    // A cache written by another version: set aside whole, then rewritten by this one.
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...parsed, clinote: '0.0.1-older' }));
    const r = await lint(['--cache', 'notes'], t.dir);
    assert.deepEqual([r.hits, r.misses], [0, 2]);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).clinote, pkg.version);
    // And the key itself depends on the version: the same job under another version finds nothing.
    const job = { text: 'x', path: 'a.md', config: { rules: {}, types: {}, dimensions: [], ignore: [], files: [] } };
    const now = new LintCache(file, pkg.version);
    const next = new LintCache(file, `${pkg.version}-next`);
    assert.notEqual(now.keyOf(job, '/a.md').key, next.keyOf(job, '/a.md').key);
    now.set(now.keyOf(job, '/a.md'), { findings: [], dismissed: 0 });
    assert.ok(now.get(now.keyOf(job, '/a.md')));
    assert.equal(now.get(next.keyOf(job, '/a.md')), undefined);
  });

  it('ignores a corrupt cache file, and rewrites it', async () => {
    const cold = await lint(['--cache', 'notes'], t.dir);
    for (const junk of ['{"clinote": "0.1', '\u0000\u0001 not json', '[]', JSON.stringify({ clinote: pkg.version, layout: 3, entries: { x: 5 } })]) {
      writeFileSync(file, junk);
      const r = await lint(['--cache', 'notes'], t.dir);
      assert.equal(r.stdout, cold.stdout, junk);
      assert.equal(r.stderr, '', junk);
      assert.equal(r.hits, 0, junk);
      assert.equal(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries).length, 2, 'rewritten whole');
      assert.deepEqual(((o) => [o.hits, o.misses])(await lint(['--cache', 'notes'], t.dir)), [2, 0]);
    }
    // An entry whose results were tampered with is linted again.
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    const slot = Object.keys(parsed.entries)[0];
    parsed.entries[slot].data = Buffer.from('not the results').toString('base64');
    writeFileSync(file, JSON.stringify(parsed));
    const r = await lint(['--cache', 'notes'], t.dir);
    assert.deepEqual([r.hits, r.misses], [1, 1]);
    assert.equal(r.stdout, cold.stdout);
  });

  it('--cache-location names the file, or a folder for it, and implies --cache', async () => {
    const a = await lint(['--cache-location', 'my.cache', 'notes'], t.dir);
    assert.equal(a.misses, 2);
    assert.ok(existsSync(path.join(t.dir, 'my.cache')));
    assert.ok(!existsSync(file), 'not the default place');
    assert.equal((await lint(['--cache-location', 'my.cache', 'notes'], t.dir)).hits, 2);
    await lint(['--cache-location', 'caches/', 'notes'], t.dir);
    assert.ok(existsSync(path.join(t.dir, 'caches', 'cache.json')));
    assert.equal(cacheFile(t.dir, 'caches'), path.join(t.dir, 'caches', 'cache.json'), 'an existing folder');
    assert.equal(cacheFile(t.dir), file);
  });

  it('a cache file that cannot be written is said once on stderr, and the run goes on', async () => {
    writeFileSync(path.join(t.dir, 'blocker'), 'a file where a folder should be');
    const r = await lint(['--cache-location', 'blocker/sub/cache.json', 'notes'], t.dir);
    assert.match(r.stderr, /^clinote: cannot write the cache file blocker\/sub\/cache\.json: E[A-Z]+\n$/);
    assert.match(r.stdout, /2 files of 2 checked/);
  });

  it('without --cache, nothing is read or written', async () => {
    const r = await lint(['notes'], t.dir);
    assert.equal(r.hits, undefined);
    assert.ok(!existsSync(path.join(t.dir, 'node_modules')));
  });
});
