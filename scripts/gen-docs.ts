import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderReadme, renderRulePage } from './docs-gen.js';

const dir = new URL('../docs/rules/', import.meta.url);
for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
  const p = new URL(f, dir);
  writeFileSync(p, renderRulePage(f.replace(/\.md$/, ''), readFileSync(p, 'utf8')));
}
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, renderReadme(readFileSync(readme, 'utf8')));
