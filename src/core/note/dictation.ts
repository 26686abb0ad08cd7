// Dictation read by speech recognition that wrote out the punctuation it was told ("subjective colon client reports
// comma ... period"): the words are read as the marks they stand for, so that labels, sentences and quotations are
// seen. Only in a note that holds enough of them to be dictation ("a period of grief" is a word). Every offset is
// kept: each spoken mark becomes spaces and its mark, the length of the words it replaces.

/** Spoken mark -> the mark. Longer phrases first: "end quote" before "quote". */
const SPOKEN: [RegExp, string][] = [
  [/ (?:new|next) (?:paragraph|line)\b/gi, '.'],
  [/ (?:end|close|closed) quote\b| unquote\b/gi, '"'],
  [/ (?:open )?quote\b/gi, '"'],
  [/ question mark\b/gi, '?'],
  [/ exclamation (?:point|mark)\b/gi, '!'],
  [/ semicolon\b/gi, ';'],
  [/ colon\b/gi, ':'],
  [/ comma\b/gi, ','],
  [/ (?:period|full stop)\b/gi, '.'],
];

/** How many "comma" and "period" words make a note dictation. */
const DICTATED = 4;
const COUNTED = /\b(?:comma|period|full stop)\b/gi;

/** The text with its spoken punctuation written as marks (same length), or the text itself when it is not dictation. */
export function writeSpokenPunctuation(text: string, from = 0): string {
  let n = 0;
  COUNTED.lastIndex = from;
  while (COUNTED.exec(text) && ++n < DICTATED);
  if (n < DICTATED || !/\bcomma\b/i.test(text)) return text;
  let body = text.slice(from);
  // The mark takes the place of the space before the spoken word ("subjective: Harlan"); at a line's end the spaces
  // go before it, so that the line still ends on the mark ("Situation:" over its entry).
  for (const [spoken, mark] of SPOKEN) {
    body = body.replace(spoken, (m: string, at: number, all: string) => {
      const pad = ' '.repeat(m.length - mark.length);
      return /^[ \t]*(?:\r|\n|$)/.test(all.slice(at + m.length, at + m.length + 8)) ? pad + mark : mark + pad;
    });
  }
  // Recognition writes "subjective: ..." in lower case: a capital after a line start or a full stop, as typed.
  body = body.replace(/(^|[.?!]\s+)(\p{Ll})/gmu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return text.slice(0, from) + body;
}
