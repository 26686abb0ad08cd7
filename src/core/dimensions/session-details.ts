import type { Dimension } from './types.js';
import { cite } from './sources.js';
import { MONTH, WEEKDAY } from '../language/dates.js';

/** A session's start and end on the 24-hour clock, "1030–1110" (not the years "2019-2021"). */
const CLOCK_RANGE_24H = '(?!(?:19|20)\\d\\d[ \\t]?[-\\u2013\\u2014][ \\t]?(?:19|20)\\d\\d)(?:[01]\\d|2[0-3])[0-5]\\d[ \\t]?[-\\u2013\\u2014][ \\t]?(?:[01]\\d|2[0-3])[0-5]\\d';

export const sessionDetails: Dimension = {
  id: 'session-details',
  title: 'Session details',
  why: 'A note without date, time or duration, modality, participants and a signed, credentialed clinician cannot be billed, audited or relied on as a record.',
  source: cite(['medicare', 'date of service, start and stop time or total time, modality, signature and credentials'], 'naswRecords', 'telehealth'),
  headings: [
    'Session details',
    'Session information',
    'Session info',
    'Session data',
    'Visit details',
    'Visit information',
    'Service details',
    'Service information',
    'Encounter details',
    'Encounter information',
    'Note details',
    'Billing information',
    'Billing details',
  ],
  subItems: [
    {
      id: 'date',
      label: 'date of service',
      // "# DAP note, 3/14/2026", "Progress Note – 03/16/2026": the title's date is the date of service.
      inTitle: true,
      cues: ['date of service', 'DOS', 'session date', 'service date', 'visit date', 'date of session'],
      patterns: [
        '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
        '\\b\\d{4}-\\d{2}-\\d{2}\\b',
        // Day, month and year with stops or dashes, as Europe writes them: "13.11.2024", "13.11.24", "13-11-2024".
        '\\b\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})\\b(?!\\.\\d)',
        '\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b',
        `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
        `\\b\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}\\b`,
        // "12-Mar-2024", as EHR exports print it.
        `\\b\\d{1,2}-${MONTH}-\\d{2,4}\\b`,
        // "Date: 3/6", "Review date 5/22" (not "3 sessions to date 2...").
        `(?<!\\bto )\\b(?:session |service |review )?dates?(?: of service)?(?:[ \\t]*:[ \\t]*|[ \\t]+)(?:\\d|${MONTH}\\b)`,
        // "05/06 – 06/24": the dates of a course of sessions, without the year (not ratings: "3/10 – 5/10")
        '\\b\\d{1,2}/(?!10\\b)\\d{1,2}[ \\t]?[–-][ \\t]?\\d{1,2}/(?!10\\b)\\d{1,2}\\b(?!/)',
        // Without the year, as a busy clinician writes it: "Wed 16 Oct", "7 November", "Tues 4/2", "11/14, 50 min" or
        // "10/03 (60 min" beside the session's time, "| 06/12 |" a field of its own in a header line (a bare "8/10" is
        // a rating).
        // (Not in brackets right after a figure: "Lounge CIR 6 (Feb 7)" is when that rating was taken.)
        `(?<!\\d[ \\t]?\\()\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`,
        `(?<!\\d[ \\t]?\\()\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:sessions?|times|days|weeks|%))`,
        `\\b${WEEKDAY}\\.?,?\\s+\\d{1,2}/\\d{1,2}\\b`,
        '(?:^|[|·•][ \\t]?)\\d{1,2}/\\d{1,2}[ \\t]?(?=[|·•])',
        // "Progress note — Dana R. — 03/11 — 50 min": a field set off by dashes in a header line
        '[—–][ \\t]\\d{1,2}/\\d{1,2}[ \\t](?=[—–])',
        '\\b\\d{1,2}/\\d{1,2}\\b(?!/)[ \\t]?[,|·;–(-]?\\s*(?:\\d{1,2}(?::\\d{2})?\\s*(?:-|–|to)\\s*\\d{1,2}(?::\\d{2})?|\\d{1,3}\\s*min)',
        // De-identified for sharing by the identifiers fix: the date was written, then taken out.
        '\\[date removed\\]',
      ],
    },
    {
      id: 'time',
      label: 'start and stop time or duration',
      inTitle: true,
      cues: [
        'duration',
        'session length',
        'length of session',
        'start time',
        'end time',
        'stop time',
        'total time',
        'face-to-face time',
        '90791',
        '90792',
        '90832',
        '90834',
        '90837',
        '90839',
        '90840',
        '90846',
        '90847',
        '90853',
      ],
      patterns: [
        // ("10:30 till about 11:25")
        '\\b\\d{1,2}:\\d{2}\\s*(?:(?:am|pm|a\\.m\\.|p\\.m\\.|a|p)\\s*)?(?:-|\\u2013|\\u2014|to|till|until)\\s*(?:(?:about|around|approx\\.?)\\s+)?\\d{1,2}:\\d{2}',
        // With am or pm after the start, minutes by a colon or a stop or none: "2pm-2.50pm", "10.15am to 11am".
        '\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)\\s*(?:-|\\u2013|\\u2014|to|till|until)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)?(?![\\w.])',
        // (Not how late or how far: "arrived 15 min late", "a 40-minute drive".)
        '\\b\\d{1,3}\\s*(?:-\\s*)?(?:min|mins|minutes|minute)\\b(?![ \\t]+(?:late|early|drive|walk|away|ago|before|after|into)\\b)',
        // A visit's times as a worker writes them: "Arrived 10:15, left 11:25."
        '\\b(?:arrived|arrival|started|began|left|finished|ended|departed)\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b',
        // Dictated: "Fifty minutes, in person" (not "the last fifteen minutes" of it).
        '(?<!\\b(?:last|first|final|next|another|extra|other)\\s)\\b(?:twenty|thirty|forty|forty-five|fifty|fifty-five|sixty|ninety)\\s+minutes\\b(?![ \\t]+(?:late|early|drive|walk|away|ago|before|after|into)\\b)',
        // "Time in: 2:00, time out: 2:50", with its clock time ("a time-out" is a technique, not a time of day).
        '\\btime[ \\t]+(?:in|out)\\b(?:[ \\t]*:)?[ \\t]*\\d',
        // 24-hour clock, as inpatient units and outreach teams write it: "time 1415 to 1450", "0900-0950 hrs".
        '\\b(?:time|from)\\s*(?::\\s*)?(?:[01]\\d|2[0-3])[0-5]\\d\\s*(?:-|\\u2013|\\u2014|to)\\s*(?:[01]\\d|2[0-3])[0-5]\\d\\b',
        '\\b(?:[01]\\d|2[0-3])[0-5]\\d\\s*(?:-|\\u2013|\\u2014|to)\\s*(?:[01]\\d|2[0-3])[0-5]\\d\\s*(?:hrs|hours|h)\\b',
        // Right after the date, as a header line writes it: "03/11/2025 0900-0950, in person".
        '\\b\\d{1,2}/\\d{1,2}/\\d{2,4},?[ \\t]+(?:[01]\\d|2[0-3])[0-5]\\d[ \\t]?(?:-|\\u2013|\\u2014|to)[ \\t]?(?:[01]\\d|2[0-3])[0-5]\\d\\b(?![-/.]\\d)',
        // A clock written with a full stop, as in the UK and New Zealand: "10.30–11.20am", "14.00-14.50" (not "£14.00-£14.50"
        // nor a dose).
        '(?<![£$€\\d.])\\b\\d{1,2}\\.[0-5]\\d\\s?(?:am|pm)?\\s?(?:-|\\u2013|\\u2014|to)\\s?\\d{1,2}\\.[0-5]\\d(?![\\d.])(?!\\s?(?:mg|mcg|g|kg|ml|%|mmol|km|m|miles|kcal)\\b)',
        // ... or a field between commas of a header line: "09/07/24. F2F, station office verandah, 1030–1110." (not the
        // years ", 2022–2024").
        `[,;][ \\t]*${CLOCK_RANGE_24H}\\b(?![-/.]\\d)`,
        // ... or as a header's field of its own: "| DOS 2025-02-06 | 1400-1445 | video |" (not the years "| 2019-2021 |").
        `(?:^|\\|)[ \\t]*${CLOCK_RANGE_24H}[ \\t]*(?:\\||$)`,
        '\\b(?:1|one|1\\.5|two|2)\\s*(?:-\\s*)?(?:hour|hours|hr|hrs)\\b',
        // "Start 10:00 End 10:50", "Started 2:05 pm"
        '\\b(?:start|started|began|end|ended|finish|finished)(?:[ \\t]+time)?[ \\t]?[:=]?[ \\t]?\\d{1,2}[:.]\\d{2}\\b',
        // A contact logged by the clock, each entry opening with its time: "14:12 — Call taken."
        '^\\d{1,2}:\\d{2}(?:[ \\t]?(?:am|pm))?[ \\t]?[—–-][ \\t]',
      ],
    },
    {
      id: 'modality',
      label: 'modality (in person, video, phone) and place of service',
      inTitle: true,
      // "Next: phone session next week, then in person": the next sessions' modality, not this one's.
      notInTargets: true,
      cues: [
        'in person',
        'in-person',
        'face to face',
        'face-to-face',
        'telehealth',
        'telemedicine',
        'teletherapy',
        'video',
        'video session',
        'videoconference',
        'audio-only',
        'audio only',
        'telephone',
        'phone session',
        'phone call',
        'telephone call',
        'video call',
        'by phone',
        'via phone',
        'phone contact',
        'telephone contact',
        'Zoom',
        'Doxy',
        'home visit',
        'school-based',
        'in office',
        'office visit',
        'in clinic',
        'in-clinic',
        'clinic visit',
        'place of service',
        'POS',
        'modality',
        'Google Meet',
        'MS Teams',
        'Microsoft Teams',
        'WhatsApp video',
        'FaceTime',
        'Skype',
        'online session',
        'seen online',
        'on site',
        'on-site',
      ],
      // Where the session was held: "seen at Kinloch surgery", "seen at home", "seen in the school counselling room".
      patterns: [
        "\\bseen\\s+(?:at|in)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,2}(?:home|school|clinic|surgery|office|practice|centre|center|base|hub)\\b",
        // A call's direction: "Phone (outbound, returned self-referral)", "outgoing call", "inbound phone call".
        '\\bphone\\s*\\(\\s*(?:outbound|inbound|outgoing|incoming)\\b',
        '\\b(?:outbound|inbound|outgoing|incoming)\\s+(?:phone\\s+|telephone\\s+)?call\\b',
        // The room it was held in, in a line of fields: "30 min, counseling office", "family room 2", "clinic education
        // room".
        '\\b(?:counsell?ing|therapy|consulting|interview|clinic|treatment|group|family|education|meeting)\\s+(?:office|room)\\b',
        // The way it was held, as a field after the time in a note's opening line: "12/03/25, 11:20–11:32, phone".
        '(?:\\b\\d{1,2}[:.]\\d{2}|\\bmins?\\b|\\bminutes\\b)[ \\t]*[,;|][ \\t]*(?:phone|telephone|video|in[ \\t]+person)\\b(?![ \\t]+(?:number|no\\b|numbers))',
      ],
    },
    {
      id: 'clinician',
      label: 'clinician name, credentials and signature',
      cues: [
        'signature',
        'electronically signed',
        'e-signed',
        'clinician signature',
        'rendering provider',
        'LCSW',
        'LICSW',
        'LMSW',
        'LSW',
        'MSW',
        'LPC',
        'LPCC',
        'LCPC',
        'LMHC',
        'LMFT',
        'MFT',
        'LCADC',
        'LADC',
        'CADC',
        'LAC',
        'PsyD',
        'PhD',
        'APRN',
        'PMHNP',
        'ACSW',
        'NCC',
        'LPC-A',
        'LPC-Associate',
        'BSW',
        'LCMHC',
        'LCAT',
        'BCBA',
        // Occupational therapy: registered, licensed; certified assistant.
        'OTR/L',
        'OTR',
        'COTA',
        'clinical intern',
        'counseling intern',
        'MSW intern',
        'under supervision of',
        // Outside the US: UK (BACP, UKCP, HCPC, a clinical psychology doctorate, BPS and BABCP), Canada (RSW, RCC, CCC,
        // RP), Australia (MAPS, AMHSW).
        'DClinPsy',
        'ClinPsyD',
        'CPsychol',
        'AFBPsS',
        'BABCP',
        'MBACP',
        'BACP',
        'UKCP',
        'HCPC',
        'RSW',
        'RCC',
        'CCC',
        'MAPS',
        'FAPS',
        'AMHSW',
        // India: a Rehabilitation Council of India registration, an M.Phil. in clinical psychology.
        'M.Phil',
        'MPhil',
        'RCI',
        // UK nursing and NHS Talking Therapies roles: a mental health nurse, a community psychiatric nurse, a
        // psychological wellbeing practitioner.
        // Ireland (IACP, PSI) and UK membership bodies (NCPS, BPS graduate members).
        'MIACP',
        'IACP',
        'PsSI',
        'MNCPS',
        'MNCS',
        'MBPsS',
        'RMN',
        'RNMH',
        // Australia and New Zealand: a (credentialed, community) mental health nurse.
        'MHN',
        'CMHN',
        'CPN',
        'PWP',
        // School counselling: a licensed or professional school counselor (a master's in education is a pattern below).
        'LSC',
        'PSC',
      ],
      patterns: [
        // "Signed", not "warning signs": a cue would match the stem "sign". The note signed, "Signed 02/20", "signed by
        // K. Lee", "Signed: ...", not a form the client signed ("ROI on file (signed pre-departure 1/6)").
        "(?:^[ \\t>*_—–-]*(?:e-)?signed\\b|\\b(?:e-)?signed\\s*(?::|by\\b))",
        '\\b(?:note|entry|record)\\s+(?:e-)?signed\\b',
        // A master's in education, written with its stop (not "p.m. Ed arrived").
        '\\bM\\.Ed\\b',
        // A signature of its own: the clinician's initial and surname, then the credentials, alone as the note ends them
        // ("A. McKenzie, MHO", "T. Okafor, RMN/CBT").
        "^[a-z]\\.[ \\t]?(?:[a-z]\\.[ \\t]?)?[a-z'’-]{2,20},[ \\t]*[a-z]{2,6}(?:[ \\t]*[,/][ \\t]*[a-z]{2,6}){0,3}[ \\t]*$",
        // A signature line that gives the role: "Dr Emma Pruitt, Clinical Psychologist", "J. Ruiz, Counsellor".
        ',[ \\t]*(?:senior[ \\t]+)?(?:clinical[ \\t]+psychologist|counsell?ing[ \\t]+psychologist|psychologist|psychotherapist|counsell?or|social[ \\t]+worker|therapist|case[ \\t]+manager)[ \\t]*$',
        // A role given beside a name in a line of fields: "Facilitators: Lorna Baines (OT) and Dev Mistry (support
        // worker)", "Worker: Lucía Fernández, social worker, Migrant Support Project" (a bare name is no credential).
        // (with one word of its own before it: "(CBT therapist)", "(Assistant Psychologist)"; or a second role after a
        // slash: "Ruth Abernethy, CBT Therapist / Occupational Therapist")
        '[,(][ \\t]*(?:[a-z]+[ \\t]+)?(?:clinical[ \\t]+psychologist|counsell?ing[ \\t]+psychologist|psychologist|psychotherapist|counsell?or|social[ \\t]+worker|support[ \\t]+worker|therapist|case[ \\t]+manager|occupational[ \\t]+therapist|OT|mental[ \\t]+health[ \\t]+practitioner)[ \\t]*(?:[),/]|\\((?!\\s*[),]))',
        // A signature block of its own, name then role: "Chloe Benedetti / Clinical Psychologist, CYPWS" (short, no
        // full stop: not a sentence about "the school counsellor").
        "^(?:[a-z'’.-]+\\s+){1,3}(?:senior\\s+)?(?:clinical\\s+psychologist|counsell?ing\\s+psychologist|psychologist|psychotherapist|counsell?or|social\\s+worker|therapist)\\b[^.\\n]{0,40}$",
        // ... or on its own line under the name, as letters are signed: "Dr. Fiona Gallagher / Clinical Psychologist".
        '\\bdr\\.?(?:[ \\t]+[a-z][\\w.\'’-]*){1,3}[ \\t]+(?:senior[ \\t]+)?(?:clinical[ \\t]+psychologist|counsell?ing[ \\t]+psychologist|psychologist|psychotherapist|counsell?or|therapist)\\b',
      ],
    },
    {
      id: 'participants',
      label: 'participants',
      cues: [
        'participants',
        'attendees',
        'in attendance',
        'present in session',
        'also present',
        'others present',
        'present for session',
        'individual session',
        'family session',
        'couples session',
        'conjoint session',
        'group session',
        'collateral',
        'client only',
        'client alone',
        'client present',
        'client and mother',
        'client and father',
        'client and parent',
        'client and spouse',
        'client and partner',
      ],
      // A group's count: "Attendance 6 of 8", "attendance: 7/9".
      patterns: ['\\battendance(?:\\s*:\\s*|\\s+)\\d+\\s*(?:of|/)\\s*\\d+\\b'],
    },
  ],
  // Front matter is the preferred place (README: "Session details in front matter"); the first key is the one a fix adds.
  fields: {
    date: ['date', 'session_date', 'review_date', 'date_of_review', 'plan_date', 'date_of_plan', 'date_of_service', 'service_date', 'dos', 'sessionDate', 'date_of_discharge', 'discharge_date', 'closure_date', 'date_of_closure', 'last_contact', 'date_of_last_contact', 'final_session', 'last_session', 'final_session_date', 'last_session_date'],
    time: ['duration', 'start', 'end', 'start_time', 'end_time', 'time_in', 'time_out', 'duration_min', 'duration_minutes', 'minutes', 'time'],
    modality: ['modality', 'service_modality', 'setting', 'location', 'place_of_service', 'pos', 'mode', 'contact_type', 'type_of_contact', 'contact_method'],
    clinician: ['clinician', 'credentials', 'provider', 'therapist', 'counselor', 'counsellor', 'author', 'signed_by', 'signature'],
    participants: ['participants', 'attendees', 'present', 'attendance', 'person_contacted', 'persons_present', 'caller', 'resident', 'other party'],
  },
  fieldsInBody: ['date', 'time', 'modality', 'participants'],
  threshold: 3,
  // The date always; start/stop time or duration for billed sessions, not for a plan review or a discharge summary.
  requires: ['date'],
  requiresIn: { progress: ['time'], intake: ['time'], group: ['time'], occupational: ['time'], termination: ['clinician'] },
  // A closing summary is often written without a session: its date and the signing clinician are what it needs. So is
  // a plan, a document dated and signed whatever sessions it sets out ("12 weekly, 50 min, in person" plans them).
  thresholdIn: { termination: 2, 'treatment-plan': 2 },
  negation: 'any',
  template: {
    heading: 'Session Details',
    body: [
      '- **Date:** <!-- ? Date of service -->',
      '- **Time:** <!-- ? Start and stop time, or total minutes -->',
      '- **Modality:** <!-- ? In person, video or phone; where the client was -->',
      '- **Participants:** <!-- ? Who attended (client alone, family members, collaterals)? -->',
      '- **Clinician:** <!-- ? Name, credentials, signature -->',
    ].join('\n'),
  },
};
