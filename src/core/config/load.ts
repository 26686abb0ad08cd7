// Finds, reads, checks and merges config files. Pure: all file access goes through ConfigHost.
import { LineIndex } from '../note/text.js';
import type { OffsetRange } from '../types.js';
import type { Profile } from '../profiles/types.js';
import {
  MAX_CONFIG_BYTES,
  type ClinoteConfig,
  type ConfigHost,
  type ConfigProblem,
  type CustomDimension,
  type LanguageConfig,
  type MeasureConfig,
  type Refused,
  type ResolvedConfig,
  type RuleConfig,
  type RuleSetting,
} from './types.js';
import { formatOf, parseConfigText, type JsonPath, type ParsedConfig } from './parse.js';
import { validateConfig } from './validate.js';
import { BUILTIN_CONFIGS } from './builtins.js';
import { anchorGlob } from './ignore.js';
import { globProblem } from './glob.js';
import { dirname, isInside, normalize, relativePath, resolvePath, toPosix } from './paths.js';
import { cut, excerpt, EXCERPT_CHARS } from './excerpt.js';
import { closest, orList } from './suggest.js';
import { checkDimensions } from './dimensions.js';
import { checkNoteTypes, sectionIds } from './note-types.js';
import { checkLanguage, mergeLanguage } from './language.js';
import { checkMeasures, mergeMeasures } from './measures.js';
import { ruleIds } from '../rules/ids.js';
import { profiles } from '../profiles/index.js';

/** Looked for in this order in each folder; the first one found is used. */
export const CONFIG_FILE_NAMES = ['.clinote.json', '.clinote.jsonc', '.clinote.yaml', '.clinote.yml'] as const;

export interface LoadOptions {
  /** Rule and dimension ids the linter knows; other ids in `rules` are reported. Default: the built-in rules. */
  knownRules?: readonly string[];
  /** Note type (profile) ids; other ids in `types`, `defaultType`, `requiredIn` are reported. Default: the profiles. */
  knownTypes?: readonly string[];
  /** Results by config file path, shared between calls; clear it when a config file changes. */
  cache?: Map<string, LoadResult>;
  /** Stop walking up after this folder (e.g. the workspace root). */
  root?: string;
  /**
   * Where `extends` may reach besides the folder of the config file its chain starts from: the workspace folder
   * that holds the note (the extension). `name` is how messages call it.
   */
  workspace?: { folder: string; name: string };
  /** Let `extends` (and a config file that is a symbolic link) reach any file: the CLI's --allow-outside-config. */
  allowOutside?: boolean;
  /** Appended to the message about a file outside the allowed folder: how to allow it anyway. */
  outsideHint?: string;
}

/** Files one configuration may pull in through `extends`, all links together: a chain or a tree of them cannot run away. */
export const MAX_EXTENDS = 32;

export interface LoadResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

export function emptyConfig(): ResolvedConfig {
  return { rules: {}, types: {}, dimensions: [], ignore: [], files: [] };
}

interface Layer {
  /** File path, or the built-in name. */
  file: string;
  data: ClinoteConfig;
  dimensions: CustomDimension[];
  noteTypes: Profile[];
  language?: LanguageConfig;
  measures?: MeasureConfig[];
}

/** Where a problem is: the file's parsed form, for line and column. */
interface Source {
  file: string;
  parsed: ParsedConfig;
  lines: LineIndex;
}

export type Report = (path: JsonPath, key: boolean, message: string) => void;

/** The folder an `extends` chain must stay inside, and how messages name it. */
interface Allowed {
  folder: string;
  name: string;
}

/**
 * The folder of the config file where the chain starts, or the workspace folder when that holds it. Whoever could
 * write the starting file controls that folder: the chain cannot show them more than they already have.
 */
function allowedFor(start: string, opts: LoadOptions): Allowed {
  const own = dirname(start);
  if (opts.workspace && isInside(own, opts.workspace.folder)) return opts.workspace;
  return { folder: own, name: `${own}, the folder of the config file where this chain starts` };
}

/** The host's answer, with an over-long text refused here too (a host may not check). */
function readChecked(host: ConfigHost, path: string): string | undefined | Refused {
  const text = host.readFile(path);
  if (typeof text === 'string' && text.length > MAX_CONFIG_BYTES) return { refused: TOO_BIG };
  return text;
}

const TOO_BIG = `it is larger than ${MAX_CONFIG_BYTES / (1024 * 1024)} MB, too large for a configuration`;

const defaultTypeIds: readonly string[] = profiles.map((p) => p.id);

/** Later entries replace earlier ones with the same id, in the place of the first. */
function byId<T extends { id: string }>(list: T[]): T[] {
  const m = new Map<string, T>();
  for (const x of list) m.set(x.id, x);
  return [...m.values()];
}

class Loader {
  readonly problems: ConfigProblem[] = [];
  private readonly opts: Required<Pick<LoadOptions, 'knownRules' | 'knownTypes'>> & LoadOptions;
  private followed = 0;
  constructor(
    private readonly host: ConfigHost,
    opts: LoadOptions,
    private readonly allowed: Allowed,
  ) {
    this.opts = { ...opts, knownRules: opts.knownRules ?? ruleIds(), knownTypes: opts.knownTypes ?? defaultTypeIds };
  }

  private add(src: Source, range: OffsetRange, message: string, kind?: ConfigProblem['kind']): void {
    const pos = src.lines.position(range.start);
    const end = src.lines.position(range.end);
    const p: ConfigProblem = { file: src.file, line: pos.line + 1, column: pos.character + 1, endLine: end.line + 1, endColumn: end.character + 1, message, range };
    if (kind) p.kind = kind;
    this.problems.push(p);
  }

  /** Layers in merge order: what the file extends first, the file itself last. */
  load(file: string, text: string, stack: string[]): Layer[] {
    const src: Source = { file, parsed: parseConfigText(text, formatOf(file)), lines: new LineIndex(text) };
    const report: Report = (path, key, message) => this.add(src, src.parsed.locate(path, key), message);
    for (const e of src.parsed.errors) this.add(src, e.range, e.message, e.syntax && 'syntax');
    const checked = validateConfig(src.parsed.value);
    // An unknown name (p.key) is Clinote's own to report, with the name probably meant: the editor's schema leaves
    // names open (scripts/editor-schema.ts).
    for (const p of checked.problems) this.add(src, src.parsed.locate(p.path, p.key), p.message, p.key ? undefined : 'schema');
    const data = checked.value as ClinoteConfig;

    const layers: Layer[] = [];
    const list = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    list.forEach((name, i) => {
      if (name === undefined) return; // dropped by validation
      const at: JsonPath = Array.isArray(data.extends) ? ['extends', i] : ['extends'];
      layers.push(...this.extend(file, name, at, report, [...stack, file]));
    });

    data.ignore?.forEach((g, i) => {
      const problem = g === undefined ? undefined : globProblem(g);
      if (!problem) return;
      report(['ignore', i], false, `ignore pattern ${excerpt(g)} ${problem}`);
      (data.ignore as (string | undefined)[])[i] = undefined; // a hole, as validation leaves them
    });

    const inherited = new Set(layers.flatMap((l) => l.dimensions.map((d) => d.id)));
    const localDims = new Set([...inherited, ...(data.dimensions ?? []).flatMap((d) => (d ? [d.id] : []))]);
    // Note types first: this file's dimensions and type settings may name them.
    const inheritedTypes = byId(layers.flatMap((l) => l.noteTypes));
    const noteTypes = checkNoteTypes(data.noteTypes ?? [], report, {
      builtin: this.builtinTypes(),
      inherited: inheritedTypes,
      rules: new Set([...this.opts.knownRules, ...localDims]),
    });
    const types = [...byId([...inheritedTypes, ...noteTypes]), ...this.builtinTypes()];
    const dimensions = checkDimensions(data.dimensions ?? [], file, report, { types, typeIds: this.opts.knownTypes, sections: sectionIds(types) }, inherited);
    this.checkIds(data, report, new Set([...inherited, ...dimensions.map((d) => d.id)]), types);
    const language = checkLanguage(data.language, report);
    const measures = checkMeasures(data.measures, report);
    layers.push({ file, data, dimensions, noteTypes, language, measures });
    return layers;
  }

  private extend(file: string, name: string, at: JsonPath, report: Report, stack: string[]): Layer[] {
    if (name.startsWith('clinote:')) {
      const builtin = BUILTIN_CONFIGS[name];
      if (!builtin) {
        const guess = closest(name, Object.keys(BUILTIN_CONFIGS));
        report(at, false, `${excerpt(name)} is not a built-in configuration; ${guess ? `did you mean "${guess}"? ` : ''}use ${orList(Object.keys(BUILTIN_CONFIGS))}`);
        return [];
      }
      return [{ file: name, data: this.knownOnly(builtin), dimensions: [], noteTypes: [] }];
    }
    const shown = excerpt(name);
    const target = resolvePath(dirname(file), toPosix(name));
    // Checked on the path before anything is read: a file outside is never opened, so nothing of it can show.
    const outside = this.outside(target);
    if (outside) {
      report(at, false, `extends ${shown} is not read: ${outside}; extend a built-in such as clinote:recommended or a file inside that folder${this.opts.outsideHint ?? ''}`);
      return [];
    }
    if (stack.includes(target)) {
      const base = dirname(stack[0]);
      const chain = [...stack.slice(stack.indexOf(target)), target].map((f) => cut(relativePath(base, f))).join(' -> ');
      report(at, false, `extends ${shown} leads back to a file that extends this one (${chain}); that link is ignored`);
      return [];
    }
    if (++this.followed > MAX_EXTENDS) {
      report(at, false, `extends ${shown} is not followed: this configuration already extends ${MAX_EXTENDS} files, the most Clinote reads for one`);
      return [];
    }
    const text = readChecked(this.host, target);
    if (text === undefined) {
      const rel = relativePath(dirname(file), target);
      const where = rel.length <= EXCERPT_CHARS ? target : `${dirname(file)}/${cut(rel)}`;
      report(at, false, `extends ${shown}: no such file (looked for ${where})`);
      return [];
    }
    if (typeof text !== 'string') {
      report(at, false, `extends ${shown} is not read: ${text.refused}`);
      return [];
    }
    return this.load(target, text, stack);
  }

  /** Why `target` is out of this chain's reach, or undefined. */
  private outside(target: string): string | undefined {
    if (this.opts.allowOutside) return undefined;
    const { folder, name } = this.allowed;
    if (!isInside(target, folder)) return `it is outside ${name}`;
    if (this.host.leavesFolder?.(target, folder)) return `a symbolic link takes it outside ${name}`;
    return undefined;
  }

  /** Built-ins mention rules that may not exist in this version (e.g. identifiers): keep the known ones. */
  private knownOnly(c: ClinoteConfig): ClinoteConfig {
    const known = this.opts.knownRules;
    if (!c.rules) return c;
    return { ...c, rules: Object.fromEntries(Object.entries(c.rules).filter(([id]) => known.includes(id))) };
  }

  /** The built-in types, unless the caller passed its own list of type ids (then only those ids are known). */
  private builtinTypes(): readonly Profile[] {
    return this.opts.knownTypes === defaultTypeIds ? profiles : [];
  }

  /** Unknown rule ids and note types: reported and dropped. */
  private checkIds(data: ClinoteConfig, report: Report, localDims: Set<string>, known: readonly Profile[]): void {
    const rules = new Set([...this.opts.knownRules, ...localDims]);
    const types = new Set([...this.opts.knownTypes, ...known.map((p) => p.id)]);
    const checkRules = (map: Record<string, RuleSetting> | undefined, at: JsonPath) => {
      if (!map) return;
      for (const id of Object.keys(map)) {
        if (rules.has(id)) continue;
        const guess = closest(id, rules);
        report([...at, id], true, `${excerpt(id)} is not a Clinote rule or dimension${guess ? `; did you mean ${excerpt(guess)}?` : ''}`);
        delete map[id];
      }
    };
    const typeMessage = (id: string) => {
      const guess = closest(id, types);
      return `${excerpt(id)} is not a note type; ${guess ? `did you mean "${guess}"?` : `use ${orList([...types])}`}`;
    };
    checkRules(data.rules, ['rules']);
    for (const [type, override] of Object.entries(data.types ?? {})) {
      if (!types.has(type)) {
        report(['types', type], true, typeMessage(type));
        delete data.types![type];
      } else checkRules(override.rules, ['types', type, 'rules']);
    }
    if (data.defaultType !== undefined && !types.has(data.defaultType)) {
      report(['defaultType'], false, typeMessage(data.defaultType));
      delete data.defaultType;
    }
  }
}

function ruleConfig(s: RuleSetting): RuleConfig {
  if (typeof s === 'string') return { severity: s };
  const out: RuleConfig = {};
  if (s.severity !== undefined) out.severity = s.severity;
  if (s.options !== undefined) out.options = s.options;
  return out;
}

function mergeRules(into: Record<string, RuleConfig>, rules: Record<string, RuleSetting> | undefined): void {
  for (const [id, s] of Object.entries(rules ?? {})) into[id] = { ...into[id], ...ruleConfig(s) };
}

/** Later layers win: rules per id, type overrides per type and rule, dimensions and note types by id, shorthand by
 * form; ignore globs and the other word lists add up. */
function merge(layers: Layer[]): ResolvedConfig {
  const out = emptyConfig();
  for (const { file, data, dimensions, noteTypes, language, measures } of layers) {
    const builtin = file.startsWith('clinote:');
    // A file's own top-level rule beats what a built-in it extends set per type (types win over rules otherwise).
    if (!builtin) for (const id of Object.keys(data.rules ?? {})) for (const t of Object.values(out.types)) delete t[id];
    mergeRules(out.rules, data.rules);
    for (const [type, o] of Object.entries(data.types ?? {})) mergeRules((out.types[type] ??= {}), o.rules);
    for (const d of dimensions) {
      const i = out.dimensions.findIndex((x) => x.id === d.id);
      if (i >= 0) out.dimensions[i] = d;
      else out.dimensions.push(d);
    }
    if (data.defaultType !== undefined) out.defaultType = data.defaultType;
    if (data.secondOpinion !== undefined) out.secondOpinion = data.secondOpinion;
    if (noteTypes.length) out.noteTypes = byId([...(out.noteTypes ?? []), ...noteTypes]);
    const merged = mergeLanguage(out.language, language);
    if (merged) out.language = merged;
    const declared = mergeMeasures(out.measures, measures);
    if (declared) out.measures = declared;
    if (!builtin) {
      for (const g of data.ignore ?? []) if (g !== undefined) out.ignore.push(anchorGlob(dirname(file), g));
      if (!out.files.includes(file)) out.files.push(file);
    }
  }
  return out;
}

/** Problems grouped by file (in the order files were met), then by position; a file extended twice says it once. */
function sortProblems(all: ConfigProblem[]): ConfigProblem[] {
  const problems = [...new Map(all.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p])).values()];
  const order = [...new Set(problems.map((p) => p.file))];
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order.indexOf(a.p.file) - order.indexOf(b.p.file) || a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
    .map(({ p }) => p);
}

function loadText(path: string, text: string, host: ConfigHost, opts: LoadOptions): LoadResult {
  const cached = opts.cache?.get(path);
  if (cached) return cached;
  const loader = new Loader(host, opts, allowedFor(path, opts));
  const result = { config: merge(loader.load(path, text, [])), problems: sortProblems(loader.problems) };
  opts.cache?.set(path, result);
  return result;
}

/** Loads one config file and what it extends (for `--config`). */
export function loadConfigFile(path: string, host: ConfigHost, opts: LoadOptions = {}): LoadResult {
  const file = normalize(toPosix(path));
  const cached = opts.cache?.get(file);
  if (cached) return cached;
  const text = readChecked(host, file);
  if (text === undefined) {
    return { config: emptyConfig(), problems: [{ file, line: 1, column: 1, message: 'cannot read this config file' }] };
  }
  return typeof text === 'string' ? loadText(file, text, host, opts) : notRead(file, text);
}

/** A config file that is there but was not read: one problem at its start, and the defaults. */
function notRead(file: string, why: Refused): LoadResult {
  return { config: emptyConfig(), problems: [{ file, line: 1, column: 1, message: `this config file is not read: ${why.refused}; the defaults apply` }] };
}

const LINKED_OUT = 'it is a symbolic link to a file outside its folder; copy the file here instead';

/**
 * The nearest config file above a note: its path and text (or why it is not read), or undefined. A config file that
 * is a symbolic link leading out of its folder is not read (a cloned repository could link to any file), unless
 * `allowOutside`.
 */
export function findConfigFile(
  notePath: string,
  host: ConfigHost,
  opts: Pick<LoadOptions, 'root' | 'allowOutside' | 'outsideHint'> = {},
): { path: string; text: string | Refused; shadowed: string[] } | undefined {
  const stop = opts.root === undefined ? undefined : normalize(toPosix(opts.root));
  let dir = dirname(normalize(toPosix(notePath)));
  const read = (path: string): string | undefined | Refused =>
    !opts.allowOutside && host.leavesFolder?.(path, dir) ? { refused: LINKED_OUT + (opts.outsideHint ?? '') } : readChecked(host, path);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((n) => resolvePath(dir, n))
      .map((path) => ({ path, text: read(path) }))
      .filter((f): f is { path: string; text: string | Refused } => f.text !== undefined);
    if (found.length) return { ...found[0], shadowed: found.slice(1).map((f) => f.path) };
    const up = dirname(dir);
    if (up === dir || dir === stop) return undefined;
    dir = up;
  }
}

/** The config that applies to a note: the nearest config file up from its folder, plus its `extends` chain. */
export function loadConfigForFile(notePath: string, host: ConfigHost, opts: LoadOptions = {}): LoadResult {
  const found = findConfigFile(notePath, host, opts);
  if (!found) return { config: emptyConfig(), problems: [] };
  const result = typeof found.text === 'string' ? loadText(found.path, found.text, host, opts) : notRead(found.path, found.text);
  if (!found.shadowed.length) return result;
  const name = found.path.slice(found.path.lastIndexOf('/') + 1);
  const shadowed: ConfigProblem[] = found.shadowed.map((file) => ({
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    message: `this file is not used: ${name} in the same folder comes first; merge them into one file`,
  }));
  return { config: result.config, problems: [...result.problems, ...shadowed] };
}
