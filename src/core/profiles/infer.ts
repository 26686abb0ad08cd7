// Which profile a note follows: an explicit option, front matter `type:`, the title, or its headings.
import type { Note } from '../note/note.js';
import type { Analysis } from '../read/analysis.js';
import type { Profile } from './types.js';
import { DEFAULT_PROFILE, profileById, profiles } from './index.js';
import { compileCue, findCue, tokenize, type Cue, type Token } from '../read/match.js';
import { PSEUDO_LEVEL } from '../note/parse.js';
import { valueStart } from '../note/labels.js';
import { NOTE_KIND_WORDS, titleHead, titleTail, withoutAsides } from '../read/title.js';
import { CLOSING_PURPOSE, DATED_ENTRIES, DATED_ENTRY, FORMAT_NAMES, PLAN_PURPOSE, PLAN_REVIEW_PURPOSE, NOTE_KIND_FIELD, NOT_THE_KIND_AFTER, OPENS_NAMING_KIND, GOAL_REFERENCE, NUMBERED_SESSION, NUMBERED_SESSION_CHARS } from '../language/note-kinds.js';
import { BILLING_WORDS, SERVICE_CODES } from '../language/service-codes.js';
import { withoutAside } from '../note/labels.js';

export type TypeSource = 'option' | 'front-matter' | 'inferred' | 'default';

/** Front matter fields read as the note type, in order. */
export const TYPE_KEYS = ['type', 'note_type', 'noteType', 'note-type', 'note_format', 'template'];

const CONTACT_NOTE = /\bcontact note\b/i;
/** A letter's subject field: "Re:", "Subject:". */
const SUBJECT_LABEL = /^\s*(?:re|subject|regarding)\s*$/i;
const GROUP_HEAD = /^[^\n]{0,60}\bgroup\W{0,3}$/i;
const NOT_A_MEMBERS_GROUP = /\b(?:supervision|consultation|peer|staff|team|reflective practice)\b/i;
/** A practice's name: "Northfield Psychological Group", "Valley Medical Group". */
const PRACTICE = /\b(?:psychological|psychiatric|medical|health|healthcare|physicians|practice)\s+group$/i;

/** Front matter fields read as the note's title, whose words can name its kind. */
// (And the kind of contact or visit a form's fields name: `contact_type: triage (20 min)`.)
const TITLE_KEYS = ['title', 'note', 'document', 'doc', 'record', 'record_type', 'form', 'contact_type', 'visit_type', 'session_type', 'service_type'];

/** A letter's subject line: "Re: Ms T. — end of counselling" (its value, one line). */

const SUBJECT_LINE = /^(?:re|subject)[ \t]?:([^\n]+)$/i;

/** A field naming the kind of note inside a line of fields: "Type: initial treatment plan" (bare "Type" only there). */
const INLINE_KIND_FIELD = /^(?:type|note type|note|document type|service type|session type|visit type|type of (?:note|session|visit|service|contact))$/i;

/** A field that counts the session or visit ("Session: 6 of 10"), not the kind of note. */
const COUNT_FIELD = /^(?:session|visit|encounter)(?:\s+(?:no|number|#))?\.?$/i;

/** How far down a form's fields are read for the kind of note (they head it). */
const KIND_FIELD_BLOCKS = 12;

export interface TypeChoice {
  profile: Profile;
  source: TypeSource;
  /** A front matter type that names no profile (reported by the front-matter rule). */
  unknown?: { value: string; key: string };
}

/** `list`: the note types this lint knows (profilesFor(config)); the built-in ones by default. */
export function chooseProfile(note: Note, a: Analysis, forced?: string, defaultType?: string, list: readonly Profile[] = profiles): TypeChoice {
  const byOption = forced ? profileById(forced, list) : undefined;
  if (byOption) return { profile: byOption, source: 'option' };
  let unknown: TypeChoice['unknown'];
  const data = note.frontMatter?.data;
  if (data) {
    for (const key of TYPE_KEYS) {
      const v = data[key];
      if (typeof v !== 'string' || !v.trim()) continue;
      // ("treatment plan (initial)": the type, with a note on it in brackets.)
      const p = profileById(v, list) ?? profileById(withoutAsides(v), list);
      if (p) return { profile: p, source: 'front-matter' };
      // A kind in words rather than an id ("couples session (progress)", "90-day plan review"): read as a title is.
      const named = typeInWords(v, list);
      if (named) return { profile: named, source: 'front-matter' };
      unknown = { value: v, key };
      break;
    }
  }
  // A title naming a format wins; a generic "Progress note" title yields to headings that reveal the format.
  const named = fromTitle(note, a, list);
  const titled = named?.profile;
  // A title that names a format ("SOAP", or "PAIP" for a progress note with sections of its own) is not overruled by
  // headings that look like another format's.
  // (Nor a kind the front matter names in words: `note: progress` is the author's own word for it.)
  // (Nor a kind named only by a weak cue: a "Warm Handoff" laid out as S/O/A/P is a SOAP note.)
  const sure = !!titled && !named!.weak && (titled.sections.length > 0 || !!named!.format || !!named!.declared);
  const byHeadings = sure ? undefined : fromHeadings(note, a, list);
  // Nor by headings any progress note has ("Goals addressed", "Interventions", "Response", "Plan" under "Progress
  // Note"): only a format's own section ("Subjective", "Behavior") or its letters ("G:") overrule the title.
  const overrules = byHeadings?.profile.family === 'progress' && byHeadings.distinctive;
  const inferred = sure ? titled : titled && !overrules ? titled : (byHeadings?.profile ?? titled);
  // A "contact note" (as UK services name every contact) that counts its session in a course ("Session 6 of 8") is a
  // session's note, not a brief contact; a "contact record" of a call about a missed session stays one.
  if (inferred?.id === 'general' && CONTACT_NOTE.test(note.text.slice(note.bodyStart, note.bodyStart + 300)) && numberedSession(note)) {
    return { profile: profileById('progress', list) ?? inferred, source: 'inferred', unknown };
  }
  if (inferred) return { profile: inferred, source: 'inferred', unknown };
  const ongoing = numberedSession(note) || datedEntries(note) ? profileById('progress', list) : undefined;
  if (ongoing) return { profile: ongoing, source: 'inferred', unknown };
  const fallback = (defaultType && profileById(defaultType, list)) || profileById(DEFAULT_PROFILE)!;
  return { profile: fallback, source: 'default', unknown };
}

function fromTitle(note: Note, a: Analysis, profiles: readonly Profile[]): { profile: Profile; format?: boolean; declared?: boolean; weak?: boolean } | undefined {
  const titles: string[] = [];
  // Front matter that names the note: `title:`, or a short `note:` / `document:` ("couple counseling, progress note").
  for (const key of TITLE_KEYS) {
    const v = note.frontMatter?.data?.[key];
    if (typeof v === 'string' && (key === 'title' || v.split(/\s+/).length <= 10)) titles.push(v);
  }
  // A front matter `note:` of a word or two ("note: progress") declares the kind.
  const fm = note.frontMatter?.data?.note;
  const declaredTitle = typeof fm === 'string' && fm.trim().split(/\s+/).length <= 3 ? fm : undefined;
  const declared = declaredTitle ? profileById(declaredTitle.trim(), profiles) : undefined;
  if (declared) return { profile: declared, declared: true };
  const first = note.sections[0];
  // The first heading names the note when it is the lone H1; or, before any text, when it names a kind of note
  // ("### DBT Skills Group – Member Note", "PROGRESS NOTE"), or is an H2 that is not itself a section of some note
  // type ("## SOAP note" yes, "## Status at discharge" no).
  if (
    first &&
    (first.isTitle ||
      (a.title.heading &&
        (NOTE_KIND_WORDS.test(first.title) ||
          // (At any level when nothing comes before it: "### Weekly individual supervision" names the note.)
          ((opensNote(note, first) || first.level <= 2 || first.level === PSEUDO_LEVEL) &&
            !profiles.some((p) => p.sections.some((ps) => ps.aliases.some((al) => sectionMatches(a, first, al))))))))
  ) {
    titles.push(first.title);
    // A letterhead over the title ("HARLAN COUNTY COURT SERVICES" then "MONTHLY TREATMENT PROGRESS REPORT — ..."), both
    // capitals lines before any text: the second names the note.
    const second = note.sections[1];
    // (So does a subtitle right under the note's own title: "# Talking Therapies: Step 3" then "## Discharge Summary".)
    // (Two to five words ending in the kind, "Discharge Summary", not a line that describes it.)
    const subtitle = first.isTitle && second && second.level > first.level && !/\S/.test(note.text.slice(first.heading.end, second.heading.start)) && namesKindRunIn(second.title);
    // (The letterhead may run to a second line that names the service too: "UNIVERSITY HEALTH SERVICES" /
    // "Counselling & Psychological Services Unit" / "OCCUPATIONAL ASSESSMENT".)
    const letterhead = !first.hasContent || (!!second && serviceLinesOnly(note.text.slice(first.heading.end, second.heading.start)));
    if (second && (subtitle || (!first.isTitle && letterhead && second.level === PSEUDO_LEVEL && NOTE_KIND_WORDS.test(second.title)))) titles.push(second.title);
  }
  // A first line that names the note without being a heading: "Group Therapy Note", "Progress Note"; or its head,
  // when a subtitle follows ("Psychotherapy note — kept separately from the record. Not for release.").
  // A form's field naming the kind of note, near the top: "Note type: Progress note", "| SERVICE | Individual therapy |".
  const subjects = new Set<string>();
  for (const [k, b] of note.blocks.slice(0, KIND_FIELD_BLOCKS).entries()) {
    if (b.quoted) continue;
    // A letter's subject line set in bold as a whole: "**Re: Mrs P. L. — discharge summary, couple therapy**".
    const subject = !b.label && SUBJECT_LINE.exec(b.text);
    if (subject) {
      // (Its bracketed asides dropped: "Re: Mel K. — initial assessment under her care plan (session 1 of 6)".)
      const value = withoutAsides(subject[1]);
      if (value.split(/\s+/).length <= 14) {
        titles.push(value);
        subjects.add(value);
      }
      continue;
    }
    // A run-in head in bold that names the note as its text opens: "**Discharge summary.** Client: F. R., 57, ...".
    if (b.label && b.labelBold && b.valueAt !== undefined && k < 3 && namesKindRunIn(b.label)) {
      titles.push(b.label);
      continue;
    }
    if (!b.label || !NOTE_KIND_FIELD.test(b.label)) continue;
    // (Its first line: a line below it without a label goes on the same block, "Sent with her written consent".)
    // (Read in the block's text, whose offsets are not the note's where markup comes first: "**Visit type:** ...".)
    const line = (b.rowLabel ? b.text : b.text.slice(valueStart(b))).split(/\r?\n/, 1)[0];
    // "Session: 6 of 10 (care plan agreed 06/02)": a count of sessions, whatever its aside names (a session's note).
    if (COUNT_FIELD.test(b.label) && /^\s*(?:#\s?)?\d/.test(line)) continue;
    // A subject line's bracketed asides say what the client has, not what the note is: "Re: our client Mrs F.
    // (ongoing individual counselling, 11 sessions to date)"; a type field's may say it ("follow-up (visit 2 of 4)").
    const value = SUBJECT_LABEL.test(b.label) ? withoutAsides(line) : line;
    // A field holds a name, not a sentence ("Primary Care Behavioral Health - follow-up (visit 2 of up to 4)"); a long
    // one is read by its head ("Treatment plan review and request for extension — Noah B. (age 10), fund ref.").
    const head = titleHead(value.trim());
    const named = value.trim() && value.trim().split(/\s+/).length <= 14 ? value : head && head.split(/\s+/).length <= 8 ? head : undefined;
    if (!named) continue;
    titles.push(named);
    if (SUBJECT_LABEL.test(b.label)) subjects.add(named);
  }
  // The same field run in among others on a line: "**Date:** 2 July | **Session 3** | Type: initial treatment plan".
  const fieldBlocks = new Set(note.blocks.slice(0, KIND_FIELD_BLOCKS));
  for (const l of a.inlineLabels) {
    if (!l.value || !fieldBlocks.has(l.block) || l.block.quoted || !INLINE_KIND_FIELD.test(l.label)) continue;
    const value = l.block.text.slice(l.value.start, l.value.end).split(/\r?\n|\s[|·]\s/, 1)[0].trim();
    if (value && value.split(/\s+/).length <= 8) titles.push(value);
  }
  // (A letterhead that names the service, "Occupational Health & Wellbeing Counselling Service", names no kind of note.)
  // (Nor a line that opens on the goal worked on, "Goal addressed (tx plan goal 2): S. will ...": it names the plan the
  // goal comes from, not the note.)
  const line = a.title.text?.line && !namesService(a.title.text.line) && !GOAL_REFERENCE.test(a.title.text.line) ? a.title.text.line : undefined;
  // (Its short bracketed aside is not counted: "Connection Lab — adults with long-standing loneliness (closed group, 8
  // wks)" is a title of seven words and an aside that names the kind.)
  if (line && withoutAsides(line).split(/\s+/).length <= 10 && !/[.!?]$/.test(line)) titles.push(line);
  const head = line && titleHead(line);
  if (head && head.split(/\s+/).length <= 6) titles.push(head);
  // A letterhead, then the note's name: "NORTHGATE WELLBEING SERVICE — INDIVIDUAL PROGRESS NOTE (short form v3)".
  // A note without a title that opens by naming itself, before whom it is for.
  const lead = a.title.text?.line && !head ? OPENS_NAMING_KIND.exec(a.title.text.line) : null;
  if (lead) titles.push(lead[1]);
  // A letterhead line, then the note's name on the next line of the same paragraph: "NEW HOPE RECOVERY MINISTRY — Grace
  // Fellowship Church" over "SMALL GROUP PROGRESS RECORD (transcribed from paper form)".
  if (a.title.text?.line && !NOTE_KIND_WORDS.test(a.title.text.line)) {
    const next = withoutAsides(a.title.text.block.text.split(/\r?\n/, 2)[1] ?? '').trim();
    if (next && next.split(/\s+/).length <= 8 && NOTE_KIND_WORDS.test(next)) titles.push(next);
  }
  const tail = line && titleTail(line);
  if (tail && tail.split(/\s+/).length <= 6 && NOTE_KIND_WORDS.test(tail)) titles.push(tail);
  // An EHR export's header in a fenced block at the very top ("TX PLAN REVIEW (90-DAY)    OP BH — ADULT SVCS"): it
  // comes before anything else the note says, so it names the note first.
  titles.unshift(...fencedHeader(note));
  for (const t of titles) {
    // A subject line that ends the work ("Re: Ending our counselling sessions") names a closing summary, whatever kind of
    // session it also names.
    const ends = subjects.has(t) && CLOSING_PURPOSE.test(t) ? profiles.find((p) => p.family === 'termination') : undefined;
    if (ends) return { profile: ends };
    // A letterhead's service name names no kind of note, whatever its words: "FARM STRESS LINE - FOLLOW-UP COUNSELLING
    // PROGRAM" over "CARE PLAN REVIEW".
    if (!subjects.has(t) && namesService(t)) continue;
    const kind = kindNamedIn(t, profiles);
    // A letter whose subject is the client's sessions ("Re: C.B. — monthly treatment progress report", to a court) is a
    // letter about them, not a session's note; one that names another kind ("Re: discharge summary") is that kind.
    if (kind && subjects.has(t) && kind.profile.id === 'progress') return { profile: profileById('general', profiles) ?? kind.profile };
    if (kind) return kind;
  }
  const coded = fromServiceCode(note, profiles);
  if (coded) return { profile: coded };
  const top = note.blocks.slice(0, KIND_FIELD_BLOCKS).filter((b) => !b.quoted);
  const closing = top.some((b) => CLOSING_PURPOSE.test(b.text));
  const ending = closing ? profiles.find((p) => p.family === 'termination') : undefined;
  // ("to sum up our review of your plan": a plan review.)
  const planned = !ending && top.some((b) => PLAN_PURPOSE.test(b.text))
    ? profiles.find((p) => p.id === (top.some((b) => PLAN_REVIEW_PURPOSE.test(b.text)) ? 'treatment-plan-review' : 'treatment-plan'))
    : undefined;
  const byPurpose = ending ?? planned;
  return byPurpose && { profile: byPurpose };
}

/** Two to five words ending in a kind of note ("Discharge summary", "Initial assessment"), not a section's one word. */
function namesKindRunIn(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && NOTE_KIND_WORDS.test(words[words.length - 1]);
}

/** How many lines of a fenced header are read for the note's name. */
const FENCED_HEADER_LINES = 4;
/** A fence opening the note's text, and its closing fence. */
const FENCE_OPEN = /^(```|~~~)[^\n]*\r?\n/;
/** The marks of a rule around a header's words: "===== BIRP NOTE =====". */
const RULE_MARKS = '=*#~_-';

/** A line without the rule marks at either end. */
function withoutRules(line: string): string {
  let i = 0;
  let j = line.length;
  while (i < j && RULE_MARKS.includes(line[i])) i++;
  while (j > i && RULE_MARKS.includes(line[j - 1])) j--;
  return line.slice(i, j).trim();
}

/**
 * The names a fenced header at the top of the note gives it: each of its first lines, with rules of marks dropped and
 * cut into the columns an export lays out with runs of spaces ("CRISIS CONTACT RECORD      CrisisLink export v3.1"),
 * and the value of a field naming the kind ("Record type: Crisis contact"). Only the note's first lines are read.
 */
function fencedHeader(note: Note): string[] {
  // (Read with its line breaks made one kind: a note with CR or CRLF breaks names itself as its LF copy does.)
  const head = note.text.slice(note.bodyStart, note.bodyStart + 600).replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const open = FENCE_OPEN.exec(head);
  if (!open) return [];
  const close = head.indexOf(`\n${open[1]}`, open[0].length - 1);
  const lines = head.slice(open[0].length, close < 0 ? undefined : close + 1).split(/\r?\n/).map((l) => withoutRules(l.trim())).filter(Boolean);
  const out: string[] = [];
  for (const line of lines.slice(0, FENCED_HEADER_LINES)) {
    for (const column of line.split(/\s{3,}/)) {
      const field = /^([^:]{1,30}):\s*(\S.*)$/.exec(column);
      if (field) {
        if (NOTE_KIND_FIELD.test(field[1].trim())) out.push(field[2].trim());
      } else if (column.split(/\s+/).length <= 10) out.push(column);
    }
  }
  return out;
}

/** A front matter type that is no id but names a kind in words ("couples session (progress)"), as a title would. */
export function typeInWords(value: string, list: readonly Profile[] = profiles): Profile | undefined {
  return value.length <= 80 ? kindNamedIn(value, list)?.profile : undefined;
}

/** The kind of note a title (or a front matter type in words) names, if any. */
function kindNamedIn(title: string, profiles: readonly Profile[]): { profile: Profile; format?: boolean; weak?: boolean } | undefined {
  // A practice's name before the dash ("Northfield Psychological Group — Progress Note (GIRP)") names no kind: what
  // follows it does ("Group — Progress Note" is no group progress note).
  const practice = titleHead(title);
  // (So does a service's or project's name of two or more words: "Docks Community Project – Dockside Men's Group" is
  // the group's; a field's one-word label is no name, "Practice: North Shore Counseling Group — on-call line".)
  const head = practice ? withoutAside(practice) : undefined;
  const namesNoKind = !!head && (PRACTICE.test(head) || (SERVICE_NAME.test(head.trim()) && /\S\s+\S/.test(practice!.trim())));
  const t = namesNoKind ? title.slice(title.indexOf(practice!) + practice!.length).replace(/^\s*[—–:|-]+\s*/, '') : title;
  // A title's head that ends in "Group" names a group ("Young Carers Group — Session 5 of 8"), unless it is a
  // supervision or consultation group.
  // (Not a bracketed aside's "Group": "Practice counsellor note (attached to Riverside Medical Group)".)
  const named = withoutAside((titleHead(t) ?? t).trim());
  if (GROUP_HEAD.test(named) && !NOT_A_MEMBERS_GROUP.test(named) && !PRACTICE.test(named)) {
    const group = profiles.find((p) => p.id === 'group');
    if (group) return { profile: group };
  }
  const tokens = tokenize(t);
  // Of the kinds the title names, the one named first ("Phone check-in — safety plan review" is a contact record).
  let first: { profile: Profile; at: number; weak?: boolean } | undefined;
  // A session named in general words ("check-in", "session note") yields to any other kind the title names:
  // "Telephone contact — between-session check-in" is a contact record.
  let session: { profile: Profile } | undefined;
  const kinds: Profile[] = [];
  for (const p of profiles) {
    let at = -1;
    let format = false;
    let strong = false;
    let firm = false;
    for (const c of p.titleCues) {
      const i = namedAt(tokens, titleCue(c), p.notAfter, p.notBefore);
      if (i < 0) continue;
      if (at < 0 || i < at) at = i;
      format ||= FORMAT_NAMES.has(c);
      strong ||= !p.weakTitleCues?.includes(c);
      firm ||= !!p.firmTitleCues?.includes(c);
    }
    if (at < 0) continue;
    // A format named anywhere in it wins: "Family Therapy Progress Note (PIRP)" is a PIRP note.
    if (format) return { profile: p, format };
    if (p.id === 'progress' && !firm) session ??= { profile: p };
    else if (!first || at < first.at) first = { profile: p, at, weak: !strong };
    kinds.push(p);
  }
  // A variant named beside its base is the variant: "Individualized Treatment Plan — 90-Day Review" is a review.
  const variant = first && kinds.find((p) => p.basedOn === first!.profile.id);
  if (variant) return { profile: variant };
  return first ? { profile: first.profile, ...(first.weak && { weak: true }) } : session;
}

const SERVICE_NAME = /\b(?:service|services|team|centre|center|programme|program|project|clinic|practice|unit|department|trust|hospital|surgery)$/i;

/** A line that names a service (its last word "Service", "Team", "Clinic") and no kind of note. */
function namesService(line: string): boolean {
  const t = line.trim().replace(/[*_]+/g, '').trim();
  // Each of its parts names a service or no kind: "FARM STRESS LINE - FOLLOW-UP COUNSELLING PROGRAM" names a program
  // (not "Home visit — Adult Social Care, Older People's Team", nor "Alcohol Care Team — Brief Intervention, Emergency
  // Department": a visit and an intervention, named first).
  return SERVICE_NAME.test(t) && !NOTE_KIND_WORDS.test(t) &&
    t.split(/\s[—–|-]\s|,\s/).every((part) => SERVICE_NAME.test(part.trim()) || !kindNamedIn(part.trim(), profiles));
}

/** Text of one or two lines, each naming a service and no kind of note. */
function serviceLinesOnly(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 2 && lines.every(namesService);
}

/** Nothing but front matter and blank lines before a heading (so that adding front matter does not change the type). */
function opensNote(note: Note, sec: Note['sections'][number]): boolean {
  const from = note.frontMatter ? note.frontMatter.range.end : 0;
  return !note.text.slice(from, sec.heading.start).trim();
}

/** A note with no title or format that counts its session in the course of treatment ("Individual session #5"). */
function numberedSession(note: Note): boolean {
  const start = note.frontMatter ? note.frontMatter.range.end : 0;
  // (Counted in characters of the text with LF line breaks, so that CRLF reaches as far.) A number must start within
  // the head, but what follows it is read too: cut at the limit, "session 11/21" would read as "session 11".
  // (Emphasis marks dropped: "**Session** 6 of 12".)
  const text = note.text.slice(start, start + 2 * NUMBERED_SESSION_CHARS + 40).replace(/\r\n?/g, '\n').replace(/[*_]+/g, '');
  // (Or in the front matter's fields: "contact: 5 of 8 planned sessions".)
  const fm = note.frontMatter ? note.text.slice(note.frontMatter.contentStart, note.frontMatter.range.end) : '';
  return NUMBERED_SESSION.some((re) => {
    const m = re.exec(text);
    return (!!m && m.index < NUMBERED_SESSION_CHARS) || (!!fm && re.test(fm));
  });
}

/** A running record: paragraphs or list items that each open with a session's date. */
function datedEntries(note: Note): boolean {
  let n = 0;
  for (const b of note.blocks) {
    if ((b.kind === 'paragraph' || b.kind === 'listItem') && !b.quoted && DATED_ENTRY.test(b.text) && ++n >= DATED_ENTRIES) return true;
  }
  return false;
}

/** Title cues, compiled once: every lint reads the title against every note type's cues. */
const titleCueCache = new Map<string, Cue>();
function titleCue(source: string): Cue {
  let c = titleCueCache.get(source);
  if (!c) titleCueCache.set(source, (c = compileCue(source)));
  return c;
}

/** Where a title cue names the note (-1: nowhere), not where it dates it: a "Post-discharge follow-up" is no
 * discharge summary. */
function namedAt(tokens: Token[], cue: Cue, notAfter?: readonly string[], notBefore?: readonly string[]): number {
  for (let i = findCue(tokens, cue, 0, true); i >= 0; i = findCue(tokens, cue, i + 1, true)) {
    if (notBefore?.includes(tokens[i + cue.parts.length]?.word ?? '')) continue;
    if (i === 0 || (!NOT_THE_KIND_AFTER.has(tokens[i - 1].word) && !notAfter?.includes(tokens[i - 1].word))) return i;
  }
  return -1;
}

const CODE = /\b9\d{4}\b/g;

/** The service a billing block names ("CPT 90837", "Individual therapy (90834)", "| CPT | 90847 |"). */
function fromServiceCode(note: Note, profiles: readonly Profile[]): Profile | undefined {
  for (const b of note.blocks) {
    if (b.quoted) continue;
    CODE.lastIndex = 0;
    for (let m = CODE.exec(b.text); m; m = CODE.exec(b.text)) {
      const id = SERVICE_CODES[m[0]];
      if (!id) continue;
      const from = b.text.lastIndexOf('\n', m.index) + 1;
      const to = b.text.indexOf('\n', m.index);
      const line = b.text.slice(from, to < 0 ? b.text.length : to);
      const billed = BILLING_WORDS.test(line) || b.text[m.index - 1] === '(' || (b.rowLabel && !!b.label && BILLING_WORDS.test(b.label));
      const p = billed ? profileById(id, profiles) : undefined;
      if (p) return p;
    }
  }
  return undefined;
}

/** A paragraph's first line of one to three lower-case words, alone (see fromHeadings). */
const LOWER_HEAD_LINE = /^([a-z][a-z/&]*(?: [a-z/&]+){0,2})[ \t]*\n/;

/** The note type its headings reveal, and whether they are the format's own: a section not `everyday`, a letter ("G:",
 * "S —"), or all its sections with hardly anything else among them. */
function fromHeadings(note: Note, a: Analysis, profiles: readonly Profile[]): { profile: Profile; distinctive: boolean } | undefined {
  let best: { profile: Profile; distinctive: boolean } | undefined;
  let bestScore = 0;
  let bestSpelt = 0;
  // Headings, then "S: Pt reports..." / "**Plan:** RTC 2 wks" (inline labels with content), in the order written, read
  // once for every profile.
  // (`within`: the section under its own heading that holds a label: "Psychoeducation:" under INTERVENTION.)
  // (`letter`: a one-letter head or label, "D:" or "## R", which a format either has or does not.)
  // (`lead`: the head opens on its letter before the word, "S (Subjective):", "D — Data".)
  const marks: { at: number; matches: (alias: string) => boolean; within?: number; letter?: string; lead?: boolean }[] = [];
  for (const sec of note.sections) {
    // Empty or template-only sections do not reveal the type (and inserting a template must not change it).
    if (sec.isTitle || !sec.hasContent) continue;
    const first = tokenize(sec.title)[0]?.word;
    const letter = first?.length === 1 && sectionMatches(a, sec, first) ? first : undefined;
    marks.push({ at: sec.heading.start, matches: (al) => sectionMatches(a, sec, al), letter, lead: LETTER_LEAD.test(note.text.slice(sec.heading.start, sec.heading.start + 40).replace(/^#+[ \t]*/, '')) });
  }
  note.blocks.forEach((b, k) => {
    // (A label alone on its line heads the list below it: "i:" then "- reviewed the hierarchy".)
    const headsList = b.kind === 'paragraph' && note.blocks[k + 1]?.kind === 'listItem' && note.blocks[k + 1].content;
    // A head in lower case alone on the first line of its paragraph, the text right below it ("subjective" then
    // "lachie came straight off shift"): the parser keeps it as text (a lone "ok" is no heading), but it marks a
    // format's section like any other head; one such line alone types nothing, as the formats need several of their
    // sections in order.
    if (!b.label && b.kind === 'paragraph' && !b.quoted) {
      const line = LOWER_HEAD_LINE.exec(b.text)?.[1];
      if (line) marks.push({ at: b.range.start, matches: (al) => labelMatches(line, al) });
    }
    if (!b.label || !(b.content || headsList) || (b.kind === 'tableCell' && !b.rowLabel)) return;
    // A list item numbered by its label ("- Goal 1: ...", "- Problem 2: ...") is one item of a list, not a format's section.
    if (b.kind === 'listItem' && NUMBERED_ITEM.test(b.label)) return;
    const sec = note.sections[b.section];
    const letter = /^[A-Za-z]$/.test(b.label.trim()) ? b.label.trim().toLowerCase() : undefined;
    marks.push({ at: b.range.start, matches: (al) => labelMatches(b.label!, al), within: sec && !sec.isTitle ? b.section : undefined, letter, lead: LETTER_LEAD.test(note.text.slice(b.range.start, b.range.start + 40)) });
  });
  // "S: ... O: ... A: ... P: ..." run on in one paragraph: a format's one-letter labels after the first.
  // (Not a person's initial the note also writes as a name: "D. came out to the kitchen ... D: pills make him slow".)
  // (Read only when a one-letter label runs on: most notes have none, and the note's text is long.)
  let initials: Set<string> | undefined;
  for (const l of a.inlineLabels) {
    if (l.whole || l.block.quoted || !/^[A-Z]$/.test(l.label) || l.block.label === l.label || (initials ??= nameInitials(note.text)).has(l.label)) continue;
    const t = l.block.text;
    let i = t.indexOf(`${l.label}: `);
    while (i > 1 && !(/\s/.test(t[i - 1]) && '.!?"”)'.includes(t[i - 2]))) i = t.indexOf(`${l.label}: `, i + 1);
    if (i > 1) marks.push({ at: l.block.range.start + i, matches: (al) => labelMatches(l.label, al), letter: l.label.toLowerCase() });
  }
  marks.sort((x, y) => x.at - y.at);
  const noteLetters = marks.flatMap((m) => (m.letter ? [m.letter] : []));
  const shared = sharedLetters(profiles);
  for (const p of profiles) {
    if (!p.sections.length) continue;
    // A letter two formats give to different sections ("S": SOAP's Subjective, SIRP's Situation) names this format's
    // only beside another of its letters: "S: ... O: ..." is SOAP's, a lone "S:" (a goal's code) neither's.
    const own = letterSet(p);
    const alone = (m: { letter?: string }) => !!m.letter && shared.has(m.letter) && !noteLetters.some((l) => l !== m.letter && own.has(l));
    const found = new Set<string>();
    let last = -1;
    let distinctive = false;
    // Whether one of its sections was found by its letter ("S:", "## D").
    let lettered = false;
    const hitAt: number[] = [];
    let firstFound: string | undefined;
    for (const [k, m] of marks.entries()) {
      // A letter two sections share ("P" is PIRP's Problem and its Plan) is the first of them not yet seen that
      // comes after the last section seen, so "P, I, R, P" is all four and "I, R, P" has no Problem.
      const hits = alone(m) ? [] : p.sections.map((ps, i) => ({ ps, i })).filter(({ ps }) => ps.aliases.some(m.matches));
      const hit = hits.find(({ ps, i }) => !found.has(ps.id) && i > last) ?? hits.find(({ ps }) => !found.has(ps.id)) ?? hits[0];
      if (!hit) continue;
      firstFound ??= hit.ps.id;
      found.add(hit.ps.id);
      last = hit.i;
      hitAt.push(k);
      const byLetter = hit.ps.aliases.some((al) => al.length === 1 && m.matches(al));
      if (byLetter || m.lead) lettered = true;
      if (!hit.ps.everyday || byLetter) distinctive = true;
    }
    // Laid out in the format: all its sections, with at most one other heading or label among them.
    // (A label under a section's heading is that section's detail, unless the format's own labels sit beside it.)
    if (found.size === p.sections.length && othersAmong(marks, hitAt) <= 1) distinctive = true;
    const keys = p.inferKey === undefined ? [] : ([] as string[]).concat(p.inferKey);
    if (found.size < p.inferMin || (keys.length && !keys.some((k) => found.has(k)))) continue;
    if (p.inferNotWith?.some((al) => marks.some((m) => m.within === undefined && m.matches(al)))) continue;
    // A format named for its letters' order (G-I-R-P) and not all there opens on its first section: "Response", then
    // "Goals / progress", then "Plan" is a session's progress written after its response, not GIRP's goal.
    if (found.size < p.sections.length && p.inferKey === p.sections[0].id && firstFound !== p.inferKey) continue;
    // A lettered format not all there, its sections named in words (no "D:") among several other heads of the same level:
    // "Data" and "Plan" among "What she brought today", "What we did", "How she responded" are a session note's heads.
    if (found.size < p.sections.length && own.size > 0 && !lettered && othersAmong(marks, hitAt) >= 2) continue;
    // Letters the format does not have, when it is not all there: "D: I: R: P:" is no DAP note with its A missing.
    if (found.size < p.sections.length && strangeLetters(p, marks) >= 2) continue;
    const score = found.size / p.sections.length;
    // A tie goes to the format whose letters the note's one-letter heads spell, in order: "P: ... Goal: ... I: ...
    // R: ... P:" is PIRP written with its goal, not GIRP.
    const spelt = spelledLetters(p, noteLetters);
    const yields = score === bestScore && spelt === bestSpelt && !!best?.profile.yieldsOnTie && !p.yieldsOnTie;
    if (score > bestScore || (score === bestScore && spelt > bestSpelt) || yields) {
      best = { profile: p, distinctive };
      bestScore = score;
      bestSpelt = spelt;
    }
  }
  return best;
}

/** How many other heads or labels of the same level stand between a format's first and last section found (`hitAt`:
 * their indexes in `marks`). */
function othersAmong(marks: readonly { within?: number }[], hitAt: readonly number[]): number {
  const level = new Set(hitAt.map((k) => marks[k].within));
  return marks.slice(hitAt[0], hitAt[hitAt.length - 1] + 1).filter((m, k) => !hitAt.includes(hitAt[0] + k) && (m.within === undefined || level.has(m.within))).length;
}

/** A head that opens on a format's letter before its word: "S (Subjective)", "D — Data", "A) Assessment". */
const LETTER_LEAD = /^[*_\s]*[A-Z](?:[ \t]*[(\u2013\u2014-][ \t]*|\)[ \t]*|[ \t]*[:.][ \t]+)[A-Z][a-z]/;

/** Capital letters the note writes as a person's initial: "D. came out", "D.'s cell" (not "A. Plan:"). */
function nameInitials(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z])\.(?:['’]s\b| (?:came|said|says|reports|reported|was|is|has|had|agreed|declined|denies|denied|nodded|listed|tried|asked|told|went|left|arrived)\b)/g)) out.add(m[1]);
  return out;
}

/** A format's one-letter heads ("s", "o", "a", "p" for SOAP). */
function letterSet(p: Profile): Set<string> {
  return new Set(p.sections.flatMap((ps) => ps.aliases.filter((al) => al.length === 1).map((al) => al.toLowerCase())));
}

const sharedOf = new WeakMap<readonly Profile[], Set<string>>();
/** Letters two formats give to sections of different ids ("s": subjective and situation). */
function sharedLetters(profiles: readonly Profile[]): Set<string> {
  let out = sharedOf.get(profiles);
  if (out) return out;
  const byLetter = new Map<string, Set<string>>();
  for (const p of profiles) for (const ps of p.sections) for (const al of ps.aliases) if (al.length === 1) {
    const l = al.toLowerCase();
    byLetter.set(l, (byLetter.get(l) ?? new Set()).add(ps.id));
  }
  out = new Set([...byLetter].filter(([, ids]) => ids.size > 1).map(([l]) => l));
  sharedOf.set(profiles, out);
  return out;
}

/** How many of the note's one-letter heads, in order, are the format's letters in its order. */
function spelledLetters(p: Profile, letters: readonly string[]): number {
  let n = 0;
  p.sections.forEach((ps, i) => {
    const own = ps.aliases.find((al) => al.length === 1)?.toLowerCase();
    if (own && letters[i] === own) n++;
  });
  return n;
}

/** How many one-letter heads or labels of the note are none of the format's letters. */
function strangeLetters(p: Profile, marks: readonly { letter?: string }[]): number {
  let n = 0;
  for (const m of marks) if (m.letter && !p.sections.some((ps) => ps.aliases.includes(m.letter!))) n++;
  return n;
}

/** A profile section alias matches a heading that starts with it; one-letter aliases ("S", "P") only alone. */
export function sectionMatches(a: Analysis, sec: Note['sections'][number], alias: string): boolean {
  if (alias.length === 1) {
    const words = tokenize(sec.title);
    return words.length >= 1 && words[0].word === alias && (words.length === 1 || /^\w\s*[(:\-–—]/.test(sec.title));
  }
  return a.headingStartsWith(sec, alias);
}

function labelMatches(label: string, alias: string): boolean {
  // "Goal(s) addressed this session" is "goals addressed".
  const l = label.toLowerCase().trim().replace(/\(s\)/g, 's');
  if (l === alias) return true;
  // "S – Situation", "D — Data": the format's letter, then its word.
  const lead = /^([a-z])[ \t]*[\u2013\u2014-][ \t]*(?=([a-z]))/.exec(l);
  if (lead && lead[1] === lead[2] && labelMatches(l.slice(lead[0].length), alias)) return true;
  // (Not a field that names an attribute of it: "Problem descriptor: Depression", "Plan type: individual".)
  return alias.length > 1 && l.startsWith(alias + ' ') && !FIELD_ATTRIBUTES.has(l.slice(alias.length + 1).split(' ')[0]);
}

/** A label that numbers its item: "Goal 1", "Goal #2", "Objective 1a", "Problem 3". */
const NUMBERED_ITEM = /^[A-Za-z][A-Za-z -]{0,30}\s#?\d{1,2}[a-z]?$/;

/** Words after a section's name that make a label a form's field about it rather than the section. */
const FIELD_ATTRIBUTES = new Set(['descriptor', 'code', 'codes', 'category', 'type', 'id', 'number', 'date', 'dates']);
