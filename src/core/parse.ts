// One parse per lint: unified + remark-parse (+ front matter, GFM) -> the Note model.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseDocument, isMap, isScalar } from 'yaml';
import type { Nodes, Root, RootContent, PhrasingContent, Heading, Paragraph } from 'mdast';
import type { Block, BlockKind, Directive, FrontMatter, Note, Prompt, Section, Segment } from './note.js';
import { LineIndex } from './text.js';
import { scanComments } from './prompts.js';
import { isContentText } from './content.js';
import { splitChunks } from './chunks.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false });

export interface ParseOptions {
  /** Texts longer than this are parsed in chunks split at top-level headings (see chunks.ts). */
  chunkAbove?: number;
  /** Smallest chunk (tests use small ones to exercise the splitting). */
  minChunk?: number;
}

/**
 * The text -> Note parse. A long note is parsed chunk by chunk, each chunk's tree cached by its text, so that
 * re-linting a long note as it is edited re-parses only the edited part (and micromark's cost on very long
 * documents is avoided).
 */
export function parseNote(text: string, opts: ParseOptions = {}): Note {
  const lines = new LineIndex(text);
  const b = new Builder(text, lines);
  const chunks = text.length > (opts.chunkAbove ?? CHUNK_ABOVE) ? splitChunks(text, opts.minChunk) : [{ start: 0, text }];
  try {
    for (const c of chunks) {
      const tree = chunks.length > 1 ? cachedParse(c.text) : (processor.parse(c.text) as Root);
      base = c.start;
      for (const node of tree.children) b.top(node);
    }
  } finally {
    base = 0;
  }
  return b.finish();
}

const CHUNK_ABOVE = 64 * 1024;
const treeCache = new Map<string, Root>();

function cachedParse(text: string): Root {
  let tree = treeCache.get(text);
  if (tree) {
    treeCache.delete(text); // most recently used goes last
  } else {
    tree = processor.parse(text) as Root;
    if (treeCache.size >= 256) treeCache.delete(treeCache.keys().next().value!);
  }
  treeCache.set(text, tree);
  return tree;
}

/** Offset of the chunk whose tree is being read: node positions are relative to their chunk. */
let base = 0;

interface Acc {
  text: string;
  segments: Segment[];
  prompts: Prompt[];
}

class Builder {
  sections: Section[] = [];
  blocks: Block[] = [];
  prompts: Prompt[] = [];
  directives: Directive[] = [];
  frontMatter?: FrontMatter;
  bodyStart = 0;
  private quoteDepth = 0;

  constructor(
    readonly src: string,
    readonly lines: LineIndex,
  ) {}

  top(node: RootContent): void {
    if (node.type === 'yaml') {
      this.frontMatter = readFrontMatter(this.src, node.value, start(node), end(node));
      this.bodyStart = end(node);
      return;
    }
    if (node.type === 'heading') return this.heading(node);
    // "**Subjective**" alone on a line, as notes pasted from an EHR head their sections: a section below any real
    // heading level (7), so it nests under the heading before it and ends at the next heading or pseudo-heading.
    if (node.type === 'paragraph' && isBoldHeading(node)) return this.heading(node, PSEUDO_LEVEL);
    // "DATA" or "ASSESSMENT:" on its own line with the text right below it (no blank line between).
    if (node.type === 'paragraph') {
      const split = splitHeadingLine(node, this.src);
      if (split) {
        this.heading(split.head, PSEUDO_LEVEL);
        return this.block(split.rest);
      }
    }
    this.block(node);
  }

  private heading(node: Heading | Paragraph, level: number = (node as Heading).depth): void {
    const acc = this.inline(node.children);
    const title = cleanHeading(acc.text);
    const s = start(node);
    const e = end(node);
    const index = this.sections.length;
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
    });
    this.pushBlock('heading', acc, { start: s, end: e });
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'paragraph': {
        // "Goals addressed: TBD\nRisk: [enter text]": one block per labelled line, so each label has its own value.
        const lines = splitLabelLines(node, this.src);
        for (const para of lines ?? [node]) {
          const blk = this.pushBlock('paragraph', this.inline(para.children), { start: start(para), end: end(para) });
          if (blk) setLabel(blk, para.children);
        }
        return;
      }
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') {
              const blk = this.pushBlock('listItem', this.inline(child.children), { start: start(child), end: end(child) });
              if (blk && item.checked !== undefined) blk.checked = item.checked;
              if (blk) setLabel(blk, child.children);
            } else this.block(child);
          }
        }
        return;
      case 'blockquote':
        this.quoteDepth++;
        for (const child of node.children) this.block(child);
        this.quoteDepth--;
        return;
      case 'table': {
        const headers: string[] = [];
        node.children.forEach((row, r) => {
          row.children.forEach((cell, c) => {
            const blk = this.pushBlock(r === 0 ? 'tableHeader' : 'tableCell', this.inline(cell.children), {
              start: start(cell),
              end: end(cell),
            });
            // A body cell is labelled by its column header ("Goal", "Target date").
            if (r === 0) headers[c] = cleanHeading(blk?.text ?? '');
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
    for (const d of scan.directives) this.directives.push({ ...d, line: this.lines.position(d.range.start).line });
    this.prompts.push(...scan.prompts);
    const acc: Acc = { text: '', segments: [], prompts: scan.prompts };
    // Text written after a comment on the same line belongs to the block ("<!-- ? Q --> the answer").
    for (const r of scan.rest) {
      if (/^\s*</.test(r.text) && />\s*$/.test(r.text)) continue; // other raw HTML tags
      addText(acc, r.text, r.start, true);
    }
    if (acc.prompts.length || acc.text.trim()) this.pushBlock('html', acc, { start: base, end: base + value.length });
  }

  private inline(nodes: PhrasingContent[], acc: Acc = { text: '', segments: [], prompts: [] }): Acc {
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          addText(acc, n.value, start(n), this.src.slice(start(n), end(n)) === n.value);
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
        case 'emphasis':
        case 'strong':
        case 'delete':
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

  private pushBlock(kind: BlockKind, acc: Acc, range: { start: number; end: number }): Block | undefined {
    const blk: Block = {
      kind,
      text: acc.text,
      range,
      segments: acc.segments,
      section: this.sections.length - 1,
      prompts: acc.prompts,
      quoted: this.quoteDepth > 0,
      content: kind !== 'heading' && kind !== 'tableHeader' && isContentText(acc.text),
    };
    this.blocks.push(blk);
    return blk;
  }

  finish(): Note {
    const secs = this.sections;
    const len = this.src.length;
    for (let i = 0; i < secs.length; i++) {
      const s = secs[i];
      s.body.end = i + 1 < secs.length ? secs[i + 1].heading.start : len;
      let j = i + 1;
      while (j < secs.length && secs[j].level > s.level) j++;
      s.extent.end = j < secs.length ? secs[j].heading.start : len;
      for (let p = i - 1; p >= 0; p--) {
        if (secs[p].level < s.level) {
          s.parent = p;
          secs[p].children.push(i);
          break;
        }
      }
    }
    let title = -1;
    if (secs.length && secs[0].level === 1 && secs.filter((s) => s.level === 1).length === 1) {
      secs[0].isTitle = true;
      title = 0;
    }
    // A heading counts as text only when its section says something (its words then name what is covered).
    const hasContent = new Array(secs.length).fill(false);
    for (const blk of this.blocks) {
      if (!blk.content) continue;
      for (let s = blk.section; s >= 0 && !hasContent[s]; s = secs[s].parent) hasContent[s] = true;
    }
    for (const blk of this.blocks) {
      if (blk.kind === 'heading' && blk.section >= 0 && !secs[blk.section].isTitle) blk.content = hasContent[blk.section];
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
    };
  }
}

function setLabel(blk: Block, children: PhrasingContent[]): void {
  blk.label = boldLabel(children);
  if (blk.label && children[0]?.type === 'strong') blk.labelBold = true;
}

/** Level given to a bold line used as a heading. */
export const PSEUDO_LEVEL = 7;

function isBoldHeading(p: Paragraph): boolean {
  const [first, second, ...rest] = p.children;
  if (first?.type === 'text' && !second) return isCapsLine(first.value);
  if (!first || first.type !== 'strong' || rest.length) return false;
  if (second && !(second.type === 'text' && /^\s*:?\s*$/.test(second.value))) return false;
  const text = first.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
  return text.length > 0 && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text);
}

/** "ASSESSMENT", "P - PROBLEM", "RISK:": an all-capitals line of a few words, as EHR exports head sections. */
function isCapsLine(line: string): boolean {
  const t = line.trim().replace(/:$/, '');
  return /^[A-Z0-9][A-Z0-9 /&().,'’–-]{2,60}$/.test(t) && /[A-Z]{3}/.test(t) && t.split(/\s+/).length <= 8 && !t.includes('\n');
}

/** A paragraph of plain text whose every line is "Label: value", cut into one paragraph per line. */
function splitLabelLines(p: Paragraph, src: string): Paragraph[] | undefined {
  const only = p.children[0];
  if (p.children.length !== 1 || only.type !== 'text' || !only.position || !only.value.includes('\n')) return undefined;
  const s0 = only.position.start.offset!;
  if (src.slice(s0, s0 + only.value.length) !== only.value) return undefined;
  const lines = only.value.split('\n');
  if (lines.length < 2 || !lines.every((l) => /^[A-Z][A-Za-z0-9'’ /&().-]{0,40}:\s*\S/.test(l) || /^[A-Z][A-Za-z0-9'’ /&().-]{0,40}:\s*$/.test(l))) {
    return undefined;
  }
  const out: Paragraph[] = [];
  let off = s0;
  for (const line of lines) {
    const pos = { start: { ...only.position.start, offset: off }, end: { ...only.position.end, offset: off + line.length } };
    out.push({ type: 'paragraph', children: [{ type: 'text', value: line, position: pos }], position: pos });
    off += line.length + 1;
  }
  return out;
}

/** A paragraph whose first line is a heading ("DATA", "Assessment:") and whose next lines are its text. */
function splitHeadingLine(p: Paragraph, src: string): { head: Paragraph; rest: Paragraph } | undefined {
  const first = p.children[0];
  if (first?.type !== 'text' || !first.position) return undefined;
  const nl = first.value.indexOf('\n');
  if (nl < 0) return undefined;
  const line = first.value.slice(0, nl);
  const plainTitle = /^[A-Z][A-Za-z'’ /&-]{1,40}:$/.test(line.trim()) && line.trim().split(/\s+/).length <= 5;
  if (!isCapsLine(line) && !plainTitle) return undefined;
  // Only where the text maps 1:1 onto the source (no escapes), so offsets stay exact.
  const src0 = first.position.start.offset!;
  if (src.slice(src0, src0 + nl + 1) !== first.value.slice(0, nl + 1)) return undefined;
  const headEnd = { ...first.position.start, offset: src0 + nl };
  const restStart = { ...first.position.start, offset: src0 + nl + 1 };
  const head: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: line, position: { start: first.position.start, end: headEnd } }],
    position: { start: p.position!.start, end: headEnd },
  };
  const restText = { type: 'text' as const, value: first.value.slice(nl + 1), position: { start: restStart, end: first.position.end } };
  const rest: Paragraph = { type: 'paragraph', children: [restText, ...p.children.slice(1)], position: { start: restStart, end: p.position!.end } };
  return { head, rest };
}

/**
 * "**Strengths:** motivated" or "Boundaries: I thanked her..." -> the label: a bold run at the start that ends in a
 * colon (inside or after it), or a short capitalised phrase and a colon.
 */
function boldLabel(children: PhrasingContent[]): string | undefined {
  const first = children[0];
  if (first?.type === 'text') {
    const m = /^([A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,3}):\s/.exec(first.value);
    return m ? cleanHeading(m[1]) : undefined;
  }
  if (!first || first.type !== 'strong') return undefined;
  const inner = first.children.map((c) => ('value' in c ? c.value : '')).join('');
  const next = children[1];
  const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!/:\s*$/.test(inner) && !colonAfter) return undefined;
  const label = cleanHeading(inner.replace(/:\s*$/, ''));
  return label && label.split(/\s+/).length <= 8 ? label : undefined;
}

function addText(acc: Acc, value: string, srcStart: number, exact: boolean): void {
  if (!value) return;
  acc.segments.push({ textStart: acc.text.length, srcStart, length: exact ? value.length : 0 });
  acc.text += value;
}

function start(n: Nodes): number {
  return base + (n.position?.start.offset ?? 0);
}
function end(n: Nodes): number {
  return base + (n.position?.end.offset ?? 0);
}

/** "1. **Subjective (S):**" -> "Subjective". */
export function cleanHeading(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d+|[ivxlc]+|[a-z])[.)]\s+/i, '')
    .replace(/\s*[:\-–—]+\s*$/, '')
    // "Data (D)", "(S) Subjective": the format's letter beside the word.
    .replace(/\s*\([A-Za-z]{1,2}\)$/, '')
    .replace(/^\([A-Za-z]{1,2}\)\s*/, '')
    .trim();
}

function readFrontMatter(src: string, value: string, s: number, e: number): FrontMatter {
  const firstBreak = src.indexOf('\n', s);
  const contentStart = firstBreak < 0 ? e : firstBreak + 1;
  const fm: FrontMatter = { range: { start: s, end: e }, data: undefined, keys: new Map(), contentStart };
  try {
    const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
      const [a, b] = err.pos;
      fm.error = { message: err.message.split('\n')[0], range: { start: contentStart + a, end: contentStart + Math.max(b, a) } };
      return fm;
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.range) {
          fm.keys.set(String(pair.key.value), {
            start: contentStart + pair.key.range[0],
            end: contentStart + pair.key.range[1],
          });
        }
      }
      const data = doc.toJS({ maxAliasCount: 100 });
      if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
    } else if (doc.contents !== null) {
      fm.error = { message: 'front matter must be a list of `key: value` fields', range: { start: s, end: e } };
    }
  } catch (err) {
    fm.error = { message: (err as Error).message.split('\n')[0], range: { start: s, end: e } };
  }
  return fm;
}
