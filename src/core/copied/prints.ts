// What a note gives the copied-text pass: a MinHash signature of each block a clinician wrote, with where the block
// is. Numbers only: no word of the note leaves the lint that read it (the CLI carries these back from its worker
// threads and keeps them in its cache). Computed from the Note of the one parse lint() does.
import type { Block, Note } from '../note/note.js';
import type { Finding, OffsetRange, Severity } from '../types.js';
import { applyDirectives } from '../note/directives.js';
import { shortHash } from '../dismissals/hash.js';
import { textHash } from '../dismissals/match.js';
import { dirname, toPosix } from '../config/paths.js';
import { K, sequenceHash, shingles, signature, words } from './minhash.js';
import schema from '../config/schema.json';

/** What a unit is, for the message: one paragraph, one list item, or a run of short lines read as one block. */
export type UnitKind = 'paragraph' | 'item' | 'lines';

/** One block of the clinician's text, as the pass compares it. */
export interface PrintUnit {
  kind: UnitKind;
  range: OffsetRange;
  /** 0-based [startLine, startCharacter, endLine, endCharacter], as the editor counts. */
  at: [number, number, number, number];
  words: number;
  /** Of the words in order: two units with the same are copies word for word. */
  hash: number;
  /** K numbers of 16 bits (an array from the lint; a view into one typed array per note once packed). */
  sig: ArrayLike<number>;
  /** A `clinote-disable` comment covers it: it is matched as another note's source but reported on nothing. */
  silenced?: true;
  /** What dismissing its finding keeps (dismissals/match.ts textHash of its range): a hash, no text. The pass runs
   *  where the note's text no longer is (the CLI's main thread, its cache, the editor's Lint Workspace). */
  key: string;
}

/** The copied-text settings of one note: its rule's level and options, read where the note's config is. */
export interface CopiedTextOptions {
  /** Fewer words than this and a block is too short to call copied ("Client denies SI/HI."). */
  minWords: number;
  /** Estimated Jaccard similarity of word 3-grams from which two blocks are copies. */
  minSimilarity: number;
  /** A block found near-verbatim in the notes of this many clients or more is the agency's standard wording. */
  boilerplateClients: number;
}


export interface NotePrints {
  /** A hash of the client (front matter `client:` or `client_id:`, else the note's folder): notes of one client
   *  are compared, and the client's id itself is not carried. */
  client: string;
  severity: Severity;
  options: CopiedTextOptions;
  units: PrintUnit[];
}

/** Front matter keys that name the client. */
export const CLIENT_KEYS = ['client', 'client_id'] as const;

/** Block kinds that hold the clinician's words (headings, table headers and raw HTML are the template's). */
const TEXT_KINDS = new Set<Block['kind']>(['paragraph', 'listItem', 'tableCell']);

export function clientOf(note: Pick<Note, 'frontMatter'>, path: string | undefined): string {
  const data = note.frontMatter?.data;
  for (const key of CLIENT_KEYS) {
    const v = data?.[key];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return shortHash(`client\0${String(v).trim()}`);
  }
  return shortHash(`folder\0${path === undefined ? '' : dirname(toPosix(path))}`);
}

/** The block's own words: a label ("**Mood:**") is the template's, so it does not count. */
function ownWords(b: Block): string[] {
  let text = b.text;
  if (b.label && b.kind !== 'tableCell') {
    const i = text.indexOf(b.label);
    if (i >= 0 && i < 3) text = text.slice(i + b.label.length);
  }
  return words(text);
}

/** Each option's range and default, as the config schema states them (schema.json `copiedTextSetting`): a config
 *  outside the range is reported when it is read and the option dropped; a caller of lint() that passes one anyway
 *  gets the default. (minWords starts at 3: fewer words than a shingle's give no shingle at all.) */
const BOUNDS = schema.definitions.copiedTextSetting.anyOf[1].properties!.options.properties as Record<keyof CopiedTextOptions, { minimum: number; maximum: number; default: number }>;

export const COPIED_TEXT_DEFAULTS: CopiedTextOptions = {
  minWords: BOUNDS.minWords.default,
  minSimilarity: BOUNDS.minSimilarity.default,
  boilerplateClients: BOUNDS.boilerplateClients.default,
};

function asOption(options: Record<string, unknown>, key: keyof CopiedTextOptions): number {
  const v = options[key];
  const { minimum, maximum } = BOUNDS[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= minimum && v <= maximum ? v : COPIED_TEXT_DEFAULTS[key];
}

export function copiedTextOptions(options: Record<string, unknown>): CopiedTextOptions {
  return { minWords: asOption(options, 'minWords'), minSimilarity: asOption(options, 'minSimilarity'), boilerplateClients: asOption(options, 'boilerplateClients') };
}
/**
 * The units of a note: each paragraph or list item of at least `minWords` words on its own; shorter ones that follow
 * each other in one section (a mental status list, a table's cells) joined into one run, kept when the run is long
 * enough. Headings, labels, prompts and placeholders are not the clinician's words and are left out.
 */
export function notePrints(note: Note, path: string | undefined, severity: Severity, rawOptions: Record<string, unknown>): NotePrints {
  const options = copiedTextOptions(rawOptions);
  const units: PrintUnit[] = [];
  let run: { blocks: Block[]; words: string[] } | undefined;
  const push = (kind: UnitKind, blocks: Block[], ws: string[]) => {
    if (ws.length < options.minWords) return;
    const range = { start: blocks[0].range.start, end: blocks[blocks.length - 1].range.end };
    const a = note.lines.position(range.start);
    const b = note.lines.position(range.end);
    units.push({ kind, range, at: [a.line, a.character, b.line, b.character], words: ws.length, hash: sequenceHash(ws), sig: signature(shingles(ws)), key: textHash(note.text, range) });
  };
  const flush = () => {
    if (run) push(run.blocks.length === 1 ? (run.blocks[0].kind === 'paragraph' ? 'paragraph' : 'item') : 'lines', run.blocks, run.words);
    run = undefined;
  };
  for (const b of note.blocks) {
    if (!TEXT_KINDS.has(b.kind) || !b.content) {
      // A heading ends a run; an empty table header or a lone label between short lines does not.
      if (b.kind === 'heading' || b.kind === 'html') flush();
      continue;
    }
    const ws = ownWords(b);
    if (ws.length >= options.minWords) {
      flush();
      push(b.kind === 'paragraph' ? 'paragraph' : 'item', [b], ws);
    } else if (run && run.blocks[0].section === b.section) {
      run.blocks.push(b);
      run.words.push(...ws);
    } else {
      flush();
      run = { blocks: [b], words: [...ws] };
    }
  }
  flush();
  // A unit a `clinote-disable copied-text` comment covers is still another note's source, but reports nothing.
  if (note.directives.length) {
    const probes: Finding[] = units.map((u) => ({ ruleId: COPIED_TEXT, severity, message: '', range: u.range }));
    const kept = new Set(applyDirectives(note, probes));
    probes.forEach((p, i) => kept.has(p) || (units[i].silenced = true));
  }
  return { client: clientOf(note, path), severity, options, units };
}

/** The same prints with every block's signature in one typed array for the note: 2 bytes a number instead of 8 and
 *  an array per block. What a caseload's adapter keeps of each note until every note is read (the pass needs them
 *  all at once). Not for a cache or a message between threads, which carry the arrays. */
export function packPrints(p: NotePrints): NotePrints {
  const all = new Uint16Array(p.units.length * K);
  const units = p.units.map((u, i) => {
    all.set(u.sig, i * K);
    return { ...u, sig: all.subarray(i * K, (i + 1) * K) };
  });
  return { ...p, units };
}

export const COPIED_TEXT = 'copied-text';
