// Word senses a trigger needs: a cue word read in another sense raises nothing. "She will miss our sessions" is a
// feeling about ending, not a missed appointment; "the nurse at the clinic said" is someone the client met, not the
// client's occupation; "truck dispatcher" and "marine biologist" are other trades; "detective novels" are books.
// src/core/read/senses.ts applies these entries to a trigger's cue and pattern matches; a dimension's trigger names
// the senses it rules out (`senses: ['person-met', ...]`).
//
// An entry says which words it is about and which neighbouring words show the other sense. Words and phrases are
// matched on stems, as cues are ("missed", "missing", "misses" are all "miss"); "'ll" reads as "will", "'d" as
// "would". A neighbour must stand right next to the word, with no punctuation between (a comma or a full stop ends
// it), except for up to `gap` words in between ("the hospital chaplain", "will really miss"). A `keep` phrase in the
// same place keeps the trigger's own sense whatever else is there ("works as the chaplain", "is the only
// firefighter", "her firefighter colleagues").

import { PSYCHIATRY_CODES } from './service-codes.js';

export interface WordSense {
  /** The sense's name, which a trigger lists in `senses`; several entries can share one. */
  sense: string;
  /** The reading in plain words (documentation and test names). */
  reading: string;
  /** The words (or phrases) of a match that can be read this way. */
  words: string[];
  /** Phrases just before the word that show this reading. */
  before?: string[];
  /** Phrases just after the word that show this reading. */
  after?: string[];
  /** Phrases just before the word that keep the trigger's own sense. */
  keepBefore?: string[];
  /** Phrases just after the word that keep the trigger's own sense. */
  keepAfter?: string[];
  /** Words that may stand between the word and a neighbour phrase (default 0). */
  gap?: number;
  /** Punctuation that may stand between the word and a neighbour in this sense ("CPT: 90834"), besides none. */
  joinedBy?: string;
  /**
   * The word alone (a cue, not a pattern that already ties it to the client) is read this way wherever no `keep`
   * phrase stands beside it: for words that in notes name someone the client meets far more often than the client.
   */
  unlessKept?: boolean;
}

/** Words for people the client meets in their role (and some of the client's own occupations). */
const MET_IN_ROLE = [
  'police officer', 'officer', 'police', 'cop', 'law enforcement', 'sheriff', 'deputy', 'trooper', 'detective',
  'nurse', 'nurse practitioner', 'paramedic', 'medic', 'corpsman', 'emt', 'first responder', 'firefighter', 'fireman', 'fire department',
  'police department', 'dispatcher', 'doctor', 'physician', 'surgeon', 'chaplain', 'pastor', 'priest', 'rabbi',
  'imam', 'minister', 'clergy', 'nun', 'nuns', 'monk', 'friar',
];

/** Where the client's own work is named: "works as the chaplain", "is a nurse", "trained as an EMT". */
const OWN_WORK = [
  'as', 'as a', 'as an', 'as the', 'is a', 'is an', 'is the', 'was a', 'was an', 'was the', 'became a', 'became an',
  'became the', 'for the', 'in the', 'joined the', 'fellow', 'other', 'trained as', 'serves as', 'served as',
  'works as', 'worked as', 'career as', 'job as', 'been a', 'been an', 'been the',
];

/** What follows the client's own work: "her firefighter colleagues", "her nursing shifts". */
const OWN_WORK_AFTER = [
  'colleague', 'coworker', 'co worker', 'crew', 'team', 'unit', 'station', 'training', 'career', 'job', 'shift',
  'academy', 'peer', 'identity', 'culture', 'work', 'role', 'license', 'licence', 'badge', 'uniform',
];

export const wordSenses: WordSense[] = [
  {
    sense: 'client-view',
    reading: "the client's own assumptions, beliefs or biases (\"the client's assumption is...\"), not the clinician's",
    words: ['assumption', 'assume', 'bias', 'stereotype', 'misconception', 'preconception', 'prejudice'],
    before: ["client's", 'client', "pt's", "patient's", 'patient', 'his', 'her', 'their'],
  },
  {
    sense: 'pastime-media',
    reading: 'television, films or the news as something the client does ("coping: TV", "watches movies with her son"), not where the clinician\'s ideas come from',
    words: ['tv', 'television', 'movies', 'films', 'news', 'social media'],
    before: [
      'watch', 'watches', 'watching', 'watched', 'coping', 'copes', 'hobbies', 'hobby', 'leisure', 'pastimes', 'likes',
      'enjoys', 'relaxes with', 'in front of the', 'scrolling', 'scrolls',
    ],
    after: ['show', 'shows', 'series', 'marathon', 'at night', 'all day', 'with her', 'with his', 'with the kids', 'to relax', 'to cope'],
    joinedBy: ':',
    gap: 2,
  },
  {
    sense: 'own-advisor',
    reading: 'the client consulting their own lawyer, doctor or adviser ("consulted legal aid re custody"), not the clinician seeking consultation',
    words: ['consult', 'consultation'],
    after: [
      'legal aid', 'lawyer', 'attorney', 'solicitor', 'a lawyer', 'an attorney', 'a solicitor', 'her lawyer', 'his lawyer',
      'their lawyer', 'her attorney', 'his attorney', 'immigration lawyer', 'divorce lawyer', 'her doctor', 'his doctor',
      'their doctor', 'a doctor', 'pcp', 'her pcp', 'his pcp', 'a surgeon', 'financial advisor', 'financial adviser',
      'the bank', 'a realtor', 'union rep', 'the union', 'hr', 'human resources',
    ],
    gap: 1,
  },
  {
    sense: 'record-detail',
    reading: 'a detail of the record, the service or the risk level that stayed the same or recurs ("address on file confirmed unchanged", "frequency: weekly", "passive ideation unchanged from intake"), not where the client stands on the goals',
    words: ['unchanged', 'no change', 'no changes', 'frequency'],
    before: [
      'confirmed', 'address', 'contact', 'insurance', 'information', 'demographics', 'medication', 'medications', 'meds',
      'dose', 'dosage', 'on file', 'session', 'sessions', 'visit', 'appointment', 'treatment', 'service', 'ideation',
      'risk', 'risk level', 'si',
    ],
    after: ['weekly', 'biweekly', 'fortnightly', 'monthly', 'every', 'of sessions', 'of visits', 'of contact', 'of appointments', 'of treatment'],
    joinedBy: ':',
    gap: 2,
  },
  {
    sense: 'risk-item',
    reading: 'a depression scale\'s suicide item used as the risk screen ("PHQ-9 item 9 and follow-up questions"), not a score of progress',
    words: ['phq-9', 'phq9', 'phq-a', 'phq'],
    after: ['item 9', 'item #9', 'item nine', 'q9', 'question 9'],
    joinedBy: ':#',
    gap: 1,
  },
  {
    sense: 'kept-as-it-was',
    reading: 'a plan, a medication or a risk level left as it was ("safety plan reviewed, no changes needed", "meds unchanged", "no change in risk since intake"), not where the client stands on the goals',
    words: ['no change', 'no changes', 'unchanged'],
    before: ['plan', 'safety plan', 'meds', 'medication', 'medications', 'dose', 'dosage', 'risk', 'risk level'],
    after: ['needed', 'required', 'necessary', 'made', 'to the plan', 'to plan', 'to the safety plan', 'to safety plan', 'to meds', 'to medication', 'to medications', 'to the dose', 'in risk', 'in risk level', 'in meds', 'in medication', 'in medications', 'in dose'],
    gap: 1,
  },
  {
    sense: 'ruler',
    reading: 'a readiness or confidence ruler about a step just planned ("rated likelihood of doing them 7/10"), or the clinician rating the risk ("I rated current risk low"), not a measure of progress',
    words: ['rated', 'rating', 'rates', 'rate'],
    after: ['likelihood', 'confidence', 'importance', 'readiness', 'willingness', 'commitment', 'risk', 'current risk', 'suicide risk', 'overall risk'],
    gap: 2,
  },
  {
    sense: 'technique-feedback',
    reading: 'feedback given as a technique ("peer feedback", "gave her feedback on the role-play"), not the client\'s view of the work with the clinician',
    words: ['feedback'],
    before: ['peer', 'peers', 'group', 'positive', 'corrective', 'constructive', 'video', 'gave', 'give', 'gives', 'provided', 'offered', 'received'],
    gap: 1,
  },
  {
    sense: 'change-ambivalence',
    reading: 'ambivalence about a behavior to change (drinking, AA, quitting), not about coming to the sessions',
    words: ['ambivalence', 'ambivalent', 'fear of', 'afraid of'],
    after: [
      'about drinking', 'about alcohol', 'about aa', 'about na', 'about using', 'about quitting', 'about stopping',
      'about sobriety', 'about cutting down', 'about cutting back', 'about change', 'about changing', 'about the drinking',
      'about his drinking', 'about her drinking', 'about their drinking', 'about medication', 'about meds', 'about the medication',
      'about smoking', 'about gambling', 'about leaving', 'about moving', 'about divorce', 'toward drinking', 'towards drinking',
    ],
    keepAfter: ['about counseling', 'about therapy', 'about coming', 'about group', 'about treatment', 'about the sessions', 'about sessions'],
  },
  {
    sense: 'miss-as-feeling',
    reading: 'missing someone or the sessions ahead (a feeling about ending) or a planned absence, not a missed appointment',
    words: ['miss'],
    before: ['will', 'would', 'going to', 'gonna'],
    keepBefore: ['will have'],
    after: [
      'you', 'him', 'them', 'us', 'me', 'coming', 'coming here', 'seeing', 'talking', 'working with', 'our work',
      'our time', 'our talks', 'our conversations', 'our relationship', 'the relationship', 'the connection',
    ],
    gap: 2,
  },
  {
    sense: 'person-met',
    reading: 'a person the client meets in their role (the nurse at the clinic, her pastor, the police who came), not the client\'s occupation',
    words: MET_IN_ROLE,
    before: [
      'the', 'her', 'his', 'their', 'my', 'your', 'our', 'by', 'by a', 'by an', 'with a', 'with an', 'to a', 'to an',
      'from a', 'from an', 'called', 'contacted', 'saw a', 'saw an', 'see a', 'see an', 'seeing a', 'seeing an',
      'consulted a', 'consulted an', 'met with', 'a local', 'hospital', 'clinic', 'school',
      'ward', 'prison', 'jail', 'campus',
      // Whose priest or doctor by the place that serves the client: "Fr. Tomas, parish priest", "her family doctor".
      'parish', 'hospice', 'family', 'church',
    ],
    after: [
      'said', 'say', 'told', 'called', 'came', 'arrived', 'responded', 'visited', 'transported', 'interviewed',
      'escorted', 'brought', 'took', 'was called', 'were called', 'was contacted', 'were contacted', 'was notified',
      'were notified', 'report', 'reports',
      // Someone to reach or who comes by: "chaplain/priest contact per pt request", "nurse visit Friday".
      'contact', 'visit', 'visits',
    ],
    keepBefore: OWN_WORK,
    keepAfter: OWN_WORK_AFTER,
    gap: 1,
  },
  {
    sense: 'person-met',
    reading:
      "a role the client meets far more often than holds (\"a pastor he trusts\", \"K.'s pastor\", \"ask pastor about the room\", \"the surgeon's letter\"): the client's own work only where the note ties it to the client (\"is a pastor\", \"works as a physician\", \"her chaplain colleagues\")",
    words: ['pastor', 'priest', 'rabbi', 'imam', 'minister', 'chaplain', 'physician', 'surgeon', 'dispatcher', 'detective', 'sheriff'],
    keepBefore: OWN_WORK,
    keepAfter: OWN_WORK_AFTER,
    gap: 1,
    unlessKept: true,
  },
  {
    sense: 'other-trade',
    reading: 'a dental, veterinary or nursery nurse: another trade than nursing, with its own training',
    words: ['nurse', 'nurses'],
    before: ['dental', 'veterinary', 'vet', 'nursery'],
  },
  {
    sense: 'other-trade',
    reading: 'a dispatcher in freight, taxis or logistics, not 911',
    words: ['dispatcher'],
    before: [
      'truck', 'trucking', 'freight', 'taxi', 'cab', 'logistics', 'fleet', 'delivery', 'shipping', 'transport',
      'transportation', 'bus', 'rail', 'airline', 'tow', 'towing', 'utility', 'warehouse', 'courier', 'parts',
    ],
  },
  {
    sense: 'other-trade',
    reading: 'marine science and trades (a marine biologist, a marine engineer), not the Marines',
    words: ['marine'],
    after: [
      'biologist', 'biology', 'engineer', 'engineering', 'mechanic', 'scientist', 'science', 'insurance',
      'electrician', 'surveyor', 'technician', 'conservation', 'life', 'park', 'sanctuary', 'ecology', 'ecologist',
    ],
  },
  {
    sense: 'other-trade',
    reading: 'a long-serving worker in another field (a veteran teacher), not a military veteran',
    words: ['veteran'],
    after: [
      'teacher', 'educator', 'reporter', 'journalist', 'employee', 'staff', 'worker', 'player', 'actor', 'performer',
      'musician', 'coach', 'manager', 'salesperson', 'salesman', 'saleswoman', 'chef', 'driver', 'trader', 'broker',
      'nurse', 'of the industry', 'of the company', 'of the school', 'of the district', 'of the trade',
      'in the field', 'in her field', 'in his field',
    ],
  },
  {
    sense: 'other-trade',
    reading: 'a deputy in an office or a school (deputy director, deputy head), not a sheriff\'s deputy',
    words: ['deputy'],
    after: [
      'director', 'manager', 'head', 'headteacher', 'head teacher', 'principal', 'editor', 'chief', 'mayor',
      'governor', 'leader', 'ceo', 'superintendent', 'registrar', 'clerk', 'chair', 'secretary', 'minister',
    ],
  },
  {
    sense: 'other-trade',
    reading: 'a minister in government, not clergy',
    words: ['minister'],
    before: ['prime', 'foreign', 'finance', 'government', 'cabinet', 'health', 'education', 'junior', 'deputy'],
  },
  {
    sense: 'other-trade',
    reading: 'an officer of a company (loan officer, compliance officer), not the police',
    words: ['officer'],
    before: [
      'loan', 'compliance', 'finance', 'financial', 'chief', 'executive', 'information', 'credit', 'admissions',
      'marketing', 'operating', 'technology', 'data', 'privacy', 'program', 'programme', 'press', 'communications',
      'hr', 'personnel', 'safeguarding', 'procurement', 'benefits', 'claims', 'housing', 'welfare', 'parole',
      'probation',
    ],
    // A hospital's "house officer" is a doctor in training (stemmed, "house" would read as "housing").
    keepBefore: ['house'],
  },
  {
    sense: 'other-trade',
    reading: 'the idiom "a real trooper" (someone who keeps going), not a state trooper',
    words: ['trooper'],
    before: ['real', 'little', 'such a', 'quite a'],
  },
  {
    sense: 'other-trade',
    reading: 'a service member\'s family ("grew up in a military family", "military spouse"), not the service member',
    words: ['military'],
    after: [
      'family', 'brat', 'kid', 'child', 'children', 'spouse', 'wife', 'husband', 'parent', 'dependent', 'upbringing',
      'household',
    ],
  },
  {
    sense: 'relapse-risk',
    reading: 'risk in relapse prevention or health ("high-risk situations", "risk of relapse", "high-risk drinking"), not a risk of harm to self or others',
    words: ['risk'],
    after: [
      // ("high-risk sit": the shorthand of addiction notes.)
      'situation', 'sit', 'sits', 'time', 'period', 'place', 'people', 'person', 'setting', 'event', 'trigger', 'behavior',
      'behaviour',
      'activity', 'sex', 'sexual', 'drinking', 'use', 'pregnancy', 'group', 'of relapse', 'for relapse', 'of lapse',
      'of relapsing', 'of using', 'of drinking', 'of falls', 'for falls', 'of eviction', 'of homelessness',
    ],
    gap: 1,
  },
  {
    sense: 'case-closure',
    reading: 'closing a case or a file ("date of closure", "case closure letter"), not a sense of closure about ending',
    words: ['closure'],
    before: ['case', 'date of', 'file', 'episode', 'service', 'program', 'programme', 'account', 'referral', 'school', 'reason for', 'administrative'],
    after: ['date', 'letter', 'summary', 'reason', 'form', 'code', 'status', 'notice', 'of the case', 'of the file', 'of case', 'of file', 'of services', 'of the episode', 'of the referral'],
  },
  {
    sense: 'referral-source',
    reading: 'how the client came to the service ("reason for referral", "referred by her GP", "self-referred"), not a referral onward',
    words: ['referral', 'referred'],
    before: ['reason for', 'reasons for', 'source of', 'self', 'initial', 'original', 'date of'],
    after: ['by', 'from', 'source', 'reason', 'question', 'date', 'to us', 'to this service', 'to the service', 'to our'],
  },
  {
    sense: 'mental-status',
    reading: 'a mental status term ("thought process goal-directed"), not a treatment goal',
    words: ['goal'],
    after: ['directed', 'oriented'],
  },
  {
    sense: 'mental-status',
    reading: 'the rate of speech or of the heart in a mental status or physical exam ("speech normal rate"), not a rating',
    words: ['rate'],
    before: ['speech', 'normal', 'regular', 'heart', 'respiratory', 'pulse', 'pressured', 'slow', 'rapid', 'increased', 'decreased'],
    after: ['and volume', 'and rhythm', 'and tone', 'rhythm', 'volume', 'vol'],
  },
  {
    sense: 'past-task',
    reading: 'the task set last time, reviewed in this session ("reviewed last week\'s homework"), not one set for the next',
    words: ['homework', 'hw', 'assignment', 'worksheet', 'thought record', 'mood log', 'diary card'],
    before: ["last week's", "last session's", 'previous', 'prior', "yesterday's"],
  },
  {
    sense: 'past-task',
    reading: 'a worksheet the session worked through ("using the emotion cycle worksheet", "thought record done in session"), not one set for home',
    words: ['worksheet', 'thought record', 'handout'],
    before: ['using', 'using the', 'using a', 'with the', 'with a', 'via the', 'walked through the', 'went through the'],
    after: ['in session', 'during session', 'in the session', 'during the session', 'in group', 'together'],
    gap: 3,
    // (The worksheet's name in quotation marks between: using the "emotion cycle" worksheet.)
    joinedBy: '"“”',
  },
  {
    sense: 'document-name',
    reading: 'the name of a document ("Progress Note", "drug court progress report"), not progress the client made',
    words: ['progress'],
    after: ['note', 'notes', 'report', 'reports', 'letter', 'form', 'template', 'record'],
  },
  {
    sense: 'billing-code',
    reading: 'a billing code ("CPT: 90834", "CPT code"), not Cognitive Processing Therapy',
    words: ['cpt'],
    after: ['code', 'codes', 'billing', ...PSYCHIATRY_CODES],
    joinedBy: ':#',
  },
  {
    sense: 'used-against',
    reading: 'a weapon someone else used against the client ("the suspect pointed a handgun at her"), not one the client can reach',
    words: ['gun', 'guns', 'firearm', 'rifle', 'shotgun', 'handgun', 'pistol', 'revolver', 'knife', 'weapon'],
    before: [
      'pointed a', 'pointed the', 'pointed his', 'pointed her', 'pointed their', 'brandished a', 'brandished the', 'drew a',
      'pulled a', 'pulled out a', 'waved a', 'threatened with a', 'threatened her with a', 'threatened him with a',
      'threatened them with a', 'robbed with a', 'held up with a',
    ],
    after: ['pointed at', 'to her head', 'to his head', 'to their head', 'in her face', 'in his face'],
    gap: 1,
  },
  {
    sense: 'stock-phrase',
    reading:
      'a stock phrase carried from note to note ("continues to make progress toward goals", "is progressing", "appears to be making progress", "some progress"), which says nothing of where the client stands; what follows it still counts',
    words: ['progress', 'progressing'],
    before: [
      'continue to make', 'continues to make', 'continued to make', 'is making', 'are making', 'be making', 'continue', 'continues', 'is', 'are',
      'some', 'making some', 'good', 'making good', 'steady', 'slight', 'be', 'pt', 'client', 'patient',
    ],
    // "Progress ongoing.", "progress noted": that it goes on, not where it stands.
    after: ['ongoing', 'is ongoing', 'noted', 'continues', 'continuing'],
    // Set beside an earlier point it is no stock phrase: "which is progress from last week".
    keepAfter: ['from last', 'from the last', 'from previous', 'on last', 'since last', 'since the last'],
    gap: 1,
  },
  {
    sense: 'partners-repair',
    reading: 'a couple\'s own repair after a fight ("the practised repair conversation", "repair attempts" in Gottman\'s sense), not a rupture between client and clinician talked through',
    words: ['repair', 'repaired', 'repairing'],
    after: ['conversation', 'conversations', 'attempt', 'attempts', 'script', 'scripts', 'skill', 'skills', 'ritual', 'talk', 'checklist'],
  },
  {
    sense: 'cognitive-bias',
    reading:
      'a bias in how the client thinks, named as therapy names it ("hindsight bias", "negativity bias", "attentional bias to threat"), not the clinician\'s own',
    words: ['bias', 'biases', 'biased'],
    before: [
      'hindsight', 'confirmation', 'negativity', 'negative', 'attentional', 'attention', 'interpretation', 'interpretive',
      'interpretative', 'memory', 'cognitive', 'threat', 'optimism', 'catastrophic', 'catastrophizing', 'self-serving',
    ],
    after: ['toward threat', 'towards threat', 'to threat'],
  },
  {
    sense: 'taking-on',
    reading: 'taking on a role or its duties ("assumption of full duties depends on the week-6 review"), not a belief the clinician holds about the client',
    words: ['assumption', 'assumptions'],
    after: [
      'of duty', 'of duties', 'of full', 'of normal', 'of usual', 'of light', 'of modified', 'of responsibility', 'of responsibilities',
      'of the role', 'of care', 'of command', 'of office', 'of control', 'of ownership', 'of the business', 'of the post', 'of the lease',
    ],
  },
  {
    sense: 'work-oversight',
    reading: 'a manager overseeing the work ("the manager\'s supervision of the round should include a midday check-in"), not the clinician taking the case to supervision',
    words: ['supervision'],
    before: ["manager's", 'manager', "boss's", "supervisor's", 'line', 'site', 'workplace', 'shift', 'direct', 'close', 'closer'],
    after: ['of the round', 'of staff', 'of the staff', 'of the team', 'of the crew', 'of the shift', 'of his work', 'of her work', 'of their work', 'at work', 'on site'],
  },
  {
    sense: 'relapse-prevention',
    reading: 'the work of preventing a relapse ("relapse-prevention sheet", "relapse prevention plan"), not a relapse that stands in the way',
    words: ['relapse'],
    after: ['prevention', 'prevention plan', 'prevention work', 'prevention sheet', 'prevention skills', 'signature', 'drill'],
  },
  {
    sense: 'greeting',
    reading: 'the greeting "hi" ("say hi to Vihaan"), not HI for homicidal ideation',
    // (Shorthand reads "hi" as "homicidal ideation", so the sense names that word too.)
    words: ['hi', 'homicidal'],
    before: ['say', 'to say', 'wave', 'waved'],
  },
  {
    sense: 'intensity',
    reading:
      'how strong something is ("the strength of her feelings", "the strength of the urge", "grip strength", "extra strength"), not a strength the client brings',
    words: ['strength', 'strengths'],
    before: ['grip', 'muscle', 'physical', 'extra', 'full', 'signal', 'dose', 'medication'],
    after: [
      'of her feeling', 'of his feeling', 'of their feeling', 'of the feeling', 'of feeling', 'of her emotion',
      'of his emotion', 'of their emotion', 'of the emotion', 'of emotion', 'of the urge', 'of her urge', 'of his urge',
      'of the craving', 'of her craving', 'of his craving', 'of her reaction', 'of his reaction', 'of the reaction',
      'of her anger', 'of his anger', 'of the pain', 'of the belief', 'of her belief', 'of his belief', 'training',
    ],
    gap: 1,
  },
  {
    sense: 'fiction',
    reading: 'books, shows and games about the work ("detective novels", "cop shows"), not the client\'s occupation',
    words: ['detective', 'police', 'cop', 'military', 'soldier', 'firefighter', 'war', 'spy'],
    after: [
      'novel', 'show', 'series', 'story', 'fiction', 'book', 'movie', 'film', 'game', 'video game', 'podcast',
      'drama', 'documentary', 'procedural', 'thriller', 'tv', 'television', 'history book',
    ],
    gap: 1,
  },
  {
    sense: 'sport-goal',
    reading: 'a goal scored in a game ("scored a goal at soccer Saturday", "two goals at fitba"), not a goal of treatment',
    words: ['goal', 'goals'],
    before: ['scored', 'score', 'scores', 'scoring', 'kicked', 'kicks', 'headed', 'winning', 'equalising', 'equalizing', 'penalty', 'field', 'own'],
    after: ['at soccer', 'at football', 'at fitba', 'at footy', 'at hockey', 'at netball', 'at hurling', 'at the game', 'at the match', 'in the game', 'in the match', 'in the final'],
    gap: 1,
  },
  {
    sense: 'lab-target',
    reading: 'a medical target ("lithium goal level 0.6-1.0", "goal BP under 130/80", "goal A1c"), not a goal of the client\'s treatment',
    words: ['goal', 'target'],
    after: ['level', 'levels', 'range', 'trough', 'a1c', 'hba1c', 'bp', 'blood pressure', 'heart rate', 'hr', 'inr', 'ldl', 'glucose', 'dose', 'serum'],
    before: ['lithium', 'li', 'serum', 'lab', 'therapeutic', 'inr', 'a1c', 'bp'],
  },
];
