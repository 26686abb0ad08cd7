// The committed precompiled validator is what scripts/gen-validator.ts makes from schema.json (no drift), and it
// answers exactly as ajv compiling schema.json at run time would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { AJV_OPTIONS, generateValidator } from '../../scripts/gen-validator.js';
import schema from '../../src/core/config/schema.json';
import generated from '../../src/core/config/schema-validate.generated.js';

describe('config: precompiled schema validator', () => {
  for (const [name, text] of Object.entries(generateValidator())) {
    it(`${name} is up to date (npm run gen:validator)`, () => {
      assert.equal(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), text);
    });
  }

  it('compiles nothing and needs no package at run time', () => {
    const code = readFileSync(new URL('../../src/core/config/schema-validate.generated.js', import.meta.url), 'utf8');
    assert.doesNotMatch(code, /\bnew Function\b|\brequire\(|^import /m);
  });

  const compiled = new Ajv(AJV_OPTIONS).compile(schema);
  const same = (value: unknown) => {
    const ok = generated(value);
    assert.equal(ok, compiled(value), JSON.stringify(value));
    assert.deepEqual(generated.errors ?? null, compiled.errors ?? null, JSON.stringify(value));
  };

  it('gives the same verdict and errors as ajv at run time', () => {
    const level = fc.constantFrom('off', 'info', 'warning', 'error', 'warn', 3, null, {}, []);
    const id = fc.constantFrom('goals', 'a-b', 'Bad_Id', '', '-x', 7);
    const text = fc.oneof(fc.string(), fc.constantFrom('', '\u{1F600}', 'x'), fc.integer(), fc.constant(null));
    const list = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.array(a, { maxLength: 3 }), a);
    const item = fc.record(
      { id, label: text, cues: list(text), patterns: list(text), level, appliesTo: list(text), extra: fc.anything() },
      { requiredKeys: [] },
    );
    const dimension = fc.record(
      {
        id,
        title: text,
        why: text,
        headings: list(text),
        subItems: list(item),
        triggers: list(item),
        threshold: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double(), text),
        requires: list(id),
        negation: fc.constantFrom('any', 'unexplored', 'some', 1),
        fields: fc.dictionary(fc.string(), list(text)),
        template: fc.oneof(fc.record({ heading: text, body: text, x: text }, { requiredKeys: [] }), text),
        requiredIn: fc.dictionary(fc.string(), level),
        nope: text,
      },
      { requiredKeys: [] },
    );
    const rule = fc.oneof(level, fc.record({ severity: level, options: fc.anything(), other: text }, { requiredKeys: [] }));
    const config = fc.record(
      {
        $schema: text,
        extends: fc.oneof(list(text), fc.anything()),
        defaultType: text,
        rules: fc.oneof(fc.dictionary(fc.string(), rule), text),
        types: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.record({ rules: fc.dictionary(fc.string(), rule), x: text }, { requiredKeys: [] }), text)), text),
        dimensions: list(fc.oneof(dimension, fc.anything())),
        ignore: list(text),
        other: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(config, fc.anything()), (v) => same(v)), { numRuns: 1000 });
  });
});
