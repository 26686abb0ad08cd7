// Long notes for the chunking test, built from the parts real notes are made of, chosen to sit across a chunk cut:
// raw HTML and fences whose lines start with "# ", comments spanning headings, link definitions used in another
// chunk, label lines, tables. A note is a short list of parts cycled to a target size, so it shrinks well.
import fc from 'fast-check';
import { catalog, profiles } from '../../src/core/index.js';
import { withEol, type Eol } from './mutate.js';

const headingTitles = [
  ...new Set([...profiles.flatMap((p) => p.sections.map((s) => s.title)), ...catalog.flatMap((d) => d.headings.slice(0, 2).map((h) => h.replace(/^=/, '')))]),
];

const sentences = [
  'Client reports sleeping 5 hours a night and says "work is hard".',
  'Family: supportive sister nearby; housing stable.',
  'No goals were set today.',
  'Client agreed to walk 3 times per week within 6 weeks.',
  'Denies SI/HI; risk low.',
  'The client is an addict and refused the plan.',
  'Used motivational interviewing; client said it helped.',
  'Firefighter for 12 years; missed two sessions.',
];

/** One part of a note; `i` numbers it so that cycled parts differ a little. */
type Part = (i: number) => string;

export const parts: { name: string; make: Part }[] = [
  { name: 'heading', make: (i) => `${i % 3 ? '##' : '#'} ${headingTitles[i % headingTitles.length]}` },
  { name: 'paragraph', make: (i) => `${sentences[i % sentences.length]} ${sentences[(i * 5 + 3) % sentences.length]}` },
  { name: 'label lines', make: () => 'Goals addressed: TBD\nRisk: [enter text]' },
  { name: 'label lines filled', make: (i) => `Family: sister ${i}\nHousing: stable\nWork: ${i % 2 ? 'nurse' : 'TBD'}` },
  { name: 'bold label', make: (i) => `**Strengths:** ${i % 2 ? 'humor, a close sister' : '<!-- ? What is going well? -->'}` },
  { name: 'bold pseudo-heading', make: (i) => `**${headingTitles[(i * 7) % headingTitles.length]}:**` },
  { name: 'caps heading line', make: () => 'ASSESSMENT\nClient is more open than last week.' },
  // Raw HTML: a <div> block ends at a blank line, a <pre> block at </pre>; "# " lines inside are not headings.
  { name: 'div block', make: () => '<div>\n# Goals\nClient will attend weekly.\n</div>' },
  { name: 'div block with blank', make: () => '<div>\n## Risk\n\n## Plan\n\nRisk: TBD\n</div>' },
  { name: 'pre block', make: () => '<pre>\n# Goals\n\n## Risk\nnot a heading\n</pre>' },
  { name: 'pre opens', make: () => '<pre>\n# Plan' },
  { name: 'pre closes', make: () => '## Plan\n</pre>' },
  { name: 'details block', make: () => '<details>\n<summary>Old plan</summary>\n\n# Plan\n\nWalk daily.\n</details>' },
  { name: 'fence', make: (i) => `${i % 2 ? '```' : '~~~~'}\n# not a heading\n## nor this\n${i % 2 ? '```' : '~~~~'}` },
  { name: 'indented fence', make: () => '  ```md\n# x\n  ```' },
  { name: 'comment', make: () => '<!--\n# Goals\n\n## Plan\n-->' },
  { name: 'comment after text', make: () => 'Text <!-- a note\n# Goals\n-->' },
  { name: 'prompt', make: (i) => `<!-- ? Question ${i}? -->` },
  { name: 'directive', make: (i) => ['<!-- clinote-disable goals -->', '<!-- clinote-enable goals -->', '<!-- clinote-disable-next-line -->'][i % 3] },
  { name: 'table', make: (i) => `| Goal | Target date |\n|---|---|\n| Client will walk ${i % 5} times a week | TBD |` },
  { name: 'link definition', make: (i) => `[ref${i % 3}]: /url "Goals"\n[tbd]: /tbd` },
  { name: 'link use', make: (i) => `Risk: [tbd]. Goals: see [ref${i % 3}] and [Goals][ref${(i + 1) % 3}].` },
  { name: 'footnote', make: (i) => `Goals set.[^${i % 2}]\n\n[^${i % 2}]: Client agreed.` },
  { name: 'list', make: (i) => `- item ${i}\n- Goal ${i}: Client will attend in 6 weeks\n  # inside item` },
  { name: 'quote', make: () => '> Client: "I want my kids back"\n> # quoted heading' },
  { name: 'setext', make: () => 'Plan\n====' },
  { name: 'thematic break', make: () => '---' },
  { name: 'front matter lookalike', make: () => '---\ntype: dap\n---' },
  { name: 'heading then lazy line', make: () => '# Goals\nText right below' },
  { name: 'indented heading', make: () => '   ## Plan' },
];

const frontMatters = ['', '---\ntype: soap\ndate: 2026-11-01\nduration: 50 minutes\n---\n', '---\ntype: dap\n---\n', '---\ntitle: Progress note\n---\n'];

export interface LongNote {
  text: string;
  partNames: string[];
  kb: number;
}

/** A note of about `kb` KB (at least each pick once): front matter (maybe with a BOM), then `picks` cycled, joined
 * by 1 or 2 line breaks. */
export function buildNote(kb: number, fm: number, bom: boolean, eol: Eol, picks: number[], tight: boolean[]): string {
  const out: string[] = [(bom ? '\ufeff' : '') + frontMatters[fm % frontMatters.length]];
  let len = out[0].length;
  for (let i = 0; len < kb * 1024 || i < picks.length; i++) {
    const p = parts[picks[i % picks.length] % parts.length].make(i);
    const sep = tight[i % tight.length] ? '\n' : '\n\n';
    out.push(p + sep);
    len += p.length + sep.length;
  }
  return withEol(out.join(''), eol);
}

/** Sizes up to 200 KB, most of them small (a 200 KB lint takes a second or more); 0 KB: the parts once, which is
 * where a failure shrinks to. `only` narrows the parts (by name), so that one known bug does not hide the rest. */
export function longNote(only: (name: string) => boolean = () => true): fc.Arbitrary<LongNote> {
  const allowed = parts.flatMap((p, i) => (only(p.name) ? [i] : []));
  return fc
    .record({
      kb: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 0, max: 16 }) }, { weight: 2, arbitrary: fc.integer({ min: 17, max: 70 }) }, { weight: 1, arbitrary: fc.integer({ min: 71, max: 200 }) }),
      fm: fc.nat({ max: frontMatters.length - 1 }),
      bom: fc.boolean(),
      eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr'),
      picks: fc.array(fc.constantFrom(...allowed), { minLength: 1, maxLength: 24 }),
      tight: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
    })
    .map(({ kb, fm, bom, eol, picks, tight }) => {
      const text = buildNote(kb, fm, bom, eol, picks, tight);
      const note = { text, kb, partNames: picks.map((p) => parts[p].name) };
      const j = JSON.stringify(text);
      return Object.assign(note, {
        [fc.toStringMethod]: () =>
          `${kb} KB note (${text.length} chars, ${eol}${bom ? ', BOM' : ''}) of parts [${note.partNames.join(', ')}] cycled, tight=${JSON.stringify(tight)}: ${j.length > 400 ? j.slice(0, 400) + '..."' : j}`,
      });
    });
}
