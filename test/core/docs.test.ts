// The docs are part of the product: every registered rule has a page, generated parts must match the data, and the
// page's examples are tests (remark-lint style): each ```markdown fail block must make the rule report, each
// ```markdown pass block must not (`type=<note type>` forces the note type).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lint, ruleRegistry } from '../../src/core/index.js';
import { renderReadme, renderRulePage } from '../../scripts/docs-gen.js';

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
    const examples = [...(text ?? '').matchAll(/```markdown (pass|fail)(?: type=([\w-]+))?\n([\s\S]*?)\n```/g)];

    it(`${id}: has a page (docs/rules/${id}.md) under the registry's title`, () => {
      assert.ok(text !== undefined, `docs/rules/${id}.md is missing`);
      assert.ok(text.startsWith(`# ${id}\n\n**${rule.title}.**`), `the page starts "# ${id}", then "**${rule.title}.**"`);
    });

    it(`${id}: has a failing and a passing example`, () => {
      assert.ok(examples.some((m) => m[1] === 'fail'), 'a ```markdown fail example');
      assert.ok(examples.some((m) => m[1] === 'pass'), 'a ```markdown pass example');
    });

    examples.forEach((m, i) => {
      const [, kind, type, body] = m;
      it(`${id}: example ${i + 1} ${kind === 'pass' ? 'passes' : 'fails'}`, () => {
        const found = lint(body + '\n', { type }).findings.filter((x) => x.ruleId === id);
        if (kind === 'pass') assert.equal(found.length, 0, found.map((x) => x.message).join('\n'));
        else assert.ok(found.length > 0, `expected a ${id} finding`);
      });
    });
  }
});
