// Where a note tells a response or a plan only in stock words (language/stock-responses.ts): those sentences are no
// evidence of the sub-items that ask for it (`SubItem.notStock`).
import type { OffsetRange } from '../types.js';
import { STOCK_INTERVENTION, STOCK_NONE, STOCK_PLAN, STOCK_PROGRESS, STOCK_RESPONSE, STOCK_STANCE, STOCK_STRENGTH } from '../language/stock-responses.js';
import { shorthand } from '../language/shorthand.js';
import { TextCache } from '../note/text-cache.js';

/** What a sub-item's stock sentences are (`SubItem.notStock`). */
export type StockKind = 'response' | 'plan' | 'intervention' | 'strength' | 'none' | 'stance' | 'progress';
const STOCK: Record<StockKind, RegExp> = { response: STOCK_RESPONSE, plan: STOCK_PLAN, intervention: STOCK_INTERVENTION, strength: STOCK_STRENGTH, none: STOCK_NONE, stance: STOCK_STANCE, progress: STOCK_PROGRESS };

/** The label a sentence opens on: a form's answer line ("A:", "Answer:"), or the field it fills ("Int:", "Response:",
 * "Client response:"), which is the form's word, not the clinician's. */
const ANSWER_LABEL = /^[A-Za-z][A-Za-z/]{0,14}(?: [A-Za-z][A-Za-z/]{0,14})?[ \t]*:[ \t]*/;
/** A list item's mark before the sentence: "- ", "• ", "2) ". */
const LIST_MARK = /^[ \t]*(?:[-+•]|\d{1,2}[.)])[ \t]+/;
/** The client by a given name before the stock words ("Maura engaged well throughout the session."), as "Client" or
 * "She" would be (not an adverb: "Partially engaged." says how). */
const GIVEN_NAME = /^(?![A-Z][a-z]+ly\b)[A-Z][a-z]{2,}[ \t]+(?=[a-z])/;
/** A drop-down's mark after the value a form selected: "Low ▾". */
const DROP_DOWN = /[▾▼⌄][ \t]*$/;

/** A word's full stop before a word in lower case: when the word is shorthand ("Cont. per tx plan."), it ends no
 * sentence, and is set apart as a one-dot leader, so that offsets hold. */
const STOP_BEFORE_LOWER = /\b([A-Za-z]+)\.(?=[ \t]+[a-z])/g;
const LEADER = '\u2024';

/** A sentence of a text, trimmed, with where it starts, and (once asked) how the stock lists read it. */
interface Sentence {
  text: string;
  start: number;
  reading?: StockReading;
}

/** A text's sentences, split once, and per kind the ranges of those that are stock. */
interface TextReading {
  sentences: Sentence[];
  ranges: Partial<Record<StockKind, OffsetRange[]>>;
}

/** Texts read lately: an analysis asks of each paragraph and section once per kind, and re-linting a note as it is
 * edited meets the same paragraphs again. The lists and the shorthand read here are the built-in ones, the same for
 * every config, so what is read of a text holds for every lint. */
const TEXTS = new TextCache<TextReading>(64_000);

function textReading(text: string): TextReading {
  let r = TEXTS.get(text);
  if (!r) TEXTS.set(text, (r = { sentences: sentences(text), ranges: {} }));
  return r;
}

/** The sentences of a text, each trimmed, with where it starts. */
function sentences(text: string): Sentence[] {
  // ("pt." ends a sentence as often as it shortens one: "Spoke with pt. she agreed" is two.)
  text = text.replace(STOP_BEFORE_LOWER, (m, w: string) => (w.toLowerCase() !== 'pt' && WORD_FORMS.has(w.toLowerCase()) ? w + LEADER : m));
  const out: Sentence[] = [];
  // (An initial's full stop ends no sentence: "K.O. participated.")
  const re = /(?:[^.!?;\n]|(?<=(?:^|[\s(.])\w)\.)+[.!?;]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    let t = m[0].trim();
    while (t && '.!?;'.includes(t[t.length - 1])) t = t.slice(0, -1);
    t = t.trim();
    if (t) out.push({ text: t, start: m.index + lead });
  }
  return out;
}

/** Shorthand of one word in lower case, read as its words ("cont grp" is "continue group"): the stock lists are
 * written in words. (Forms with a capital mean something else in lower case; forms with a slash the lists spell out.) */
const WORD_FORMS = new Map(shorthand.flatMap((s) => s.forms.filter((f) => /^[a-z']+$/.test(f)).map((f) => [f, s.means] as const)));
const WORD = /[a-z']+/gi;
const inWords = (text: string) => text.replace(WORD, (w) => WORD_FORMS.get(w.toLowerCase()) ?? w);

/** A sentence as the stock lists read it: its emphasis marks, list mark, form label and drop-down mark dropped, its
 * one-word shorthand in words; the same without a given name as its subject; and its two halves at each joint. */
interface StockReading {
  plain: string;
  unnamed?: string;
  halves: [string, string][];
  /** Per kind, whether the sentence is stock of it, and whether each half is: filled as kinds are asked. */
  whole: Partial<Record<StockKind, boolean>>;
  halfStock: Partial<Record<StockKind, [boolean, boolean][]>>;
}

function readingOf(sentence: string): StockReading {
  // (As a question-and-answer form gives it: "A: Continue per treatment plan ▾", the answer's label and its drop-down
  // mark are the form's, not the clinician's words.)
  // (A definition list's ": " before the entry is the layout's, as "Strengths" over ": Motivated, good insight." writes it.)
  // (Nor is a list's mark: "- Motivated." under "### Strengths".)
  const plain = inWords(sentence.replace(/[*_\u2024]/g, '').replace(LIST_MARK, '').replace(/^:[ \t]+/, '').replace(ANSWER_LABEL, '').replace(DROP_DOWN, '').trimEnd());
  // (Or with the client's given name as its subject, where "Client" would stand.)
  const unnamed = plain.replace(GIVEN_NAME, '');
  // Two stock clauses joined: "Client responded well to session and continues to make progress.", "Cooperative and
  // engaged throughout, rapport good." (at whichever joint the two halves are each stock).
  const halves = [...plain.matchAll(/,\s*|\s(?:and|&)\s+/g)].map((j): [string, string] => [plain.slice(0, j.index).trimEnd(), plain.slice(j.index + j[0].length)]);
  return { plain, unnamed: unnamed !== plain ? unnamed : undefined, halves, whole: {}, halfStock: {} };
}

/** Whether a reading, or its form without a given name, is stock of a kind (asked once per sentence and kind). */
function wholeStock(r: StockReading, k: StockKind): boolean {
  return (r.whole[k] ??= STOCK[k].test(r.plain) || (r.unnamed !== undefined && STOCK[k].test(r.unnamed)));
}

/** Whether one sentence is stock (of any of the kinds), read with its emphasis marks dropped. */
function isStock(sentence: Sentence, kinds: readonly StockKind[]): boolean {
  if (sentence.text.length > 120) return false;
  const r = (sentence.reading ??= readingOf(sentence.text));
  if (kinds.some((k) => wholeStock(r, k))) return true;
  if (!r.halves.length) return false;
  const each = kinds.map((k) => (r.halfStock[k] ??= r.halves.map(([first, second]): [boolean, boolean] => [STOCK[k].test(first), STOCK[k].test(second)])));
  return r.halves.some((_, i) => each.some((h) => h[i][0]) && each.some((h) => h[i][1]));
}

/**
 * Whether every sentence of a text is stock ("Client receptive. Engaged throughout."); with several kinds, each
 * sentence of one of them ("Support provided as needed. Client receptive.").
 */
export function onlyStock(text: string, kind: StockKind | readonly StockKind[]): boolean {
  const kinds = typeof kind === 'string' ? [kind] : kind;
  const s = textReading(text.replace(/[*_]/g, '')).sentences;
  return s.length > 0 && s.every((x) => isStock(x, kinds));
}

/** The ranges (in `text`) of its sentences that are stock. */
export function stockRanges(text: string, kind: StockKind): OffsetRange[] {
  const r = textReading(text);
  return (r.ranges[kind] ??= r.sentences.filter((x) => isStock(x, [kind])).map((x) => ({ start: x.start, end: x.start + x.text.length + 1 })));
}

/** The ranges (in `text`) of its sentences that are not stock of any of these kinds. */
export function otherRanges(text: string, kinds: readonly StockKind[]): OffsetRange[] {
  return textReading(text.replace(/[*_]/g, ' '))
    .sentences.filter((x) => !isStock(x, kinds))
    .map((x) => ({ start: x.start, end: x.start + x.text.length }));
}
