import type { Rule } from './types.js';
import { clip, fit } from './message.js';

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
      // The question sits right there in the note: a long one is cut to keep the action in the row.
      const q = (n: number) => `Unanswered prompt: "${clip(p.question, n)}" Answer it in place of the marker, or delete it.`;
      ctx.report({ message: fit(q(p.question.length), q(50)), range: p.range });
    }
  },
};
