// The words measurable-goals reads a goal statement with, one list per concept (DIMENSIONS.md, "Measurable goals").
// There is no list of allowed verbs: any concrete action counts ("walk the dog alone", "cook dinner"). What makes a
// goal weak is a closed list of phrases that name a feeling, an insight or a wish instead of something one could
// count, and that list is overridden by a count or criterion ("reduce anxiety" is weak; "reduce worry to 4/10 on a
// daily rating" is not). Cues are matched whole-word, case-insensitively, tolerant of inflections (`word*` = prefix);
// patterns are regular expression sources, matched case-insensitively, and must stay linear (regex-safety test).

import { MONTH } from './dates.js';

/** Words that open a goal statement: "Goal 1:", "Objective 2b –", "STG #3:", "LTG:". */
export const goalLeadWords = ['goal', 'goals', 'objective', 'objectives', 'obj', 'ltg', 'stg', 'long term goal', 'short term goal', 'long term objective', 'short term objective'];

/** Words that may stand before a lead's goal word: "Treatment goal 1:", "Tx plan Goal 2:", "Individual treatment goal:". */
export const goalLeadQualifiers = ['treatment plan', 'tx plan', 'individual treatment', 'treatment', 'tx', 'individual', 'client', 'primary', 'main', 'overall', 'session', 'smart', 'new', 'revised', 'additional'];

/** Words before "goal" in a sentence that says what the goal is: "Her main goal is to ...", "The agreed goal is to ...". */
export const goalSentenceQualifiers = ['main', 'overall', 'primary', 'first', 'agreed', 'shared', 'stated', 'treatment', 'long term', 'short term'];

/** Whose aim "the goal for X is to ..." names when it is the session's, not the client's: "the goal for today". */
export const sessionAimWords = ['today', 'tonight', 'session', 'this', 'group'];

/** Words of a goal lead saying the session worked on the plan's goal: "Goal addressed:", "Goals worked on:". */
export const goalWorkedOnWords = ['addressed', 'worked on', 'targeted'];

/** Words after a goal lead that say when the goals were set: "Treatment goals agreed in session 1:", "New goal added:". */
export const goalSetWords = ['agreed', 'added', 'set', 'negotiated', 'revised', 'updated'];

/** A lead's aside in brackets that says where or when the goals were set, not what they are: "Treatment goals (from
 * session 2): (1) ...", "Goals (agreed 3/4, her words):". The goals follow it; it is neither a goal nor a target. */
export const goalSourceAsideWords = [
  'from', ...goalSetWords, 'reviewed', 'per', 'carried', 'written',
  'mutually', 'identified', 'chosen', 'established', "client's", "pt's", 'in her own', 'in his own', 'in their own',
  'see', 'as of', 'since',
];

/** Headings and labels that introduce a list of goals ("Goals:", "Treatment goals", "Objectives"). */
export const goalListLabels = [
  'goals', 'goal', 'objectives', 'goals and objectives', 'treatment goals', 'initial goals', 'client goals', "client's goals",
  'long term goals', 'short term goals', 'short term objectives', 'treatment objectives', 'measurable objectives',
  'service plan goals', 'mutually agreed goals', 'agreed goals', 'goals for treatment', 'goals of treatment',
  // The plan's goal carried into a session's note: "Working toward (from plan): \"Feel more stable\"".
  'working toward', 'working towards',
];

/**
 * Headings of sections that are about goals without stating them: a contract lists duties, not targets; "progress
 * toward (group) goals" and "movement towards goals" report how the goals went.
 */
export const notGoalSections = [
  'contract', 'treatment contract', 'expectations', 'agreement', 'signatures', 'goals addressed', 'goal addressed',
  'progress toward', 'progress towards', 'movement toward', 'movement towards', 'steps toward', 'steps towards',
  // An outcome report at the end: "Goals met: GAD-7 16 → 6."
  'goals met', 'goal met', 'goals achieved', 'goal achieved', 'goals not met', 'goal status', 'status of goals',
];

/** Table columns that hold a goal or an objective (the row's other cells give its measure and target date). */
export const goalColumns = ['goal', 'goals', 'objective', 'objectives', 'target behavior', 'target behaviour', 'desired outcome', 'outcome'];

/**
 * Goal columns that, beside a column naming the goal itself, report where it ended up: "| Goal (his words) | Outcome |"
 * in a discharge summary holds the result, not a second half of the goal.
 */
export const resultColumns = ['outcome', 'outcomes'];

/** Table columns that give the goal's time frame by themselves ("By when: 12 weeks", "Target date: 5/1"). */
export const timeColumns = ['by when', 'target date', 'target', 'timeframe', 'time frame', 'deadline', 'due', 'due date', 'review date', 'target completion', 'estimated completion', 'completion date'];

/**
 * Actions done once, not kept up: with a deadline the action itself is the criterion ("By 10/31 the couple will make a
 * decision", "submit 2 job applications by May" needs no more).
 */
export const oneTimeActions = [
  'complete', 'submit', 'obtain', 'apply', 'enroll', 'enrol', 'register', 'schedule', 'book', 'file', 'secure', 'sign',
  'make a decision', 'decide', 'return to', 'start', 'begin', 'join', 'open', 'find', 'move',
  'write', 'draft', 'create', 'attend an appointment', 'meet with', 'state a decision', 'carry out', 'hold', 'visit',
  // An exam or a test: "sit the written exam again in the September sitting", "pass the driving test by June".
  'sit', 'retake', 'pass',
  // Something to have by then: "get a job by March", "get her own apartment by Sept" (not "get better").
  'get a', 'get an', 'get her own', 'get his own', 'get their own', 'get my own', 'get our own',
];

/** Table columns whose words are not part of the goal (what the clinician does, status, progress notes). */
export const notGoalColumns = [
  'intervention*', 'modalit*', 'service*', 'responsib*', 'staff', 'provider', 'clinician', 'status', 'progress',
  'problem', 'need', 'strength*', 'barrier*', 'comment*', 'note*', 'frequency of sessions', 'method*',
];

/** Who is not the client: a "goal" that says what one of them will do is an intervention. */
export const clinicianRoles = [
  'therapist', 'clinician', 'counselor', 'counsellor', 'writer', 'worker', 'provider', 'staff', 'social worker',
  'case manager', 'clinical staff', 'this writer', 'psychiatrist', 'prescriber', 'team', 'care coordinator',
  'sw', 'coordinator', 'facilitator', 'mentor', 'support partner', 'peer specialist',
];

/** Numbers in words. */
export const numberWords = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'once', 'twice', 'half', 'zero',
];

/** Units of a time frame. */
export const timeUnits = ['day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'mo', 'mos', 'session', 'sessions', 'year', 'years', 'quarter', 'semester', 'term'];

/** Months, as a deadline ("by May", "by the end of June"). */
export const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Events a goal can be due by ("by discharge", "by the hearing date", "before the school year ends"). */
export const deadlineEvents = [
  'discharge', 'termination', 'review', 'next review', 'plan review', 'treatment plan review', 'reauthorization',
  'hearing', 'court date', 'graduation', 'end', 'close', 'start', 'semester', 'term', 'school year', 'quarter',
  'summer', 'autumn', 'fall', 'winter', 'spring', 'christmas', 'holidays', 'birthday', 'due date', 'delivery',
  'return to work', 'release', 'date',
];

/** Abbreviations whose full stop does not end a sentence ("Obj. 1b", "Dr. Amin", "approx. 3"). */
export const abbreviations = ['obj', 'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'eg', 'ie', 'approx', 'wk', 'wks', 'min', 'mins', 'hr', 'hrs', 'no', 'pt', 'tx', 'dx', 'hx', 'appt', 'etc'];

/**
 * A count, frequency, score or other criterion, as pattern sources. A bare number is one too (it is checked on the
 * statement with its time frame taken out, so that "within 8 weeks" alone is not a criterion).
 */
export const criterionPatterns = [
  '\\d',
  '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|once|twice|half|zero|nil)\\b',
  '\\b(?:daily|weekly|nightly|monthly|fortnightly|biweekly|every\\s+(?:day|night|week|session|morning|evening|weekday|weekend)|each\\s+(?:day|week|session|morning|evening))\\b',
  '\\b(?:as evidenced by|as measured by|measured by|as shown by|as reported by|evidenced by|aeb|per (?:self[- ]report|report|log))\\b',
  '\\b(?:logs?|logged|tracker|tracked|tracking|diary|self[- ]rating|self[- ]report(?:ed)?|rating scale|ratings?|scores?|percent|tally|chart|calendar|attendance record|report card)\\b',
  '\\b(?:all|most|majority of|every one of the)\\s+(?:sessions|days|nights|weeks|mornings|evenings|occasions)\\b',
  '\\b(?:phq|gad|pcl|bdi|bai|suds|audit|dass|ors|srs|csi|pdss|ybocs|y-bocs|cssrs|c-ssrs|edinburgh|epds|k10|core-10|sdq|vanderbilt|scared|rcads)\\b',
  '\\b(?:abstain|abstains|abstinent|abstinence|sober|sobriety|independently|without (?:assistance|prompting|prompts|reminders|help))\\b',
];

/** A time frame, as pattern sources. "For 4 consecutive weeks" is a criterion as well as a time frame. */
export const timeframePatterns = [
  // "within 6 weeks", "over the next 4–6 weeks" (a range), "for 3 consecutive months"
  '\\b(?:within|in|over|for|after|during)\\s+(?:the\\s+(?:next|first|coming)\\s+|a\\s+|the\\s+)?(?:(?:\\d+(?:\\s*[-–]\\s*\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)\\s*)?(?:consecutive\\s+)?(?:days?|weeks?|wks?|months?|mos?|sessions?|years?|quarter|semester|term|school year|module|program|programme|course|phase|cycle)\\b',
  '\\bby\\s+(?:week|session|month|day)\\s*\\d+',
  '\\b(?:by|before|until|prior to)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?(?:end|close|start)\\s+of\\b',
  '\\b(?:by|before|until|prior to)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?(?:[a-z0-9/]+[ -]){0,2}(?:discharge|termination|review|reauthori[sz]ation|hearing|court date|graduation|semester|term|school year|quarter|summer|autumn|fall|winter|spring|christmas|holidays|birthday|due date|delivery|release|deadline|target date)\\b',
  '\\b(?:by|before|until)\\s+(?:the\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b',
  // A month named as when: "in the September sitting", "in March".
  `\\b(?:in|during)\\s+(?:the\\s+)?${MONTH}\\b`,
  // "by 31-Mar-2024", "by 31 March"
  '\\b(?:by|before|until|on or before)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b',
  '\\b(?:by|before|until|on or before)\\s+(?:the\\s+)?\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?',
  '\\btarget(?:\\s+completion)?\\s+date\\b',
  // "target 3/6", "due: 04/30/2025": the date written beside the goal.
  '\\b(?:target|due|deadline)(?::[ \\t]*|[ \\t]+)\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b',
  '\\b(?:next|following|coming)\\s+(?:\\d+(?:\\s*[-–]\\s*\\d+)?\\s+)?(?:sessions?|weeks?|months?)\\b',
  '\\b\\d{4}-\\d{2}-\\d{2}\\b',
  '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
  '\\b(?:\\d+|one|two|three|four|five|six|eight|ten|twelve|thirty|sixty|ninety)[- ](?:day|week|month)\\b',
  // A rate is measured anew each period: "at least 3 times/week", "twice a week", "5 nights per week".
  '\\b(?:\\d+|one|two|three|four|five|six|seven|once|twice)(?:\\s*(?:x|times?|days?|nights?|mornings?|evenings?|sessions?|meals?))?(?:\\s*/\\s*|\\s+(?:per|a|each)\\s+)(?:week|wk|day|night|month|session)\\b',
  // A count of things done each period: "3 job applications/wk", "2 social outings per week".
  // ("2 or fewer per week" is a limit with no time to reach it.)
  '\\b(?:\\d+|two|three|four|five|six|seven)\\s+(?!or\\b)(?:[a-z]+\\s+)?[a-z]+(?:\\s*/\\s*|\\s+(?:per|each)\\s+)(?:week|wk|day|night|month)\\b',
  // A bare span in a plan's target column: "6 months", "12 wks" is when, not how much (last, so that a rate such as
  // "3 days a week" is read as one where both start).
  '\\b(?:\\d+|two|three|four|six|eight|ten|twelve)\\s*(?:weeks|wks|months|mos)\\b(?!\\s*(?:/|per\\b|a\\b|an\\b|each\\b|of\\b|ago\\b|sober\\b|clean\\b|abstinent\\b))',
];

/**
 * The closed list of weak phrases: a feeling, an insight, a wish or a process instead of something observable.
 * A count or criterion in the same statement makes one of them measurable ("improve sleep to 7 hours a night").
 */
export const weakGoalPhrases = [
  'feel better', 'feel less', 'feel more', 'feel good', 'feel happier', 'feel calmer', 'feel safer', 'feel okay',
  'feel in control', 'be happier', 'be happy', 'be less', 'be more', 'be better', 'be okay', 'be calmer',
  'gain insight', 'gain awareness', 'gain understanding', 'gain confidence', 'develop insight', 'increase insight',
  'understand', 'learn about', 'learn more about', 'explore', 'work on', 'work through', 'deal with', 'get better',
  'cope better', 'cope with', 'improve', 'improve mood', 'improve self esteem', 'improve coping', 'improve functioning',
  'reduce anxiety', 'reduce depression', 'reduce stress', 'reduce symptoms', 'decrease anxiety', 'decrease depression',
  'decrease symptoms', 'lessen anxiety', 'manage anxiety', 'manage stress', 'manage emotions', 'manage anger',
  'manage symptoms', 'increase self esteem', 'increase self worth', 'increase confidence', 'increase awareness',
  'process feelings', 'process emotions', 'process trauma', 'process grief', 'stabilize mood', 'stabilise mood',
  'have better', 'make progress', 'communicate better', 'show more respect', 'attend therapy', 'attend counseling',
  'attend counselling', 'attend sessions', 'attend treatment', 'continue therapy', 'continue counseling',
  'comply with treatment', 'engage in therapy', 'participate in therapy',
];

/** Sentences about goals rather than goals: "Client agreed to these goals", "She participated in writing them". */
export const goalRemarkVerbs = ['agreed', 'agrees', 'signed', 'reviewed', 'participated', 'helped', 'chose', 'wrote', 'understands', 'was given', 'received', 'declined'];

/** An outcome recorded against a goal at discharge ("— MET", "partially achieved"): a report, not a goal being set. */
export const goalOutcomeWords = [
  'done', 'met', 'not met', 'partially met', 'mostly met', 'nearly met', 'almost met', 'achieved', 'attained', 'not achieved', 'partially achieved',
  'discontinued', 'goal met', 'partly met', 'partly achieved', 'not yet met', 'not yet achieved',
  // Where it stands on the way: "Phase 1 goal of weight restoration to >= 95% EBW, on track at 0.5-1 kg/week".
  'on track', 'off track', 'in progress', 'stalled', 'on hold', 'not started', 'no progress', 'unchanged', 'at target', 'on target', 'below target', 'above target',
];

/**
 * Where a goal stands as a note records it, beside goalOutcomeWords (which measurable-goals reads as a report, so
 * these stay apart from it): still on the way, or what a review did with the goal. Drafting reads a goal's status
 * ("Goal 2 partially met", "(progressing)", a status column) from both lists.
 */
export const goalStandingWords = [
  'ongoing', 'progressing', 'continuing', 'continued', 'continue', 'revised', 'modified', 'deferred', 'regressed',
  'minimal progress', 'some progress', 'good progress', 'significant progress', 'mostly achieved', 'new',
];

/**
 * A goal named by its number and then only where it stands ("Goal 1 – partial (one talk, 15 min). Goal 2 – not
 * yet"): a report on a goal stated elsewhere, not a goal. These beside goalOutcomeWords and goalStandingWords.
 */
export const goalStatusAfterNumber = ['partial', 'partly', 'not yet', 'yes', 'no', 'some', 'none'];

/** Table columns and labels that hold a goal's status ("| Goal | Status |"). */
export const goalStatusColumns = ['status', 'goal status', 'progress', 'outcome', 'status at review', 'status at discharge'];

/** Labels of a plan-wide deadline that every objective without its own date is due by ("Review date: 08/13/2024"). */
export const planDeadlineLabels = ['review date', 'target date', 'plan review date', 'next review', 'next review date', 'review', 're evaluation date', 'reevaluation date', 'target dates', 'target date for all objectives'];

/**
 * A progress note that names the plan's goal it worked on ("Tx plan goal 2 (anger mgmt)", "Goal 1 per tx plan:
 * abstinence") refers to a goal written elsewhere: the reference is documentation of goals, not a weak goal.
 */
/**
 * The only words of a reference that names no goal ("Working on the goals from the treatment plan."): one written with
 * nothing but these says which plan it means, not which goal.
 */
export const vagueReferenceWords = [
  'working', 'worked', 'work', 'continue', 'continued', 'continues', 'continuing', 'on', 'toward', 'towards', 'addressed',
  'reviewed', 'the', 'all', 'her', 'his', 'their', 'our', 'current', 'existing', 'same', 'goal', 'goals', 'objective',
  'objectives', 'from', 'per', 'as', 'in', 'of', 'tx', 'treatment', 'care', 'service', 'plan', 'itp', 'isp',
];

export const planGoalReferences = [
  'tx plan goal', 'treatment plan goal', 'care plan goal', 'service plan goal', 'plan goal', 'per tx plan', 'per treatment plan',
  'per the treatment plan', 'per care plan', 'per plan', 'from the treatment plan', 'from tx plan', 'on the treatment plan',
  'tx plan objective', 'treatment plan objective', 'itp goal', 'isp goal',
];
