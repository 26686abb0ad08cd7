import type { Rule } from './types.js';
import { TYPE_KEYS } from '../profiles/infer.js';
import { profileById, profiles } from '../profiles/index.js';
import { typeInWords } from '../profiles/infer.js';
import { closest } from '../config/suggest.js';
import { bare, clip, fit, MESSAGE_MAX } from './message.js';

/** Front matter that cannot be read loses the note type and session details, so say so instead of guessing. */
export const frontMatter: Rule = {
  id: 'front-matter',
  title: 'Front matter',
  kind: 'structure',
  fixable: false,
  description: 'YAML front matter that cannot be read, or a note type that names no known type.',
  defaultLevel: 'warning',
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm) return;
    if (fm.error) {
      const error = bare(fm.error.message);
      const m = (e: string) => `Front matter is not valid YAML: ${e}. Fix it.`;
      ctx.report({
        message: fit(m(error), m(clip(error, MESSAGE_MAX - m('').length))),
        range: fm.error.range.end > fm.error.range.start ? fm.error.range : { start: fm.range.start, end: Math.min(fm.range.end, fm.range.start + 3) },
        why: 'Until it is fixed, its fields (the note type, the session details) are read line by line as plain `key: value` text, and no fix writes into it; other tools that read the YAML will not see them.',
      });
      return;
    }
    for (const key of TYPE_KEYS) {
      const v = fm.data?.[key];
      if (typeof v !== 'string' || !v.trim()) continue;
      const known = ctx.profiles ?? profiles;
      // (A kind in words, "couples session (progress)", is read as that kind: nothing to report.)
      if (!profileById(v, known) && !typeInWords(v, known)) {
        const ids = known.map((p) => p.id);
        const guess = closest(v, ids);
        const name = `Unknown note type "${clip(v, 40)}" in \`${key}:\``;
        ctx.report({
          message: fit(...(guess ? [`${name}: did you mean "${guess}"?`] : []), `${name}. Use a type Clinote knows.`),
          range: fm.keys.get(key) ?? fm.range,
          why: `Until then the note is checked as "${ctx.profile.title}". Known types: ${ids.join(', ')}.`,
        });
      }
      break;
    }
  },
};
