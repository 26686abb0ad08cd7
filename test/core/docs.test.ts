// The docs are part of the product: generated parts must match the data, and every example must do what it says.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { lint, ruleIds } from '../../src/core/index.js';
import { renderReadme, renderRulePage } from '../../scripts/docs-gen.js';

const dir = new URL('../../docs/rules/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('docs', () => {
  it('has one page per rule', () => {
    assert.deepEqual(pages.map((f) => f.replace(/\.md$/, '')).sort(), [...ruleIds()].sort());
  });

  it('generated parts match the catalog and profiles (npm run gen:docs)', () => {
    for (const f of pages) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      assert.equal(renderRulePage(f.replace(/\.md$/, ''), text), text, `${f} is stale`);
    }
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.equal(renderReadme(readme), readme, 'README requirements table is stale');
  });

  for (const f of pages) {
    const id = f.replace(/\.md$/, '');
    const text = readFileSync(new URL(f, dir), 'utf8');
    const examples = [...text.matchAll(/```markdown (pass|fail)(?: type=([\w-]+))?\n([\s\S]*?)\n```/g)];
    it(`${id}: has a passing and a failing example`, () => {
      assert.ok(examples.some((m) => m[1] === 'pass') && examples.some((m) => m[1] === 'fail'));
    });
    examples.forEach((m, i) => {
      const [, kind, type, body] = m;
      it(`${id}: example ${i + 1} ${kind}es`, () => {
        const found = lint(body + '\n', { type }).findings.filter((x) => x.ruleId === id);
        if (kind === 'pass') assert.equal(found.length, 0, found.map((x) => x.message).join('\n'));
        else assert.ok(found.length > 0, `expected a ${id} finding`);
      });
    });
  }
});
