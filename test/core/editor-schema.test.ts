// The schema VS Code reads for .clinote.json (scripts/editor-schema.ts, built into dist/clinote.schema.json) names
// every rule and note type for completion and hover, leaves unknown names to Clinote (which suggests the right one),
// and otherwise accepts exactly what Clinote's own schema accepts: the JSON language service and Clinote must never
// disagree about a value.
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import fc from 'fast-check';
import { editorSchema, openNames } from '../../scripts/editor-schema.js';
import schema from '../../src/core/config/schema.json';
import { BUILTIN_CONFIGS, profiles, ruleRegistry } from '../../src/core/index.js';

type Json = Record<string, any>;

describe('config: the editor schema', () => {
  const s = editorSchema() as Json;

  it('names every built-in rule, with its title, under rules and under each note type', () => {
    const rules = s.properties.rules.properties as Json;
    for (const r of ruleRegistry()) {
      assert.ok(rules[r.id], r.id);
      assert.ok(rules[r.id].markdownDescription.includes(r.title), r.id);
    }
    assert.deepEqual(Object.keys(rules).sort(), ruleRegistry().map((r) => r.id).sort());
    assert.deepEqual(Object.keys(s.definitions.typeSetting.properties.rules.properties).sort(), Object.keys(rules).sort());
  });

  it('names every note type, suggests them for defaultType, and the built-in configurations for extends', () => {
    assert.deepEqual(Object.keys(s.properties.types.properties), profiles.map((p) => p.id));
    assert.deepEqual(s.properties.defaultType.examples, profiles.map((p) => p.id));
    assert.deepEqual(s.definitions.extendsEntry.examples, Object.keys(BUILTIN_CONFIGS));
    assert.equal(s.definitions.level.enumDescriptions.length, s.definitions.level.enum.length);
  });

  it('allows comments and trailing commas, as the core parser does, and refers to nothing outside itself', () => {
    assert.equal(s.allowComments, true);
    assert.equal(s.allowTrailingCommas, true);
    assert.equal(s.$id, undefined);
    const refs: string[] = [];
    JSON.stringify(s, (k, v) => (k === '$ref' && refs.push(v), v));
    assert.ok(refs.length > 10);
    for (const r of refs) assert.match(r, /^#\/definitions\/\w+$/);
  });

  it('leaves names open: an unknown setting is not a schema error in the editor (Clinote reports it)', () => {
    assert.doesNotMatch(JSON.stringify(s), /"additionalProperties":false/);
    assert.match(JSON.stringify(schema), /"additionalProperties":false/);
    const editor = new Ajv({ strict: false }).compile(s);
    assert.equal(editor({ defualtType: 'soap', rules: { goals: { severity: 'warning', sevrity: 1 } } }), true);
    assert.equal(editor({ rules: { goals: 'warn' } }), false);
  });

  it('otherwise accepts and rejects exactly what schema.json does', () => {
    // VS Code's own keywords (allowComments, markdownDescription...) are unknown to ajv: not strict. Values are JSON,
    // as a config file parses to (an `undefined` field, which no file can hold, is skipped by one keyword of ajv and
    // not by another: { types: { soap: undefined } } once made the two disagree).
    const editor = new Ajv({ allErrors: true, strict: false }).compile(s);
    const core = new Ajv({ allErrors: true, strict: false }).compile(openNames(schema));
    const ids = [...ruleRegistry().map((r) => r.id), 'goal', 'Goals', 'my-dimension', ''];
    const level = fc.constantFrom('off', 'info', 'warning', 'error', 'warn', 3, null, {}, []);
    const rule = fc.oneof(level, fc.record({ severity: level, options: fc.jsonValue(), other: fc.string() }, { requiredKeys: [] }));
    const ruleMap = fc.dictionary(fc.constantFrom(...ids), rule);
    const config = fc.record(
      {
        extends: fc.oneof(fc.constantFrom('clinote:recommended', 'clinote:nope', '', './a.json'), fc.jsonValue()),
        defaultType: fc.oneof(fc.constantFrom(...profiles.map((p) => p.id), 'nope', ''), fc.jsonValue()),
        rules: fc.oneof(ruleMap, fc.jsonValue()),
        types: fc.oneof(fc.dictionary(fc.constantFrom(...profiles.map((p) => p.id), 'nope'), fc.oneof(fc.record({ rules: ruleMap, x: fc.string() }, { requiredKeys: [] }), fc.jsonValue())), fc.jsonValue()),
        ignore: fc.jsonValue(),
        other: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(config, fc.jsonValue()), (v) => {
        assert.equal(editor(v), core(v), JSON.stringify(v));
      }),
      { numRuns: 2000 },
    );
  });
});
