// How a message shows a value taken from a config file. Config values can be anything, including what a file that
// was never meant to be a config holds: a message shows at most a short excerpt, so that the Problems panel or a CI
// log never carries more than a fragment of it.

/** Characters of a value a message shows. */
export const EXCERPT_CHARS = 40;

/** A value as messages quote it: strings in double quotes (JSON escapes), anything else as JSON; cut with "…". */
export function excerpt(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cut(value));
  return cut(JSON.stringify(value) ?? String(value));
}

/** Some quoted values, "a", "b" or "c"-style, at most `max` of them ("... and 3 more"). */
export function excerptList(values: readonly unknown[], max = 5): string {
  const shown = values.slice(0, max).map(excerpt);
  const more = values.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** At most `max` characters: the start of `s` and "…" when there was more (never half a surrogate pair). */
export function cut(s: string, max = EXCERPT_CHARS): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  return (/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head) + '…';
}
