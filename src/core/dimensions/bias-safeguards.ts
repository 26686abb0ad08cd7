import type { Dimension } from './types.js';
import { cite } from './sources.js';
import { occupationTrigger, workIdentityTrigger } from './occupational-socialization.js';

/** A nationality, people or language by its ending: Vietnamese, Canadian, Spanish, Pakistani, Somali. */
const PEOPLE_WORD = '[a-z]+(?:ese|ian|ish|ani|ali)';

/** The two people a session sits between, as notes name them ("student is iTaukei; counsellor Indo-Fijian"). */
const CLIENT_ROLE = '(?:client|student|pt|patient|resident|member)';
const CLINICIAN_ROLE = '(?:counsell?or|clinician|therapist|writer|worker)';

/** Faiths and peoples a clinician may be outside of ("as a non-Muslim", "a non-Māori counsellor"). */
const NON_GROUP =
  'muslim|christian|jewish|jew|hindu|sikh|buddhist|catholic|believer|religious|indigenous|aboriginal|native|m[aā]ori|pacific|pasifika|' +
  'black|white|asian|arab|latin[aox]|hispanic|deaf|chinese|malay|african|caribbean|inuit|s[aá]mi|roma|traveller|local';

/** Who a client may say the clinician is: a nationality or faith (most end so: American, Vietnamese, Jewish, Pakistani), a race, a gender, a role. */
const IDENTITY =
  `(?:(?!(?:selfish|foolish|childish|stylish)\\b)(?:${PEOPLE_WORD}|[a-z]+ican)|white|` +
  "black|brown|asian|latin[aox]|muslim|jewish|hindu|sikh|buddhist|catholic|" +
  "religious|indigenous|aboriginal|native|gay|straight|trans|queer|deaf|disabled|a man|a woman|a mother|a mum|a mom|a father|a dad|a parent|a veteran|from here)";
/** What a clinician names of their own identity beside the client's: race, faith, being religious or not. */
const SELF_IDENTITY =
  '(?:white|black|brown|asian|latin[aox]|muslim|jewish|hindu|sikh|buddhist|catholic|christian|cisgender|straight|indigenous|aboriginal|non-indigenous|religious|baptist|evangelical|mormon|atheist|agnostic|protestant|orthodox|methodist|lutheran|pentecostal)';

export const biasSafeguards: Dimension = {
  id: 'bias-safeguards',
  title: 'Safeguards against clinician bias',
  why: "A clinician's assumptions about a client's occupation or group can distort the assessment unless they are named and checked.",
  source: cite(['workIdentity', 'safeguards against clinician bias'], ['relationship', 'cultural differences, no judgement'], ['helpingProcess', 'cultural factors, a nonjudgmental attitude']),
  headings: [
    'safeguards against bias',
    'bias safeguards',
    'clinician bias',
    'bias',
    'self-reflection',
    'clinician reflection',
    'clinician self-reflection',
    'reflexivity',
    'reflexive',
    'reflexive practice',
    'countertransference',
    'personal reactions',
    'my reactions',
    'checking my assumptions',
  ],
  // "## Safeguards against bias / No concerns.": the heading's own word "bias" is no safeguard taken.
  entryNeedsEvidence: true,
  subItems: [
    {
      id: 'own-assumptions',
      label: 'own assumptions or biases',
      // "It felt less clinical than I expected," she said: the client's expectation, not the clinician's.
      notQuoted: true,
      cues: [
        'bias', 'biased', 'my assumption', 'assumption', 'assumptions', 'assumed', 'preconception', 'preconceived',
        'countertransference', 'counter transference', 'my reaction', 'my own reaction', 'personal reaction',
        'prejudice', 'own values', 'personal values', 'own beliefs', 'personal beliefs', 'my judgment',
        // A guard set against an assumption: "careful not to assume the conflict is paranoia".
        'not to assume', 'not assume', "don't assume", 'not assuming',
        // Noticing one's own reaction: "I caught myself comparing", "a flash of irritation, which is mine".
        'caught myself', 'noticed myself', 'noticed in myself', 'which is mine', 'my irritation', 'my discomfort',
        'over-identify', 'over-identifying', 'over-identification', 'overidentify', 'overidentification', 'a pull to',
        // The rescuer's pull: "a rescuing pull that mirrors her core theme".
        'rescuing pull', 'pull to rescue', 'urge to rescue', 'rescuer role',
        // One's own leaning, named: "I checked my own tendency to frame his stoicism as avoidance".
        'my tendency to', 'my own tendency', 'my inclination to', 'my own inclination',
      ],
      // "reading her through a mainstream lens", "through my own cultural lens"
      patterns: [
        '\\bthrough\\s+(?:a|an|my|his|her|their|the|our)\\s+(?:own\\s+)?(?:[\\w-]+\\s+)?lens\\b',
        // A view traced to one's own history, as a supervisor records it: "this may reflect his own college experience".
        '\\b(?:reflects?|reflecting|colou?red\\s+by|shaped\\s+by|influenced\\s+by|driven\\s+by)\\s+(?:my|his|her|their)\\s+own\\s+(?:[\\w-]+\\s+)?(?:experiences?|history|background|values|upbringing|training)\\b',
        // "a pattern he has seen in himself with young clients"
        '\\b(?:seen|noticed|recogni[sz]ed|spotted)\\s+in\\s+(?:himself|herself|myself|themselves)\\b',
        // "I noticed I wanted to reassure him quickly": the clinician noticing their own pull in the moment.
        // (Or with the clinician as the sentence's subject before: "I'm Franco-Ontarian and noticed I had been correcting".)
        '\\b(?:I|and|then|but)\\s+(?:noticed|realised|realized|caught)\\s+(?:that\\s+)?I\\s+(?:wanted|was|felt|had|kept)\\b',
        // The clinician's own expectation, named: "I expected a 19-year-old tradesman to downplay this", "keeping that
        // expectation in check".
        '\\bI\\s+(?:had\\s+)?(?:expected|presumed)\\b|\\bmy\\s+(?:own\\s+)?expectations?\\b|\\bexpectations?\\s+in\\s+check\\b',
        // "I noticed I came in expecting the fights to be about religion", "I cannot assume that what I learned there fits".
        '\\bI\\s+(?:came\\s+in|went\\s+in|was|had\\s+been)\\s+expecting\\b|\\bI\\s+(?:cannot|can[’\']t|could\\s+not|couldn[’\']t)\\s+assume\\b',
        // The clinician's own blind spot, said: "I might not get the weight of it", "I could easily slip into treating it
        // as just a restructure".
        "\\bI\\s+(?:might|may|could|can)\\s+(?:easily\\s+|well\\s+)?(?:not\\s+(?:get|grasp|understand|appreciate|see)|slip\\s+into|miss|misread|misjudge|underestimate|overestimate|minimi[sz]e)\\b",
        // Reflexivity: "Reflection on my own position: ...", "there is a risk I read the grandparents' views as simply
        // 'old-fashioned'".
        '\\b(?:reflect\\w*|aware\\w*|mindful)\\s+(?:on|of)\\s+my\\s+own\\s+(?:position|positionality|identity|background|culture|privilege|values)\\b|\\bpositionality\\b',
        '\\brisk\\s+(?:that\\s+)?I\\s+(?:might\\s+|could\\s+|would\\s+)?(?:read|see|assume|judge|interpret|misread|overlook|dismiss|minimi[sz]e|pathologi[sz]e)\\b',
        // How the clinician's own kind might misread the client: "her reluctance could be read by someone like me as
        // passivity".
        '\\b(?:read|seen|taken|interpreted|heard|judged)\\s+by\\s+(?:someone|a\\s+(?:clinician|worker|counsell?or|therapist|social\\s+worker))\\s+like\\s+me\\b',
        // A supervisee's reaction, as the supervisor records it: "Daniel's own reaction: encouraged him to notice the
        // dread" (not the client's or a parent's).
        "\\b(?!(?:client|patient|member|child|parent|mother|father)['’]s)\\w+['’]s\\s+own\\s+reactions?\\b",
      ],
    },
    {
      id: 'information-base',
      label: 'information base behind conclusions (research vs popular lore)',
      cues: [
        'literature', 'evidence base', 'empirical', 'peer reviewed', 'news coverage',
        'popular culture', 'media portrayal', 'media portrayals', 'media image', 'media images', 'anecdotal', 'anecdote',
        'hearsay', 'popular lore', 'documentary', 'documentaries', 'reference point',
        'information base', 'knowledge base', 'what i know about',
      ],
      // Where an idea came from: "images from TV", "what I had seen in movies", "portrayed in the media"; not the
      // client's evening TV or hours on social media.
      patterns: [
        // Research as a body of knowledge ("the research on", "research suggests"), not what a client did: "has
        // researched life insurance suicide clauses", "the insurance research is a rehearsal behaviour".
        '\\b(?:the|recent|current|published|clinical|available|existing|some|what)\\s+research\\b(?!\\s+(?:is|was)\\s+a\\b)|\\bresearch\\s+(?:on|into|shows?|showed|suggests?|suggested|indicates?|evidence|literature|base|findings?|says|tells)\\b',
        // Research studies, not a Bible study or a client who "studies 4 hours a night".
        '\\b(?:research|recent|published|several|many|some|these|empirical|clinical)\\s+studies\\b|\\bstudies\\s+(?:show|suggest|find|found|indicate)',
        '\\b(?:from|on|in|through)\\s+(?:the\\s+)?(?:tv|television|movies|films|news)\\b',
        '\\b(?:the|popular|mass|news)\\s+media\\b',
        // Where an expectation came from: "these expectations come from family experience and TV".
        '\\b(?:come|came|comes|coming|drawn|based|built)\\s+(?:\\w+\\s+)?(?:from|on)\\b[^.;\\n]{0,40}\\b(?:tv|television|movies|films|media|the\\s+news|hearsay)\\b',
        // What a conclusion rests on, asked in DIMENSIONS.md's own terms: "What those conclusions rest on: the charging
        // document and what deputies say, versus her own observations", "her view is based on the news".
        '\\b(?:conclusions?|assumptions?|impressions?|views?|beliefs?|picture)\\s+(?:rests?|rested|(?:is|are|was|were)\\s+based|comes?|came)\\s+(?:on|from)\\b',
        // The clinician reading up: "I read about Deaf culture and bereavement", "this writer did some reading on".
        '\\b(?:I|this\\s+writer|this\\s+clinician)\\s+(?:have\\s+|had\\s+)?(?:read|researched|did\\s+(?:some\\s+)?reading|have\\s+been\\s+reading)\\s+(?:up\\s+)?(?:on|about|into)\\b',
      ],
    },
    {
      id: 'prior-experience',
      // (The client's words in quotation marks are not the clinician's: "in my own life", she said.)
      notQuoted: true,
      label: 'prior experience with people of that occupation or group',
      cues: [
        'prior experience', 'previous experience', 'past experience', 'earlier experience', 'experience with',
        'experience working with', 'other clients', 'previous clients', 'former clients', 'personal experience',
        'have worked with', 'worked with other', 'my own experience', 'in my own life', 'my family member',
        // The clinician's own distance from it: "a white British therapist who has not lived this".
        'not lived this', 'not lived that', 'not lived it',
      ],
      // "As a former nurse myself", "as a mother myself": the clinician's own membership of the group; "I have worked
      // in finance-sector EAP for years": the clinician's own contact with it.
      patterns: [
        '\\bas\\s+an?\\s+(?:former\\s+|retired\\s+)?[a-z-]+\\s+myself\\b',
        "\\bI(?:\\s+have|['’]ve)?\\s+worked\\s+(?:in|with|as)\\b",
        // "Most of my past work with Somali-speaking families has been with ...": the clinician's own earlier contact.
        '\\bmy\\s+(?:past|previous|earlier|prior|other|own)\\s+(?:work|practice|caseload|clients)\\s+(?:with|among|in)\\b',
        // The client recalls someone from the clinician's own life: "Mrs. L. reminds her strongly of her own
        // grandmother" (in a supervision record, "her" is the supervisee), "he reminds me of my father".
        '\\breminds?\\s+(?:me|her|him|them)\\s+(?:\\w+\\s+)?of\\s+(?:my|her|his|their)\\s+own\\b',
        // "Differences: I am a male, non-religious clinician not from a medical background."
        "\\bI(?:['’]m|\\s+am)\\s+(?:an?\\s+)?(?:[\\w-]+,?\\s+){0,4}(?:clinician|counsell?or|therapist|worker|psychologist)\\s+(?:not\\s+from|without|with\\s+no)\\b",
        // The clinician's own distance from it: "I'm aware I have no background with horses or trades".
        "\\bI(?:\\s+have|['’]ve|\\s+had)\\s+(?:no|little|limited)\\s+(?:personal\\s+)?(?:background|experience|familiarity)\\b",
        // The clinician naming their own place beside the client's: "I'm not Muslim and said so".
        `\\bI(?:['’]m|\\s+am)\\s+not\\s+${IDENTITY}\\b[^.;\\n]{0,20}\\b(?:said so|told (?:her|him|them)|named (?:it|this|that))\\b`,
      ],
    },
    {
      id: 'stereotypes',
      label: 'popular misconceptions and stereotypes',
      cues: [
        'stereotyp*', 'misconception', 'myth', 'popular belief', 'common belief', 'generalize about', 'generalizing about',
        'rather than generalising', 'rather than generalizing',
        'generalization about', 'generalise about', 'overgeneraliz*', 'overgeneralis*', 'cliche', 'cliché', 'caricature', 'trope',
      ],
    },
    {
      id: 'consultation',
      label: 'consultation, supervision or reading against bias',
      notAlone: true,
      planned: true,
      cues: [
        'consult*', 'peer review', 'case conference', 'continuing education',
        'training on', 'workshop', 'reading on', 'read about', 'reading about', 'cultural consultant', 'reading list',
      ],
      // Supervision as something done ("took it to supervision", "my supervisor suggested"), not a header's
      // "Supervisor: Dr A" or a supervision record's title.
      patterns: [
        // ("with my supervisor"; "with his supervisor" only when it is talked through, below, not "a shouting match with
        // his supervisor": the client's boss.)
        '\\b(?:(?:in|during|to|into|through|at|for)\\s+(?:my\\s+|her\\s+|his\\s+|their\\s+|the\\s+)?|with\\s+(?:my\\s+|the\\s+)?)(?:clinical\\s+|peer\\s+|group\\s+|team\\s+|individual\\s+|cultural\\s+)?(?:supervision|supervisor)\\b',
        '\\b(?:discuss\\w*|consult\\w*|review\\w*|rais\\w*|check\\w*|process\\w*|explor\\w*|reflect\\w*|talk\\w*|spoke|met|went\\s+over)\\s+(?:[\\w-]+\\s+){0,4}?with\\s+(?:her|his|their)\\s+(?:clinical\\s+|peer\\s+|group\\s+|field\\s+|practice\\s+)?(?:supervision|supervisor)\\b',
        // A reaction taken to the clinician's own therapy: "something to take to his own therapy".
        '\\b(?:to|into|in)\\s+(?:my|her|his|their)\\s+own\\s+(?:personal\\s+)?(?:therapy|counsell?ing|analysis)\\b',
        // Reading as a step: "Read the chapter on countertransference with older adults".
        '\\bread\\s+(?:the|a|an|some)\\s+(?:\\w+\\s+)?(?:chapter|article|paper|papers|book|literature|guidance)\\s+(?:on|about)\\b',
        '\\bsupervisor\\s+(?:\\w+\\s+)?(?:suggested|advised|recommended|asked|invited|encouraged|challenged|noted|pointed|explored|discussed|reviewed|wondered|questioned|helped)\\b',
      ],
    },
    {
      id: 'objectivity',
      // (The client's words in quotation marks are not the clinician's: "in my own life", she said.)
      notQuoted: true,
      // ("Clinician remained objective throughout.": a stance claimed is no step taken.)
      notStock: 'stance',
      notAlone: true,
      // Setting one's assumptions aside ("bracketing"), not typographic brackets ("comments in brackets").
      patterns: [
        '\\bbracketing\\b',
        '\\bbracket(?:ed)?\\s+(?:my|our|these|those|that|this|them)\\b',
        // "Asked J. directly how grief is done in his family": the client asked, by name or initial, not presumed.
        '\\basked\\s+(?:[a-z]\\.|[a-z][a-z\'’-]+)\\s+directly\\b',
        // "Checked this with him directly": the assumption put to the client.
        '\\bchecked\\s+(?:this|that|it|these|those)\\s+(?:back\\s+)?with\\s+(?:him|her|them|the\\s+client)\\b',
        // "we agreed she would tell me if the religious side of her grief felt dismissed"
        '\\b(?:tell|let)\\s+me\\s+(?:know\\s+)?(?:if|when)\\b[^.;\\n]{0,60}\\b(?:dismissed|missed|wrong|misunderstood|ignored|not\\s+right|off\\s+the\\s+mark)\\b',
        // Checking one's reading with the client ("check in with her about whether this fits"), not a weekly "check-in
        // with Beth about needs" or "check in with her PCP".
        "\\bcheck(?:ed|ing|s)?[ -]in\\s+with\\s+(?:the\\s+client|client|him|her|them)\\b(?!['’]s|\\s+(?:pcp|gp|doctor|psychiatrist|prescriber|partner|wife|husband|mother|father|mom|mum|dad|teacher|school|supervisor|case\\s+manager|family|parents?)\\b)",
        // The same as with anyone: "uses the same structured check (C-SSRS + MSE) she uses with everyone".
        '\\bsame\\b[^.;\\n]{0,60}\\b(?:uses?|used|applies|applied|asks?|asked|gives?|gave|does|did|as)\\s+with\\s+(?:everyone|everybody|every\\s+other\\s+[a-z]+|all\\s+(?:her\\s+|his\\s+|my\\s+|their\\s+|our\\s+)?(?:other\\s+)?(?:clients|patients|residents|members))\\b',
        // The client asked in place of the assumption: "... could be read as passivity. Instead I asked what leaving the
        // farm would mean".
        '\\binstead,?\\s+I\\s+asked\\b',
        // "asked him to hold it more loosely": the view kept as a hypothesis.
        '\\bhold(?:ing|s)?\\s+(?:it|this|that|these|them|the\\s+\\w+)\\s+(?:more\\s+)?(?:loosely|lightly|tentatively)\\b',
        // A written record of one's reactions to this client, set as a step ("Write a brief reflective log after each
        // visit"), not a caseload's "log and reflective journal up to date".
        '\\b(?:keep|keeps|kept|keeping|write|writes|writing|start|starts|started|use|using)\\s+(?:a\\s+)?(?:brief\\s+|short\\s+)?reflective\\s+(?:log|journal|diary|notes)\\b',
      ],
      label: 'concrete steps to stay objective with this client',
      cues: [
        'objectivity', 'objectively', 'remain objective', 'stay objective', 'staying objective', "client's own account", "client's own view", 'individual experience',
        'as an individual', 'rather than assum*', 'avoid assum*', 'not assum*', 'curiosity', 'cultural humility',
        'self reflection', 'reflective practice', 'monitor my', 'check my', 'checked it with', 'checked with him',
        'checked with her', 'checked with them', 'asked him directly', 'asked her directly', 'asked them directly',
        // "I checked that back with her", "keep asking about her own experience rather than the sector's"
        'checked that back', 'checked it back', 'check it back', 'her own experience', 'his own experience',
        'their own experience',
        // Inviting the client to put the clinician right: "asked her to correct me where I misunderstand".
        'correct me',
        'correct my understanding',
      ],
    },
  ],
  threshold: 2,
  negation: 'any',
  context: { deferred: true },
  // "The client's assumption is that...": the client's view, not the clinician's own.
  // ("Hindsight bias", "attentional bias to threat": how the client thinks, not a safeguard of the clinician's.)
  senses: ['client-view', 'pastime-media', 'own-advisor', 'cognitive-bias', 'taking-on'],
  triggers: [
    // The same occupations that make occupational socialization expected (one list, in occupational-socialization.ts).
    occupationTrigger,
    workIdentityTrigger,
    // Whatever the trade is called: a note that tells what the work is to the client, the coping its culture taught
    // and the needs it meets has found it central to them (DIMENSIONS.md: "any occupation central to the client's
    // identity"), so the clinician's own view of that work is asked about too.
    {
      id: 'work-explored',
      label: "the work's place in the client's life, as the note explores it",
      cues: [],
      level: 'warning',
      explored: { dimension: 'occupational-socialization', subItems: ['job-involvement', 'coping', 'needs'] },
    },
    {
      id: 'cultural-difference',
      label: 'a cultural or religious difference between clinician and client',
      cues: [
        'cultural difference', 'cultural differences', 'religious difference', 'religious differences',
        'different culture', 'different cultural background', 'different faith', 'different religion',
        'different background than', 'different background from',
        // A session held across a language or a cultural line, as notes put it.
        'cross-cultural', 'cross cultural', 'through an interpreter', 'via interpreter', 'via an interpreter',
        'with an interpreter', 'interpreter present', 'interpreter was present', 'non-Indigenous', 'non-Aboriginal',
        'non-Native', 'as a white clinician', 'as a white therapist', 'as a white counselor', 'as a white counsellor',
        'different language', 'language barrier',
      ],
      patterns: [
        // A session through an interpreter, as a header names it: "Interpreter: F. Sultani, Dari", "with a Dari interpreter".
        // ("Interp: V. Chea (agency staff, Khmer)", as a header shortens it.)
        '\\binterp(?:reter)?\\.?\\s*:\\s*(?!(?:none|no|not|nil|n/?a)\\b)\\w',
        // A worker brought in for the client's language: "Pipaluk B. (Greenlandic-speaking social worker, liaison)".
        '\\b(?!english-)[a-z]+-speaking\\s+(?:social\\s+worker|worker|liaison|interpreter|staff|advocate|support\\s+worker|caseworker|case\\s+worker|link\\s+worker|co-?worker|clinician|counsell?or|therapist|navigator|cultural\\s+broker)\\b',
        '\\bwith\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}interpreters?\\b',
        // The client names the clinician's identity or doubts they can understand: "You are American", "you're not
        // Vietnamese", "you wouldn't really get it" (a perceived mismatch with the clinician).
        `\\byou(?:'re|’re|\\s+are)\\s+(?:not\\s+)?${IDENTITY}\\b`,
        // The clinician names their own identity beside the client's: "Client noted that I am a white man and not
        // Sikh", "I am a cisgender, Black, Christian man".
        // ("I told her I was raised Baptist", "I am not religious": the clinician's own faith named beside the client's.)
        `\\b(?:I\\s+am|I['’]m|I\\s+was\\s+raised|I\\s+grew\\s+up|(?:this\\s+)?writer\\s+is)\\s+(?:a\\s+|as\\s+an?\\s+)?(?:[a-z]+,?\\s+){0,2}(?:not\\s+)?${SELF_IDENTITY}\\b`,
        // ... or said to the client in the session: "He seemed surprised when I said we are Muslim", "I told her I'm not
        // religious".
        `\\bI\\s+(?:said|told\\s+(?:him|her|them)|mentioned|explained)\\s+(?:that\\s+)?(?:I|we)(?:['’]m|['’]re|\\s+am|\\s+are)\\s+(?:a\\s+)?(?:not\\s+)?${SELF_IDENTITY}\\b`,
        // The clinician named as outside the client's faith or people: "whether I, \"as a non-Muslim\", would understand",
        // "a non-Māori counsellor" (not the client's own "non-binary", nor "a non-drinker").
        `\\b(?:I|me|myself|writer|this\\s+writer)\\b,?\\s+["“']?as\\s+an?\\s+non-?(?:${NON_GROUP})\\b|\\b(?:as\\s+an?|an?|the)\\s+["“']?non-?(?:${NON_GROUP})["”']?\\s+(?:counsell?or|clinician|therapist|worker|psychologist|practitioner|social\\s+worker|writer|facilitator|doctor|nurse)\\b`,
        // The client sets the clinician's profession in another culture: counselors "here" or "in America" against home
        // ("counselors here think everything is about feelings"; not "the counselors here at the clinic").
        '\\b(?:counsell?ors|therapists|psychologists|psychiatrists|doctors)\\s+(?:here\\b(?!\\s+(?:at|in)\\b)|in\\s+(?:this\\s+country|america|the\\s+(?:us|u\\.s\\.|states|uk|west))\\b)',
        "\\byou\\s+(?:wouldn't|wouldn’t|would not|won't|won’t|will never|can't|can’t|cannot|couldn't|couldn’t|could never)\\s+(?:really\\s+|ever\\s+|even\\s+|possibly\\s+)?(?:get|understand)\\s+(?:it|this|that|me|us|what|how|why)\\b",
        // The client's language is not the session's: "Spanish-dominant", "limited English", "English is her second
        // language", or a relative interpreting ("daughter interpreted", "her son translated").
        '\\b(?:speaks?|speaking|with|has)\\s+(?:very\\s+)?(?:little|limited|no|minimal|some)\\s+English\\b|\\blimited\\s+English\\b',
        `\\b(?:${PEOPLE_WORD}|[a-z]+ic)[- ]dominant\\b`,
        '\\bEnglish\\s+(?:is|as)\\s+(?:his|her|their|a)\\s+(?:second|third|additional)\\s+language\\b',
        // Another first language ("French first language", "first language: Arabic", "her mother tongue is Tagalog"),
        // or the clinician's own partial command of it ("with intermediate French").
        '\\b(?!(?:english|is|as|was|an?|the|his|her|their|my|your|our|whose|same|other|no|and|or|with|in)\\b)[a-z]+\\s+(?:(?:is|as)\\s+(?:(?:his|her|their|the\\s+client[\'’]s)\\s+)?)?(?:first|native|home|mother)\\s+(?:language|tongue)\\b',
        '\\b(?:first|1st|native|home|mother)\\s+(?:language|lang|tongue)(?:\\s*[:=]\\s*|\\s+is\\s+|\\s+)(?!(?:english|is|unknown|spoken|other|same|not)\\b)[a-z]{4,}',
        // A session held in the client's second language, as shorthand puts it: "in Spanish (pt's 2nd lang)".
        "\\b(?:pt|client|patient|her|his|their)(?:['’]s)?\\s+(?:2nd|second|3rd|third)\\s+lang(?:uage)?\\b",
        `\\b(?:intermediate|basic|limited|conversational|rusty|schoolgirl|schoolboy|beginner['’]?s?)\\s+(?!english\\b)(?:${PEOPLE_WORD}|french)\\b`,
        '\\b(?:daughter|son|husband|wife|partner|niece|nephew|grandson|granddaughter|child|children|family member|mother|father|sister|brother|cousin)\\s+(?:interpreted|interprets|interpreting|translated|translates|translating|acted\\s+as\\s+(?:the\\s+|an\\s+)?(?:interpreter|translator))\\b',
        // The clinician does not share the client's language: "Parents speak Hokkien at home; I don't", "I do not speak
        // Farsi", "as writer does not speak Navajo" (the clinician in the third person, as notes name themselves).
        "\\b(?:I\\s+(?:don['’]t|do\\s+not|can['’]t|cannot)|(?:this\\s+)?writer\\s+(?:doesn['’]t|does\\s+not|can['’]t|cannot))\\s+speak\\b",
        // A session held through an interpreter, however it is put: "administered verbally through interpreter", "via
        // telephone interpreter", "L.Y. as interpreter", "with L.Y. interpreting" (not the client's own job: "works as
        // an interpreter").
        '\\b(?:through|via|using|by)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?interpreters?\\b',
        '(?<!\\b(?:works?|worked|working|job|employed|trained|qualified)\\s)\\bas\\s+(?:the\\s+)?interpreter\\b',
        '\\bwith\\s+(?:[A-Z][\\w.]*\\s+){1,2}interpreting\\b',
        // "Writer is not from the islands and does not speak Pidgin", "I am a white American woman who does not speak Dari".
        "\\b(?:I\\s+am|I['’]m|(?:this\\s+)?writer\\s+is|(?:the\\s+)?(?:clinician|counsell?or|therapist|worker)\\s+is)\\b[^.\\n]{0,80}?\\b(?:who|and)\\s+(?:does\\s+not|doesn['’]t|do\\s+not|don['’]t|cannot|can['’]t)\\s+speak\\b",
        "\\bspeak\\s+[A-Z][a-z]+(?:\\s+(?:and|or)\\s+[A-Z][a-z]+)?\\b[^.\\n]{0,20};\\s+I\\s+(?:don['’]t|do\\s+not)\\b",
        // A session in a language someone in the room speaks as a second one: "writer is a second-language Spanish
        // speaker".
        `\\b(?:second|2nd)[- ]language\\s+(?:${PEOPLE_WORD}|french|[a-z]+ic)\\s+speaker\\b`,
        // Client and clinician named side by side as of different peoples: "student is iTaukei; counsellor Indo-Fijian".
        `\\b${CLIENT_ROLE}\\s+(?:is\\s+)?(?:an?\\s+)?[\\w-]+\\s*[;,]\\s*(?:the\\s+)?${CLINICIAN_ROLE}\\s+(?:is\\s+)?(?:an?\\s+)?(?:[a-z]+-)?${PEOPLE_WORD}\\b`,
        `\\b${CLINICIAN_ROLE}\\s+(?:is\\s+)?(?:an?\\s+)?[\\w-]+\\s*[;,]\\s*(?:the\\s+)?${CLIENT_ROLE}\\s+(?:is\\s+)?(?:an?\\s+)?(?:[a-z]+-)?${PEOPLE_WORD}\\b`,
        // The client asks what the clinician believes: "Asked me whether I \"believe in these things\"".
        `\\basked\\s+(?:me|(?:the\\s+)?${CLINICIAN_ROLE})\\s+(?:whether|if)\\s+(?:I|she|he|they)\\s+["“']?(?:believe|believes|believed)\\s+in\\b`,
      ],
      level: 'warning',
    },
    {
      // The note itself generalizes about the client's group, in the clinician's words: "a typical man on the land",
      // "typical strict immigrant parents", "stereotypical". The view a safeguard is for is on the page.
      id: 'generalization',
      label: "a generalization about the client's group in the note",
      cues: ['stereotypical', 'stereotypically'],
      patterns: [
        // "Like many gamblers, client tends to minimize losses", "like most falconers he ..." (not "like most people").
        '\\blike\\s+(?:many|most|all|so\\s+many)\\s+(?:[a-z-]+\\s+)?(?!(?:people|others|clients|patients|of)\\b)[a-z-]{3,}s\\b',
        // "As is typical of Amish culture, Miriam deferred ...", "as is common in her culture" (not "typical of panic",
        // nor "common in families after a loss", which normalizes rather than generalizes).
        // (A group's name may have letters outside A-Z: "As is typical in Sámi families".)
        // (Men of a trade too: "Typical of the trawlermen we see", "typical of servicemen".)
        '\\b(?:typical|customary)\\s+(?:of|for|in|among)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\\s+){0,2}(?:culture|cultures|families|communities|community|[a-z]*men|[a-z]*women|households|upbringing|background)\\b',
        '\\b(?:common|usual|normal)\\s+(?:in|among)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\\s+){0,2}(?:culture|cultures)\\b',
        // "as is common with students from collectivist African cultures", "as is often the case in Pacific families".
        '\\bas\\s+is\\s+(?:so\\s+)?(?:common|typical|usual|customary|often\\s+the\\s+case|the\\s+norm)\\s+(?:with|in|among|for|of)\\b[^.\\n]{0,50}?\\b(?:cultures?|families|communities|community|households|men|women|students|migrants|immigrants|refugees)\\b',
        // "Like many men from farming backgrounds, R. tends to ...", "like most women of her generation" (not "like many
        // people in the group").
        '\\blike\\s+(?:many|most|all|so\\s+many)\\s+(?:[a-z-]+\\s+)?(?:(?:men|women|guys|folks)\\s+(?:from|of|in|raised|who)|people\\s+(?:from|of|raised))\\b',
        '\\btypical(?:\\s+[a-z-]+){0,2}\\s+(?:man|men|woman|women|guy|guys|bloke|blokes|lad|lads|male|males|female|females|teen|teens|teenager|teenagers|adolescent|adolescents|boy|boys|girl|girls|parents|mother|mothers|mum|mums|mom|moms|father|fathers|dad|dads|family|families|immigrants?|migrants?|refugees?|farmers?|cops?|soldiers?|veterans?|millennials?|boomers?|engineers?|nurses?|doctors?|lawyers?|teachers?|academics?|accountants?|firefighters?|firies|coppers?|truckers?|miners?)\\b',
        // The clinician's experience made a rule for the group: "In my experience these clients respond best to a direct
        // approach", "I'm familiar with the military mindset".
        "\\b(?:these|such|those)\\s+(?:clients|patients|men|women|guys|folks)\\s+(?:tend\\s+to|usually|generally|always|typically|respond\\s+best|do\\s+best|prefer|need|don['’]t|do\\s+not)\\b",
        '\\bin\\s+my\\s+experience,?\\s+(?:most|many|these|such|all)\\s+[a-z-]+s\\b',
        '\\b(?:familiar\\s+with|know|understand)\\s+the\\s+[a-z-]+\\s+(?:mindset|mentality)\\b',
        // "typical fire-service culture", "the typical cop mentality": a group's supposed way of being.
        '\\btypical(?:\\s+[a-z-]+){1,2}\\s+(?:culture|mentality|mindset|attitude|stoicism|machismo)\\b',
      ],
      level: 'warning',
      // What the note goes on to say must check the view against this client; a reflection written before it does not.
      followedUp: true,
    },
  ],
  template: {
    heading: 'Safeguards against bias',
    body: [
      '- **My assumptions:** <!-- ? What do I assume about this client because of their occupation or group? -->',
      '- **What my view rests on:** <!-- ? Is that view built on research, or on media, anecdotes and popular lore? -->',
      '- **My prior experience:** <!-- ? What contact have I had with people of this occupation or group, in sessions and outside them? -->',
      '- **Stereotypes to set aside:** <!-- ? Which common misconceptions about this group could I be bringing into the room? -->',
      '- **Consultation and reading:** <!-- ? What supervision, consultation or reading have I done or planned to check my view? -->',
      "- **Staying objective:** <!-- ? How will I test my reading against this client's own account instead of the group's? -->",
    ].join('\n'),
  },
};
