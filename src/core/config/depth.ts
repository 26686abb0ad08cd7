// How deeply a config file nests. The parsers, the schema validator and structuredClone all recurse, so a file
// nested thousands of levels deep would overflow the stack; these scans do not recurse and run first. No real
// config comes near the cap (a dimension's patterns sit at level 5).
import { createScanner } from 'jsonc-parser/lib/esm/main.js';
import { Parser, type CST } from 'yaml';

export const MAX_DEPTH = 64;

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

export const TOO_DEEP = `the configuration is nested too deeply (more than ${MAX_DEPTH} levels); it is ignored`;
export const LOOPS = 'an alias refers to a collection that contains it, so the data never ends; the configuration is ignored';

/** Offset of the first `{` or `[` that opens level MAX_DEPTH + 1 of a JSON text (comments and strings skipped). */
export function jsonTooDeep(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if ((kind === CLOSE_BRACE || kind === CLOSE_BRACKET) && depth > 0) depth--;
  }
  return undefined;
}

/** The same for YAML, block and flow collections alike, read from yaml's syntax tree (its parser does not recurse). */
export function yamlTooDeep(text: string): number | undefined {
  const todo: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of new Parser().parse(text)) todo.push({ token, depth: 0 });
  while (todo.length) {
    const { token, depth } = todo.pop()!;
    if (!token) continue;
    if (token.type === 'document') todo.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        if ('key' in item) todo.push({ token: item.key, depth: depth + 1 });
        todo.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

type Container = object;
const children = (v: unknown): unknown[] => (typeof v === 'object' && v !== null ? Object.values(v) : []);
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/**
 * Whether parsed data nests more than MAX_DEPTH levels, or loops. YAML aliases can share or even contain their own
 * collections, so this walks a graph: each object once, with the height below it remembered.
 */
export function dataTooDeep(root: unknown): 'deep' | 'loop' | undefined {
  if (!isContainer(root)) return undefined;
  const height = new Map<Container, number>();
  const onPath = new Set<Container>([root]);
  const path = [{ node: root, kids: children(root), next: 0, height: 1 }];
  while (path.length) {
    const top = path[path.length - 1];
    if (top.next < top.kids.length) {
      const kid = top.kids[top.next++];
      if (!isContainer(kid)) continue;
      if (onPath.has(kid)) return 'loop';
      const known = height.get(kid);
      if (known !== undefined) top.height = Math.max(top.height, known + 1);
      else if (path.length >= MAX_DEPTH) return 'deep';
      else {
        onPath.add(kid);
        path.push({ node: kid, kids: children(kid), next: 0, height: 1 });
      }
      if (top.height + path.length - 1 > MAX_DEPTH) return 'deep';
      continue;
    }
    path.pop();
    onPath.delete(top.node);
    height.set(top.node, top.height);
    const parent = path[path.length - 1];
    if (parent) parent.height = Math.max(parent.height, top.height + 1);
  }
  return undefined;
}
