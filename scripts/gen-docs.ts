// Rewrites the generated parts of every built-in rule's page (docs/rules/<id>.md) and of the README.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ruleIds } from '../src/core/index.js';
import { renderReadme, renderRulePage } from './docs-gen.js';

const dir = new URL('../docs/rules/', import.meta.url);
for (const id of ruleIds()) {
  const p = new URL(`${id}.md`, dir);
  // A new rule's page is written by hand first (test/core/docs.test.ts says which are missing).
  if (!existsSync(p)) {
    console.warn(`docs/rules/${id}.md is missing: write it, then run this again`);
    continue;
  }
  writeFileSync(p, renderRulePage(id, readFileSync(p, 'utf8')));
}
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, renderReadme(readFileSync(readme, 'utf8')));
