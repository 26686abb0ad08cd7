// Checks the custom dimensions of one config file beyond the schema's reach and fills in their defaults.
import type { CustomDimension } from './types.js';
import type { SubItem, Trigger } from '../dimensions/types.js';
import type { Report } from './load.js';
import { basename } from './paths.js';
import { closest } from './suggest.js';
import { excerpt, excerptList } from './excerpt.js';
import { requiredInCovers } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { isFamily } from '../profiles/families.js';
// Config patterns run on a linear-time engine (pattern.ts): no pattern can hang the linter, so none is refused for
// its shape, only for what that engine cannot do (lookaround, backreferences) or for not being valid.
import { patternProblem } from '../read/pattern.js';
import { MESSAGE_MAX, missingLead, sentence } from '../rules/message.js';

/** What a dimension may name: the note types known to this file (built in, inherited, its own) and their sections. */
export interface DimensionContext {
  types: readonly Profile[];
  /** Type ids known without a profile (LoadOptions.knownTypes). */
  typeIds: readonly string[];
  sections: readonly string[];
}

/** A `requiredIn` key that lint.ts can match: `*`, a family, or a type's id or name (profiles/index.ts requiredInCovers). */
function namesTypes(key: string, ctx: DimensionContext): boolean {
  return isFamily(key) || ctx.typeIds.includes(key) || ctx.types.some((p) => requiredInCovers(key, p));
}

/** As written in a file: only id and title are required (schema.json); undefined where validation dropped it. */
type Written = Partial<CustomDimension> & { id: string; title: string };

export function checkDimensions(
  list: (Written | undefined)[],
  file: string,
  report: Report,
  ctx: DimensionContext,
  inherited: Set<string>,
): CustomDimension[] {
  const out: CustomDimension[] = [];
  const seen = new Set<string>();
  list.forEach((d, i) => {
    if (!d) return;
    const at = ['dimensions', i];
    if (seen.has(d.id)) {
      report([...at, 'id'], false, `dimension ${excerpt(d.id)} is defined twice in this file; the first one is used`);
      return;
    }
    seen.add(d.id);
    const ids = new Set<string>();
    const subItems = keepPatterns(d.subItems ?? [], [...at, 'subItems'], report).filter((s) => {
      if (!ids.has(s.id)) return ids.add(s.id);
      const written = d.subItems ?? [];
      let j = written.length - 1;
      while (j > 0 && written[j]?.id !== s.id) j--;
      report([...at, 'subItems', j, 'id'], false, `sub-item ${excerpt(s.id)} appears twice in dimension ${excerpt(d.id)}; the first one is used`);
      return false;
    });
    const headings = (d.headings ?? []).filter((h) => h !== undefined);
    if (!headings.length && !subItems.length && !inherited.has(d.id)) {
      report(at, false, `dimension ${excerpt(d.id)} has neither headings nor subItems, so no note could ever address it; add one or both`);
      return;
    }
    let threshold = d.threshold ?? Math.min(2, Math.max(1, subItems.length));
    if (subItems.length && threshold > subItems.length) {
      report([...at, 'threshold'], false, `threshold ${threshold} is more than ${excerpt(d.id)} has sub-items (${subItems.length}); using ${subItems.length}`);
      threshold = subItems.length;
    }
    const known = subItems.map((s) => s.id);
    const isSubItem = (id: string, where: (string | number)[], key: boolean) => {
      if (known.includes(id)) return true;
      const guess = closest(id, known);
      const hint = guess ? `did you mean ${excerpt(guess)}?` : known.length ? `use ${excerptList(known)}` : 'it has none';
      report(where, key, `${excerpt(id)} is not a sub-item of ${excerpt(d.id)}; ${hint}`);
      return false;
    };
    const requires = d.requires?.filter((id, k) => id !== undefined && isSubItem(id, [...at, 'requires', k], false));
    const fields = d.fields && Object.fromEntries(Object.entries(d.fields).filter(([id]) => isSubItem(id, [...at, 'fields', id], true)));
    const fieldsInBody = d.fieldsInBody?.filter((id, k) => isSubItem(id, [...at, 'fieldsInBody', k], false));
    const clientOwn = d.clientOwn?.filter((id, k) => isSubItem(id, [...at, 'clientOwn', k], false));
    const entryRequires = d.entryRequires?.filter((id, k) => isSubItem(id, [...at, 'entryRequires', k], false));
    const unlessProblem = d.entryRequiresUnless === undefined ? undefined : patternProblem(d.entryRequiresUnless);
    if (unlessProblem) report([...at, 'entryRequiresUnless'], false, `pattern ${excerpt(d.entryRequiresUnless!)} ${unlessProblem}`);
    const requiredIn = { ...d.requiredIn };
    const typeNames = ['*', ...ctx.typeIds, ...ctx.types.map((p) => p.id), ...ctx.types.map((p) => p.family)];
    for (const t of Object.keys(requiredIn)) {
      if (t === '*' || namesTypes(t, ctx)) continue;
      const guess = closest(t, typeNames);
      report([...at, 'requiredIn', t], true, `${excerpt(t)} is not a note type, a family or *${guess ? `; did you mean "${guess}"?` : ''}`);
      delete requiredIn[t];
    }
    let after = d.after;
    if (after !== undefined && !ctx.sections.includes(after)) {
      const guess = closest(after, ctx.sections);
      report([...at, 'after'], false, `${excerpt(after)} is not a section of any note type; ${guess ? `did you mean "${guess}"? ` : ''}use ${excerptList(ctx.sections, ctx.sections.length)}`);
      after = undefined;
    }
    // A hint that would push the message past one Problems row is left out of it (rules/message.ts fit): say so here
    // rather than let the clinician's row read differently from what the agency wrote.
    if (d.hint !== undefined) {
      const lead = `${missingLead(d.title)} `;
      const longest = `${lead}${sentence(d.hint)}`.length;
      if (longest > MESSAGE_MAX) {
        const room = Math.max(0, MESSAGE_MAX - lead.length);
        report([...at, 'hint'], false, `hint makes the message ${longest} characters, more than the ${MESSAGE_MAX} a Problems row shows, so it is left out of the message (shown in the hover only); keep it to ${room} characters`);
      }
    }
    const why = d.why ?? `the agency configuration (${basename(file)}) asks for it`;
    const dim: CustomDimension = {
      ...d,
      why,
      source: d.source ?? `agency configuration (${basename(file)})`,
      headings,
      subItems,
      threshold,
      ...(requires && { requires }),
      ...(d.requiresIn && { requiresIn: d.requiresIn }),
      ...(d.thresholdIn && { thresholdIn: d.thresholdIn }),
      ...(fields && { fields }),
      ...(fieldsInBody && { fieldsInBody }),
      ...(clientOwn && { clientOwn }),
      ...(entryRequires && { entryRequires }),
      triggers: keepPatterns(d.triggers ?? [], [...at, 'triggers'], report),
      ...(d.raisedBy && { raisedBy: keepPatterns(d.raisedBy as (SubItem & { threshold: number; label: string })[], [...at, 'raisedBy'], report) }),
      template: d.template ?? defaultTemplate(d.title, subItems),
      requiredIn,
    };
    if (after === undefined) delete dim.after;
    if (unlessProblem) delete dim.entryRequiresUnless;
    out.push(dim);
  });
  return out;
}

/** Drops (and reports) patterns the engine cannot run; skips entries dropped by validation. */
function keepPatterns<T extends SubItem | Trigger>(items: (T | undefined)[], at: (string | number)[], report: Report): T[] {
  const out: T[] = [];
  items.forEach((item, j) => {
    if (!item) return;
    const patterns = item.patterns?.filter((p, k) => {
      if (p === undefined) return false;
      const problem = patternProblem(p);
      if (problem) report([...at, j, 'patterns', k], false, `pattern ${excerpt(p)} ${problem}`);
      return !problem;
    });
    out.push(patterns ? { ...item, patterns, cues: item.cues.filter((c) => c !== undefined) } : { ...item, cues: item.cues.filter((c) => c !== undefined) });
  });
  return out;
}

/** Without a template: one prompt per sub-item, in the catalog's `- **Label:** <!-- ? ... -->` style. */
function defaultTemplate(title: string, subItems: SubItem[]): { heading: string; body: string } {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lines = subItems.length
    ? subItems.map((s) => `- **${cap(s.label)}:** <!-- ? What about ${s.label}? -->`)
    : [`<!-- ? What about ${title.toLowerCase()}? -->`];
  return { heading: title, body: lines.join('\n') };
}
