import type { Dimension } from './types.js';
import { cite } from './sources.js';

export const goals: Dimension = {
  id: 'goals',
  title: 'Mutually negotiated goals',
  why: 'Goals the client helped set, broken into tasks and tied to a contract, give every session a direction and a measure.',
  source: cite(['helpingProcess', 'goals negotiated with the client, a contract, tasks between sessions'], ['relationship', 'disagreeing on goals'], 'jcPlanOfCare'),
  headings: [
    'goals',
    'goal',
    // A GIRP note's "G:" (as "P:" heads a plan).
    '=G',
    'treatment goals',
    'goals and objectives',
    '=objectives',
    'treatment objectives',
    'short term objectives',
    'objectives and interventions',
    '=objective and goals',
    'client goals',
    'goals addressed',
    'goal addressed',
    'long term goals',
    'short term goals',
    'mutually agreed goals',
    'contract',
    'treatment contract',
    'service plan goals',
    // "Working on: (1) agree together, by the end of March, ...", "What we're working on"
    '=Working on',
    "What we're working on",
    'What we are working on',
    'Working towards',
    // A group's aim is its members' shared goal: "Group aim (as agreed at session 1): members will ...".
    'group aim',
    'group aims',
    '=group objectives',
    '=group goals',
    // What the client came for, as a heading in the client's terms: "## What she wants", "**What he wants from today**".
    'what she wants',
    'what he wants',
    'what they want',
    'what the client wants',
    '=aims',
    'aim of the group',
    'aims of the group',
    // A plan review's restated goals: "Revised objectives (agreed with Kwame)", "Updated goals".
    'revised goals',
    'revised objectives',
    'updated goals',
    'updated objectives',
    // What counselling agreed to work on, as UK and school counsellors name their goals: "Agreed focus", "Focus of work".
    'agreed focus',
    'focus agreed',
    'goals agreed',
    'focus of work',
    'focus of therapy',
    'focus of counselling',
    'focus of counseling',
    'therapy focus',
    'counselling focus',
    'counseling focus',
    // An intake form's question for them: "11. What would you like to be different?"
    'what would you like to be different',
    'what would you like to change',
    'what do you want to change',
  ],
  subItems: [
    {
      id: 'stated',
      label: 'goals stated',
      cues: [
        'goal', 'goals', 'treatment goal', 'long term goal', 'short term goal', 'treatment objective', 'treatment objectives', 'short term objective',
        'working toward', 'work toward', 'target behavior', 'ltg', 'stg',
      ],
      // "Objective 1a", "Goal #2": a numbered goal or objective of the plan (not the SOAP "Objective" heading).
      patterns: [
        // ("Obj 1a: PHQ-9 below 15 by discharge", "STG 2": the plan's shorthand.)
        '\\b(?:goal|objective|obj|stg|ltg)s?\\.?\\s*(?:#\\s*)?\\d+[a-z]?\\b',
        // A goal by its number in shorthand, with its status after a dash: "G1 – some progress", "G4 – done".
        '\\bg\\d{1,2}[ \\t]?[–—:-]',
        // The work's agreed focus named as such: "Focus agreed at 1st meeting: get sleep back to ~7 hrs", "aims agreed
        // with her".
        '\\b(?:focus|aims?|goals?|targets?)\\s+(?:was\\s+|were\\s+)?agreed\\b(?!\\s+(?:on\\s+)?(?:later|next|at\\s+(?:the\\s+)?next))',
        // What the client set out to do, as a letter tells it: "You said at the start that you wanted to ...".
        '\\b(?:at the (?:start|beginning|outset)|in (?:our|the|your|her|his|their) first session|at intake)\\b[^.\\n]{0,40}\\b(?:wanted|hoped|wished|would like)\\s+to\\b',
      ],
    },
    {
      id: 'negotiated',
      label: 'negotiated with the client',
      cues: [
        'client agreed', 'agreed', 'agreement', 'mutually', 'mutual', 'collaboratively', 'collaborative',
        'negotiat*', 'own words', "client's words", 'client identified', 'client chose', 'client selected',
        'client prioritized', 'co created', 'jointly', 'together we', 'shared decision',
      ],
    },
    {
      id: 'contract',
      label: 'contract (what each side can expect)',
      cues: [
        'contract', 'treatment agreement', 'service agreement', 'what to expect', 'expectations', 'expected of',
        'roles and responsibilities', 'ground rules', 'attendance policy', 'session frequency', 'frequency of sessions',
        'weekly sessions', 'biweekly sessions', 'committed to', 'commitment',
      ],
    },
    {
      id: 'tasks',
      label: 'general and specific tasks between sessions',
      cues: [
        'task', 'tasks', 'homework', 'hw', 'between sessions', 'between session', 'assignment', 'action step',
        'action steps', 'next step', 'worksheet', 'thought record', 'will practice', 'will practise', 'will complete',
        'will track', 'log', 'journal',
      ],
    },
    {
      id: 'measurable',
      label: 'measurable (behavior, criterion, time frame)',
      cues: ['as evidenced by', 'measured by', 'target date', 'criterion', 'by week', 'consecutive weeks'],
      patterns: [
        '\\b\\d+\\s*(?:x|times?)\\s*(?:per|a|/|each)\\s*(?:day|week|month)\\b',
        '\\b(?:phq-?9|gad-?7|pcl-?5|bdi(?:-ii)?|bai|suds|audit-?c?|dass-?21|ors|srs)\\b',
        // "within 6 weeks", "for 90 days", "for 12 sessions": the time frame or how long the criterion must hold
        '\\b(?:within|by|in|over|for)\\s+(?:the\\s+next\\s+)?\\d+\\s*(?:days?|weeks?|months?|sessions?)\\b',
        // "complete the 10-module course by 06/30/2025": a date to meet it by.
        '\\bby\\s+\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b',
        // "2 of the last 3 wks", "5 out of the past 7 nights": the goal counted against its criterion.
        '\\b\\d+\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:last|past)\\s+\\d+\\s*(?:days?|nights?|wks?|weeks?|months?|mornings?|evenings?|sessions?)\\b',
        // "every month x6 months": how long the criterion must hold, in clinical shorthand
        '\\bx\\s*\\d+\\s*(?:days?|wks?|weeks?|months?|mos?)\\b',
      ],
    },
    {
      id: 'interventions',
      label: 'linked interventions',
      cues: [
        'intervention', 'interventions', 'cbt', 'dbt', 'acceptance and commitment', 'motivational interviewing', 'emdr',
        'solution focused', 'exposure', 'behavioral activation', 'psychoeducation', 'linked to goal',
        'addressed goal', 'goal addressed', 'progress toward', 'progress towards',
      ],
    },
  ],
  aboutNext: true,
  threshold: 2,
  requires: ['stated'],
  negation: 'any',
  // ("She wondered whether her goal should be reconciliation": a goal weighed, not set.)
  context: { deferred: true, hypothetical: true },
  // "Thought process goal-directed" is a mental status finding, not a goal.
  // ("Lithium goal level 0.6-1.0" is a lab target; "scored a goal at soccer Saturday" a game's.)
  senses: ['mental-status', 'lab-target', 'sport-goal'],
  // Goals that are all vague ("feel better", "improve coping") are not measurable goals, however they are headed.
  depth: 'measurable-goals',
  template: {
    heading: 'Goals',
    body: [
      "- **Goal in the client's words:** <!-- ? What does the client want to be different? Quote them. -->",
      '- **Agreed with the client:** <!-- ? How was the goal negotiated, and does the client agree with it? -->',
      '- **Measure and time frame:** <!-- ? How will you both know it is met: what behavior, how often or how much, by when? -->',
      '- **Contract:** <!-- ? What can the client expect of you, and what is expected of the client? -->',
      '- **Tasks:** <!-- ? Which general tasks, and which specific task before the next session? -->',
      '- **Linked interventions:** <!-- ? Which interventions serve this goal? -->',
    ].join('\n'),
  },
};
