import type { Dimension } from './types.js';
import { cite } from './sources.js';
import { MONTH, WEEKDAY } from '../language/dates.js';

export const plan: Dimension = {
  id: 'plan',
  title: 'Plan',
  why: 'The plan carries the work to the next contact: what happens next, what the client will do between sessions, when they return and who else is involved.',
  source: cite(['payers', 'plan of care, next appointment'], ['helpingProcess', 'tasks between sessions']),
  headings: [
    '=Plan',
    '=P',
    'Plan of care',
    'Plan for next session',
    'Plan and recommendations',
    'Plan/recommendations',
    'Recommendations',
    'Next steps',
    'Next session',
    // A form's questions: "**What's next?**"
    "What's next",
    'What is next',
    // A letter's "What comes next:" over the steps, "What happens now".
    'What comes next',
    'What happens next',
    'What happens now',
    // "Next time: Thurs 19th, 4pm. ..."
    '=Next time',
    // "## Next", "**Next:** group is Tuesday": what comes next, under one word.
    '=Next',
    'Follow-up plan',
    'Follow up plan',
    '=Follow-up',
    '=Homework',
    'Homework for next session',
    'Homework assigned',
    'Between-session tasks',
    '=Tasks',
    'Action plan',
    'Action items',
    // "**Outstanding items.** Provide records to the coroner on request.", "Actions agreed"
    '=Actions',
    'Outstanding items',
    'Outstanding actions',
    'Agreed actions',
    'Actions agreed',
    // A couple's or family's "Agreements (written together)", "What we agreed": what each does before next time.
    '=Agreements',
    'What we agreed',
    'Disposition',
    // A discharge's plan for those who take over: "**Handover for GP**".
    'Handover',
  ],
  subItems: [
    {
      id: 'next-steps',
      // ("F/u PRN.", "Continue plan of care.": carried from note to note, no next step of this client's.)
      notStock: 'plan',
      label: 'next steps in treatment',
      cues: [
        'next steps',
        'will continue',
        'continue current',
        'continue weekly',
        'continue biweekly',
        'continue individual',
        'continue therapy',
        'continue counseling',
        'continue goal',
        'continue goals',
        'continue work on',
        'continue working on',
        'continue treatment',
        'plan to',
        'plans to',
        'will focus on',
        'next session will',
        'focus of next session',
        'at next session',
        'will introduce',
        'will review',
        'will address',
        'will explore',
        'will revisit',
        'will begin',
        'will start',
        'will assess',
        'will reassess',
        'will administer',
        'will monitor',
        'will update',
        'maintain current plan',
        // A closing letter's plan: "Things to keep doing, because they worked:"
        'keep doing',
        'update treatment plan',
        'treatment plan review',
      ],
      patterns: [
        '\\b(?:clinician|writer|therapist|counselor|we|i)\\s+will\\s+(?!not\\b)\\w+',
        // Spoken or dictated: "I'll send the memory nurse a note", "I'm going to send", "we're going to look at".
        "\\b(?:i|we)(?:['’]ll|['’]m\\s+going\\s+to|['’]re\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+are\\s+going\\s+to)\\s+(?!not\\b|see\\b)\\w+",
      ],
    },
    {
      id: 'homework',
      label: 'tasks or homework between sessions',
      cues: [
        'homework',
        'HW',
        'assignment',
        'assigned',
        'between-session',
        'between sessions',
        'between session',
        'tasks',
        'tasks for the week',
        'practice daily',
        'practice at home',
        'practice between sessions',
        'will practice',
        'will practise',
        'practise daily',
        'practise at home',
        'practise between sessions',
        'will track',
        'will log',
        'will complete',
        'will read',
        'will try',
        'action step',
        'action steps',
        'thought record',
        'worksheet',
        'mood log',
        'diary card',
        'behavioral experiment',
        'exposure practice',
        'agreed to',
        'committed to',
      ],
      // "Client to follow up with patient relations by Monday", "Pt will call the clinic": a task the client takes on.
      patterns: [
        "\\b(?:client|pt|patient|member|participant|she|he|they)(?:\\s+(?:to|will)|['’]ll)\\s+(?:follow up|call|phone|ring|contact|email|complete|practi[cs]e|track|log|try|bring|read|write|schedule|apply|attend|fill out|look into)\\b",
        // "Keep sleep diary", "fill in the thought record", "bring the activity log": a record kept between sessions.
        '\\b(?:keep|keeping|continue|fill\\s+in|fill\\s+out|complete|bring)\\s+(?:(?:the|a|an|his|her|their|your)\\s+)?(?:[\\w-]+\\s+){0,2}(?:diary|log|journal|tracker|record|worksheet|sheet|chart)\\b',
        // "Continue notebook daily", "continue the breathing practice each night": a task kept up between sessions.
        // (Any task verb, told as the plan tells it: "Practise breathing nightly", "walk 20 min 3x/week".)
        // (At a clause's start, or after "to", "will", "and", "then"; not "she used to walk daily".)
        "(?:(?<![\\w,'’][ \\t])(?<![\\w'’])|\\b(?<!\\bused\\s)(?:to|will|and|then)\\s+)(?:continue|practi[cs]e|use|try|log|track|record|walk|read|write|keep\\s+up)\\s+(?:(?:the|her|his|their|with)\\s+)?(?:[\\w-]+\\s+){0,3}(?:daily|nightly|each\\s+(?:day|night|morning|evening)|every\\s+(?:day|night|morning|evening)|at\\s+home|twice\\s+(?:a|per)\\s+(?:day|week)|\\d+\\s*x\\s*(?:/|per\\s+|a\\s+)(?:day|week|wk)|\\d+\\s+times\\s+(?:a|per)\\s+(?:day|week))(?![\\w/])",
        // A letter to the client: "What you'll do: tell your housemate", "you will keep the timetable".
        "\\byou(?:\\s+will|['’]ll)\\s+(?:do|follow up|call|contact|email|complete|practi[cs]e|track|log|try|bring|read|write|schedule|apply|attend|fill out|look into|keep|tell|book|use)\\b",
      ],
    },
    {
      id: 'next-session',
      // ("F/u PRN.", "Continue plan of care.": carried from note to note, no next step of this client's.)
      notStock: 'plan',
      label: 'next session scheduled',
      cues: [
        'next session',
        'next appointment',
        'next appt',
        'next visit',
        'RTC',
        'return to clinic',
        'return in',
        'f/u',
        'follow-up',
        'follow up',
        'rescheduled',
        'scheduled for',
        'next scheduled',
        'continue weekly sessions',
        'weekly sessions',
        'biweekly sessions',
        'monthly sessions',
        'next week',
        'in one week',
        'in two weeks',
        'in 1 week',
        'in 2 weeks',
        'biweekly',
        'bi-weekly',
        'every other week',
        'session frequency',
        'same time next week',
      ],
      patterns: [
        // "next 3/8 at 10:00": the next meeting by its date, as a plan shortens it (a weekday is the cues' to judge: "Her
        // sister visits next Wednesday").
        '\\bnext\\s+(?:on\\s+)?\\d{1,2}[/.]\\d{1,2}\\b',
        '\\bf/u\\b',
        '\\bRTC\\b',
        // "RTC in 2 wks"; not "x6 months", which is how long a goal runs.
        // (Not how long ago: "first in 6 months".)
        '(?<!\\b(?:first|time|once|twice|only)\\s)\\bin\\s*\\d+\\s*(?:wk|wks|weeks?|days?|months?)\\b',
        '\\bq\\s?(?:wk|week|1\\s?wk|2\\s?wks?|2\\s?weeks|month)\\b',
        // "You are welcome to book a one-off check-in session in February", "arrange a review in 3 months"
        '\\b(?:book|schedule|arrange)\\s+(?:a|an|another|your)\\s+(?:[\\w-]+\\s+){0,3}(?:session|appointment|check-?in|review|follow-?up)\\b',
        // "next wed same time", "next Thursday at 4", "Next Tues 10:30".
        `\\bnext\\s+${WEEKDAY}\\b\\.?,?\\s*(?:same\\s+time|at\\s+\\d|@\\s*\\d|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:.]\\d{2})`,
        // "Next couples session 4/11, 19:00", "next family meeting"
        '\\bnext\\s+(?:couples?|family|joint|individual|group|review|home|parent|telehealth|video|phone)\\s+(?:session|appointment|visit|meeting|call)\\b',
        // A booster set at discharge: "| Booster | 09/12/2024, 14:00 |", "booster session on 3 June".
        `\\bbooster(?:\\s+(?:session|appointment|appt))?\\b[^.\\n]{0,20}?(?:\\d{1,2}[/.]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2})`,
        // A session and its date written in words: "Session 5: 25 March, 13:00", "next appointment on 3 June".
        `\\b(?:session|appointment|appt|visit)(?:\\s+#?\\d+)?(?:\\s*[:–—-])?\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2})\\b`,
        // A session and its date: "Individual session with Sam 09/23 16:00; family session 09/30 17:00".
        '\\b(?:session|appointment|appt|visit)\\s+(?:(?:with|on)\\s+[\\w.]+\\s+){0,2}\\d{1,2}[/.]\\d{1,2}\\b',
      ],
    },
    {
      id: 'referrals',
      label: 'referrals and coordination of care',
      cues: [
        'referral',
        'referrals',
        'referred to',
        'will refer',
        'refer to',
        'referral to',
        'coordinate',
        'coordination of care',
        'care coordination',
        'consult with',
        'collateral contact',
        'release of information',
        'ROI',
        'psychiatric evaluation',
        'med management',
        'medication management',
        'medication evaluation',
        'IOP',
        'PHP',
        'case management',
        'case manager',
        'community resources',
        'no referrals',
        'no referral needed',
      ],
      // "Referred the insurance problem to the clinic social worker", "referring her to the food bank"
      patterns: [
        "\\brefer(?:red|ring|s)?\\s+(?:[a-z'’-]+\\s+){1,4}to\\s+(?!be\\b|as\\b)",
        // Care coordinated with the others involved: "liaise with the respiratory nurse", "Chase grab rails with OT",
        // "Ask GP re: memory screen".
        '\\b(?:liaise|liaising|liaised)\\s+with\\b',
        '\\b(?:chase|chasing|chased|ask|asking|contact|email|phone|ring|write\\s+to|letter\\s+to)\\s+(?:up\\s+)?(?:[\\w-]+\\s+){0,3}?(?:with\\s+)?(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:GP|OT|PCP|psychiatrist|prescriber|social\\s+worker|care\\s+coordinator|key\\s*worker|health\\s+visitor|school|housing\\s+(?:officer|team)|probation)\\b(?:\\s+(?:re:?|about|regarding|for|to))?',
      ],
    },
  ],
  aboutNext: true,
  // ("Reviewed last week's homework": the task done since, not the next one.)
  senses: ['past-task'],
  // ("F/u PRN, he'll drop in if he wants", "Next steps to be determined after the adjuster's visit": nothing set.)
  context: { undecided: true },
  threshold: 2,
  negation: 'any',
  template: {
    heading: 'Plan',
    body: [
      '- **Next steps:** <!-- ? What will the next session(s) focus on, and what changes in treatment, if any? -->',
      '- **Between sessions:** <!-- ? What did the client agree to do or practise before the next session? -->',
      '- **Next session:** <!-- ? When is the client returning (date or frequency)? -->',
      '- **Referrals and coordination:** <!-- ? Any referral, consult, release of information or contact with other providers? -->',
    ].join('\n'),
  },
};
