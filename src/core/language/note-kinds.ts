import { MONTH, WEEKDAY } from './dates.js';
// Words that name a kind of note, read where a line may be the note's title rather than its content.

/** The nouns that name a kind of note: "Progress Note", "Intake assessment", "Discharge summary", "Group session". */
const KIND_NOUNS = 'note|notes|assessment|summary|plan|report|record|intake|evaluation|session|review|group|letter|contact';
export const NOTE_KIND_WORDS = new RegExp(`\\b(?:${KIND_NOUNS})\\b`, 'i');

/**
 * A note with no title that opens by naming itself: two to six words ending in a kind of note, then whom it is for
 * ("Termination session and discharge summary for Hannah W., 38, seen for the sixteenth and final session ...").
 */
export const OPENS_NAMING_KIND = new RegExp(`^((?:[A-Za-z][\\w'-]*,?\\s+){1,5}(?:${KIND_NOUNS}))\\s+(?:for|of|with|completed|conducted|held)\\s`, 'i');

/**
 * An all-capitals or bold first line that names the note ("CASE CLOSURE / DISCHARGE SUMMARY", "**Group Therapy
 * Note**"): two words or more, one of them a kind of document. "PLAN", "ASSESSMENT" or "RISK ASSESSMENT" alone head
 * a section.
 */
export function namesNoteKind(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length >= 2 && t.split(/\s+/).length <= 10 && /\b(?:note|notes|summary|report|intake|evaluation|review)\b/i.test(t);
}

/**
 * A form's field that says what kind of note it is ("Note type: Progress note", "SERVICE: Individual therapy",
 * "| Type of contact | Phone |"): its entry is read as the note's title.
 */
// A letter's subject line names it too: "Re: Ms T. — end of counselling".
export const NOTE_KIND_FIELD = /^(?:(?:note|document|form|service|session|visit|encounter)(?: type| template)?|contact type|type of (?:note|document|service|session|visit|encounter|contact)|re|subject)$/i;

/**
 * A first line that opens on the goal a session worked on ("Goal addressed (tx plan goal 2): ...", "Treatment plan
 * goal 1 -", "Objectives worked on:"): the plan it names is where the goal comes from, not what the note is. (Not a
 * review or setting of goals, which may be the note's own kind.)
 */
export const GOAL_REFERENCE = /^[\s*_#>-]*(?:(?:tx|treatment|care|service)\s+plan\s+)?(?:goals?|objectives?)\b(?!\s*(?:review|setting|planning|plan\b))/i;

/**
 * Words before a kind of note that make it a time, not the kind: "Post-discharge follow-up", "After intake",
 * "Following termination of the group" are sessions after that event.
 */
export const NOT_THE_KIND_AFTER: ReadonlySet<string> = new Set(['post', 'after', 'following', 'since']);

/**
 * Progress-note formats with sections of their own that no built-in type lays out: PAIP (Problem, Assessment,
 * Intervention, Plan), DART (Description, Assessment, Response, Treatment plan). A title naming one makes the note a
 * progress note, whose headings are not then read as another format's (PAIP's are close to PIRP's).
 */
export const FORMAT_NAMES: ReadonlySet<string> = new Set(['paip', 'dart']);

/**
 * A session counted in the course of treatment, near the top of a note with no title or format of its own:
 * "Individual session #5", "Session 6", "Third medical family therapy session", "his second mental health contact",
 * "2nd of the sessions we agreed on", "2nd time seeing t.", "EAP #3 of 6", "visit 4 of 8". The client
 * is in ongoing treatment, so the note is a progress note. The first session (an intake) is not counted, nor a date or
 * a time after the word ("Session: 05/07/2025", "session 10:00", "Next session 28 Feb").
 */
export const NUMBERED_SESSION = [
  // (Not the next one's date: "Next session 28 Feb, 11:00".)
  // ("session: 9", a form's or the front matter's field.)
  // ("Session nine I think", a dictated count; "care mgmt visit #3"; "Contact #: 4th"; not "a PCP visit 2 weeks ago".)
  /(?<!\bnext[ \t])\b(?:session|sess\.?|visit|contact)[ \t]?(?:#:?[ \t]?|no\.?:?[ \t]?|number:?[ \t]|:[ \t]?)?(?:[2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:st|nd|rd|th)?\b(?![ \t]?[/:.]\d|[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[ \t]+(?:weeks?|days?|months?|years?|hours?|hrs?|min(?:ute)?s?|times|[ap]\.?m\b))/i,
  /\b(?!1st\b)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:sessions?|contacts?|visits?|appointments?|meetings?|time[ \t]+(?:seeing|meeting|working[ \t]+with))\b/i,
  // A place in a course of so many ("#3 of 6"; not a date, "visit 3/7").
  /(?:\b(?:visit|appt|appointment|meeting|mtg)\.?[ \t]?#?|#)[ \t]?(?:[2-9]|[1-9]\d)[ \t]of[ \t]\d{1,2}\b/i,
  // "5 of 8 planned sessions", "3 of 12 sessions".
  /\b(?:[2-9]|[1-9]\d)[ \t]of[ \t]\d{1,2}[ \t]+(?:(?:planned|scheduled|authori[sz]ed|agreed|funded|contracted)[ \t]+)?(?:sessions|visits|appointments)\b/i,
];

/**
 * A running record's entry opens with its session's date ("3/4/25 (50 min, in office). Marcus back after...", "**12
 * Mar** — phone"): a note of two or more such entries, with no title or format, is a progress record.
 */
export const DATED_ENTRY = new RegExp(
  `^(?:${WEEKDAY},?[ \\t]+)?(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[ \\t]+${MONTH}\\b\\.?|${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)(?![\\d/:-])`,
  'i',
);

/** How many dated entries make a running record. */
export const DATED_ENTRIES = 2;

/** How far into a note a session's number is looked for (its header, not a history further down). */
export const NUMBERED_SESSION_CHARS = 600;

/**
 * A letter that says near its top that it closes the work ("I am writing to summarize our work together and to close
 * your episode of care", "to let you know that I have discharged ..."): a closing summary, whatever its title.
 */
/**
 * A letter that says near its top that it is the plan ("I am writing our treatment plan down as a letter", "this letter
 * sets out your care plan"): a treatment plan, whatever its title.
 */
export const PLAN_PURPOSE =
  /\b(?:writing|write|wrote|set(?:ting|s)?\s+out|putting|put)\s+(?:down\s+)?(?:our|your|the|this)\s+(?:initial\s+|new\s+)?(?:treatment|care|support|therapy)\s+plan\b|\b(?:sum\s+up|summari[sz]e|set\s+out|put\s+in\s+writing)\s+(?:our|the|this)\s+review\s+of\s+(?:your|our|the)\s+(?:treatment\s+|care\s+|support\s+|therapy\s+)?plan\b/i;

/** Of those, one that reviews the plan ("to sum up our review of your plan"): a plan review. */
export const PLAN_REVIEW_PURPOSE = /\breview\s+of\s+(?:your|our|the)\s+(?:treatment\s+|care\s+|support\s+|therapy\s+)?plan\b/i;

export const CLOSING_PURPOSE =
  /\b(?:to\s+)?(?:close|closing|end|ending|conclude|concluding)\s+(?:your|the|his|her|their|our)\s+(?:episode\s+of\s+care|case|file|treatment|therapy|counsell?ing|work\s+together)\b|\bI\s+have\s+(?:now\s+)?discharged\b|\b(?:has|have)\s+(?:now\s+)?(?:come|came)\s+to\s+(?:its|an|a)\s+(?:planned\s+|natural\s+)?end\b|\bsummar(?:y\s+of|ise|ize)\s+(?:our|the|your)\s+work\s+(?:we\s+(?:have\s+)?done\s+)?together\b|\b(?:our|your|the)\s+(?:sessions|work|counsell?ing|therapy)\s+(?:has|have)\s+(?:now\s+)?(?:ended|finished)\b|\b(?:at|after|in)\s+our\s+final\s+(?:session|appointment|meeting)\b|\b(?:has|have)\s+(?:now\s+)?been\s+discharged\b|\b(?:has|have)\s+(?:now\s+)?(?:completed|finished)\s+(?:(?:a|the|his|her|their)\s+)?(?:course\s+of\s+)?(?:treatment|therapy|counsell?ing)\b(?!\s+for\b)|\b(?:completed|attended)\s+(?:her|his|their|our|the)\s+(?:final|last)\s+(?:session|appointment)\b/i;
