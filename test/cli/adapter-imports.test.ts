// The adapters (src/extension, src/cli) build on the core's public face only, src/core/index.ts: the core's folders
// can be rearranged without touching them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

describe('adapter imports', () => {
  for (const adapter of ['src/extension', 'src/cli']) {
    it(`${adapter} imports only src/core/index.ts of the core`, () => {
      const wrong: string[] = [];
      for (const file of readdirSync(path.join(root, adapter), { recursive: true }) as string[]) {
        if (!/\.ts$/.test(file)) continue;
        const text = readFileSync(path.join(root, adapter, file), 'utf8');
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']*\/core\/[^']*)'/g)) {
          if (!/\/core\/index\.js$/.test(m[1])) wrong.push(`${file}: ${m[1]}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});
