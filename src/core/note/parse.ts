// One parse per lint: unified + remark-parse (+ front matter, GFM) -> the Note model.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, RootContent, PhrasingContent, Heading, List, Paragraph } from 'mdast';
import type { Block, BlockKind, Directive, FrontMatter, Note, OpenBlock, Prompt, Section, Segment } from './note.js';
import type { OffsetRange } from '../types.js';
import { bomLength, LineIndex } from './text.js';
import { TextCache } from './text-cache.js';
import { scanComments } from './prompts.js';
import { builtinPlaceholder, isContentText, type PlaceholderTest } from './content.js';
import { TODO_MARK, TODO_VERBS } from '../language/form-options.js';
import { splitChunks } from './chunks.js';
import { cleanHeading, isBoldHeading, isColonHead, isFieldName, isFormTable, isListHead, isOutlineHead, itemHead, PSEUDO_LEVEL, setLabel, splitHeadingLine, splitLabelLines, SIGN_OFF } from './labels.js';
import { readFrontMatter } from './front-matter.js';
import { htmlTableCells, type HtmlCell } from './html-table.js';
import { noteSyntax } from './markdown/syntax.js';
import { defuse } from './markdown/defuse.js';
import { writeSpokenPunctuation } from './dictation.js';
import { withDelimiterRows } from './markdown/table.js';
import { namesNoteKind } from '../language/note-kinds.js';

export { cleanHeading, PSEUDO_LEVEL };

const processor = unified().use(remarkParse).use(noteSyntax);
/**
 * With front matter, for the first piece of a note that has some. Only then: after a `---` first line that does not
 * open front matter (a thematic break, front matter not closed yet), micromark-extension-frontmatter 2.0.0 leaves
 * the parser unable to start any list for the rest of the note.
 */
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(noteSyntax);

export interface ParseOptions {
  /** Texts longer than this are parsed in chunks split at top-level headings (see chunks.ts). */
  chunkAbove?: number;
  /** Smallest chunk (tests use small ones to exercise the splitting). */
  minChunk?: number;
  /** What a block holding only a placeholder is (no content): the built-in list unless a config adds words. */
  placeholder?: PlaceholderTest;
}

/**
 * The text -> Note parse. A long note is parsed chunk by chunk, each chunk's tree cached by its text, so that
 * re-linting a long note as it is edited re-parses only the edited part (and micromark's cost on very long
 * documents is avoided).
 */
export function parseNote(text: string, opts: ParseOptions = {}): Note {
  const lines = new LineIndex(text);
  // micromark drops a leading byte order mark and counts offsets without it: parse from after them.
  const lead = bomLength(text);
  const body = frontMatterEnd(text, lead);
  // Dictation's spoken marks ("subjective colon") are read as the marks, every offset kept; the Note keeps the text.
  const read = writeSpokenPunctuation(text, body);
  const b = new Builder(read, lines, opts.placeholder);
  const parsed = defuse(read, body);
  const chunks =
    text.length > (opts.chunkAbove ?? CHUNK_ABOVE) ? splitChunks(parsed, opts.minChunk, lead, body) : [{ start: lead, text: parsed.slice(lead) }];
  try {
    for (const c of chunks) {
      const p = body > lead && c.start === lead ? withFrontMatter : processor;
      const tree = chunks.length > 1 ? cachedParse(p, c.text) : parseTree(p, c.text);
      base = c.start;
      tree.children.forEach((node, i) => b.top(node, tree.children[i + 1]));
    }
  } finally {
    base = 0;
  }
  const note = b.finish();
  if (read !== text) note.text = text;
  return note;
}

/** Where the YAML front matter ends (after its closing `---` line), or `from` when the note has none. */
function frontMatterEnd(text: string, from: number): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(from, from + 8));
  if (!open) return from;
  const close = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = from + open[0].length - 1;
  const m = close.exec(text);
  if (!m) return from;
  // A rule above a header written in Markdown ("---", a blank line, "**Electronically signed:** ...", "---") is no
  // front matter: its first line is neither a YAML field, a list item nor a comment, so it is read as the note's text.
  const first = /^[ \t]*\S.*$/m.exec(text.slice(from + open[0].length, m.index));
  if (first && !YAML_LINE.test(first[0])) return from;
  return m.index + m[0].length;
}

/** A first line YAML front matter can open with: `key: value`, `key:`, `- item`, `# comment`, or a quoted key. */
const YAML_LINE = /^[ \t]*(?:[A-Za-z0-9_"'][^:\n]{0,80}:(?:[ \t]|$)|-[ \t]|-$|#)/;

const CHUNK_ABOVE = 64 * 1024;
/** Trees of the chunks of long notes: about two 1 MB notes' worth. */
const treeCache = new TextCache<Root>(2_000_000);

function cachedParse(p: typeof processor, text: string): Root {
  const key = (p === processor ? 'p' : 'f') + text;
  let tree = treeCache.get(key);
  if (!tree) treeCache.set(key, (tree = parseTree(p, text)));
  return tree;
}

function parseTree(p: typeof processor, text: string): Root {
  return withDelimiterRows(text, () => p.parse(text) as Root);
}

/** Offset of the chunk whose tree is being read: node positions are relative to their chunk. */
let base = 0;

interface Acc {
  text: string;
  segments: Segment[];
  prompts: Prompt[];
  struck?: OffsetRange[];
}

class Builder {
  sections: Section[] = [];
  blocks: Block[] = [];
  prompts: Prompt[] = [];
  directives: Directive[] = [];
  frontMatter?: FrontMatter;
  bodyStart = 0;
  openBlock?: OpenBlock;
  private quoteDepth = 0;
  /** The section new blocks go in: the last heading's, or the one above it after a rule (`ruleOff`). */
  private current = -1;
  /** The list of questions a colon head heads: its section ends with it. */
  private closeAfter?: RootContent;
  /** Sections a rule ended, and where. */
  private readonly ruledOff = new Map<number, number>();
  /** Sections holding text of their own so far (a one-word head under one that has none divides it). */
  private readonly withText = new Set<number>();
  /** The outline item whose nested list is being read ("- Plan" over "  - Next session 3/11"). */
  private outline?: string;
  /** End of the note without trailing blanks: only a block that reaches it can run to the end. */
  private readonly contentEnd: number;

  constructor(
    readonly src: string,
    readonly lines: LineIndex,
    private readonly placeholder: PlaceholderTest = builtinPlaceholder,
  ) {
    this.contentEnd = src.trimEnd().length;
  }

  top(node: RootContent, next?: RootContent): void {
    if (node.type === 'thematicBreak') return this.ruleOff(start(node));
    // "Plan:" right over a list of questions still to answer (a template, or the prompts a fix put under "Plan:\nTBD")
    // heads them, as "Plan:" over its text on the next line does.
    // It heads only them: the text after the list is not theirs.
    if (node.type === 'paragraph' && next?.type === 'list' && isColonHead(node) && this.questionsOnly(node, next)) {
      this.heading(node, PSEUDO_LEVEL);
      this.closeAfter = next;
      return;
    }
    // "Goals — what we will work on together" on the line right over its numbered goals heads them.
    if (node.type === 'paragraph' && next?.type === 'list' && isListHead(node) && this.lines.position(start(next)).line === this.lines.position(end(node)).line + 1) {
      // ("**Each partner's goals**", then "Graham" over his list and "Lesley" over hers: one-word heads right under a
      // bold heading, before any text of its own, divide its section rather than end it.)
      this.heading(node, this.dividesHeading(node) ? PSEUDO_LEVEL + 1 : PSEUDO_LEVEL, true);
      return;
    }
    if (node === this.closeAfter) {
      this.block(node);
      this.closeAfter = undefined;
      return this.ruleOff(end(node));
    }
    if ((node.type === 'code' || node.type === 'html') && end(node) >= this.contentEnd) {
      this.openBlock = openBlockAt(this.src, start(node), end(node));
    }
    if (node.type === 'yaml') {
      this.frontMatter = readFrontMatter(this.src, node.value, start(node), end(node));
      this.bodyStart = end(node);
      // Front matter fields that hold writing ("risk: >", "plan:" over a list) are entries labelled by their key.
      for (const e of this.frontMatter.entries ?? []) {
        const acc: Acc = { text: '', segments: [], prompts: [] };
        addText(acc, this.src.slice(e.range.start, e.range.end), e.range.start, true);
        const blk = this.pushBlock('paragraph', acc, e.range);
        if (blk) {
          blk.label = e.key.replace(/[_-]+/g, ' ').trim();
          blk.rowLabel = true;
        }
      }
      return;
    }
    if (node.type === 'heading') {
      // An EHR export rules off its blocks with a line of dashes, which Markdown reads as underlining the lines above
      // into a heading. A heading is one short line: several lines, or a "FIELD: value" line, stay text.
      if (ruledOffText(this.src, node)) return this.block({ ...node, type: 'paragraph' } as Paragraph);
      return this.heading(node);
    }
    // "**Subjective**" alone on a line, as notes pasted from an EHR head their sections: a section below any real
    // heading level (7), so it nests under the heading before it and ends at the next heading or pseudo-heading.
    if (node.type === 'paragraph' && isBoldHeading(node)) return this.heading(node, PSEUDO_LEVEL);
    // "DATA" or "ASSESSMENT:" on its own line with the text right below it (no blank line between).
    if (node.type === 'paragraph') {
      const split = splitHeadingLine(node, this.src, base);
      if (split) {
        this.heading(split.head, PSEUDO_LEVEL, split.plain);
        return this.block(split.rest);
      }
    }
    this.block(node);
  }

  private heading(node: Heading | Paragraph, level: number = (node as Heading).depth, plain?: boolean): void {
    const acc = this.inline(node.children);
    const title = cleanHeading(acc.text);
    const s = start(node);
    const e = end(node);
    const index = this.sections.length;
    this.current = index;
    this.sections.push({
      index,
      title,
      level,
      heading: { start: s, end: e },
      body: { start: e, end: this.src.length },
      extent: { start: s, end: this.src.length },
      parent: -1,
      children: [],
      isTitle: false,
      hasContent: false,
      ...(plain && { plain }),
    });
    this.pushBlock('heading', acc, { start: s, end: e });
  }

  /** A one-word plain head under a bold or capitals heading that has no text of its own, or under a sibling of it. */
  private dividesHeading(node: Paragraph): boolean {
    if (!/^[A-Z][\w'’-]{0,20}$/.test(this.src.slice(start(node), end(node)).trim())) return false;
    let k = this.current;
    while (k >= 0 && this.sections[k].level === PSEUDO_LEVEL + 1) k--;
    return k >= 0 && this.sections[k].level === PSEUDO_LEVEL && !this.withText.has(k);
  }

  /** A list on the line right after `head` whose every item is a prompt marker's question. */
  private questionsOnly(head: RootContent, list: List): boolean {
    if (this.lines.position(start(list)).line !== this.lines.position(end(head)).line + 1) return false;
    return list.children.every((item) => /<!--\s*\?/.test(this.src.slice(start(item), end(item))));
  }

  /**
   * A rule ("---") ends a section headed by a bold or capitals line ("**Goals:**" over its list, then a rule, then
   * "**D:** ..."): what follows belongs to the heading above it, as a real heading's section would go on. (So does the
   * end of the questions a "Plan:" line heads.)
   */
  private ruleOff(at: number): void {
    const cur = this.sections[this.current];
    if (!cur || cur.level !== PSEUDO_LEVEL) return;
    this.ruledOff.set(this.current, at);
    let k = this.current - 1;
    while (k >= 0 && this.sections[k].level >= PSEUDO_LEVEL) k--;
    this.current = k;
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'paragraph': {
        // "Goals addressed: TBD\nRisk: [enter text]": one block per labelled line, so each label has its own value.
        const lines = splitLabelLines(node, this.src, base);
        for (const para of lines ?? [node]) {
          const blk = this.pushBlock('paragraph', this.inline(para.children), { start: start(para), end: end(para) });
          if (blk) this.runIn(blk, setLabel(blk, para.children));
        }
        return;
      }
      case 'list': {
        const heading = this.outline;
        for (const item of node.children) {
          // An outline: "- Plan" over its own nested list heads it, as "Plan:" would ("- Plan\n  - Next session 3/11").
          let head: string | undefined;
          for (const child of item.children) {
            if (child.type === 'paragraph') {
              const blk = this.pushBlock('listItem', this.inline(child.children), { start: start(child), end: end(child) });
              if (blk && item.checked !== undefined) {
                blk.checked = item.checked;
                // An unticked form option says nothing was done; an unticked to-do is still a plan.
                if (item.checked === false && !isTodo(blk.text)) blk.content = false;
              }
              if (blk) this.runIn(blk, setLabel(blk, child.children));
              // "2. Subjective" over the lines of its item: the first line heads the rest, as "Subjective:" would.
              const lead = blk && !blk.label && child === item.children[0] ? itemHead(blk.text) : undefined;
              if (blk && lead) {
                blk.label = cleanHeading(lead);
                // Its value is the lines below the head: "5. Barriers to progress\nSee previous plan." says nothing.
                blk.valueAt = blk.text.search(/\r?\n|\r/) + 1;
                blk.content = isContentText(blk.text.slice(blk.valueAt), this.placeholder);
              }
              const outlineHead = !!blk && child === item.children[0] && item.children.length > 1 && isOutlineHead(blk.text);
              // (An outline's head is labelled by its own name: "7. Cultural / Spiritual" over its questions.)
              if (blk && !blk.label) blk.label = outlineHead ? cleanHeading(blk.text) : (head ?? heading);
              if (blk && outlineHead) {
                head = cleanHeading(blk.text);
                blk.content = false;
              }
            } else {
              this.outline = child.type === 'list' ? head : undefined;
              this.block(child);
              this.outline = heading;
            }
          }
        }
        return;
      }
      case 'blockquote': {
        // A GitHub alert ("> [!NOTE]", "> [!IMPORTANT]") is the writer's own box, not a quotation.
        const alert = alertBody(node.children[0], this.src);
        if (!alert) this.quoteDepth++;
        for (const child of alert ? [alert, ...node.children.slice(1)] : node.children) this.block(child);
        if (!alert) this.quoteDepth--;
        return;
      }
      case 'table': {
        const headers: string[] = [];
        const form = isFormTable(node);
        node.children.forEach((row, r) => {
          let rowLabel: string | undefined;
          row.children.forEach((cell, c) => {
            // A form's field name ("| RISK | Denies SI/HI |") heads its row's entry as a label heads a paragraph.
            const head = r === 0 || (form && c === 0);
            const blk = this.pushBlock(head ? 'tableHeader' : 'tableCell', this.inline(cell.children), {
              start: start(cell),
              end: end(cell),
            });
            if (r === 0) headers[c] = cleanHeading(blk?.text ?? '');
            else if (form && c === 0) rowLabel = cleanHeading(blk?.text ?? '') || undefined;
            else if (blk && form && rowLabel) {
              blk.label = rowLabel;
              blk.rowLabel = true;
            }
            // A body cell is labelled by its column header ("Goal", "Target date").
            else if (blk && headers[c]) blk.label = headers[c];
          });
        });
        return;
      }
      case 'html':
        return this.html(node.value, start(node));
      case 'heading':
        // A heading inside a list or quote: keep its words as text, not as a section.
        this.pushBlock('paragraph', this.inline(node.children), { start: start(node), end: end(node) });
        return;
      default:
        // code, thematic breaks, definitions, footnotes: not the clinician's prose.
        return;
    }
  }

  private html(value: string, base: number): void {
    const scan = scanComments(value, base);
    // (A table with prompts or directives in it is read as one block, as before: they are kept whole there.)
    if (!scan.prompts.length && !scan.directives.length && this.htmlTable(value, base)) return;
    for (const d of scan.directives) this.directives.push({ ...d, line: this.lines.position(d.range.start).line });
    this.prompts.push(...scan.prompts);
    const acc: Acc = { text: '', segments: [], prompts: scan.prompts };
    // Text written after a comment on the same line belongs to the block ("<!-- ? Q --> the answer").
    for (const r of scan.rest) {
      const words = visibleText(r.text);
      if (words.trim()) addText(acc, words, r.start, true);
    }
    if (acc.prompts.length || acc.text.trim()) this.pushBlock('html', acc, { start: base, end: base + value.length });
  }

  /**
   * An HTML table (an EHR export pasted in) read as a Markdown table is: a cell per block, labelled by its column's
   * header, and in a two-column form by its row's field name ("Note type" | "Progress note — SOAP"). False when the
   * HTML holds no table cells.
   */
  private htmlTable(value: string, base: number): boolean {
    const cells = htmlTableCells(value);
    if (!cells.length) return false;
    const rows: HtmlCell[][] = [];
    for (const c of cells) (rows[c.row] ??= []).push(c);
    const list = rows.filter((r) => r);
    const text = (c: HtmlCell) => visibleText(value.slice(c.start, c.end));
    const form = list.length >= 2 && list.every((r) => r.length === 2 && (r[0].header || isFieldName(text(r[0]))));
    const headers: string[] = [];
    for (const r of list) {
      const headRow = r.every((c) => c.header);
      let rowLabel: string | undefined;
      r.forEach((c, i) => {
        const acc: Acc = { text: '', segments: [], prompts: [] };
        addText(acc, text(c), base + c.start, true);
        const blk = this.pushBlock(headRow || (form && i === 0) ? 'tableHeader' : 'tableCell', acc, { start: base + c.start, end: base + c.end });
        const name = cleanHeading(blk?.text.trim() ?? '');
        if (headRow) headers[i] = name;
        else if (form && i === 0) rowLabel = name || undefined;
        else if (blk && form && rowLabel) {
          blk.label = rowLabel;
          blk.rowLabel = true;
        } else if (blk && headers[i]) blk.label = headers[i];
      });
    }
    return true;
  }

  private inline(nodes: PhrasingContent[], acc: Acc = { text: '', segments: [], prompts: [] }): Acc {
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          addTextFrom(acc, n.value, this.src.slice(start(n), end(n)), start(n));
          break;
        case 'inlineCode':
          acc.text += ' ';
          break;
        case 'break':
          acc.text += '\n';
          break;
        case 'html': {
          const scan = scanComments(n.value, start(n));
          for (const d of scan.directives) this.directives.push({ ...d, line: this.lines.position(d.range.start).line });
          this.prompts.push(...scan.prompts);
          acc.prompts.push(...scan.prompts);
          acc.text += ' ';
          break;
        }
        case 'delete': {
          const from = acc.text.length;
          this.inline(n.children, acc);
          (acc.struck ??= []).push({ start: from, end: acc.text.length });
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'linkReference':
          this.inline(n.children, acc);
          break;
        default:
          break;
      }
    }
    return acc;
  }

  /** A run-in head's block says something only if its value does ("**Strengths.** [to complete]" does not). */
  private runIn(blk: Block, valueAt: number | undefined): void {
    if (valueAt === undefined) return;
    blk.content = isContentText(blk.text.slice(valueAt), this.placeholder);
    blk.valueAt = valueAt;
  }

  private pushBlock(kind: BlockKind, acc: Acc, range: { start: number; end: number }): Block | undefined {
    const blk: Block = {
      kind,
      text: acc.text,
      range,
      segments: acc.segments,
      section: this.current,
      prompts: acc.prompts,
      quoted: this.quoteDepth > 0,
      content: kind !== 'heading' && kind !== 'tableHeader' && isContentText(acc.text, this.placeholder),
      ...(acc.struck && { struck: acc.struck }),
    };
    this.blocks.push(blk);
    if (blk.content) this.withText.add(this.current);
    return blk;
  }

  finish(): Note {
    const secs = this.sections;
    const len = this.src.length;
    // The open sections, outermost first: a heading closes those at its level or deeper and nests in the one left.
    const open: Section[] = [];
    for (let i = 0; i < secs.length; i++) {
      const s = secs[i];
      s.body.end = i + 1 < secs.length ? secs[i + 1].heading.start : len;
      while (open.length && open[open.length - 1].level >= s.level) open.pop()!.extent.end = s.heading.start;
      const parent = open[open.length - 1];
      if (parent) {
        s.parent = parent.index;
        parent.children.push(i);
      }
      open.push(s);
    }
    for (const s of open) s.extent.end = len;
    for (const [i, at] of this.ruledOff) {
      secs[i].extent.end = Math.min(secs[i].extent.end, at);
      secs[i].body.end = Math.min(secs[i].body.end, at);
    }
    let title = -1;
    if (secs.length && secs[0].level === 1 && secs.filter((s) => s.level === 1).length === 1) {
      secs[0].isTitle = true;
      title = 0;
    } else if (secs.length && secs[0].level === PSEUDO_LEVEL && namesNoteKind(secs[0].title) && !this.blocks.some((b) => b.content && b.kind !== 'heading' && b.range.start >= this.bodyStart && b.range.start < secs[0].heading.start)) {
      // "CASE CLOSURE / DISCHARGE SUMMARY" as an EHR export's first line names the note; it heads no section of it.
      secs[0].isTitle = true;
      title = 0;
    }
    // A heading counts as text only when its section says something (its words then name what is covered).
    // The clinician's sign-off under the last section ("K. Albrecht, LMSW") is not that section's text.
    // An addendum or late entry written below the last section is its own part, not more of that section.
    let addendum = false;
    const last = this.blocks[this.blocks.length - 1];
    for (const blk of this.blocks) {
      if (blk.kind === 'heading') addendum = false;
      else if (blk.kind === 'paragraph' && ADDENDUM.test(blk.text)) addendum = true;
      if (blk.content && (isSignOff(blk) || (blk === last && isSignedName(blk)))) blk.signOff = true;
      if (addendum || !blk.content || blk.signOff) continue;
      for (let s = blk.section; s >= 0 && !secs[s].hasContent; s = secs[s].parent) secs[s].hasContent = true;
    }
    for (const blk of this.blocks) {
      if (blk.kind === 'heading' && blk.section >= 0 && !secs[blk.section].isTitle) blk.content = secs[blk.section].hasContent;
    }
    return {
      text: this.src,
      lines: this.lines,
      frontMatter: this.frontMatter,
      sections: secs,
      blocks: this.blocks,
      prompts: this.prompts,
      directives: this.directives,
      title,
      bodyStart: this.bodyStart,
      openBlock: this.openBlock,
    };
  }
}

const ALERT_MARK = /^\[!(?:note|tip|important|warning|caution)\][ \t]*(?:\r?\n|\r|$)/i;

/**
 * When a blockquote's first paragraph opens with a GitHub alert's marker ("[!NOTE]", "[!IMPORTANT]"): that paragraph
 * without the marker line (a copy: a cached tree is never changed), so that the line below starts it. Undefined when
 * it is no alert.
 */
function alertBody(first: RootContent | undefined, src: string): RootContent | undefined {
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const m = ALERT_MARK.exec(src.slice(start(first), start(first) + 16));
  if (!m) return undefined;
  const [text, ...rest] = first.children;
  if (text?.type !== 'text' || !text.position || !text.value.startsWith(m[0].trimEnd())) return first;
  const value = text.value.slice(Math.min(m[0].length, text.value.length)).replace(/^\r?\n/, '');
  const cut = text.value.length - value.length;
  const from = { ...text.position.start, offset: text.position.start.offset! + cut };
  const body = { ...text, value, position: { ...text.position, start: from } };
  return { ...first, children: value ? [body, ...rest] : rest, position: { ...first.position, start: from } };
}

/**
 * What a browser shows of raw HTML, same length (the rest blanked): not the tags, and not what it never shows, CDATA
 * sections, `<?...>` and `<!DOCTYPE...>` (which HTML reads as comments; comments themselves are gone already), closed
 * or left open. "<pre>text</pre>" reads "text", open or closed alike.
 */
function visibleText(html: string): string {
  if (!html.includes('<')) return html;
  let out = '';
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i)) {
    let end: number;
    if (html.startsWith('<![CDATA[', i)) end = after(html.indexOf(']]>', i + 9), 3);
    else if (html[i + 1] === '?' || (html[i + 1] === '!' && /[A-Za-z]/.test(html[i + 2] ?? ''))) end = after(html.indexOf('>', i + 2), 1);
    else if (/[A-Za-z/]/.test(html[i + 1] ?? '')) {
      const close = html.indexOf('>', i + 1);
      const open = html.indexOf('<', i + 1);
      end = close >= 0 && (open < 0 || close < open) ? close + 1 : -1; // "<b" with no ">" of its own is text
    } else end = -1;
    if (end < 0) {
      i++;
      continue;
    }
    out += html.slice(last, i) + ' '.repeat(Math.min(end, html.length) - i);
    last = i = Math.min(end, html.length);
  }
  return out + html.slice(last);
}

/** Just past a marker found at `at` (of `length`), or the end of the text when it was not found. */
function after(at: number, length: number): number {
  return at < 0 ? Infinity : at + length;
}

/**
 * A fenced code or raw HTML block at the top level that reaches the end of the note swallows whatever is written after
 * it when it is left open. Whether it is open is asked of the parser itself (its quirks, such as a CDATA section
 * ending in "]]]>" staying open, defeat rules written by hand): a heading after the block must still be a heading.
 * Then the line that closes it (its fence, `-->`, `</pre>`...), checked the same way; `close` is undefined when no
 * line does, and text must then go before the block.
 */
function openBlockAt(src: string, s: number, e: number): OpenBlock | undefined {
  const body = src.slice(s, e);
  const close = closingLine(body);
  if (body.length > MAX_PROBE) {
    // A long block is judged by its text alone: a second parse of a long note costs more than the rare miss.
    return close === undefined || closedBy(body, close) ? undefined : { start: s, close };
  }
  if (standsAlone(body)) return undefined;
  return { start: s, close: close !== undefined && standsAlone(`${body}\n${close}`) ? close : undefined };
}

const MAX_PROBE = 64 * 1024;

/** Whether a heading written after `text` (and a blank line) is a heading of its own. */
function standsAlone(text: string): boolean {
  const tree = parseTree(processor, `${text}\n\n# x`);
  return tree.children[tree.children.length - 1]?.type === 'heading';
}

/** The line that closes a block starting like `body`: its fence, or the end marker of its kind of raw HTML. */
function closingLine(body: string): string | undefined {
  const line = /^[^\r\n]*/.exec(body.slice(0, 200))![0];
  const first = line.trimStart();
  // Four spaces of indent make indented code, which ends at the first line that is not indented.
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (fence) return fence[1];
  const raw = /^<(pre|script|style|textarea)(?:[\s>]|$)/i.exec(first);
  if (raw) return `</${raw[1].toLowerCase()}>`;
  return first.startsWith('<!--') ? '-->' : first.startsWith('<?') ? '?>' : first.startsWith('<![CDATA[') ? ']]>' : /^<![A-Za-z]/.test(first) ? '>' : undefined;
}

/** Whether `body` closes itself with `close`: a fence on its last line, or the end marker after the opening. */
function closedBy(body: string, close: string): boolean {
  if (close[0] === '`' || close[0] === '~') {
    const lines = body.trimEnd().split(/\r\n|\r|\n/);
    const last = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]);
    return lines.length > 1 && !!last && last[1][0] === close[0] && last[1].length >= close.length;
  }
  return body.toLowerCase().includes(close, 2);
}

/**
 * A text node's value set against its source: where they differ only by what the parser strips (the indent of a
 * list item's or a quotation's continuation lines, "> " markers, a backslash before an escaped mark), each run of
 * equal characters gets its own exact segment, so that a word on the second line of an indented list item still maps
 * to its place in the note. Anything else (a character reference, "&amp;") leaves the rest of the node inexact, as
 * before. One pass over both strings.
 */
function addTextFrom(acc: Acc, value: string, source: string, srcStart: number): void {
  // (An exact node, CR breaks and all, is addText's: its CR lines get segments there.)
  if (source === value) return addText(acc, value, srcStart, true);
  let i = 0;
  let j = 0;
  while (i < value.length) {
    const runStart = i;
    const srcRun = j;
    while (i < value.length && j < source.length && value[i] !== '\r' && value.charCodeAt(i) === source.charCodeAt(j)) (i++, j++);
    if (i > runStart) {
      acc.segments.push({ textStart: acc.text.length, srcStart: srcStart + srcRun, length: i - runStart });
      acc.text += value.slice(runStart, i);
    }
    if (i >= value.length) return;
    // A CR or CRLF break is one "\n" of text, as addText writes it; the segment before it stops short of it.
    const brk = value[i] === '\r' && source.startsWith(value[i + 1] === '\n' ? '\r\n' : '\r', j) ? (value[i + 1] === '\n' ? 2 : 1) : 0;
    if (brk) {
      acc.text += '\n';
      (i += brk), (j += brk);
    }
    // What the parser dropped from the source: indent and quotation marks after a line break, or an escape's backslash.
    let k = j;
    if (i > 0 && (value[i - 1] === '\n' || value[i - 1] === '\r')) while (k < source.length && (source[k] === ' ' || source[k] === '\t' || source[k] === '>')) k++;
    else if (source[k] === '\\') k++;
    if (brk || (k > j && source[k] === value[i])) {
      j = k;
      continue;
    }
    // Not a difference this knows: the rest of the node maps to where it stands, inexactly.
    acc.segments.push({ textStart: acc.text.length, srcStart: srcStart + j, length: 0 });
    acc.text += value.slice(i).replace(/\r\n?/g, '\n');
    return;
  }
}

function addText(acc: Acc, value: string, srcStart: number, exact: boolean): void {
  if (!value) return;
  if (!value.includes('\r')) {
    acc.segments.push({ textStart: acc.text.length, srcStart, length: exact ? value.length : 0 });
    acc.text += value;
    return;
  }
  // Every reader of a block's text sees LF line breaks, whatever the note uses (CRLF, a lone CR): each line gets a
  // segment of its own, so that offsets in the text still map onto the note.
  const breaks = /\r\n|\r|\n/g;
  let last = 0;
  for (;;) {
    const m = breaks.exec(value);
    const piece = value.slice(last, m ? m.index : value.length) + (m ? '\n' : '');
    // A CRLF is one character of text: the segment stops before it, so no range ends between CR and LF.
    const length = exact ? piece.length - (m?.[0].length === 2 ? 1 : 0) : 0;
    if (piece) acc.segments.push({ textStart: acc.text.length, srcStart: srcStart + last, length });
    acc.text += piece;
    if (!m) return;
    last = m.index + m[0].length;
  }
}

function start(n: Nodes): number {
  return base + (n.position?.start.offset ?? 0);
}
function end(n: Nodes): number {
  return base + (n.position?.end.offset ?? 0);
}

/** "Call the caseworker by Friday", "Kevin: apply to 2 jobs": an unticked item that is a to-do rather than a form's
 * option (after whose it is, a name of a few words and a colon). */
function isTodo(text: string): boolean {
  const first = /^[^\S\n]*(?:[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}:[^\S\n]+)?([A-Za-z][\w-]*)/.exec(text)?.[1].toLowerCase();
  return (!!first && TODO_VERBS.has(first)) || TODO_MARK.test(text);
}

/** A setext heading (its words underlined by `---` or `===`) that is a ruled-off block of text, not a heading. */
function ruledOffText(src: string, node: Heading): boolean {
  const text = src.slice(start(node), end(node)).trimEnd();
  const underline = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  if (underline < 0) return false; // an ATX heading ("## Plan") is one line
  const words = text.slice(0, underline).trimEnd();
  // A title underlined with `===` may name its note with a colon ("Session 4: Grief"); a field ruled off with dashes does not.
  return /[\r\n]/.test(words) || (node.depth === 2 && LABEL_WITH_VALUE.test(words));
}
const LABEL_WITH_VALUE = /^[^:\r\n]{1,40}:[ \t]*\S/;

/** A signature line: a name and its credentials, perhaps signed and dated ("J. Adeyemi, LMSW — 01/18/2024 8:15 pm").
 * Short by nature, so a long paragraph is not copied to be tested (every keystroke parses the note). */
function isSignOff(blk: Block): boolean {
  if (blk.kind !== 'paragraph' || blk.text.length > 160) return false;
  // (The role or service may stand on a line or two below it: "Marisol Treviño, LPC\nEAP Counselor".)
  const [first, ...rest] = blk.text.trim().split(/\r?\n|\r/);
  return SIGN_OFF.test(first.trim()) && rest.length <= 2 && rest.every((l) => ROLE_LINE.test(l.trim()));
}
/** A line under a signature that names the role or the service: short, capitalised, no sentence. */
const ROLE_LINE = /^\p{Lu}[\p{L}.,&'’()/ -]{0,48}$/u;
/** The note's last line a bare name, initials first ("J. Whitfield", "A. Kowal"): the clinician signing, as a
 * sign-off without credentials can only be at the very end. */
function isSignedName(blk: Block): boolean {
  return blk.kind === 'paragraph' && blk.text.length <= 40 && SIGNED_NAME.test(blk.text.trim());
}
const SIGNED_NAME = /^(?:\p{Lu}\.[ \t]?){1,2}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?$/u;
const ADDENDUM = /^[ \t]*(?:addendum|late entry)\b/i;
