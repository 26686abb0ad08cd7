// Stock sentences carried from note to note, which tell nothing of this client: a response ("Client receptive.",
// "Pt was engaged and cooperative.", "Tolerated session well.") or a plan ("F/u PRN.", "Continue plan of care."). A
// sentence that says only this is no evidence of the sub-items that ask for it (read/stock.ts); a sentence that goes
// on ("receptive to trying the exposure ladder", "continue weekly CBT, next 3/21") is read as usual.

/**
 * A whole sentence in stock words, its full stop aside: who (optional: "Client", "Pt", "She"), a verb (optional: "was",
 * "appeared"), then up to three of receptive, responsive, engaged, cooperative, attentive, participative, pleasant,
 * appropriate, open, said of the work in general ("to interventions", "in session") or of the session ("throughout the
 * session"); or "tolerated the session well" (or the visit), "participated in group"; or "good participation"; or
 * "appreciative of visit"; or "Ok with plan"; or that the work goes on ("Continues to work on goals.", "Progress ongoing.", "making
 * good progress toward goals"). Who may be the client and whoever came with them ("Pt and daughter receptive").
 */
export const STOCK_RESPONSE =
  /^(?:(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:was\s+|is\s+|were\s+|are\s+|appeared\s+|seemed\s+|remained\s+|remains\s+)?(?:very\s+|fully\s+|somewhat\s+|generally\s+|overall\s+)?(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)(?:\s*(?:,|and|&)\s*(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)){0,2}(?:\s+(?:appropriately|well|fully|actively))?(?:\s+(?:to|with|in)\s+(?:the\s+|all\s+)?(?:interventions?|session|sessions|treatment|tx|counsel+ing|therapy|feedback|support|discussion|process|techniques?|exercises?|activities|activity|skills?|writer|clinician|therapist))?(?:\s+(?:well|throughout(?:\s+the\s+session)?|today|overall|in\s+session|this\s+session))?|(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:tolerated|participated\s+in)\s+(?:the\s+)?(?:session|sessions|group|treatment|visit|appointment)(?:\s+well)?|(?:good|fair|adequate|active)\s+(?:participation|engagement)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:is\s+)?(?:progress(?:\s+is)?\s+ongoing|progressing(?:\s+(?:well|slowly|as\s+expected))?|(?:continues\s+to\s+make|is\s+making|making)\s+(?:good\s+|some\s+|steady\s+)?progress(?:\s+towards?\s+(?:(?:her|his|their|treatment|tx)\s+)?goals?)?)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:continues|continued|continue)\s+to\s+(?:work\s+on|work\s+toward|work\s+towards|address)\s+(?:(?:her|his|their|treatment|tx|identified|stated)\s+)?(?:goals?|this|objectives?|issues?)|(?:(?:the\s+)?(?:client|clients|pt|patient|member|participant|resident|consumer|couple|family|she|he|they)(?:\s+and\s+(?:(?:her|his|their)\s+)?(?:daughter|son|mother|father|mom|dad|partner|husband|wife|spouse|caregiver|parent|parents|family|sister|brother))?\s+)?(?:was\s+|were\s+)?(?:appreciative|grateful|thankful)\s+(?:of|for)\s+(?:the\s+)?(?:visit|session|call|support|services?|time)|(?:(?:the\s+)?(?:client|pt|patient|member|participant|resident|consumer|she|he|they)\s+)?(?:is\s+|was\s+)?(?:ok|okay|fine|agreeable)\s+(?:with|to)\s+(?:the\s+)?plan)$/i;

/**
 * A whole plan in stock words: follow-up only as needed ("F/u PRN", "RTC prn", "Follow up as needed", "Return to
 * clinic PRN"), or carrying on with no word of what ("Continue plan of care", "Continue POC", "Continue current tx
 * plan", "Continue per plan").
 */
export const STOCK_PLAN =
  /^(?:(?:f\/u|fu|follow[\s-]?up|rtc|return(?:\s+to\s+clinic)?|see|recheck)\s+(?:with\s+(?:bhc|clinician|writer|therapist)\s+)?(?:prn|as\s+needed|if\s+needed|as\s+required)|(?:plan\s*:\s*)?continue\s+(?:with\s+)?(?:the\s+|current\s+|present\s+|same\s+)?(?:plan(?:\s+of\s+care)?|poc|tx\s+plan|treatment\s+plan|treatment|tx|care\s+plan)(?:\s+as\s+(?:above|before|written))?|continue\s+per\s+(?:plan|poc|treatment\s+plan))$/i;

/**
 * A whole intervention in stock words: support given in general words ("support", "redirection", "validation",
 * "supportive counseling"...), "as needed" or "throughout the visit", and no technique named ("Writer provided support
 * and redirection as needed throughout the visit.", "Supportive counseling provided."). "Provided psychoeducation on
 * panic cycles" names what was done, and is read as usual.
 */
export const STOCK_INTERVENTION =
  /^(?:(?:(?:this\s+)?(?:writer|clinician|therapist|counsel+or|worker|staff|facilitator|i|we)\s+)?(?:provided|offered|gave|used|utili[sz]ed)\s+(?:supportive\s+(?:counsel+ing|therapy|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback)(?:\s*(?:,|and|&)\s*(?:supportive\s+(?:counsel+ing|therapy|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback)){0,3}(?:\s+(?:as\s+(?:needed|appropriate|indicated|required)|prn|throughout(?:\s+the\s+(?:session|visit|call|group|contact))?|during\s+the\s+(?:session|visit|call|group|contact)|today))*|(?:supportive\s+(?:counsel+ing|therapy|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback)(?:\s*(?:,|and|&)\s*(?:supportive\s+(?:counsel+ing|therapy|listening|interventions?|techniques?)|(?:therapeutic\s+)?support|redirection|encouragement|validation|reassurance|empathy|active\s+listening|feedback)){0,3}\s+(?:was\s+|were\s+)?(?:provided|offered|given|used)(?:\s+(?:as\s+(?:needed|appropriate|indicated|required)|prn|throughout(?:\s+the\s+(?:session|visit|call|group|contact))?|during\s+the\s+(?:session|visit|call|group|contact)|today))*)$/i;
