import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from '../../src/core/index.js';

describe('toolchain', () => {
  it('parses markdown with remark', () => {
    const tree = unified().use(remarkParse).parse('# Hi');
    assert.equal(tree.children[0].type, 'heading');
  });
});

describe('an empty note', () => {
  it('a file with nothing written yet has nothing to be incomplete about', () => {
    for (const t of ['', '\n', '  \n\n\t\n']) assert.deepEqual(lint(t).findings, [], JSON.stringify(t));
    assert.ok(lint('Client seen today.').findings.length > 0);
  });
});
