// Mutated notes for fuzzing: real notes (examples/, test/fixtures/**) and CommonMark spec examples, cut to a
// slice of lines, then edited the ways notes really break (a pasted fence or comment left open, a heading indented,
// a quote around some lines, line breaks from another system, a BOM, stray Unicode, a truncated file). The slice
// and every edit shrink, so a failure shrinks to a few lines.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function mdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? mdFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

export interface Source {
  name: string;
  text: string;
}

/** The example notes and the fixture notes, LF. */
export const noteCorpus: Source[] = [...mdFiles(path.join(root, 'examples')), ...mdFiles(path.join(root, 'test/fixtures'))]
  .sort()
  .map((p) => ({ name: path.relative(root, p), text: readFileSync(p, 'utf8').replace(/\r\n?/g, '\n') }));

/** CommonMark spec examples, with the spec's "→" turned back into the tab it stands for. */
export const specExamples: (Source & { section: string; number: number })[] = (
  createRequire(import.meta.url)('commonmark-spec').tests as { markdown: string; section: string; number: number }[]
).map((t) => ({ name: `CommonMark example ${t.number} (${t.section})`, text: t.markdown.replace(/→/g, '\t'), section: t.section, number: t.number }));

/** Lines that break a note when pasted in: unclosed raw HTML, fences and comments, headings, labels, markers. */
const LINES = [
  '<!--', '-->', '```', '~~~', '````md', '<div>', '</div>', '<pre>', '</pre>', '<script>', '<details>', '<?', '<![CDATA[',
  '# Goals', '## Plan', '## Risk', '### Strengths', '#', '##', '**Risk:**', '**Goals:**', 'GOALS', 'ASSESSMENT:', 'Risk: TBD',
  'Goals addressed: TBD', 'Risk: [enter text]', '- [ ] task', '- item', '1. Goal 1: Client will attend 3 times per week within 6 weeks.',
  '| Goal | Target |', '|---|---|', '| walk | TBD |', '---', '***', '===', '<!-- ? What did the client say? -->',
  '<!-- clinote-disable goals -->', '<!-- clinote-disable-next-line -->', '> quoted', '    indented code', '\t- tab item',
  '[x]: /url', '[enter text]', 'Client is an addict and refused.', 'no goals were set', '"I want my kids back"', '',
];
/** Characters that trip offset arithmetic: astral (surrogate pairs), combining, zero-width, separators, NUL. */
const ODD = ['🙂', '👩🏽‍⚕️', '𝔊', 'é', 'e\u0301', '\u200b', '\u200d', '\u00a0', '\u2028', '\u2029', '\u0000', '\ufeff', '\u0085', '\t', '\\', '&amp;', '&#x0;'];

export type Op =
  | { k: 'insert'; at: number; line: string }
  | { k: 'delete'; at: number; n: number }
  | { k: 'dup'; at: number; n: number }
  | { k: 'indentHeading'; at: number; spaces: number }
  | { k: 'quote'; at: number; n: number }
  | { k: 'unicode'; at: number; s: string }
  | { k: 'truncate'; at: number };

const safeString = (s: string) => s.replace(/[\r\n]/g, ' ');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LINES) }, fc.string({ maxLength: 12 }).map(safeString)) }) },
  fc.record({ k: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ k: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ k: fc.constant('indentHeading' as const), at: fc.nat(), spaces: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant('quote' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ k: fc.constant('unicode' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }).map(safeString)) }),
  fc.record({ k: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies edits to LF text (the result stays LF: inserted strings carry no CR or LF). */
export function applyOps(text: string, ops: Op[]): string {
  let lines = text.split('\n');
  for (const op of ops) {
    const at = lines.length ? op.at % (lines.length + 1) : 0;
    switch (op.k) {
      case 'insert':
        lines.splice(at, 0, op.line);
        break;
      case 'delete':
        lines.splice(at, op.n);
        break;
      case 'dup':
        lines.splice(at, 0, ...lines.slice(at, at + op.n));
        break;
      case 'indentHeading': {
        const i = lines.findIndex((l, j) => j >= at && /^#{1,6}(?:\s|$)/.test(l));
        if (i >= 0) lines[i] = ' '.repeat(op.spaces) + lines[i];
        break;
      }
      case 'quote':
        for (let i = at; i < Math.min(lines.length, at + op.n); i++) lines[i] = `> ${lines[i]}`;
        break;
      case 'unicode':
      case 'truncate': {
        const joined = lines.join('\n');
        const o = op.at % (joined.length + 1);
        lines = (op.k === 'truncate' ? joined.slice(0, o) : joined.slice(0, o) + op.s + joined.slice(o)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

export function withEol(lf: string, eol: Eol): string {
  if (eol === 'lf') return lf;
  if (eol === 'crlf') return lf.replace(/\n/g, '\r\n');
  if (eol === 'cr') return lf.replace(/\n/g, '\r');
  let i = 0;
  return lf.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
}

export interface Mutant {
  source: string;
  /** The note with LF line breaks, before the EOL and BOM. */
  lf: string;
  text: string;
  eol: Eol;
  bom: boolean;
  ops: Op[];
}

function describe(m: Omit<Mutant, 'text'> & { text: string }): string {
  const j = JSON.stringify(m.text);
  return `${m.source} (${m.eol}${m.bom ? ', BOM' : ''}, ${m.ops.length} edits) ${j.length > 400 ? `${j.slice(0, 400)}..." (${m.text.length} chars)` : j}`;
}

/** A mutated note from `sources`: a slice of its lines, edits, a line-break style, maybe a BOM. */
export function mutant(sources: Source[]): fc.Arbitrary<Mutant> {
  return fc
    .record({
      src: fc.nat({ max: sources.length - 1 }),
      from: fc.nat({ max: 400 }),
      // Shrinks toward few lines; 400 covers the longest fixture.
      len: fc.integer({ min: 1, max: 400 }),
      ops: fc.array(opArb, { maxLength: 6 }),
      eol: fc.constantFrom<Eol>('lf', 'crlf', 'cr', 'mixed'),
      bom: fc.boolean(),
    })
    .map(({ src, from, len, ops, eol, bom }) => {
      const s = sources[src];
      const lines = s.text.split('\n');
      const start = from % lines.length;
      const lf = applyOps(lines.slice(start, start + len).join('\n'), ops);
      const text = (bom ? '\ufeff' : '') + withEol(lf, eol);
      const m = { source: `${s.name} lines ${start + 1}-${Math.min(lines.length, start + len)}`, lf: (bom ? '\ufeff' : '') + lf, text, eol, bom, ops };
      return Object.assign(m, { [fc.toStringMethod]: () => describe(m) });
    });
}
