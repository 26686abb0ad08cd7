import type { Rule } from './types.js';
import { TYPE_KEYS } from '../profiles/infer.js';
import { profileById, profiles } from '../profiles/index.js';

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
      ctx.report({
        message: `Front matter is not valid YAML (${fm.error.message}); its fields, such as the note type and session details, are ignored until it is fixed.`,
        range: fm.error.range.end > fm.error.range.start ? fm.error.range : { start: fm.range.start, end: Math.min(fm.range.end, fm.range.start + 3) },
      });
      return;
    }
    for (const key of TYPE_KEYS) {
      const v = fm.data?.[key];
      if (typeof v !== 'string' || !v.trim()) continue;
      const known = ctx.profiles ?? profiles;
      if (!profileById(v, known)) {
        ctx.report({
          message: `Unknown note type "${v}" in \`${key}:\`; the note is checked as "${ctx.profile.title}". Known types: ${known.map((p) => p.id).join(', ')}.`,
          range: fm.keys.get(key) ?? fm.range,
        });
      }
      break;
    }
  },
};
