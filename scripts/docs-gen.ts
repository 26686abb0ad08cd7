// The generated parts of the docs: each rule page's requirement table, where the requirement comes from, sub-items,
// headings, threshold, template and triggers, and the README's table of what each note type requires, all from the
// rule registry and the profiles.
// `npm run gen:docs` rewrites them; test/core/docs.test.ts fails when they have drifted.
import { catalog, profiles, ruleInfo } from '../src/core/index.js';
import type { Dimension, Profile } from '../src/core/index.js';

const word = (l: string | undefined) => (l === 'error' || l === 'warning' ? `required (${l})` : l === 'info' ? 'recommended (info)' : '');

function parts(id: string): Record<string, string> {
  const d = catalog.find((x) => x.id === id);
  const levels = ruleInfo(id)?.defaultLevels ?? {};
  const rows = profiles
    .filter((p) => p.id !== 'general' || levels[p.id] !== 'off')
    .map((p) => `| ${p.title} | ${p.exempt ? 'exempt' : word(levels[p.id]) || (d && triggeredIn(d, p) ? 'when triggered (below)' : 'off')} |`);
  const out: Record<string, string> = { when: ['| Note type | Level |', '| --- | --- |', ...rows].join('\n') };
  // Dimension.partial: a note that tells part of it is told so, a level lower.
  if (d?.partial === 'nudge') {
    out.when += '\n\nA note that covers some of its sub-items, fewer than it needs, is told a level lower: information where a note without it gets a warning.';
  }
  const source = ruleInfo(id)?.source;
  // One line per citation (cite() in src/core/dimensions/sources.ts joins them with "; ").
  if (source) out.source = source.split('; ').map((s) => `- ${s}`).join('\n');
  if (d) {
    out.subitems = d.subItems.map((x) => `- \`${x.id}\`: ${x.label}`).join('\n');
    out.headings = d.headings.map((h) => (h.startsWith('=') ? `"${h.slice(1)}" (whole heading)` : `"${h}"`)).join(', ');
    // Another threshold in some note types (`thresholdIn`), named by the type's title or the family's id.
    const elsewhere = Object.entries(d.thresholdIn ?? {}).map(([k, n]) => {
      const name = `${(profiles.find((p) => p.id === k)?.title ?? k).toLowerCase()}${profiles.some((p) => p.id === k) ? '' : ' note'}`;
      return `${n} in ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
    });
    out.threshold = `${d.threshold} of ${d.subItems.length}${elsewhere.length ? ` (${elsewhere.join(', ')})` : ''}`;
    out.template = '```markdown\n## ' + d.template.heading + '\n\n' + d.template.body + '\n```';
    out.triggers = (d.triggers ?? [])
      .map((t) => `- ${t.label}${t.appliesTo ? ` (in ${t.appliesTo.join(', ')} notes)` : ''}: raises it to ${t.level}`)
      .join('\n');
  }
  return out;
}

function triggeredIn(d: Dimension, p: Profile): boolean {
  return !!d.triggers?.some((t) => !t.appliesTo || t.appliesTo.includes(p.family) || t.appliesTo.includes(p.id));
}

/** The README table: one row per dimension, one column per note type. */
export function requirementsTable(): string {
  const cols = profiles;
  const cell = (l: string | undefined, triggered: boolean, exempt?: boolean) =>
    exempt ? '–' : l === 'error' ? '**E**' : l === 'warning' ? 'W' : l === 'info' ? 'i' : triggered ? 'T' : '·';
  const head = `| dimension | ${cols.map((p) => p.short).join(' | ')} |`;
  const sep = `|---|${cols.map(() => ':-:').join('|')}|`;
  const rows = catalog.map((d) => {
    const levels = ruleInfo(d.id)!.defaultLevels;
    const cells = cols.map((p) => cell(levels[p.id], triggeredIn(d, p), p.exempt));
    return `| \`${d.id}\` | ${cells.join(' | ')} |`;
  });
  return [head, sep, ...rows].join('\n');
}

/** Replaces the contents of each `<!-- gen:NAME -->...<!-- /gen -->` block. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/<!-- gen:([a-z]+) -->\n[\s\S]*?\n<!-- \/gen -->/g, (all, name: string) =>
    name in values ? `<!-- gen:${name} -->\n${values[name]}\n<!-- /gen -->` : all,
  );
}

export function renderRulePage(id: string, text: string): string {
  return fill(text, parts(id));
}

export function renderReadme(text: string): string {
  return fill(text, { types: requirementsTable() });
}
