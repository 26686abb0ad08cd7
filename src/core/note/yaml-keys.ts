// Duplicate keys in YAML, found with one Set per mapping. The yaml library's own `uniqueKeys` check compares each
// key with every earlier one, which is quadratic in the number of keys (front matter or a config of many keys).
import { isMap, isScalar, isSeq, isPair, type Document, type Node } from 'yaml';

/** Where each repeated key of a mapping sits ([start, end] in the parsed text), in document order. */
export function duplicateKeys(doc: Document): [number, number][] {
  const out: [number, number][] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range) {
          const k = String(pair.key.value);
          if (seen.has(k)) out.push([pair.key.range[0], pair.key.range[1]]);
          seen.add(k);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : (item as Node));
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export const DUPLICATE_KEY = 'Map keys must be unique';
