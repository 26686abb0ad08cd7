// The Markdown a note is read as: CommonMark, plus the GFM tables, task lists and ~~strikethrough~~ that notes use,
// plus inline HTML read in linear time (html-text.ts); tables are tried only above a line that can be their delimiter
// row (table.ts: parse through `withDelimiterRows`). Not GFM's autolink literals: they try to start an address at
// every word, and micromark then splices a paragraph's whole event list once per line (quadratic on a long paragraph);
// a web address reads the same as text, and the identifiers rule finds addresses itself. Not footnotes: notes have
// none, and "[^1]" is worth reading as written.
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import { linearHtmlTextExtension } from './html-text.js';
import { gfmTableWhereDelimited } from './table.js';

/** A unified plugin: the syntax extensions above, for remark-parse. */
export function noteSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTableWhereDelimited, gfmTaskListItem(), gfmStrikethrough({ singleTilde: false }), linearHtmlTextExtension);
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}
