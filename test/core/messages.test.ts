// A finding's message is one Problems row: what is missing and what to do, in at most MESSAGE_MAX characters. Why it
// matters, what made it expected and where it comes from are fields of the finding (the hover and JSON show them),
// never repeated in the message.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { catalog, lint, loadConfigFile, loadConfigForFile, profiles, type ConfigHost, type Finding, type ResolvedConfig } from '../../src/core/index.js';
import { NodeConfigHost } from '../../src/cli/host.js';
import { dimensionMessage } from '../../src/core/rules/dimension.js';
import { MESSAGE_MAX } from '../../src/core/rules/message.js';
import { SOURCES } from '../../src/core/dimensions/sources.js';
import type { Assessment } from '../../src/core/read/assess.js';
import type { Section } from '../../src/core/note/note.js';

const repo = new URL('../../', import.meta.url).pathname;
const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
  });
}

/** The message keeps to one row and does not repeat what the finding's own fields carry. */
function oneRow(f: Finding, where: string): void {
  assert.ok(f.message.length <= MESSAGE_MAX, `${where}: ${f.message.length} characters: ${f.message}`);
  const m = f.message.toLowerCase();
  for (const field of [f.why, f.source, f.trigger]) {
    if (field) assert.ok(!m.includes(field.slice(0, 40).toLowerCase()), `${where}: the message repeats "${field}"`);
  }
}

function agency(config: Record<string, unknown>): ResolvedConfig {
  const r = loadConfigFile('/agency/.clinote.json', memHost({ '/agency/.clinote.json': JSON.stringify(config) }));
  // A long hint is flagged (and moved to the hover): what this file checks is the message it leaves.
  assert.deepEqual(r.problems.filter((p) => !p.message.startsWith('hint makes the message')), []);
  return r.config;
}

describe('messages: one Problems row', function () {
  // Lints every note of the repository once (some 2,700 notes, 80 s here; more with each labelled set), and the
  // properties lint a few hundred more: a guard against a hang, not a timing.
  this.timeout(600_000);

  it(`every finding on the example notes and the fixtures fits ${MESSAGE_MAX} characters and leaves the why, the trigger and the source to their fields`, () => {
    const host = new NodeConfigHost();
    const seen = new Set<string>();
    let withWhy = 0;
    for (const file of [...walk(join(repo, 'examples')), ...walk(join(repo, 'test/fixtures'))]) {
      const expected = file.replace(/\.md$/, '.expected.json');
      const type = existsSync(expected) ? (JSON.parse(readFileSync(expected, 'utf8')) as { type?: string }).type : undefined;
      const { config } = loadConfigForFile(file, host);
      for (const f of lint(readFileSync(file, 'utf8'), { config, type }).findings) {
        oneRow(f, relative(repo, file));
        seen.add(f.ruleId);
        if (f.why && f.source) withWhy++;
      }
    }
    // The notes reach every kind of finding, and most carry their why and source beside the message.
    for (const id of ['goals', 'session-details', 'bias-safeguards', 'measurable-goals', 'unfilled-prompt', 'stigmatizing-language', 'identifiers', 'front-matter']) {
      assert.ok(seen.has(id), `no ${id} finding among the notes`);
    }
    assert.ok(withWhy > 500, `${withWhy} findings with a why and a source`);
  });

  it('a property over the catalog: every dimension, note type and state of its topics fits one row', () => {
    const state = fc
      .record({
        d: fc.constantFrom(...catalog),
        profile: fc.constantFrom(...profiles),
        pick: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        status: fc.constantFrom('missing', 'unfilled-section', 'unfilled-entry', 'unfilled-fields', 'shallow'),
        statements: fc.integer({ min: 1, max: 40 }),
      })
      .map(({ d, profile, pick, status, statements }) => {
        const covered = d.subItems.filter((_, i) => pick[i]).map((s) => s.id);
        const missing = d.subItems.filter((_, i) => !pick[i]).map((s) => s.id);
        // The front matter keys of the missing topics, as a note would have them, left empty.
        const keys = missing.flatMap((id) => d.fields?.[id]?.slice(0, 1) ?? []);
        const text = keys.map((k) => `${k}:`).join('\n');
        let at = 0;
        const emptyFields = status === 'unfilled-fields' ? keys.map((k) => ({ start: (at += k.length + 2) - k.length - 2, end: at - 2 })) : [];
        const as: Assessment = {
          dimension: d,
          status: status.startsWith('unfilled') ? 'unfilled' : 'missing',
          section: status === 'unfilled-section' ? ({} as Section) : undefined,
          covered,
          missing,
          evidence: new Map(),
          emptyFields,
          unfilledAt: status === 'unfilled-entry' ? { start: 0, end: 0 } : emptyFields[0],
          shallow: status === 'shallow' ? { statements } : undefined,
        };
        return { d, as, profile, text };
      });
    fc.assert(
      fc.property(state, ({ d, as, profile, text }) => {
        const m = dimensionMessage(d, as, profile, text);
        assert.ok(m.length <= MESSAGE_MAX, `${m.length}: ${m}`);
        assert.ok(m.startsWith(d.title), m);
      }),
      { numRuns: 2000 },
    );
  });

  it("a property over an agency's dimensions: a title up to 60 characters fits one row; a longer one still leads", () => {
    const word = fc.stringMatching(/^[a-z]{1,10}$/);
    const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
    const dimension = fc.record({
      title: phrase(12).map((t) => t[0].toUpperCase() + t.slice(1)),
      heading: phrase(6),
      labels: fc.array(phrase(6), { maxLength: 8 }),
      threshold: fc.integer({ min: 1, max: 10 }),
      hint: fc.option(phrase(30), { nil: undefined }),
      fields: fc.boolean(),
      written: fc.constantFrom('nothing', 'empty section', 'placeholder'),
    });
    fc.assert(
      fc.property(dimension, ({ title, heading, labels, threshold, hint, fields, written }) => {
        const subItems = labels.map((label, i) => ({ id: `item-${i}`, label, cues: [`zzcue${i}`] }));
        const config = agency({
          dimensions: [
            {
              id: 'agency-item',
              title,
              headings: [heading],
              subItems,
              ...(subItems.length && { threshold: Math.min(threshold, subItems.length) }),
              ...(hint && { hint }),
              ...(fields && subItems.length && { fields: Object.fromEntries(subItems.map((s, i) => [s.id, [`key_${i}_${heading.replace(/ /g, '_')}`]])) }),
              template: { heading, body: '<!-- ? What? -->' },
              requiredIn: { '*': 'warning' },
            },
          ],
        });
        const body = written === 'nothing' ? '' : `## ${heading}\n\n${written === 'placeholder' ? 'TBD' : ''}\n`;
        const f = lint(`---\ntype: soap\n---\n# Session\n\n## Subjective\n\nClient reported a calm week.\n\n${body}`, { config }).findings.find((x) => x.ruleId === 'agency-item');
        assert.ok(f, 'reported');
        assert.ok(f.message.startsWith(title), f.message);
        if (title.length <= 60) assert.ok(f.message.length <= MESSAGE_MAX, `${f.message.length}: ${f.message}`);
      }),
      { numRuns: 150 },
    );
  });

  it("a property over the other rules: an agency's long term, a long prompt, an unknown type or broken front matter still fit one row", () => {
    const text = fc.string({ minLength: 1, maxLength: 300 }).map((s) => s.replace(/[\r\n<>\-"`:#*\\]/g, ' ').trim() || 'x');
    const seen = new Set<string>();
    fc.assert(
      fc.property(text, text, text, fc.constantFrom('type', 'note_type', 'noteType'), (term, suggestion, question, key) => {
        const config = agency({ rules: { 'stigmatizing-language': { options: { terms: [{ term: term.slice(0, 80).trim() || 'x', suggestion }] } } } });
        const notes = [
          `---\n${key}: "${term.replace(/"/g, '')}"\n---\n# Note\n\nClient came in. ${term}\n\n<!-- ? ${question} -->\n`,
          `---\n${key}: [${question}\n  bad: {\n---\n# Note\n\n${question}\n`,
        ];
        for (const note of notes) {
          for (const f of lint(note, { config }).findings) {
            oneRow(f, f.ruleId);
            seen.add(f.ruleId);
          }
        }
      }),
      { numRuns: 150 },
    );
    for (const id of ['stigmatizing-language', 'unfilled-prompt', 'front-matter']) assert.ok(seen.has(id), `no ${id} finding was made`);
  });

  it('sources are written for a clinician: titles and authors or standards, never the project files', () => {
    for (const d of catalog) assert.doesNotMatch(d.source, /\bseeds?\b|\d{3}_[0-9a-f]+/i, d.id);
    for (const s of Object.values(SOURCES)) assert.doesNotMatch(s, /;/, 'cite() separates sources with "; "');
    // Each text is named once, in the table: the dimensions cite it.
    const goals = catalog.find((d) => d.id === 'goals')!;
    assert.ok(goals.source.startsWith(SOURCES.helpingProcess), goals.source);
  });
});
