// Adversarial inputs for the timing tests (test/core/adversarial.test.ts, scripts/adversarial.ts): families of text,
// each a function of a size, built to make a regular expression backtrack or a loop revisit what it has seen.
// Each family names the code it aims at, so that a failure points somewhere.
import { catalog } from '../../src/core/index.js';

export interface Family {
  name: string;
  /** What the input is, and which code it aims at. */
  aim: string;
  /** A text of about `bytes` UTF-16 code units (at least one repetition of the family's unit). */
  make(bytes: number): string;
}

/** `unit` (or `unit(i)`) repeated until the text is at least `bytes` long, between `head` and `tail`. */
function fill(bytes: number, unit: string | ((i: number) => string), head = '', tail = ''): string {
  const parts = [head];
  let len = head.length + tail.length;
  for (let i = 0; len < bytes || i === 0; i++) {
    const u = typeof unit === 'string' ? unit : unit(i);
    parts.push(u);
    len += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** One run of `blank` characters between two words, the whole text long. */
function run(bytes: number, blank: string, left = 'x', right = 'y'): string {
  return left + blank.repeat(Math.max(1, Math.ceil((bytes - left.length - right.length) / blank.length))) + right;
}

const crlf = (t: string) => t.replace(/\n/g, '\r\n');
const cr = (t: string) => t.replace(/\n/g, '\r');
/** Line i of a staircase that climbs to `depth` and starts again. */
const stair = (i: number, depth: number) => i % depth;
const SHARED = '---\nshared: true\ntype: supervision\n---\n';

const base: Family[] = [
  // Labels and colons: content.ts (isContentText: `^(?:[^:]{1,40}:\s*)+$`), analysis.ts INLINE_LABEL, labels.ts.
  { name: 'label-pairs', aim: '"A: A: A: ..." on one line (content.ts label run)', make: (n) => fill(n, 'A: ') },
  { name: 'label-pairs-tail', aim: '"A: A: ... A: x": a label run that fails at its end (content.ts backtracking)', make: (n) => fill(n, 'A: ', '', 'x') },
  { name: 'colons-periods', aim: '"a: b. c: d. ..." on one line (content.ts, INLINE_LABEL)', make: (n) => fill(n, 'a: b. c: d. ') },
  { name: 'double-space-labels', aim: '"Risk:  Risk:  ..." labels after two blanks (INLINE_LABEL \\s{2,}, each value to the end)', make: (n) => fill(n, 'Risk:  ', 'Note: ', 'x') },
  { name: 'label-lines', aim: '"Label: value" lines in one paragraph (labels.ts splitLabelLines)', make: (n) => fill(n, (i) => `Label ${i % 97}: value\n`) },
  { name: 'label-placeholders', aim: '"Goals addressed: TBD\\nRisk: [enter text]" repeated (content.ts PLACEHOLDER)', make: (n) => fill(n, 'Goals addressed: TBD\nRisk: [enter text]\n') },
  { name: 'bold-labels', aim: '"**Strengths:** x" repeated on one line (labels.ts boldLabel)', make: (n) => fill(n, '**Strengths:** x ') },

  // Dialogue: INLINE_LABEL finds a label after each "?": its value runs to the next "." or ";".
  { name: 'dialogue-paragraph', aim: 'dialogue turns in one paragraph (INLINE_LABEL values)', make: (n) => fill(n, 'Therapist: Hard how? Client: Nothing much. ') },
  { name: 'dialogue-questions', aim: 'dialogue turns ending in "?" in one paragraph (each label value runs to the end)', make: (n) => fill(n, 'Therapist: Hard how? Client: Why not? ') },
  { name: 'dialogue-lines', aim: 'dialogue turns one per line (splitLabelLines)', make: (n) => fill(n, 'Therapist: Hard how?\nClient: Nothing much.\n') },

  // Blank runs: `\s{2,}`, `\s+...\s*` neighbours backtrack over every split of a run.
  { name: 'blank-run-spaces', aim: 'one run of spaces inside a line', make: (n) => run(n, ' ') },
  { name: 'blank-run-tabs', aim: 'one run of tabs inside a line', make: (n) => run(n, '\t') },
  { name: 'blank-run-nbsp', aim: 'one run of U+00A0 inside a line', make: (n) => run(n, '\u00a0') },
  { name: 'blank-run-mixed', aim: 'one run of space, tab, U+00A0 inside a line', make: (n) => run(n, ' \t\u00a0') },
  { name: 'blanks-between-words', aim: 'runs of mixed blanks between words', make: (n) => fill(n, 'client \t\u00a0  \u00a0\t ') },
  { name: 'blank-lines', aim: 'lines of blanks', make: (n) => fill(n, ' \t\u00a0\n') },
  { name: 'goal-blank-run', aim: 'a goal whose "in" is followed by a run of spaces (measurable-goals TIMEFRAME \\s+...\\s*)', make: (n) => run(n, ' ', 'Goal 1: Client will attend in', 'x') },

  // Brackets and placeholders: link/label scanning in micromark, PLACEHOLDER alternatives in content.ts.
  { name: 'open-brackets', aim: '"[[[[" (micromark label starts)', make: (n) => fill(n, '[') },
  { name: 'open-parens-braces', aim: '"(({{" ', make: (n) => fill(n, '({') },
  { name: 'open-angles', aim: '"<<<<" (HTML and autolink starts)', make: (n) => fill(n, '<') },
  { name: 'enter-text', aim: '"[enter text]" repeated (content.ts PLACEHOLDER, link references)', make: (n) => fill(n, '[enter text] ') },
  { name: 'link-openers', aim: '"[a](" repeated (unclosed link destinations)', make: (n) => fill(n, '[a](') },
  { name: 'emphasis-runs', aim: '"*a _b **c" delimiter runs (micromark attention)', make: (n) => fill(n, '*a _b **c ') },
  { name: 'nested-emphasis', aim: '"*a *a ... b c* c*": emphasis nested as deep as the text is long', make: (n) => { const k = Math.max(1, Math.floor(n / 6)); return '*a '.repeat(k) + 'b' + ' c*'.repeat(k); } },
  { name: 'nested-links', aim: '"[[[a](u)](u)": links nested as deep as the text is long', make: (n) => { const k = Math.max(1, Math.floor(n / 5)); return '['.repeat(k) + 'a' + '](u)'.repeat(k); } },
  { name: 'backtick-runs', aim: '"` `` ```" code span openers that never close', make: (n) => fill(n, (i) => '`'.repeat((i % 7) + 1) + 'a ') },

  // Nesting (the stack-overflow depths are a separate test).
  { name: 'nested-lists', aim: 'list items on a staircase to depth 40 (parse.ts block recursion)', make: (n) => fill(n, (i) => `${'  '.repeat(stair(i, 40))}- item ${i}\n`) },
  { name: 'nested-quotes', aim: 'blockquote lines on a staircase to depth 40', make: (n) => fill(n, (i) => `${'> '.repeat(stair(i, 40) + 1)}text ${i}\n`) },
  { name: 'mixed-nesting', aim: 'quote, list, quote... on a staircase to depth 30', make: (n) => fill(n, (i) => `${'> - '.repeat(stair(i, 30) + 1)}x\n`) },

  // Long lines with no spaces.
  { name: 'long-word', aim: 'one word with no spaces', make: (n) => fill(n, 'a') },
  { name: 'long-url', aim: 'one URL of ever more path (GFM autolink literal)', make: (n) => fill(n, 'a/', 'http://x.y/') },

  // Headings: parse.ts finish() parent search, profile inference, assess() per section.
  { name: 'h2-headings', aim: '"## Goals" repeated, no H1 (each parent search walks back to the start)', make: (n) => fill(n, '## Goals\n') },
  { name: 'setext-headings', aim: '"Goals\\n---" repeated', make: (n) => fill(n, 'Goals\n---\n') },
  { name: 'bold-pseudo-headings', aim: '"**Goals:**" lines (labels.ts isBoldHeading)', make: (n) => fill(n, '**Goals:**\n\n') },
  { name: 'caps-lines', aim: '"GOALS" lines (labels.ts isCapsLine)', make: (n) => fill(n, 'GOALS\n\n') },
  { name: 'caps-heading-lines', aim: '"GOALS\\ntext" (labels.ts splitHeadingLine)', make: (n) => fill(n, 'GOALS\nClient will attend.\n\n') },

  // Front matter: yaml, readFrontMatter, chunks.ts.
  { name: 'front-matter-keys', aim: 'front matter with thousands of keys', make: (n) => fill(n, (i) => `key${i}: value ${i}\n`, '---\n', '---\n# Note\n') },
  { name: 'front-matter-giant-value', aim: 'front matter with one giant value', make: (n) => fill(n, 'x ', '---\ntype: soap\nnote: ', '\n---\n# Note\n') },
  { name: 'front-matter-unclosed', aim: 'front matter that never closes (chunks.ts stays in it)', make: (n) => fill(n, (i) => `key${i}: value\n`, '---\n') },
  { name: 'yaml-aliases', aim: 'front matter of aliases to one anchor', make: (n) => fill(n, (i) => `b${i}: *a\n`, '---\na: &a [x, y]\n', '---\n') },

  // HTML comments and prompt markers: prompts.ts COMMENT `<!--([\s\S]*?)-->`.
  { name: 'prompt-markers', aim: '"<!-- ? Q -->" one per line', make: (n) => fill(n, '<!-- ? What does the client want? -->\n') },
  { name: 'prompt-markers-inline', aim: 'prompt markers inside one paragraph', make: (n) => fill(n, 'Goal: <!-- ? Q --> ') },
  { name: 'comment-unclosed', aim: '"<!--" never closed, then lines (one HTML block to the end)', make: (n) => fill(n, 'text\n', '<!--\n') },
  { name: 'comment-openers', aim: '"<!-- " repeated, never closed (each opener scans to the end)', make: (n) => fill(n, '<!-- ') },
  { name: 'comment-openers-lines', aim: '"<!--" on every line, never closed (chunks.ts, prompts.ts)', make: (n) => fill(n, 'a <!-- b\n') },
  { name: 'directives-and-prompts', aim: 'a prompt and a disable-line directive per line (directives.ts: each finding x each directive)', make: (n) => fill(n, '<!-- ? Q --> <!-- clinote-disable-line goals -->\n\n') },

  // Raw HTML blocks and fences that never close.
  { name: 'div-unclosed', aim: '"<div>" then lines with headings', make: (n) => fill(n, '# x\ntext\n', '<div>\n') },
  // An EHR export pasted as an HTML table (note/html-table.ts): rows of fields, and cells never closed.
  { name: 'html-table-rows', aim: 'an HTML table of field rows, no blank line', make: (n) => fill(n, '<tr><td>Risk</td><td>Denies SI.</td></tr>\n', '<table>\n') },
  { name: 'html-cells-unclosed', aim: '"<td>" repeated, never closed, no "</table>"', make: (n) => fill(n, '<td>Risk <th>x\n', '<table>\n') },
  { name: 'pre-unclosed', aim: '"<pre>" then lines with headings', make: (n) => fill(n, '## x\ntext\n', '<pre>\n') },
  { name: 'fence-unclosed', aim: '"```" never closed (chunks.ts fence)', make: (n) => fill(n, '# x\n', '```\n') },
  { name: 'fence-pairs', aim: 'open and close fences alternating (chunks.ts compiles a RegExp per fenced line)', make: (n) => fill(n, '```\ncode\n```\n## h\n') },

  // Tables.
  { name: 'table-rows', aim: 'a table with thousands of rows', make: (n) => fill(n, (i) => `| goal ${i} | will attend |\n`, '| Goal | Target |\n|---|---|\n') },
  { name: 'table-columns', aim: 'a table with thousands of columns', make: (n) => { const k = Math.max(1, Math.floor(n / 24)); return `${'| Goal '.repeat(k)}|\n${'|---'.repeat(k)}|\n${'| x '.repeat(k)}|\n`; } },

  // Cue words and negation: match.ts findCue, context.ts ContextReader, analysis.ts occurrences.
  { name: 'cue-words', aim: '"goal goal goal" (cue index)', make: (n) => fill(n, 'goal ') },
  { name: 'multiword-cue-prefix', aim: '"client client ..." (first word of many multi-word cues: findCue scans ahead from each)', make: (n) => fill(n, 'client said ') },
  { name: 'negation-runs', aim: '"no not never denies" repeated (ConText negation)', make: (n) => fill(n, 'no not never denies ') },
  { name: 'negated-cues', aim: '"no goals were set" repeated: every occurrence negated, each checked', make: (n) => fill(n, 'no goals were set, not assessed family, never housing, denies SI ') },
  { name: 'stigma-and-quotes', aim: 'stigmatizing words among quotes in one paragraph (each match x each quote)', make: (n) => fill(n, 'the addict said "ok" ') },
  { name: 'stigma-emphasis', aim: 'stigmatizing words in emphasis in one paragraph (exactRange over every segment)', make: (n) => fill(n, 'an *addict* ') },
  { name: 'identifiers-paragraph', aim: 'phone numbers in one paragraph of a shared note (identifiers: each match x each seen)', make: (n) => fill(n, '(217) 555-0142 ', SHARED) },
  { name: 'identifiers-capitals', aim: '"Works at" then capitalised words (identifiers employer pattern)', make: (n) => fill(n, 'Word ', `${SHARED}Works at `) },
  { name: 'identifier-fields-line', aim: '"Name: X DOB: Y" fields on one line of a shared note (identifier-fields: each colon looks back, each value to the next field)', make: (n) => fill(n, 'Name: Maria Lopez DOB: 03/14/1988 ', SHARED) },
  { name: 'identifier-colon-words', aim: '"Emergency contact Emergency contact ...:" long runs before colons (identifier-fields label look-back)', make: (n) => fill(n, 'Emergency contact Name of client x: ', SHARED) },
  { name: 'identifier-addresses', aim: 'street addresses with units and towns in one paragraph (identifiers address pattern)', make: (n) => fill(n, 'Flat 2, 7 Mill Lane, Leeds Aa Bb 12 Elm Street Apt ', SHARED) },
  { name: 'identifier-title-parts', aim: 'a shared note whose title has thousands of parts (identifier-title)', make: (n) => fill(n, ', Maria Lopez', `${SHARED}# Supervision note: `, '\n\nText.\n') },
  { name: 'stigma-modifiers', aim: '"the old chronic 52 ..." runs of modifiers between articles (term-modifiers look-back and look-ahead)', make: (n) => fill(n, 'the old chronic 52 year old alcoholic a active known ') },
  { name: 'goal-lines', aim: '"1. Goal 1: ..." list items (measurable-goals regexes)', make: (n) => fill(n, (i) => `${i + 1}. Goal ${i + 1}: Client will attend in 6 weeks and feel better\n`, '## Goals\n\n') },

  // A realistic note repeated: the control.
  {
    name: 'realistic-note',
    aim: 'a complete SOAP note repeated (control)',
    make: (n) =>
      fill(
        n,
        (i) =>
          `## Subjective ${i}\n\nClient reports sleeping 5 hours a night; "work is hard". Family: supportive sister.\n\n` +
          `## Objective\n\nAlert, oriented x4. PHQ-9 14 (was 17 last month).\n\n## Assessment\n\nRisk: low; denies SI/HI.\n\n` +
          `## Plan\n\n- Goal 1: Client will walk 3 times per week within 4 weeks.\n- Next session in one week.\n\n`,
        '---\ntype: soap\ndate: 2026-11-01\n---\n# SOAP note\n\n',
      ),
  },
];

// Line endings: the same multi-line families with CRLF and with lone CR (LineIndex, chunks.ts, eolOf).
const eolVariants: Family[] = (
  [
    ['label-lines', 'crlf'],
    ['dialogue-lines', 'cr'],
    ['h2-headings', 'cr'],
    ['realistic-note', 'crlf'],
    ['realistic-note', 'cr'],
  ] as const
).map(([name, eol]) => {
  const f = base.find((x) => x.name === name)!;
  return { name: `${name}-${eol}`, aim: `${f.aim}, ${eol === 'cr' ? 'lone CR' : 'CRLF'}`, make: (n: number) => (eol === 'cr' ? cr : crlf)(f.make(n)) };
});

export const families: Family[] = [...base, ...eolVariants];

export function familyByName(name: string): Family {
  const f = families.find((x) => x.name === name);
  if (!f) throw new Error(`no adversarial family ${name}`);
  return f;
}

/**
 * The same text with trailing spaces added to every ATX heading line (which Markdown strips): timed runs of one
 * size then differ in every chunk, so the parse cache (parse.ts) cannot make a repeated run look cheap.
 */
export function salt(text: string, v: number): string {
  return v ? text.replace(/^( {0,3}#{1,6})([ \t][^\r\n]*)?$/gm, (m) => m + ' '.repeat(v)) : text;
}

/** Deep nesting: texts the parser must read without overflowing the stack. */
export const deep: { name: string; make(): string }[] = [
  { name: '4,000-deep blockquote', make: () => '> '.repeat(4000) + 'x' },
  // One line: nesting by indentation would make the text grow with the square of the depth (9 MB at 3,000).
  { name: '3,000-deep nested list', make: () => '- '.repeat(3000) + 'x' },
  { name: '3,000-deep nested list under a heading, then text', make: () => `# Goals\n\n${'- '.repeat(3000)}x\n\nClient will attend.\n` },
  { name: '3,000-deep mixed quote and list', make: () => '> - '.repeat(1500) + 'x' },
  { name: '3,000-deep mixed list and quote', make: () => '- > '.repeat(1500) + 'x' },
  { name: '3,000-deep ordered list markers', make: () => '1. '.repeat(3000) + 'x' },
];

/** Catalog patterns (sub-items and triggers), each with where it comes from. */
export function catalogPatterns(): { source: string; where: string }[] {
  const out = new Map<string, string>();
  for (const d of catalog) {
    for (const s of d.subItems) for (const p of s.patterns ?? []) if (!out.has(p)) out.set(p, `${d.id}/${s.id}`);
    for (const t of d.triggers ?? []) for (const p of t.patterns ?? []) if (!out.has(p)) out.set(p, `${d.id}/trigger:${t.id}`);
  }
  return [...out].map(([source, where]) => ({ source, where }));
}
