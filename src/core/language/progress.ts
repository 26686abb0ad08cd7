// How clinicians and clients write progress without the word "progress": as counts ("5 nights out of 7", "26/30
// days", "30 days sober"), as a before and after ("8/10 at start, 5/10 after", "3 bad nights this week vs 4 last
// week"), and in everyday words ("getting somewhere", "no better than last month", "some reduction since last
// session"). The progress-monitoring dimension reads these lists; each form is general, never one note's sentence.
// Every pattern passes test/core/regex-safety.test.ts.
import { MONTH } from './dates.js';

/** Units a count of days or occasions is written in ("5 nights out of 7", "26/30 days"), written once. */
const UNIT_WORDS = 'day|night|morning|evening|week|weekend|session|meeting|group|occasion|attempt|meal|shift|hour';
const UNIT = `(?:(?:${UNIT_WORDS})s?|classes|times)`;
/** The same, plural: what a count out of several is written in. */
const UNITS = `(?:(?:${UNIT_WORDS})s|classes|times|hrs)`;
/** Not using, written as a state ("sober", "abstinent", "self-harm free"). */
const ABSTINENT = '(?:sober|abstinent|clean|dry|substance[- ]free|alcohol[- ]free|drug[- ]free|smoke[- ]free|self[- ]harm[- ]free|sh[- ]free|incident[- ]free|binge[- ]free|purge[- ]free)';
/** How a client is in the room, compared with last time: engagement, not progress ("more talkative than last week"). */
const DEMEANOUR = 'talkative|chatty|open|forthcoming|engaged|animated|verbal|guarded|withdrawn|reserved|talking';

/** Words that say something changed. */
const CHANGE = '(?:fewer|less|more|reduc\\w*|increas\\w*|decreas\\w*|better|worse|improv\\w*|easier|harder|calmer|shorter|longer|milder)';

/** Not right after a word that makes the count a target: "at least 4 of 5", "agreed to try 5 of 7 nights". */
const NOT_SET = '(?<!\\b(?:least|most|target|aim|try)\\s)';

/** Counts that report where a goal stands: a count is a measure and a status at once. */
export const progressCountPatterns: string[] = [
  // "5 nights out of 7", "attended 3 of 4 groups", "2 out of 3 mornings"
  // (not a rating on a scale: "8 out of 10 mad" is where she is today, not a count)
  // (nor a criterion: "at least 4 of 5 weeknights" is what a goal asks for, "agreed to try 5 of 7 nights" what is set)
  `${NOT_SET}\\b\\d+\\s+(?:[a-z]+\\s+){0,2}out\\s+of\\s+(?:the\\s+)?(?:last\\s+)?(?!10\\b(?!\\s+${UNIT}))\\d+\\b`,
  // ("2 of his last 4 handovers": any occasions, when they are the last few, but appointments: "no-showed 2 of the last 3
  // appts" is attendance)
  `${NOT_SET}\\b\\d+\\s+of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?(?:(?:last|past)\\s+\\d+\\s+(?!(?:appts|appointments|sessions|visits|groups|meetings|classes)\\b)[a-z]+s\\b|\\d+\\s+${UNIT})`,
  // "26/30 days", "4/7 nights"
  // ...not the tail of a date ("11/19/2024" then a "Session:" label on the next line), nor a date before the one
  // session it names ("at the 9/21 session"): a count out of several is plural.
  `(?<![\\d/])\\b\\d+\\s*/\\s*\\d+\\s+${UNITS}`,
  // "30 days sober", "six weeks abstinent", "3 months without drinking"
  `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:full\\s+)?(?:days?|weeks?|months?|years?)\\s+(?:${ABSTINENT}|of\\s+(?:sobriety|abstinence)|without\\s+(?:a\\s+|any\\s+)?(?:drink|drinking|using|use|alcohol|self-harm|cutting|a panic attack|panic attacks|an outburst|outbursts|incident|incidents|bingeing|purging))`,
  // "3rd month in a row on time", "four weeks in a row", "5 consecutive nights" (a run of lateness is attendance)
  `\\b(?:\\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|two|three|four|five|six)\\s+(?:straight\\s+|consecutive\\s+)?(?:months?|${UNIT})\\s+(?:(?:met|kept|done|completed)\\s+)?in\\s+a\\s+row\\b(?![ \\t]+(?:late|absent|missed|no[- ]?show))`,
  `\\b(?:\\d+|two|three|four|five|six|seven)\\s+(?:consecutive|straight)\\s+(?:months?|${UNIT})`,
  // "Turned in 1 of 5", "completed 4 of 6 exposures", "kept 5 out of 7": what was done against what was set (not
  // "attended 5 of 12 sessions", which is attendance)
  `\\b(?:completed|turned\\s+in|handed\\s+in|submitted|finished|did|kept|practi[cs]ed|used)\\s+(?:[a-z]+\\s+){0,2}\\d+\\s+(?:of|out\\s+of)\\s+\\d+\\b`,
  // "4 of 8 done", "3 of 4 steps completed": the count first, then that it was done
  `\\b\\d+\\s+(?:of|out\\s+of)\\s+\\d+\\s+(?:[a-z]+\\s+)?(?:done|completed|complete|met|achieved|finished)\\b`,
  // "no alcohol for 41 days", "no self-harm in the last 6 weeks": not using, counted
  `\\bno\\s+(?:alcohol|drinking|drinks?|use|using|drugs?|substances?|self-harm|cutting|gambling|betting|purging|bingeing|binges|panic\\s+attacks?|outbursts?)\\s+(?:for|in)\\s+(?:the\\s+(?:last|past)\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days?|weeks?|months?|years?)\\b`,
  // "sober for 30 days", "abstinent since March", "clean since 1 May"
  `\\b${ABSTINENT}\\s+(?:for\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days?|weeks?|months?|years?)|since\\b)`,
  // What the client did toward the goal, counted in the period since last time: "She has had one half-day this
  // fortnight", "managed two walks this week", "did 3 exposures in the last week".
  `\\b(?:has\\s+had|had|has\\s+managed|managed|has\\s+done|did|completed|kept)\\s+(?:\\d+|one|two|three|four|five|six|seven)\\s+(?:[\\w-]+\\s+){1,2}(?:this|in\\s+the\\s+last|over\\s+the\\s+last|in\\s+the\\s+past)\\s+(?:week|fortnight|month|two\\s+weeks)\\b`,
];

/**
 * A time point a reading is taken at: now ("today", "this week") or earlier ("at intake", "at session 1", "in March",
 * "last week", "three weeks ago", "before treatment"). Two readings each tied to one are a change over time, whatever
 * the measure and however the clinician lays it out.
 */
const TIME_POINT = `(?:today|now|currently|this\\s+(?:week|wk|month|session|visit|review|time)|last\\s+(?:week|wk|month|session|visit|time|review)|(?:at|in|on|during|from)\\s+(?:the\\s+)?(?:intake|baseline|admission|assessment|screening|referral|start|outset|beginning|first\\s+(?:[a-z]+\\s+)?(?:session|visit|weeks?|months?)|session\\s?#?\\d{1,3}|s\\d{1,3}|wk\\s?\\d{1,3}|week\\s?\\d{1,3}|\\d{1,2}/\\d{1,2}|${MONTH}|review|discharge)|(?:\\d+|two|three|four|five|six|a\\s+few|several)\\s+(?:weeks|months|sessions)\\s+ago|(?:the\\s+)?(?:previous|prior)\\s+(?:week|session|visit|month)|before\\s+(?:treatment|therapy|tx))`;
/** After a figure: not a dose's unit ("reduced from 10 mg to 5 mg" is a prescriber's change, not progress). */
const NOT_DOSE = '(?!\\s?(?:mg|mcg|µg|ml|units?|iu|milligrams?|micrograms?)\\b)';
/** A score said aloud, as a dictated note writes it: "at intake it was fifty six". */
const SPOKEN_NUMBER = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** A figure (not a dose: "50 mg in March, 100 mg now" is a titration, not progress). */
const READING_NUMBER = `(?:\\d+(?:\\.\\d+)?(?:\\s?/\\s?\\d+)?|${SPOKEN_NUMBER})${NOT_DOSE}`;
/** A figure with the time point it was taken at, on either side: "48 at session 1", "today 41". */
const READING = `(?:\\b${READING_NUMBER}\\b[^.;\\n\\d]{0,30}\\b${TIME_POINT}\\b|\\b${TIME_POINT}\\b[^.;\\n\\d]{0,12}\\b${READING_NUMBER}\\b)`;

/** A measure set beside an earlier one: the change is the progress ("vs 4 last week", "8/10 at start, 5/10 after"). */
export const progressComparisonPatterns: string[] = [
  // Two readings, each at its own time point, in one clause: "IES-R 48 at session 1, 41 today", "at intake 18, now 9",
  // "2 nights with no nightmare this week (0 in the first three weeks)".
  // ("At intake it was fifty six. Today Zarit was forty eight.": the two readings in sentences side by side.)
  `${READING}(?:[^.;\\n]{0,40}|\\.[ \\t]+)${READING}`,
  // "3 bad nights this week vs 4 last week", "avg 4/day this week vs. 9/day at intake"
  // ("2 blow-ups last week vs about 5/week in January")
  `\\b\\d+(?:/\\d+|/(?:day|wk|week|night|month|d))?\\s+(?:[a-z]+(?:-[a-z]+)?\\s+){0,4}(?:vs\\.?|versus)\\s+(?:about\\s+|around\\s+|approx\\.?\\s+|~\\s?)?\\d+`,
  // "PHQ-9 is 14 today against 17 three weeks ago"
  `\\b\\d+(?:\\.\\d+)?\\s+(?:today\\s+|now\\s+|this\\s+week\\s+)?against\\s+\\d+(?:\\.\\d+)?\\s+(?:[a-z]+\\s+){0,2}(?:ago|last|at|in|on|before)\\b`,
  // "anxiety 8/10 at start, 5/10 after": two ratings in one clause
  `\\b\\d{1,2}\\s*/\\s*10\\b[^.;\\n/]{1,40}\\b\\d{1,2}\\s*/\\s*10\\b`,
  // "3.4 times this week (last week 2.1)", "PHQ-9 12 (previous session: 15)", "13 (previous 15, intake 17)",
  // "2 of his last 4 handovers (previously 0)"
  `\\b\\d+(?:\\.\\d+)?\\b[^.;\\n()]{0,40}\\(\\s*(?:last|previous|previously|prior)(?:\\s+(?:week|wk|session|month|visit|time|group|call|contact))?(?::[ \\t]*|[ \\t]+)\\d`,
  // "Sleep diary: 5 hrs avg this week (4 last week)": the last period's figure in brackets after it
  `\\b\\d+(?:\\.\\d+)?\\b[^.;\\n()]{0,40}\\(\\s*\\d+(?:\\.\\d+)?(?:\\s*(?:hrs?|hours?|%|/\\d+))?\\s+(?:last|previous|prior|the\\s+week\\s+before)(?:\\s+(?:week|wk|session|month|visit|time|fortnight))?\\s*\\)`,
  // "3 verbal outbursts this week (week 3: 7, week 4: 5)": a count beside earlier weeks'
  `\\b\\d+(?:\\.\\d+)?\\b[^.;\\n()]{0,40}\\(\\s?(?:week|wk|session|visit|month)\\s?#?\\d{1,3}\\s?[:=]\\s?\\d`,
  // "PHQ-9 by phone: 13 (moderate); last call 15": the score, then the last contact's
  `\\b\\d+(?:\\.\\d+)?\\b[^.\\n]{0,30}[;,][ \\t]*(?:last|previous|prior)\\s+(?:week|wk|session|month|visit|time|group|call|contact)(?:[ \\t]*[:=])?[ \\t]+\\d`,
  // "went from 17 in September to 5 last week" ("dropped from 85% to 60%", "went down from 7 to 4": a change from an
  // amount, below)
  // (a plain "went from 7 to 5" is as often a rating across one exercise: it needs a time beside the first score)
  `\\bwent\\s+from\\s+\\d+(?:\\.\\d+)?\\s+(?:in|at|on)\\s+[a-z]+\\s+to\\s+\\d`,
  // "insomnia is down to 2 nights this week, compared with every night at session 1", "panic attacks down to one a
  // week": a count that changed, said with the period it is counted in
  `\\b(?:down|up|dropped|fallen|fell|risen|rose)\\s+(?:from\\s+[\\w/%-]+(?:\\s+[a-z]+){0,2}\\s+)?to\\s+(?:\\d+|one|two|three|four|five|six|seven|once|twice)\\s+(?:(?:nights?|days?|times?|episodes?|drinks?|cigarettes?|attacks?|hours?|hrs?)\\s+)?(?:a|per|this|last|each|in\\s+the\\s+(?:last|past))\\s+(?:week|wk|night|day|month|fortnight)\\b`,
  // "The log for the last three weeks shows 4, then 3, then 2 incidents": readings in turn, each the next period's
  // (three of them: "checks at 2, 5, then 10 min" is a schedule)
  `\\b\\d+(?:\\.\\d+)?(?:/\\d+)?,[ \\t]*then[ \\t]+\\d+(?:\\.\\d+)?(?:/\\d+)?,[ \\t]*(?:and[ \\t]+)?then[ \\t]+\\d+`,
  // "1 this week, 2 last week": this period's count beside the last one's
  `\\b\\d+\\s+(?:this|that)\\s+(?:week|month|session|fortnight)[,;]\\s*\\d+\\s+(?:the\\s+)?(?:last|previous|prior)\\s+(?:week|month|session|fortnight)\\b`,
  // "Obj 1a: Submit 3 applications by 03/31 — 1 of 3", "Obj 3a: State ID — DONE 02/20": an objective's status after a dash
  // ("G1 – some progress", "G3 – partial", "G4 – done": a goal by its number in shorthand.)
  `\\b(?:(?:obj|objective|goal|stg|ltg)s?\\.?(?:[ \\t]*#)?[ \\t]*\\d+[a-z]?|g\\d{1,2})\\b[^\\n—–]{0,160}[—–][ \\t]*(?:done|met|completed?|achieved|partially met|partial|partly|some progress|progressing|improving|no change|unchanged|not (?:yet )?met|not worked on|\\d+ of \\d+)\\b`,
  // "EPDS today 16 (session 3: 19)", "ORS 24 (wk 2: 18)", "PCL-5 41 (intake 58)": set beside an earlier session's
  // ("CORE-10 today 19 (S1 23)", "(assessment: 31)", "(last 16)": the earlier session by its short name, or the last one.)
  `\\b\\d+(?:\\.\\d+)?\\s?\\(\\s?(?:session|visit|week|wk|intake|baseline|s(?=\\d)|assessment|admission|referral|last|prev(?:ious)?\\.?)(?:\\s?#?\\d{1,3})?(?:[:=,]\\s?|\\s)\\d`,
  // "Job contacts this wk 2/3 (target 3)", "4 (goal: 5)": a figure set beside its target.
  `\\b\\d+(?:\\.\\d+)?(?:\\s?/\\s?\\d+)?\\s?\\(\\s?(?:target|goal|aim)(?:\\s+(?:is|was|of))?\\s?[:=]?\\s?[<>≤≥]?\\s?\\d`,
  // "GAD-7 = 14 (11 on 2/25)", "PG-13-R today 34 (was 38 in January)", "FES-I 36 (was 44 at intake)", "PHQ-9 today is
  // 15 (was 14 in session 4, 17 at intake)": a score beside
  // the earlier one and when it was taken
  // ("PHQ-9 today 12 (was 16 on 30 Oct)": the day before the month, as British notes date it)
  `\\b\\d+(?:\\.\\d+)?\\s?\\(\\s?(?:was\\s)?\\d+(?:\\.\\d+)?\\s(?:on|at|in)\\s(?:\\d{1,2}/\\d{1,2}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s)?${MONTH}\\b|intake\\b|baseline\\b|the\\sstart\\b|(?:session|week|wk)\\s?#?\\d{1,3}\\b|(?:history[- ]taking|assessment|screening|admission|referral|evaluation|eval)\\b|s\\d{1,3}\\b)`,
  // ("IES-R today 29 (48 at history-taking, 37 at S6)": the earlier ones at the assessment, at session 6.)
  // "Nightmares 1 this wk (3/wk before EMDR)", "(4 a night before treatment)": the figure before the work began
  `\\b\\d+(?:\\.\\d+)?\\b[^.;\\n()]{0,30}\\(\\s?(?:was\\s)?\\d+(?:\\.\\d+)?(?:\\s?/\\s?[a-z]+|\\s(?:a|per)\\s[a-z]+)?\\s+before\\s+(?:treatment|therapy|tx|starting|we\\s+(?:started|began)|intake|emdr|cbt|dbt|erp|cpt|exposure|the\\s+(?:program|programme|group|work))\\b`,
  // "Mood on the faces scale 3/5 (was 2/5 the first two weeks)", "sleep 6 hrs (was 4)": the earlier figure in brackets
  `\\b\\d+(?:\\.\\d+)?(?:[ \\t]?/[ \\t]?\\d+)?(?:[ \\t]?(?:hrs?|hours?|%))?[ \\t]?\\([ \\t]?was[ \\t]\\d`,
  // "SPIN 46 (Jan) → 31 (Apr) → 18 (Oct)", "PHQ-9 19 -> 12", "SPIN: 48 at screening → 39 today": a series of scores
  `\\b\\d+(?:\\.\\d+)?(?:\\s?\\([^()\\n]{1,20}\\)|[ \\t](?:at|in|on)[ \\t][a-z]+)?\\s?(?:→|->|⟶)\\s?\\d`,
  // "up from 2 a week", "down from 18 at intake", "calls down from daily to 2x last week", "dropped from nearly daily",
  // "down from ~4/week", "down from \"probably a 9\"", "up from none": a change from an amount (not a place or a
  // thing: "up from Columbus", "fell from a ladder").
  `\\b(?:up|down|dropped|fell|decreased|declined|reduced|rose|increased|improved|climbed)\\s+from\\s+(?:(?:nearly|almost|about|around|roughly|approx\\.?|approximately|over|under|more\\s+than|less\\s+than)\\s+|[~<>≈]\\s?)?(?:\\d+(?:\\.\\d+)?(?!\\.?\\d)${NOT_DOSE}|["“][^"”\\n]{0,20}?\\d|(?:none|zero|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|daily|nightly|weekly|baseline|intake)\\b|every\\s+(?:day|night)\\b)`,
  // "GDS down one point", "PHQ-9 dropped 5 points", "a 6-point drop": a score's change in points
  `\\b(?:up|down|dropped|fell|rose|climbed|improved|decreased|increased|declined|worsened)\\s+(?:by\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+points?\\b`,
  `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]points?\\s+(?:drop|decrease|increase|rise|improvement|reduction|decline|change)\\b`,
  // "PHQ-9 today 16, was 19 on 3/4", "PHQ-9 today was 8, it was 12 in November": a score beside an earlier one and when
  // it was taken
  `\\b\\d+(?:/\\d+)?(?:,[ \\t]*|[ \\t]+)(?:(?:it|this|that)[ \\t]+)?was[ \\t]+\\d+(?:/\\d+)?[ \\t]+(?:on|at|in|last)\\b`,
  // "3 escalated arguments this week (baseline 4-5/week at intake)", "baseline: 18": set beside the baseline
  `\\bbaseline(?:[ \\t]+(?:of|was|at intake|score))?(?:[ \\t]*[:=])?[ \\t]*\\d`,
  // "Compared with first contact in November, she now carries naloxone": set beside an earlier point
  // "a change from the 6-week visit", "different from last session": set beside an earlier contact
  `\\b(?:a\\s+)?(?:change|different|difference|shift)\\s+from\\s+(?:(?:the|her|his|their|our)\\s+)?(?:last|previous|prior|first|initial|earlier|\\w+-(?:week|month))\\s+(?:session|visit|appointment|contact|meeting|review)\\b`,
  `\\bcompared\\s+(?:with|to)\\s+(?:(?:the|her|his|their|our)\\s+)?(?:first|initial|last|previous|prior|intake|baseline|start|beginning|earlier|(?:session|visit|week|wk)\\s?#?\\d)`,
];

/** Change written in words, with no number: a status, not a measure ("some reduction", "no better than last month"). */
export const progressChangePatterns: string[] = [
  // "acute risk reduced from high (3/30) to moderate today", "symptoms went from severe to mild"
  `\\b(?:reduced|decreased|dropped|down|improved|increased|rose|up|went)\\s+from\\s+(?:high|moderate|low|severe|mild|minimal)\\b[^.;\\n]{0,25}\\bto\\s+(?:high|moderate|low|severe|mild|minimal)\\b`,
  // "fewer arguments since the last session", "sleep is better since last week"
  `\\b${CHANGE}\\b[^.;\\n]{0,60}\\bsince\\s+(?:the\\s+)?(?:last|previous|prior|our last)\\s+(?:session|visit|appointment|week|month|review|meeting|time)\\b`,
  // "some reduction in panic", "a slight improvement", "marked decrease"
  `\\b(?:some|slight|small|marked|significant|modest|noticeable|further|clear|steady|gradual|an?)\\s+(?:reduction|decrease|increase|improvement|decline|rise|gains?)\\b`,
  // "getting somewhere", "it is paying off": as written (a cue would also read "when I get there", "pay off a loan")
  `\\bgetting\\s+(?:somewhere|there|better|worse|nowhere)\\b`,
  `\\bgoing\\s+nowhere\\b`,
  `\\b(?:is|are|was|were|it's|it’s|be|been|finally)\\s+paying\\s+off\\s*(?:[.,;:!)"”]|$)`,
  // "a little more upright than in November", "sleeping better than at intake", "less tense than last month", a group's
  // "cohesion noticeably stronger than weeks 1–3" (not
  // how the client is in the room: "more talkative than last week" is engagement)
  `\\b(?:more|less|better|worse|fewer|calmer|stronger|steadier|lighter)\\b(?!\\s+(?:${DEMEANOUR})\\b)[^.;\\n]{0,40}\\bthan\\s+(?:(?:in|at|during|before|back in|it was in|she was in|he was in)\\s+)?(?:${MONTH}|intake|baseline|the start|first|last\\s+(?:week|month|session|time|year)|(?:previous|earlier|prior)\\s+(?:weeks|sessions|months)|(?:weeks|sessions)\\s+\\d|when (?:we|she|he|they) (?:started|began|first came))\\b`,
  // "Six members rated higher than at S1", "scores lower than in March", "fewer than at week 2": a rating set against a
  // time point of the work, however the note names it.
  `\\b(?:better|worse|fewer|lower|higher)\\s+than\\s+${TIME_POINT}\\b`,
  // "no better than last month", "the same as last week"
  `\\b(?:no\\s+(?:better|worse)|the\\s+same|same)\\s+(?:as|than)\\s+(?:last|the last|before|at intake|at baseline|previous|the previous)\\b`,
  // "which is progress from last week", "an improvement on last session", "a step up from last month"
  `\\b(?:progress|improvement|step\\s+(?:up|forward)|change|advance)\\s+(?:from|on|since|over)\\s+(?:the\\s+)?(?:last|previous|prior)\\s+(?:week|session|visit|month|time|review|fortnight)\\b`,
  // What the client did differently this time: "did not book another GP appointment this time", "managed it this time"
  `\\b(?:did\\s+not|didn['’]t|managed|resisted|was\\s+able|chose\\s+not)\\b[^.;\\n]{0,50}\\bthis\\s+time\\b`,
];

/** A goal's outcome at the head of its cell or line ("| Met — 4–5 days/week |", "Partially met: 2 of 3"). */
export const outcomeHeadPattern = `^\\s?(?:met|not\\s+(?:yet\\s+)?met|partially\\s+met|mostly\\s+met|nearly\\s+met|achieved|not\\s+achieved|partially\\s+achieved|in\\s+progress|ongoing|progressing)\\b(?=\\s?[—–:(-]|\\s?$)`;

/** Tasks done as set ("he completed the interest profiler and the college tour as agreed at session #2"). */
export const tasksDonePattern = `\\b(?:completed|finished|followed\\s+through\\s+(?:on|with)|carried\\s+out|kept\\s+to)\\b[^.;\\n]{0,80}\\bas\\s+(?:agreed|planned|assigned|discussed)\\b`;

/** How much of a set task was done, as a count of the times set ("done 3/3", "completed 2 of 3", "done 1/3"). */
export const tasksDoneCountPattern = `\\b(?:done|completed|did)\\s+\\d{1,2}\\s?(?:/|of|out\\s+of)\\s?\\d{1,2}\\b`;

/** Everyday words for how it is going. */
export const progressStatusCues: string[] = [
  // A count over weeks read as a direction: "5 in wk of 2/24, 3 in wk of 3/3 — trending down but not at target yet".
  'trending down',
  'trending up',
  'trending downward',
  'trending upward',
  'trending in the right direction',
  'not at target',
  'not yet at target',
  'turned a corner',
  'turning a corner',
  'back on track',
  'on track',
  'off track',
  'back to square one',
  'step forward',
  'steps forward',
  'breakthrough',
  'less frequent',
  'less frequently',
  'less often',
  'less intense',
  'less severe',
  'more manageable',
  'holding steady',
  'slipped back',
  'sliding back',
  'partial success',
  'partly successful',
  'partially successful',
];

/**
 * Words a client uses for how it is going, after "she feels", "he says" (the client's own view). Not "calmer": "said
 * she felt calmer" after an exercise is the response to it.
 */
export const clientViewWords =
  '(?:progress\\w*|better|improv\\w*|worse|helping|helped|working|worked|works|change[ds]?|easier|harder|stuck|gains?|somewhere|nowhere|getting there|further along|farther along|on track|off track|paying off|a corner|difference|slipping|the same(?!\\s+(?!as\\b|than\\b)\\w)|moving forward|going well|going badly|(?:almost|nearly)\\s+(?:done|there|finished)|halfway)';

/** The client's view in the client's voice: "feels she is getting somewhere" after a label, "'I'm getting there'". */
export const clientViewPatterns: string[] = [
  `(?:^|:)\\s*(?:feels?|believes?|thinks?|says?|reports?|states?|describes?|notes?)\\s+(?:that\\s+)?(?:she|he|they|things|it|this|therapy|treatment|the work)\\b[^.\\n]{0,60}\\b${clientViewWords}`,
  `["“]\\s*(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|it's|it’s|this|things)\\b[^"”\\n]{0,80}\\b${clientViewWords}`,
  // A quotation that opens on how it is going: "Better than I thought", "Getting there".
  // (Only words that say how it goes: a quotation may open on "worked", "nowhere" or "the same" about anything.)
  `["“]\\s*(?:(?:a\\s+(?:bit|lot|little)\\s+|much\\s+|way\\s+)?(?:better|worse|easier|harder)|improving|getting\\s+there|going\\s+well|on\\s+track|progress)\\b`,
  // "Mateo's view:", "Client's perspective:": the client's view, labelled
  `\\b(?:client|pt|patient|[a-z]+)['’]s\\s+(?:own\\s+)?(?:view|perspective|take|assessment|rating)\\s?:`,
  // "He describes himself as 'a little more upright' than in November": the client's own picture, set beside before.
  `\\b(?:describes?|described|rates?|rated|sees?|saw)\\s+(?:himself|herself|themselves|themself)\\b[^.;\\n]{0,50}\\bthan\\s+(?:(?:in|at|during|before)\\s+)?(?:${MONTH}|intake|baseline|the start|first|last\\s+(?:week|month|session|time|year))\\b`,
];
