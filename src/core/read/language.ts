// The word lists a lint reads with: the built-in ones (src/core/language/), plus what a config's `language` adds
// (config/language.ts checks it). Compiled once per content of that section, not per lint: the extension's lint
// worker receives a copy of the config with every request, so an object identity would not last one lint.
import type { InterventionConfig, LanguageConfig, ResolvedConfig } from '../config/types.js';
import { interventionCues, type InterventionEntry } from '../language/interventions.js';
import { LEFT_BLANK } from '../language/placeholders.js';
import { builtinPlaceholder, type PlaceholderTest } from '../note/content.js';
import { TextCache } from '../note/text-cache.js';
import { compileCue, tokenize, type Cue, type Token } from './match.js';
import { BUILTIN_SHORTHAND, shorthandTable, type ShorthandTable } from './shorthand.js';

/**
 * How text is split into words under one shorthand table, with what that makes cached: compiled cues, heading
 * aliases and the tokens of paragraphs met lately (re-linting a note as it is edited meets the same paragraphs
 * again). These outlive one lint: the catalog is the same from note to note, so compiling it once saves ~1 ms a lint.
 */
export class Reading {
  private readonly cues = new Map<string, Cue>();
  private readonly aliases = new Map<string, Token[]>();
  readonly paragraphs = new TextCache<Token[]>(1_000_000);

  constructor(readonly table: ShorthandTable) {}

  tokenize(text: string): Token[] {
    return tokenize(text, this.table);
  }

  cue(source: string): Cue {
    let c = this.cues.get(source);
    if (!c) this.cues.set(source, (c = compileCue(source, this.table)));
    return c;
  }

  /** A heading alias's words (`=alias`: the words after the `=`). */
  alias(alias: string): Token[] {
    let words = this.aliases.get(alias);
    if (!words) this.aliases.set(alias, (words = this.tokenize(alias.startsWith('=') ? alias.slice(1) : alias)));
    return words;
  }
}

export interface Language {
  reading: Reading;
  /** Whether a whole value (trimmed) means "not written yet". */
  isPlaceholder: PlaceholderTest;
  /** Whether the text at `from` (right after a cue) is a label left blank: "Risk: TBD", "Duration: [enter]". */
  leftBlank(text: string, from: number): boolean;
  /** Cues of the config's named interventions, in the lexicon's forms; empty without any. */
  interventionCues: readonly string[];
}

const builtinReading = new Reading(BUILTIN_SHORTHAND);

/** The built-in lists alone. */
export const BUILTIN_LANGUAGE: Language = {
  reading: builtinReading,
  isPlaceholder: builtinPlaceholder,
  leftBlank: (text, from) => LEFT_BLANK.test(text.slice(from, from + 24)),
  interventionCues: [],
};

const byObject = new WeakMap<LanguageConfig, Language>();
/** By content, the last few: a worker's copies of one config share one compiled language. */
const byContent = new Map<string, Language>();
const KEEP = 16;

/** The lists a config reads with: the built-in ones when it adds none. */
export function languageFor(config?: Pick<ResolvedConfig, 'language'>): Language {
  const lc = config?.language;
  if (!lc) return BUILTIN_LANGUAGE;
  let lang = byObject.get(lc);
  if (lang) return lang;
  const key = JSON.stringify(lc);
  lang = byContent.get(key);
  if (lang) byContent.delete(key);
  else lang = compileLanguage(lc);
  byContent.set(key, lang);
  for (const k of byContent.keys()) {
    if (byContent.size <= KEEP) break;
    byContent.delete(k);
  }
  byObject.set(lc, lang);
  return lang;
}

/** A placeholder as compared: blanks collapsed, emphasis marks and a closing "." or "!" dropped, lower case. */
export function placeholderKey(v: string): string {
  return v.replace(/\s+/g, ' ').replace(/[*_]/g, '').trim().replace(/[.!]$/, '').trim().toLowerCase();
}

function compileLanguage(lc: LanguageConfig): Language {
  const shorthand = Object.keys(lc.shorthand ?? {}).length ? new Reading(shorthandTable(lc.shorthand)) : builtinReading;
  const placeholders = new Set((lc.placeholders ?? []).map(placeholderKey).filter((p) => p));
  // After a label's colon the value is read as written: blanks collapsed and lower case, nothing else dropped.
  const blanks = [...new Set((lc.placeholders ?? []).map((p) => p.replace(/\s+/g, ' ').trim().toLowerCase()).filter((p) => p))];
  const entries = (lc.interventions ?? []).filter((e) => e !== undefined).map(interventionEntry);
  return {
    reading: shorthand,
    isPlaceholder: placeholders.size ? (v) => BUILTIN_LANGUAGE.isPlaceholder(v) || placeholders.has(placeholderKey(v)) : BUILTIN_LANGUAGE.isPlaceholder,
    leftBlank: blanks.length ? (text, from) => BUILTIN_LANGUAGE.leftBlank(text, from) || blankAfterColon(text, from, blanks) : BUILTIN_LANGUAGE.leftBlank,
    interventionCues: entries.length ? interventionCues(entries) : [],
  };
}

/** A config intervention in the lexicon's shape: a name alone is an entry with that one name. */
export function interventionEntry(e: string | InterventionConfig): InterventionEntry {
  if (typeof e === 'string') return { names: [e] };
  const list = (xs: string[] | undefined) => xs?.filter((x) => x !== undefined);
  return { names: list(e.names) ?? [], abbr: list(e.abbr), abbrWithNoun: list(e.abbrWithNoun) };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
/** What may follow a placeholder for it to be the whole value: the end of the line, the text or the clause. */
const VALUE_END = new Set([undefined, '\n', '\r', ';', ',', '|']);

/**
 * ": to follow" at `from`: a colon, then one of the words as the whole value ("Risk: to follow", not "Plan: to
 * follow up with her GP"). Plain comparisons, no pattern made from the config's words.
 */
function blankAfterColon(text: string, from: number, blanks: string[]): boolean {
  let i = from;
  while (isBlank(text[i])) i++;
  if (text[i] !== ':') return false;
  i++;
  while (isBlank(text[i])) i++;
  for (const b of blanks) {
    if (text.slice(i, i + b.length).toLowerCase() !== b) continue;
    let j = i + b.length;
    if (text[j] === '.' || text[j] === '!') j++;
    while (isBlank(text[j])) j++;
    if (VALUE_END.has(text[j])) return true;
  }
  return false;
}
