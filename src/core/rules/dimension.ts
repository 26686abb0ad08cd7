// One generic rule per dimension: the dimension's data decides everything; this file only words the finding.
import { requiredFor, thresholdFor, type Assessment } from '../read/assess.js';
import type { Profile } from '../profiles/types.js';
import type { Dimension } from '../dimensions/types.js';
import { anchorRange, fillSectionFix, frontMatterFix, insertSectionFix } from '../fixes/edits.js';
import type { Rule, RuleKind } from './types.js';

export function dimensionRule(d: Dimension, kind: Extract<RuleKind, 'dimension' | 'custom-dimension'> = 'dimension'): Rule {
  return {
    id: d.id,
    title: d.title,
    description: d.why,
    kind,
    // A missing section gets a template insert, an unfilled one a fill, missing fields a front matter edit.
    fixable: true,
    // Dimensions are off unless a note type, a trigger or the config asks for them (rules/level.ts).
    defaultLevel: 'off',
    check(ctx) {
      const as = ctx.assessments.get(d.id);
      if (!as || as.status === 'addressed') return;
      const trigger = (ctx.options.trigger as string | undefined) ?? undefined;
      if (as.status === 'unfilled') {
        ctx.report({
          message: unfilledMessage(d, as, trigger),
          range: as.section?.heading ?? as.unfilledAt ?? anchorRange(ctx.analysis, ctx.profile, d),
          status: 'unfilled',
          covered: as.covered,
          missing: as.missing,
          fix: as.section ? fillSectionFix(ctx.analysis, d, as.section) : undefined,
          trigger,
        });
        return;
      }
      if (as.shallow) {
        // The goals are there: each weak one carries its own measurable-goals finding and fix; no second section.
        ctx.report({
          message: shallowMessage(d, as.shallow.statements),
          range: as.section?.heading ?? anchorRange(ctx.analysis, ctx.profile, d),
          status: 'missing',
          covered: as.covered,
          missing: as.missing,
          trigger,
        });
        return;
      }
      ctx.report({
        message: missingMessage(d, as, ctx.profile, trigger),
        range: anchorRange(ctx.analysis, ctx.profile, d),
        status: 'missing',
        covered: as.covered,
        missing: as.missing,
        fix: d.fields ? frontMatterFix(ctx.note, d, neededFields(d, as, ctx.profile)) : insertSectionFix(ctx.analysis, ctx.profile, d),
        trigger,
      });
    },
  };
}

export function labelsOf(d: Dimension, ids: string[]): string {
  return ids.map((id) => d.subItems.find((s) => s.id === id)?.label ?? id).join('; ');
}

function because(trigger: string | undefined): string {
  return trigger ? ` (expected because the note mentions ${trigger})` : '';
}

function shallowMessage(d: Dimension, statements: number): string {
  const what =
    statements === 1
      ? 'the one goal written here is not measurable (the client\'s behavior, a count or criterion and a time frame) and does not name the treatment plan\'s goal it serves'
      : `none of the ${statements} goals written here is measurable (the client's behavior, a count or criterion and a time frame) or names the treatment plan's goal it serves`;
  return `${d.title} not documented as measurable goals: ${what}. Make at least one measurable with the client; the measurable-goals findings show what each lacks.`;
}

function missingMessage(d: Dimension, as: Assessment, profile: Profile, trigger?: string): string {
  // A config's `why` and `hint` are written by hand and may lack the full stop the built-in ones have.
  const parts = [sentence(`${d.title} not documented${because(trigger)}: ${lowerFirst(d.why)}`)];
  if (as.covered.length) parts.push(`Covered: ${labelsOf(d, as.covered)}. Not yet: ${labelsOf(d, as.missing)}.`);
  parts.push(sentence(d.hint ?? hintFor(d, as, profile)));
  return parts.join(' ');
}

/**
 * The missing fields this note type needs: its required ones, then others in catalog order until its threshold is
 * met, where the type asks for fewer than the dimension does (a closing summary needs a date and the signing
 * clinician, not a start time, a modality and participants).
 */
function neededFields(d: Dimension, as: Assessment, profile: Profile): string[] {
  const threshold = thresholdFor(d, profile);
  // Only a type that asks for less than the dimension does (`thresholdIn`) trims the list.
  if (threshold === d.threshold || threshold >= d.subItems.length) return as.missing;
  const need = requiredFor(d, profile).filter((id) => as.missing.includes(id));
  for (const id of as.missing) {
    if (as.covered.length + need.length >= threshold) break;
    if (!need.includes(id)) need.push(id);
  }
  return d.subItems.map((s) => s.id).filter((id) => need.includes(id));
}

/** What would satisfy the rule, from where the note stands. */
function hintFor(d: Dimension, as: Assessment, profile: Profile): string {
  const unmet = requiredFor(d, profile).filter((id) => !as.covered.includes(id));
  const more = d.threshold - as.covered.length;
  if (d.fields) {
    const keys = neededFields(d, as, profile).map((id) => d.fields?.[id]?.[0]).filter(Boolean);
    return `Add ${keys.map((k) => `\`${k}:\``).join(', ')} to the front matter (or a "${d.template.heading}" block).`;
  }
  const section = `Add ${/^[aeiou]/i.test(d.template.heading) ? 'an' : 'a'} "${d.template.heading}" section`;
  if (more <= 0 && unmet.length) return `${section}, or document ${labelsOf(d, unmet)}.`;
  const need = unmet.length ? `, including ${labelsOf(d, unmet)}` : '';
  if (!as.covered.length) return `${section}, or cover at least ${d.threshold} of: ${labelsOf(d, d.subItems.map((x) => x.id))}${need}.`;
  return `${section}, or cover ${Math.max(more, unmet.length)} more of the items not yet documented${need}.`;
}

function unfilledMessage(d: Dimension, as: Assessment, trigger?: string): string {
  const left = as.missing.length ? ` Still open: ${labelsOf(d, as.missing)}.` : '';
  const what = as.section ? 'section' : as.emptyFields.length && as.unfilledAt === as.emptyFields[0] ? 'front matter fields' : 'entry';
  return `${d.title} ${what} still unfilled${because(trigger)}: only prompts, placeholders or empty values. Answer in your own words.${left}`;
}

/** The text as a sentence: closing punctuation (possibly inside a quote or parenthesis) added when missing. */
function sentence(s: string): string {
  const t = s.trimEnd();
  return /[.!?]["'”’)\]]*$/.test(t) ? t : `${t}.`;
}

function lowerFirst(s: string): string {
  const t = s.trim();
  return /^[A-Z](?:[a-z]|\s)/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}
