// lint(text) -> findings: one parse, one analysis, then every rule reads the same Note.
import { Analysis } from './read/analysis.js';
import { assess, type Assessment } from './read/assess.js';
import { catalog } from './dimensions/index.js';
import type { Dimension, Trigger } from './dimensions/types.js';
import type { CustomDimension, ResolvedConfig, RuleConfig } from './config/types.js';
import { applyDirectives } from './note/directives.js';
import type { DimensionReport, LintOptions, LintResult } from './lint-types.js';
import { parseNote } from './note/parse.js';
import { chooseProfile } from './profiles/infer.js';
import { normalizeName, profilesFor, requiredInCovers } from './profiles/index.js';
import type { Profile } from './profiles/types.js';
import { dimensionRule } from './rules/dimension.js';
import { otherRules } from './rules/index.js';
import type { Rule } from './rules/types.js';
import type { Finding, Level, Severity } from './types.js';
import { wholeRange } from './note/text.js';

const RANK: Record<Level, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** lint() ran past LintOptions.deadline: the note took too long, which says nothing about the note itself. */
export class LintTimeout extends Error {
  constructor() {
    super('lint ran past its deadline');
    this.name = 'LintTimeout';
  }
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config;
  const deadline = options.deadline;
  // Between stages only: a stage cannot be interrupted, so this bounds a lint that is slow over many stages.
  const check = () => {
    if (deadline !== undefined && performance.now() > deadline) throw new LintTimeout();
  };
  check();
  const note = parseNote(text, options.parse);
  check();
  const analysis = new Analysis(note);
  const types = profilesFor(config);
  const choice = chooseProfile(note, analysis, options.type, config?.defaultType, types);
  check();
  const profile = choice.profile;
  const dims = dimensionsFor(config);

  const assessments = new Map<string, Assessment>();
  const reports: DimensionReport[] = [];
  const levels = new Map<string, { level: Level; trigger?: string }>();
  for (const d of dims.values()) {
    const lv = dimensionLevel(analysis, profile, d, config);
    levels.set(d.id, lv);
    if (lv.level === 'off') continue;
    check();
    const as = assess(analysis, d, profile);
    assessments.set(d.id, as);
    reports.push({
      id: d.id,
      title: d.title,
      why: d.why,
      level: lv.level,
      status: as.status,
      via: as.via,
      section: as.section?.index,
      covered: as.covered,
      missing: as.missing,
      labels: Object.fromEntries(d.subItems.map((s) => [s.id, s.label])),
      trigger: lv.trigger,
    });
  }

  const findings: Finding[] = [];
  const run = (rule: Rule, level: Level, options: Record<string, unknown>) => {
    if (level === 'off') return;
    check();
    rule.check({
      note,
      analysis,
      profile,
      severity: level,
      options,
      assessments,
      dimensions: dims,
      profiles: types,
      report: (f) => findings.push({ ...f, ruleId: rule.id, severity: f.severity ?? (level as Severity) }),
    });
  };
  for (const d of dims.values()) {
    const lv = levels.get(d.id)!;
    run(dimensionRule(d), lv.level, { trigger: lv.trigger });
  }
  for (const rule of otherRules) {
    const cfg = ruleConfig(config, profile, rule.id);
    const base = profile.levels[rule.id] ?? (profile.exempt ? 'off' : rule.defaultLevel);
    run(rule, cfg?.severity ?? base, cfg?.options ?? {});
  }

  check();
  const kept = applyDirectives(note, findings.map((f) => whole(text, f))).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { note, profile, typeSource: choice.source, findings: kept, dimensions: reports };
}

function dimensionsFor(config?: ResolvedConfig): Map<string, Dimension> {
  const m = new Map<string, Dimension>();
  for (const d of catalog) m.set(d.id, d);
  for (const d of config?.dimensions ?? []) m.set(d.id, d);
  return m;
}

/** The config's rules for this note type (`types.soap`, also spelled `types.SOAP`). */
function typeRules(config: ResolvedConfig | undefined, profile: Profile): Record<string, RuleConfig> | undefined {
  if (!config) return undefined;
  return config.types[profile.id] ?? Object.entries(config.types).find(([k]) => normalizeName(k) === normalizeName(profile.id))?.[1];
}

function ruleConfig(config: ResolvedConfig | undefined, profile: Profile, id: string): RuleConfig | undefined {
  return typeRules(config, profile)?.[id] ?? config?.rules[id];
}

/**
 * A dimension's level in this note. The profile says what the type requires; a trigger in the text can raise it;
 * `types.<type>.rules` in the config sets it outright; top-level `rules` re-levels it where it applies (and turns
 * on agency dimensions, which no profile knows).
 */
function dimensionLevel(a: Analysis, profile: Profile, d: Dimension, config?: ResolvedConfig): { level: Level; trigger?: string } {
  let level: Level = profile.levels[d.id] ?? 'off';
  const custom = d as CustomDimension;
  if (custom.requiredIn) {
    const hit = Object.entries(custom.requiredIn).find(([k]) => requiredInCovers(k, profile));
    if (hit && RANK[hit[1]] > RANK[level]) level = hit[1];
  }
  let trigger: string | undefined;
  if (!profile.exempt) {
    for (const t of d.triggers ?? []) {
      if (RANK[t.level] <= RANK[level] || !applies(t, profile)) continue;
      const hit = a.find(t.cues, t.patterns, 'strict');
      if (hit) {
        level = t.level;
        trigger = `${t.label} ("${hit.text}")`;
      }
    }
  }
  const typeSetting = typeRules(config, profile)?.[d.id]?.severity;
  if (typeSetting) return { level: typeSetting, trigger };
  const global = config?.rules[d.id]?.severity;
  if (global === 'off') return { level: 'off' };
  if (global && (level !== 'off' || (custom.requiredIn === undefined && !catalog.some((c) => c.id === d.id)))) {
    return { level: global, trigger };
  }
  return { level, trigger };
}

function applies(t: Trigger, profile: Profile): boolean {
  return !t.appliesTo || t.appliesTo.includes(profile.id) || t.appliesTo.includes(profile.family);
}

/** A finding whose range and edits split no CRLF or surrogate pair (see wholeRange). */
function whole(text: string, f: Finding): Finding {
  const range = wholeRange(text, f.range);
  const edits = f.fix?.edits.map((e) => {
    const r = wholeRange(text, e.range);
    return r === e.range ? e : { ...e, range: r };
  });
  if (range === f.range && (!f.fix || edits!.every((e, i) => e === f.fix!.edits[i]))) return f;
  return { ...f, range, ...(f.fix && { fix: { ...f.fix, edits: edits! } }) };
}
