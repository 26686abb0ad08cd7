// Tables tried only above a possible delimiter row (src/core/note/markdown/table.ts) parse exactly as
// micromark-extension-gfm-table does: the same trees, positions included, on every small arrangement of table-like
// lines, the CommonMark spec examples and every fixture note.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Extension } from 'micromark-util-types';
import { gfmTableWhereDelimited, withDelimiterRows } from '../../src/core/note/markdown/table.js';
import { specExamples } from '../support/mutate.js';

function processor(table: Extension) {
  return unified()
    .use(remarkParse)
    .use(function (this: ReturnType<typeof unified>) {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(table);
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    });
}
const extension = processor(gfmTable());
const guarded = processor(gfmTableWhereDelimited);

function same(text: string): void {
  const want = JSON.stringify(extension.parse(text));
  const got = JSON.stringify(withDelimiterRows(text, () => guarded.parse(text)));
  assert.equal(got, want, JSON.stringify(text));
}

/** Lines that start, continue, end or look like tables, in and out of containers. */
const LINES = [
  'a', 'a | b', '| a |', '|a|b|', 'a:', ':', '-', '---', ':-', '-:', ':-:', '|-', '-|', '|-|-|', '| --- | :-: |',
  '--- | ---', 'a\\|b', '> | a |', '> |-|', '- | a |', '  |-|', '1. a | b', '   | - |', '\t| - |', '', '# a | b', '```',
];

describe('GFM tables tried only above a possible delimiter row', () => {
  it('parse every pair of table-like lines, after a paragraph, quote, list or table line, as the extension does (LF, CRLF, CR)', () => {
    let n = 0;
    for (const a of ['', 'a', '> a', '- a', '| a |']) {
      for (const b of LINES) {
        for (const c of LINES) {
          same(`${a}\n${b}\n${c}`);
          n++;
        }
        same(`${a}\r\n${b}`);
        same(`${a}\r${b}\n`);
      }
    }
    assert.ok(n > 3_000);
  });

  it('parse the CommonMark spec examples and every fixture note as the extension does', function () {
    // Two parses of every fixture note (2,300 and growing with each labelled set): an equivalence check, not a timing,
    // so its budget follows the corpus; 20 s ran out on a cold first run.
    this.timeout(180_000);
    const notes: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.md')) notes.push(readFileSync(p, 'utf8'));
      }
    };
    walk('test/fixtures');
    assert.ok(notes.length > 200, `${notes.length} fixture notes`);
    for (const t of [...specExamples.map((e) => e.text), ...notes]) same(t);
  });

  it('still tries every line outside withDelimiterRows', () => {
    assert.equal(guarded.parse('a\n:-').children[0].type, 'table');
  });
});
