// A rule's level in one note: the profile, a trigger in the text, then the config. Moved here from lint.ts unchanged
// so that the registry (rules/index.ts) can state each rule's default level per note type with the same code.
import type { Analysis, Hit } from '../read/analysis.js';
import { assess } from '../read/assess.js';
import { catalog } from '../dimensions/index.js';
import type { Dimension, Trigger, TriggerSign } from '../dimensions/types.js';
import { triggerFind } from '../read/topic.js';
import type { CustomDimension, ResolvedConfig, RuleConfig } from '../config/types.js';
import { normalizeName, requiredInCovers } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import type { Level } from '../types.js';
import type { Rule } from './types.js';
import { lowAttendance } from '../read/attendance.js';

const RANK: Record<Level, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** The config's rules for this note type (`types.soap`, also spelled `types.SOAP`), or for the type it varies. */
function typeRules(config: ResolvedConfig | undefined, profile: Profile): Record<string, RuleConfig> | undefined {
  if (!config) return undefined;
  const of = (id: string) => config.types[id] ?? Object.entries(config.types).find(([k]) => normalizeName(k) === normalizeName(id))?.[1];
  // A variant (a plan review) follows its base type's settings (the plan's) unless it has its own.
  return of(profile.id) ?? (profile.basedOn ? of(profile.basedOn) : undefined);
}

export function ruleConfig(config: ResolvedConfig | undefined, profile: Profile, id: string): RuleConfig | undefined {
  return typeRules(config, profile)?.[id] ?? config?.rules[id];
}

/**
 * A dimension's level in this note. The profile says what the type requires; a trigger in the text can raise it;
 * `types.<type>.rules` in the config sets it outright; top-level `rules` re-levels it where it applies (and turns
 * on agency dimensions, which no profile knows).
 */
export function dimensionLevel(a: Pick<Analysis, 'find' | 'units'>, profile: Profile, d: Dimension, config?: ResolvedConfig): { level: Level; trigger?: string; sign?: TriggerSign } {
  let level: Level = profile.levels[d.id] ?? 'off';
  const custom = d as CustomDimension;
  if (custom.requiredIn) {
    const hit = Object.entries(custom.requiredIn).find(([k]) => requiredInCovers(k, profile));
    if (hit && RANK[hit[1]] > RANK[level]) level = hit[1];
  }
  let trigger: string | undefined;
  let sign: TriggerSign | undefined;
  if (!profile.exempt) {
    for (const t of d.triggers ?? []) {
      if (RANK[t.level] <= RANK[level] || !applies(t, profile)) continue;
      const hit =
        a.find(t.cues, t.patterns, triggerFind(t)) ??
        (t.attendanceBelow ? lowAttendance(a.units, t.attendanceBelow) : undefined) ??
        (t.explored && 'note' in a ? explored(a as Analysis, profile, t.explored) : undefined);
      if (hit) {
        level = t.level;
        trigger = `${t.label} ("${hit.text}")`;
        sign = { trigger: t, offset: hit.offset };
      }
    }
  }
  const typeSetting = typeRules(config, profile)?.[d.id]?.severity;
  if (typeSetting) return { level: typeSetting, trigger, sign };
  const global = config?.rules[d.id]?.severity;
  if (global === 'off') return { level: 'off' };
  if (global && (level !== 'off' || (custom.requiredIn === undefined && !catalog.some((c) => c.id === d.id)))) {
    return { level: global, trigger, sign };
  }
  return { level, trigger, sign };
}

/** Where the note tells the first sub-item the trigger names (what it quotes), when it tells every one of them
 * (Trigger.explored). */
function explored(a: Analysis, profile: Profile, e: NonNullable<Trigger['explored']>): Hit | undefined {
  const d = catalog.find((c) => c.id === e.dimension);
  if (!d) return undefined;
  const as = assess(a, d, profile);
  if (!e.subItems.every((id) => as.covered.includes(id))) return undefined;
  return e.subItems.map((id) => as.evidence.get(id)).find((h): h is Hit => !!h);
}

function applies(t: Trigger, profile: Profile): boolean {
  return !t.appliesTo || t.appliesTo.includes(profile.id) || t.appliesTo.includes(profile.family);
}

/** A rule that is not a dimension: the profile's level (none in an exempt note type), or the config's. */
export function ruleLevel(profile: Profile, rule: Rule, config?: ResolvedConfig): { level: Level; options: Record<string, unknown> } {
  const cfg = ruleConfig(config, profile, rule.id);
  const base = profile.levels[rule.id] ?? (profile.exempt ? 'off' : rule.defaultLevel);
  return { level: cfg?.severity ?? base, options: cfg?.options ?? {} };
}
