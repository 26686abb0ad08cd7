// Reads a config file's text (JSON with comments or YAML) into plain data plus a way to find where each value sits,
// so that every problem can name a line and column. Data only: nothing in the file is evaluated.
// The ESM build: the package's default UMD build loads its parts with a dynamic require that bundles cannot follow.
import { parseTree, printParseErrorCode, getNodeValue, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../types.js';
import { DUPLICATE_KEY, duplicateKeys } from '../note/yaml-keys.js';
import { dataTooDeep, jsonTooDeep, LOOPS, TOO_DEEP, yamlTooDeep } from './depth.js';
import { cut, excerpt } from './excerpt.js';

export type JsonPath = (string | number)[];

export interface ParsedConfig {
  /** The data; `{}` for an empty file, possibly partial after a syntax error. */
  value: unknown;
  /** Where the value at `path` sits (its key when `key` is set); the nearest existing ancestor when it is gone. */
  locate(path: JsonPath, key?: boolean): OffsetRange;
  /** Syntax errors and duplicate keys, in plain words; `syntax` marks those any JSON or YAML parser reports (not the
   *  depth limits, which are Clinote's own). */
  errors: { range: OffsetRange; message: string; syntax?: true }[];
}

export type ConfigFormat = 'json' | 'yaml';

export function formatOf(path: string): ConfigFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

export function parseConfigText(text: string, format: ConfigFormat): ParsedConfig {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { value: {}, locate: () => ({ start: 0, end: 0 }), errors: [] };
  // A byte order mark is whitespace to an editor: a space keeps every offset where it was (YAML skips it itself).
  const source = format === 'yaml' ? text : text.replace(/^\uFEFF/, ' ');
  // Depth first: the parsers and everything after them recurse.
  const deep = format === 'yaml' ? yamlTooDeep(source) : jsonTooDeep(source);
  if (deep !== undefined) return setAside(deep, TOO_DEEP);
  const parsed = format === 'yaml' ? parseYaml(source) : parseJson(source);
  // YAML aliases can nest (or loop) further than the text shows.
  const shape = dataTooDeep(parsed.value);
  return shape ? setAside(0, shape === 'loop' ? LOOPS : TOO_DEEP) : parsed;
}

/** The whole file is set aside with one problem (at the collection that goes one level too deep, if known). */
function setAside(offset: number, message: string): ParsedConfig {
  const range = { start: offset, end: offset };
  return { value: {}, locate: () => range, errors: [{ range, message }] };
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon (:) is expected here',
  CommaExpected: 'a comma is expected here (between two entries)',
  CloseBraceExpected: 'a closing } is expected here',
  CloseBracketExpected: 'a closing ] is expected here',
  EndOfFileExpected: 'nothing more is expected after the closing }',
  InvalidCommentToken: 'this comment is not closed',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this string is not closed (a " is missing)',
  UnexpectedEndOfNumber: 'this number is cut off',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string (use \\\\ for a backslash)',
  InvalidCharacter: 'invalid character in a string (line breaks and tabs must be escaped)',
};

function parseJson(text: string): ParsedConfig {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  const errors = parseErrors.map((e) => {
    const code = printParseErrorCode(e.error);
    return { range: { start: e.offset, end: e.offset + e.length }, message: `syntax error: ${JSON_ERRORS[code] ?? code}`, syntax: true as const };
  });
  if (root) duplicateJsonKeys(root, errors);
  const value = root ? getNodeValue(root) : {};
  const locate = (path: JsonPath, key?: boolean): OffsetRange => {
    let node = root;
    let keyNode: JsonNode | undefined;
    let depth = 0;
    for (const seg of path) {
      if (!node) break;
      let next: JsonNode | undefined;
      keyNode = undefined;
      if (node.type === 'object' && typeof seg === 'string') {
        // The last property with that name wins, as in getNodeValue.
        const prop = node.children?.filter((p) => p.children?.[0]?.value === seg).pop();
        keyNode = prop?.children?.[0];
        next = prop?.children?.[1] ?? keyNode;
      } else if (node.type === 'array' && typeof seg === 'number') {
        next = node.children?.[seg];
      }
      if (!next) break;
      node = next;
      depth++;
    }
    const target = key && depth === path.length && keyNode ? keyNode : node;
    return target ? { start: target.offset, end: target.offset + target.length } : { start: 0, end: 0 };
  };
  return { value, locate, errors };
}

function duplicateJsonKeys(node: JsonNode, errors: ParsedConfig['errors']): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const k = prop.children?.[0];
      if (!k) continue;
      if (seen.has(k.value)) {
        errors.push({
          range: { start: k.offset, end: k.offset + k.length },
          message: `${excerpt(k.value)} appears twice in the same object; only the last one counts`,
          syntax: true,
        });
      }
      seen.add(k.value);
    }
  }
  for (const child of node.children ?? []) duplicateJsonKeys(child, errors);
}

function parseYaml(text: string): ParsedConfig {
  // Core schema, no custom tags, aliases capped: plain data and nothing else.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, schema: 'core', logLevel: 'silent' });
  const errors: ParsedConfig['errors'] = [...doc.errors, ...doc.warnings].map((e) => ({
    range: { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) },
    message: `syntax error: ${yamlMessage(e.message)}`,
    syntax: true,
  }));
  for (const [start, end] of duplicateKeys(doc)) errors.push({ range: { start, end }, message: `syntax error: ${DUPLICATE_KEY}`, syntax: true });
  let value: unknown = {};
  try {
    value = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    errors.push({ range: { start: 0, end: 0 }, message: `cannot read this YAML: ${yamlMessage(String((e as Error).message))}` });
  }
  const rangeOf = (n: YamlNode | null | undefined): OffsetRange | undefined =>
    n && n.range ? { start: n.range[0], end: n.range[1] } : undefined;
  const locate = (path: JsonPath, key?: boolean): OffsetRange => {
    let node = doc.contents as YamlNode | null;
    let found: OffsetRange | undefined = rangeOf(node);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.filter((p) => isScalar(p.key) && String(p.key.value) === String(seg)).pop();
        if (!pair) break;
        const keyRange = rangeOf(pair.key as YamlNode);
        const valueRange = rangeOf(pair.value as YamlNode);
        // An empty value (`rules:`) has no useful range: point at its key.
        found = (last && key) || !valueRange || valueRange.start === valueRange.end ? keyRange ?? found : valueRange;
        node = pair.value as YamlNode | null;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as YamlNode | undefined;
        if (!item) break;
        found = rangeOf(item) ?? found;
        node = item;
      } else break;
    }
    return found ?? { start: 0, end: 0 };
  };
  return { value, locate, errors };
}

/**
 * yaml's messages end with a code excerpt on some versions; keep the sentence only. Some quote the file after a colon
 * (an unknown tag, an alias name) or in passing: cut what follows the colon, and any long word, to a short excerpt.
 */
function yamlMessage(m: string): string {
  const sentence = m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  const colon = sentence.indexOf(': ');
  const short = colon < 0 ? sentence : sentence.slice(0, colon + 2) + cut(sentence.slice(colon + 2));
  return cut(short.replace(/\S{41,}/g, (w) => cut(w)), 120);
}
