// Where a dimension's section goes in a note of this type: one answer for the finding's anchor and the quick-fix.
import type { Dimension } from '../dimensions/types.js';
import type { Profile } from './types.js';

export interface Home {
  /** A section id of the profile. */
  section: string;
  /** Beside that section, after it (a config dimension's `after`), rather than under it (the type's `holds`). */
  after: boolean;
}

export function homeOf(profile: Profile, d: Dimension): Home | undefined {
  // A config dimension that says where it goes wins, when this type has that section.
  const after = (d as { after?: string }).after;
  if (after !== undefined && profile.sections.some((s) => s.id === after)) return { section: after, after: true };
  const held = profile.homes[d.id];
  return held === undefined ? undefined : { section: held, after: false };
}
