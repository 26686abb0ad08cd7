// One generic rule per dimension: the dimension's data decides everything; this file only words the finding.
import { counted, countsHere, requiredFor, thresholdFor, type Assessment } from '../read/assess.js';
import type { Profile } from '../profiles/types.js';
import type { Dimension } from '../dimensions/types.js';
import { anchorRange, fillEntryFix, fillSectionFix, frontMatterFix, insertSectionFix } from '../fixes/edits.js';
import type { Rule, RuleKind } from './types.js';
import type { Severity } from '../types.js';
import type { StockKind } from '../read/stock.js';
import { fit, missingLead, sentence } from './message.js';

/** A level lower: a partly told dimension that `nudge`s (Dimension.partial). */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

export function dimensionRule(d: Dimension, kind: Extract<RuleKind, 'dimension' | 'custom-dimension'> = 'dimension'): Rule {
  return {
    id: d.id,
    title: d.title,
    description: d.why,
    source: d.source,
    kind,
    // A missing section gets a template insert, an unfilled one a fill, missing fields a front matter edit.
    fixable: true,
    // Dimensions are off unless a note type, a trigger or the config asks for them (rules/level.ts).
    defaultLevel: 'off',
    check(ctx) {
      const as = ctx.assessments.get(d.id);
      if (!as || as.status === 'addressed') return;
      // What the hover, JSON output and the docs show beside the message.
      const detail = { covered: as.covered, missing: as.missing, trigger: ctx.options.trigger as string | undefined, why: d.why, source: d.source };
      if (as.status === 'unfilled') {
        ctx.report({
          message: dimensionMessage(d, as, ctx.profile, ctx.note.text),
          range: as.section?.heading ?? as.unfilledAt ?? anchorRange(ctx.analysis, ctx.profile, d),
          status: 'unfilled',
          fix: as.section ? fillSectionFix(ctx.analysis, d, as.section) : as.entry && !as.thin ? fillEntryFix(ctx.analysis, d, as.entry) : undefined,
          ...detail,
        });
        return;
      }
      if (as.shallow) {
        // The goals are there: each weak one carries its own measurable-goals finding and fix; no second section.
        ctx.report({
          message: dimensionMessage(d, as, ctx.profile, ctx.note.text),
          range: as.section?.heading ?? anchorRange(ctx.analysis, ctx.profile, d),
          status: 'missing',
          ...detail,
          why: `${sentence(d.why)} ${MEASURABLE}`,
        });
        return;
      }
      const message = dimensionMessage(d, as, ctx.profile, ctx.note.text);
      ctx.report({
        message,
        // (Not when a part is written in stock words: "Response: Client receptive." is a gap a supervisor sends back.)
        ...(d.partial === 'nudge' && !as.stock && counted(d, as.covered, ctx.profile) > 0 && { severity: LOWER[ctx.severity] }),
        range: anchorRange(ctx.analysis, ctx.profile, d),
        status: 'missing',
        fix: d.fields ? frontMatterFix(ctx.note, d, neededFields(d, as, ctx.profile)) : insertSectionFix(ctx.analysis, ctx.profile, d),
        ...detail,
        // A config's hint too long for the row (the config check says so) is still read, in the hover.
        ...(d.hint && !message.includes(sentence(d.hint)) && { why: `${sentence(d.why)} ${sentence(d.hint)}` }),
      });
    },
  };
}

/** What a finding on stock words asks for instead, by what they stand in for. */
const STOCK_ASK: Record<StockKind, string> = {
  response: 'Say what the client did or said.',
  plan: 'Say what happens next and when.',
  intervention: 'Name what you did and what it worked on.',
  strength: 'Name what this client brings and how it will help.',
  none: 'Say what was looked at, and what was found.',
  stance: 'Name the assumption and the step taken against it.',
  progress: 'Say what changed, against which goal, by what measure.',
};

/** The message of a dimension's finding: what is missing and what to do, in one Problems row. */
export function dimensionMessage(d: Dimension, as: Assessment, profile: Profile, text: string): string {
  if (as.status === 'unfilled') return unfilledMessage(text, d, as);
  if (as.stock) return fit(`${d.title}: ${as.stock} is stock words only. ${STOCK_ASK[as.stockKind ?? 'response']}`, `${d.title}: ${as.stock} is stock words only.`);
  return as.shallow ? shallowMessage(d, as.shallow.statements) : missingMessage(d, as, profile);
}

function labelsOf(d: Dimension, ids: string[]): string {
  return ids.map((id) => d.subItems.find((s) => s.id === id)?.label ?? id).join('; ');
}

const MEASURABLE =
  "A goal counts when it names the client's behavior, a count or criterion and a time frame, or the treatment plan's goal it serves; each goal's measurable-goals finding says what it lacks.";

function shallowMessage(d: Dimension, statements: number): string {
  const which = statements === 1 ? 'the goal written here is not measurable' : `none of the ${statements} goals written here is measurable`;
  return fit(`${d.title}: ${which}. Make ${statements === 1 ? 'it' : 'one'} measurable with the client.`, `${d.title}: ${which}.`);
}

/**
 * What is missing, then what would satisfy the rule from where the note stands: the front matter keys to add, or
 * the section to add and how many of its topics (its sub-items, listed in the hover) the text could cover instead.
 */
function missingMessage(d: Dimension, as: Assessment, profile: Profile): string {
  const lead = missingLead(d.title, as.covered.length > 0);
  // A config's hint is written by hand: it completes the message where the whole still fits one row.
  const hint = d.hint ? [`${lead} ${sentence(d.hint)}`] : [];
  if (d.fields) {
    const keys = neededFields(d, as, profile).map((id) => `\`${d.fields?.[id]?.[0]}:\``);
    return fit(...hint, `${lead} Add ${keys.join(', ')} to the front matter.`, `${lead} Add its fields to the front matter.`, lead);
  }
  const heading = d.template.heading;
  const section = `Add ${/^[aeiou]/i.test(heading) ? 'an' : 'a'} "${heading}" section`;
  // A sign written after all the note tells of it ("Denies SI/HI", then "God should just take me"): ask about it.
  const sign = as.unanswered && d.raisedBy?.find((r) => r.id === as.unanswered)?.label;
  // A trigger told after all the note says of the dimension (a gift handed over at the end): follow it up. (The
  // trigger itself is in the finding's own field, beside the message.)
  const event = as.unanswered && !sign && d.triggers?.some((t) => t.id === as.unanswered);
  if (event) {
    const late = 'What made it expected comes after all the note says of it, and is not followed up.';
    return fit(...hint, `${lead} ${late} ${section}.`, `${lead} ${late}`, `${lead} What made it expected is not followed up.`, lead);
  }
  if (sign) {
    const unasked = sentence(`${sign}, written after the screen, was not asked about`);
    return fit(...hint, `${lead} ${unasked} ${section}.`, `${lead} ${unasked}`, `${lead} ${sentence(`${sign} was not asked about`)}`, lead);
  }
  const unmet = requiredFor(d, profile).filter((id) => !as.covered.includes(id));
  const done = counted(d, as.covered, profile);
  const more = Math.max((as.threshold ?? thresholdFor(d, profile)) - done, unmet.length);
  // (Of the topics that count here: the clinician's own safeguards count toward occupational socialization only in an
  // occupational assessment.)
  const total = d.subItems.filter((s) => countsHere(s, profile)).length;
  if (more <= 0 || !total) {
    // Enough is covered, yet it is not addressed: a disclosure with no screen ("urges to self-harm"), or a dimension
    // only a section can address.
    const disclosed = d.subItems.some((s) => s.disclosure && as.covered.includes(s.id));
    return fit(...hint, `${lead}${disclosed ? ' A risk is mentioned but no screen is recorded.' : ''} ${section}.`, `${lead} ${section}.`, `${lead} Add a section for it.`);
  }
  const count =
    more < total ? `${more}${as.covered.length ? ' more' : ''} of its ${total} topics` : total === 1 ? 'its one topic' : total === 2 ? 'both its topics' : `all ${total} of its topics`;
  const including = unmet.length ? `, including ${labelsOf(d, unmet)}` : '';
  return fit(...hint, `${lead} ${section}, or cover ${count}${including}.`, `${lead} ${section}, or cover ${count}.`, `${lead} ${section}.`, `${lead} Add a section for it.`);
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

/** Its section, entry or front matter fields hold only prompts, placeholders or nothing. */
function unfilledMessage(text: string, d: Dimension, as: Assessment): string {
  // An entry with words that do not do the work: it puts it off, or says nothing the dimension counts.
  if (as.thin === 'put-off') return fit(`${d.title} put off to a later session. Record what was done today, or why it waits.`, `${d.title} put off to a later session.`);
  if (as.thin === 'brief') return fit(`${d.title} too brief: a word or two is no assessment. Say more (see the hover).`, `${d.title} too brief: say more.`);
  if (as.thin === 'vague') return fit(`${d.title} too vague: its entry names none of the topics. Say where things stand (see the hover).`, `${d.title} too vague: say where things stand.`);
  const lead = `${d.title} not filled in`;
  if (as.section) return fit(`${lead}: its section holds only prompts or placeholders. Write it in your own words.`, `${lead}. Write its section in your own words.`, `${lead}.`);
  if (as.emptyFields.length && as.unfilledAt === as.emptyFields[0]) {
    // A front matter key's range is the key; a blank field in the body ("**Date of discharge:** ____") is its line.
    const written = as.emptyFields.map((r) => text.slice(r.start, r.end));
    if (written.some((w) => w.includes(':'))) {
      const labels = [...new Set(written.map((w) => `"${w.split(':')[0].replace(/[*_]/g, '').trim()}"`))];
      return fit(`${lead}. Fill in ${labels.join(', ')}.`, `${lead}. Fill in its blank fields.`, `${lead}.`);
    }
    const keys = written.map((w) => `\`${w}:\``);
    return fit(`${lead}. Give ${keys.join(', ')} a value in the front matter.`, `${lead}. Fill in its front matter fields.`, `${lead}.`);
  }
  // Its entry is written, but leaves out a part the note must show ("Interventions: reframing, role-play", no response).
  const left = as.entry?.content ? (d.entryRequires ?? []).filter((id) => as.missing.includes(id)) : [];
  if (left.length) return fit(`${d.title} incomplete: its entry does not say ${labelsOf(d, left)}.`, `${d.title} incomplete: add ${labelsOf(d, left)}.`, `${d.title} incomplete.`);
  return fit(`${lead}: its entry holds only a prompt or placeholder. Write it in your own words.`, `${lead}. Write its entry in your own words.`, `${lead}.`);
}
