// Decides, for one dimension in one note: addressed (by a section with content or by enough sub-items in the
// text), unfilled (its section holds only template text), or missing; and which sub-items are covered.
import type { SecondOpinion } from './second-opinion.js';
import type { Analysis, FindOptions, Hit } from './analysis.js';
import { toSource } from './analysis.js';
import { onlyStock, otherRanges, stockRanges, type StockKind } from './stock.js';
import type { Dimension, SubItem, TriggerSign } from '../dimensions/types.js';
import type { Block, Section } from '../note/note.js';
import { catalog } from '../dimensions/index.js';
import type { DimensionStatus, OffsetRange } from '../types.js';
import type { Profile } from '../profiles/types.js';
import { matcherFor } from './pattern.js';
import { findCue, tokenize } from './match.js';
import { isContentText } from '../note/content.js';
import { aboutOthers } from './about-others.js';
import { PSEUDO_LEVEL } from '../note/labels.js';
import { onTopic } from './topic.js';
import { DEFERRED_LEAD, DEFERS_ITSELF } from '../language/placeholders.js';

export interface Assessment {
  dimension: Dimension;
  status: DimensionStatus;
  via?: 'heading' | 'text';
  /** The section that holds (or should hold) the dimension, when a heading matches it. */
  section?: Section;
  covered: string[];
  missing: string[];
  evidence: Map<string, Hit>;
  /** Front matter fields of the dimension that are there but empty (the note's own "unfilled" form). */
  emptyFields: OffsetRange[];
  /** Where an unfilled dimension without a section of its own sits (an empty "**Label:**" or front matter field). */
  unfilledAt?: OffsetRange;
  /** The labelled entry ("Strengths: TBD") that is unfilled, when no section heading stands for the dimension. */
  entry?: Block;
  /** Its own entry is there but does not do the work: it only puts it off ("will assess next session"), or says
   * nothing the dimension counts (`Dimension.entryNeedsEvidence`: "Progress: Ongoing."), or says it in a word or two
   * (`Dimension.minEntryWords`: "Strengths: Motivated."). */
  thin?: 'put-off' | 'vague' | 'brief';
  /** A sub-item that asks for the client's own words (`SubItem.notStock`) is told only in stock words ("Client
   * receptive."): the finding keeps its level and says so. */
  stock?: string;
  /** Which stock words those are (what the finding asks for instead). */
  stockKind?: StockKind;
  /** How many sub-items this note asks for, when a sign in it raised the dimension's threshold (`raisedBy`). */
  threshold?: number;
  /** A sign that raises the bar (`raisedBy` with `followedBy`), written after all the note tells of the dimension. */
  unanswered?: string;
  /** Written, but without the depth the dimension asks for (`Dimension.depth`): how many statements fell short. */
  shallow?: { statements: number };
  /** The learned second opinion took back the rules' "missing" (read/second-opinion.ts; config `secondOpinion`). */
  second?: SecondOpinion;
}

/** `targets`: the note's goal statements and plan, for the sub-items that are `notInTargets`. */
/** `sign`: the trigger that made the dimension expected in this note, where it fired; it must be answered after it. */
export function assess(a: Analysis, d: Dimension, profile?: Profile, targets?: readonly OffsetRange[], sign?: TriggerSign): Assessment {
  // (A one-letter head the note repeats is the format's section by its order: PIRP's first "P" holds no plan.)
  const sections = a.note.sections.filter((s) => !s.isTitle && (d.headings.some((h) => a.headingMatches(s, h)) || a.listsTopics(s.title, d.headingTopics)) && !lettersOther(a, s, d, profile));
  const withContent = sections.find((s) => s.hasContent);
  // Where an entry must show evidence (`entryNeedsEvidence`), a heading's words are none ("## Plan / Progress" over
  // "Client is progressing toward goals."). Elsewhere a heading names what its text covers ("## Strengths" over
  // "Devoted parent, steady job, insight").
  // The same holds for a label's words ("Response/progress: Minimal participation.").
  const ownHeadings = d.entryNeedsEvidence ? [...a.note.sections.map((s) => s.heading), ...labelRanges(a)] : undefined;
  // Where a sub-item's words are no evidence: those headings and labels, and for `notInTargets` the goals and plan.
  // (And for `notStock`, the sentences in stock words: "Client receptive.")
  const skipFor = (item: SubItem) => {
    const skip = item.notInTargets && targets ? [...(ownHeadings ?? []), ...targets] : ownHeadings;
    return item.notStock ? [...(skip ?? []), ...stockSentences(a, item.notStock)] : skip;
  };
  // ("PROGRESS TOWARD GOALS: SEE PREVIOUS NOTE." is progress monitoring's label, which names goals only in passing.)
  // (A one-letter label the note repeats is the format's section by its order: PIRP's first "P:" holds no plan.)
  const labelled = a.note.blocks.filter((b) => b.label && !b.quoted && (d.headings.some((h) => a.titleMatches(b.label!, h)) || a.listsTopics(b.label, d.headingTopics)) && !claimedByOther(a, d, b.label) && !labelLettersOther(a, b, d, profile));
  // "**Strengths:** TBD": the clinician marked the dimension's own entry as still to write. Then another section's
  // table column ("Strength / need" in an ecological table) does not stand in for it, nor does the text.
  // (Not when another of its labelled entries is written: a form's "Client response: [Receptive ▾]" left at its
  // default above the clinician's own "Response: D.'s 2nd try was much softer".)
  const written = labelled.some((b) => b.content && b.kind !== 'tableCell');
  // (Not one whose words lead into a list: "4. Maintenance and relapse prevention / Written plan, a copy on the fridge:"
  // over "- Early signs: ...".)
  const placeholder = written ? undefined : labelled.find((b) => !b.content && b.kind !== 'tableCell' && holdsPlaceholder(b) && !insideOther(a, b, d) && introducedEnd(a, b) <= b.range.end);
  // (Its own section left empty, "## Strengths / TBD - to complete at session 3.", is marked the same way.)
  const leftEmpty = placeholder || (sections.length > 0 && !withContent);
  // ("G: Treatment goals (agreed session 1):" over the list of goals: a label whose words lead into a list holds it.)
  const ownLabel = labelled.find((b) => (b.content || introducedEnd(a, b) > b.range.end) && !(leftEmpty && insideOther(a, b, d)));
  const inline = ownLabel ? undefined : inlineLabelFor(a, d.headings, true);
  // "Progress: moving up the hierarchy. Plan: continue.": its run-in label, with nothing said after it.
  const inlineEmpty = ownLabel || inline || sections.length ? undefined : inlineLabelFor(a, d.headings, false, d);
  const labelWithContent = ownLabel ?? inline?.block;
  // Everyday cue words count only where the sentence is about the dimension's topic (`Dimension.topic`).
  const near = d.topic ? onTopic(a, d, [...sections.map((s) => s.extent), ...labelled.map((b) => b.range)]) : undefined;
  // The dimension's own sections and labelled entries, where a sub-item's weaker forms count (`SubItem.ownOnly`).
  const ownRanges = [...sections.map((x) => x.extent), ...labelled.map((b) => ({ start: b.range.start, end: introducedEnd(a, b) }))];
  const evidence = new Map<string, Hit>();
  const covered: string[] = [];
  const missing: string[] = [];
  const emptyFields: OffsetRange[] = [];
  for (const item of d.subItems) {
    const field = fieldValue(a, d.fields?.[item.id]);
    if (field?.filled) {
      evidence.set(item.id, { offset: field.range.start, text: field.key });
      covered.push(item.id);
      continue;
    }
    if (field) emptyFields.push(field.range);
    const body = d.fields?.[item.id] ? bodyField(a, d.fields[item.id]) : undefined;
    // Its own field in the body left blank ("Review date: ___   Clinician: ___"): the form says it is still to fill,
    // whatever a stray word elsewhere seems to say ("consent signed 1 Sept" is neither the date nor the signature).
    if (!field && body?.blank) {
      emptyFields.push(body.blank);
      missing.push(item.id);
      continue;
    }
    // Its own heading or label over stock words only ("**R:** Engaged well."): what the clinician wrote for it says
    // nothing, and stray words elsewhere in the note do not stand in for it.
    const own = item.headings && ownHeading(a, item.headings, item.notStock);
    if (!own && item.headings && item.notStock && ownHeading(a, item.headings)) {
      missing.push(item.id);
      continue;
    }
    const hit = own ?? (item.columns && ownColumn(a, item.columns)) ?? (d.fieldsInBody?.includes(item.id) ? body?.hit : undefined) ?? a.find(item.cues, item.patterns, { ...readAs(d), ...(item.planned && { policy: { ...d.context, deferred: false } }), aboutClient: d.clientOwn?.includes(item.id), outsideQuotes: item.notQuoted, near, skip: skipFor(item) }) ?? (item.inTitle ? inTitle(a, item.cues, item.patterns) : undefined) ?? (item.notQuoted && item.screens ? screenPut(a, d, item.screens) : undefined) ?? (item.ownOnly ? a.find([], item.ownOnly, { ...readAs(d), near: inOwn(ownRanges), skip: skipFor(item) }) : undefined);
    if (hit) {
      evidence.set(item.id, hit);
      covered.push(item.id);
    } else missing.push(item.id);
  }
  let status: DimensionStatus;
  let via: Assessment['via'];
  // What its own entry says, after its heading or label (whose own word, "Progress:", is no evidence of itself). An
  // entry that puts the work off ("the C-SSRS will be done next session"), when nothing in the note counts for the
  // dimension, or that names none of its topics where the dimension asks for that, is not the work.
  // (Its own section left empty or pointing elsewhere, "## Strengths / See intake.", is the finding, whatever a table's
  // "Strength or need" column holds.)
  const entry = withContent
    ? { start: withContent.heading.end, end: withContent.extent.end }
    : sections.length
      ? undefined
      : inline?.value
      ? valueRange(inline.block, inline.value)
      : labelWithContent && { start: afterLabel(a, labelWithContent), end: introducedEnd(a, labelWithContent) };
  const raised = raisedThreshold(a, d, profile);
  const entryText = entry ? a.note.text.slice(entry.start, entry.end) : '';
  let thin: Assessment['thin'];
  // Its own entry in stock words only ("Progress: ongoing, pt working on goals."): what the clinician wrote for the
  // dimension says nothing, and stray words elsewhere in the note do not stand in for it.
  let stockEntry = false;
  // Its own entry must show evidence (`entryNeedsEvidence`) and shows none.
  let noEvidence = false;
  // (A short entry: in a long one, "Ms. Dunn will address the imitation" is one step of a plan among the barriers it
  // lists, not the work put off.)
  // ("P: F/u PRN.": its entry is stock words only, which says nothing the dimension asks for.)
  const stockKinds = d.subItems.flatMap((i) => (i.notStock ? [i.notStock] : []));
  // (An entry about what comes next, the plan, only when one of its sentences puts the plan itself off, "Next steps
  // TBD": its future is its content, "Rio back Wed after school for a fit check".)
  if (entry && !covered.length && entry.end - entry.start <= PUT_OFF_ENTRY && a.putsOff(entry) && (!d.aboutNext || defersItself(entryText))) thin = 'put-off';
  // (Too short to judge first: "## Strengths / Motivated." says too little, and the note may tell them elsewhere.)
  // (A word or two that says there is nothing, "BARRIERS / Nil identified.", is not waiting for the text to stand in:
  // it says the text has nothing to add. "Strengths / Motivated." only says too little.)
  else if (entry && d.minEntryWords && tokenize(entryText).length < d.minEntryWords) (thin = 'brief'), (stockEntry = stockKinds.includes('none') && onlyStock(entryText, 'none'));
  else if (entry && stockKinds.length && (onlyStock(entryText, stockKinds) || (!d.aboutNext && stockOrPutOff(a, entry, entryText, stockKinds)))) (thin = 'vague'), (stockEntry = true);
  // ("Plan: Continue weekly. Will revisit the relapse plan at some point.": what comes next, left open. At an ending an
  // open door is the plan: "Re-referral if required".)
  else if (entry && d.context?.undecided && profile?.family !== 'termination' && leftOpen(a, entry, entryText, stockKinds)) (thin = 'vague'), (stockEntry = true);
  // ("Progress: ongoing, pt working on goals.": an entry that must show evidence, in the stock words of a response.)
  else if (entry && d.entryNeedsEvidence && onlyStock(entryText, 'response')) (thin = 'vague'), (stockEntry = true);
  else if (entry && d.entryNeedsEvidence && (d.entryNeedsEvidence !== 'short' || entry.end - entry.start <= PUT_OFF_ENTRY) && !saysSomething(a, d, entry, evidence, undefined, skipFor)) (thin = 'vague'), (noEvidence = true);
  else if (entry && d.clientOwn && !saysSomething(a, d, entry, evidence, d.clientOwn) && aboutOthers(entryText)) thin = 'vague';
  // An entry that must show evidence and shows none cannot count again through its own label: "Risk: Low." names a
  // level only with the label's word, which is no evidence of itself; what the note says elsewhere may still stand in.
  // (The label may sit mid-paragraph: "... Protective: wife, kids. Risk: low.")
  const labelAt = noEvidence && entry ? labelStartBefore(a.note.text, entry.start) : -1;
  // (The dimension's own word, "Risk", "Safety": a label that is itself a screen's name, "SI/HI: denies", is evidence.)
  const labelText = labelAt >= 0 ? a.note.text.slice(labelAt, entry!.start) : '';
  const labelFirst = /[a-z]+/i.exec(labelText)?.[0].toLowerCase();
  const labelWord = labelFirst && !namesScreen(a.note.text.slice(labelAt, entry!.end), labelText) && d.headings.some((h) => h.replace(/^=/, '').split(/\W/)[0].toLowerCase() === labelFirst) ? labelFirst : undefined;
  const byLabel = (h: Hit | undefined) => !!h && !!labelWord && h.offset >= labelAt && h.offset < entry!.start && h.text.toLowerCase().startsWith(labelWord);
  const textCovered = labelWord ? covered.filter((id) => !byLabel(evidence.get(id))) : covered;
  const unmet = entry && !thin && !(d.entryRequires ?? []).every((r) => covered.includes(r)) && !(d.entryRequiresUnless && !!matcherFor(d.entryRequiresUnless).first(a.note.text));
  // Its own section left for the other half ("Interventions" written, "Interventions and Response" still a template).
  const emptyOwn = unmet ? sections.find((s) => !s.hasContent) : undefined;
  // Its entry, or one of its own sections ("E — Evaluation: To be completed at next session."), only puts it off.
  // ("Deferred — she mentioned church; not explored today.": an entry that opens on its own status, put off.)
  const putOff =
    (!!entry && DEFERRED_LEAD.test(entryText.replace(/^[\s*_:.]+/, ''))) ||
    (!!entry && d.aboutNext === true && DEFERS_ITSELF.test(entryText.replace(/^[\s*_:.]+/, '')) && onlyPutsOff(a, d, entry)) ||
    (!!entry && putOffFirst(a, d, entry)) ||
    (!d.aboutNext &&
    ((!!entry && onlyPutsOff(a, d, entry)) ||
    sections.some((s) => {
      // Its one paragraph; a signature line may follow it under the last section of a note.
      const [first, ...rest] = a.note.blocks.filter((b) => b.content && b.kind !== 'heading' && b.range.start >= s.heading.end && b.range.start < s.extent.end);
      return !!first && rest.every((b) => b.text.length < 80 && !/[.!?]\s*$/.test(b.text)) && onlyPutsOff(a, d, first.range);
    })));
  if (entry && !thin && !unmet && !putOff) {
    status = 'addressed';
    via = 'heading';
  } else if ((sections.length && !withContent) || placeholder || emptyOwn || putOff || inlineEmpty) {
    // Its own section (or labelled entry) is there but left empty: that is the finding, whatever the rest of the
    // text mentions.
    status = 'unfilled';
  } else if (!stockEntry && counted(d, textCovered, profile) >= (raised ?? thresholdFor(d, profile)) && d.threshold > 0 && requiredFor(d, profile).every((r) => textCovered.includes(r)) && !onlyDisclosed(a, d, textCovered, evidence)) {
    // (An empty "**Label:**" is weaker: it may be another template's question, "Linked interventions" in Goals.)
    status = 'addressed';
    via = 'text';
  } else status = thin || labelled.some((b) => !insideOther(a, b, d)) || emptyFields.length ? 'unfilled' : 'missing';
  // A sign that raises the bar, said after everything the note tells of the dimension, has not been followed up.
  // (So has a trigger told after all the text says of the dimension: "At the end Yoel handed me mishloach manos ... I
  // thanked them and accepted.", whatever the note said of the relationship before it.)
  const unanswered = status === 'addressed' ? (unansweredSign(a, d) ?? (via === 'text' && sign?.trigger.followedUp && !toldAfter(a, d, sign.offset, d.subItems.map((i) => i.id)) ? sign.trigger.id : undefined)) : undefined;
  if (unanswered) status = 'missing';
  // ("**Response:** Client receptive.": its entry is written, in words that tell nothing; that is what is missing.)
  const stockItem = status !== 'addressed' && !placeholder && !thin ? d.subItems.find((i) => i.notStock && missing.includes(i.id)) : undefined;
  const stock = stockItem && stockSentences(a, stockItem.notStock!).length ? stockItem.label : undefined;
  const stockKind = stock ? stockItem!.notStock : undefined;
  if (stock && status === 'unfilled' && !emptyFields.length && !(sections.length && !withContent) && !putOff && !inlineEmpty) status = 'missing';
  const own = sections.length ? undefined : (placeholder ?? labelled[0]);
  const unfilledAt = own?.range ?? (sections.length ? undefined : emptyFields[0]);
  return { dimension: d, status, via, section: emptyOwn ?? withContent ?? sections[0], covered, missing, evidence, emptyFields, unfilledAt, entry: own, thin, ...(stock && { stock, stockKind }), ...(raised && { threshold: raised }), ...(unanswered && { unanswered }) };
}

/**
 * Whether a short entry about what comes next leaves it open: each of its sentences is stock words or an undecided
 * step ("F/U: TBD, depends on his hitch schedule.", "Next steps to be determined after the adjuster's visit. Will
 * follow up."), and at least one is undecided.
 */
function leftOpen(a: Analysis, entry: OffsetRange, entryText: string, kinds: readonly StockKind[]): boolean {
  // (Up to the clinician's sign-off, which a last section's extent takes in.)
  const signed = a.note.blocks.find((b) => b.signOff && b.range.start > entry.start && b.range.start < entry.end);
  if (signed) (entry = { start: entry.start, end: signed.range.start }), (entryText = a.note.text.slice(entry.start, entry.end));
  if (entryText.length > PUT_OFF_ENTRY) return false;
  const rest = otherRanges(entryText, kinds);
  return rest.length > 0 && rest.every((r) => a.says({ start: entry.start + r.start, end: entry.start + r.end }, UNDECIDED));
}
const UNDECIDED = ['undecided'] as const;

/**
 * Whether an entry holds stock words and, besides them, only what it puts off: "Provided supportive counseling.
 * Discussed dignity therapy as something we might try at the next visit." names nothing done today.
 */
function stockOrPutOff(a: Analysis, entry: OffsetRange, entryText: string, kinds: readonly StockKind[]): boolean {
  const rest = otherRanges(entryText, kinds);
  if (!rest.length || entryText.length > PUT_OFF_ENTRY * 2) return false;
  const stock = entryText.replace(/[*_]/g, ' ').trim().length > rest.reduce((n, r) => n + r.end - r.start, 0) + 2;
  return stock && rest.every((r) => a.putsOff({ start: entry.start + r.start, end: entry.start + r.end }));
}

/** A label that names a screen, with its answer ("SI/HI: denies", "C-SSRS screen: ..."): the label is evidence. */
function namesScreen(text: string, label: string): boolean {
  return /^[^:\n]{0,80}:[ \t]*(?:denie[sd]|negative|endorse[sd]|positive)\b/i.test(text) || /\b[A-Z]{1,4}-[A-Z0-9]{1,5}\b/.test(label);
}

/** Where the label before an entry starts: after the sentence or line before it, at most 60 characters back. */
function labelStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 60);
  for (let i = at - 1; i >= from; i--) if ('.;!?\n|'.includes(text[i])) return i + 1;
  return from;
}

/** The longest entry that one deferral in it can make put off (characters): a sentence or two. */
const PUT_OFF_ENTRY = 240;

/** The same for a repeated one-letter label ("P: ..." twice in a PIRP note). */
function labelLettersOther(a: Analysis, b: Block, d: Dimension, profile?: Profile): boolean {
  if (!profile) return false;
  const ps = a.letterOfLabel(profile, b);
  return ps !== undefined && !(ps?.holds ?? []).includes(d.id);
}

/** Whether a repeated one-letter head is, by its place, a format section that does not hold the dimension. */
function lettersOther(a: Analysis, s: Section, d: Dimension, profile?: Profile): boolean {
  if (!profile) return false;
  const ps = a.letterOf(profile, s);
  return ps !== undefined && !(ps?.holds ?? []).includes(d.id);
}

/**
 * How many sub-items count toward the threshold: none when all of them only follow from the others (`notAlone`), and
 * not those that count only in other note types (`countsIn`).
 */
export function counted(d: Dimension, covered: readonly string[], profile?: Profile): number {
  const counts = covered.map((id) => d.subItems.find((s) => s.id === id)).filter((s) => !s || countsHere(s, profile));
  return counts.some((s) => !s?.notAlone) ? counts.length : 0;
}

/**
 * A screen the note records as done, in quotation marks too: a sub-item that reads only the clinician's own words
 * (`notQuoted`) still counts the question as it was put ('I asked, "Do you ever think about hurting yourself?"'). Not a
 * screen written as not done ("suicidal ideation was not assessed") or still to do ("call back to finish the risk screen").
 */
function screenPut(a: Analysis, d: Dimension, screens: NonNullable<SubItem['screens']>): Hit | undefined {
  const as = readAs(d);
  // (Its patterns, the question and the answer as put; a screen's name, "finish the risk screen", may be the plan.)
  const hit = a.find([], screens.patterns ?? [], { ...as, policy: { ...as.policy, deferred: true, hypothetical: true } });
  return hit?.affirmed ? hit : undefined;
}

/** Whether a sub-item counts toward the threshold in this note type (`SubItem.countsIn`). */
export function countsHere(s: SubItem, profile?: Profile): boolean {
  return !s.countsIn || (!!profile && (s.countsIn.includes(profile.id) || s.countsIn.includes(profile.family)));
}

/**
 * Whether every covered sub-item is a disclosure (`SubItem.disclosure`) mentioned only affirmed, with no screen:
 * "urges to self-harm at 3/5" shows risk to assess, not an assessment; "denies SI/HI" or "screened for SI" is one.
 */
function onlyDisclosed(a: Analysis, d: Dimension, covered: string[], evidence: Map<string, Hit>): boolean {
  const items = d.subItems.filter((s) => covered.includes(s.id));
  if (!items.length || !items.every((s) => s.disclosure && evidence.get(s.id)?.affirmed)) return false;
  return !items.some(
    (s) => a.find(s.cues, s.patterns, { ...readAs(d), deniedOnly: true }) || (s.screens && a.find(s.screens.cues, s.screens.patterns, readAs(d))),
  );
}

/** An outline's item mark: "a.", "(b)", "iv)". */
const OUTLINE_MARK = /^\(?(?:[a-h]|i{1,3}|iv|vi{0,3})[.)][ \t]+/i;

/**
 * An entry that is one short sentence putting the work off ("Strengths: to be explored next session (ran out of
 * time).") says, like a placeholder, that the work was not done, whatever the rest of the note mentions.
 */
function onlyPutsOff(a: Analysis, d: Dimension, entry: OffsetRange): boolean {
  // (An outline's item mark before it, "a. TBD at next session.", is no sentence of its own.)
  const text = a.note.text.slice(entry.start, entry.end).trim().replace(OUTLINE_MARK, '');
  // Its words, not a heading standing for a sub-item ("E — Evaluation" is the response's own heading), decide.
  if (!a.putsOff(entry) || saysSomething(a, d, entry, new Map())) return false;
  if (text.length <= 120 && !/[.;!?]\s+\S/.test(text.replace(/\([^()\n]{0,80}\)/g, ''))) return true;
  // Two or three sentences, each of them the work not done or put off: "Did not get to this today — time went on the
  // work side. Will ask about household, money and who supports him at next session."
  if (text.length > PUT_OFF_ENTRY) return false;
  const src = a.note.text;
  const ends: number[] = [];
  for (const m of src.slice(entry.start, entry.end).matchAll(/[.;!?](?=\s+\S)/g)) ends.push(entry.start + m.index! + 1);
  if (ends.length > 2) return false;
  let from = entry.start;
  for (const end of [...ends, entry.end]) {
    if (!a.putsOff({ start: from, end })) return false;
    from = end;
  }
  return true;
}

/**
 * A section whose first paragraph puts the dimension off or points elsewhere ("Goals / To be agreed at next session
 * once he has had time to think.", "Risk / See IOP intake."), with nothing after it that does the dimension's work
 * (what it requires, when it names that): text under a plain head runs on to the next head, so a line below about
 * something else ("Next appointment: 06/03", "Goals partly met.") is not this entry's.
 */
function putOffFirst(a: Analysis, d: Dimension, entry: OffsetRange): boolean {
  // (Its first block even when the parse took it for no content: a pointer or a deferral reads as a placeholder.)
  const first = a.note.blocks.find((b) => b.kind !== 'heading' && /\S/.test(b.text) && b.range.start >= entry.start && b.range.start < entry.end);
  if (!first || first.kind !== 'paragraph' || first.range.end >= entry.end) return false;
  const text = a.note.text.slice(first.range.start, first.range.end).replace(/^[\s*_:.]+/, '');
  const only = d.requires?.length ? d.requires : undefined;
  // (Its own words put it off, so no deferral trigger is asked for, as `onlyPutsOff` would.)
  // (A label alone, "Objectives:" over its list, or "From the plan agreed at session 2:", leads into what follows.)
  const off = (!first.content && !first.label && !/:\s*$/.test(text)) || (d.aboutNext === true && DEFERS_ITSELF.test(text) && text.length <= 120) || (!d.aboutNext && onlyPutsOff(a, d, first.range));
  return off && !saysSomething(a, d, first.range, new Map(), only) && !saysSomething(a, d, { start: first.range.end, end: entry.end }, new Map(), only);
}

/** A labelled block whose value is a placeholder ("TBD", "N/A"), not left blank (a blank label may be a question). */
function holdsPlaceholder(b: Block): boolean {
  const after = b.text.slice(b.text.indexOf(b.label!) + b.label!.length).replace(/^[\s:*_-]+/, '');
  return /\p{L}/u.test(after);
}

/** Whether a dimension's own entry holds evidence of a sub-item (of `only`, when given): the first hits already found,
 * else a search of it. */
/** `skip`: what a sub-item's words do not count in, as for the note's evidence ("Objective: improve organization" in a
 * goal states no progress). */
function saysSomething(a: Analysis, d: Dimension, entry: OffsetRange, evidence: Map<string, Hit>, only?: string[], skip?: (item: SubItem) => readonly OffsetRange[] | undefined): boolean {
  for (const [id, h] of evidence) if ((!only || only.includes(id)) && h.offset >= entry.start && h.offset < entry.end) return true;
  return d.subItems.some((s) => (!only || only.includes(s.id)) && a.find(s.cues, s.patterns, { ...readAs(d, entry), aboutClient: d.clientOwn?.includes(s.id), outsideQuotes: s.notQuoted, skip: skip?.(s) }));
}


/** Where the note's labels stand ("**Response/progress:**", "Goal status:"): the words before each value. */
function labelRanges(a: Analysis): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const b of a.note.blocks) {
    if (!b.label || b.kind === 'heading') continue;
    // The label as written at the head of its block ("**Progress:**", "3. Objective"), not up to some later colon;
    // from the label's first letter, since a block whose text maps onto the note inexactly (an indented list item)
    // gives its start as the offset of every word in it.
    const at = a.note.text.indexOf(b.label, b.range.start);
    if (at < 0 || at - b.range.start > 8) continue;
    // (Where the words after the label map to the block's start, a label's range would hide them all: leave such a block
    // be. Judged just after the label, not at the block's end: a CRLF note maps each line of an inexact block to the
    // line's start, so its last word lies past the label where its LF copy's does not.)
    const probe = Math.min(b.text.length - 1, (b.valueAt ?? b.label.length) + 1);
    if (b.text.length > b.label.length + 1 && toSource(b, probe) <= at + b.label.length) continue;
    // A label whose value is a number names what it measures ("GAD-7: 15", "Mood rating: 6/10"): that is evidence.
    if (/^[^:\n]{0,80}:[ \t]?[<>≤≥~]?[ \t]?\d/.test(b.text)) continue;
    // So does a label that names a screen, with its answer: "SI/HI: denies", "Suicidal ideation: denied", "C-SSRS
    // screen: passive thoughts last month, none now" (an instrument's name, a capital acronym joined by a hyphen).
    if (namesScreen(b.text, b.label)) continue;
    out.push({ start: at, end: b.valueAt !== undefined ? Math.max(at + b.label.length, toSource(b, b.valueAt)) : at + b.label.length });
  }
  return out;
}

/** A value's range widened back to its label, when the label stands just before it. */
function labelledRange(a: Analysis, label: string, value: OffsetRange): OffsetRange {
  const at = a.note.text.lastIndexOf(label, value.start);
  // (Only its colon, marks and blanks between: "Date: ____/____/20___", whose first blanks the parse took for marks.)
  return at >= 0 && /^[\s:*_]{0,40}$/.test(a.note.text.slice(at + label.length, value.start)) ? { start: at, end: value.end } : value;
}

/** Where a run-in label's value lies in the note; its whole block where the block's text maps to the note only as a
 * whole. */
function valueRange(b: Block, value: { start: number; end: number }): OffsetRange {
  const start = toSource(b, value.start);
  const end = value.end >= b.text.length ? b.range.end : toSource(b, value.end);
  return start > b.range.start && end > start ? { start, end } : { start: b.range.start, end: b.range.end };
}

/** Each note's blocks by place, found once (a lookup per labelled block, not a scan). */
const blockIndex = new WeakMap<readonly Block[], Map<Block, number>>();

/** Where a labelled block's entry ends: with the block, or, when it ends in a colon ("**Outcome.** Claire met the
 * goals she set at the start:"), with the list it introduces. */
function introducedEnd(a: Analysis, b: Block): number {
  // (A numbered item's words lead into a list as a paragraph's do: "4. Maintenance / Written plan, on the fridge:".)
  if ((b.kind !== 'paragraph' && b.kind !== 'listItem') || !/:\s*$/.test(b.text)) return b.range.end;
  const blocks = a.note.blocks;
  let index = blockIndex.get(blocks);
  if (!index) blockIndex.set(blocks, (index = new Map(blocks.map((x, i) => [x, i]))));
  let end = b.range.end;
  for (let i = index.get(b)! + 1; i < blocks.length && blocks[i].kind === 'listItem' && blocks[i].content && blocks[i].section === b.section; i++) end = blocks[i].range.end;
  return end;
}

/** Where a labelled block's value starts in the source: after the label's colon. */
export function afterLabel(a: Pick<Analysis, 'note'>, b: Block): number {
  if (b.valueAt !== undefined) {
    const at = toSource(b, b.valueAt);
    // (Where the block's text maps to the note only as a whole, as a list item's lines can, the value starts after
    // its label as written, so that a CRLF note and its LF copy read the same.)
    if (at > b.range.start || !b.label) return at;
    const i = a.note.text.indexOf(b.label, b.range.start);
    return i >= 0 && i < b.range.end ? i + b.label.length : at;
  }
  const colon = a.note.text.indexOf(':', b.range.start);
  return colon >= 0 && colon < b.range.end ? colon + 1 : b.range.start;
}

/** How a dimension reads its cues (negation, context, senses). */
function readAs(d: Dimension, within?: OffsetRange): FindOptions {
  return { mode: d.negation ?? 'any', policy: d.context, senses: d.senses, within, inRoom: d.inRoom };
}

/** Whether another dimension names a label by several of its words ("Progress toward goals") where this one matches
 * it only by one ("goals"). */
function claimedByOther(a: Analysis, d: Dimension, label: string): boolean {
  if (headingWords(d).some((h) => h.words.length > 1 && a.titleMatches(label, h.alias))) return false;
  // (Its word must be one of theirs: "Bias / cultural considerations" is the bias safeguards' label too.)
  const own = headingWords(d).filter((h) => h.words.length === 1 && a.titleMatches(label, h.alias)).map((h) => h.words[0]);
  return catalog.some((o) => o.id !== d.id && headingWords(o).some((h) => h.words.length > 1 && own.some((w) => h.words.includes(w)) && a.titleMatches(label, h.alias)));
}

/** A dimension's headings with their words, split once: every lint asks of every labelled block. */
const headingWordsOf = new WeakMap<Dimension, { alias: string; words: string[] }[]>();
function headingWords(d: Dimension): { alias: string; words: string[] }[] {
  let out = headingWordsOf.get(d);
  if (!out) headingWordsOf.set(d, (out = d.headings.map((alias) => ({ alias, words: alias.replace(/^=/, '').trim().toLowerCase().split(/\s+/) }))));
  return out;
}

/** Whether a block sits in another dimension's section: its empty labels are that template's questions. */
function insideOther(a: Analysis, b: Block, d: Dimension): boolean {
  for (let s = b.section; s >= 0; s = a.note.sections[s].parent) {
    const sec = a.note.sections[s];
    // "**Barriers:** see intake." after "**Goal progress**": a bold label beside a bold head is its sibling, not its part.
    if (s === b.section && sec.level === PSEUDO_LEVEL && b.labelBold && b.kind === 'paragraph') continue;
    // (The title names the note, "# Termination / discharge summary", not a section the block is part of.)
    // (A section it shares, "P — Progress / Plan", is its own too.)
    if (!sec.isTitle && catalog.some((o) => o.id !== d.id && o.headings.some((h) => a.headingMatches(sec, h))) && !d.headings.some((h) => a.headingMatches(sec, h))) return true;
  }
  return false;
}

/** The threshold a sign in the note raises the dimension to (`Dimension.raisedBy`), when higher than its own. */
function raisedThreshold(a: Analysis, d: Dimension, profile?: Profile): number | undefined {
  let best: number | undefined;
  const base = thresholdFor(d, profile);
  for (const r of d.raisedBy ?? []) {
    if (r.threshold <= Math.max(base, best ?? 0)) continue;
    const sign = findSign(a, r);
    if (sign && !(r.answeredBy && toldAfter(a, d, sign.offset, r.answeredBy))) best = r.threshold;
  }
  return best;
}

/** Where a raising sign is first told about the client now (not negated, hypothetical, put off or someone else's). */
function findSign(a: Analysis, r: NonNullable<Dimension['raisedBy']>[number]): Hit | undefined {
  const policy = r.context ?? { deferred: true, hypothetical: true, otherPerson: true };
  return a.find(r.cues, r.patterns, { mode: 'strict', policy, senses: r.senses });
}

/** The first sign (`raisedBy` with `followedBy`) that none of those sub-items is told after, from its sentence on. */
function unansweredSign(a: Analysis, d: Dimension): string | undefined {
  for (const r of d.raisedBy ?? []) {
    if (!r.followedBy?.length) continue;
    const sign = findSign(a, r);
    if (sign && !toldAfter(a, d, sign.offset, r.followedBy)) return r.id;
  }
  return undefined;
}

/** Whether one of those sub-items is told after the sign, from its sentence on. */
function toldAfter(a: Analysis, d: Dimension, at: number, items: readonly string[]): boolean {
  const text = a.note.text;
  let from = at;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]) && at - from < 300) from--;
  const within = { start: from, end: text.length };
  return d.subItems.some((item) => items.includes(item.id) && !!a.find(item.cues, item.patterns, { ...readAs(d, within) }));
}

/** Sub-items the text must cover in this note type. */
export function requiredFor(d: Dimension, profile?: Profile): string[] {
  const extra = profile ? [...(d.requiresIn?.[profile.id] ?? []), ...(d.requiresIn?.[profile.family] ?? [])] : [];
  return [...(d.requires ?? []), ...extra];
}

/** How many sub-items the text must cover in this note type (`thresholdIn` by type id, then family). */
export function thresholdFor(d: Dimension, profile?: Profile): number {
  return (profile && (d.thresholdIn?.[profile.id] ?? d.thresholdIn?.[profile.family])) || d.threshold;
}

/** A pattern in the note's title line (which is not content, so a.find does not read it). */
function inTitle(a: Analysis, cues: string[] | undefined, patterns: string[] | undefined): Hit | undefined {
  const lines: { text: string; at: number }[] = [];
  const h = a.title.heading;
  if (h && h.section.isTitle) lines.push({ text: a.note.text.slice(h.section.heading.start, h.section.heading.end), at: h.section.heading.start });
  const t = a.title.text;
  if (t) lines.push({ text: t.line, at: t.block.range.start });
  for (const p of patterns ?? []) {
    for (const l of lines) {
      const m = matcherFor(p).first(l.text);
      if (m) return { offset: l.at + m.index, text: m.text };
    }
  }
  for (const l of cues?.length ? lines : []) {
    const tokens = tokenize(l.text);
    for (const c of cues!) {
      const i = findCue(tokens, a.cue(c));
      if (i >= 0) return { offset: l.at + tokens[i].start, text: c };
    }
  }
  return undefined;
}

/** A sub-item's own heading or label with something written under it: "R: Teared up, then laughed during role-play." */
function ownHeading(a: Analysis, headings: string[], notStock?: StockKind): Hit | undefined {
  // (With `notStock`, a heading or label over stock words only, "**Response:** Client receptive.", is none.)
  const said = (start: number, end: number) => !notStock || !onlyStock(a.note.text.slice(start, end), notStock);
  const sec = a.note.sections.find((s) => !s.isTitle && s.hasContent && headings.some((h) => a.headingMatches(s, h)) && said(s.heading.end, s.extent.end));
  if (sec) return { offset: sec.heading.start, text: sec.title };
  const b = a.note.blocks.find((x) => x.label && x.content && !x.quoted && headings.some((h) => a.titleMatches(x.label!, h)) && said(afterLabel(a, x), x.range.end));
  if (b) return { offset: b.range.start, text: b.label! };
  const l = inlineLabelFor(a, headings, true);
  if (l && notStock && l.value && onlyStock(l.block.text.slice(l.value.start, l.value.end), notStock)) return undefined;
  return l && { offset: l.block.range.start, text: l.label };
}

/** The note's sentences in stock words of a kind (read/stock.ts), found once per analysis and kind. */
const stockCache = new WeakMap<Analysis, Partial<Record<StockKind, OffsetRange[]>>>();
function stockSentences(a: Analysis, kind: StockKind): OffsetRange[] {
  const cached = stockCache.get(a) ?? {};
  let out = cached[kind];
  if (!out) {
    out = [];
    // A heading over stock words only ("## Response" over "Client receptive. Engaged.") names a response it holds no
    // word of.
    for (const s of a.note.sections) if (!s.isTitle && s.hasContent && onlyStock(a.note.text.slice(s.heading.end, s.extent.end), kind)) out.push(s.heading);
    for (const u of a.units) {
      // A label over stock words only ("**Response:** Client receptive.") is none of the response either.
      const b = u.block;
      if (b.label && onlyStock(a.note.text.slice(afterLabel(a, b), b.range.end), kind)) {
        out.push({ start: b.range.start, end: b.range.end });
        continue;
      }
      for (const r of stockRanges(u.flat, kind)) out.push({ start: toSource(b, r.start), end: toSource(b, Math.min(r.end, u.flat.length)) + 1 });
    }
    cached[kind] = out;
    stockCache.set(a, cached);
  }
  return out;
}

/** The first table cell with content under a column headed by one of `columns` (its aside in brackets dropped). */
function ownColumn(a: Analysis, columns: string[]): Hit | undefined {
  const b = a.note.blocks.find(
    (x) => x.kind === 'tableCell' && x.content && !x.rowLabel && !x.quoted && x.label && columns.some((c) => a.titleMatches(x.label!.replace(ASIDE, '').trimEnd(), `=${c}`)),
  );
  return b && { offset: b.range.start, text: b.label! };
}

/** A bracketed aside at the end of a column header: "Now (October)", "Baseline (intake, 3/2)". */
const ASIDE = /\([^()]{0,40}\)$/;

/** The first inline label that names one of `headings` ("Client strengths" alone on its line matches only a whole
 * heading name): with its words (`content`), or, with `content` false, one whose value says nothing ("Plan:
 * continue."), which with `d` given is not another dimension's label naming this one in passing. */
function inlineLabelFor(a: Analysis, headings: string[], content: boolean, d?: Dimension): Analysis['inlineLabels'][number] | undefined {
  return a.inlineLabels.find(
    (l) =>
      l.content === content &&
      !l.block.quoted &&
      (content || (!l.whole && !!l.value && l.value.end > l.value.start && !(d && claimedByOther(a, d, l.label)))) &&
      headings.some((h) => a.titleMatches(l.label, l.whole && !h.startsWith('=') ? `=${h}` : h)),
  );
}

/** A label as a field's key: "Date of service" is date_of_service. */
const fieldKey = (label: string) => label.toLowerCase().trim().replace(/[\s-]+/g, '_');
/** Whether a label is one of the keys, also with its first alternative after a slash left out: "Date of
 * discharge/transfer" and "Discharge/transfer date" are the discharge date. */
const isField = (wanted: Set<string>, label: string) => wanted.has(fieldKey(label)) || (label.includes('/') && wanted.has(fieldKey(label.replace(/ ?\/ ?[\w-]+/, ''))));

/**
 * A front matter field written in the note's body as a label, "Location: Youth center", "| Clinician | R. Diaz, LPC |",
 * "Date: 11/06/2026  Time: 4:10-4:45 pm": what its value says is what the field would hold. Its labels are read once:
 * `hit`, the first that holds a value; `blank`, where one was left blank ("Clinician: ___") when none holds a value.
 */
function bodyField(a: Analysis, keys: string[]): { hit?: Hit; blank?: OffsetRange } {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  let blank: OffsetRange | undefined;
  let hit: Hit | undefined;
  let filled = false;
  for (const b of a.note.blocks) {
    if (!b.label || b.quoted || !isField(wanted, b.label)) continue;
    // (Up to the next field of a line of them: "Date: ____   Start/End: 3-4 pm" leaves the date blank.)
    const value = b.rowLabel ? b.text : b.text.slice(b.text.indexOf(b.label) + b.label.length).replace(/^[\s:*_]+/, '').split('  ')[0];
    if (isContentText(value, a.language.isPlaceholder)) return { hit: { offset: b.range.start, text: b.label } };
    blank ??= b.range;
  }
  for (const l of a.inlineLabels) {
    if (l.block.quoted || !isField(wanted, l.label)) continue;
    // (Where the blank lies in the note, from its label: "Start/End: ____".)
    if (!l.content) blank ??= l.value ? labelledRange(a, l.label, valueRange(l.block, l.value)) : l.block.range;
    else {
      filled = true;
      if (!l.whole) hit ??= { offset: l.block.range.start, text: l.label };
    }
  }
  return filled ? { hit } : { blank };
}

/** The first of the given front matter keys that the note has, and whether it holds a value. */
function fieldValue(a: Analysis, keys: string[] | undefined): { key: string; filled: boolean; range: OffsetRange } | undefined {
  const fm = a.note.frontMatter;
  if (!keys || !fm?.data) return undefined;
  let empty: { key: string; filled: boolean; range: OffsetRange } | undefined;
  for (const [key, value] of Object.entries(fm.data)) {
    if (!keys.some((k) => k.toLowerCase() === key.toLowerCase())) continue;
    const range = fm.keys.get(key) ?? fm.range;
    const filled = value !== null && value !== undefined && String(value).trim() !== '' && !a.language.isPlaceholder(String(value).trim());
    if (filled) return { key, filled, range };
    empty ??= { key, filled, range };
  }
  return empty;
}

/** Whether a sentence of an entry puts the work itself off ("keep going. Next steps TBD - will sort out later"). */
function defersItself(text: string): boolean {
  return text.split(/(?<=[.;!?])\s+/).some((x) => DEFERS_ITSELF.test(x.replace(/^[\s*_:.]+/, '')));
}

/** A `near` test that holds only inside the given ranges (the dimension's own sections and entries). */
function inOwn(own: readonly OffsetRange[]): NonNullable<FindOptions['near']> {
  return (unit, start) => {
    const at = toSource(unit.block, start);
    return own.some((r) => at >= r.start && at < r.end);
  };
}
