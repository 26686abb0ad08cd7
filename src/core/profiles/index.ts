// The built-in note types, in order (the first whose title cue matches wins, and ties in heading inference go to the
// earlier one). Each is data in its own file under types/; the README's "What each note type requires" table is
// generated from them (see test/core/docs.test.ts). A config can add more: profilesFor(config).
import type { ResolvedConfig } from '../config/types.js';
import type { Profile } from './types.js';
import soap from './types/soap.js';
import dap from './types/dap.js';
import birp from './types/birp.js';
import girp from './types/girp.js';
import pirp from './types/pirp.js';
import sirp from './types/sirp.js';
import intake from './types/intake.js';
import treatmentPlanReview from './types/treatment-plan-review.js';
import treatmentPlan from './types/treatment-plan.js';
import termination from './types/termination.js';
import occupational from './types/occupational.js';
import supervision from './types/supervision.js';
import group from './types/group.js';
import psychotherapy from './types/psychotherapy.js';
import progress from './types/progress.js';
import general from './types/general.js';

export const profiles: readonly Profile[] = [
  soap,
  dap,
  birp,
  girp,
  pirp,
  sirp,
  intake,
  // Before the plan: "Treatment plan review" names the review, whose title also holds "treatment plan".
  treatmentPlanReview,
  treatmentPlan,
  termination,
  occupational,
  supervision,
  group,
  psychotherapy,
  progress,
  general,
];

export const DEFAULT_PROFILE = 'general';

/** The note types a lint knows: the config's own first (an agency's title cues win over the built-in ones). */
export function profilesFor(config?: Pick<ResolvedConfig, 'noteTypes'>): readonly Profile[] {
  return config?.noteTypes?.length ? [...config.noteTypes, ...profiles] : profiles;
}

export function profileById(id: string, list: readonly Profile[] = profiles): Profile | undefined {
  const key = normalizeName(id);
  return list.find((p) => normalizeName(p.id) === key || p.names.some((n) => normalizeName(n) === key));
}

/** "Treatment-Plan", "treatment_plan" and "treatment plan" name the same type. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Whether a key of a config dimension's `requiredIn` covers this note type: `*`, its family, or its id or one of
 * its names (as front matter `type:` would name it). Config validation accepts exactly these keys.
 */
export function requiredInCovers(key: string, profile: Profile): boolean {
  if (key === '*' || key === profile.family) return true;
  const k = normalizeName(key);
  return normalizeName(profile.id) === k || profile.names.some((n) => normalizeName(n) === k);
}
