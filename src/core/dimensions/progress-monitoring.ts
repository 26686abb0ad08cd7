import type { Dimension } from './types.js';
import { cite } from './sources.js';
import { RISK_STATUS_TOPIC } from '../language/topics.js';
import { instrumentWordPatterns, outcomeInstruments, wordInstruments } from '../language/instruments.js';
import { outcomeHeadPattern, tasksDonePattern, tasksDoneCountPattern, clientViewPatterns, clientViewWords, progressChangePatterns, progressComparisonPatterns, progressCountPatterns, progressStatusCues } from '../language/progress.js';

/** Words of risk, safety and drinking: a "no change" beside them is their status, not the goals'. */
const RISK_WORDS = `(?:${RISK_STATUS_TOPIC.join('|')})`;

export const progressMonitoring: Dimension = {
  id: 'progress-monitoring',
  title: 'Progress toward goals',
  why: 'Without a record of progress (measured where possible, and as the client sees it) nobody can tell whether the treatment works or when it should change.',
  source: cite(['helpingProcess', "monitoring progress and the client's reactions to it"], ['relationship', 'tracking outcomes, asking the client, changing approach or referring when stuck'], ['medicare', 'progress toward goals']),
  headings: [
    '=Progress',
    'Progress toward goals',
    'Progress towards goals',
    'Progress toward objectives',
    'Progress toward group goals',
    'Progress toward treatment goals',
    'Progress on goals',
    'Progress on objectives',
    // Toward the plan the goals belong to: "Progress toward plan of care", "Progress on care plan".
    'Progress toward plan of care',
    'Progress on plan of care',
    'Progress on care plan',
    'Goal progress',
    'Objective progress',
    'Progress and outcomes',
    'Clinical progress',
    'Treatment progress',
    'Progress to date',
    'Status of goals',
    'Goal status',
    'Outcome measures',
    'Outcomes',
    'Measures',
    'Measurement',
    'Scores',
    'Screening scores',
    'Rating scales',
    'Symptom measures',
    'Measurement-based care',
  ],
  entryNeedsEvidence: true,
  subItems: [
    {
      id: 'status',
      label: 'progress toward the goals',
      notInTargets: true,
      // ("Doing ok overall, some improvement.": a direction with nothing of what changed, against which goal.)
      notStock: 'progress',
      // A review's goal table: "| Goal | Baseline | Now | Next |".
      columns: ['Now', 'Current', 'Currently', 'Current status', 'Status', 'Status now', 'Latest', 'At review', 'This review', 'Progress', 'Progress to date'],
      cues: [
        'progress',
        'progressing',
        'progress toward',
        'movement toward',
        'moving toward',
        'headway',
        'step toward',
        'progress towards',
        'improvement',
        'improved',
        'improving',
        'no progress',
        'minimal progress',
        'some progress',
        'moderate progress',
        'significant progress',
        'steady progress',
        'slow progress',
        'regressed',
        'regression',
        'worsened',
        'worsening',
        'setback',
        'setbacks',
        'plateau',
        'plateaued',
        'goal met',
        'goals met',
        'objective met',
        'objectives met',
        'partially met',
        'not met',
        'goal achieved',
        'maintained gains',
        'maintaining gains',
        'remains stable',
        'symptoms stable',
        'decline in',
        'declined from',
        'reduction in',
        ...progressStatusCues,
      ],
      patterns: [
        // "No change", "unchanged", unless the sentence is about risk, safety or drinking: "ETOH 2-3 beers on weekends,
        // no change", "Risk assessed low, safety plan reviewed, no changes" tell the risk, not progress toward goals.
        // (The look-behind after the words, so that it is tried only where they stand, not at every place in the note.)
        `\\b(?:no\\s+changes?|unchanged)\\b(?<!\\b${RISK_WORDS}\\b[^.;\\n]{0,60}\\b(?:no\\s{1,3}changes?|unchanged))(?![^.;\\n]{0,60}\\b${RISK_WORDS}\\b)`,
        // A goal's part and where it stands, as a list reports it: "- HCP: met today.", "Intubation wishes: partly".
        '(?:^|\\n)[ \\t]*(?:[-*+][ \\t]+)?[^:\\n]{1,80}:[ \\t]*(?:\\*\\*)?(?:met|not[ \\t]+(?:yet[ \\t]+)?met|(?:partly|partially|mostly|nearly)(?:[ \\t]+met)?|achieved|not[ \\t]+(?:yet[ \\t]+)?achieved)\\b(?![ \\t]+(?:with|by|at)\\b)',
        // (Not before something in the session: "engaged after the reconnect, more than before it".)
        '\\b(?:better|worse|fewer|more|less|lower|higher)\\s+than\\s+(?:last|the last|at intake|at baseline|baseline|before(?!\\s+(?:it|that|this|the|he|she|they)\\b)|previous)\\b',
        '\\bcompared\\s+(?:with|to)\\s+(?:\\d+\\s+\\w+\\s+)?(?:last|the last|intake|baseline|the previous|previous)\\b',
        '\\bsince\\s+(?:intake|baseline|the start of treatment)\\b',
        // A count since the last session: "since last session (10/24), Lily asked Mum one question directly".
        '\\bsince\\s+(?:the\\s+|our\\s+)?last\\s+(?:session|visit|week)\\b[^.;\\n]{0,60}(?:\\b(?:once|twice|one|two|three|four|five|none)\\b|(?<![/\\d.])\\b\\d{1,2}\\b(?![/\\d.:]))',
        // "6/10 (4/10 last month)", "3 (was 5 at intake)", a couple's "6/10 (was 5 and 4 at session 1)": a measure set
        // beside an earlier one.
        '\\b\\d+(?:/\\d+|%)?\\s*(?:today\\s+|now\\s+)?\\(\\s*(?:was\\s+|from\\s+|vs\\.?\\s+)?\\d+(?:/\\d+|%)?(?:\\s+and\\s+\\d+(?:/\\d+|%)?)?\\s+(?:last|previous|at intake|at baseline|at (?:the\\s+)?start|at assessment|at referral|at (?:the\\s+)?(?:first\\s+)?session(?:\\s+\\d+)?|(?:a|\\d+|one|two|three|four|five|six)\\s+(?:weeks?|months?)\\s+ago)\\b',
        // A number set beside what it was: "#4 on the list (was #9)", "IES-R 38 (was 46)".
        '(?<![\\w/#])#?\\d+(?:\\.\\d+)?(?:/\\d+|%)?(?:[ \\t]+[a-z]+){0,3}[ \\t]*\\([ \\t]*was[ \\t]+#?\\d+(?:\\.\\d+)?(?:/\\d+|%)?[ \\t]*\\)',
        // ("Goal 2 (Callum to decide ... by end of term) – not yet; moving from flat refusal to 'maybe a text'.")
        // (Not "Goal: ongoing" or "in progress": that a goal is still worked on says nothing of where it stands.)
        '\\bgoals?\\s*(?:#\\s*)?(?:\\d+\\s*)?(?:\\([^)]{0,120}\\)\\s*)?(?:[\\u2013\\u2014:-]\\s*)?(?:(?:is|was|are|were|has been|have been)\\s*)?(?:met|achieved|attained|partially met|not met|not yet)\\b',
        // A goal's status as a sentence of its own after it: "... in February. Met.", "... was 3.9. Partly met."
        '(?:^|[.;]\\s)(?:fully\\s|now\\s)?(?:met|achieved|partially met|partly met|not met|not yet met)[.;](?:\\s|$)',
        // A goal set off by a dash from where it stands: "2. Video call with daughter weekly — achieved every week".
        // (A spaced hyphen too, and the status set in italics: "at least 3 times/week - *achieved by session 8*".)
        '(?:[\\u2013\\u2014]|\\s-)\\s?(?:\\*{1,2}|_)?(?:achieved|met|partially met|partly met|not met|not yet met|mostly met|in progress)\\b',
        // "I think you've met all three"
        "\\b(?:you(?:['’]ve|\\s+have)|she(?:['’]s|\\s+has)|he(?:['’]s|\\s+has)|they(?:['’]ve|\\s+have))\\s+(?:now\\s+)?(?:met|achieved|reached)\\s+(?:all|both|each|most)\\b",
        // "you met all three goals", "she has reached two of her goals", "She met 4 of 5 goals"
        '\\b(?:met|achieved|attained|reached)\\s+(?:all|both|each|most|some|none|one|two|three|four|five|\\d+)\\s+(?:of\\s+(?:the|her|his|their|your|our|\\d+)\\s+)?(?:[\\w-]+\\s+)?goals?\\b',
        // A first in a long while: "First solo crossing in over 2 years", "first full week at work since March".
        '\\bfirst\\s+(?:[\\w-]+\\s+){0,3}(?:in|for)\\s+(?:over\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+)?(?:\\d+|a|two|three|four|five|six|several|many)\\s+(?:years?|months?|weeks?)\\b',
        // Counts and comparisons: "5 nights out of 7", "30 days sober", "vs 4 last week" (src/core/language/progress.ts).
        ...progressCountPatterns,
        ...progressComparisonPatterns,
        ...progressChangePatterns,
        outcomeHeadPattern,
        tasksDonePattern,
        tasksDoneCountPattern,
      ],
    },
    {
      id: 'measures',
      label: 'measured (scores, ratings, counts, logs)',
      notInTargets: true,
      cues: [
        ...outcomeInstruments.filter((name) => !wordInstruments.includes(name)),
        'self-rating',
        'self-rated',
        'SUDS',
        'baseline',
        'from baseline',
        'out of 10',
        'mood log',
        'sleep log',
        'diary card',
        'symptom log',
        'log shows',
        'log showed',
        'diary shows',
        'tracker shows',
        'frequency',
        'outcome measure',
        'outcome measures',
        'measurement',
      ],
      patterns: [
        // A score or rating is a number: "scored 14", "rated her mood 6", "PHQ-9 score of 12", "scores: 9 -> 7" (not
        // "scored her first goal at soccer", "rated the group as helpful").
        '\\b(?:scor(?:e|es|ed|ing)|rat(?:ing|ings|ed|es))\\b[^.;\\n]{0,40}?(?<![\\w/-])(?:\\d+(?:\\.\\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?![/.-]\\d)',
        '(?<![\\w/-])\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?\\b[^.;\\n]{0,30}?\\b(?:scor(?:e|es|ed)|rating|ratings)\\b',
        // Whole words: "tracking" stems to "track", and a "court-mandated track" measures nothing.
        '\\btrack(?:er|ing)\\b',
        ...instrumentWordPatterns,
        // A count of this week or last: "2 days this week", "three panic attacks last week".
        // (Not a criterion set: "try the Goan table at dinner at least 3 times this week".)
        '(?<!\\b(?:least|most|than|aim|target|try)\\s)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice)\\s+(?:[a-z-]+\\s+){0,2}(?:this|last)\\s+(?:week|day|month|session)\\b',
        ...progressCountPatterns,
        ...progressComparisonPatterns,
        // (Not a session's place in a course: "session 7 of 16", "week 3 of 12"; nor who came: "Attending: 7 of 8".)
        '(?<!\\b(?:session|sessions|week|module|visit|group|class|day|attending:?|attended|attendance:|present:)\\s)\\b\\d+\\s+(?:of|out of)\\s+\\d+\\b',
        '\\b\\w+\\s+(?:log|diary|tracker|chart)\\s+(?:shows?|showed|indicates?|records?|recorded)\\b',
        // "Chart for the last 2 weeks: 0, then 2 days", "sleep log this week: 5 nights"
        '\\b(?:chart|log|diary|tracker|tally)\\b[^.;:\\n]{0,30}:[ \\t]*\\d',
        // A rating out of 10 (not a date: "no-showed 11/10", "3/10/2025").
        '(?<![\\d/])\\b(?:10|\\d)(?:\\.\\d)?\\s*/\\s*10\\b(?![/\\d])',
        '\\b(?:ORS|SRS)\\b',
        // (Not "Session 6 of 10".)
        '(?<!\\b(?:session|sessions|week|module|visit|group|class|day)\\W{0,3}\\s)\\b\\d{1,2}\\s*(?:out of|of)\\s*10\\b',
        // A rating scale named: "rated 0-10", "(0 = worst, 10 = best)"
        '\\b(?:0|1)\\s?(?:-|–|to)\\s?10\\b(?![/\\d])',
        '\\(\\s?0\\s?=\\s?[a-z ]{2,20},\\s?10\\s?=',
        '\\bfrom\\s+\\d+(?:\\.\\d+)?\\s+to\\s+\\d+(?:\\.\\d+)?\\b',
        '\\b(?:phq|gad|pcl)\\s*(?:-\\s*)?\\d+\\b',
      ],
      // How often, with no time to set it against: a measure only where the note reports progress.
      ownOnly: [
        '\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice)\\s+(?:[a-z-]+\\s+){0,2}(?:per|a|each)\\s+(?:week|day|month|session)\\b',
        '\\b\\d+\\s*(?:x|times)\\s*(?:per|a|/)\\s*(?:day|week|wk|month)\\b',
      ],
    },
    {
      id: 'client-view',
      label: "the client's own view of progress",
      cues: [
        "client's view",
        'client view',
      ],
      patterns: [
        // "In her view, the exposures are working", "sleep is better per client": a source of the view counts with a
        // word for how it is going in its sentence ("per client, her mother had nerves" is history, not a view).
        `\\b(?:client\\s+(?:feels|believes|perceives)|in\\s+(?:her|his|their)\\s+view|(?:by\\s+|per\\s+)?self[- ]reported?|per\\s+(?:client|pt|patient)(?:\\s+report)?)\\b[^.;\\n]{0,60}\\b${clientViewWords}\\b`,
        `\\b${clientViewWords}\\b[^.;\\n]{0,60}\\b(?:by\\s+self[- ]report|per\\s+(?:client|pt|patient)(?:\\s+report)?|self[- ]reported)\\b`,
        // ("You said the main change is ...": a closing letter speaks to the client.)
        '\\b(?:client|pt|patient|she|he|they|you|both|couple|the couple|family|parents|parent|mother|father|mom|dad|wife|husband|partner|partners|member|members|teen|student)\\s+(?:feels?|felt|believes?|believed|reports?|reported|says?|said|states?|stated|notes?|noted|describes?|described|thinks?|rated|rates|told\\s+me)\\b[^.\\n]{0,60}\\b' + clientViewWords + '\\b',
        // "His own view: 'maybe a wee bit better, I'm sleeping.'"
        `\\b(?:her|his|their|your)\\s+own\\s+(?:view|sense|words|rating)\\b[^.;\\n]{0,60}\\b${clientViewWords}\\b`,
        ...clientViewPatterns,
      ],
    },
    {
      id: 'adjustment',
      label: 'change of approach or referral when progress stalls',
      cues: [
        'change of approach',
        'change approach',
        'adjust the plan',
        'adjust treatment',
        'adjusted treatment',
        'adjusted the plan',
        'modify treatment',
        'modified treatment',
        'modified the plan',
        'revise the plan',
        'revised the plan',
        'revise treatment plan',
        'treatment plan review',
        'treatment plan updated',
        'updated treatment plan',
        'reassess',
        'reassessed',
        're-evaluate',
        're-evaluated',
        'reevaluate',
        'higher level of care',
        'lower level of care',
        'step up',
        'step down',
        'try a different',
        'different approach',
        'shift focus',
        'shift the approach',
        'consider referral',
        'considered referral',
      ],
    },
  ],
  threshold: 2,
  negation: 'any',
  // "PHQ-9 next session", "will review progress next week": a measure planned is not progress measured. "Rated 6/10
  // before and 3/10 after" the breathing is the response to it (interventions-response), not progress toward a goal.
  context: { deferred: true, withinSession: true },
  // "Speech normal rate and volume" is a mental status finding, not a rating; "Progress Note" names the document.
  // ("Safety plan reviewed, no changes needed" leaves a plan as it was.)
  senses: ['mental-status', 'document-name', 'stock-phrase', 'record-detail', 'ruler', 'risk-item', 'kept-as-it-was'],
  template: {
    heading: 'Progress Toward Goals',
    body: [
      '- **Status:** <!-- ? For each goal addressed today: progressing, unchanged, worse, met? -->',
      '- **Measure:** <!-- ? What shows it (score and scale, rating, count, log), compared with baseline or the last session? -->',
      '- **Client\'s view:** <!-- ? How does the client think it is going? -->',
      '- **Adjustment:** <!-- ? If progress has stalled: what will change (approach, frequency, referral), or why stay the course? -->',
    ].join('\n'),
  },
};
