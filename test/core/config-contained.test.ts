// A config file is data from whoever wrote the folder (a cloned repository, a trainee): whatever it says, it cannot
// make Clinote read or show files outside that folder, hang, or crash. What a user sees: one problem, where it is.
import assert from 'node:assert/strict';
import {
  isIgnored,
  loadConfigFile,
  loadConfigForFile,
  MAX_CONFIG_BYTES,
  type ConfigHost,
  type ConfigProblem,
  type Refused,
} from '../../src/core/config/index.js';
import { globMatcher } from '../../src/core/config/glob.js';
import { MAX_EXTENDS } from '../../src/core/config/load.js';
import { lint } from '../../src/core/index.js';

const SECRET = 'SECRET-TOKEN-8841';
/** A file outside every allowed folder that looks enough like a config for its values to be quoted if it were read. */
const SECRET_JSON = JSON.stringify({ defaultType: SECRET, rules: { [SECRET]: 'error' } });

/** An in-memory host that records what was read; `links` are paths whose symbolic links lead out of any folder. */
function host(files: Record<string, string | Refused>, links: string[] = []): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(p) {
      reads.push(p);
      return files[p];
    },
    leavesFolder: (p) => links.includes(p),
  };
}

const lines = (problems: ConfigProblem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);

describe('config: extends stays inside the allowed folder', () => {
  const outside = [
    ['an absolute path', '/home/user/.secrets/token.json', '/home/user/.secrets/token.json'],
    ['.. out of the folder', '../../../home/user/.secrets/token.json', '/home/user/.secrets/token.json'],
    ['.. hidden in the middle', './notes/../../outside.json', '/ws/outside.json'],
    ['a Windows drive path', 'C:\\Users\\me\\token.json', 'C:/Users/me/token.json'],
    ['a Windows drive path with slashes', 'c:/Users/me/token.json', 'c:/Users/me/token.json'],
    ['a UNC path', '\\\\server\\share\\token.json', '/server/share/token.json'],
  ] as const;
  for (const [what, value, target] of outside) {
    it(`${what} is one problem at the value, and the file is never read`, () => {
      const h = host({ '/ws/clinic/.clinote.json': JSON.stringify({ extends: value }), [target]: SECRET_JSON });
      const r = loadConfigFile('/ws/clinic/.clinote.json', h);
      assert.equal(r.problems.length, 1, lines(r.problems).join('\n'));
      const p = r.problems[0];
      assert.equal(p.file, '/ws/clinic/.clinote.json');
      assert.deepEqual([p.line, p.column], [1, 12]);
      assert.equal(
        p.message,
        `extends ${JSON.stringify(value)} is not read: it is outside /ws/clinic, the folder of the config file where this chain starts; ` +
          'extend a built-in such as clinote:recommended or a file inside that folder',
      );
      assert.ok(!h.reads.includes(target), `${target} was read`);
      assert.equal(r.config.defaultType, undefined);
    });
  }

  it('the workspace folder widens the reach (the extension), and its name is in the message', () => {
    const files = {
      '/ws/trainee/.clinote.json': '{ "extends": ["../agency.json", "../../elsewhere.json"] }',
      '/ws/agency.json': '{ "defaultType": "dap" }',
      '/elsewhere.json': SECRET_JSON,
    };
    const h = host(files);
    const r = loadConfigForFile('/ws/trainee/note.md', h, { workspace: { folder: '/ws', name: 'the workspace folder' } });
    assert.deepEqual(lines(r.problems), [
      '/ws/trainee/.clinote.json:1:33: extends "../../elsewhere.json" is not read: it is outside the workspace folder; ' +
        'extend a built-in such as clinote:recommended or a file inside that folder',
    ]);
    assert.equal(r.config.defaultType, 'dap');
    assert.ok(!h.reads.includes('/elsewhere.json'));
  });

  it('a config above the workspace folder keeps its own folder (it was not written from inside the workspace)', () => {
    const h = host({ '/home/me/.clinote.json': '{ "extends": "./agency.json" }', '/home/me/agency.json': '{ "defaultType": "dap" }' });
    const r = loadConfigForFile('/home/me/ws/note.md', h, { workspace: { folder: '/home/me/ws', name: 'the workspace folder' } });
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.defaultType, 'dap');
  });

  it('a chain stays inside the folder where it starts: each link is checked, wherever the file naming it lies', () => {
    const h = host({
      '/ws/.clinote.json': '{ "extends": "./team/base.json" }',
      '/ws/team/base.json': '{ "extends": ["../shared.json", "../../outside.json"] }',
      '/ws/shared.json': '{ "defaultType": "birp" }',
      '/outside.json': SECRET_JSON,
    });
    const r = loadConfigFile('/ws/.clinote.json', h);
    assert.deepEqual(
      r.problems.map((p) => `${p.file}:${p.line}:${p.column}`),
      ['/ws/team/base.json:1:33'],
    );
    assert.match(r.problems[0].message, /^extends "\.\.\/\.\.\/outside\.json" is not read: it is outside \/ws, /);
    assert.equal(r.config.defaultType, 'birp');
    assert.ok(!h.reads.includes('/outside.json'));
  });

  it('--allow-outside-config (allowOutside) lifts the limit; the hint says how', () => {
    const files = { '/ws/.clinote.json': '{ "extends": "../agency/.clinote.json" }', '/agency/.clinote.json': '{ "defaultType": "girp" }' };
    const refused = loadConfigFile('/ws/.clinote.json', host(files), { outsideHint: ', or run with --allow-outside-config' });
    assert.match(refused.problems[0].message, /inside that folder, or run with --allow-outside-config$/);
    const allowed = loadConfigFile('/ws/.clinote.json', host(files), { allowOutside: true });
    assert.deepEqual(allowed.problems, []);
    assert.equal(allowed.config.defaultType, 'girp');
  });

  it('a symbolic link that leads out of the folder is refused before it is read', () => {
    const h = host({ '/ws/.clinote.json': '{ "extends": "./link.json" }', '/ws/link.json': SECRET_JSON }, ['/ws/link.json']);
    const r = loadConfigFile('/ws/.clinote.json', h);
    assert.deepEqual(lines(r.problems), [
      '/ws/.clinote.json:1:14: extends "./link.json" is not read: a symbolic link takes it outside /ws, the folder of the config file ' +
        'where this chain starts; extend a built-in such as clinote:recommended or a file inside that folder',
    ]);
    assert.ok(!h.reads.includes('/ws/link.json'));
  });

  it('a .clinote.json that is itself a link out of its folder is not read; the defaults apply', () => {
    const h = host({ '/ws/.clinote.json': SECRET_JSON }, ['/ws/.clinote.json']);
    const r = loadConfigForFile('/ws/note.md', h);
    assert.deepEqual(lines(r.problems), [
      '/ws/.clinote.json:1:1: this config file is not read: it is a symbolic link to a file outside its folder; copy the file here instead; the defaults apply',
    ]);
    assert.ok(!h.reads.includes('/ws/.clinote.json'));
    assert.equal(r.config.defaultType, undefined);
  });
});

describe('config: files that are not configs', () => {
  it('a pipe, a device or a folder is refused by the host with its reason, at the extends value or at 1:1', () => {
    const fifo = { refused: 'it is a named pipe, not a regular file' };
    const h = host({ '/ws/.clinote.json': '{ "extends": "./pipe.json" }', '/ws/pipe.json': fifo, '/ws/b/.clinote.yaml': fifo });
    assert.deepEqual(lines(loadConfigFile('/ws/.clinote.json', h).problems), [
      '/ws/.clinote.json:1:14: extends "./pipe.json" is not read: it is a named pipe, not a regular file',
    ]);
    assert.deepEqual(lines(loadConfigForFile('/ws/b/note.md', h).problems), [
      '/ws/b/.clinote.yaml:1:1: this config file is not read: it is a named pipe, not a regular file; the defaults apply',
    ]);
  });

  it('a text over 1 MB is refused even when the host does not check', () => {
    const big = `{ "defaultType": "soap", "x": "${'a'.repeat(MAX_CONFIG_BYTES)}" }`;
    const r = loadConfigFile('/ws/.clinote.json', host({ '/ws/.clinote.json': big }));
    assert.deepEqual(lines(r.problems), ['/ws/.clinote.json:1:1: this config file is not read: it is larger than 1 MB, too large for a configuration; the defaults apply']);
  });

  it(`extends stops after ${MAX_EXTENDS} files: a long chain or a wide tree cannot run away`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`/ws/c${i}.json`] = JSON.stringify({ extends: [`./c${i + 1}.json`, `./c${i + 2}.json`] });
    const t0 = Date.now();
    const r = loadConfigFile('/ws/c0.json', host(files));
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(r.problems.length >= 1);
    assert.ok(r.problems.every((p) => p.message.includes(`this configuration already extends ${MAX_EXTENDS} files, the most Clinote reads for one`)));
  });
});

describe('config: messages quote at most a short excerpt of a value', () => {
  const long = SECRET + '-' + 'x'.repeat(5000);
  /** No message carries more than 40 characters of the long value. */
  const assertExcerpts = (problems: ConfigProblem[]) => {
    assert.ok(problems.length > 0);
    for (const p of problems) {
      assert.ok(!p.message.includes('x'.repeat(40)), p.message.slice(0, 200));
      assert.ok(p.message.length < 400, `${p.message.length} characters: ${p.message.slice(0, 200)}`);
    }
  };
  const places: [string, unknown][] = [
    ['defaultType', { defaultType: long }],
    ['a rule id', { rules: { [long]: 'error' } }],
    ['a level', { rules: { goals: long } }],
    ['a setting name', { [long]: 1 }],
    ['a note type', { types: { [long]: {} } }],
    ['extends (built-in)', { extends: 'clinote:' + long }],
    ['extends (outside)', { extends: '../' + long }],
    ['extends (missing)', { extends: './' + long }],
    ['a dimension id', { dimensions: [{ id: long, title: 'T', headings: ['h'] }] }],
    ['a pattern', { dimensions: [{ id: 'd', title: 'T', subItems: [{ id: 's', label: 'l', cues: [], patterns: ['(?<=' + long + ')'] }] }] }],
    ['a sub-item list', { dimensions: [{ id: 'd', title: 'T', subItems: Array.from({ length: 50 }, (_, i) => ({ id: `s${i}-${'x'.repeat(45)}`, label: 'l', cues: ['c'] })), requires: ['nope'] }] }],
    ['a requiredIn key', { dimensions: [{ id: 'd', title: 'T', headings: ['h'], requiredIn: { [long]: 'error' } }] }],
    ['an ignore glob', { ignore: ['*'.repeat(1001) + long] }],
  ];
  for (const [what, data] of places) {
    it(what, () => {
      for (const [file, text] of [
        ['/ws/.clinote.json', JSON.stringify(data, null, 2)],
        ['/ws/.clinote.yaml', JSON.stringify(data)],
      ]) {
        assertExcerpts(loadConfigFile(file, host({ [file]: text })).problems);
      }
    });
  }
  it('a duplicate key', () => {
    assertExcerpts(loadConfigFile('/ws/.clinote.json', host({ '/ws/.clinote.json': `{ "${long}": 1, "${long}": 2 }` })).problems);
  });
  it('an unknown YAML tag', () => {
    assertExcerpts(loadConfigFile('/ws/.clinote.yaml', host({ '/ws/.clinote.yaml': `defaultType: !${long} soap\n` })).problems);
  });
});

describe('config: nesting is capped at 64 levels, without a stack overflow', () => {
  const N = 4000;
  // A block mapping indents one more space per level: 1,400 levels fit in the 1 MB a config may have.
  let block = 'rules:\n';
  for (let i = 1; i < 1400; i++) block += ' '.repeat(i) + 'a:\n';
  const cases: [string, string, string][] = [
    ['JSON lists, 4,000 levels', '/ws/.clinote.json', `{"rules": {"goals": {"options": ${'['.repeat(N)}${']'.repeat(N)}}}}`],
    ['JSON objects, 4,000 levels', '/ws/.clinote.json', '{"a":'.repeat(N) + '1' + '}'.repeat(N)],
    ['YAML flow lists, 4,000 levels', '/ws/.clinote.yaml', `rules:\n  goals:\n    options: ${'['.repeat(N)}${']'.repeat(N)}\n`],
    ['YAML block mappings, 1,400 levels', '/ws/.clinote.yaml', block],
    ['YAML compact sequences, 4,000 levels', '/ws/.clinote.yaml', '- '.repeat(N) + 'x\n'],
  ];
  for (const [what, file, text] of cases) {
    it(`${what}: one problem, the file set aside`, () => {
      const r = loadConfigFile(file, host({ [file]: text }));
      assert.equal(r.problems.length, 1, lines(r.problems).join('\n'));
      assert.equal(r.problems[0].message, 'the configuration is nested too deeply (more than 64 levels); it is ignored');
      assert.equal(r.problems[0].file, file);
      assert.deepEqual(r.config.rules, {});
    });
  }

  it('the problem points at the collection one level too deep', () => {
    const text = '{\n"rules": {"goals": {"options":\n' + '[\n'.repeat(70) + ']'.repeat(70) + '}}}';
    const r = loadConfigFile('/ws/.clinote.json', host({ '/ws/.clinote.json': text }));
    // Levels 1-3 are the objects, 4-64 the first 61 lists: the 62nd list, on line 3 + 61, opens level 65.
    assert.deepEqual(lines(r.problems), ['/ws/.clinote.json:64:1: the configuration is nested too deeply (more than 64 levels); it is ignored']);
  });

  it('64 levels are fine', () => {
    const text = `{"rules": {"goals": {"severity": "error", "options": {"x": ${'['.repeat(60)}${']'.repeat(60)}}}}}`;
    const r = loadConfigFile('/ws/.clinote.json', host({ '/ws/.clinote.json': text }));
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.rules.goals.severity, 'error');
  });

  it('YAML aliases that nest deeper than the text, or contain themselves', () => {
    const deep = `rules:\n  goals:\n    options:\n      a: &a ${'['.repeat(30)}1${']'.repeat(30)}\n      b: &b ${'['.repeat(30)}*a${']'.repeat(30)}\n      c: ${'['.repeat(10)}*b${']'.repeat(10)}\n`;
    const r = loadConfigFile('/ws/.clinote.yaml', host({ '/ws/.clinote.yaml': deep }));
    assert.deepEqual(r.problems.map((p) => p.message), ['the configuration is nested too deeply (more than 64 levels); it is ignored']);
    const loop = loadConfigFile('/ws/.clinote.yaml', host({ '/ws/.clinote.yaml': 'rules:\n  goals: &x\n    options: *x\n' }));
    assert.deepEqual(loop.problems.map((p) => p.message), ['an alias refers to a collection that contains it, so the data never ends; the configuration is ignored']);
  });
});

/**
 * CPU time per unit of input for `run(size)`, best of `runs`. CPU time, not wall time: on a busy machine a longer run
 * is preempted more often, which would look like super-linear growth.
 */
function costPerUnit(run: (size: number) => void, size: number, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    run(size);
    const t = process.cpuUsage(t0);
    best = Math.min(best, t.user + t.system);
  }
  return best / size;
}

describe('config: patterns run in linear time (RE2 syntax)', () => {
  const config = (patterns: string[]) =>
    loadConfigFile(
      '/ws/.clinote.json',
      host({
        '/ws/.clinote.json': JSON.stringify({
          dimensions: [{ id: 'runs', title: 'Runs', subItems: [{ id: 'a', label: 'runs of a', cues: ['zzz'], patterns }], requiredIn: { '*': 'warning' } }],
        }),
      }),
    );

  it('a repeated repeated group is accepted; lookaround and backreferences get a clear message', () => {
    assert.deepEqual(config(['^(a|a)+$', '^((a+))+$', '(\\w+\\s?)*$']).problems, []);
    assert.deepEqual(
      config(['(?<=a)b', '(?!a)b', '(a)\\1']).problems.map((p) => p.message),
      [
        'pattern "(?<=a)b" uses lookbehind, which config patterns cannot: they run on a linear-time engine',
        'pattern "(?!a)b" uses lookahead, which config patterns cannot: they run on a linear-time engine',
        'pattern "(a)\\\\1" uses a backreference, which config patterns cannot: they run on a linear-time engine',
      ],
    );
  });

  it('^(a|a)+$ and ^((a+))+$ on 10 KB and 100 KB of "a"s (and no match): time per KB grows less than 2x', () => {
    const { config: c } = config(['^(a|a)+$', '^((a+))+$']);
    // The closing "!" makes every pattern fail, after trying the whole run: the worst case of a backtracking engine.
    const run = (kb: number) => {
      const findings = lint('a'.repeat(kb * 1024) + '!', { config: c }).findings;
      assert.ok(findings.some((f) => f.ruleId === 'runs'), 'the patterns ran and did not match');
    };
    run(10); // warm up
    // The lower of two measurements: a busy machine slows one, never a linear engine both (a backtracking one is 100x).
    const ratio = Math.min(...[0, 1].map(() => costPerUnit(run, 100) / costPerUnit(run, 10)));
    assert.ok(ratio < 2, `time per KB at 100 KB is ${ratio.toFixed(2)}x that at 10 KB`);
  });
});

describe('config: ignore globs match in linear time', () => {
  /**
   * Time per character of `test` on a path of 10x the length, over that on the shorter one: about 1 when linear,
   * 10 when quadratic (a backtracking matcher does not finish). The limit in the tests leaves room for a busy machine.
   */
  const growth = (glob: string, path: (len: number) => string, len: number) => {
    const m = globMatcher(glob);
    m.test(path(len)); // warm up
    return costPerUnit((n) => m.test(path(n)), len * 10, 5) / costPerUnit((n) => m.test(path(n)), len, 5);
  };

  it('"**/" 20 to 100 times: right answers, time per path character flat', () => {
    for (const n of [20, 50, 100]) {
      const glob = '/ws/' + '**/'.repeat(n) + 'x.md';
      assert.ok(globMatcher(glob).test('/ws/a/b/c/x.md'));
      assert.ok(!globMatcher(glob).test('/ws/a/b/c/y.md'));
      const ratio = growth(glob, (len) => '/ws/' + 'a/'.repeat(len) + 'y.md', 300);
      assert.ok(ratio < 4, `${n}x "**/": ${ratio.toFixed(2)}x slower per character on a 10x longer path`);
    }
  });

  it('"*a*a*a...*b" against a long run of "a"s', () => {
    const glob = '/ws/' + '*a'.repeat(30) + '*b';
    assert.ok(globMatcher(glob).test('/ws/' + 'a'.repeat(40) + 'b'));
    assert.ok(!globMatcher(glob).test('/ws/' + 'a'.repeat(5000)));
    const ratio = growth(glob, (len) => '/ws/' + 'a'.repeat(len), 1000);
    assert.ok(ratio < 4, `${ratio.toFixed(2)}x slower per character on a 10x longer path`);
  });

  it('braces are not expanded: 30 pairs of alternatives stay small', () => {
    const glob = '/ws/' + '{a,b}'.repeat(30) + '.md';
    assert.ok(globMatcher(glob).test('/ws/' + 'ab'.repeat(15) + '.md'));
    assert.ok(!globMatcher(glob).test('/ws/' + 'ab'.repeat(15) + 'c.md'));
  });

  it('the documented semantics hold: segments, folders, classes, a folder matches all below', () => {
    const m = (g: string, p: string) => globMatcher(g).test(p);
    assert.ok(m('/p/**/*.md', '/p/a.md') && m('/p/**/*.md', '/p/x/y/a.md') && !m('/p/**/*.md', '/p/a.txt'));
    assert.ok(m('/p/*.md', '/p/a.md') && !m('/p/*.md', '/p/x/a.md'));
    assert.ok(m('/p/n?.md', '/p/n1.md') && !m('/p/n?.md', '/p/n/.md'));
    assert.ok(m('/p/[a-c]*.md', '/p/b.md') && !m('/p/[a-c]*.md', '/p/d.md') && !m('/p/[!x]*.md', '/p/x.md'));
    assert.ok(m('/p/{notes,drafts/old}/*.md', '/p/drafts/old/n.md') && !m('/p/{notes,drafts/old}/*.md', '/p/drafts/n.md'));
    assert.ok(m('/p/drafts', '/p/drafts/deep/n.md') && !m('/p/drafts', '/p/drafts2/n.md'));
    assert.ok(m('/p/a[b', '/p/a[b') && m('/p/a+b(1).md', '/p/a+b(1).md'));
  });

  it('a glob over 1000 characters is reported and dropped, the others apply', () => {
    const text = JSON.stringify({ ignore: ['drafts/**', '*'.repeat(1001)] }, null, 1);
    const r = loadConfigFile('/ws/.clinote.json', host({ '/ws/.clinote.json': text }));
    assert.deepEqual(r.problems.map((p) => [p.line, p.message]), [[4, `ignore pattern "${'*'.repeat(39)}…" is longer than 1000 characters; shorten it`]]);
    assert.deepEqual(r.config.ignore, ['/ws/drafts/**']);
    assert.ok(isIgnored(r.config.ignore, '/ws/drafts/a.md'));
  });
});
