// The committed snippets and front matter grammar are what scripts/gen-snippets.ts makes from the catalog and profiles (no drift), and the
// section snippets are the quick-fix templates: one source for both.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateSnippets } from '../../scripts/gen-snippets.js';
import { catalog, lint, profiles } from '../../src/core/index.js';
import { sectionSnippet } from '../../src/core/fixes/snippets.js';

describe('snippets', () => {
  const generated = generateSnippets();

  for (const [name, text] of Object.entries(generated)) {
    it(`${name} is up to date (npm run gen:snippets)`, () => {
      assert.equal(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), text);
    });
  }

  it('has a note snippet per note type and a section snippet per dimension', () => {
    assert.equal(Object.keys(JSON.parse(generated['snippets/notes.code-snippets'])).length, profiles.length);
    assert.equal(Object.keys(JSON.parse(generated['snippets/sections.code-snippets'])).length, catalog.length);
  });

  it('each snippet has one prefix, so the suggestion list shows it once', () => {
    for (const [file, text] of Object.entries(generateSnippets())) {
      if (!file.startsWith('snippets/')) continue;
      for (const [name, sn] of Object.entries(JSON.parse(text) as Record<string, { prefix: unknown }>)) assert.equal(typeof sn.prefix, 'string', name);
    }
  });

  it('a section snippet is the snippet a quick-fix inserts', () => {
    const sections = JSON.parse(generated['snippets/sections.code-snippets']) as Record<string, { body: string[] }>;
    const goals = catalog.find((d) => d.id === 'goals')!;
    const finding = lint('# Note\n\n## Plan\n\nSee client next week.\n', { type: 'soap' }).findings.find((f) => f.ruleId === 'goals' && f.fix);
    assert.ok(finding, 'a goals quick-fix');
    const edit = finding.fix!.edits[0];
    // The quick-fix picks the heading level from where it inserts; otherwise the text is the same.
    const level = /^\s*(#+) /.exec(edit.newText)![1].length;
    const core = (s: string) => s.replace(/\s*\$0\s*$/, '').trim();
    assert.equal(core(edit.snippet!), core(sectionSnippet(goals, level)));
    assert.equal(sections[`Clinote: ${goals.title}`].body.join('\n'), sectionSnippet(goals, 2).replace(/\n$/, ''));
  });

  it('note snippets use date variables, a choice for the modality and tab stops on every prompt', () => {
    const notes = JSON.parse(generated['snippets/notes.code-snippets']) as Record<string, { body: string[] }>;
    for (const [name, s] of Object.entries(notes)) {
      const body = s.body.join('\n');
      assert.match(body, /^date: \$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE$/m, name);
      assert.match(body, /^modality: \$\{\d+\|[^|]+\|\}$/m, name);
      assert.ok(!/<!--\s*\?(?![^$]*\})/.test(body.replace(/\$\{\d+:<!--[\s\S]*?-->\}/g, '')), `${name}: every prompt is a tab stop`);
    }
  });
});
