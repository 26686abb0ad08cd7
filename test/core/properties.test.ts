// Invariants over generated notes: no crash, ranges inside the text, fixes only insert, fixed sections read as
// unfilled (not missing), and fixing twice changes nothing more.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PLACEHOLDER } from '../../src/core/language/placeholders.js';
import { applyFixes, catalog, lint, parseNote, profiles } from '../../src/core/index.js';

const words = [
  'client', 'Client Maria', 'addict', 'refused', '(217) 555-0142', 'Dr. Patel', '04/12/1961', 'family', 'goal', 'goals', 'agreed', 'no', 'not', 'assessed', 'bias', 'supervision', 'firefighter', 'is a nurse',
  'housing', 'job', 'church', 'will', 'attend', '3', 'times', 'per', 'week', 'within', '6 weeks', 'feel better', 'TBD',
  'N/A', 'denies', 'SI', 'homework', '"quoted"', '*em*', '`code`', '**Label:**', 'é', '🙂', '\t', 'http://x.y',
];
const headings = [
  ...new Set([
    ...profiles.flatMap((p) => p.sections.map((s) => s.title)),
    ...catalog.flatMap((d) => d.headings.slice(0, 2).map((h) => h.replace(/^=/, ''))),
    'Notes', 'S', 'P',
  ]),
];

const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const block = fc.oneof(
  sentence,
  fc.constantFrom(...headings).chain((h) => fc.integer({ min: 1, max: 4 }).map((l) => `${'#'.repeat(l)} ${h}`)),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((xs) => xs.map((x) => `- ${x}`).join('\n')),
  sentence.map((s) => `1. Goal 1: ${s}`),
  sentence.map((s) => `<!-- ? ${s} -->`),
  sentence.map((s) => `> ${s}`),
  sentence.map((s) => '```\n' + s + '\n```'),
  fc.constantFrom('<!-- clinote-disable goals -->', '<!-- clinote-disable-next-line -->', '| a | b |\n|---|---|\n| x | y |', '---', ''),
  // Raw HTML openers ("<?", "<div") swallow what follows them up to their end marker, inserted sections included:
  // Markdown working as specified, so arbitrary strings here leave out "<".
  fc.string({ maxLength: 20 }).map((x) => x.replace(/</g, '‹')),
  // Indented blocks are left out: an inserted list would absorb a following indented code block as its own
  // paragraph, which is Markdown working as specified, not a fix losing text.
).map((b) => b.replace(/^[ \t]+/gm, ''));
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...profiles.map((p) => p.id), 'soapy').map((t) => `---\ntype: ${t}\ndate: 2026-11-01\n---\n`),
  fc.constant('---\ntype: [broken\n---\n'),
);
const note = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 14 }), fc.boolean())
  .map(([fm, bs, crlf]) => {
    const t = fm + bs.join('\n\n') + '\n';
    return crlf ? t.replace(/\n/g, '\r\n') : t;
  });

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

describe('properties', () => {
  it('never throws, even on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void lint(s)), { numRuns: 300 });
  });

  it('keeps every range inside the text', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const f of lint(text).findings) {
          assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} ${f.range.start}-${f.range.end}/${text.length}`);
          for (const e of f.fix?.edits ?? []) assert.ok(e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixes only insert, or replace exactly the text their finding flags (or a placeholder the prompts take over)', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const f of lint(text).findings) {
          for (const e of f.fix?.edits ?? []) {
            const insert = e.range.start === e.range.end;
            const placeholder = f.fix!.kind === 'section' && PLACEHOLDER.test(text.slice(e.range.start, e.range.end).trim());
            assert.ok(insert || placeholder || (e.range.start >= f.range.start && e.range.end <= f.range.end), `${f.ruleId} replaces outside its range`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('inserting fixes keep every character of the original text', () => {
    fc.assert(
      fc.property(note, (text) => {
        const fixes = lint(text).findings.flatMap((f) => (f.fix && f.fix.edits.every((e) => e.range.start === e.range.end) ? [f.fix] : []));
        assert.ok(isSubsequence(text, applyFixes(text, fixes)));
      }),
      { numRuns: 300 },
    );
  });

  it('after fixing, inserted sections are unfilled, not missing; fixing again changes nothing', () => {
    fc.assert(
      fc.property(note, (text) => {
        // Inserting fixes only: a replacement (a stigmatizing word, an identifier) may rightly change what
        // the rest of the sentence means, so it is checked on its own below.
        const inserts = (fs: ReturnType<typeof lint>['findings']) =>
          fs.flatMap((f) => (f.fix && f.fix.edits.every((e) => e.range.start === e.range.end) ? [f.fix] : []));
        const first = lint(text);
        const missing = first.findings.filter((f) => f.status === 'missing' && f.fix).map((f) => f.ruleId);
        const fixed = applyFixes(text, inserts(first.findings));
        const second = lint(fixed);
        for (const id of missing) {
          const again = second.findings.find((f) => f.ruleId === id);
          assert.ok(!again || again.status === 'unfilled', `${id} still ${again?.status}\n---\n${fixed}`);
        }
        assert.equal(applyFixes(fixed, inserts(second.findings)), fixed);
      }),
      { numRuns: 300 },
    );
  });
});

describe('replacing fixes', () => {
  it('a replaced word is not flagged again by the same rule', () => {
    fc.assert(
      fc.property(note, (text) => {
        const first = lint(text).findings.filter((f) => f.fix?.edits.some((e) => e.range.start !== e.range.end));
        const rules = new Set(first.map((f) => f.ruleId));
        const fixed = applyFixes(text, first.map((f) => f.fix!));
        const again = lint(fixed).findings.filter((f) => rules.has(f.ruleId) && f.fix?.edits.some((e) => e.range.start !== e.range.end));
        assert.ok(again.length < first.length || first.length === 0, again.map((f) => f.message).join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('chunked parsing', () => {
  const strip = (n: ReturnType<typeof parseNote>) =>
    JSON.stringify({ s: n.sections, b: n.blocks, p: n.prompts, d: n.directives, f: n.frontMatter && { ...n.frontMatter, keys: [...n.frontMatter.keys] } });
  it('gives the same Note as parsing the whole text', () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join('\n');
        assert.equal(strip(parseNote(text, { chunkAbove: 0, minChunk: 1 })), strip(parseNote(text, { chunkAbove: Infinity })));
      }),
      { numRuns: 200 },
    );
  });
});
