// Regular expressions that come from data. The built-in catalog's patterns are checked for super-linear
// backtracking before they ship (test/core/regex-safety.test.ts) and run on the JavaScript engine. Any other pattern
// (an agency's config) runs on re2js, a linear-time engine: whatever a config says, a pattern cannot freeze the
// editor, and no list of "dangerous shapes" has to be right.
import { RE2JS } from 're2js';
import { catalog } from '../dimensions/index.js';
import type { Dimension } from '../dimensions/types.js';

export interface PatternMatch {
  /** Offset of the match in the searched text (UTF-16 code units, as everywhere else). */
  index: number;
  text: string;
}

export interface Matcher {
  /** The first match in `text` at or after `from` (default 0), or undefined. */
  first(text: string, from?: number): PatternMatch | undefined;
}

let builtins: Set<string> | undefined;

/** Every pattern a dimension holds: its sub-items' (and their weaker forms), their screens', its triggers', its raising
 * signs' and the exception to what its entry requires. */
export function patternsOf(d: Dimension): string[] {
  return [
    ...d.subItems.flatMap((s) => [...(s.patterns ?? []), ...(s.ownOnly ?? []), ...(s.screens?.patterns ?? [])]),
    ...(d.entryRequiresUnless ? [d.entryRequiresUnless] : []),
    ...(d.triggers ?? []).flatMap((t) => t.patterns ?? []),
    ...(d.raisedBy ?? []).flatMap((r) => r.patterns ?? []),
  ];
}

/** Every pattern the catalog ships: these are vetted at build time (test/core/regex-safety.test.ts). */
function builtinPatterns(): Set<string> {
  return (builtins ??= new Set(catalog.flatMap(patternsOf)));
}

const cache = new Map<string, Matcher>();

/**
 * The matcher for a data pattern, case-insensitive. Throws a PatternError when a pattern that is not built in is
 * not valid (or uses what the linear-time engine cannot do: lookaround, backreferences); config loading reports it
 * through `patternProblem` first.
 */
export function matcherFor(source: string): Matcher {
  let m = cache.get(source);
  if (!m) {
    m = builtinPatterns().has(source) ? nativeMatcher(source) : linearMatcher(source);
    cache.set(source, m);
  }
  return m;
}

export class PatternError extends Error {}

/**
 * The flags the catalog's patterns run with: case-insensitive, without `u`. With `iu`, V8 reads `\b` and `\w` with
 * Unicode case folding (the long s and the Kelvin sign count as word characters) and loses its fast paths: every
 * pattern ran 4 to 6 times slower, a sixth of a whole lint. No catalog pattern needs `u` (no `\p{...}`, no
 * `\u{...}`, no character outside the BMP: test/core/regex-safety.test.ts checks); what changes is only that a
 * character outside the BMP (an emoji) counts as two in a bounded gap such as `[^.\n]{0,30}`.
 */
export const PATTERN_FLAGS = 'gi';

function nativeMatcher(source: string): Matcher {
  const re = new RegExp(source, PATTERN_FLAGS);
  return {
    first(text, from = 0) {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? { index: m.index, text: m[0] } : undefined;
    },
  };
}

function linearMatcher(source: string): Matcher {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new PatternError(engineMessage(source, e));
  }
  return {
    first(text, from = 0) {
      const m = re.matcher(text);
      return m.find(from) ? { index: m.start(), text: m.group() ?? '' } : undefined;
    },
  };
}

/** Why a config pattern cannot be used, in plain words; undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    linearMatcher(source);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** re2js says "error parsing regexp: missing closing ]: `[a`": keep the reason, not the echo of the pattern. */
function engineMessage(source: string, e: unknown): string {
  const unsupported = /\(\?<[=!]/.test(source)
    ? 'lookbehind'
    : /\(\?[=!]/.test(source)
      ? 'lookahead'
      : /\\[1-9]/.test(source)
        ? 'a backreference'
        : undefined;
  if (unsupported) return `uses ${unsupported}, which config patterns cannot: they run on a linear-time engine`;
  const reason = String((e as Error)?.message ?? e).replace(/^error parsing regexp:\s*/i, '').split(':')[0].trim();
  return `is not a valid regular expression (${reason || 'invalid pattern'})`;
}
