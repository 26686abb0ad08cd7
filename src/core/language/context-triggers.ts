// The ConText lexicon: words that change what a cue near them asserts (src/core/read/context.ts is the algorithm).
// Facts from: NegEx (Chapman et al. 2001, "A simple algorithm for identifying negated findings and diseases in
// discharge summaries": triggers, pseudo-triggers, terminators, a window of words) and ConText (Harkema et al. 2009,
// "ConText: an algorithm for determining negation, experiencer, and temporal status from clinical reports":
// categories, directions, scope to the end of the sentence or a terminator); medspaCy's published English rules were
// read for comparison. The wording is Clinote's own, chosen for psychotherapy notes rather than radiology reports.
//
// Categories (what a cue in a trigger's scope is):
// - `negated`      absent: "no", "not", "without" ("no goals were set")
// - `denied`       the client denies it, or a screen or test came back negative: "denies SI", "SI: denied",
//                  "negative for SI", "UDS negative" (a screen that was done, so most dimensions still count it;
//                  only a trigger condition reads it as absence)
// - `unexplored`   the clinician did not look: "not assessed", "did not ask about", "family ... not explored"
// - `deferred`     planned for later, not done: "will assess family next time", "goals to be set", "deferred"
// - `hypothetical` "if", "should she", "in case": a condition, not a fact
// - `historical`   "history of", "in the past", "previously": true once, maybe not now
// - `undecided`    a next step left open: "f/u prn", "next steps to be determined", "will revisit it at some point",
//                  "see how he goes": what comes next is not yet a plan (only the plan reads this)
// - `exercise`     within one exercise in the session: "rated 6/10 before and 3/10 after", "SUDS 70 → 40 across
//                  trials": the response to what was done today, not a change over the course of treatment
// - `other`        the experiencer is another person: "her brother", "mother's", "partner reports he"
// Directions: `forward` (the words after the trigger), `backward` (the words before it), `bidirectional`, and
// `terminate`: a term that ends the scopes of its category (`all`: every category) within a sentence. Every scope
// also ends at the end of its sentence and after `window` words (default 6). A `pseudo` entry is a phrase that holds a
// trigger word but is no trigger ("no change in", "not only"): a trigger of its category that overlaps it is ignored.
// Terms are words matched on their stems, as cues are ("denies" is "deny", "assessed" is "assess"); a contraction
// ending in n't and "cannot" are read as "not".
import { PEOPLE_AROUND } from './people-around.js';

export type ContextCategory = 'negated' | 'denied' | 'unexplored' | 'deferred' | 'undecided' | 'hypothetical' | 'historical' | 'exercise' | 'other';
export type ContextDirection = 'forward' | 'backward' | 'bidirectional' | 'terminate';

export interface ContextTrigger {
  term: string;
  category: ContextCategory | 'all';
  direction: ContextDirection;
  /** Words the scope reaches at most (default 6). */
  window?: number;
  /** Not a trigger: a phrase that blocks the triggers of its category it overlaps. */
  pseudo?: true;
  /**
   * A trigger in two parts ("no ... discussed"): a forward trigger that reaches a cue only when one of these words
   * follows the cue within the window, in the same scope. "No family discussed" is a topic nobody looked at; "no
   * family nearby" is an absence that was assessed.
   */
  closedBy?: string[];
}

const f = (category: ContextCategory, terms: string[], window?: number): ContextTrigger[] =>
  terms.map((term) => ({ term, category, direction: 'forward' as const, ...(window ? { window } : {}) }));
const b = (category: ContextCategory, terms: string[], window?: number): ContextTrigger[] =>
  terms.map((term) => ({ term, category, direction: 'backward' as const, ...(window ? { window } : {}) }));
const bi = (category: ContextCategory, terms: string[], window?: number): ContextTrigger[] =>
  terms.map((term) => ({ term, category, direction: 'bidirectional' as const, ...(window ? { window } : {}) }));
const end = (category: ContextCategory | 'all', terms: string[]): ContextTrigger[] =>
  terms.map((term) => ({ term, category, direction: 'terminate' as const }));
const pseudo = (category: ContextCategory, terms: string[]): ContextTrigger[] =>
  terms.map((term) => ({ term, category, direction: 'forward' as const, pseudo: true as const }));

// Verbs of looking into a topic: "not X-ed" means nobody looked; "will X" means someone will.
const LOOKING = ['assess', 'discuss', 'explore', 'address', 'ask', 'review', 'screen', 'evaluate', 'obtain', 'cover', 'examine', 'inquire', 'elicit', 'gather', 'measure', 'go over'];
const SETTING = ['set', 'establish', 'formulate', 'negotiate', 'agree', 'complete', 'shape', 'define', 'firm up', 'draw up', 'sort out'];
/** The next meeting, by whatever name a note gives it ("GAD-7 next visit", "will review at next appt"). */
const NEXT_MEETING = ['next session', 'next time', 'next week', 'next review', 'next visit', 'next appointment', 'next meeting', 'next contact', 'next check in'];
/** Every verb whose negation says the work was not done ("goals were not set", "did not make a plan"). */
// ("PHQ-9 not repeated this quarter", "the PCL-5 was not administered": a measure not taken is no measure; "Risk not
// reassessed — client not reachable": a screen not done again is none today.)
const UNDONE = [...LOOKING, ...SETTING, 'identify', 'make', 'made', 'do', 'done', 'conduct', 'perform', 'document', 'consult', 'seek', 'sought', 'repeat', 'administer', 'readminister', 'give', 'collect', 'score', 'reassess', 're-assess', 'rescreen', 're-screen', 'recheck', 'update', 'finalize', 'finalise'];

/** A topic to be taken up again later: "we'll come back to her goals", "will come back to this". */
const COME_BACK = ['will come back to', "we'll come back to", "i'll come back to", 'we’ll come back to', 'i’ll come back to', 'will circle back to'];

export const contextTriggers: ContextTrigger[] = [
  // --- negation (NegEx) ---
  ...f('negated', ['no', 'not', 'never', 'without', 'none', 'nor', 'neither', 'lack of', 'lacks', 'lacking', 'absence of', 'absent', 'free of', 'rules out', 'ruled out',
    // "Neither reports thoughts of self-harm": the negation reaches past the verb that would otherwise end it.
    'neither reports', 'neither reported', 'neither endorses', 'neither endorsed', 'neither describes'], 4),
  // A denial that names what was asked about before the topic: "no statements about wanting to hurt himself".
  ...f('negated', ['no statements about', 'no statement about', 'no statements of', 'no report of', 'no reports of', 'no mention of', 'no concerns about', 'no concerns regarding', 'no thoughts of', 'no thoughts about', 'no talk of'], 6),
  ...b('negated', ['not applicable', 'none noted', 'none reported', 'not present', 'absent', 'not endorsed', 'not reported'], 6),
  // A label's value that says there is nothing: "Transportation/housing: no concerns", "Finances: not an issue".
  ...b('negated', ['no concerns', 'no concern', 'no issues', 'no problems', 'not an issue', 'not a concern', 'not a problem', 'not a barrier', 'no barriers'], 4),
  ...f('denied', ['deny', 'denies', 'denied', 'denying', 'declines to endorse', 'negative for'], 8),
  // What the clinician looked for and did not see: "no sign of dependency so far", "no evidence of psychosis". An
  // observation made, as a screen that came back negative is (before, read as "no": the topic absent).
  ...f('denied', ['no evidence of', 'no sign of', 'no signs of', 'no indication of', 'no indications of'], 6),
  ...b('denied', ['deny', 'denies', 'denied', 'negative'], 4),
  // Both ways: "family, housing and finances were not assessed", "did not assess family"; the longest trigger at a
  // word wins, so a verb missing from one direction would leave "did not set goals" unread.
  ...b('unexplored', UNDONE.flatMap((v) => [`not ${v}`, `not been ${v}`, `not yet ${v}`]), 8),
  ...f('unexplored', UNDONE.flatMap((v) => [`not ${v}`, `not yet ${v}`, `never ${v}`]), 6),
  // "No family or housing discussed": the topic was not looked at, a trigger in two parts around the cue.
  { term: 'no', category: 'unexplored', direction: 'forward', window: 5, closedBy: UNDONE },
  // "Did not have time to complete the C-SSRS", "ran out of time for the risk screen"; the whole clause was left
  // ("I did not get to ask you the questions we ask everyone about safety and feeling like hurting yourself").
  ...f('unexplored', ['not have time to', 'not get to', 'no time to', 'no time for', 'ran out of time', 'out of time for'], 16),
  ...f('unexplored', ['not discuss', 'not ask about', 'not inquire about', 'never ask about', 'no discussion of', 'no assessment of', 'not assessed for', 'unable to assess', 'unable to explore'], 6),
  ...b('unexplored', ['not discussed', 'not assessed', 'not explored', 'not addressed', 'unknown', 'not known', 'unassessed'], 8),
  // "Progress toward goal cannot be determined this week (no log)": nobody could tell.
  ...b('unexplored', ['not be determined', 'not been determined', 'not determined', 'unable to determine', 'unable to assess', 'unable to tell', 'too early to tell', 'too soon to tell'], 8),
  // "goals were not met" says there are goals; "not only", "no change in" are not denials of what follows.
  ...pseudo('negated', [
    'not met', 'not yet', 'not fully', 'not entirely', 'not only', 'not just', 'not necessarily', 'not always', 'not certain',
    'not sure', 'no change', 'no changes', 'no increase', 'no decrease', 'no worse', 'no better', 'no longer', 'no less',
    'no more than', 'not meet', 'not achieve', 'not attain', 'not reach', 'nothing but', 'without fail', 'no doubt',
    'not had a chance',
    // "two no-shows": a missed appointment, named; it denies nothing that follows.
    'no show', 'no shows', 'no showed', 'no showing',
    // A register's "no apology" (the member sent no word) denies the apology alone: "no apology, third week running".
    'no apology', 'no apologies',
    // "I don't know how much more I can take" is uncertainty, and says what it is about.
    'not know how', 'not know if', 'not know whether', 'not know what',
  ]),
  ...pseudo('unexplored', ['not met', 'not yet met', 'not fully met', 'not meet', 'not achieve', 'not complete homework', 'not complete the homework',
    // "denies thoughts of ending his life, says he wouldn't do that to the grandkids": the client's word, not work undone.
    'not do that', 'not do it', 'not do this', 'not do anything', 'never do that', 'never do it', 'never do anything']),
  // --- deferred or planned: the act is in the future, so nothing is documented yet ---
  // (The clinician's contractions too: "we'll assess family next time", "I'll ask about the plan".)
  ...f('deferred', [...LOOKING, ...SETTING, 'identify', 'develop', 'begin', 'start'].flatMap((v) => [`will ${v}`, `plan to ${v}`, `plans to ${v}`, `intend to ${v}`, `we'll ${v}`, `i'll ${v}`, `we’ll ${v}`, `i’ll ${v}`]), 8),
  // "Will be measured with AAQ-II and CORE-10 at session 6": what it will be done with comes after it.
  ...f('deferred', LOOKING.map((v) => `will be ${v}`), 8),
  // "we'll come back to her goals once the meeting is by", "Mentioned church; will come back to this."
  ...f('deferred', [...COME_BACK, 'will get back to'], 8),
  // (Its object pointing back, "will come back to this", reaches what came before; the longer trigger wins.)
  ...b('deferred', ['this', 'that', 'it', 'these'].flatMap((o) => [...COME_BACK, 'come back to', 'circle back to'].map((v) => `${v} ${o}`)), 8),
  ...f('deferred', [...NEXT_MEETING, 'at a later', 'in future sessions', 'in a future session'], 6),
  // ("Strengths: to be reassessed at the next review.")
  ...b('deferred', [...LOOKING, ...SETTING, 'identify', 'develop', 'reassess', 'revisit', 'update', 'confirm'].flatMap((v) => [`to be ${v}`, `will be ${v}`]), 6),
  ...b('deferred', [...NEXT_MEETING, 'at a later date', 'at a later session', 'in future sessions', 'in a future session', 'later in treatment'], 8),
  ...bi('deferred', ['deferred', 'defer', 'postponed', 'pending', 'tbd', 'to be determined'], 6),
  // A form's entry left for later: "Strengths / resources: to fill in after joint session."
  ...f('deferred', ['to fill in', 'to fill out', 'to be filled in', 'to be filled out', 'to be completed', 'to be added'], 6),
  // ("To assess at session 2 (where he lives, finances ...)", "to explore next time".)
  ...f('deferred', LOOKING.flatMap((v) => [`to ${v} at`, `to ${v} next`]), 16),
  // "Too early to set any goals - will set these once he's engaging more."
  ...f('deferred', ['too early to', 'too soon to', 'premature to', 'not yet ready to'], 6),
  // The client's own intentions are goals, not deferrals: "Client will establish a bedtime routine".
  ...pseudo('deferred', ['client will', 'she will', 'he will', 'they will', 'pt will', 'patient will', 'client plans to', 'she plans to', 'he plans to', 'they plan to', 'client intends to']),
  // --- undecided: a next step left open, so no step is set ("F/U: TBD, depends on his schedule", "see how he goes") ---
  ...bi('undecided', ['tbd', 'tbc', 'to be determined', 'to be confirmed', 'to be decided', 'to be arranged', 'undecided', 'not yet decided', 'not decided', 'at some point', 'at some stage', 'some time soon', 'see how he goes', 'see how she goes', 'see how they go', 'see how it goes', 'see how things go', 'depends on', 'depending on', 'will decide', 'to decide'], 6),
  // ("F/u PRN", "return as needed": the step follows only when asked for, right before it.)
  ...b('undecided', ['prn', 'as needed', 'if needed', 'as required', 'if required', 'when ready', 'if he wants', 'if she wants', 'if they want', 'if wanted'], 3),
  // Set only once someone else has decided or heard: "next appointment to be fixed after they revert", "we'll sort
  // out the next steps when she knows her shifts", "TBC once she hears back from the bank".
  ...bi('undecided', ['to be fixed', 'to be booked', 'to be scheduled', 'to be set', 'to be agreed', 'when possible', 'if possible', 'maybe', 'perhaps', 'possibly', 'will try to'], 6),
  ...b('undecided', ['when', 'once', 'after'].flatMap((c) => ['she', 'he', 'they', 'we', 'the family', 'family'].flatMap((who) => ['know', 'hear', 'decide', 'revert', 'find out', 'get back', 'be free'].map((v) => `${c} ${who} ${v}`))), 10),
  // --- hypothetical ---
  ...f('hypothetical', ['if', 'should she', 'should he', 'should they', 'should the client', 'in case', 'in the event', 'unless', 'whether', 'as needed', 'prn'], 8),
  // A question put to the client asserts nothing: "are you having any thoughts of harming yourself or that you'd be
  // better off not here?" is a screen asked, not a wish to die told.
  ...f('hypothetical', ['are you having', 'are you feeling', 'have you had', 'have you been having', 'have you ever', 'do you ever', 'do you have any'], 16),
  ...pseudo('hypothetical', ['as if', 'even if', 'only if', 'if any', 'if so', 'asked if', 'asked whether', 'explored whether', 'assessed whether', 'see if']),
  // --- historical ---
  ...f('historical', ['history of', 'hx of', 'h o', 'past history', 'previously', 'previous', 'prior', 'former', 'formerly', 'used to', 'years ago', 'as a child', 'in childhood', 'in the past', 'at the time'], 6),
  ...b('historical', ['in the past', 'years ago', 'as a child', 'in childhood', 'previously', 'at that time'], 6),
  ...pseudo('historical', ['prior to session', 'prior to the session', 'previous session', 'previous sessions', 'prior session', 'history of present illness']),
  // --- within one exercise in the session ---
  ...bi('exercise', [
    'before and after', 'before after', 'pre and post', 'pre post', 'before and', 'pre and', 'at peak', 'at its peak', 'at the peak', 'across trials', 'across the trials',
    'after each trial', 'during the exercise', 'during the exposure', 'during exposure', 'during the practice', 'during practice', 'during the role play',
    'during the meditation', 'after the exercise', 'after the exposure', 'after the practice', 'after practicing', 'at the start of session',
    'at the start of the session', 'at start of session', 'at the beginning of session', 'at the beginning of the session', 'by the end of the session',
    'by the end of session', 'by end of session', 'at the end of the session', 'at end of session', 'by session end', 'at session end',
    // A skill just practised: "distress during rehearsal 7/10, after grounding 3/10".
    'during rehearsal', 'during the rehearsal', 'after grounding', 'after the grounding', 'after breathing', 'after the breathing',
    'during the role-play', 'during role play', 'after the role play', 'after the role-play', 'during imaginal exposure',
    // ("settled with breathing (panic 8/10 -> 4/10)")
    'with breathing', 'with the breathing', 'with grounding', 'with paced breathing', 'settled with',
    'after imaginal exposure',
    // Ratings taken every few minutes are an exposure's curve: "rated anxiety every 5 min (SUDS 80 → 70 → 55)".
    'every 2 min', 'every 5 min', 'every 5 minutes', 'every five minutes', 'every 10 min', 'every 10 minutes', 'every few minutes',
    'in-session exposure', 'in session exposure',
    // A script read or a story told twice in the session: "distress 8/10 on first read, 5/10 on second".
    'on first read', 'on the first read', 'on first reading', 'on the first reading', 'on second read', 'on the second read',
    'first telling', 'second telling', 'first pass', 'second pass',
  ], 8),
  // --- experiencer: another person ---
  ...f('other', [...PEOPLE_AROUND, 'co worker', 'family history', 'partner reports he', 'partner reports she', 'family member'], 5),
  // "Client's mother" is still about the mother; "mother and client" is about both: the client word ends the scope.
  ...end('other', ['client', 'patient', 'pt', 'writer', 'clinician', 'therapist', 'and she', 'and he', 'while she', 'while he', 'she herself', 'he himself', 'whom', 'who lives with']),
  // --- terminators of every scope (NegEx's conjunctions) ---
  ...end('all', ['but', 'however', 'although', 'though', 'except', 'apart from', 'aside from', 'yet', 'whereas', 'which', 'still', 'nevertheless', 'otherwise']),
  ...end('negated', ['reports', 'reported', 'endorses', 'endorsed', 'describes', 'presents with', 'due to', 'because', 'since', 'and client', 'and she', 'and he']),
  ...end('denied', ['reports', 'reported', 'endorses', 'endorsed', 'describes', 'due to', 'because', 'and client', 'and she', 'and he']),
  ...end('hypothetical', ['then', 'because', 'since']),
  ...end('historical', ['currently', 'now', 'today', 'this week', 'at present', 'presently', 'recently']),
  // "Will ask rather than assume": what is set against the plan is a stance now, not a step put off.
  ...end('deferred', ['rather than', 'instead of']),
];

/** Punctuation that ends scopes inside a sentence: a semicolon ends every scope, a comma ends "her brother, ...". A
 * form's field separators end every scope too: "Home: Rosewood Lodge (residential, not nursing) · Visit date: 19/09". */
export const contextPunctuation: { mark: string; category: ContextCategory | 'all' }[] = [
  { mark: ';', category: 'all' },
  { mark: '·', category: 'all' },
  { mark: '|', category: 'all' },
  { mark: ',', category: 'other' },
];
