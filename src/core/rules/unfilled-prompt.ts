import type { Rule } from './types.js';

/** A prompt marker `<!-- ? question -->` still in the note is a question nobody answered. */
export const unfilledPrompt: Rule = {
  id: 'unfilled-prompt',
  title: 'Unfilled prompt',
  kind: 'structure',
  fixable: false,
  quiet: true,
  description: 'Template prompts left unanswered.',
  defaultLevel: 'info',
  check(ctx) {
    for (const p of ctx.note.prompts) {
      const q = p.question.length > 90 ? `${p.question.slice(0, 87)}...` : p.question;
      ctx.report({
        message: `Unanswered prompt: "${q}" Write the answer in place of the marker, or delete the marker if it does not apply.`,
        range: p.range,
      });
    }
  },
};
