// What several note types share, written once: the rules' common levels, the progress-note levels and where
// progress notes put each dimension's template. Each note type's own file (types/*.ts) builds on these.
import type { Level } from '../types.js';
import type { NoteTypeDefinition, Profile, ProfileSection } from './types.js';

/** Rules that are not dimensions, at their level in every note type unless a profile says otherwise. */
export const RULES: Record<string, Level> = {
  'measurable-goals': 'info',
  'unfilled-prompt': 'info',
  'stigmatizing-language': 'warning',
  'front-matter': 'warning',
  // Checked only in notes meant for sharing (supervision notes, or `shared: true` in the front matter).
  identifiers: 'warning',
};

/** What every progress note (SOAP, DAP, BIRP, GIRP, PIRP, SIRP, and a plain progress note) is expected to carry. */
export const PROGRESS: Record<string, Level> = {
  ...RULES,
  goals: 'warning',
  // Every goal a progress note states or restates is judged, as in the plan (the "golden thread").
  'measurable-goals': 'warning',
  'interventions-response': 'warning',
  'progress-monitoring': 'warning',
  plan: 'warning',
  'risk-assessment': 'warning',
  'session-details': 'warning',
  strengths: 'info',
  // barriers: recommended only when progress stalls (a trigger in the barriers data).
};

/**
 * Where templates go in a progress note, by the role of its sections: the first (Subjective, Data, Behavior...),
 * the middle (what the clinician did), the response or assessment, and the last (the plan).
 */
export const PROGRESS_HOLDS = {
  first: ['presenting-problem', 'ecological-factors', 'rapport-engagement'],
  middle: ['cultural-factors', 'interventions-response', 'goals'],
  response: ['progress-monitoring', 'strengths', 'barriers', 'risk-assessment', 'relationship', 'bias-safeguards', 'occupational-socialization'],
  last: ['engagement-plan', 'plan', 'termination'],
} as const satisfies Record<string, readonly string[]>;

/** A list of dimension ids without some of them (a format that puts those elsewhere). */
export function without(ids: readonly string[], ...drop: string[]): string[] {
  return ids.filter((id) => !drop.includes(id));
}

/** Which section each dimension's template goes under, from the sections' `holds` (the first section wins). */
export function homesOf(sections: readonly ProfileSection[]): Record<string, string> {
  const homes: Record<string, string> = {};
  for (const s of sections) for (const id of s.holds ?? []) homes[id] ??= s.id;
  return homes;
}

/** A note type as the linter uses it: its definition plus what is derived from it. */
export function defineType(def: NoteTypeDefinition): Profile {
  return { ...def, homes: homesOf(def.sections) };
}

/** A progress note in a named format (SOAP, DAP...): its names, inference and levels follow from its id and sections. */
export function progressNote(def: { id: string; short: string; title: string; sections: ProfileSection[]; titleCues?: string[]; yieldsOnTie?: boolean }): Profile {
  const { id, short, title, sections } = def;
  return defineType({
    id,
    title,
    short,
    family: 'progress',
    names: [id, `${id} note`, `${id} progress note`, `progress ${id}`],
    sections,
    // Inferred even when one section is missing (that is what the linter then reports), if the first is there.
    inferMin: sections.length - 1,
    inferKey: sections[0].id,
    titleCues: [id, ...(def.titleCues ?? [])],
    ...(def.yieldsOnTie && { yieldsOnTie: true }),
    levels: { ...PROGRESS },
  });
}
