import type { Rule } from './types.js';
import { applyDirectives } from '../note/directives.js';
import { REVIEW_KEYS, REVIEW_STATUSES, reviewOf } from '../note/review.js';
import { closest } from '../config/suggest.js';
import { clip, fit, joinAnd } from './message.js';

const KEY = REVIEW_KEYS.status;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "draft, submitted, needs-revision or approved". */
const ANY_STATUS = `${REVIEW_STATUSES.slice(0, -1).join(', ')} or ${REVIEW_STATUSES[REVIEW_STATUSES.length - 1]}`;

/**
 * The review status in the front matter (`status: draft | submitted | needs-revision | approved`): a value that is
 * none of these, and a note signed off while it still has errors. It runs after every other rule (last in the
 * registry), so that it sees their findings.
 */
export const reviewStatus: Rule = {
  id: 'review-status',
  title: 'Review status',
  kind: 'structure',
  fixable: false,
  description: 'A note marked approved that still has errors, or a review status that is not one Clinote knows.',
  defaultLevel: 'warning',
  check(ctx) {
    const review = reviewOf(ctx.note);
    if (review?.status === undefined) return;
    const fm = ctx.note.frontMatter!;
    const range = fm.keys.get(KEY) ?? fm.range;
    if (!review.known) {
      const guess = closest(review.status, REVIEW_STATUSES);
      const name = `Unknown review status "${clip(review.status, 30)}" in \`${KEY}:\``;
      ctx.report({
        message: fit(...(guess ? [`${name}: did you mean "${guess}"?`] : []), `${name}. Use ${ANY_STATUS}.`, `${name}.`),
        range,
        why: `Until it is ${ANY_STATUS}, reports cannot say where the note stands in its review.`,
      });
      return;
    }
    if (review.status !== 'approved') return;
    // Errors the note's own comments silence do not count; the rest are what the approval overlooked.
    const errors = applyDirectives(ctx.note, [...ctx.findings]).filter((f) => f.severity === 'error');
    if (!errors.length) return;
    const rules = [...new Set(errors.map((f) => f.ruleId))];
    const m = (list: string) => `Marked approved but the note still has ${plural(errors.length, 'error')}${list}: fix ${errors.length === 1 ? 'it' : 'them'}, or set \`${KEY}: needs-revision\`.`;
    ctx.report({
      message: fit(m(` (${joinAnd(rules)})`), m('')),
      range,
      why: 'An approval says a supervisor found the note complete; a note with errors is not, and an audit reads the approval as a check that was missed.',
    });
  },
};
