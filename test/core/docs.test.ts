// The docs are part of the product: every registered rule has a page, generated parts must match the data, and the
// page's examples are tests (remark-lint style): each ```markdown fail block must make the rule report, each
// ```markdown pass block must not (`type=<note type>` forces the note type).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lint, lintCaseload, ruleRegistry } from '../../src/core/index.js';
import { renderReadme, renderRulePage } from '../../scripts/docs-gen.js';
// @ts-expect-error: a CommonJS script without types
import { vsixReadme } from '../../scripts/package.cjs';

const dir = new URL('../../docs/rules/', import.meta.url);
const rules = ruleRegistry();
const pageOf = (id: string) => new URL(`${id}.md`, dir);

describe('docs', () => {
  it('has no page for a rule that is not registered', () => {
    const ids = new Set(rules.map((r) => r.id));
    const stray = readdirSync(dir).filter((f) => f.endsWith('.md') && !ids.has(f.replace(/\.md$/, '')));
    assert.deepEqual(stray, []);
  });

  it('generated parts match the registry and profiles (npm run gen:docs)', () => {
    for (const { id } of rules) {
      if (!existsSync(pageOf(id))) continue;
      const text = readFileSync(pageOf(id), 'utf8');
      assert.equal(renderRulePage(id, text), text, `${id}.md is stale`);
    }
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.equal(renderReadme(readme), readme, 'README requirements table is stale');
  });

  for (const rule of rules) {
    const { id } = rule;
    const text = existsSync(pageOf(id)) ? readFileSync(pageOf(id), 'utf8') : undefined;
    const examples = [...(text ?? '').matchAll(/```markdown (pass|fail)(?: type=([\w-]+))?(?: path=([\w./-]+))?\n([\s\S]*?)\n```/g)];
    // A rule that compares notes (copied-text): the page's examples with a path are one caseload, linted together.
    const caseload = rule.crossNote
      ? lintCaseload(examples.filter((m) => m[3]).map((m) => ({ path: m[3], text: m[4] + '\n' })))
      : [];
    const inCaseload = (m: RegExpExecArray) => caseload[examples.filter((e) => e[3]).indexOf(m)];

    it(`${id}: has a page (docs/rules/${id}.md) under the registry's title`, () => {
      assert.ok(text !== undefined, `docs/rules/${id}.md is missing`);
      assert.ok(text.startsWith(`# ${id}\n\n**${rule.title}.**`), `the page starts "# ${id}", then "**${rule.title}.**"`);
    });

    it(`${id}: has a failing and a passing example`, () => {
      assert.ok(examples.some((m) => m[1] === 'fail'), 'a ```markdown fail example');
      assert.ok(examples.some((m) => m[1] === 'pass'), 'a ```markdown pass example');
    });

    examples.forEach((m, i) => {
      const [, kind, type, path, body] = m;
      it(`${id}: example ${i + 1} ${kind === 'pass' ? 'passes' : 'fails'}`, () => {
        const result = path && rule.crossNote ? inCaseload(m) : lint(body + '\n', { type });
        const found = result.findings.filter((x) => x.ruleId === id);
        if (kind === 'pass') assert.equal(found.length, 0, found.map((x) => x.message).join('\n'));
        else assert.ok(found.length > 0, `expected a ${id} finding`);
      });
    });
  }
});

describe('docs: the extension guide (docs/vscode.md) and its packaged copy', () => {
  const docs = new URL('../../docs/', import.meta.url);
  const guide = readFileSync(new URL('vscode.md', docs), 'utf8');
  const targets = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

  it('every picture and relative link of the guides points to a file of the repository', () => {
    for (const name of ['vscode.md', 'developing.md']) {
      const text = readFileSync(new URL(name, docs), 'utf8');
      for (const t of targets(text).filter((t) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(t))) {
        assert.ok(existsSync(new URL(t.replace(/#.*/, ''), new URL(name, docs))), `${name}: ${t}`);
      }
    }
    assert.ok(targets(guide).some((t) => t.startsWith('images/')), 'the guide shows pictures (on GitHub, in a preview)');
  });

  it('the .vsix README keeps the text and leaves out the pictures; its links are absolute', () => {
    const out: string = vsixReadme(guide, 'https://example.org/repo/blob/HEAD/docs/');
    assert.doesNotMatch(out, /!\[|<img/);
    for (const t of targets(out)) assert.match(t, /^(https?:|#)/, t);
    assert.ok(out.includes('[the configuration guide](https://example.org/repo/blob/HEAD/docs/configuration.md)'));
    assert.ok(out.includes("[the project's README](https://example.org/repo/blob/HEAD/README.md)"));
    // Only lines of pictures go; every other line stays.
    const kept = (t: string) => t.split('\n').filter((l) => l.trim() && !/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(l)).length;
    assert.equal(out.split('\n').filter((l) => l.trim()).length, kept(guide));
  });
});
