// Checks a config's `language` (what it adds to the built-in word lists) beyond the schema's reach, and merges the
// files of an `extends` chain. Compiled for reading by read/language.ts.
import type { InterventionConfig, LanguageConfig } from './types.js';
import type { Report } from './load.js';
import { excerpt } from './excerpt.js';
import { compileCue, tokenize } from '../read/match.js';
import { shorthandFormProblem } from '../read/shorthand.js';
import { placeholderKey } from '../read/language.js';

/** As validation left it: entries it dropped are `undefined` holes (so that indexes still point into the file). */
type Written = {
  interventions?: (string | (Partial<InterventionConfig> & { names: (string | undefined)[] }) | undefined)[];
  shorthand?: Record<string, string>;
  placeholders?: (string | undefined)[];
};

/** The entries that can be read; each one that cannot is reported at its place and left out. */
export function checkLanguage(written: Written | undefined, report: Report): LanguageConfig | undefined {
  if (!written) return undefined;
  const out: LanguageConfig = {};
  const at = (...p: (string | number)[]) => ['language', ...p];
  /** A name or abbreviation must leave a word to match once read as a cue ("++" or "*" leaves none). */
  const hasWords = (s: string | undefined, where: (string | number)[], what: string) => {
    if (s === undefined) return false;
    if (compileCue(s).parts.length) return true;
    report(where, false, `${what} ${excerpt(s)} has no word to match (letters or digits)`);
    return false;
  };
  const interventions: (string | InterventionConfig)[] = [];
  written.interventions?.forEach((e, i) => {
    if (e === undefined) return;
    if (typeof e === 'string') {
      if (hasWords(e, at('interventions', i), 'intervention')) interventions.push(e);
      return;
    }
    const keep = (key: 'names' | 'abbr' | 'abbrWithNoun', what: string) =>
      e[key]?.filter((s, k): s is string => hasWords(s, at('interventions', i, key, k), what));
    const names = keep('names', 'intervention name') ?? [];
    const abbr = keep('abbr', 'abbreviation');
    const abbrWithNoun = keep('abbrWithNoun', 'abbreviation');
    if (!names.length && !abbr?.length && !abbrWithNoun?.length) return;
    interventions.push({ names, ...(abbr?.length && { abbr }), ...(abbrWithNoun?.length && { abbrWithNoun }) });
  });
  if (interventions.length) out.interventions = interventions;

  // (No prototype: a form is a key from the file.)
  const shorthand: Record<string, string> = Object.create(null);
  for (const [form, means] of Object.entries(written.shorthand ?? {})) {
    if (means === undefined) continue;
    const problem = shorthandFormProblem(form);
    if (problem) {
      report(at('shorthand', form), true, `shorthand ${excerpt(form)} ${problem}`);
      continue;
    }
    if (!tokenize(means).length) {
      report(at('shorthand', form), false, `shorthand ${excerpt(form)} stands for ${excerpt(means)}, which has no word (letters or digits)`);
      continue;
    }
    shorthand[form] = means;
  }
  if (Object.keys(shorthand).length) out.shorthand = shorthand;

  const placeholders: string[] = [];
  written.placeholders?.forEach((p, i) => {
    if (p === undefined) return;
    if (!placeholderKey(p)) report(at('placeholders', i), false, `placeholder ${excerpt(p)} holds nothing but blanks, "*", "_", "." or "!"`);
    else placeholders.push(p);
  });
  if (placeholders.length) out.placeholders = placeholders;
  return Object.keys(out).length ? out : undefined;
}

/** Lists add up (each entry once), a nearer file's shorthand form replaces an earlier one. */
export function mergeLanguage(into: LanguageConfig | undefined, next: LanguageConfig | undefined): LanguageConfig | undefined {
  if (!next) return into;
  if (!into) return next;
  const union = <T>(a: T[] | undefined, b: T[] | undefined) => {
    const seen = new Map<string, T>();
    for (const x of [...(a ?? []), ...(b ?? [])]) seen.set(JSON.stringify(x), x);
    return seen.size ? [...seen.values()] : undefined;
  };
  const out: LanguageConfig = {};
  const interventions = union(into.interventions, next.interventions);
  if (interventions) out.interventions = interventions;
  if (into.shorthand || next.shorthand) out.shorthand = Object.assign(Object.create(null), into.shorthand, next.shorthand);
  const placeholders = union(into.placeholders, next.placeholders);
  if (placeholders) out.placeholders = placeholders;
  return out;
}
