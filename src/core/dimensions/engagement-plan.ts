import type { Dimension } from './types.js';
import { cite } from './sources.js';
import { ENGAGEMENT_TOPIC } from '../language/topics.js';

/** Another way in that a service offers: a phone, video, shorter, evening or off-site contact. */
const OFFERED_KIND = '(?:individual|extra|brief|phone|video|additional|one-to-one|1:1|shorter|earlier|later|evening|weekend|off-?site|community)';

export const engagementPlan: Dimension = {
  id: 'engagement-plan',
  title: 'Engagement plan for reluctance',
  why: 'Missed sessions, long silences, small talk and undone tasks are signals, not verdicts; the note should show which reasons were considered and what will change to keep the client engaged.',
  source: cite(['reluctance', "signs of reluctance and their reasons, strategies, the client's view of the relationship, adjusting the service"]),
  headings: [
    'Engagement plan',
    'Engagement strategies',
    'Engagement and attendance plan',
    'Re-engagement',
    'Re-engagement plan',
    'Reengagement plan',
    'Plan to re-engage',
    'Outreach plan',
    'Addressing reluctance',
    'Addressing ambivalence',
    'Barriers to engagement',
    'Attendance plan',
    // "Attendance / engagement follow-up": what was done after missed sessions.
    'Engagement follow-up',
    'Attendance follow-up',
  ],
  subItems: [
    {
      id: 'reasons',
      label: 'reasons for the reluctance considered',
      cues: [
        'possible reasons',
        'reason for missing',
        'reasons for missing',
        'what got in the way',
        'what gets in the way',
        'what makes it hard',
        'what makes',
        // (Irregular past: "Asked what made him skip it.")
        'what made',
        'afraid of',
        'fear of',
        'fears',
        'worried that',
        // "she'd been worried it was about her licence"
        'worried it',
        'embarrassed',
        'ashamed',
        'shame',
        // "She named shame about drinking as the reason."
        'as the reason',
        'not sure counseling',
        'not sure therapy',
        'for people like me',
        'explored what',
        'explored reasons',
        'explored barriers',
        'fear of change',
        'afraid of change',
        'ambivalence',
        'ambivalent',
        'mismatch',
        'poor fit',
        'fit with clinician',
        'fit with the clinician',
        'prefers a female',
        'prefers a male',
        'gender of the clinician',
        'clinician gender',
        'personality',
        'style',
        'systemic barriers',
        'generational',
        'mistrust',
        'distrust',
        'past experience with',
        'bad experience with',
        'cultural differences',
        'uncomfortable discussing',
        'uncomfortable talking',
        'unclear about the purpose',
        'did not understand',
        'unsure what counseling',
        'unsure what therapy',
        'transportation',
        // ("farm transport to town Saturdays only, no money for taxi": how the client would get here.)
        'transport',
        'child care',
        'childcare',
        'work schedule',
        'schedule conflict',
        // "the Thursday 10 a.m. slot clashed with her busiest day"
        'clash',
        'clashed',
        'forgot',
        'hypothesize',
        'may reflect',
        'may be related to',
        'appears related to',
        'likely related to',
      ],
      patterns: [
        "\\b(?:does not|doesn't|did not|didn't|do not|don't)\\s+trust\\b",
        // "what else had got in the way", "asked what might have got in the way"
        '\\bwhat\\s+(?:else\\s+)?(?:had\\s+|has\\s+|might\\s+have\\s+|may\\s+have\\s+)?(?:got|gotten|gets|is\\s+getting|was\\s+getting|stood|stands)\\s+in\\s+the\\s+way\\b',
        // The client's own reason for staying away: "she didn't want to miss netball", "doesn't want to come when Dad is there".
        "\\b(?:did not|didn't|does not|doesn't|do not|don't)\\s+want\\s+to\\s+(?:come|attend|miss|be\\s+(?:here|there)|talk|engage)\\b",
        // "Reframed as a possible rupture after he pushed on custody", "a likely reason is the new shift pattern"
        '\\b(?:possible|likely|probable)\\s+(?:rupture|reason|explanation|cause)s?\\b',
        // "I considered whether the work pattern ... was behind this"
        '\\b(?:considered|wondered|explored|asked)\\s+whether\\b[^.;\\n]{0,120}\\b(?:was|is|were|are|might be|may be)\\s+behind\\b',
        // The reason given for it: "the second cancellation was because she couldn't face ...".
        '\\b(?:was|were)\\s+because\\s+(?:she|he|they|of|her|his|their|the)\\b',
        // "Reasons considered: social anxiety, first group since admission"
        '\\breasons?\\s+(?:(?:we|I|she|he|they)\\s+)?(?:considered|explored|discussed|identified|hypothesi[sz]ed|include[sd]?)\\b',
        // "not sure what group is for", "unclear why therapy was recommended"
        '\\b(?:not sure|unsure|unclear)\\s+(?:what|why)\\s+(?:the\\s+)?(?:counsell?ing|therapy|group|sessions?|treatment|service)\\s+(?:is|was|are|were)\\b',
        // "12-hr shifts and nights make weekly sessions hard", "missed 1 session (shift swap)", "Rupture in session 9"
        '\\b(?:make|makes|made|making)\\s+(?:\\w+\\s+){0,2}(?:sessions?|appointments?|attendance|attending)\\s+(?:hard|harder|difficult|tricky|impossible)\\b',
        '\\bmissed\\s+(?:\\w+\\s+){0,2}(?:sessions?|appointments?|appts?|groups?)\\s*\\([^()\\n]{3,40}\\)',
        '\\brupture\\s+(?:in|during|at)\\s+(?:the\\s+|last\\s+|our\\s+)?session\\b',
        // "Asked what was getting in the way", in any tense.
        '\\bwhat\\s+(?:(?:was|is|has\\s+been|had\\s+been|might\\s+be)\\s+)?(?:getting|got|gets|gotten)\\s+in\\s+the\\s+way\\b',
        // "check whether evening time or Zoom is the barrier", "wondered if the group size is the problem"
        '\\b(?:whether|if)\\b[^.;\\n]{0,60}\\b(?:is|was|are|were|might\\s+be|may\\s+be)\\s+the\\s+(?:barrier|obstacle|problem|issue|reason|sticking\\s+point)\\b',
        // "the stall is ... the reason he can't get to appointments"
        "\\b(?:can['’]?t|cannot|could\\s*not|couldn['’]?t|struggles?\\s+to|struggled\\s+to)\\s+(?:get|come|make\\s+it)\\s+(?:in\\s+)?to\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:appointments?|appts?|sessions?|groups?|clinic)\\b",
        // A reason weighed for the missed sessions: "R. may not be able to leave his wife alone".
        '\\b(?:may|might|could)\\s+not\\s+be\\s+able\\s+to\\s+(?:leave|come|attend|travel|afford|make\\s+it|get\\s+(?:here|away|out|in))\\b',
        // The reason told with the missed sessions: "was missing appointments in Feb because the ute was off the road";
        // or read from them: "The DNA reads as a family obligation, not disengagement".
        '\\bmiss(?:ed|ing)\\s+(?:\\w+\\s+){0,3}?(?:sessions?|appointments?|appts?|groups?|visits?)\\b[^.\\n]{0,40}?\\b(?:because|due\\s+to|d/t|owing\\s+to)\\b',
        '\\b(?:DNA|DNAs|no[- ]?shows?|absences?|non[- ]attendance|missed\\s+(?:sessions?|appointments?))\\s+(?:reads?|seems?|seemed|appears?|appeared|looks?|looked)\\s+(?:more\\s+)?(?:as|like|to\\s+be)\\b',
        // The ride that failed: "the taxi \"never came\"", "her lift fell through", "the bus didn't turn up".
        "\\b(?:taxi|cab|lift|ride|bus|transport|transportation|minibus)\\b[^.\\n]{0,20}\\b(?:never\\s+came|never\\s+turned\\s+up|didn['’]?t\\s+(?:come|turn\\s+up|show)|did\\s+not\\s+(?:come|turn\\s+up|show)|fell\\s+through|no[- ]show(?:ed)?)",
        // The fare the client cannot pay: "no money for taxi", "can't afford the bus fare".
        "\\b(?:no\\s+money|can['’]?t\\s+afford|cannot\\s+afford|couldn['’]?t\\s+afford)\\s+(?:for\\s+)?(?:the\\s+|a\\s+)?(?:taxi|cab|bus|train|fare|fares|transport|petrol|gas|ride|ticket)\\b",
        // "Asked what would make it easier to come back": what gets in the way of attending, asked of the client.
        '\\bwhat\\s+(?:would|might|could)\\s+make\\s+it\\s+(?:easier|possible|harder)\\s+(?:for\\s+(?:her|him|them|you)\\s+)?to\\s+(?:come|attend|return|keep\\s+coming|get\\s+here|stay)\\b',
      ],
    },
    {
      id: 'strategies',
      label: 'strategies used with the client',
      cues: [
        'voice fears',
        'voiced fears',
        'express fears',
        'expressed fears',
        'voice concerns',
        'voiced concerns',
        'invited client to share',
        'validated',
        'normalized',
        'acknowledged',
        'visualize',
        'visualized',
        'imagine',
        'picture',
        'best possible self',
        'positive outcomes',
        'miracle question',
        'motivational interviewing',
        'decisional balance',
        'rolled with',
        'rolling with',
        'develop discrepancy',
        'elicited change talk',
        'bus pass',
        'transportation assistance',
        'gas card',
        'child care resources',
        'childcare resources',
        'resources for',
        'provided resources',
        'connected to resources',
        // Giving the client control and credit: "she sets the pace", "thanked her for being honest".
        'sets the pace',
        'set the pace',
        'at her own pace',
        'at his own pace',
        'at their own pace',
        'thanked her for',
        'thanked him for',
        'thanked them for',
      ],
      patterns: [
        '\\bMI\\s+(?:techniques?|skills|spirit|strategies|approach)\\b',
        // "invite him back to say what he would have wanted", "invited her back"
        '\\binvit(?:e|ed|es|ing)\\s+(?:him|her|them|the\\s+client)\\s+back\\b',
        // Not understanding the service, answered: "explained the purpose of the skills group"
        '\\bexplained\\s+(?:the\\s+)?(?:purpose|point|aim)s?\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:group|counsell?ing|therapy|sessions?|treatment|service|program|programme)\\b',
      ],
    },
    {
      id: 'relationship-view',
      label: "the client's view of the working relationship",
      cues: [
        'feedback',
        'client feedback',
        'session rating scale',
        'invited questions',
        'invited feedback',
        'elicited feedback',
        'asked for feedback',
        'asked client for feedback',
        'working relationship',
        'outcome rating scale',
        'therapeutic relationship',
        // The working relationship, not "her partner ended the relationship".
        'our relationship',
        'relationship with me',
        'relationship with this writer',
        'fit with',
        'comfortable with clinician',
        'comfortable with the clinician',
        'comfortable with this writer',
        'what would make',
        'more helpful',
        'less helpful',
        'how sessions are going',
        'how therapy is going',
        'how sessions feel',
        'how our sessions',
        'how the sessions',
        'how counseling feels',
        'how therapy feels',
        'how the work feels',
        'how our work',
        'alliance rupture',
        'rupture in the alliance',
        'rupture and repair',
        'therapeutic alliance',
        'working alliance',
      ],
      patterns: [
        // "He was invited to say what he thought of the counselor and the program."
        '\\b(?:asked|invited|wondered)\\b[^.;\\n]{0,30}\\b(?:what|how)\\s+(?:he|she|they|the\\s+client)\\s+(?:thought|thinks|felt|feels)\\s+(?:of|about)\\s+(?:the\\s+|this\\s+|our\\s+|his\\s+|her\\s+|their\\s+)?(?:counsell?or|therapist|clinician|worker|program|programme|group|sessions?|work|me)\\b',
        // "I asked how it's going working with me and if anything I do makes it harder to come."
        '\\b(?:asked|invited|wondered|checked)\\b[^.;\\n]{0,30}\\bhow\\s+(?:it[’\']s|it\\s+is|things\\s+are)\\s+going\\s+(?:working\\s+)?with\\s+(?:me|this\\s+writer|the\\s+(?:counsell?or|therapist|clinician|worker|group))\\b',
        // "Asked how working with me is going."
        '\\b(?:asked|invited|wondered|checked)\\b[^.;\\n]{0,30}\\bhow\\s+(?:working|the\\s+work)\\s+with\\s+(?:me|this\\s+writer|the\\s+(?:counsell?or|therapist|clinician|worker))\\s+(?:is|was|has\\s+been)\\s+going\\b',
        // "Asked how she finds working with me / the format."
        '\\b(?:asked|invited|wondered)\\b[^.;\\n]{0,30}\\bhow\\s+(?:he|she|they|the\\s+client)\\s+(?:finds?|found|experiences?|experienced)\\s+(?:working\\s+with\\s+me|our\\s+work|the\\s+sessions|sessions|the\\s+format|therapy|counsell?ing|the\\s+work)\\b',
      ],
    },
    {
      id: 'adjustments',
      label: 'adjustments to the service',
      cues: [
        'reschedule',
        'rescheduled',
        'different time',
        'convenient time',
        'more convenient',
        'evening appointment',
        'evening appointments',
        'earlier appointment',
        'later appointment',
        'weekend appointment',
        'longer session',
        'longer sessions',
        'extended session',
        'lengthen',
        'shorter sessions',
        'telehealth option',
        'switch to telehealth',
        'offered telehealth',
        'offered video',
        'reviewed confidentiality',
        'restated confidentiality',
        'reinforced confidentiality',
        'reviewed limits of confidentiality',
        'referral to another',
        'transfer to another',
        'different clinician',
        'another clinician',
        'another therapist',
        'change frequency',
        'changed frequency',
        'reduced frequency',
        'reduce frequency',
        'every other week',
        'reminder call',
        'reminder calls',
        'reminder text',
        'reminder texts',
        'appointment reminder',
        'appointment reminders',
        'attendance agreement',
        'attendance contract',
        'outreach',
        'outreach call',
        'outreach letter',
        'simplified the homework',
        'smaller steps',
        'modified the assignment',
        'adjusted the homework',
        'shorter sessions',
        'shorten sessions',
        'shortened sessions',
        'simplify',
        'simplified',
        'simpler',
        'smaller step',
        'one line a day',
        'scaled back',
      ],
      patterns: [
        // "shifting homework to verbal practice", "moved sessions to 7 am", "switched appointments to video"
        '\\b(?:shift|shifted|shifting|switch|switched|switching|move|moved|moving|adapt|adapted|adapting|tailor|tailored|tailoring|adjust|adjusted|adjusting|change|changed|changing)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|our\\s+)?(?:homework|sessions?|assignments?|tasks?|appointments?|practice|schedule|check-?ins?|reminders?|format)\\s+(?:to|into|around)\\b',
        // A way to get there: "arranged a ride to group", "put her on the van list", "set up a bus pass".
        '\\b(?:arranged|set\\s+up|booked|organi[sz]ed|put\\s+(?:her|him|them)\\s+on\\s+the)\\s+(?:a\\s+|the\\s+|her\\s+|his\\s+|their\\s+)?(?:ride|rides|van|van\\s+list|transport|transportation|taxi|cab|bus\\s+pass|gas\\s+card)\\b',
        // "Agreed she'll offer Sunday or weekday evening slots"
        '\\boffer(?:ed|s|ing)?\\s+(?:\\w+\\s+){0,4}(?:slots?|appointment\\s+times|session\\s+times)\\b',
        // "offered ... permission to step out", "gave her the option to write instead"
        '\\b(?:offered|gave|allowed)\\b[^.;\\n]{0,40}\\b(?:permission|option|choice)\\s+to\\b',
        // "moving to the 5:30 p.m. slot on Wednesdays", "switch to video", "alternating in-person and video sessions"
        '\\b(?:moving|move|moved|switching|switch|switched|changing|change|changed)\\s+(?:her\\s+|him\\s+|them\\s+)?to\\s+(?:the\\s+|an?\\s+)?(?:[\\w.:-]+\\s+){0,3}?(?:slot|evening|morning|weekend|video|phone|telehealth|in-person)\\b',
        '\\balternating\\s+(?:in-person|in person|video|phone|home)\\s+and\\s+(?:in-person|in person|video|phone|home|clinic)\\b',
        // "I offered: an early 8 a.m. slot, video sessions from her car" (not "offered a new appointment": a rebooking)
        '\\boffered:?\\s+(?:(?:her|him|them|you|an?|the)\\s+)?(?:[\\w.-]+\\s+){0,2}?(?:early|earlier|later|evening|weekend|saturday|sunday|lunchtime|after-?school|video|phone|telephone|home|shorter|longer|different|flexible)\\b',
        // "He was moved to the Thursday evening group", "switched her to a female counselor".
        '\\b(?:(?:was|were|been)\\s+(?:moved|switched|transferred|changed)|(?:moved|switched|transferred)\\s+(?:him|her|them))\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+){0,2}(?:group|session|sessions|slot|time|day|clinician|counsell?or|therapist|schedule)\\b',
        // "If the client prefers a different counselor, Kellan will offer a transfer"
        '\\b(?:prefers?|wants?|offer(?:ed|s)?)\\s+(?:him\\s+|her\\s+|them\\s+)?(?:a\\s+)?(?:different|another|new)\\s+(?:counsell?or|therapist|clinician|worker)\\b',
        // "a written worksheet instead of speaking"
        '\\binstead\\s+of\\s+(?:speaking|talking|sharing|writing|coming\\s+in|meeting\\s+in\\s+person)\\b',
        // "offer individual check-in", "offered her a phone session": another way in, offered
        // ("offer the option of a brief individual check-in before next group")
        // ("offering phone or video sessions and an off-site appointment")
        // ("We agreed on short phone check-ins in the early evening", "she can have a phone session if a ride falls through")
        `\\b(?:offer(?:ed|ing|s)?|agreed\\s+on|can\\s+have|could\\s+have)\\s+(?:(?:him|her|them|the\\s+client)\\s+)?(?:the\\s+option\\s+of\\s+)?(?:an?\\s+)?(?:brief\\s+|short\\s+)?${OFFERED_KIND}(?:\\s+or\\s+${OFFERED_KIND})?\\s+(?:check-?ins?|catch-?ups?|sessions?|calls?|appointments?|meetings?|slots?|times?)\\b`,
        // A contact at a time the client picks: "then a shorter HV (30 min) on a day she picks".
        '\\b(?:on\\s+(?:a\\s+)?days?|at\\s+(?:a\\s+)?times?)\\s+(?:that\\s+)?(?:she|he|they|the\\s+client)\\s+(?:picks?|chooses?|prefers?|wants?)\\b|\\b(?:a\\s+)?(?:day|time)\\s+that\\s+suits\\s+(?:her|him|them)\\b',
        // "I will text a reminder Sunday", "call her with a reminder the day before"
        '\\b(?:text|call|ring|phone|email|send)\\s+(?:(?:him|her|them|the\\s+client)\\s+)?(?:with\\s+)?an?\\s+(?:appointment\\s+)?reminder\\b',
        // A group member who stopped coming, followed up: "Kwame to phone Member G", "will call the participant".
        '\\b(?:to|will|would)\\s+(?:phone|call|ring|text|contact|reach\\s+out\\s+to|check\\s+in\\s+with)\\s+(?:the\\s+)?(?:member|participant)s?\\b',
        // Confidentiality gone over again, in whatever words: "Went over limits of confidentiality again, since D. said
        // last week 'everything I say goes to my PO'".
        '\\b(?:reviewed|went\\s+over|explained|re-?explained|restated|clarified|revisited|talked\\s+through)\\b[^.;\\n]{0,30}\\bconfidentiality\\b',
        // ... or in plain words: "to restate that content isn't shared with line management".
        "\\b(?:restate|restated|restating|reassure|reassured|reassuring|explain|explained|clarify|clarified|reiterate|reiterated|confirm|confirmed)\\s+(?:(?:him|her|them)\\s+)?that\\s+(?:what\\s+(?:he|she|they)\\s+says?|(?:session\\s+)?content|sessions?|(?:the\\s+)?information|notes?)\\s+(?:is\\s+not|isn['’]t|are\\s+not|aren['’]t|won['’]t\\s+be|will\\s+not\\s+be|is\\s+never)\\s+(?:shared|passed\\s+on|reported|disclosed|told)\\b",
        // The session itself moved, as the note puts it: "Remaining sessions moved to 14:00 on his rest day", "could we
        // move to 10am rather than 2pm", "appointments switched to Tuesdays".
        '\\b(?:sessions?|appointments?|appts?|slots?|check-?ins?|visits?)\\s+(?:are\\s+|were\\s+|was\\s+|is\\s+|will\\s+be\\s+|now\\s+)?(?:moved|switched|changed|rescheduled|shifted)\\s+to\\b',
        '\\b(?:move|moved|moving|switch|switched|change|changed)\\s+to\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:.]\\d\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings|afternoons|evenings|fortnightly|biweekly)(?![\\w:])',
        // A change made so that the client can come: "Group agreed to try Saturday 10:00 so shift workers can come".
        '\\bso\\s+(?:that\\s+)?(?:(?:the\\s+)?[a-z]+\\s+workers|he|she|they|members|everyone|more\\s+(?:members|people))\\s+(?:can|could|are\\s+able\\s+to|is\\s+able\\s+to)\\s+(?:come|attend|make\\s+it|get\\s+(?:here|there)|join)\\b',
        // The service taken to the client: "offered home visit instead of clinic", "will do a home visit on Thursday".
        '\\b(?:offer(?:ed|s|ing)?|do|doing|arrange[ds]?|arranging|will\\s+do|to\\s+do)\\s+(?:(?:him|her|them)\\s+)?(?:a\\s+)?home\\s+visits?\\b',
        // "we switched to 20-min check-in calls on weeks she could not come in", "moved to video sessions"
        '\\b(?:switched|moved|changed|shifted)\\s+to\\s+(?:[\\w-]+\\s+){0,3}(?:calls?|sessions?|check-?ins?|video|phone|telehealth|visits?|appointments?)\\b',
      ],
    },
  ],
  aboutNext: true,
  // "Fear of", "acknowledged", "rescheduled" speak to reluctance only about the sessions and the work.
  topic: ENGAGEMENT_TOPIC,
  threshold: 2,
  negation: 'any',
  // Ambivalence about drinking or AA is about the change, not about coming to the sessions.
  senses: ['change-ambivalence', 'technique-feedback'],
  triggers: [
    {
      id: 'missed-sessions',
      label: 'missed or cancelled sessions',
      cues: [
        'missed session',
        'missed sessions',
        'missed appointment',
        'missed appointments',
        'missed appt',
        'missed last session',
        'missed last week',
        'no-show',
        'no-showed',
        'no show',
        'no showed',
        'did not show',
        "didn't show",
        'failed to show',
        'failed appointment',
        'FTA',
        'late cancel',
        'late cancellation',
        'late cancellations',
        'cancelled session',
        'cancelled sessions',
        'canceled session',
        'canceled sessions',
        'cancelled appointment',
        'canceled appointment',
        'cancelled last',
        'canceled last',
        'cancelled twice',
        'canceled twice',
        'multiple cancellations',
        'inconsistent attendance',
        'sporadic attendance',
        'poor attendance',
        'attendance has been inconsistent',
        'attendance has been sporadic',
        'arrived late',
        'arrived 20 minutes late',
      ],
      patterns: [
        // (The look-behind reads at most three blanks back: with \\s+ it re-read a whole run of blanks from each place it
        // was tried, and in some runs of the timing suite V8 tried it at every place, \\b first or not: 23 s of CPU on
        // 100 KB of tabs.)
        '\\b(?<!\\b(?:no|not|any|zero|without|never)\\s{1,3})(?:missed|missing|skipped|skipping|cancell?ed|cancell?ing|no[- ]?showed for)\\s+(?:[\\w/-]+\\s+){0,6}?(?:sessions?|sess|appointments?|appts?|groups?|grps?|group sessions?|group meetings?|visits?|meetings?|mtgs?|meetups?|check-ins?|classes)\\b',
        // "after missing 3/11 and 3/18": a missed appointment named by its date.
        '\\b(?<!\\b(?:no|not|any|zero|without|never)\\s{1,3})(?:missed|missing|skipped)\\s+(?:on\\s+)?\\d{1,2}/\\d{1,2}\\b',
        // An appointment kept by nobody, told as what was meant to happen: "was supposed to meet with me last Tuesday
        // ... and did not come", "was due in on Monday but never showed".
        "\\b(?:was|were|is|are)\\s+(?:supposed|due|meant|scheduled|booked)\\s+(?:to\\s+(?:meet|come|see|be\\s+seen|check\\s+in)|in)\\b[^.\\n]{0,80}\\b(?:did not|didn't|never|failed to)\\s+(?:come|show|turn up|attend)\\b",
        // "did not come to his check-ins", "didn't show up for group", "never turned up to the visit", "did not come to
        // the 04/29 family session" (a date among the words: attendance counts no longer read "04/29 session").
        "\\b(?:did not|didn't|does not|doesn't|never|had not|hadn't|has not|hasn't|have not|haven't)\\s+(?:come|show up|turn up|attend|attended)(?:\\s+(?:to|for))?\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:[\\w'’/]+\\s+){0,2}(?:sessions?|appointments?|appts?|groups?|visits?|meetings?|meetups?|check-ins?|classes)\\b",
        // "sessions on 3/6 and 10/6 cancelled by client", "the last two appointments were missed by him": the client's
        // own cancellations, written in the passive (not the clinic's: "group cancelled for the holiday").
        "\\b(?:sessions?|appointments?|appts?|visits?|groups?|check-ins?)\\b[^.\\n]{0,40}?\\b(?:cancell?ed|missed)\\s+by\\s+(?:the\\s+)?(?:client|pt|patient|her|him|them|family|parents?|mother|father|mom|dad|couple)\\b",
        // "after cancelling 05/20 and 05/27": a cancelled appointment named by its date
        '\\b(?<!\\b(?:no|not|never)\\s)(?:cancell?ed|cancell?ing|no[- ]?showed)\\s+(?:on\\s+)?\\d{1,2}/\\d{1,2}\\b',
        // A session cancelled the same day ("cancelled by E. by email at 11:20 the same day", "same-day cancellation").
        '\\b(?:cancell?ed|cancell?ation)\\b[^\\n]{0,60}\\bsame[- ]day\\b|\\bsame[- ]day\\s+cancell?ations?\\b',
        // "Sessions 4 and 5 cancelled (texts at 6:40 am)": the client's sessions, by their numbers, called off.
        '\\b(?<!\\b(?:no|zero|any|none)\\s)(?:sessions?|appointments?|appts?|visits?)\\s+#?\\d{1,2}(?:\\s*(?:,|and|&)\\s*#?\\d{1,2}){0,3}\\s+(?:were\\s+|was\\s+)?(?:cancell?ed|missed|no[- ]?showed)\\b(?!\\s+by\\s+(?:the\\s+)?(?:clinic|clinician|therapist|counsell?or|writer|me|us|agency|service|office|staff)\\b)',
        // "04/01 session missed (no answer x2)", "appointment was missed" (not "no sessions missed").
        '\\b(?<!\\b(?:no|zero|any|none)\\s)(?:sessions?|appointments?|appts?|visits?|calls?)\\s+(?:was\\s+|were\\s+)?missed\\b',
        // "texted at 3:30 to cancel", "called this morning to cancel".
        "\\b(?:called|texted|phoned|emailed|messaged|rang)\\b[^.\\n]{0,40}\\bto\\s+cancel\\b",
        '\\bDNS\\b',
        // A visit turned down: "Declined last 2 visits", "refused the session on 3/4" (not "declined a referral").
        '\\b(?<!\\b(?:no|not|never)\\s)(?:declined|refused|turned\\s+down)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+|our\\s+)?(?:(?:last|previous|past|two|three|several|both)\\s+)?(?:\\d+\\s+)?(?:(?:home|bedside|scheduled|weekly|counsel+ing|therapy|outreach)\\s+)?(?:sessions?|appointments?|appts?|visits?|groups?|check-ins?)\\b',
        // "NS 5/13, no call", "NS x2": a no-show in shorthand, with its date or count.
        '\\bNS\\b(?=[ \\t]+(?:on[ \\t]+)?\\d{1,2}/\\d{1,2}\\b|[ \\t]*x[ \\t]?\\d\\b)',
        // UK "did not attend": "after DNA on 22/02 and 29/02", "two DNAs", "DNA'd twice" (not a DNA test).
        // (As a register or a table marks it: "| FO | DNA |", "DNA: member F.", "DNA (also DNA at S2).")
        "\\bDNA(?:s\\b|['’]?d\\b|\\b(?=[ \\t]+(?:on|x[ \\t]?\\d|twice|again|last|previous)\\b|[ \\t]+\\d{1,2}[/.]\\d|[ \\t]*(?:[|:(.,;]|$)))",
        // "did not attend 18/11 - no contact", "failed to attend on 12/09 and 19/09", "did not attend again".
        "\\b(?:did\\s+not|didn['’]t|failed\\s+to)\\s+attend\\b(?=[ \\t]+(?:on[ \\t]+)?\\d{1,2}[/.]\\d|[ \\t]+(?:again|twice|today|this\\s+week|last\\s+week|x[ \\t]?\\d)\\b)",
        // An absence counted or dated: "2nd consecutive absence, no call", "second absence", "Absent Mon 3/3", "absent again",
        // "absent 2nd time, no message", "absent for the third month running".
        '\\b(?:\\d(?:st|nd|rd|th)|second|third|fourth|consecutive|another|unexplained|unexcused)\\s+(?:consecutive\\s+)?absences?\\b',
        // An absence counted in weeks or sessions, in either order: "absent, 2nd week in a row", "2nd week absent", "third
        // week running not here" (not the client off work or school: "absent from work for the second week").
        '\\b(?:absent|not\\s+(?:here|present)|no[- ]?show)\\b(?!\\s+(?:from|at)\\s+(?!(?:the\\s+|this\\s+)?(?:group|sessions?|meetings?)\\b))[^.;:\\n]{0,20}?\\b(?:2nd|3rd|4th|5th|second|third|fourth|fifth)\\s+(?:week|session|time|group|meeting|class|month)\\b',
        '\\b(?:2nd|3rd|4th|5th|second|third|fourth|fifth)\\s+(?:week|session|time|group|meeting|class|month)\\s+(?:in\\s+a\\s+row\\s+|running\\s+|straight\\s+)?(?:absent|not\\s+(?:here|present)|no[- ]?show)\\b(?!\\s+(?:from|at)\\s+(?!(?:the\\s+|this\\s+)?(?:group|sessions?|meetings?)\\b))',
        // An absence with no word from the client, as a register puts it: "Absent, no apology", "absent (no contact)",
        // "absent without notice".
        '\\babsent\\b[^.;:\\n]{0,25}?\\b(?:no\\s+(?:apology|apologies|call|contact|message|notice|word|explanation|reason\\s+given)|without\\s+(?:notice|apology|apologies|explanation|calling|contact|a\\s+word))\\b',
        '\\babsent\\s+(?:again|twice|(?:for\\s+(?:the\\s+|a\\s+)?)?(?:2nd|3rd|4th|second|third|fourth)\\s+(?:time|week|session|month|meeting|group)|(?:on\\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|(?:on\\s+)?\\d{1,2}[/.]\\d|from\\s+(?:the\\s+)?(?:last|previous|two|three|group|session))',
        // Outreach and home visits: "was not home 3/4 or 3/6 visits", "unable to locate client", "no answer at the door".
        "\\b(?:not|wasn't|weren't)\\s+(?:at\\s+)?home\\b[^.\\n]{0,30}\\bvisits?\\b",
        "\\b(?:(?:unable|not able)\\s+to|could\\s*not|couldn't)\\s+(?:locate|reach|find)\\s+(?:the\\s+)?(?:client|him|her|them|pt|patient|youth)\\b",
        '\\bno\\s+answer\\s+at\\s+(?:the\\s+)?door\\b',
        // A phone or video session the client did not pick up: "did not answer 2 scheduled calls (04-29, 05-13)", "didn't
        // answer the scheduled video call" (not "did not answer the question").
        "\\b(?:did\\s+not|didn['’]t|does\\s+not|doesn['’]t|failed\\s+to|not)\\s+(?:answer|pick\\s+up)\\s+(?:(?:the|her|his|their|my|our|two|three|\\d)\\s+)?(?:scheduled|booked|planned|arranged|agreed)\\s+(?:phone\\s+|video\\s+|telehealth\\s+|follow-up\\s+)?(?:calls?|sessions?|appointments?)\\b",
        // "arrived 20 minutes late", "came in 10 minutes late", "logged on 15 min late".
        // (Or with the clock time between: "Arrived at 5:55, 25 min late".) Late arrivals counted: "third late arrival in four
        // groups".
        '\\b(?:arrived|came(?:\\s+in)?|showed\\s+up|turned\\s+up|logged\\s+(?:on|in)|joined)\\s+(?:at\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:,\\s*|\\s+))?(?:about\\s+|around\\s+)?\\d+\\s*(?:min|mins|minutes)\\s+late\\b',
        '\\b(?:2nd|3rd|4th|second|third|fourth|another|repeated|frequent)\\s+late\\s+(?:arrivals?|starts?)\\b',
        // A count of missed sessions in an attendance record: "18 of 22 attended; 2 missed in November with notice, 2
        // missed in December without notice".
        '\\b(?:\\d{1,2}|one|two|three|four|five|six|several)\\s+(?:were\\s+|was\\s+)?missed(?=\\s+(?:in|on|with|without|since|this|last|over|due|and)\\b|\\s*[,;.)])',
      ],
      // "attended 3 of 12 possible meetings", "Sessions attended: 9 of 12 scheduled".
      attendanceBelow: 0.8,
      level: 'warning',
      senses: ['miss-as-feeling'],
    },
    {
      id: 'silence',
      inSession: true,
      label: 'long silences or minimal responses',
      cues: [
        'long silence',
        'long silences',
        'long pause',
        'long pauses',
        'extended silence',
        'extended silences',
        'prolonged silence',
        'prolonged silences',
        'lengthy silence',
        'lengthy silences',
        'remained silent',
        'was silent',
        'mostly silent',
        'sat in silence',
        'silent for',
        'one-word answers',
        'one word answers',
        'one-word responses',
        'monosyllabic',
        'minimal verbal',
        'minimally verbal',
        'minimal responses',
        // In a group: the member who will not take part ("declined check-in", "passed on sharing", "answered with shrugs").
        'did not speak',
        "didn't speak",
        'would not speak',
        'refused to speak',
        'declined to speak',
        'declined to share',
        'declined to participate',
        'refused to participate',
        'declined check-in',
        'passed on sharing',
        'passed at check-in',
        'passed during check-in',
        'answered with shrugs',
        'shrugged',
      ],
      level: 'warning',
    },
    {
      id: 'small-talk',
      inSession: true,
      label: 'excessive small talk',
      cues: [
        'small talk',
        'excessive small talk',
        'chit-chat',
        'chitchat',
        'chit chat',
        'superficial topics',
        'superficial conversation',
        'changed the subject',
        'changes the subject',
        'kept the conversation',
        'steered away',
        'steered the conversation',
        'avoided discussing',
        'deflected',
        'deflecting',
      ],
      level: 'warning',
    },
    {
      id: 'tasks-not-done',
      label: 'agreed tasks not done',
      cues: [
        'homework not completed',
        'homework incomplete',
        'incomplete homework',
        'did not do the homework',
        "didn't do the homework",
        'did not follow through',
        "didn't follow through",
        'has not followed through',
        'no follow-through',
        'forgot the homework',
        'forgot to complete',
      ],
      patterns: [
        "\\b(?:did not|didn't|has not|hasn't|had not|hadn't|not|never)\\s+(?:yet\\s+|been\\s+)?(?:complete|completed|do|done|practice|practiced|follow(?:ed)? through(?: on| with)?|attempt|attempted|start|started|try|tried|call|called|schedule|scheduled|keep|keeping|kept|fill|filled|filling|bring|brought|use|used|return|returned)\\b[^.\\n]{0,40}\\b(?:homework|hw|assignment|task|tasks|log|worksheet|exercise|exercises|practice|record|referral|plan|diary|journal)\\b",
        // "Sleep diary not done", "Homework from session 3 (close the log after each use) not done", "renewal packet left
        // at the 5/20 visit not filled out": the task named, then that it was not done (an aside in brackets between).
        '\\b(?:homework|hw|assignments?|tasks?|logs?|worksheets?|diary|diaries|diary cards?|journal|thought records?|packet|paperwork)\\b(?:[^.\\n(]{0,30}|[^.\\n(]{0,30}\\([^()\\n]{0,120}\\)[^.\\n(]{0,10})\\b(?:not\\s+(?:yet\\s+)?(?:completed|done|attempted|started|filled\\s+(?:out|in)|returned|brought)|incomplete|undone|left blank)\\b',
      ],
      level: 'warning',
    },
    {
      id: 'reluctance',
      inSession: true,
      label: 'stated reluctance to engage',
      cues: [
        'reluctant to engage',
        'reluctance to engage',
        'reluctant to attend',
        'reluctant to participate',
        'reluctant to return',
        'resistant to treatment',
        'resistance to treatment',
        'disengaged',
        'disengagement',
        'ambivalent about treatment',
        'ambivalent about therapy',
        'ambivalent about counseling',
        'questioned the value of therapy',
        'questioned the value of counseling',
        'does not see the point',
        "doesn't see the point",
        'considering stopping therapy',
        'thinking of quitting therapy',
      ],
      level: 'warning',
    },
  ],
  template: {
    heading: 'Engagement Plan',
    body: [
      '- **Possible reasons:** <!-- ? What might be behind the missed sessions, silences or undone tasks (fear of change, practical barriers, fit with you, culture, not knowing what to expect)? What did the client say? -->',
      '- **Strategies:** <!-- ? What did you try: inviting fears, acknowledging barriers, picturing a good outcome, practical resources? -->',
      '- **Client\'s view of the relationship:** <!-- ? Did you ask how the work with you is going, and what would make it more useful? -->',
      '- **Adjustments:** <!-- ? What will change: time, length or frequency of sessions, modality, reminders, confidentiality restated, referral? -->',
    ].join('\n'),
  },
};
