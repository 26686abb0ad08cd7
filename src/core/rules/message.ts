// A finding's message is one Problems row: what is missing and what to do, short enough to be read whole there. The
// why, the sub-items, the trigger and the source are fields of the finding (the hover, JSON and the docs show them).

/** The most characters a message may have (test/core/messages.test.ts holds every rule to it). */
export const MESSAGE_MAX = 120;

/** The first wording, from the fullest to the barest, that fits MESSAGE_MAX; the barest when none does. */
export function fit(...wordings: string[]): string {
  return wordings.find((w) => w.length <= MESSAGE_MAX) ?? wordings[wordings.length - 1];
}

/** `s` cut to at most `max` characters at a word boundary, with an ellipsis where it was cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${bare(space > max / 2 ? cut.slice(0, space) : cut)}…`;
}

/** `s` without the spaces and the , ; : . at its end (a loop: a trailing-run regex backtracks quadratically). */
export function bare(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t\n\r,;:.'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** "a, b and c". */
export function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The text as a sentence: a capital first, closing punctuation (possibly inside a quote or bracket) added when missing. */
export function sentence(s: string): string {
  const t = s.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["'”’)\]]*$/.test(t) ? capital : `${capital}.`;
}

/** The lead of a dimension's "missing" message ("Safety plan not documented."), which a config's hint completes. */
export function missingLead(title: string, partly = false): string {
  return `${title} ${partly ? 'incomplete' : 'not documented'}.`;
}
