// Built-in configurations that `extends: clinote:...` names. Plain data, like a user's file, derived from the
// profiles so that they follow the catalog as it grows.
import type { Level } from '../types.js';
import type { ClinoteConfig, RuleSetting } from './types.js';
import { profiles } from '../profiles/index.js';
import { catalog } from '../dimensions/index.js';

const RANK: Record<Level, number> = { off: 0, info: 1, warning: 2, error: 3 };
const dimensionIds = new Set(catalog.map((d) => d.id));

/** Per-type rule levels: `pick` decides, for each non-exempt profile and dimension, the new level (or none). */
function perType(pick: (current: Level, id: string) => Level | undefined, ids: Iterable<string>): ClinoteConfig['types'] {
  const types: NonNullable<ClinoteConfig['types']> = {};
  for (const p of profiles) {
    if (p.exempt) continue;
    const rules: Record<string, RuleSetting> = {};
    for (const id of ids) {
      const level = pick(p.levels[id] ?? 'off', id);
      if (level) rules[id] = level;
    }
    if (Object.keys(rules).length) types[p.id] = { rules };
  }
  return types;
}

const SUPERVISION_DIMENSIONS = ['bias-safeguards', 'ecological-factors'];

export const BUILTIN_CONFIGS: Record<string, ClinoteConfig> = {
  /** The defaults: each note type's own profile. */
  'clinote:recommended': {},
  /** For audits: a miss of a required dimension is an error, and goals must be measurable. */
  'clinote:strict': {
    rules: { 'measurable-goals': 'warning' },
    types: perType((level) => (level === 'warning' ? 'error' : undefined), dimensionIds),
  },
  /** For notes shared in supervision: bias and ecology expected in every note type, identifiers flagged. */
  'clinote:supervision': {
    // Every note in such a folder is meant for sharing, so identifiers are checked in all of them.
    rules: { identifiers: { severity: 'warning', options: { always: true } } },
    types: perType((level) => (RANK[level] < RANK.warning ? 'warning' : undefined), SUPERVISION_DIMENSIONS),
  },
};
