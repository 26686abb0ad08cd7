// Stock sentences carried from note to note, which tell nothing of this client: a response ("Client receptive.",
// "Pt was engaged and cooperative.", "Tolerated session well.") or a plan ("F/u PRN.", "Continue plan of care."). A
// sentence that says only this is no evidence of the sub-items that ask for it (read/stock.ts); a sentence that goes
// on ("receptive to trying the exposure ladder", "continue weekly CBT, next 3/21") is read as usual.

/**
 * A whole sentence in stock words, its full stop aside: who (optional: "Client", "Pt", "She"), a verb (optional: "was",
 * "appeared"), then up to three of receptive, responsive, engaged, cooperative, attentive, participative, pleasant,
 * appropriate, open, said of the work in general ("to interventions", "in session") or of the session ("throughout the
 * session"); or "tolerated the session well" (or the visit), "participated in group", "attended and participated
 * appropriately", "responded well to session" (who may be initials: "K.O. participated."); or "good participation"; or
 * "appreciative of visit"; or "Ok with plan"; or "Rapport established", "good rapport"; or that the work goes on ("Continues to work on goals.", "Progress ongoing.", "making
 * good progress toward goals"). Who may be the client and whoever came with them ("Pt and daughter receptive").
 */
export const STOCK_RESPONSE =
  /^(?:(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:was\s+|is\s+|were\s+|are\s+|appeared\s+|seemed\s+|remained\s+|remains\s+)?(?:very\s+|fully\s+|somewhat\s+|generally\s+|overall\s+)?(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)(?:\s*(?:,|and|&)\s*(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)){0,2}(?:\s+(?:appropriately|well|fully|actively))?(?:\s+(?:to|with|in)\s+(?:the\s+|all\s+)?(?:interventions?|session|sessions|treatment|tx|counsel+ing|therapy|feedback|support|discussion|process|techniques?|exercises?|activities|activity|skills?|writer|clinician|therapist))?(?:\s+(?:well|throughout(?:\s+the\s+session)?|today|overall|in\s+session|this\s+session))?|(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:tolerated|participated\s+in)\s+(?:the\s+)?(?:session|sessions|group|treatment|visit|appointment)(?:\s+well)?|(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they|\w\.(?:\s?\w\.)?)\s+)?(?:(?:attended\s+and\s+)?participated(?:\s+(?:well|appropriately|actively|fully|positively))?(?:\s+(?:in|throughout)\s+(?:the\s+|today['’]s\s+)?(?:session|sessions|group|treatment|tx|therapy|discussion|group\s+discussion|activities|activity|visit))?|responded\s+(?:well|positively)\s+to\s+(?:the\s+|today['’]s\s+)?(?:session|sessions|treatment|tx|therapy|interventions?|counsel+ing|visit))|(?:good|fair|adequate|active)\s+(?:participation|engagement)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:is\s+)?(?:(?:progress(?:\s+is)?\s+)?ongoing|in\s+progress|progressing(?:\s+(?:well|slowly|as\s+expected))?|(?:continues\s+to\s+make|is\s+making|making)\s+(?:good\s+|some\s+|steady\s+)?progress(?:\s+towards?\s+(?:(?:her|his|their|treatment|tx)\s+)?goals?)?)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:continues|continued|continue)\s+to\s+(?:work\s+on|work\s+toward|work\s+towards|address)\s+(?:(?:her|his|their|treatment|tx|identified|stated)\s+)?(?:goals?|this|objectives?|issues?)|(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:was\s+|were\s+)?(?:appreciative|grateful|thankful)\s+(?:of|for)\s+(?:the\s+)?(?:visit|session|call|support|services?|time)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:is\s+|was\s+)?(?:ok|okay|fine|agreeable)\s+(?:with|to)\s+(?:the\s+)?plan|(?:good\s+|adequate\s+|fair\s+)?rapport(?:\s+(?:was|is|has\s+been))?(?:\s+(?:well\s+)?(?:established|built|good|adequate|fair|maintained|developing))?|(?:good|adequate|fair)\s+rapport(?:\s+(?:established|built|maintained|noted))?)$/i;

/**
 * A whole plan in stock words: follow-up only as needed ("F/u PRN", "RTC prn", "Follow up as needed", "Return to
 * clinic PRN"), or with no time at all ("RTC."), or carrying on with no word of what ("Continue plan of care", "Continue POC", "Continue current tx
 * plan", "Continue per plan"); or getting back in touch if needed ("Revert back if required", as Indian English writes it); or
 * "As discussed.", "Continue as agreed.", "See above.": a plan that points at the talk, not at a step; or carrying on with
 * a topic and no step ("Will continue to work on communication.").
 */
export const STOCK_PLAN =
  /^(?:(?:f\/u|fu|follow[\s-]?up|rtc|return(?:\s+to\s+clinic)?|see|recheck)\s+(?:with\s+(?:bhc|clinician|writer|therapist)\s+)?(?:prn|as\s+needed|if\s+needed|as\s+required)|(?:plan\s*:\s*)?continue\s+(?:with\s+)?(?:the\s+|current\s+|present\s+|same\s+)?(?:plan(?:\s+of\s+care)?|poc|tx\s+plan|treatment\s+plan|treatment|tx|care\s+plan)(?:\s+as\s+(?:above|before|written))?|continue\s+per\s+(?:the\s+)?(?:plan|poc|tx\s+plan|treatment\s+plan|care\s+plan)|(?:rtc|return\s+to\s+clinic|f\/u|follow[\s-]?up)|continue\s+(?:with\s+)?(?:the\s+)?(?:weekly\s+|biweekly\s+|individual\s+|same\s+)?(?:group|groups|sessions?|therapy|counsel+ing|services|visits)(?:\s+as\s+(?:scheduled|planned|before))?|revert(?:\s+back)?\s+(?:if|when|as)\s+(?:required|needed|necessary)|(?:plan\s*:\s*)?(?:continue\s+)?(?:as\s+(?:discussed|agreed|above|planned|before)|see\s+above)|(?:(?:we|client|pt|she|he|they)\s+)?(?:will\s+)?continue\s+(?:to\s+work|working)\s+on\s+(?:(?:her|his|their|the|this|these|current|identified)\s+)?[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+(?:goals?|skills?|issues?))?)$/i;

/**
 * A whole intervention in stock words: support given in general words ("support", "redirection", "validation",
 * "supportive counseling", "psychoeducation"...), "as needed" or "throughout the visit", and no technique or topic named
 * ("Writer provided support and redirection as needed throughout the visit.", "Supportive counseling provided.",
 * "Supportive counselling.", "Psychoeducation provided."); or the plan looked over ("Reviewed ITP.", "Reviewed
 * coping."). "Provided psychoeducation on panic cycles" names what was done, and is read as usual.
 */
export const STOCK_INTERVENTION =
  /^(?:(?:(?:this\s+)?(?:writer|clinician|therapist|counsel+or|worker|staff|facilitator|i|we)\s+)?(?:provided|offered|gave|used|utili[sz]ed)\s+(?:supportive\s+(?:counsel+ing|therapy|treatment|care|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback|psycho-?ed(?:ucation)?)(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:supportive\s+(?:counsel+ing|therapy|treatment|care|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback|psycho-?ed(?:ucation)?)){0,3}(?:\s+(?:as\s+(?:needed|appropriate|indicated|required)|prn|throughout(?:\s+the\s+(?:session|visit|call|group|contact))?|during\s+the\s+(?:session|visit|call|group|contact)|today))*|(?:supportive\s+(?:counsel+ing|therapy|treatment|care|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback|psycho-?ed(?:ucation)?)(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:supportive\s+(?:counsel+ing|therapy|treatment|care|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback|psycho-?ed(?:ucation)?)){0,3}(?:\s+(?:was\s+|were\s+)?(?:provided|offered|given|used))?(?:\s+(?:as\s+(?:needed|appropriate|indicated|required)|prn|throughout(?:\s+the\s+(?:session|visit|call|group|contact))?|during\s+the\s+(?:session|visit|call|group|contact)|today))*|(?:(?:this\s+)?(?:writer|clinician|therapist|counsel+or|worker|staff|facilitator|i|we)\s+)?reviewed\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:itp|isp|treatment\s+plan|tx\s+plan|plan\s+of\s+care|poc|care\s+plan|goals|progress|coping(?:\s+(?:skills|strategies))?)(?:\s+with\s+(?:the\s+)?(?:client|pt|patient|her|him|them))?)$/i;

/** Qualities any note could say of any client ("motivated", "resilient", "caring"), which may name a role after them. */
const STOCK_QUALITIES = [
  'motivated', 'resilient', 'hard-?working', 'determined', 'capable', 'reliable', 'compliant', 'cooperative', 'co-operative',
  'engaged', 'pleasant', 'friendly', 'willing', 'receptive', 'open', 'adherent', 'polite', 'positive', 'hopeful', 'committed',
  'invested', 'eager', 'ready', 'intelligent', 'insightful', 'bright', 'caring', 'loving', 'devoted', 'kind', 'likeable', 'likable',
  'articulate',
];
/** The roles such a quality is said of ("loving, devoted father", "reliable employee"). */
const STOCK_ROLES = [
  'father', 'mother', 'parent', 'dad', 'mom', 'mum', 'son', 'daughter', 'husband', 'wife', 'partner', 'spouse', 'grandparent',
  'grandmother', 'grandfather', 'worker', 'employee', 'student', 'person', 'individual', 'young\\s+(?:man|woman|person)',
  'kid', 'boy', 'girl', 'child', 'lad', 'man', 'woman', 'family',
];
/** Whole phrases just as stock: "hard worker", "good family man", "good work history", "supportive wife". */
const STOCK_PHRASES = [
  'insight', '(?:family\\s+|social\\s+)?supports?(?:\\s+system)?', 'hard\\s+worker', 'family\\s+(?:man|woman|person)',
  'work\\s+(?:history|ethic)', 'employment\\s+history', 'supportive\\s+(?:family|wife|husband|partner|spouse|parents?|friends)',
  // ("Loves her children.": what any parent's note could say.)
  'loves\\s+(?:her|his|their)\\s+(?:children|kids|family)', 'good\\s+communication\\s+skills',
];
// ("Good kid.", "a good dad": a role called good, and nothing of what makes it so.)
const STOCK_STRENGTH_ITEM = `(?:(?:(?:very|highly|quite|generally|good|strong)\\s+)?(?:(?:${STOCK_QUALITIES.join('|')})(?:\\s+(?:${STOCK_ROLES.join('|')}))?|${STOCK_PHRASES.join('|')})|(?:really\\s+|very\\s+)?good\\s+(?:${STOCK_ROLES.join('|')}))`;

/**
 * A whole list of strengths in words any note could say of any client: who (optional), a verb (optional), then up to
 * five of motivated, resilient, compliant, cooperative, engaged, willing, receptive, positive, committed, intelligent,
 * insightful, caring, loving and the like (a role may follow: "loving, devoted father"), "good insight", "good family
 * support", "hard worker", "good family man", "good work history" or "supportive wife", with what it is said of
 * ("motivated for treatment", "compliant with dosing", "compliant with house rules"): "Client is motivated and resilient.",
 * "Motivated, intelligent, insightful.", "Hard worker. Good family man.". "Resilient: kept her job through two moves"
 * and "persistent, funny, good with her hands" name this client's own, and are read as usual.
 */
export const STOCK_STRENGTH = new RegExp(
  `^(?:(?:the\\s+)?(?:client|pt|patient|member|participant|resident|consumer|youth|she|he|they)\\s+)?(?:is\\s+|was\\s+|are\\s+|were\\s+|has\\s+|appears\\s+|appeared\\s+|seems\\s+|presents\\s+as\\s+|remains\\s+)?(?:an?\\s+)?${STOCK_STRENGTH_ITEM}(?:\\s*(?:,|and|&)\\s*(?:and\\s+)?${STOCK_STRENGTH_ITEM}){0,4}(?:\\s+(?:for|to|in|with)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:treatment|tx|change|services?|therapy|counsel+ing|dosing|medications?|meds|program(?:me)?|recovery|sessions?|care|plan|(?:house\\s+|program(?:me)?\\s+)?rules|curfew|groups?|appointments?))?$`,
  'i',
);

/**
 * A whole sentence of progress in words any note could say of any client, with nothing of what changed or against
 * what: "Doing ok overall, some improvement.", "Pt doing ok, sx stable.", "Her progress is steady.", "Continues to
 * improve.", "Progress: fair.", "Sx improving slowly." Who may open it ("Client", "Pt", "She"), and a verb of report
 * ("reports", "appears"). "Doing better: slept 6 hours on 5 nights" and "improving since the dose change" go on, and
 * are read as usual; so is an assessment's one word, "Improving.", which a note's score or count beside it may bear out.
 */
const VAGUE_PROGRESS =
  '(?:doing\\s+(?:ok|okay|o\\.k\\.|well|fine|alright|all\\s+right|better|good|great|about\\s+the\\s+same|the\\s+same)' +
  '|(?:some|slight|slow|steady|minimal|good|fair|gradual|modest|continued|overall)\\s+(?:improvement|progress|gains)(?:\\s+(?:noted|seen|made|reported))?' +
  '|(?:slowly\\s+|gradually\\s+|steadily\\s+)improving|improving\\s+(?:slowly|gradually|steadily)' +
  '|(?:continues|continuing|continued)\\s+to\\s+(?:improve|progress|do\\s+well)' +
  '|(?:(?:her|his|their|overall)\\s+)?progress(?:\\s*:\\s*|\\s+is\\s+|\\s+has\\s+been\\s+|\\s+)(?:steady|fair|good|slow|ok|okay|minimal|limited|adequate|satisfactory|noted|gradual|as\\s+expected))';
export const STOCK_PROGRESS = new RegExp(
  `^(?:(?:the\\s+)?(?:client|pt|patient|member|participant|she|he|they)\\s+)?(?:reports?\\s+|reported\\s+|states?\\s+|stated\\s+|says\\s+|said\\s+|appears\\s+|appeared\\s+|seems\\s+|is\\s+|was\\s+|has\\s+been\\s+)?(?:to\\s+be\\s+)?(?:(?:(?:symptoms|mood|presentation|things)\\s+(?:are\\s+|is\\s+|remain\\s+|remains\\s+|have\\s+been\\s+)?(?:stable|unchanged|settled|improving(?:\\s+(?:slowly|gradually|steadily))?))|${VAGUE_PROGRESS})(?:\\s+(?:overall|so\\s+far|at\\s+this\\s+time|this\\s+week|since\\s+last\\s+session|today))?$`,
  'i',
);

/**
 * A whole entry that says there is nothing to say: "None identified.", "Nil identified at this time.", "No significant
 * changes since intake.", "Denies cultural concerns.". Where the dimension is an assessment (barriers, the client's
 * systems, the cultural background), it is no assessment.
 */
export const STOCK_NONE =
  /^(?:none|nil|nothing|(?:(?:(?:the\s+)?(?:client|pt|patient|she|he|they)\s+)?(?:denies|denied|reports\s+no|reported\s+no)(?:\s+any)?|no)\s+(?:significant\s+|new\s+|major\s+|known\s+|other\s+)?(?:(?:cultural|religious|spiritual|faith|family|social)\s+)?(?:changes?|concerns?|barriers?|issues?|updates?|needs?))(?:\s+(?:identified|noted|reported|known|today|at\s+(?:this|present)(?:\s+time)?|since\s+(?:intake|admission|(?:the\s+)?last\s+(?:review|session|visit|plan))|to\s+report))*$/i;

/** A stance a clinician claims: objective, neutral, nonjudgmental, unbiased, culturally sensitive, open-minded. */
const STANCE =
  '(?:objective|neutral|non-?judg(?:e)?mental|unbiased|impartial|culturally\\s+(?:sensitive|aware|responsive|appropriate|competent)|open[- ]minded)';

/**
 * A whole safeguard against bias in stock words: a stance claimed, in one word or several ("Clinician remained
 * objective throughout.", "Writer remained culturally sensitive throughout the session.", "Writer remained objective
 * and nonjudgmental throughout the assessment."), or the question waved through ("No bias concerns identified.",
 * "Clinician bias: reviewed; no concerns."). Neither names an assumption or a step taken against it.
 */
export const STOCK_STANCE = new RegExp(
  `^(?:(?:(?:the\\s+)?(?:clinician|writer|therapist|counsel+or|worker|i|we)\\s+)?(?:remained|was|were|stayed|kept|maintained|is)\\s+(?:an?\\s+)?${STANCE}(?:(?:,\\s*|,?\\s+and\\s+)${STANCE})*(?:\\s+(?:stance|approach|attitude|position))?(?:\\s+(?:throughout|during)(?:\\s+the\\s+(?:session|assessment|visit|interview|call|meeting))?)?|no\\s+(?:bias\\s+|cultural\\s+)?(?:concerns?|issues?)(?:\\s+(?:identified|noted|at\\s+this\\s+time))*|(?:reviewed|considered|checked|noted|n\\/a)|(?:clinician\\s+|writer\\s+|therapist\\s+)?bias\\s+(?:was\\s+)?(?:reviewed|considered|checked))$`,
  'i',
);
