import assert from 'node:assert/strict';
import Ajv from 'ajv';
import schema from '../../src/core/config/schema.json';
import { basename, dirname, normalize, relativePath, resolvePath, toPosix } from '../../src/core/config/paths.js';
import { globMatcher } from '../../src/core/config/glob.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { ClinoteConfig, CustomDimension } from '../../src/core/config/types.js';

describe('config: posix paths without node:path', () => {
  it('normalize, dirname, basename, resolve, relative', () => {
    assert.equal(normalize('/a/./b//c/../d'), '/a/b/d');
    assert.equal(normalize('a/../../b'), '../b');
    assert.equal(normalize('/..'), '/');
    assert.equal(dirname('/a/b/c.md'), '/a/b');
    assert.equal(dirname('/a'), '/');
    assert.equal(dirname('/'), '/');
    assert.equal(dirname('C:/'), 'C:/');
    assert.equal(dirname('C:/notes'), 'C:/');
    assert.equal(basename('/a/b/.clinote.json'), '.clinote.json');
    assert.equal(resolvePath('/a/b', '../c/.clinote.json'), '/a/c/.clinote.json');
    assert.equal(resolvePath('/a/b', '/x/y.json'), '/x/y.json');
    assert.equal(relativePath('/a/b', '/a/c/d.json'), '../c/d.json');
    assert.equal(toPosix('C:\\notes\\a.md'), 'C:/notes/a.md');
  });
});

describe('config: schema.json', () => {
  it('compiles in strict mode and describes every top-level setting', () => {
    new Ajv({ strict: true }).compile(schema);
    for (const [key, prop] of Object.entries(schema.properties)) assert.ok((prop as { description?: string }).description, key);
  });

  it('accepts a complete, realistic config', () => {
    const { problems } = validateConfig({
      $schema: './node_modules/clinote/dist/clinote.schema.json',
      extends: ['clinote:strict', '../supervisor/.clinote.yaml'],
      defaultType: 'soap',
      rules: { goals: 'error', 'measurable-goals': { severity: 'warning', options: { requireTimeFrame: true } } },
      types: { intake: { rules: { 'ecological-factors': 'error' } } },
      dimensions: [
        {
          id: 'collateral-contacts',
          title: 'Collateral contacts',
          why: 'Contacts with family, schools or other providers show who else holds part of the picture.',
          source: 'Agency policy 4.2',
          headings: ['collateral contacts', '=collateral'],
          subItems: [{ id: 'who', label: 'who was contacted', cues: ['spoke with', 'contact*'], patterns: ['\\bcalled\\b'] }],
          threshold: 1,
          negation: 'unexplored',
          triggers: [{ id: 'school', label: 'a school', cues: ['school'], level: 'warning', appliesTo: ['progress'] }],
          template: { heading: 'Collateral contacts', body: '<!-- ? Who did you speak with, and what did you learn? -->' },
          hint: 'Add a Collateral contacts section.',
          requiredIn: { progress: 'warning', intake: 'error', '*': 'info' },
        },
      ],
      ignore: ['templates/**'],
    });
    assert.deepEqual(problems, []);
  });
});

describe('config: glob matching', () => {
  it('*, **, ?, {a,b} and [classes]', () => {
    assert.ok(globMatcher('/p/**/*.md').test('/p/a.md'));
    assert.ok(globMatcher('/p/**/*.md').test('/p/x/y/a.md'));
    assert.ok(!globMatcher('/p/*.md').test('/p/x/a.md'));
    assert.ok(globMatcher('/p/n?.md').test('/p/n1.md'));
    assert.ok(globMatcher('/p/{a,b}/*.md').test('/p/b/z.md'));
    assert.ok(globMatcher('/p/[!x]*.md').test('/p/a.md'));
    assert.ok(!globMatcher('/p/[!x]*.md').test('/p/x.md'));
    assert.ok(globMatcher('/p/a+b.md').test('/p/a+b.md'));
  });
});

// Compile-time: schema.json and the TypeScript types list the same settings (npm test typechecks this file).
type SchemaKeys<T> = keyof T & string;
type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : { onlyLeft: Exclude<A, B>; onlyRight: Exclude<B, A> };
const configKeysMatch: Same<keyof ClinoteConfig, SchemaKeys<typeof schema.properties>> = true;
const dimensionKeysMatch: Same<keyof CustomDimension, SchemaKeys<typeof schema.definitions.dimension.properties>> = true;

describe('config: schema.json and types.ts agree', () => {
  it('on the settings and on the shape of a dimension (checked by the typechecker)', () => {
    assert.ok(configKeysMatch && dimensionKeysMatch);
  });
});
