import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

describe('toolchain', () => {
  it('parses markdown with remark', () => {
    const tree = unified().use(remarkParse).parse('# Hi');
    assert.equal(tree.children[0].type, 'heading');
  });
});
