// Evidence that must be about the dimension's topic (`Dimension.topic`): a cue counts in its own section or entry,
// in a paragraph that shows one of the dimension's triggers, or in a sentence that names the topic in another word.
import type { Analysis, FindOptions, TextUnit } from './analysis.js';
import { toSource } from './analysis.js';
import type { Block } from '../note/note.js';
import type { Dimension, Trigger } from '../dimensions/types.js';
import { TRIGGER_CONTEXT } from '../dimensions/types.js';
import type { OffsetRange } from '../types.js';
import { stem } from './match.js';

/** Where a sentence ends; a sentence is read at most this far either side of the cue. */
const END = /[.;!?\n]/;
const REACH = 300;

export function onTopic(a: Analysis, d: Dimension, own: readonly OffsetRange[]): FindOptions['near'] {
  if (!d.topic?.length || (d.triggers ?? []).some((t) => t.inSession && a.find(t.cues, t.patterns, triggerFind(t)))) return undefined;
  const { words, stems } = topicWords(d.topic);
  // Where a paragraph first shows a trigger (the start of that sentence), or -1: what it says from there on is about
  // it ("Missed two sessions; he said he forgot"), not what came before ("panic, tingling he fears is the current").
  const triggerAt = new Map<Block, number>();
  return (unit, start, end) => {
    const at = toSource(unit.block, start);
    if (own.some((r) => at >= r.start && at < r.end)) return true;
    if (sentenceNames(unit, start, end, words, stems)) return true;
    let from = triggerAt.get(unit.block);
    if (from === undefined) {
      const within = unit.block.range;
      const hits = (d.triggers ?? []).map((t) => a.find(t.cues, t.patterns, { ...triggerFind(t), within })?.offset).filter((o): o is number => o !== undefined);
      from = hits.length ? sentenceStart(a.note.text, Math.min(...hits), within.start) : -1;
      triggerAt.set(unit.block, from);
    }
    return from >= 0 && at >= from;
  };
}

/** Where the sentence holding `at` starts (not before `floor`, nor further back than REACH). */
function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && at - i < REACH && !END.test(text[i - 1])) i--;
  return i;
}

/** A topic's words and their stems, built once per list (every lint asks). A short stem is matched as the word
 * itself: "here" stems to "her", "late" to "lat" (as "later" does). */
const compiled = new WeakMap<readonly string[], { words: ReadonlySet<string>; stems: ReadonlySet<string> }>();
function topicWords(topic: readonly string[]): { words: ReadonlySet<string>; stems: ReadonlySet<string> } {
  let c = compiled.get(topic);
  if (!c) {
    const words = new Set(topic.map((w) => w.toLowerCase()));
    compiled.set(topic, (c = { words, stems: new Set([...words].map(stem).filter((s) => s.length >= 4)) }));
  }
  return c;
}

/** Whether the sentence around [start, end) of a unit names a topic word (the match's own words count: "explained the
 * purpose of the group"). */
function sentenceNames(unit: TextUnit, start: number, end: number, words: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
  const text = unit.flat;
  let from = start;
  while (from > 0 && start - from < REACH && !END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !END.test(text[to])) to++;
  return unit.tokens.some((t) => t.start >= from && t.end <= to && (words.has(t.word) || stems.has(t.stem)));
}

/** How a trigger is looked for (`rules/level.ts` raises a dimension by it). What happens in the session is not a plan
 * for the next one: "Next session: exposure, initiating small talk with a stranger" shows no small talk. */
export const triggerFind = (t: Trigger): FindOptions => ({ mode: 'strict', policy: t.context ?? (t.inSession ? IN_SESSION_CONTEXT : TRIGGER_CONTEXT), senses: t.senses, outsideQuotes: t.notQuoted });
const IN_SESSION_CONTEXT = { ...TRIGGER_CONTEXT, deferred: true };
