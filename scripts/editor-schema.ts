// The JSON Schema that VS Code reads for .clinote.json / .clinote.jsonc (contributes.jsonValidation) and .clinote.yaml
// (yamlValidation): src/core/config/schema.json, plus what helps an editor. Every built-in rule id and note type
// becomes a named property (completion and hover, with its title), the built-in `extends` names and the type ids
// become examples (completion of values), the levels and patterns say what they mean, and VS Code's allowComments /
// allowTrailingCommas match the core's parser.
//
// Who reports what, so that no mistake shows twice: while the file is open, the editor's JSON language service reports
// its syntax and its values (a wrong type, a level that is not one...) from this schema, as it is typed; Clinote
// reports names (a setting, rule or note type it does not know, with the one that was probably meant) and what no
// schema can say (src/extension/config-diagnostics.ts). So this schema leaves names open: no `additionalProperties:
// false`. Otherwise it accepts what schema.json accepts (test/core/editor-schema.test.ts). No `$id`: the editor has
// nothing to look up. esbuild.js writes it to dist/clinote.schema.json on every build.
import schema from '../src/core/config/schema.json';
import { BUILTIN_CONFIGS, profiles, ruleRegistry } from '../src/core/index.js';

type Json = Record<string, unknown>;

const LEVEL_DESCRIPTIONS: Record<string, string> = {
  off: 'Not checked: no findings.',
  info: 'Findings as information (quiet rules show them as hints in the editor).',
  warning: 'Findings as warnings.',
  error: 'Findings as errors (the command line exits with 1).',
};

/** The schema with every `additionalProperties: false` removed: unknown names are Clinote's to report. */
export function openNames<T>(node: T): T {
  if (Array.isArray(node)) return node.map(openNames) as T;
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (!(k === 'additionalProperties' && v === false)) out[k] = openNames(v);
  return out as T;
}

export function editorSchema(): Json {
  const s = openNames(schema) as Json & { properties: Record<string, Json>; definitions: Record<string, Json> };
  delete s.$id;
  s.allowComments = true;
  s.allowTrailingCommas = true;
  const defs = s.definitions;
  const level = defs.level as { enum: string[] };
  defs.level = { ...level, enumDescriptions: level.enum.map((l) => LEVEL_DESCRIPTIONS[l] ?? '') };
  defs.extendsEntry = { ...defs.extendsEntry, examples: Object.keys(BUILTIN_CONFIGS) };
  defs.id = { ...defs.id, patternErrorMessage: 'Use lowercase words joined by hyphens, e.g. collateral-contacts.' };
  const docs = (defs.dimension.properties as Record<string, Json>).docs;
  (defs.dimension.properties as Record<string, Json>).docs = { ...docs, patternErrorMessage: 'Use an http or https address.' };

  // A rule named as a property validates as the rest (the same setting), with its title and what it checks. In allOf:
  // the JSON language service ignores what sits beside a $ref (draft 7), the description included.
  const rules: Record<string, Json> = {};
  for (const r of ruleRegistry()) {
    const setting = r.id === 'stigmatizing-language' ? 'stigmatizingSetting' : r.id === 'copied-text' ? 'copiedTextSetting' : 'ruleSetting';
    rules[r.id] = { allOf: [{ $ref: `#/definitions/${setting}` }], markdownDescription: `**${r.title}.** ${r.description}` };
  }
  const props = s.properties;
  props.rules = { ...props.rules, properties: rules };
  const typeSetting = structuredClone((props.types as { additionalProperties: Json }).additionalProperties) as Json & { properties: Record<string, Json> };
  typeSetting.properties.rules = { ...typeSetting.properties.rules, properties: rules };
  defs.typeSetting = typeSetting;
  const types: Record<string, Json> = {};
  for (const p of profiles) types[p.id] = { allOf: [{ $ref: '#/definitions/typeSetting' }], description: `Settings for ${p.title} notes.` };
  props.types = { ...props.types, additionalProperties: { $ref: '#/definitions/typeSetting' }, properties: types };
  props.defaultType = { ...props.defaultType, examples: profiles.map((p) => p.id) };
  return s;
}
