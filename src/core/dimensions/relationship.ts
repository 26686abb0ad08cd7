import type { Dimension } from './types.js';
import { cite } from './sources.js';

/** Who is meant when a note speaks of the helper; used to tie boundary and rupture wording to the clinician. */
/** What a client gives a helper: bought, baked or handmade things (not "a call", "a copy", "an update"). */
const GIFT =
  '(?:gift|present|card|cookies|biscuits|cake|baking|treats|chocolates?|sweets|candy|flowers|bouquet|plant|tickets|money|cash|tin|box|basket|' +
  'bracelet|necklace|jewell?e?ry|scarf|mug|candle|ornament|keyring|keychain|bookmark|drawing|painting|watercolou?r|sketch|portrait|poem|' +
  'artwork|craft|quilt|blanket)';

// (A role before it too: "gave the lead facilitator a jar of salmon she had canned".)
const HELPER =
  '(?:(?:lead|primary|assigned|student|intake|session|group)\\s+)?(?:clinician|therapist|counselor|counsellor|writer|worker|social worker|provider|facilitator|co-?facilitator|co-?therapist|co-?leader|group leader|case manager|intern|trainee|this (?:clinician|writer|therapist|counselor)|me)';

export const relationship: Dimension = {
  id: 'relationship',
  title: 'Therapeutic relationship',
  why: 'Boundary questions, dependency and misunderstandings damage trust and the work if they are not named, processed and repaired; the record must show how they were handled.',
  source: cite(['relationship', 'boundaries, misunderstandings, dependency'], ['helpingProcess', 'the relational reactions of client and clinician'], 'naswConflicts', 'naswRecords'),
  headings: [
    'Therapeutic relationship',
    '=Relationship',
    'Relationship with clinician',
    'Relationship with therapist',
    'Clinician-client relationship',
    'Therapist-client relationship',
    '=Boundaries',
    'Boundary issue',
    'Boundary issues',
    'Boundary concerns',
    'Professional boundaries',
    'Rupture',
    'Rupture and repair',
    'Alliance rupture',
    'Relational reactions',
    'Relational dynamics',
    'Transference',
    'Countertransference',
    'Transference and countertransference',
    'Dependency',
    'Clinician reflection',
    'Clinician reactions',
    'Process comments',
  ],
  subItems: [
    {
      id: 'client-reaction',
      label: "the client's reaction",
      cues: [
        'transference',
        'unrealistic expectations',
        'misperceived',
        'misperception',
        'felt judged',
        'felt dismissed',
        'felt unheard',
        'felt hurt',
        'felt rejected',
        'felt abandoned',
        'felt misunderstood',
        'felt criticized',
        'client reacted',
        "client's reaction",
        'client reaction',
        // How the client took a boundary or a misstep: "no sign of hurt", "took it well", "was offended".
        'sign of hurt',
        'signs of hurt',
        'took it well',
        'took it badly',
        'took it personally',
        'took it in her stride',
        'took it in his stride',
        'took this well',
        'offended',
      ],
      patterns: [
        `\\b(?:client|pt|patient|she|he|they)\\b[^.\\n]{0,40}\\b(?:felt|feels|expressed|reported|was|became|seemed|said|looked|sounded)\\b[^.\\n]{0,30}\\b(?:hurt|rejected|judged|angry|upset|disappointed|frustrated|abandoned|misunderstood|dismissed|unheard|embarrassed|attached|close)\\b`,
        `\\b(?:angry|upset|frustrated|annoyed|irritated|disappointed|hurt) (?:with|at|by) (?:the )?${HELPER}\\b`,
        // What the client made of the clinician: "she felt I had let him talk too long", "he thought I was on her side".
        "\\b(?:she|he|they|client)\\s+(?:later\\s+)?(?:said\\s+(?:she|he|they)\\s+)?(?:felt|feels|thought|thinks)\\s+(?:that\\s+)?I\\s+(?:had|was|were|am|did|didn't|did not|wasn't|was not)\\b",
        // What the client took a moment or the clinician's manner to be: "he experienced that as being talked down to".
        '\\b(?:client|pt|patient|she|he|they)\\s+(?:may\\s+have\\s+|might\\s+have\\s+|had\\s+)?experienced\\s+(?:that|this|it|me|us|(?:my|our|the)\\s+\\w+)\\s+as\\b',
        // What the gift or the moment meant to the client, asked: "asked what it meant to him to give it", "talked briefly
        // about what giving means to her".
        // Whether the client wants to go on with this clinician, asked after a boundary or a rupture: "He confirmed he
        // is comfortable continuing with me", "she said she was happy to keep working with this writer".
        '\\b(?:comfortable|happy|content|fine|okay|ok|at\\s+ease|uncomfortable|unhappy|reluctant)\\s+(?:to\\s+)?(?:continu\\w*|keep\\s+(?:working|seeing)|work\\w*|carry\\w*\\s+on|stay\\w*)\\s+with\\s+(?:me|this\\s+(?:writer|clinician|counsell?or|therapist|worker)|the\\s+same\\s+(?:clinician|counsell?or|therapist|worker))\\b',
        '\\b(?:asked|talked\\s+(?:briefly\\s+)?about|explored|discussed|wondered\\s+aloud)\\s+(?:with\\s+(?:him|her|them)\\s+)?what\\s+(?:it|this|that|giving(?:\\s+it)?|the\\s+[\\w-]+)\\s+(?:meant|means|might\\s+mean)\\s+to\\s+(?:him|her|them|the\\s+client)\\b',
      ],
    },
    {
      id: 'clinician-reaction',
      label: "the clinician's own reaction",
      cues: [
        'countertransference',
        'counter-transference',
        'my reaction',
        'my own reaction',
        'my own feelings',
        "clinician's reaction",
        "writer's reaction",
        'clinician reaction',
        'clinician noticed',
        'writer noticed',
        'therapist noticed',
        'clinician felt',
        'writer felt',
        'therapist felt',
        'I felt',
        'I noticed',
        'I was aware',
        'self-reflection',
        'self-awareness',
        'personal reaction',
        'own reactions',
        'pull to',
        'rescue',
        'overprotective',
      ],
      patterns: [
        // The clinician's own feeling said to the client, as a closing letter or a last session tells it: "I told you I
        // will miss our Wednesdays", "I said I would miss working with her", "I am proud of you too".
        "\\bI\\s+(?:(?:told|said\\s+to)\\s+(?:you|him|her|them)\\s+(?:that\\s+)?I\\s+|said\\s+(?:that\\s+)?I\\s+)?(?:will|['’]ll|would|do|shall)\\s+miss\\s+(?:our|you|him|her|them|working|seeing|meeting|these|the)\\b",
        "\\bI\\s+(?:am|['’]m|was|felt|feel)\\s+(?:so\\s+|very\\s+|really\\s+)?(?:proud\\s+of|moved\\s+by|touched\\s+by)\\s+(?:you|him|her|them|what)\\b",
      ],
    },
    {
      id: 'repair',
      label: 'misunderstanding talked through and repaired',
      cues: [
        'repair',
        'repaired',
        'repairing',
        'rupture and repair',
        'talked through',
        'talked it through',
        'worked through',
        'clarified',
        'clarification',
        'apologized',
        'acknowledged the misunderstanding',
        'acknowledged the rupture',
        'metacommunication',
        'meta-communication',
        'named the rupture',
        'processed the rupture',
        'processed the misunderstanding',
        'discussed the relationship',
        'checked in about the relationship',
        'resolved',
        'restored',
        'invited feedback',
        'asked for feedback',
      ],
      // "we talked about what the relationship had meant", "explored our working relationship": the relationship named.
      patterns: [
        '\\b(?:talked|spoke|discussed|explored|processed|reflected|checked in)\\b[^.\\n]{0,30}\\b(?:the|our|their) (?:therapeutic |working |counselling |counseling )?relationship\\b',
        // The clinician explaining their own limit to the client: "Explained, with her present, that I don't connect with
        // young people I work with on social media".
        "\\bexplained\\b[^.;\\n]{0,40}\\bthat\\s+I\\s+(?:don['’]t|do\\s+not|can['’]t|cannot|won['’]t|will\\s+not|am\\s+not|only)\\b",
        // The clinician owning their part, or asking what would set it right: "I acknowledged that I had been asking him
        // most of the questions", "owned that I had cut her off", "asked what would help him feel it was fair".
        "\\b(?:I|writer|this\\s+writer|(?:the\\s+)?(?:clinician|counsell?or|therapist))\\s+(?:acknowledged|owned|admitted|recogni[sz]ed|accepted)\\s+(?:that\\s+)?(?:I|my|writer['’]s|the\\s+writer|(?:the\\s+)?(?:clinician|counsell?or|therapist)['’]s)\\b",
        '\\basked\\s+(?:(?:him|her|them|the\\s+(?:client|couple|family))\\s+)?what\\s+would\\s+help\\s+(?:him|her|them|it)\\s+(?:to\\s+)?feel\\b',
      ],
    },
    {
      id: 'boundaries',
      label: 'boundaries held and explained',
      cues: [
        'boundary',
        'boundaries',
        'declined the gift',
        'declined gift',
        'returned the gift',
        'accepted the gift',
        'gift policy',
        'social media policy',
        'communication policy',
        'contact policy',
        'between-session contact policy',
        'professional role',
        'professional relationship',
        'therapeutic frame',
        'the frame',
        'role clarification',
        'clarified roles',
        'clarified my role',
        'dual relationship',
        'multiple relationship',
        'conflict of interest',
        'did not accept',
        'did not respond to the friend request',
        'request declined',
        'social media section',
        'contact outside sessions',
        'patient portal only',
        'declined the friend request',
        'declined the invitation',
        'ethics',
        'ethical',
        'code of ethics',
      ],
      // "does not accept friend or follow requests", "did not reply on Instagram": a boundary held.
      patterns: [
        // Taken to supervision or consultation ("took this case to supervision", "consulted my supervisor"); a bare
        // "Supervisor: Dr A" in a header is not a boundary held.
        '\\b(?:took|take|takes|taking|brought|bring|brings|bringing|raised|raise|discussed|discuss|processed|process)\\b[^.\\n]{0,40}\\b(?:to|in|with|at)\\s+(?:clinical\\s+|peer\\s+|my\\s+|her\\s+|his\\s+|their\\s+)?(?:supervision|supervisor|consultation)\\b',
        '\\bconsult(?:ed|s|ing|ation)?\\b[^.\\n]{0,20}\\b(?:supervisor|supervision|team|colleague|ethics)\\b',
        // "accepted it, in line with the service's policy on small tokens"
        // (or its guidelines: "within clinic guidelines for small tokens")
        '\\b(?:polic(?:y|ies)|guidelines?)\\b[^.\\n]{0,30}\\b(?:gifts?|tokens?|presents?|contact|social media|texting|dual relationships?)\\b',
        // A request of the clinician, declined: "asked for Jordan's personal cell — he declined and restated the
        // after-hours line".
        '\\b(?:asked|requested|wanted)\\b[^.\\n]{0,60}\\b(?:declined|refused|said\\s+no)\\b',
        "\\b(?:declined|does not accept|do not accept|doesn't accept|don't accept|will not accept|won't accept|not accepting|(?:can(?:no|['’])t|cannot|could(?:\\s+not|n['’]t))\\s+(?:accept|keep))\\b[^.\\n]{0,40}\\b(?:requests?|friend|follow|gifts?|invitations?|connections?)\\b",
        // The rule the clinician works by, explained: "explained my practice of not keeping personal gifts of value".
        '\\b(?:explained|explaining|reminded\\s+(?:him|her|them)\\s+of|told\\s+(?:him|her|them)\\s+about)\\b[^.\\n]{0,40}\\b(?:my|our|the|agency|service|clinic|professional)\\s+(?:[\\w-]+\\s+)?(?:practice|policy|policies|guidance|guidelines|rules?|code)\\b',
        // "I don't connect with clients or their family members on social media"
        "\\b(?:did not|didn't|will not|won't|do not|don't|does not|doesn't)\\s+(?:reply|respond|connect|engage)\\b[^.\\n]{0,50}\\b(?:on|via|through)\\s+(?:instagram|facebook|social media|text|personal)",
      ],
    },
    {
      id: 'dependency',
      label: 'dependency and autonomy',
      cues: [
        'dependency',
        'dependence',
        'dependent on',
        'reliance',
        'reliant on',
        'over-reliance',
        'autonomy',
        'independence',
        'outside supports',
        'supports outside',
        'relationships outside',
        'support network',
        'between-session contact',
        'between session contact',
        'frequency of contact',
        'session frequency',
        'reduce frequency',
        'taper',
        'tapering',
        'spacing sessions',
      ],
    },
  ],
  threshold: 2,
  negation: 'any',
  // A couple's "repair conversation" is theirs, not a rupture with the clinician talked through.
  senses: ['partners-repair'],
  triggers: [
    {
      id: 'boundary',
      label: 'a boundary issue (gift, social media or personal-phone contact, meeting outside sessions, dual relationship, a secret kept from a partner)',
      // Whoever in the client's circle crosses it ("Father also invited writer to the family's home for iftar"), the
      // crossing is with the clinician: only a hypothetical one raises nothing.
      context: { hypothetical: true },
      cues: [
        'boundary crossing',
        'boundary crossings',
        'boundary violation',
        'boundary violations',
        'boundary issue',
        'boundary issues',
        'boundary concern',
        'therapeutic boundaries',
        'professional boundaries',
        'dual relationship',
        'dual relationships',
        'multiple relationship',
        'multiple relationships',
        'friend request',
        'friend requested',
        'follow request',
        'follow requests',
        'conflict of interest',
      ],
      patterns: [
        `\\b(?:gift|gifts|gift card|baked goods|cookies|flowers)\\b[^.\\n]{0,40}\\b(?:for|to) (?:the )?${HELPER}\\b`,
        `\\b(?:gave|give|gives|giving|brought|bring|brings|offered|offers|handed|hands)\\s+(?:the\\s+)?${HELPER}\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,4}${GIFT}\\b`,
        // Whatever the thing, handed to the clinician it is a gift: "gave me a bottle of his family's Saperavi", "gave me a
        // black wool prayer rope he had knotted", "gave me two box seats" (not a hug, a look, a list or a copy of a form).
        `\\b(?:gave|gives|brought|brings|handed|hands|offered|offers|presented)\\s+(?:me|(?:the\\s+)?${HELPER})\\s+(?:with\\s+)?(?:a|an|some|two|three|four|this|these|a\\s+couple\\s+of)\\s+(?!(?:hug|look|call|ring|list|summary|update|example|chance|break|minute|moment|hand|nod|smile|wave|lift|ride|walkthrough|tour|report|form|lot|bit|sense|headache|hard\\s+time|run[- ]?down|heads[- ]?up|copy\\s+of\\s+(?:the|her|his|their|a)\\s+(?:form|letter|report|results?|plan|schedule|timetable|rota|referral|assessment|discharge|care\\s+plan|court|police))\\b)[\\w$][^.,;:!?\\n"“”]{0,40}`,
        // Food or things handed over with no article: "handed me mishloach manos", "brought me tamales" (not "brought me
        // back to", "handed me her phone to read a text").
        "\\b(?:handed|brought)\\s+me\\s+(?!(?:back|up|in|into|to|along|round|around|over|out|down|through|on|off|forward|a|an|the|his|her|their|my|our|your|some|this|that|these|those|it|them|one|copies|paperwork|documents|forms|letters|results|photos|pictures|news|word|updates?)\\b)[a-z][\\w'’-]+",
        // "Client brought a gift basket 'to say thank you'": a gift brought to the session is for the clinician, unless
        // the note says whom else it is for ("brought a present for her niece").
        '\\b(?:brought|brings|bring|gave|gives|give|offered|offers|handed)\\s+(?:in\\s+)?(?:a|an|some)\\s+(?:small\\s+|little\\s+|thank-you\\s+)?(?:gift|gifts|present|gift card|gift basket)\\b(?![^.\\n]{0,40}\\bfor\\s+(?:her|his|their|a|an)\\s)',
        // Brought for the clinician, the recipient after the thing: "brought out a lei she had made and a container of
        // laulau for writer", "brought a sweet potato pie for counselor", "a pound cake for the front desk and a second one
        // for me" (not papers: "brought a list of questions for me", "a copy of the letter for the writer to sign").
        `\\b(?:brought|bring|brings|baked|cooked|knitted|knit|carved|painted)\\s+(?:out\\s+|in\\s+|along\\s+)?(?:a|an|some|two|three|a\\s+dozen|a\\s+couple\\s+of)\\s+(?!(?:\\w+\\s+)?(?:list|lists|copy|copies|letter|letters|form|forms|note|notes|log|logs|diary|journal|worksheet|sheet|sheets|questions?|summary|update|report|photos?|pictures?|documents?|paperwork|records?|schedule|timetable|chart|printout|friend|support|partner|sister|brother|mother|father|child|son|daughter)\\b)[^.;\\n]{0,60}?\\bfor\\s+(?:the\\s+)?${HELPER}\\b(?!\\s+to\\s+(?:read|see|sign|look|review|check|fill|keep|file|copy|complete))`,
        // A private channel asked for in the client's words: "asked if he can just WhatsApp me when the link is bad".
        // (Asked, not told: a client's quote "she still WhatsApp me at 11 pm" is about the client.)
        `\\b(?:can|could|may|might)\\s+(?:just\\s+)?(?:whats\\s?app|dm|snapchat)\\s+(?:the\\s+)?${HELPER}\\b`,
        // A thing bought or made "for you, as a thank-you": a gift to the clinician, whatever the thing.
        `\\bfor\\s+(?:you|the\\s+${HELPER}|${HELPER})\\b[^.\\n]{0,5}\\bas\\s+a\\s+thank[- ]?you\\b`,
        // "brought homemade sambusa to last week's session": food made for the clinician is a gift, whatever the dish.
        `\\b(?:brought|bring|brings|gave|give|gives|offered)\\s+(?:\\w+\\s+){0,2}home-?made\\b[^.\\n]{0,40}\\b(?:session|appointment|office|clinic|${HELPER})\\b`,
        '\\b(?:be|become|being)\\s+friends\\s+on\\s+(?:facebook|instagram|linkedin|tiktok|snapchat|social media)\\b',
        // "asked whether we could be Facebook friends", "asked if he could add him on Snapchat" (the helper, asked).
        '\\b(?:be|become|being)\\s+(?:facebook|instagram|linkedin|tiktok|snapchat)\\s+friends\\b',
        '\\basked\\s+(?:if|whether)\\s+(?:she|he|they|we)\\s+(?:could|can)\\s+(?:add|follow|friend|message|text|dm)\\s+(?:you|me|him|her|them)\\s+on\\s+(?:facebook|fb|instagram|insta|ig|snapchat|snap|tiktok|linkedin|whatsapp|social media)\\b',
        // Something the client made, given to the clinician: "gave me a beaded pen she made", "brought me a scarf he knitted".
        '\\b(?:gave|give|gives|brought|handed)\\s+me\\s+(?:a|an|some|this|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:she|he|they)\\s+(?:had\\s+)?(?:made|knitted|knit|baked|painted|drew|crafted|sewed|sewn|carved|beaded|wove|embroidered)\\b',
        // "sent her a message through her personal Instagram account": the helper's private channel, reached.
        '\\b(?:sent|message|messaged|dm|dmed|contacted|reached)\\b[^.\\n]{0,40}\\b(?:through|via|on)\\s+(?:her|his|their|my)\\s+personal\\s+(?:instagram|facebook|snapchat|tiktok|whatsapp|social media|account|phone|cell|number|email)\\b',
        // A favour for the clinician: "he took me to the stage at Kansanga", "offered me a lift", "said from today I should
        // not pay for boda".
        '\\b(?:gave|give|gives|offered|offers)\\s+me\\s+a\\s+(?:free\\s+)?(?:lift|ride)\\b',
        // Their trade offered free: "offered to tattoo me for free", "offered to fix the therapist's car at no charge".
        `\\boffer(?:ed|s|ing)?\\s+to\\s+[\\w-]+\\s+(?:me|my|(?:the\\s+)?${HELPER}(?:[’']s)?)\\b[^.\\n]{0,40}\\b(?:for\\s+free|free\\s+of\\s+charge|at\\s+no\\s+(?:cost|charge)|on\\s+the\\s+house|for\\s+nothing)\\b`,
        '\\b(?:took|drove|dropped)\\s+me\\s+(?:to|home|back|off)\\b',
        '\\b(?:I|writer)\\s+(?:should|would|will|need)\\s+not\\s+(?:have\\s+to\\s+)?pay\\b',
        // "they found my Instagram and followed it": the clinician's own account, found by the client.
        '\\b(?:found|followed|follows|following|added|friended|messaged|looked\\s+up|searched\\s+for|liked)\\s+my\\s+(?:personal\\s+|private\\s+)?(?:facebook|instagram|linkedin|tiktok|twitter|snapchat|social media)\\b',
        // "a LinkedIn connection request was received from E. ... and was accepted"
        '\\b(?:facebook|instagram|linkedin|tiktok|snapchat|twitter|social media)\\s+(?:connection|friend|follow|contact)\\s+requests?\\b',
        `\\b${HELPER}[’']?s?\\s+(?:personal\\s+|private\\s+)?(?:facebook|instagram|linkedin|tiktok|twitter|x account|snapchat|social media|personal (?:phone|number|email|cell))\\b`,
        `\\b(?:follow|followed|following|add|added|friend|friended|message|messaged|dmed|contacted|found|searched for|looked up)\\s+(?:the\\s+)?${HELPER}\\b[^.\\n]{0,30}\\b(?:on|via) (?:facebook|instagram|linkedin|tiktok|twitter|snapchat|social media)\\b`,
        `\\bsocial media\\b[^.\\n]{0,40}\\b${HELPER}\\b`,
        `\\b(?:meet|meeting|met|socializ\\w*|coffee|lunch|dinner|drinks?|hang out|date)\\b[^.\\n]{0,30}\\boutside (?:of )?(?:sessions?|therapy|counseling|the office|treatment)\\b`,
        `\\b(?:ran|run|runs|running) into (?:the )?(?:client|${HELPER})\\b`,
        // A chance meeting outside the office: "she saw me at the swim meet", "bumped into writer at church".
        `\\b(?:she|he|they|client|pt|patient)\\s+(?:had\\s+)?(?:saw|seen|sees|spotted|recognized|recognised|bumped into|ran into)\\s+(?:the\\s+)?${HELPER}\\s+(?:at|in)\\s+(?:the|a|an|her|his|their|our|church|mass|temple|mosque|synagogue|school|work|the\\s+gym)\\b`,
        // A shared social circle: "our kids are on the same club team", "client and writer attend the same church".
        '\\b(?:our|both of our|both our)\\s+(?:kids|children|sons|daughters|families|partners|spouses)\\s+(?:are|go|attend|play|swim)\\b[^.\\n]{0,30}\\bsame\\b',
        `\\bclient\\s+and\\s+${HELPER}\\s+(?:both\\s+)?(?:go|attend|belong)\\s+to\\s+the\\s+same\\s+(?:church|mosque|temple|synagogue|gym|club|school|congregation|parish)\\b`,
        `\\b(?:invited|asked)\\s+(?:the\\s+)?${HELPER}\\s+(?:to|out)\\b`,
        // "asked the co-facilitator (L. Y.) for her Instagram handle": personal contact asked of the clinician
        `\\b(?:asked|requested|wanted)\\s+(?:the\\s+)?${HELPER}\\b(?:\\s*\\([^()\\n]{0,30}\\))?[^.\\n]{0,40}\\bfor\\s+(?:her|his|their|my)\\s+(?:instagram|facebook|snapchat|tiktok|social media|handle|personal (?:phone|number|email|cell)|cell|cell number|phone number)\\b`,
        // "invited the therapist to his church's homecoming service", "invited me to her wedding", "invited writer to
        // the family's home for iftar": a personal event
        `\\binvited\\s+(?:the\\s+)?${HELPER}\\s+to\\s+(?:his|her|their|the\\s+family[’']s|the)\\s+(?:\\w+[’']s\\s+)?(?:church|home|house|wedding|party|birthday|graduation|game|barbecue|bbq|homecoming|service|celebration|quincea(?:n|ñ)era|bar mitzvah|bat mitzvah|funeral|iftar|eid|diwali|christmas|dinner|lunch)\\b`,
        // The clinician's own number asked for or given: "asked for ma'am's personal WhatsApp number", "counsellor shared
        // her mobile number".
        "\\basked\\s+for\\s+(?:[\\w’'.]+\\s+){0,2}(?:personal|private|own)\\s+(?:whatsapp|mobile|cell|phone)(?:\\s+number)?\\b",
        `\\b${HELPER}\\s+(?:shared|gave|provided|offered)\\s+(?:her|his|their|my)\\s+(?:own\\s+|personal\\s+|private\\s+)?(?:mobile|cell|phone|whatsapp)(?:\\s+number)?\\b`,
        // Whoever gives it, to whomever: "after last week's session she gave Mrs. F. her personal cell number".
        "\\b(?:gave|give|gives|shared|offered|provided)(?:[ \\t]+[\\w.'’-]+){0,4}?[ \\t]+(?:her|his|their|my)[ \\t]+(?:own[ \\t]+)?(?:personal|private|home)[ \\t]+(?:cell|mobile|phone|whatsapp|number|email)\\b",
        // A social meeting proposed between client and clinician: "maybe we can grab a coffee there".
        '\\bwe\\s+(?:can|could|should|might)\\s+(?:\\w+\\s+)?(?:grab|get|have|go\\s+for)\\s+(?:a\\s+)?(?:coffee|lunch|drink|drinks|dinner|a\\s+bite|a\\s+beer|a\\s+meal)\\b',
        // The clinician's own line in use with a client, whoever tells it: "has been calling him back from her personal
        // cell", "he now texts her personal number" (a client's own phone is "his phone", not his "personal" one).
        '\\b(?:from|on|to|via|through|using|texts?|texted|texting|calls?|called|calling|messages?|messaged|rings?|rang)\\s+(?:her|his|their|my)\\s+(?:own\\s+)?personal\\s+(?:cell|mobile|phone|number|whatsapp|email)\\b',
        // Contact outside the session's channels: "texted the therapist's personal cell", "texted my cell".
        `\\b(?:texted|text|called|rang|emailed|messaged|message|dmed|contacted)\\s+(?:(?:the\\s+)?${HELPER}[’']?s?|my)\\s+(?:own\\s+)?(?:personal|cell|mobile|private|home)\\b`,
        // The invitation as the client puts it, or as a note heads it: "Can you come to my birthday?", "You should come,
        // honestly" (not "come home"), "Birthday invitation: said I would think about it."
        '\\b(?:can|could|will|would)\\s+you\\s+come\\s+to\\s+(?:my|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:birthday|party|wedding|gig|show|game|match|graduation|church|house|home|concert|recital|barbecue|bbq|celebration|ceremony|opening)\\b',
        '\\byou\\s+(?:should|could|have\\s+to|must|gotta)\\s+come\\b(?!\\s+(?:home|back|in\\b|to\\s+(?:group|session|the\\s+session|therapy|class)))',
        '\\b(?:birthday|wedding|party|graduation|gig|concert|church)\\s+invitations?\\b',
        // An invitation handed over in the session to the client's own event: "held up (and then emailed) an invitation to
        // his name-change celebration".
        '\\b(?:held\\s+up|handed|gave|brought|sent|emailed|showed|passed)\\b[^.\\n]{0,40}\\binvitations?\\s+to\\s+(?:his|her|their|my|our)\\b',
        // The client to the clinician: "sent you a request too, on your own page".
        '\\b(?:sent|send|sending)\\s+(?:you|me)\\s+a\\s+(?:friend\\s+|follow\\s+|connection\\s+)?request\\b',
        // "we'd really love you to be there" (a ceremony, a party): the clinician asked as a guest.
        "\\b(?:would|['’]d)\\s+(?:really\\s+|so\\s+)?love\\s+(?:for\\s+)?you\\s+to\\s+(?:come|be\\s+there|join\\s+us|attend)\\b",
        // "the invitation from last week for me to come to the World Cup": an invitation that names the clinician as its guest
        `\\binvitations?\\b[^.\\n]{0,40}\\bfor\\s+(?:the\\s+)?${HELPER}\\s+to\\s+(?:come|attend|join|be\\s+(?:at|there))\\b`,
        // A tie outside the work, as a form names it: "Contact outside sessions: ... his son is in the client's class".
        '\\bcontact\\s+outside\\s+(?:of\\s+)?(?:the\\s+)?(?:sessions?|therapy|counsell?ing|treatment)\\b',
        // "sent me a private email", "could I message you on WhatsApp?".
        `\\b(?:sent|left|wrote)\\s+(?:the\\s+)?${HELPER}\\s+(?:a|an)\\s+(?:private|personal|separate|secret)\\s+(?:email|e-mail|message|text|note|letter|voicemail)\\b`,
        // (Or on the clinician's own number, as a teenager types it: "can i just text u on ur real number on weekends".)
        '\\b(?:message|text|call|contact|dm|reach|add|follow|friend)\\s+(?:you|u|me)\\b[^.\\n]{0,25}\\b(?:on|via|through|over)\\s+(?:whatsapp|signal|telegram|messenger|instagram|insta|ig|facebook|fb|snapchat|snap|tiktok|linkedin|(?:your|ur|my)\\s+(?:real|personal|private|own|home)\\s+(?:number|phone|cell|mobile))\\b',
        // A secret one partner or family member asks the clinician to keep from the others: "asked me not to mention
        // it was me", "to talk privately about something Marisol doesn't know".
        `\\basked\\s+(?:the\\s+)?${HELPER}\\s+(?:not\\s+to\\s+(?:tell|mention|share|say|bring\\s+(?:it|this)\\s+up|let\\s+\\w+\\s+know)|to\\s+keep\\s+(?:it|this|that)\\s+(?:from|between|secret|private|confidential))\\b`,
        // ("asks for a quick call just us, there's one more thing about the debt she doesn't know yet")
        "\\b(?:privately|just\\s+us|just\\s+the\\s+two\\s+of\\s+us|in\\s+private|one[- ]on[- ]one)\\b[^.\\n]{0,60}\\b(?:doesn['’]t|does\\s+not|don['’]t|do\\s+not)\\s+know\\b",
      ],
      level: 'warning',
      followedUp: true,
    },
    {
      id: 'contact',
      label: "the client's own messages to the clinician between sessions",
      // "texted me at 1:40 am", "emailed me on Monday asking whether I could ...": the clinician's line reached outside
      // the session, whatever it asks (not a form or a confirmation sent over). Inside a quotation "me" is whoever
      // speaks: "She texted me, it's true" is the client's sister.
      cues: [],
      patterns: [
        "\\b(?:texted|emailed|e-mailed|messaged|dm['’]?e?d|whatsapped)\\s+me\\b(?!\\s+(?:back\\b|(?:a|an|the|her|his|their)\\s+(?:[\\w-]+\\s+)?(?:confirmation|copy|form|forms|consent|letter|report|schedule|link|update|reminder|results?|paperwork|documents?|log|diary|worksheet|homework|scores?)\\b))",
      ],
      notQuoted: true,
      context: { hypothetical: true },
      level: 'warning',
      followedUp: true,
    },
    {
      id: 'dependency',
      label: 'dependency on the clinician or on therapy',
      cues: [
        'dependency on therapy',
        'dependence on therapy',
        'dependent on therapy',
        'dependency on the therapist',
        'dependency on the clinician',
        'overly reliant on therapy',
        'reluctant to end therapy',
        'excessive contact',
        'excessive calls',
        'frequent between-session calls',
      ],
      patterns: [
        `\\b(?:dependen\\w*|relian\\w*|reliant|over-?reliance|attach\\w*)\\b (?:on|to) (?:the )?(?:${HELPER}|therapy|sessions|counseling|treatment)\\b`,
        `\\b(?:calls?|calling|texts?|texting|emails?|emailing|messages?|messaging)\\s+(?:the\\s+)?${HELPER}\\b[^.\\n]{0,30}\\b(?:daily|every day|several times|multiple times|repeatedly|between sessions)\\b`,
        // The clinician as the one person the client has, in the client's words to them: "you're the only one who gets
        // it", "you're like my friend now"; or as the note reports it: "said I'm the only one who actually listens".
        "\\byou(?:['’]re|\\s+are)\\s+(?:honestly\\s+|really\\s+|literally\\s+|basically\\s+)?(?:like\\s+)?the\\s+only\\s+(?:one|person|people)\\b",
        "\\byou(?:['’]re|\\s+are)\\s+(?:\\w+\\s+)?like\\s+(?:my|a)\\s+(?:best\\s+)?(?:friend|sister|brother|mum|mom|mother|dad|father|daughter|son|family)\\b",
        "\\b(?:said|says|told\\s+me|feels?)\\s+(?:that\\s+)?I(?:['’]m|\\s+am|\\s+was)\\s+(?:honestly\\s+|really\\s+)?the\\s+only\\s+(?:one|person)\\b",
      ],
      level: 'warning',
      followedUp: true,
    },
    {
      id: 'rupture',
      label: 'a rupture or misunderstanding between client and clinician',
      cues: [
        'alliance rupture',
        'therapeutic rupture',
        'rupture in the alliance',
        'rupture in the relationship',
        'disagreed with the clinician',
        'disagreed with clinician',
        'disagreed with the therapist',
        'disagreement about goals',
        'disagreed about goals',
        // A client who walks out.
        'walked out of the session',
        'walked out of session',
        'stormed out of the session',
        'stormed out of session',
        'left the session early',
        'left session early',
        'felt judged by',
        'complained about the clinician',
        'complaint about the clinician',
      ],
      patterns: [
        `\\brupture\\b[^.\\n]{0,40}\\b(?:alliance|relationship|${HELPER}|session|repair)\\b`,
        // A client who gets up and leaves mid-session: "Mark stood up, said \"I'm not doing this tonight,\" and left".
        '\\b(?:stood|got)\\s+up\\b[^.\\n]{0,60}\\b(?:and\\s+)?(?:left|walked\\s+out|stormed\\s+out)\\b',
        // "Mark's leaving and what happened between us before he left"
        '\\bwhat\\s+(?:happened|went\\s+on|went\\s+wrong)\\s+between\\s+us\\b',
        `\\b(?:misunderst\\w*|miscommunicat\\w*|misinterpret\\w*|misread)\\b[^.\\n]{0,50}\\b(?:${HELPER}|last session|in session|during session|our session|between us)\\b`,
        `\\b${HELPER}\\b[^.\\n]{0,50}\\b(?:misunderst\\w*|miscommunicat\\w*|misinterpret\\w*|misread)\\b`,
        `\\b(?:angry|upset|frustrated|annoyed|irritated|disappointed|hurt|offended) (?:with|at|by) (?:the )?${HELPER}\\b`,
        `\\bfelt (?:judged|dismissed|unheard|criticized|misunderstood) by (?:the )?${HELPER}\\b`,
        // "you always take her side in here", "It feels like you two are on his side", "felt the therapist sided with his
        // wife": the clinician taking sides (not lying on one's side).
        "\\byou\\b[^.\\n]{0,20}\\b(?:(?:take|takes|taking|took)\\s+|(?<!\\b(?:lie|lies|lay|lying|sleep|sleeps|sleeping|slept|roll|rolled)\\s)on\\s+)(?:her|his|their|my (?:wife|husband|partner)[’']?s)\\s+side\\b",
        `\\b${HELPER}\\b[^.\\n]{0,20}\\b(?:(?:sided|siding|sides)\\s+with|(?:took|takes|taking|take)\\s+(?:her|his|their|one|a)\\s+side)\\b`,
        // The client doubting the clinician can understand them, to their face: "Then how can you understand what this
        // means?" (a challenge to the alliance, as a rupture begins).
        "\\bhow\\s+(?:can|could|would|will)\\s+you\\s+(?:possibly\\s+|ever\\s+|really\\s+|even\\s+)?(?:understand|know\\s+what|get\\s+it)\\b",
        // As the note reports it: "Twice he said I was \"already on Dad's side\"".
        "\\b(?:said|says|felt|feels|thinks|thought)\\s+(?:that\\s+)?I\\s+(?:was|am|were|had\\s+been)\\s+[\"“]?(?:already\\s+|always\\s+|just\\s+|clearly\\s+)?(?:on|taking)\\s+(?:\\w+['’]s|her|his|their|one|a)\\s+side\\b",
      ],
      level: 'warning',
      followedUp: true,
    },
  ],
  template: {
    heading: 'Therapeutic Relationship',
    body: [
      '- **What happened:** <!-- ? What was the boundary question, dependency sign or misunderstanding, in plain terms? -->',
      '- **Client\'s reaction:** <!-- ? How did the client experience it, and what expectations or feelings came up? -->',
      '- **Your reaction:** <!-- ? What did you notice in yourself, and how did you manage it? -->',
      '- **Repair and boundaries:** <!-- ? How was it talked through, what boundary or role was explained, and how did the client take it? -->',
      '- **Autonomy and consultation:** <!-- ? What supports outside therapy are being built, and was supervision or consultation sought? -->',
    ].join('\n'),
  },
};
