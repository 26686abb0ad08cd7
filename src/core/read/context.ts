// ConText (Harkema et al. 2009, after NegEx, Chapman et al. 2001) over the tokens of one unit of text: which trigger
// terms (src/core/language/context-triggers.ts) reach a cue, so that a cue can be read as negated, denied, not
// explored, deferred, hypothetical, historical, or about another person.
//
// One pass finds the triggers (at each word, the longest lexicon entry that starts there wins, as in NegEx, so that
// "not assessed" is one trigger and "no change in" a pseudo-trigger that hides its "no"); one pass numbers, per
// category, the stretches between scope ends (sentence ends, terminator terms, a semicolon). A trigger reaches a cue
// when both sit in the same stretch and the cue is within the trigger's window on the trigger's side. Judging a cue
// looks only at the triggers that start within the largest window around it, so the cost is linear in the text.
import { contextPunctuation, contextTriggers, type ContextCategory, type ContextTrigger } from '../language/context-triggers.js';
import { tokenize, type Cue, type Token } from './match.js';

export type { ContextCategory, ContextTrigger } from '../language/context-triggers.js';

const CATEGORIES: ContextCategory[] = ['negated', 'denied', 'unexplored', 'deferred', 'undecided', 'hypothetical', 'historical', 'exercise', 'other'];
const DEFAULT_WINDOW = 6;

/** A trigger found in the text: token indexes [start, end) and the words. */
export interface TriggerHit {
  trigger: ContextTrigger;
  start: number;
  end: number;
  text: string;
}

/** What the context says about one cue; each field names the nearest trigger that decided it. */
export interface ContextJudgement {
  negated?: TriggerHit;
  denied?: TriggerHit;
  unexplored?: TriggerHit;
  deferred?: TriggerHit;
  /** A next step left open ("f/u prn", "to be determined"). */
  undecided?: TriggerHit;
  hypothetical?: TriggerHit;
  historical?: TriggerHit;
  /** Within one exercise in the session ("6/10 before and 3/10 after"). */
  exercise?: TriggerHit;
  /** Who the cue is about: the client unless an experiencer trigger ("her brother", "mother's") reaches it. */
  experiencer: 'client' | 'other';
  /** The trigger that made it another person's. */
  other?: TriggerHit;
}

interface Entry {
  trigger: ContextTrigger;
  cue: Cue;
}

let lexicon: { byFirst: Map<string, Entry[]>; closers: Map<ContextTrigger, Set<string>>; maxWindow: number; maxLength: number } | undefined;

function compiled(): NonNullable<typeof lexicon> {
  if (lexicon) return lexicon;
  const byFirst = new Map<string, Entry[]>();
  const closers = new Map<ContextTrigger, Set<string>>();
  let maxWindow = DEFAULT_WINDOW;
  let maxLength = 1;
  for (const trigger of contextTriggers) {
    const cue = compileTerm(trigger.term);
    const first = cue.parts[0];
    if (!first) continue;
    const list = byFirst.get(first.stem);
    if (list) list.push({ trigger, cue });
    else byFirst.set(first.stem, [{ trigger, cue }]);
    maxWindow = Math.max(maxWindow, trigger.window ?? DEFAULT_WINDOW);
    maxLength = Math.max(maxLength, cue.parts.length);
    if (trigger.closedBy) closers.set(trigger, new Set(trigger.closedBy.flatMap((w) => compileTerm(w).parts.map((p) => p.stem))));
  }
  return (lexicon = { byFirst, closers, maxWindow, maxLength });
}

/**
 * "didn't", "can't", "cannot" are "not" to the lexicon; "note", "noted", "notes" stem to "not" too, so they keep
 * their own word ("Progress note", "Client noted that...": no negation).
 */
function stemFor(t: Token): string {
  if (t.word.endsWith("n't") || t.word === 'cannot') return 'not';
  return t.stem === 'not' && t.word !== 'not' ? t.word : t.stem;
}

/** A lexicon term read with the same stems as the text. */
function compileTerm(term: string): Cue {
  return { source: term, parts: tokenize(term).map((t) => ({ stem: stemFor(t), prefix: false })) };
}

function matchesAt(stems: string[], words: string[], cue: Cue, i: number): boolean {
  const n = cue.parts.length;
  if (i + n > stems.length) return false;
  for (let k = 0; k < n; k++) {
    const p = cue.parts[k];
    if (p.prefix ? !words[i + k].startsWith(p.stem) : stems[i + k] !== p.stem) return false;
  }
  return true;
}

/** The longest lexicon entries that start at word k: terminators, or everything else. */
function longestAt(byFirst: Map<string, Entry[]>, stems: string[], words: string[], k: number, terminators: boolean): Entry[] {
  let best: Entry[] = [];
  let len = 0;
  for (const e of byFirst.get(stems[k]) ?? []) {
    const l = e.cue.parts.length;
    if ((e.trigger.direction === 'terminate') !== terminators || l < len || !matchesAt(stems, words, e.cue, k)) continue;
    if (l > len) best = [];
    best.push(e);
    len = l;
  }
  return best;
}

/** At most this many words in brackets are passed over between a trigger and a cue (the scan stays linear). */
const ASIDE_SLACK = 24;

/** A negation in the active voice: "didn't", "don't", "doesn't", or "not" after "did", "do", "does". */
const ACTIVE_NOT = /^(?:didn|don|doesn)['’]t$/i;
const DO = /^(?:did|do|does)$/i;

/** A form's fields set apart on one line by a wide gap: "GAD-7: 15 (session 1: 18)   PHQ-9: 7   EmetQ: not done". */
const FIELD_GAP = /[ \t]{3}|\t/;
const SENTENCE_END = /[.!?]["'”’)\]]*(?:\s|$)/;

/** The triggers of one unit's tokens, found once; `judge` reads a cue's context from them. */
export class ContextReader {
  /** Triggers (not pseudo, not terminators) by the token they start at. */
  private readonly startsAt: (TriggerHit[] | undefined)[];
  /** Per category, the number of scope ends at or before each token. */
  private readonly stretch = new Map<ContextCategory, Int32Array>();
  private readonly maxWindow: number;
  private readonly maxLength: number;
  private readonly closers: Map<ContextTrigger, Set<string>>;
  private readonly stems: string[];
  /** How many of the tokens before each one sit inside brackets: an aside does not count toward a trigger's window. */
  private readonly aside: Int32Array;
  /** Which quotation each token is in (0: none), on its line: a trigger a client says reaches only their own words. */
  private readonly quote: Int32Array;

  /** `text` is the text the tokens' offsets point into (to see sentence ends and punctuation between words). */
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {
    const { byFirst, closers, maxWindow, maxLength } = compiled();
    this.maxWindow = maxWindow;
    this.maxLength = maxLength;
    this.closers = closers;
    const n = tokens.length;
    const stems = (this.stems = tokens.map(stemFor));
    const words = tokens.map((t) => t.word);
    this.startsAt = new Array(n);
    // Scope ends before token k, per category ('all' sets every one).
    const ends: (Set<ContextCategory | 'all'> | undefined)[] = new Array(n);
    const endBefore = (k: number, c: ContextCategory | 'all') => (ends[k] ??= new Set()).add(c);
    // What stands between the words, read once: sentence ends, scope-ending marks, and brackets and quotation marks.
    // "Kwame's own reactions to the case (his father was made redundant when he was 12) — not discussed": the words
    // in brackets are a remark beside the clause, and the trigger reaches over them.
    this.aside = new Int32Array(n + 1);
    this.quote = new Int32Array(n);
    let depth = 0;
    let quotes = 0;
    let inQuote = false;
    // A quotation left open at a line's end goes on to the next line, and no further: a note wrapped at 80 or 120
    // columns closes it there ('...less awful than I thought". Denies SI/HI.'), and a stray mark spoils one line only.
    let carried = false;
    for (let k = 0; k < n; k++) {
      const between = text.slice(k ? tokens[k - 1].end : 0, tokens[k].start);
      if (k && between.trim()) {
        if (SENTENCE_END.test(between) || FIELD_GAP.test(between)) endBefore(k, 'all');
        for (const p of contextPunctuation) if (between.includes(p.mark)) endBefore(k, p.category);
      }
      for (const c of between) {
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === '\n') {
          carried = inQuote && !carried;
          inQuote = carried;
        } else if (c === '”' || (c === '"' && inQuote)) inQuote = carried = false;
        else if (c === '“' || c === '"') {
          inQuote = true;
          carried = false;
          quotes++;
        }
      }
      this.aside[k + 1] = this.aside[k] + (depth > 0 ? 1 : 0);
      this.quote[k] = inQuote ? quotes : 0;
    }
    // Triggers and pseudo-triggers: at each word the longest entry wins and hides the words it spans.
    const covered = new Uint8Array(n);
    for (let k = 0; k < n; ) {
      const best = longestAt(byFirst, stems, words, k, false);
      if (!best.length) {
        k++;
        continue;
      }
      const len = best[0].cue.parts.length;
      const hitText = text.slice(tokens[k].start, tokens[k + len - 1].end);
      // "There are rifles on the station - didn't ask where they're kept": in the active voice the verb's object
      // follows it, so "did not ask" looks forward only; "not asked", "was not assessed" look back as well.
      const active = ACTIVE_NOT.test(words[k]) || (words[k] === 'not' && k > 0 && DO.test(words[k - 1]));
      for (const e of best) {
        if (e.trigger.pseudo || (active && e.trigger.direction === 'backward' && e.trigger.category === 'unexplored')) continue;
        (this.startsAt[k] ??= []).push({ trigger: e.trigger, start: k, end: k + len, text: hitText });
      }
      covered.fill(1, k, k + len);
      k += len;
    }
    // Terminators, wherever no trigger already spans the word ("not yet assessed" is one trigger, not "yet").
    for (let k = 0; k < n; k++) {
      if (!covered[k]) for (const e of longestAt(byFirst, stems, words, k, true)) endBefore(k, e.trigger.category);
    }
    for (const c of CATEGORIES) {
      const seg = new Int32Array(n);
      let s = 0;
      for (let k = 0; k < n; k++) {
        const e = ends[k];
        if (e && (e.has('all') || e.has(c))) s++;
        seg[k] = s;
      }
      this.stretch.set(c, seg);
    }
  }

  /** The context of the cue at tokens [i, i + n). */
  judge(i: number, n: number): ContextJudgement {
    const out: ContextJudgement = { experiencer: 'client' };
    const best = new Map<ContextCategory, { hit: TriggerHit; distance: number }>();
    const last = i + n - 1;
    const consider = (hit: TriggerHit, distance: number) => {
      const c = hit.trigger.category as ContextCategory;
      const prev = best.get(c);
      if (!prev || distance < prev.distance) best.set(c, { hit, distance });
    };
    // Forward triggers that end before the cue.
    for (let k = Math.max(0, i - this.maxWindow - this.maxLength); k < i; k++) {
      for (const hit of this.startsAt[k] ?? []) {
        const d = hit.trigger.direction;
        if ((d !== 'forward' && d !== 'bidirectional') || hit.end > i) continue;
        // ("Sleep (not great), appetite fine": a denial in brackets ends with them.)
        if (this.inAside(hit.start) && !this.inAside(i)) continue;
        if (this.quotedApart(hit.start, i)) continue;
        const distance = i - hit.end;
        if (distance >= (hit.trigger.window ?? DEFAULT_WINDOW)) continue;
        const seg = this.stretch.get(hit.trigger.category as ContextCategory)!;
        if (seg[hit.end - 1] === seg[i] && this.closed(hit, last, seg)) consider(hit, distance);
      }
    }
    // A bidirectional trigger among the matched words ("6/10 at peak, 3/10 after" matched as one comparison).
    for (let k = i + 1; k < last; k++) {
      for (const hit of this.startsAt[k] ?? []) if (hit.trigger.direction === 'bidirectional' && hit.end <= last + 1) consider(hit, 0);
    }
    // Backward triggers that start after it.
    for (let k = last + 1; k < Math.min(this.tokens.length, last + 1 + this.maxWindow + ASIDE_SLACK); k++) {
      for (const hit of this.startsAt[k] ?? []) {
        const d = hit.trigger.direction;
        if (d !== 'backward' && d !== 'bidirectional') continue;
        if (this.quotedApart(k, i)) continue;
        const distance = k - last - 1 - this.passedOver(last, k);
        if (distance >= (hit.trigger.window ?? DEFAULT_WINDOW)) continue;
        const seg = this.stretch.get(hit.trigger.category as ContextCategory)!;
        if (seg[k] === seg[last]) consider(hit, distance);
      }
    }
    for (const [c, { hit }] of best) {
      if (c === 'other') {
        out.experiencer = 'other';
        out.other = hit;
      } else out[c] = hit;
    }
    return out;
  }

  /** Whether the token is inside a quotation on its line: the client's words, not the clinician's. */
  quoted(k: number): boolean {
    return this.quote[k] !== 0;
  }

  /**
   * Whether a trigger at token `t` is inside a quotation that the cue at token `c` is not in: 'she said no, "I'm not
   * giving them the satisfaction"' denies nothing the clinician wrote before it. (A trigger outside reaches into one:
   * denies "wanting to die".)
   */
  private quotedApart(t: number, c: number): boolean {
    return this.quote[t] !== 0 && this.quote[t] !== this.quote[c];
  }

  private inAside(k: number): boolean {
    return this.aside[k + 1] > this.aside[k];
  }

  /**
   * How many bracketed words between a cue (token `a`) and a backward trigger after it (token `b`) the trigger passes
   * over: a topic, its aside, then the verdict ("own reactions to the case (his father was made redundant) — not
   * discussed"). Only when neither is itself in brackets, and on one line (an export's next line is its next field).
   * (Not forward: "doesn't do (we can't speed it up), confidentiality" denies nothing after the aside.)
   */
  private passedOver(a: number, b: number): number {
    if (this.inAside(a) || this.inAside(b) || this.aside[b] === this.aside[a + 1]) return 0;
    if (this.text.slice(this.tokens[a].end, this.tokens[b].start).includes('\n')) return 0;
    return Math.min(ASIDE_SLACK, this.aside[b] - this.aside[a + 1]);
  }

  /** Whether a trigger of one of these categories stands anywhere in the unit ("will assess next session"). */
  mentions(categories: readonly ContextCategory[], at?: (token: number) => boolean): boolean {
    // A two-part trigger ("no ... discussed") counts only with its second part, which `judge` checks per cue.
    // (`at`: only a trigger starting at a token it accepts, as within one label's value of a run-on paragraph.)
    return this.startsAt.some((hits, k) => !!hits?.some((h) => !h.trigger.closedBy && categories.includes(h.trigger.category as ContextCategory)) && (!at || at(k)));
  }

  /** A trigger in two parts ("no ... discussed") reaches the cue only when its second part follows the cue in its window. */
  private closed(hit: TriggerHit, last: number, seg: Int32Array): boolean {
    const want = this.closers.get(hit.trigger);
    if (!want) return true;
    const stop = Math.min(this.tokens.length, hit.end + (hit.trigger.window ?? DEFAULT_WINDOW) + 1);
    for (let k = last + 1; k < stop && seg[k] === seg[last]; k++) {
      if (!want.has(this.stems[k])) continue;
      // "no plan or intent, agreed to store them": a closing word that opens a clause after a comma is that clause's
      // verb, not the second part of "no ... agreed". (In a list, "no family, friends or work discussed", it is not.)
      // Nor is one in an aside or a clause of its own: "No suicidal thoughts (asked)", "no SI when asked" report an
      // answer to the question, not a question left unasked.
      return !/[,(\u2013\u2014]\s*$|\s-\s*$/.test(this.text.slice(this.tokens[k - 1].end, this.tokens[k].start)) && !ASIDE_OPENERS.has(this.stems[k - 1]);
    }
    return false;
  }
}

const readers = new WeakMap<Token[], ContextReader>();

/** The reader of a token list, built once per list (token lists of unchanged paragraphs are reused across lints). */
export function contextOf(tokens: Token[], text: string): ContextReader {
  let r = readers.get(tokens);
  if (!r) readers.set(tokens, (r = new ContextReader(tokens, text)));
  return r;
}

/** Words that open a clause of their own, whose verb closes no "no ... discussed" before them ("no SI when asked"). */
const ASIDE_OPENERS = new Set(['when', 'if', 'upon', 'once']);
