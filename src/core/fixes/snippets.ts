// Snippet forms of the core's templates, shared by the extension's New Note command and scripts/gen-snippets.ts, so that the
// snippets and what the extension inserts can never drift apart. Pure: no vscode import.
import { catalog } from '../dimensions/index.js';
import type { Dimension } from '../dimensions/types.js';
import type { Profile } from '../profiles/types.js';
import { toSnippet } from '../note/prompts.js';
import { renderTemplate } from './edits.js';
import { noteTemplate } from './note-template.js';

/** VS Code snippet variables for today's date. */
export const SNIPPET_DATE = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const DATE_MARK = '0000-00-00';

/** Session fields of the front matter as tab stops before the prompts; a choice where the values are fixed. */
const FIELDS: [string, string][] = [
  ['start', '${1:$CURRENT_HOUR:$CURRENT_MINUTE}'],
  ['end', '${2}'],
  ['modality', '${3|in person,video,phone|}'],
  ['clinician', '${4}'],
  ['credentials', '${5}'],
];

/** A whole note of a type as a snippet: session fields first, then each prompt in order. `date` is inserted as is. */
export function noteSnippet(profile: Profile, date = SNIPPET_DATE): string {
  let s = noteTemplate(profile, { date: DATE_MARK, snippet: true });
  // Prompts were numbered from 1: move them after the session fields.
  s = s.replace(/\$\{(\d+):/g, (_, n: string) => `\${${Number(n) + FIELDS.length}:`);
  s = s.replace(`date: ${DATE_MARK}`, `date: ${date}`);
  for (const [key, stop] of FIELDS) s = s.replace(new RegExp(`^${key}: *$`, 'm'), `${key}: ${stop}`);
  return s;
}

/** A dimension's section as a snippet: the same text the quick-fix inserts (at heading level 2). */
export function sectionSnippet(d: Dimension, level = 2): string {
  return toSnippet(renderTemplate(d, level));
}

export { catalog };
