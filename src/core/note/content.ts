// What counts as the clinician's own words, as opposed to template scaffolding.
import { PLACEHOLDER } from '../language/placeholders.js';

/** Whether a whole value (trimmed) means "not written yet": a config adds its own words (read/language.ts). */
export type PlaceholderTest = (value: string) => boolean;

export const builtinPlaceholder: PlaceholderTest = (v) => PLACEHOLDER.test(v);

/** A reviewer's comment written into the note ("[Sup – KW]: Where is her rating today?", "Supervisor comment: ..."):
 * words about the note, not the clinician's documentation. */
const REVIEW_COMMENT = /^(?:\[(?:sup|supervisor|reviewer|review|comment|feedback|cosigner|co-signer)\b[^\]\n]{0,40}\]|(?:supervisor|reviewer|cosigner|co-signer)(?:'s)? (?:comments?|notes?|feedback))\s*:/i;
/** A whole bracketed comment signed with initials ("[Nice. You still need a section on your assumptions. NR]",
 * "[Good repair — HM]"): a reviewer's words in the note. */
export const SIGNED_COMMENT = /^\[[^\]]{1,600}[\s—–-](?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.?)\]$/;

/** A form's blanks with only their separators between: "____/____/20___", "_______ to _______", "__:__ am/pm". */
const BLANK_FORM = /^(?=[^_]*_)(?:[\s_/.:\-–]|(?:19|20)(?=_)|\b(?:to|am|pm|hrs?|mins?)\b)*$/i;

/** Whether a block's plain text says something beyond labels, placeholders and blanks. */
export function isContentText(text: string, placeholder: PlaceholderTest = builtinPlaceholder): boolean {
  // (Read before the underscores go: a form's blanks with their separators, "Date: ____/____/20___".)
  // (Every block's text comes here on every lint: only one with an underscore is tried.)
  if (text.includes('_')) {
    const raw = text.trim();
    if (BLANK_FORM.test(raw) || BLANK_FORM.test(raw.replace(/^[^:\n]{1,80}:/, ''))) return false;
  }
  const t = text.replace(/\s+/g, ' ').replace(/[*_]/g, '').trim();
  if (!t) return false;
  if (REVIEW_COMMENT.test(t) || SIGNED_COMMENT.test(t)) return false;
  if (saysNothing(t, placeholder)) return false;
  // "Family:" alone is a label; "Family: TBD" a label and a placeholder; "Risk: no change from previous note" too.
  const label = /^([^:]{1,80}):(.*)$/.exec(t);
  if (label && (!label[2].trim() || saysNothing(label[2].trim(), placeholder))) return false;
  // A run of labels with nothing after them ("Date: Time: Modality:").
  if (onlyLabels(t)) return false;
  return true;
}

/**
 * A value that documents nothing for this session: a placeholder, "not done", or a pointer to an earlier note; or
 * sentences that each say nothing ("See intake. No changes.").
 */
function saysNothing(v: string, placeholder: PlaceholderTest): boolean {
  if (saysNothingOnce(v, placeholder)) return true;
  // Every block's text comes here on every lint: a paragraph longer than a few such sentences is not split.
  if (v.length > 400) return false;
  const parts = v.split(/(?<=[.;])\s+/);
  return parts.length > 1 && parts.length <= 4 && parts.every((p) => saysNothingOnce(p, placeholder));
}

function saysNothingOnce(v: string, placeholder: PlaceholderTest): boolean {
  if (placeholder(v)) return true;
  // "TBD – revisit at next group", "TBD (awaiting records)": a placeholder with a reason it waits is still unwritten.
  // So is one after a few words that name what waits ("Next steps TBD — waiting on the caseworker"), and "n/a — no concerns".
  // "Next steps to be decided with treatment team on Friday": the same, waiting on someone.
  // ("Continue — TBD pending dietitian review": a word and a dash before it, a reason after it.)
  if (/^(?:[a-z'/-]+[\s–—,]+){0,3}(?:(?:tbd|tba|tbc|n\/?a|todo|to ?do|to be (?:determined|completed|added|discussed))(?:\s*[-–—,;:(.]|\s+(?:pending|until|awaiting|once|after)\b)|to be (?:decided|confirmed|arranged|determined|discussed|finali[sz]ed|agreed)\b)/i.test(v)) return true;
  // "Details TBD next time.": the same, with when it will be written.
  if (/^(?:[a-z'/-]+[\s–—,]+){0,3}(?:tbd|tba|tbc)\s+(?:next|later)\b/i.test(v)) return true;
  // "No goals were set today.", "None identified": a section that says it was not done.
  // ("Clinician reflection: none recorded this session.")
  if (/^(?:no|none)\b[^.]{0,60}\b(?:set|discussed|assessed|addressed|identified|explored|established|reviewed|completed|done|obtained|made|recorded|documented|noted|raised)\b[^.]{0,30}\.?$/i.test(v)) return true;
  // "Not assessed today", "not discussed this session": the same, said the other way round.
  if (/^not\s+(?:yet\s+)?(?:formally\s+)?(?:assessed|addressed|discussed|reviewed|completed|done|screened|explored|covered)\b[^.]{0,30}\.?$/i.test(v)) return true;
  // "Counsellor reflections: to bring to supervision.": the work itself, put off to a later conversation.
  // ("To consider in supervision at some point.")
  if (/^(?:to\s+)?(?:bring|take|raise|consider|discuss|explore|reflect\s+on)\s+(?:(?:this|it)\s+)?(?:to|in|at)\s+(?:supervision|consultation|the\s+team|team\s+meeting)(?:\s+at\s+some\s+point|\s+later|\s+next\s+time|\s+soon)?\.?$/i.test(v)) return true;
  // "Risk assessment and safety planning being managed by inpatient team": someone else's work, not this note's.
  if (/^[^.;]{0,60}\b(?:being|is|are)\s+(?:managed|handled|addressed|followed|covered)\s+by\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:team|unit|ward|service|provider|psychiatrist|clinician|staff|hospital)[.;]?$/i.test(v)) return true;
  // "No change from previous note", "See last session's note", "Unchanged since intake.": copied forward from an
  // earlier record, so nothing is written for this one.
  // ("See intake (denied SI 03/2024).": what an earlier record said, in brackets, is still that record's.)
  if (/^(?:no change|no changes|no updates?|unchanged|same|as per|see)\b[^.]{0,40}\b(?:(?:previous|prior|last|earlier)\s+(?:note|session|visit|entry|review|assessment|plan)(?:'s note)?|intake|admission|referral|initial\s+(?:assessment|plan|session))(?:\s?\([^()\n]{0,60}\))?\.?$/i.test(v)) return true;
  if (/^(?:no (?:changes?|updates?)(?: noted| since)?|unchanged|same|same as before)[.;]?$/i.test(v)) return true;
  // "Non-contributory.": the record's word for nothing of note, which says nothing of what was asked.
  if (/^(?:non-?\s?contributory|not\s+contributory|noncontributory)\.?$/i.test(v)) return true;
  // "P: Continue.", "Continue current plan", "Cont. POC", "Continue as per plan": the plan carried on, with nothing
  // said of what comes next.
  if (/^(?:cont(?:inue)?\.?|ongoing)(?:\s+(?:with\s+)?(?:the\s+)?(?:current\s+|same\s+)?(?:plan|plan of care|poc|tx|treatment|tx plan|treatment plan|services|as (?:planned|above|before|is)|(?:as\s+)?per\s+(?:the\s+)?(?:plan|care plan|tx plan|treatment plan|tp|poc|itp|isp)))?[.;]?$/i.test(v)) return true;
  // "Some barriers remain. To be explored.": that there are some, and that they wait, is all it says.
  if (/^(?:to be (?:explored|assessed|reviewed|identified)(?: further)?|(?:some|a few|several|various|ongoing) (?:barriers|issues|concerns|challenges|difficulties|obstacles) (?:remain|persist|exist|noted|identified))\.?$/i.test(v)) return true;
  // "Grand, we'll see how she gets on.", "We'll see how the week goes and decide.": waiting to see, with no step named.
  if (/^(?:(?:grand|ok|okay|fine|right)[,.!]?\s)?(?:we['’]ll|we will|will)\s+see\s+how\s+(?:she|he|they|it|things|(?:the|this|next)\s+(?:week|month|fortnight))\s+(?:go(?:es)?|gets?\s+on)(?:\s+and\s+(?:decide|review|take\s+it\s+from\s+there|go\s+from\s+there))?\.?$/i.test(v)) return true;
  // "Will f/u.", "To follow up as needed.": a follow-up that names no step, no one and no time.
  if (/^(?:(?:will|to|plan to|plan)\s+)?(?:f\/u|follow[- ]?up)(?:\s+(?:as needed|prn|later))?\.?$/i.test(v)) return true;
  // "Carry on as we are and see how she goes.", "Continue and monitor.": the same, in plain words.
  if (/^(?:carry on|continue|keep going)(?:\s+as\s+(?:we are|is|before|planned|usual))?(?:\s+and\s+(?:see how (?:she|he|they|it|things) go(?:es)?|monitor|review))?\.?$/i.test(v)) return true;
  // "Student was present and participated in session.", "Client attended.": a stock line that the client came, not
  // how they responded.
  if (/^(?:(?:the\s+)?(?:client|pt|patient|student|member|participant|youth|child|she|he|they)\s+)?(?:was\s+|were\s+)?(?:present|attended|participated|engaged)(?:\s+and\s+(?:participated|engaged|was engaged|cooperative))?(?:\s+(?:in|during|throughout)\s+(?:the\s+)?(?:session|group|today's session))?\.?$/i.test(v)) return true;
  // "See triage note 9/18", "Refer to last progress note (04 Mar)", "See previous plan", "See individual charts", "Per
  // ED service admission assessment", "As above", "see intake, no change", "See referral letter.", "As per February plan - not
  // re-reviewed.", "Group goals: see programme handbook" (a group's protocol): the entry is written elsewhere, not in this
  // note.
  return /^(?:(?:please\s+)?(?:see|refer to|as documented in|documented in|per|as per)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:note|notes|assessments?|intake|records?|charts?|files?|forms?|screening|screen|evaluation|eval|plan|review|summary|report|letter|referral|documentation|paperwork|questionnaire|handbook|protocol|manual|guide|curriculum)(?:\s+(?:dated|of|from|on))?(?:\s+\(?(?:[\d/.-]{3,10}|\d{1,2}\s[a-z]{3,9}\.?(?:\s\d{2,4})?|[a-z]{3,9}\.?\s\d{1,2}(?:,?\s\d{2,4})?)\)?)?|as above|see above|see below)(?:\s?[,;–—-]\s?(?:no changes?|unchanged|nothing new|not (?:re-?)?(?:reviewed|assessed|updated|revisited)(?: today| this (?:session|time|review))?))?\.?$/i.test(v);
}

/** "Date: Time: Modality:": labels of up to 40 characters, each with its colon, and nothing else. Written as a
 * loop: as a regular expression (`^(?:[^:]{1,40}:\s*)+$`) it takes exponential time on "A: A: A: ... x". */
function onlyLabels(t: string): boolean {
  if (!t.endsWith(':')) return false;
  const parts = t.slice(0, -1).split(':');
  return parts.every((p, i) => (i === 0 ? p : p.trimStart()).length >= 1 && (i === 0 ? p : p.trimStart()).length <= 40);
}

