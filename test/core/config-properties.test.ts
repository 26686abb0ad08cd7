// No config, however broken, crashes loading; every problem has a position inside the file.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadConfigFile, type ConfigHost } from '../../src/core/config/index.js';

const levels = fc.constantFrom('off', 'info', 'warning', 'error', 'warn', 3, null, {});
const ruleIds = fc.constantFrom('goals', 'bias-safeguards', 'nope', '__proto__', 'constructor', 'measurable-goals');
const configish = fc.record(
  {
    extends: fc.oneof(fc.constantFrom('clinote:strict', 'clinote:nope', './a.json', '../x.yaml'), fc.array(fc.string()), fc.integer()),
    defaultType: fc.oneof(fc.constantFrom('soap', 'sopa'), fc.integer()),
    rules: fc.oneof(fc.dictionary(ruleIds, fc.oneof(levels, fc.record({ severity: levels, options: fc.anything() }, { requiredKeys: [] }))), fc.string()),
    types: fc.dictionary(fc.constantFrom('soap', 'dap', 'x', '__proto__'), fc.anything()),
    dimensions: fc.array(fc.anything()),
    ignore: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer())), fc.string()),
    measures: fc.oneof(
      fc.array(fc.anything()),
      fc.array(
        fc.record(
          {
            name: fc.oneof(fc.string(), fc.constantFrom('K10', 'PHQ9', 'k-10', '12')),
            aliases: fc.array(fc.oneof(fc.string(), fc.constantFrom('K10', 'GAD 7'))),
            min: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double()),
            max: fc.integer({ min: -5, max: 1200 }),
            bands: fc.array(fc.record({ from: fc.integer({ min: -5, max: 60 }), to: fc.integer({ min: -5, max: 60 }), label: fc.string(), level: fc.integer({ min: -1, max: 6 }) }, { requiredKeys: [] })),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    other: fc.anything(),
  },
  { requiredKeys: [] },
);

function check(file: string, text: string, extra: Record<string, string> = {}) {
  const files: Record<string, string> = { [file]: text, ...extra };
  const host: ConfigHost = { readFile: (p) => files[p] };
  const r = loadConfigFile(file, host);
  for (const p of r.problems) {
    const own = files[p.file] ?? '';
    const lines = own.split(/\r\n|\r|\n/);
    assert.ok(p.line >= 1 && p.line <= Math.max(1, lines.length), `${p.file}:${p.line}:${p.column} ${p.message}`);
    assert.ok(p.column >= 1 && p.column <= (lines[p.line - 1] ?? '').length + 1, `${p.file}:${p.line}:${p.column} ${p.message}`);
    assert.ok(p.message.length > 0);
  }
  assert.ok(Array.isArray(r.config.dimensions) && Array.isArray(r.config.ignore));
  assert.equal(Object.getPrototypeOf(r.config.rules), Object.prototype);
}

describe('config: properties', () => {
  it('config-shaped JSON and YAML of any content', () => {
    fc.assert(
      fc.property(configish, fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : 0) ?? '{}';
        check('/p/.clinote.json', json, { '/p/a.json': json });
        // JSON is YAML, too.
        check('/p/.clinote.yaml', json, { '/p/a.json': json });
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('/p/.clinote.json', '/p/.clinote.yaml'), (text, file) => check(file, text)),
      { numRuns: 500 },
    );
  });
});
