// Checks parsed config data against schema.json and turns ajv's errors into one plain sentence each, located at the
// offending node; then drops the broken entries so that the rest of the file still applies.
import type { ErrorObject } from 'ajv';
import schema from './schema.json';
// Precompiled from schema.json by scripts/gen-validator.ts: compiling at run time needs `new Function`.
import validate from './schema-validate.generated.js';
import type { JsonPath } from './parse.js';
import { closest, orList } from './suggest.js';
import { excerpt } from './excerpt.js';

export interface SchemaProblem {
  path: JsonPath;
  /** Point at the key rather than the value (unknown properties). */
  key: boolean;
  message: string;
}

/**
 * Validates `value` (mutating nothing) and returns the problems and a copy with the broken entries removed. Removed
 * list items become `undefined` holes, so that indexes still point into the file; readers skip them.
 */
export function validateConfig(value: unknown): { problems: SchemaProblem[]; value: Record<string, unknown> } {
  if (validate(value)) return { problems: [], value: value as Record<string, unknown> };
  const problems = simplify(validate.errors ?? []).map(describe);
  if (!isObject(value)) return { problems, value: {} };
  const pruned = structuredClone(value);
  for (const p of problems) drop(pruned, dropPath(p.path));
  return { problems, value: pruned };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const pathOf = (e: ErrorObject): JsonPath =>
  e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const parentSchemaPath = (e: ErrorObject) => e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));
const under = (path: string, prefix: string) => path === prefix || path.startsWith(prefix + '/');

/** Keeps the errors that explain the failure: drops anyOf noise and the branches whose type did not match. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  // A type mismatch makes the other keywords of the same schema at the same place meaningless.
  const typeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath + '|' + parentSchemaPath(e)));
  let kept = errors.filter((e) => e.keyword === 'type' || !typeAt.has(e.instancePath + '|' + parentSchemaPath(e)));
  for (const any of kept.filter((e) => e.keyword === 'anyOf')) {
    const P = any.instancePath;
    const inner = kept.filter((o) => o.keyword !== 'anyOf' && under(o.instancePath, P));
    // Some branch had the right type when an error sits deeper or is not about the type: that error explains it.
    const explained = inner.some((o) => o.instancePath !== P || o.keyword !== 'type');
    kept = kept.filter((o) => !(o.instancePath === P && o.keyword === 'type') && (o !== any || !explained));
  }
  // One message per place and keyword is enough.
  const seen = new Set<string>();
  return kept.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a number' : 'a decimal number';
  return typeof v === 'boolean' ? `${v}` : typeof v;
}

const EXPECTED: Record<string, string> = {
  object: 'an object (key: value pairs)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** `rules["goals"]`-style name of a place in the file, for messages. */
export function placeName(path: JsonPath): string {
  if (path.length === 0) return 'the configuration';
  return path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]{0,39}$/.test(s) ? (i ? '.' : '') + s : `[${excerpt(s)}]`))
    .join('');
}

/** What an anyOf of schema.json expects, in words. */
const ANY_OF: [object, string][] = [
  [schema.properties.extends, 'a built-in name (clinote:recommended, clinote:strict, clinote:supervision), a relative path, or a list of them'],
  [schema.definitions.ruleSetting, 'a level (off, info, warning or error) or an object with severity and options'],
  [schema.definitions.stigmatizingSetting, 'a level (off, info, warning or error) or an object with severity and options'],
  [schema.definitions.copiedTextSetting, 'a level (off, info, warning or error) or an object with severity and options'],
  [schema.definitions.intervention, 'a name, or an object with names (and abbr, abbrWithNoun)'],
];
// The generated validator hands back its own copy of the schema, so compare by content, not identity.
const anyOfText = (parent: unknown) => ANY_OF.find(([s]) => JSON.stringify(s) === JSON.stringify(parent))?.[1];

const LEVELS = ['off', 'info', 'warning', 'error'];

function describe(e: ErrorObject): SchemaProblem {
  const path = pathOf(e);
  const where = placeName(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(name, allowed);
      const what = path.length === 0 ? 'a Clinote setting' : `a setting of ${where}`;
      const hint = guess ? `did you mean "${guess}"?` : allowed.length ? `use ${orList(allowed)}` : '';
      return { path: [...path, name], key: true, message: `${excerpt(name)} is not ${what}${hint ? '; ' + hint : ''}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const isLevel = allowed.join() === LEVELS.join();
      const what = isLevel ? 'a level' : `allowed for ${where}`;
      return { path, key: false, message: `${excerpt(e.data)} is not ${what}; use ${orList(allowed)}` };
    }
    case 'type':
      return { path, key: false, message: `${where} must be ${EXPECTED[String(p.type)] ?? p.type}, not ${typeName(e.data)}` };
    case 'anyOf': {
      const expected = anyOfText(e.parentSchema) ?? 'another kind of value';
      return { path, key: false, message: `${where} must be ${expected}, not ${typeName(e.data)}` };
    }
    case 'required':
      return { path, key: false, message: `${where} needs "${p.missingProperty}"` };
    case 'pattern':
      return { path, key: false, message: `${excerpt(e.data)} is not a valid id for ${where}; use lowercase words joined by hyphens, e.g. collateral-contacts` };
    case 'minLength':
      return { path, key: false, message: `${where} must not be empty` };
    case 'minItems':
      return { path, key: false, message: `${where} must list at least ${p.limit}` };
    case 'minimum':
      return { path, key: false, message: `${where} must be at least ${p.limit}, not ${excerpt(e.data)}` };
    case 'maximum':
      return { path, key: false, message: `${where} must be at most ${p.limit}, not ${excerpt(e.data)}` };
    case 'maxLength':
      return { path, key: false, message: `${where} must be at most ${p.limit} characters` };
    default:
      return { path, key: false, message: `${where} ${e.message ?? 'is not valid'}` };
  }
}

/** The entry to remove for a problem at `path`: a whole rule, type override, dimension or list item, or one option
 * of a rule (one entry of a list option: a bad term leaves the rule's level and its other terms). */
function dropPath(path: JsonPath): JsonPath {
  const [top, , third] = path;
  let depth = 1;
  if (top === 'rules' || top === 'dimensions' || top === 'noteTypes' || top === 'ignore' || top === 'extends' || top === 'measures') depth = 2;
  else if (top === 'types') depth = third === 'rules' ? 4 : 3;
  // One word-list entry (language.interventions[2], language.shorthand["SS"]): the rest of the list still applies.
  else if (top === 'language') depth = 3;
  // rules.<id>.options.<option>[i] (types.<type>.rules.<id>... two deeper).
  const rule = top === 'rules' ? 2 : top === 'types' && third === 'rules' ? 4 : -1;
  if (rule > 0 && path[rule] === 'options' && path.length > rule + 1) depth = typeof path[rule + 2] === 'number' ? rule + 3 : rule + 2;
  return path.slice(0, Math.min(path.length, depth));
}

function drop(root: Record<string, unknown>, path: JsonPath): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof node !== 'object' || node === null) return;
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
  else delete (node as Record<string, unknown>)[last as string];
}
