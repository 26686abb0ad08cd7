// The rule registry: every rule Clinote runs, one record each. The catalog's dimensions become rules through
// rules/dimension.ts, a config's dimensions join them, and the rules with files of their own follow. lint.ts runs
// this list; config validation, the hover, diagnostics' links and the docs read it.
import type { Analysis } from '../read/analysis.js';
import type { CustomDimension, ResolvedConfig } from '../config/types.js';
import { catalog } from '../dimensions/index.js';
import type { Dimension } from '../dimensions/types.js';
import { profiles } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import type { Level } from '../types.js';
import { dimensionRule } from './dimension.js';
import { dimensionLevel, ruleLevel } from './level.js';
import type { TriggerSign } from '../dimensions/types.js';
import type { Rule, RuleKind } from './types.js';
import { frontMatter } from './front-matter.js';
import { measurableGoals } from './measurable-goals.js';
import { unfilledPrompt } from './unfilled-prompt.js';
import { stigmatizingLanguage } from './stigmatizing-language.js';
import { identifiers } from './identifiers.js';
import { reviewStatus } from './review-status.js';
import { copiedText } from './copied-text.js';
import { languageFor, type Language } from '../read/language.js';

export type { Rule, RuleKind, RuleContext } from './types.js';

/** Rules that are not one-per-dimension, in the order they run after the dimensions. review-status reads the
 * findings of every rule before it, so it runs last of the rules of one note; copied-text reports in a pass over all
 * notes after that (a note's errors do not count its copies: review-status does not wait for them). */
const ownRules: Rule[] = [frontMatter, measurableGoals, unfilledPrompt, stigmatizingLanguage, identifiers, reviewStatus, copiedText];

/** Where a built-in rule's page lives (docs/rules/<id>.md in the repository). */
export const DOCS_BASE = 'https://github.com/clinote/clinote/blob/main/docs/rules/';
/** Where a config-defined dimension without its own `docs` URL links: the section that explains them. */
export const CUSTOM_DIMENSION_DOCS = 'https://github.com/clinote/clinote/blob/main/docs/configuration.md#custom-dimensions';

/** What adapters, docs and reports need to know of a rule. */
export interface RuleInfo {
  id: string;
  title: string;
  /** One sentence: what it looks for (for a dimension, why a supervisor looks for it). */
  description: string;
  /** Where its requirement comes from, when it says (Rule.source). */
  source?: string;
  /** Its documentation page. */
  docs: string;
  kind: RuleKind;
  fixable: boolean;
  /** At info level, shown as a hint in an editor (see Rule.quiet). */
  quiet: boolean;
  /** Reports over a caseload, not in one note alone (see Rule.crossNote). */
  crossNote: boolean;
  /** Level in each note type (profile id) when no config and no trigger in the text say otherwise. */
  readonly defaultLevels: Readonly<Record<string, Level>>;
  check: Rule['check'];
}

/** The level a rule runs at in one note, and the options it runs with. */
export interface RuleLevel {
  level: Level;
  /** What raised a dimension's level (a trigger in the text), for its findings. */
  trigger?: string;
  /** That trigger and where it fired: the dimension must answer it after it (read/assess.ts). */
  sign?: TriggerSign;
  options: Record<string, unknown>;
}

/** A registry record with what lint needs besides. */
export interface RegisteredRule extends RuleInfo {
  /** The dimension a dimension rule assesses. */
  dimension?: Dimension;
  levelIn(analysis: Pick<Analysis, 'find' | 'units'>, profile: Profile, config?: ResolvedConfig): RuleLevel;
}

/** No text, so no trigger fires: what the default levels are computed against. */
const NO_TEXT: Pick<Analysis, 'find' | 'units'> = { find: () => undefined, units: [] };

function record(rule: Rule, docs: string, levelIn: RegisteredRule['levelIn'], dimension?: Dimension): RegisteredRule {
  let levels: Record<string, Level> | undefined;
  return {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    source: rule.source,
    docs,
    kind: rule.kind,
    fixable: rule.fixable,
    quiet: !!rule.quiet,
    crossNote: !!rule.crossNote,
    // Computed when first asked (lint never asks), from the same code that levels the rule in a note.
    get defaultLevels() {
      return (levels ??= Object.fromEntries(profiles.map((p) => [p.id, levelIn(NO_TEXT, p).level])));
    },
    check: rule.check,
    dimension,
    levelIn,
  };
}

function dimensionRecord(d: Dimension | CustomDimension, custom: boolean): RegisteredRule {
  const docs = custom ? (('docs' in d && d.docs) || CUSTOM_DIMENSION_DOCS) : builtInDocs(d.id);
  return record(dimensionRule(d, custom ? 'custom-dimension' : 'dimension'), docs, (a, profile, config) => {
    const lv = dimensionLevel(a, profile, d, config);
    return { ...lv, options: { trigger: lv.trigger } };
  }, d);
}

function ownRecord(rule: Rule): RegisteredRule {
  return record(rule, builtInDocs(rule.id), (_a, profile, config) => ruleLevel(profile, rule, config));
}

function builtInDocs(id: string): string {
  return `${DOCS_BASE}${encodeURIComponent(id)}.md`;
}

let builtIns: RegisteredRule[] | undefined;
/** Built-in records are made once; a config's list once per config object. */
const withConfig = new WeakMap<ResolvedConfig, RegisteredRule[]>();
/** A config that adds named interventions and no dimension: its list once per compiled language. */
const withLanguage = new WeakMap<Language, RegisteredRule[]>();

/** The dimension whose sub-item `interventions` a config's `language.interventions` extend. */
const INTERVENTIONS = { dimension: 'interventions-response', subItem: 'interventions' };

/** The built-in record of a catalog dimension, or, for interventions-response, one that also knows the config's
 * named interventions. */
function catalogRecord(d: Dimension, i: number, lang: Language): RegisteredRule {
  const extra = lang.interventionCues;
  if (d.id !== INTERVENTIONS.dimension || !extra.length) return builtIns![i];
  const subItems = d.subItems.map((s) => (s.id === INTERVENTIONS.subItem ? { ...s, cues: [...s.cues, ...extra] } : s));
  return dimensionRecord({ ...d, subItems }, false);
}

/**
 * Every rule in the order lint runs them: the catalog's dimensions (a config dimension with the same id takes the
 * built-in one's place), the config's other dimensions, then the rules with files of their own.
 */
export function registeredRules(config?: ResolvedConfig): RegisteredRule[] {
  builtIns ??= [...catalog.map((d) => dimensionRecord(d, false)), ...ownRules.map(ownRecord)];
  const custom = config?.dimensions ?? [];
  const lang = languageFor(config);
  if (!custom.length) {
    if (!lang.interventionCues.length) return builtIns;
    let list = withLanguage.get(lang);
    if (!list) withLanguage.set(lang, (list = [...catalog.map((d, i) => catalogRecord(d, i, lang)), ...builtIns.slice(catalog.length)]));
    return list;
  }
  let list = withConfig.get(config!);
  if (!list) {
    const byId = new Map(custom.map((d) => [d.id, d]));
    const dims = catalog.map((d, i) => (byId.has(d.id) ? dimensionRecord(byId.get(d.id)!, true) : catalogRecord(d, i, lang)));
    const added = [...byId.values()].filter((d) => !catalog.some((c) => c.id === d.id)).map((d) => dimensionRecord(d, true));
    list = [...dims, ...added, ...builtIns.slice(catalog.length)];
    withConfig.set(config!, list);
  }
  return list;
}

/** Every rule: the built-in ones, plus the config's dimensions when a config is given. */
export function ruleRegistry(config?: ResolvedConfig): RuleInfo[] {
  return registeredRules(config);
}

/** One rule by id (a config's dimension when the config defines one with that id). */
export function ruleInfo(id: string, config?: ResolvedConfig): RuleInfo | undefined {
  const list = registeredRules(config);
  let ids = byId.get(list);
  if (!ids) byId.set(list, (ids = new Map(list.map((r) => [r.id, r]))));
  return ids.get(id);
}

/** Each registry list by rule id: every finding's diagnostic asks for its rule's page. */
const byId = new WeakMap<RegisteredRule[], Map<string, RegisteredRule>>();

/** Every built-in rule id: one per dimension plus the other rules. Config validation uses this list. */
export function ruleIds(): string[] {
  return registeredRules().map((r) => r.id);
}

/** A rule's documentation page; a rule no registry knows is taken for a config's dimension. */
export function ruleDocsUrl(id: string, config?: ResolvedConfig): string {
  return ruleInfo(id, config)?.docs ?? CUSTOM_DIMENSION_DOCS;
}
