// Checks the note types a config file adds and builds them as the built-in ones are built (profiles/shared.ts).
// A config type is chosen by front matter `type:`, `defaultType` or a title cue, never guessed from headings alone:
// an agency's type must not take over notes that a built-in format describes.
import type { Report } from './load.js';
import type { NoteTypeConfig } from './types.js';
import type { Profile, ProfileSection } from '../profiles/types.js';
import { FAMILIES } from '../profiles/families.js';
import { defineType, RULES } from '../profiles/shared.js';
import { profileById } from '../profiles/index.js';
import { excerpt } from './excerpt.js';
import { closest, orList } from './suggest.js';

export interface NoteTypeContext {
  /** The built-in note types: a config type cannot reuse their ids or names. */
  builtin: readonly Profile[];
  /** Types from the files this one extends (a type with the same id here replaces it). */
  inherited: readonly Profile[];
  /** Rule and dimension ids that `levels` and `holds` may name. */
  rules: ReadonlySet<string>;
}

/** Never reached by a count of sections: config types are not inferred from headings. */
const NOT_INFERRED = 99;

export function checkNoteTypes(list: (NoteTypeConfig | undefined)[], report: Report, ctx: NoteTypeContext): Profile[] {
  const out: Profile[] = [];
  list.forEach((t, i) => {
    if (!t) return; // dropped by validation
    const at = ['noteTypes', i];
    const builtin = profileById(t.id, ctx.builtin);
    if (builtin) {
      report([...at, 'id'], false, `${excerpt(t.id)} already names the built-in note type "${builtin.id}"; set its levels under types.${builtin.id}.rules, or give this type another id with basedOn: "${builtin.id}"`);
      return;
    }
    if (out.some((o) => o.id === t.id)) {
      report([...at, 'id'], false, `note type ${excerpt(t.id)} is defined twice in this file; the first one is used`);
      return;
    }
    const others = [...out, ...ctx.inherited.filter((p) => p.id !== t.id), ...ctx.builtin];
    let base: Profile | undefined;
    if (t.basedOn !== undefined) {
      base = profileById(t.basedOn, others);
      if (!base) {
        const guess = closest(t.basedOn, others.map((p) => p.id));
        report([...at, 'basedOn'], false, `${excerpt(t.basedOn)} is not a note type${guess ? `; did you mean "${guess}"?` : ''}`);
      }
    }
    const family = t.family ?? base?.family;
    const title = t.title ?? base?.title;
    if (!family || !title) {
      const missing = [!family && `"family" (${orList([...FAMILIES])})`, !title && '"title"'].filter(Boolean).join(' and ');
      report(at, false, `note type ${excerpt(t.id)} needs ${missing}, or "basedOn" a type that has them`);
      return;
    }
    const names = (t.names ?? []).filter((n, k) => {
      if (n === undefined) return false;
      const taken = profileById(n, others);
      if (taken) report([...at, 'names', k], false, `${excerpt(n)} already names the note type "${taken.id}"; this name is ignored`);
      return !taken;
    });
    const levels = Object.fromEntries(
      Object.entries(t.levels ?? {}).filter(([id]) => {
        if (ctx.rules.has(id)) return true;
        const guess = closest(id, ctx.rules);
        report([...at, 'levels', id], true, `${excerpt(id)} is not a Clinote rule or dimension${guess ? `; did you mean ${excerpt(guess)}?` : ''}`);
        return false;
      }),
    );
    out.push(
      defineType({
        id: t.id,
        title,
        short: t.short ?? (t.title === undefined && base ? base.short : title),
        family,
        names: [t.id, ...names],
        sections: t.sections ? sections(t.sections, [...at, 'sections'], report, ctx.rules) : (base?.sections ?? []),
        inferMin: NOT_INFERRED,
        titleCues: (t.titleCues ?? []).filter((c) => c !== undefined),
        levels: { ...(base?.levels ?? RULES), ...levels },
        ...(base?.exempt && { exempt: true }),
      }),
    );
  });
  return out;
}

function sections(list: (NonNullable<NoteTypeConfig['sections']>[number] | undefined)[], at: (string | number)[], report: Report, dims: ReadonlySet<string>): ProfileSection[] {
  const out: ProfileSection[] = [];
  list.forEach((s, j) => {
    if (!s) return;
    if (out.some((o) => o.id === s.id)) {
      report([...at, j, 'id'], false, `section ${excerpt(s.id)} appears twice in this note type; the first one is used`);
      return;
    }
    const aliases = (s.aliases ?? []).filter((a) => a !== undefined);
    const holds = s.holds?.filter((id, k) => {
      if (id === undefined) return false;
      if (dims.has(id)) return true;
      const guess = closest(id, dims);
      report([...at, j, 'holds', k], false, `${excerpt(id)} is not a Clinote dimension${guess ? `; did you mean ${excerpt(guess)}?` : ''}`);
      return false;
    });
    out.push({ id: s.id, title: s.title, aliases: aliases.length ? aliases : [s.title.toLowerCase()], ...(holds && { holds }) });
  });
  return out;
}

/** Every section id of these note types, for a dimension's `after`. */
export function sectionIds(types: readonly Profile[]): string[] {
  return [...new Set(types.flatMap((p) => p.sections.map((s) => s.id)))];
}
