// Word senses (the data is src/core/language/word-senses.ts): whether a trigger's match uses one of its words in a
// sense the trigger rules out ("she will miss our sessions", "the nurse at the clinic said", "truck dispatcher").
// The check looks only at the match and a few words either side of it, so its cost is a constant per match.
import { wordSenses, type WordSense } from '../language/word-senses.js';
import { tokenize, type Token } from './match.js';

interface Compiled {
  entry: WordSense;
  words: string[][];
  before: string[][];
  after: string[][];
  keepBefore: string[][];
  keepAfter: string[][];
  gap: number;
  joined?: string;
}

/** "'ll" is "will", "'d" is "would", "n't" is "not"; otherwise the stem, as cues are matched. */
function norm(t: Token): string {
  const w = t.word;
  if (w.endsWith("'ll")) return 'will';
  if (w.endsWith("'d")) return 'would';
  if (w.endsWith("n't") || w === 'cannot') return 'not';
  return t.stem;
}

const phrases = (list: string[] | undefined) => (list ?? []).map((p) => tokenize(p).map(norm)).filter((p) => p.length > 0);

let bySense: Map<string, Compiled[]> | undefined;

function compiled(): Map<string, Compiled[]> {
  if (bySense) return bySense;
  bySense = new Map();
  for (const entry of wordSenses) {
    const c: Compiled = {
      entry,
      words: phrases(entry.words).sort((a, b) => b.length - a.length),
      before: phrases(entry.before),
      after: phrases(entry.after),
      keepBefore: phrases(entry.keepBefore),
      keepAfter: phrases(entry.keepAfter),
      gap: entry.gap ?? 0,
      joined: entry.joinedBy,
    };
    const list = bySense.get(entry.sense);
    if (list) list.push(c);
    else bySense.set(entry.sense, [c]);
  }
  return bySense;
}

/** Punctuation that separates a word from its neighbour (a hyphen or an apostrophe does not). */
const BREAK = /[.,;:!?()[\]{}|"“”\n]/;

/** Reads the words around one match. */
class Neighbourhood {
  private readonly norms = new Map<number, string>();
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  word(k: number): string {
    let w = this.norms.get(k);
    if (w === undefined) this.norms.set(k, (w = norm(this.tokens[k])));
    return w;
  }

  /** Whether the phrase sits at tokens [from, from + length). */
  at(phrase: string[], from: number): boolean {
    if (from < 0 || from + phrase.length > this.tokens.length) return false;
    for (let k = 0; k < phrase.length; k++) if (this.word(from + k) !== phrase[k]) return false;
    return true;
  }

  /** Whether tokens a..b (inclusive) stand together, with no punctuation between them. */
  together(a: number, b: number, joined?: string): boolean {
    for (let k = a; k < b; k++) {
      const between = this.text.slice(this.tokens[k].end, this.tokens[k + 1].start);
      if (BREAK.test(joined ? [...between].filter((ch) => !joined.includes(ch)).join('') : between)) return false;
    }
    return true;
  }

  /** A phrase ending `g` words before token k (0..gap), with nothing breaking it off from k. */
  before(list: string[][], k: number, gap: number, joined?: string): boolean {
    for (let g = 0; g <= gap; g++) {
      const end = k - 1 - g;
      if (end < 0) return false;
      for (const p of list) if (this.at(p, end - p.length + 1) && this.together(end - p.length + 1, k, joined)) return true;
    }
    return false;
  }

  /**
   * An appositive naming who someone is, "a"/"an" right after a comma and at most `gap` words before token k:
   * "Evelyn A., 47, an orthopedic surgeon in a hospital group", "Client R, 58, a Pentecostal pastor".
   */
  appositive(k: number, gap: number): boolean {
    for (let g = 0; g <= gap; g++) {
      const art = k - 1 - g;
      if (art < 1) return false;
      if ((this.tokens[art].word === 'a' || this.tokens[art].word === 'an') && this.together(art, k)) {
        return this.text.slice(this.tokens[art - 1].end, this.tokens[art].start).includes(',');
      }
    }
    return false;
  }

  /** A phrase starting `g` words after token k (the last word of the match's word), 0..gap. */
  after(list: string[][], k: number, gap: number, joined?: string): boolean {
    for (let g = 0; g <= gap; g++) {
      const start = k + 1 + g;
      if (start >= this.tokens.length) return false;
      for (const p of list) if (this.at(p, start) && this.together(k, start + p.length - 1, joined)) return true;
    }
    return false;
  }
}

/**
 * The sense (of those a trigger rules out) in which the match at tokens [i, i + n) uses one of its words, if any.
 * `text` is the text the tokens' offsets point into.
 */
export function otherSense(tokens: Token[], text: string, i: number, n: number, senses: readonly string[]): WordSense | undefined {
  const all = compiled();
  const near = new Neighbourhood(tokens, text);
  // A reading that holds by default is the answer only when no sense is shown by the words around the match.
  let byDefault: WordSense | undefined;
  for (const name of senses) {
    for (const c of all.get(name) ?? []) {
      for (let k = i; k < i + n; k++) {
        const w = c.words.find((p) => k + p.length <= i + n && near.at(p, k));
        if (!w) continue;
        const last = k + w.length - 1;
        if (near.before(c.keepBefore, k, c.gap) || near.after(c.keepAfter, last, c.gap)) continue;
        if (c.entry.unlessKept && k === i && w.length === n && !near.appositive(k, c.gap)) byDefault ??= c.entry;
        if (near.before(c.before, k, c.gap, c.joined) || near.after(c.after, last, c.gap, c.joined)) return c.entry;
      }
    }
  }
  return byDefault;
}
