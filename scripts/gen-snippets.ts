// Generates snippets/*.code-snippets from the core's profiles and catalog: a whole-note template per note type and a
// section template per dimension. test/core/snippets.test.ts fails when the committed files differ from this output.
// usage: npm run gen:snippets
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, profiles } from '../src/core/index.js';
import { noteSnippet, sectionSnippet } from '../src/extension/templates.js';

type Snippets = Record<string, { prefix: string[]; body: string[]; description: string }>;

const lines = (s: string) => s.replace(/\n$/, '').split('\n');

export function generateSnippets(): Record<string, string> {
  const notes: Snippets = {};
  for (const p of profiles) {
    notes[`Clinote: ${p.title}`] = {
      prefix: [`note-${p.id}`, `clinote-note-${p.id}`],
      body: lines(noteSnippet(p)),
      description: `A new ${p.title} with today's date and a prompt for each part.`,
    };
  }
  const sections: Snippets = {};
  for (const d of catalog) {
    sections[`Clinote: ${d.title}`] = {
      prefix: [`section-${d.id}`, `clinote-${d.id}`],
      body: lines(sectionSnippet(d)),
      description: d.why,
    };
  }
  const json = (o: Snippets) => JSON.stringify(o, null, 2) + '\n';
  return { 'notes.code-snippets': json(notes), 'sections.code-snippets': json(sections) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL('../snippets/', import.meta.url);
  for (const [name, text] of Object.entries(generateSnippets())) writeFileSync(new URL(name, dir), text);
  console.log('snippets/ written');
}
