import type { Dimension, Trigger } from './types.js';
import { cite } from './sources.js';
import { PEOPLE_AROUND } from '../language/people-around.js';

/**
 * Occupations with strong socialization (academies, basic training, long internships, closed subcultures).
 * Unambiguous names are plain cues; names that usually refer to the client's own providers ("her doctor", "the
 * nurse called") only count when tied to the client's work by the patterns below.
 */
export const socializingOccupationCues: string[] = [
  'firefighter',
  'firefighters',
  'fire fighter',
  'fireman',
  'firemen',
  'fire service',
  'fire department',
  'fire academy',
  'fire and rescue',
  'fire brigade',
  'fire station',
  'fire crew',
  'fire investigator',
  'fire investigators',
  // Wildland crews: jump, hotshot and hand crews live and train as a crew through the season.
  'smokejumper',
  'smokejumpers',
  'hotshot crew',
  'hotshot crews',
  'wildland firefighter',
  'wildland firefighters',
  'wildland fire',
  'police officer',
  'police officers',
  'policeman',
  'policewoman',
  'police academy',
  'police department',
  'law enforcement',
  'sheriff',
  "sheriff's deputy",
  'deputy sheriff',
  'state trooper',
  'trooper',
  'patrol officer',
  'detective',
  'corrections officer',
  'correctional officer',
  'prison guard',
  'prison officer',
  'prison officers',
  'custody officer',
  'detention officer',
  'military',
  'soldier',
  'soldiers',
  'veteran',
  'veterans',
  'combat veteran',
  'service member',
  'servicemember',
  'active duty',
  'active-duty',
  'basic training',
  'boot camp',
  'Air Force',
  'U.S. Army',
  'US Army',
  'in the Army',
  'Army veteran',
  'Army National Guard',
  'U.S. Navy',
  'US Navy',
  'in the Navy',
  'Navy veteran',
  'enlisted in',
  'corrections department',
  'department of corrections',
  'Marine Corps',
  'Marines',
  'National Guard',
  'Coast Guard',
  'airman',
  'sailor',
  // The services' medics and the campaigns a service record names ("Army 68W (combat medic)", "OEF vet").
  // Arms of a service that no civilian trade shares.
  'infantry',
  'infantryman',
  'paratrooper',
  'commando',
  'combat medic',
  'combat medics',
  'corpsman',
  'OEF',
  'OIF',
  'deployments',
  // Ranks name a service with its own training and culture ("Chief Petty Officer Marcus D.", "a sergeant in the
  // Guard"); the navy's own words, which "navy" alone (a colour) is not.
  'petty officer',
  'chief petty officer',
  'sergeant',
  'staff sergeant',
  'corporal',
  'lance corporal',
  'warrant officer',
  'lieutenant',
  'naval',
  'submariner',
  'submariners',
  // A physician's own work ("an orthopedic surgeon in a hospital group"); "her surgeon said" is someone she met.
  'surgeon',
  'physician',
  'paramedic',
  // Doctors in training as services name them: "House Officer (3rd posting)", "housemanship", "FY1 doctor".
  'house officer',
  'house officers',
  'houseman',
  'housemanship',
  'junior doctor',
  'junior doctors',
  'paramedics',
  'EMT',
  // Ambulance work named by where it is done ("went back on the ambulance for two day shifts").
  'on the ambulance',
  'on an ambulance',
  'ambulance crew',
  'ambulance shift',
  'ambulance shifts',
  'first responder',
  'first responders',
  // Volunteer rescue crews train and turn out as a crew, as retained firefighters do.
  'lifeboat crew',
  'lifeboat volunteer',
  'lifeboat station',
  'inshore lifeboat',
  'all-weather lifeboat',
  'RNLI',
  'coxswain',
  'mountain rescue',
  'search and rescue',
  'coastguard',
  'dispatcher',
  '911 dispatcher',
  'clergy',
  'clergyman',
  'clergywoman',
  'pastor',
  'priest',
  'rabbi',
  'imam',
  'minister',
  'chaplain',
  'ordained',
  'seminary',
  // Vowed religious life, a vocation lived in community: "a retired Franciscan sister", "a Benedictine monk".
  'nun',
  'nuns',
  'monk',
  'friar',
  'women religious',
  'religious sister',
  'religious brother',
];

/** Occupations named in relation to the client's own work ("works as an ICU nurse", "she is a surgeon"). */
export const socializingOccupationPatterns: string[] = [
  '\\bcops?\\b',
  // A sister or brother of a religious order, not a sibling: "Sr. A. is a retired Franciscan sister".
  '\\b(?:Franciscan|Dominican|Benedictine|Carmelite|Ursuline|Cistercian|Trappist|Salesian|Jesuit|Mercy|Loreto|Presentation|Josephite|Catholic|Anglican)\\s+(?:sister|sisters|nun|nuns|brother|brothers|friar|friars|monk|monks)\\b',
  // (Or a form's field: "OCCUPATION: Nursing Officer I, Medical Ward 2", "Employment: staff nurse".)
  // (And in the client's own words, "I'm a midwife, I should know better", "I have been a midwife for 18 years"; a
  // midwife trains and works as a nurse does.)
  "\\b(?:works?|worked|working|employed|employment|occupation|career|job|profession|trained|training|serves?|served|serving|retired|former|ex-|is an?|was an?|(?:has|have)\\s+been\\s+an?|as an?|became an?|(?:she|he|they)[’']?(?:s|re) an?|I[’']m an?|I am an?|I was an?)\\b[^.\\n]{0,30}\\b(?:nurse|nurses|midwife|midwives|nursing officer|staff nurse|ward sister|RN|LPN|CNA|nurse practitioner|physician|doctor|surgeon|resident physician|medical resident|surgical resident|intern physician|ER doctor|hospitalist|anesthesiologist|paramedic|EMT|police officer|officer in the|marine|sailor|soldier|pastor|minister|deputy|firefighter|chaplain)\\b",
  '\\b(?:ICU|ER|ED|NICU|OR|trauma|hospice|oncology|psych|charge|travel|school)\\s+nurse\\b',
  // The client's own line, age first: "36 y/o F, pediatric oncology RN", "29, PGY-2 general surgery resident".
  '\\b\\d{1,2}\\s?(?:y/?o|yo|yrs?\\s+old|years?\\s+old)\\b[^.\\n]{0,40}?\\b(?:RN|LPN|nurse|midwife|physician|surgeon|paramedic|EMT|police\\s+officer|firefighter|pastor|chaplain|deputy)\\b',
  '\\bPGY-?\\d\\b',
  // A rank as the client's title on the note's client line: "Pt: Sgt. M.K., 47M", "Client: SSG Ortiz" (not a
  // co-responder's "Deputy: Sgt. D. Haney", nor "discussed with shift Sgt").
  '\\b(?:pt|client|patient|name)\\s*:\\s*(?:sgt|ssgt|ssg|cpl|sergeant|staff\\s+sergeant|corporal)\\b',
  // The trade among the first fields of that line, up to three words before it: "Clients: Mrs W. (RN, medical ward)",
  // "Client: Sr R.J., 38, professional nurse", "Pt: J.D., paramedic" (not "J.D. (referred by the school nurse)", "teacher; husband is a nurse").
  "\\b(?:pt|clients?|patient|name)\\s*:\\s*[^\\n,(:]{1,30}(?:[,(;]\\s*[^\\n,;()]{0,20}){0,2}[,(;]\\s*(?:(?!(?:by|from|via|school|her|his|the|their|with|to|is|was|a|an|husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister)\\b)[a-z&-]+\\s+){0,3}(?:RN|LPN|nurse|midwife|paramedic|EMT|police\\s+officer|firefighter|pastor|chaplain|priest|deputy|physician|surgeon|doctor|soldier|sailor|marine)\\b",
  // A veteran in shorthand, by service, war or campaign: "OEF vet", "Vietnam vet", "Marine vet" (not the vet who sees
  // the dog); sent to a war: "deployed to Iraq", "deployed x2".
  '\\b(?:OEF|OIF|OND|Gulf\\s+War|Vietnam|Iraq|Afghanistan|Korea|combat|Army|Navy|Marine|Marines|USMC|USAF|Air\\s+Force|military|Guard)\\s+vets?\\b',
  // A medic of a service (not an ambulance crew met on a call: "County EMS Medic 7 crew").
  '\\b(?:Army|Navy|military|field|platoon|company|combat|flight)\\s+medics?\\b|\\bmedic\\s+(?:in|with)\\s+the\\s+(?:Army|Navy|military|Marines|Guard|Reserves?|RAMC|IDF)\\b',
  '\\bdeployed\\s+(?:to\\s+(?:Iraq|Afghanistan|Kuwait|Syria|Bosnia|Kosovo|Somalia|Vietnam|the\\s+Gulf)|twice|three\\s+times|overseas|x\\s?\\d)\\b',
  // A corrections officer in shorthand: "Works as CO, medium-security state facility" (not "co-owner").
  '\\b(?:works?|worked|working|employed)\\s+as\\s+(?:an?\\s+)?CO(?![-\\w])',
  '\\b(?:nursing|medical|residency|surgical|paramedic|paramedicine|midwifery)\\s+(?:career|training|school|program|shift|shifts|student|students|placement|placements)\\b',
  // "a student nurse on her surgical placement", "a student paramedic"
  '\\b(?:student|trainee)\\s+(?:nurse|nurses|paramedic|paramedics|midwife|midwives|police\\s+officer|firefighter|doctor)\\b',
  '\\b(?:in|during|finished|completing)\\s+(?:her|his|their)\\s+(?:medical\\s+)?residency\\b',
  '\\b(?:on|off)\\s+(?:the\\s+)?(?:force|job|shift|line|unit|floor|rig|engine|truck)\\b[^.\\n]{0,30}\\b(?:call|calls|fatal|shooting|fire|deployment|patrol)\\b',
  // The job named by its workplace: "a return-to-work meeting at the prison", "his first shift back at the station".
  '\\b(?:work|works|worked|shift|shifts|rota|duty|RTW|return[- ]to[- ]work)\\b[^.\\n]{0,40}\\bat\\s+the\\s+(?:prison|jail|gaol|fire\\s+station|police\\s+station|ambulance\\s+station|barracks|lifeboat\\s+station)\\b',
];

/** Shared with bias-safeguards, which the same occupations make expected. */
export const occupationTrigger: Trigger = {
  id: 'socializing-occupation',
  label: 'a socializing occupation',
  cues: socializingOccupationCues,
  patterns: socializingOccupationPatterns,
  level: 'warning',
  senses: ['person-met', 'other-trade', 'fiction'],
};

/** A family trade carried down: "3rd generation in the family firm", "Fourth generation on the farm". */
// (Shortened, or of the land a family works: "4th gen on the farm", "4TH GENERATION ON THE HOME QUARTER".)
const GENERATION_TRADE = '\\b(?:2nd|3rd|4th|5th|second|third|fourth|fifth)[- ](?:generation|gen\\b\\.?)[^.;\\n]{0,30}\\b(?:firm|business|farm|farmer|farming|trade|shop|practice|company|fisherman|fishermen|fishing|boat|butcher|baker|builder|undertakers?|land|ranch|croft|station|quarter|homestead|holding|hill|place|water)\\b';
/** A trade carried down the family, named as its worker: "Third-generation funeral director", "fourth-generation
 * blacksmith" (not "second-generation Korean" nor "a second-generation antipsychotic"). It makes the work central to the
 * client and tells the family's part in it. */
const GENERATION_WORKER = '\\b(?:2nd|3rd|4th|5th|second|third|fourth|fifth)[- ]generation\\s+(?:[a-z]+\\s+)?[a-z]+(?:er|or|ist|man|men|smith|wright|maker)s?\\b';

/** What "X is who I am" names when X is no trade: a person around the client (a parent, a partner: PEOPLE_AROUND),
 * a grandparent, a pronoun, a faith, a habit or an illness ("Drinking's who I am", "being a mum is who I am now"). */
const NOT_A_TRADE = [
  ...PEOPLE_AROUND, 'nan', 'gran', 'grandma', 'grandad', 'she', 'he', 'they', 'it', 'that', 'this', 'what', 'which', 'who', 'family',
  'god', 'faith', 'drinking', 'drink', 'using', 'drugs', 'alcohol', 'gambling', 'smoking', 'anger', 'illness', 'pain',
].join('|');

/** The client's own words for what something is to them: "who am I", "that's who I am", "is \"who I am\"". */
const WHO_I_AM = "(?:who\\s+am\\s+I|that['’]s\\s+who\\s+(?:I|we)\\s+(?:am|are)|it['’]s\\s+who\\s+(?:I|we)\\s+(?:am|are)|(?:is|as)\\s+[\"“‘']?(?:the\\s+whole\\s+of\\s+)?who\\s+(?:I|we)\\s+(?:am|are))";

/** Where the work's unwritten rule holds, and the rule's "you never" in its own voice ("on deck you dinna greet"). */
const WORK_PLACE = '(?:shed|deck|job|floor|crew|rig|site|ward|boat|line|station|camp|yard|kitchen|unit|force)';
const NOBODY_DOES = "(?:didn['’]t|don['’]t|never|wouldn['’]t|dinna|did\\s+not|do\\s+not)";

/** The work that made the client: "Shearing was the making of him", "the Army was the making of me". */
const MAKING_OF = '\\b(?:[a-z]+ing|job|work|trade|army|navy|military|service|regiment|sea|boat|farm|the\\s+\\w+)\\s+(?:was|had\\s+been|has\\s+been)\\s+the\\s+making\\s+of\\s+(?:him|her|them|me)\\b';

/**
 * Any work central to who the client is, whatever the trade (DIMENSIONS.md: "or any occupation central to the
 * client's identity"): "the farm isn't a job, it's who I am", "his identity is tied to the restaurant", "I don't know
 * who I am without the badge".
 */
export const workIdentityTrigger: Trigger = {
  id: 'work-identity',
  label: "work central to the client's identity",
  cues: [],
  patterns: [
    "(?:\\bnot|n[’']t)\\s+(?:just\\s+)?(?:a|my|his|her|their)\\s+job\\b[^.\\n]{0,25}\\bwho\\s+(?:I|he|she|they)\\s+(?:am|is|are)\\b",
    // "It's not a job, somebody's got to look after them", "the sea was never just a job": more than work, said so
    // (not "the rota is not a job he wants").
    "\\b(?:it|this|that|nursing|farming|fishing|the\\s+\\w+)(?:['’]s|\\s+is|\\s+was)\\s+(?:not|never)\\s+(?:just\\s+|only\\s+)?a\\s+job\\b(?=\\s*(?:[,;.!—–\"”]|-\\s|to\\s+(?:me|him|her|them|us)\\b|$))",
    // "I'm a warden 24/7", "she is a nurse round the clock": the work never put down.
    "\\b(?:I['’]m|I\\s+am|(?:she|he)(?:['’]s|\\s+is))\\s+(?:a|an)\\s+[\\w-]+\\s+(?:24/7|24-7|round\\s+the\\s+clock|around\\s+the\\s+clock|day\\s+and\\s+night)\\b",
    // "the farm was his whole life", "the pub is \"her whole identity\"", "described the pub as \"my whole life\""
    '\\b(?:job|work|career|profession|farm|business|calling|vocation|trade|ministry|music|pub|shop|restaurant|practice|boat|firm|salon|yard)\\s+(?:is|was|has\\s+been|as)\\s+["“‘\']?(?:(?:his|her|their|my)\\s+)?(?:whole\\s+|entire\\s+)?(?:identity|life|sense\\s+of\\s+self)\\b',
    '\\b(?:identity|sense\\s+of\\s+self|self-worth)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|feels\\s+)?(?:\\w+\\s+)?(?:tied|bound|wrapped|built|rooted|centred|centered)\\s+(?:up\\s+)?(?:in|to|around|on|with)\\s+(?:(?:his|her|their|my|the)\\s+)?(?:\\w+\\s+)?(?:job|work|career|profession|role|farm|farming|business|rank|uniform|trade|badge|restaurant|shop|company|practice|ministry|team|craft|title|position|post|nursing|teaching|policing|fishing|service|force)\\b',
    // A family trade carried down: "3rd generation in the family firm", "fourth-generation farmer".
    GENERATION_TRADE,
    // (Or whatever the trade, named as its worker.)
    GENERATION_WORKER,
    // The negation belongs to the phrase: "does not know who he is without the badge" says what the badge is to him.
    "(?:\\bnot\\s+(?:sure|know)|n[’']t\\s+know)\\s+who\\s+(?:I|he|she|they)\\s+(?:am|is|are|would\\s+be)\\b[^.\\n]{0,20}\\bwithout\\s+(?:the|my|his|her|their)\\s+(?:job|work|career|farm|business|badge|uniform|ministry|music)\\b",
    // "I don't know who I am if I'm not training"
    "(?:\\bnot\\s+(?:sure|know)|n[’']t\\s+know)\\s+who\\s+(?:I|he|she|they)\\s+(?:am|is|are|would\\s+be)\\s+if\\s+(?:I['’]m|I\\s+am|he['’]s|she['’]s|they['’]re|I['’]m\\s+not|I\\s+can['’]t)\\s+(?:not\\s+)?\\w+ing\\b",
    // Trucking "is who I am"; playing "had been his identity since age 9"
    '\\b\\w+ing\\W{0,3}\\s?(?:is|was)\\s+who\\s+(?:I|he|she|they)\\s+(?:am|is|are|was)\\b',
    // "Fighting bulls is all I've been since I was seventeen", "the job is all he has ever known", "Army's all I've known
    // since I was 17".
    // (Or being the worker, quoted: "being a cop is \"all I've been since I was 25\"".)
    "\\b(?:job|work|trade|career|profession|calling|army|navy|military|air\\s+force|marines|the\\s+force|the\\s+service|being\\s+an?\\s+[\\w-]+|(?!(?:no|some|any|every)thing\\b|being\\b|feeling\\b)\\w{3,}ing(?:\\s+[a-z]+)?)(?:\\s+(?:is|was)|['’]s)\\s+[\"“‘']?all\\s+(?:I|he|she|they)(?:['’]ve|\\s+have|\\s+has|['’]s)?\\s+(?:ever\\s+)?(?:been|known|done|am|is|are)\\b",
    // (or one sentence on: "Tattooing is the only thing I've ever been good at. It's who I am." Not "being", a feeling
    // or a thing.)
    "\\b(?!(?:no|some|any|every)thing\\b|being\\b|feeling\\b)\\w{3,}ing\\s+(?:is|was)\\b[^\\n]{0,80}?\\b(?:it|that)(?:['’]s|\\s+is|\\s+was)\\s+who\\s+(?:I|he|she|they)\\s+(?:am|is|are|was)\\b",
    '\\b\\w+ing\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:(?:his|her|their|my)\\s+)?(?:whole\\s+|entire\\s+)?identity\\b',
    // "Explored occupational identity", "kitchen identity is central", "his professional identity"
    '\\b(?:occupational|professional|work|job|career)(?:/\\w+)?\\s+identity\\b',
    // The job's culture named as the clinician reads it: "occupational culture of self-reliance", "police subculture".
    '\\b(?:occupational|work|job|professional|workplace|company|team|troupe|police|military|service|station|crew)\\s+(?:culture|subculture)\\b',
    '\\b\\w+\\s+identity\\s+(?:is|was|has\\s+been)\\s+(?:so\\s+|very\\s+)?central\\b',
    // DIMENSIONS.md's own words, as a clinician writes them: "Client's occupation is central to his identity".
    // (Or tersely, or in plain words: "FARM CENTRAL TO HOW HE SEES HIMSELF".)
    "\\b(?:occupation|job|work|career|profession|trade|vocation|farm|farming)\\s+(?:(?:is|was|has\\s+been|remains|seems|appears)\\s+)?(?:so\\s+|very\\s+|deeply\\s+|highly\\s+)?central\\s+to\\s+(?:(?:his|her|their|my|the\\s+client['’]s)\\s+(?:identity|sense\\s+of\\s+self|self-worth|self-image)|how\\s+(?:he|she|they|I)\\s+sees?\\s+(?:him|her|them|my)sel(?:f|ves))\\b",
    // The needs the work meets, in DIMENSIONS.md's terms: "Job filled his needs for belonging, pride ... and status".
    '\\b(?:job|work|trade|career|role|farm|farming|fishing|service)\\s+(?:filled|fills|fulfilled|fulfils|fulfills|met|meets)\\s+(?:his|her|their|my)\\s+needs?\\s+(?:for|of)\\b',
    // "Explored meaning of keeper work as core identity"
    '\\b(?:work|job|role|career|trade|profession|vocation)\\b[^.\\n]{0,40}\\bcore\\s+identity\\b',
    // The client's own words near their work: "That's who I am round here." Picked the trade...; "If I can't go back
    // in with the cats, who am I?" Says colleagues...
    // Years at it are the work too: "Says 28 years on the buses is \"who I am\"".
    `\\b${WHO_I_AM}\\b[^\\n]{0,100}\\b(?:job|work|trade|career|role|colleagues|crew|workmates|shift|profession|vocation|calling)\\b`,
    `\\b(?:job|work|trade|career|role|uniform|badge|crew|shift|profession|vocation|calling|\\d+\\s+years)\\b[^\\n]{0,100}\\b${WHO_I_AM}\\b`,
    // Who the client is, said of a thing they do or work on, in any trade's words: "The boat's who I am", "the carving
    // is central to who he is", "Ranger work a big part of who he is", "a craft his father taught him, and it is very
    // much who he is" (not a person: "she is who she is").
    `\\b(?!(?:${NOT_A_TRADE})\\b)[a-z]{3,}(?:['’]s|\\s+is)\\s+[\"“‘']?who\\s+(?:I\\s+am|he\\s+is|she\\s+is)\\b`,
    "\\b(?:job|work|trade|career|boat|farm|land|craft|calling|vocation|role|crew|(?!being\\b|feeling\\b|nothing\\b|something\\b|everything\\b|anything\\b)[a-z]{3,}ing)\\b[^.;\\n]{0,60}?\\b(?:very\\s+much|(?:a\\s+)?(?:(?:big|large|huge|core|central)\\s+)?part\\s+of|central\\s+to|the\\s+(?:core|heart)\\s+of)\\s+who\\s+(?:I|he|she)\\s+(?:am|is|was)\\b",
    // A whole life at it since youth: "This has been my whole life since I was 15", "That's all I've been since I was
    // 22".
    "\\b(?:(?:my|his|her)\\s+whole\\s+life|all\\s+(?:I|he|she)(?:['’]ve|\\s+ha(?:ve|s))\\s+(?:ever\\s+)?(?:been|done))\\s+since\\s+(?:I|he|she)\\s+was\\b",
    // The same, as the clinician reports it, the work named right before: "says the job is who he is".
    '\\b(?:job|work|trade|career|farm|farming|fishing|boat|badge|uniform|ministry|calling|vocation)\\s+(?:is|was)\\s+["“‘\']?who\\s+(?:he|she)\\s+(?:is|was)\\b',
    // A self that stands or falls with being the worker, whatever the trade, in the client's words: "If I'm not a diver
    // I don't know what I am", "Who am I if I'm not a footy player?", "If I can't ride, what am I?".
    "\\bif\\s+(?:I['’]m|I\\s+am)\\s+not\\s+an?\\s+[\\w-]+(?:\\s+[\\w-]+)?\\W{0,3}\\s*(?:then\\s+)?(?:I\\s+(?:don['’]t|do\\s+not)\\s+know\\s+)?(?:who|what)\\s+I\\s+am\\b",
    "\\b(?:who|what)\\s+am\\s+I\\s+if\\s+(?:I['’]m|I\\s+am)\\s+not\\s+an?\\s+[\\w-]+",
    // (The work's own verb, not a general one: "If I cannot make it, then what am I?" is about passing, not a trade.)
    "\\bif\\s+I\\s+(?:can['’]t|cannot|couldn['’]t)\\s+(?!(?:make|do|cope|manage|handle|get|be|keep|go|find|fix|pass|stop)\\b)[\\w-]+(?:\\s+[\\w-]+)?\\W{0,3}\\s*(?:then\\s+)?(?:who|what)\\s+am\\s+I\\b",
    // A family's work carried on: "the water \"is what our family does\"".
    '\\bis\\s+what\\s+(?:our|my|his|her|their|the)\\s+family\\s+(?:does|do|has\\s+always\\s+done)\\b',
    // The work and a whole self or life in one sentence: "21 years in the job; she calls it \"my whole adult self\"".
    '\\b(?:job|work|career|profession|trade|calling|vocation)\\b[^.\\n]{0,60}\\b(?:whole|entire)\\s+(?:adult\\s+|working\\s+)?(?:self|identity)\\b',
    // "Strongly identifies with the operator role", "identified with his unit": the clinician names the identification.
    '\\b(?:identif(?:y|ies|ied|ying)|(?:strong|close|deep)\\s+identity|identification)\\s+(?:strongly\\s+|closely\\s+|deeply\\s+)?with\\s+(?:the|his|her|their|my)\\s+(?:[\\w-]+\\s+){0,2}(?:role|job|work|career|profession|trade|uniform|unit|crew|regiment|service)\\b',
    // Worth that stands or falls with working, in the client's words: "I'm useless if I can't work a full shift",
    // "worthless now he isn't working", "nothing without my job".
    "\\b(?:useless|worthless|no\\s+good|a\\s+failure|a\\s+burden|nothing|nobody)\\b[^.\\n]{0,15}\\b(?:if|when|unless|because|since|now)\\s+(?:I|he|she|they)\\s*(?:can['’]?t|cannot|couldn['’]?t|am\\s+not|['’]m\\s+not|isn['’]t|is\\s+not|aren['’]t|don['’]t|doesn['’]t)\\s+(?:\\w+\\s+)?(?:work|working|do\\s+(?:my|his|her|their)\\s+job)\\b",
    '\\b(?:useless|worthless|nothing|nobody|no\\s+one)\\s+without\\s+(?:my|his|her|their|the)\\s+(?:job|work|career|badge|uniform|trade)\\b',
    // A section or label of its own on what the work is to the client: "Preaching and identity", "Nursing and what it
    // means to her", "**Mahi and what it means to him:** ...".
    // (Or in the service's own word for work: "Mahi and what it means to him".)
    // ("Job/identity:" as a form's label.)
    '^(?:[a-z-]+ing|work|job|career|trade|mahi|the\\s+job|the\\s+work)(?:\\s+(?:and|&)\\s+|[ \\t]?/[ \\t]?)(?:identity|calling|vocation|what\\s+it\\s+means\\s+to\\s+(?:her|him|them))\\s*(?::|$)',
    // The work as the one thing the client is good at, said with the years at it: "Been ringing since I was 16. It's
    // the only thing I'm any good at."
    "\\b(?:since\\s+(?:I|he|she|they)\\s+(?:was|were)\\s+\\d{1,2}|\\d+\\s+years\\s+(?:in|on|at)|(?:job|work|trade|career|craft))\\b[^\\n]{0,80}\\bthe\\s+only\\s+thing\\s+(?:I|he|she|they)(?:['’]m|\\s+am|['’]s|\\s+is|\\s+was|['’]ve\\s+ever\\s+been|\\s+ha(?:ve|s)\\s+ever\\s+been)\\s+(?:any\\s+|really\\s+|ever\\s+)?good\\s+(?:at|for)\\b",
    MAKING_OF,
    // Shorthand: "Keeper role = status, belonging"
    '\\b(?:role|job|work|career|trade)\\s*=\\s*(?:status|identity|belonging|purpose|self-worth)\\b',
    // and the other way round: "cognitive restructuring re: worth = work"
    '\\b(?:worth|self-worth|identity|purpose|status)\\s*=\\s*(?:(?:his|her|their|my|the)\\s+)?(?:role|job|work|career|trade)\\b',
  ],
  level: 'warning',
};

export const occupationalSocialization: Dimension = {
  id: 'occupational-socialization',
  title: 'Occupational socialization',
  why: 'Jobs with academies, basic training or closed subcultures shape identity, coping and the needs work meets; understanding that builds rapport and reaches material that is otherwise hard to access.',
  source: cite(['workIdentity', 'job involvement and identification, ability to cope, fulfilment of needs, safeguards against clinician bias']),
  headings: [
    'Occupational socialization',
    'Occupational identity',
    'Occupational factors',
    'Occupational history and identity',
    'Work identity',
    'Job identity',
    'Professional identity',
    'Role of work',
    'Work and identity',
    'Job involvement',
    'Job involvement and identification',
    'Occupational culture',
    'Work culture',
    'Job culture',
  ],
  subItems: [
    {
      id: 'job-involvement',
      label: 'job involvement and identification (identity, family role, choice of occupation, personality fit, how stress shows)',
      cues: [
        'job involvement',
        'work identity',
        'occupational identity',
        'professional identity',
        'identity',
        'identifies as',
        'identifies with',
        'who i am',
        'who she is',
        'who he is',
        'who she was',
        'who he was',
        'who they are',
        'persona',
        'central to',
        'vocation',
        'always wanted to be',
        'family tradition',
        'family business',
        'occupational following',
        'followed her father',
        'followed his father',
        'followed her mother',
        'followed his mother',
        'followed in',
        'footsteps',
        'chose the job',
        'chose this job',
        'chose this career',
        'chose the career',
        'chose the profession',
        'path into',
        'joined the',
        'caretaker role',
        'caretaking role',
        'family role',
        'role in the family',
        'oldest child',
        'personality fit',
        'fits her personality',
        'fits his personality',
        'team aspect',
        'team player',
        'brotherhood',
        'sisterhood',
        'without the job',
        'without the badge',
        'without the uniform',
        'stress shows',
        'stress manifests',
        'how stress',
      ],
      patterns: [
        // (The trigger's own words: the work that made the client is the client's identification with it.)
        MAKING_OF,
        '\\b(?:father|mother|dad|mom|mum|parent|parents|grandfather|grandmother|grandad|granddad|gran|nan|uncle|aunt|brother|sister)\\b[^.\\n]{0,30}\\b(?:was|were|is|are|had\\s+been|has\\s+been)\\s+(?:also\\s+|both\\s+)?(?:an?\\s+)?(?:[A-Z][\\w.]*\\s+){0,2}(?:firefighter|police|cop|officer|nurse|doctor|physician|soldier|marine|veteran|pastor|minister|paramedic|medic|military|army|navy|marines|air\\s+force|nurses|soldiers|firefighters|police\\s+officers)',
        // The trade carried down the family: "Third-generation miner (grandfather, father, two uncles)", "Fourth
        // generation on the farm".
        GENERATION_WORKER,
        GENERATION_TRADE,
        // Nothing else known but the work: "I don't know nothing else. I'm a coal miner."
        "\\b(?:don['’]?t|do\\s+not|doesn['’]?t|does\\s+not)\\s+know\\s+(?:nothing|anything)\\s+else\\b",
        // "a firefighter uncle who he idolised"
        '\\b(?:firefighter|police|cop|nurse|doctor|soldier|marine|veteran|military|army|navy|paramedic|miner|farmer|fisherman)\\s+(?:father|mother|dad|mom|parents?|grandfather|grandmother|uncle|aunt|brother|sister|family)\\b',
        // "who he would be without it", "the priesthood is 'all I am'"
        '\\bwho\\s+(?:she|he|they|i)\\s+(?:would\\s+be|will\\s+be|is|am|are|was)\\s+without\\b',
        '\\b(?:is|was)\\s+["“]?all\\s+(?:i\\s+am|she\\s+is|he\\s+is|they\\s+are|i\\s+know|she\\s+knows|he\\s+knows)\\b',
        // "entered the ministry", "went into the police"
        '\\b(?:entered|joined|chose|went\\s+into)\\s+(?:the\\s+)?(?:ministry|priesthood|clergy|police|military|army|navy|air\\s+force|marines|fire\\s+service|profession)\\b',
        // A vocation, not a phone call: "nursing was her calling", not "on-call".
        '\\b(?:a|her|his|their|my|true|real)\\s+calling\\b',
        '\\bif (?:she|he|they|i|client)\\s+(?:lost|left|could not|couldn\'t)\\b[^.\\n]{0,30}\\b(?:job|badge|uniform|career|license|collar|service)\\b',
      ],
    },
    {
      id: 'coping',
      label: 'ability to cope (career stage and maturity, coping learned in the job culture, how peers cope, what training taught)',
      cues: [
        'career stage',
        'stage of career',
        'years on the job',
        'years in the service',
        'years of service',
        'rookie',
        'probationary',
        'new to the job',
        'early career',
        'late career',
        'near retirement',
        'seniority',
        'maturity',
        'peer support',
        'peer support team',
        'peers cope',
        'coworkers cope',
        'colleagues cope',
        // (Not "crew", "unit" or "squad" alone: "client in crew layover hotel room" says nothing of how anyone copes.)
        'shift partner',
        'debrief',
        'debriefing',
        'CISM',
        'critical incident',
        'critical incident stress',
        'suppress emotions',
        'suppress feelings',
        'suppressing emotions',
        'push through',
        'suck it up',
        'tough it out',
        'stoic',
        'stoicism',
        'dark humor',
        'dark humour',
        'gallows humor',
        'gallows humour',
        'black humour',
        'black humor',
        'academy taught',
        'training taught',
        'taught in training',
        'basic training',
        'boot camp',
        'subculture',
        'job culture',
        'department culture',
        'unit culture',
        'culture of the department',
        'stigma of seeking help',
        'seen as weak',
        'drinking culture',
        'choir practice',
      ],
      patterns: [
        // "peers in vet med cope by 'just getting on with it'", "colleagues mostly cope by drinking"
        // (Or the others in the trade, and their way: "Other farmers \"just get on with it, you don't say\"".)
        '\\b(?:peers|colleagues|coworkers|co-workers|workmates|crewmates|fellow\\s+\\w+|other\\s+[a-z]{3,}(?:men|ers|ors|ists|ses|ics|ts))\\b[^.;\\n]{0,30}\\b(?:cope|admit|ask\\s+for\\s+help|talk\\s+about|get\\s+on\\s+with\\s+it)\\b',
        // Coping the client was raised or trained to: "how he was raised to cope", "trained to keep going".
        '\\b(?:raised|brought\\s+up|taught|trained)\\s+to\\s+(?:cope|deal\\s+with|handle|get\\s+on\\s+with|keep\\s+(?:quiet|going)|not\\s+(?:talk|complain|cry|show))\\b',
        // What training left out is what it taught about coping: "training never covered this, only officer safety".
        "\\b(?:training|the\\s+academy|academy|induction|nursing\\s+school|med(?:ical)?\\s+school)\\s+(?:never|didn['’]t|did\\s+not|doesn['’]t|does\\s+not)\\s+(?:covered?|prepared?|teach|taught|mention(?:ed)?)\\b",
        // "He copes the way his mentors taught him", "what the academy taught her"
        // Seniority in the work ("a senior firefighter", "senior pastor"), not a school's or an age's: "senior year",
        // "the senior center".
        '\\bsenior\\b(?![ \\t]+(?:year|years|center|centre|centres|centers|citizens?|high|school|prom|class|home|homes|living|discount|moment|moments|photos?|trip|night)\\b)',
        '\\b(?:mentors?|trainers?|instructors?|seniors?|elders?|sergeants?|training|academy|the\\s+job)\\s+taught\\b',
        // "the pre-show ritual the older performers taught her", "what the senior nurses taught him"
        '\\b(?:older|senior|experienced)\\s+\\w+\\s+taught\\b',
        '\\blearned\\s+to\\s+cope\\b',
        // The job's own unwritten rules: "the 'operators don't get scared' rule of the crew", "the unit's code of silence".
        '\\b(?:rules?|code|norms?|ethos)\\s+(?:of|on)\\s+the\\s+(?:crew|job|trade|unit|squad|station|site|yard|ward|ship|boat|rig|force|floor|kitchen)\\b',
        "\\b(?:crew|unit|squad|station|ward|ship|rig|force|kitchen|team)(?:['’]s)?\\s+(?:unwritten\\s+)?(?:rules?|code|norms?|ethos)\\b",
        // The work's people and how they get through: "the crew deal with bad trips by banter", "the lads cope by
        // drinking"; and the culture of the place named: "Camp culture of 'harden up'".
        // ("The crew drinks hard on crew-change day": how they get through, too.)
        '\\bthe\\s+(?:crew|team|unit|squad|lads|guys|blokes|boys|watch|shift|gang)\\s+(?:all\\s+|mostly\\s+|just\\s+)?(?:deal|deals|dealt|cope|copes|coped|handle|handles|handled|drink|drinks|drank)\\b',
        // ("occupational culture that discourages talking", "police subculture": the clinician names it.)
        '\\b(?:occupational|work|job|professional|workplace|crew|camp|shed|yard|site|ward|kitchen|station|unit|squad|team|police|military|dressing[- ]room|locker[- ]room|mess|watch|deck|rig|shop[- ]floor)\\s+(?:culture|subculture)\\b',
        // The work's unwritten rule in its own voice, quoted where it holds: "In his church and farming community, 'you
        // don't complain, you pray and you work'", "At the center, 'you don't get to fall apart'". (Not a family's:
        // "a family ethic of 'you don't complain'".)
        "\\b(?:at|in|on)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:[a-z-]+\\s+){0,3}?(?:center|centre|station|shed|job|crew|unit|boat|rig|site|ward|camp|yard|farm|kitchen|floor|base|force|service|team|community|deck|line|office|shop|mine|plant|depot|precinct|barracks)s?\\b[^.\\n\"“]{0,20}[\"“]you\\s+(?:don['’]t|do\\s+not|never|can['’]t|cannot|didn['’]t|did\\s+not)\\s+(?:get\\s+to\\s+)?(?:talk|complain|whinge|moan|cry|show|admit|ask|fall\\s+apart|break\\s+down)\\b",
        // (Or told as the client's own rule: "He says you don't quit and you don't complain, you just go feed".)
        "\\b(?:says?|said|tells?\\s+me|told\\s+me)\\s+(?:that\\s+)?you\\s+(?:don['’]t|do\\s+not|never)\\s+(?:quit|complain|whinge|moan|talk|cry|show|admit|ask)\\b",
        // Coping learned from the people of the work: "learned from father and crew that you don't talk about a bad
        // season", "taught by the older hands".
        '\\b(?:learned|learnt|taught)\\s+(?:from|by)\\s+(?:(?:his|her|their|my|the)\\s+)?(?:father|dad|mother|mum|mom|crew|crewmates|unit|team|seniors?|elders?|mentors?|colleagues|peers|workmates|older\\s+\\w+|old\\s+hands|other\\s+[a-z]+s)\\b',
        // What nobody does at work, in the work's own voice: "You didn't whinge in the shed", "on deck you dinna greet".
        `\\byou\\s+${NOBODY_DOES}\\s+(?:whinge|complain|moan|talk|cry|greet|show|admit|ask)\\b[^.;\\n]{0,30}\\b(?:in|on|at)\\s+the\\s+${WORK_PLACE}\\b`,
        `\\b(?:in|on|at)\\s+(?:the\\s+)?${WORK_PLACE}\\s+you\\s+${NOBODY_DOES}\\b`,
        // "That's how his dad and every farrier he knows dealt with injuries"
        '\\bhow\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,6}(?:dealt|deal|deals|coped|cope|copes|handled|handle|handles)\\s+with\\b',
        // The people the client works with and what they never say: "the shepherds he works with don't talk about being
        // down", "the lads on the rig never admit it".
        "\\b(?:(?:the\\s+)?[a-z]+s\\s+(?:he|she|they|I)\\s+works?\\s+with|(?:the\\s+)?(?:lads|guys|blokes|men|women|girls)\\s+(?:on|at|in)\\s+the\\s+[a-z]+)\\b[^.;\\n]{0,20}\\b(?:don['’]t|do\\s+not|never|won['’]t|wouldn['’]t)\\s+(?:talk|share|show|admit|moan|complain|ask)\\b",
        // "Talked about how the crew used to cope", "how the other nurses handle it": peers at work and their ways.
        '\\bhow\\s+(?:the|his|her|their)\\s+(?:other\\s+)?(?:crew|team|unit|squad|colleagues|peers|workmates|coworkers|co-workers|lads|guys|girls|others|nurses|officers|medics|drivers|firefighters|soldiers|miners|crews)\\s+(?:used\\s+to\\s+|would\\s+|usually\\s+|all\\s+)?(?:cope|coped|copes|deal|dealt|handle|handled)\\b',
        // Coping in the ways of the work's people: "she handles stress the way her unit did, with dark jokes".
        '\\b(?:the\\s+way|like)\\s+(?:her|his|their|the)\\s+(?:old\\s+)?(?:unit|crew|platoon|squad|team|station|watch|regiment|company|colleagues|peers|workmates|crewmates)\\s+(?:did|does|do|used\\s+to|always\\s+did)\\b',
        // Coping said where it was learned: "Coping learned in the military and on the line: compartmentalize".
        // ("Coping he learnt growing up and from other farmers: work harder, don't talk about it"; "the team was his
        // brotherhood - the coping he learnt there was 'harden up'".)
        '\\bcop(?:ing|es?)\\b[^.;:\\n]{0,30}\\b(?:learned|learnt|picked\\s+up|taught)\\s+(?:in|on|from|during|at|there|growing\\s+up)\\b',
        // "what she learned in training", "coping he learned on the job"
        '\\b(?:learned|learnt|taught)\\s+(?:in|during|at)\\s+(?:her\\s+|his\\s+|their\\s+)?(?:training|the academy|basic|residency|vet school|medical school|nursing school)\\b',
      ],
    },
    {
      id: 'needs',
      label: 'fulfilment of needs (passion, needs the job meets, its functions, a stand-in for a lost activity)',
      cues: [
        'passion',
        'passionate',
        'sense of purpose',
        'purpose',
        'sense of meaning',
        'meaningful',
        'fulfilment',
        'fulfillment',
        'fulfilling',
        'fulfils',
        'fulfills',
        'needs met',
        'meets her need',
        'meets his need',
        'meets their need',
        'need to help',
        'need to nurture',
        'need to protect',
        'sense of belonging',
        'belonging',
        // The standing the job gives, not "transplant status" or "mental status".
        'social status',
        'sense of status',
        'status it gave',
        'status of the job',
        'status that came with',
        'respect',
        'adrenaline',
        'excitement',
        'structure',
        'creativity',
        'helping others',
        'rescuer',
        'replaced',
        'replacement for',
        'in place of',
        'substitute for',
        'stand-in for',
        'filled the gap',
        'filled the void',
        'lost football',
        'lost sports',
      ],
      patterns: [
        '\\b(?:job|work|career|occupation|role|service|department|unit|uniform|badge)\\b[^.\\n]{0,40}\\b(?:gives?|gave|provides?|provided|meets?|met|offers?|offered|brings?)\\b[^.\\n]{0,30}\\b(?:purpose|meaning|belonging|status|standing|pride|identity|structure|excitement|family|respect|escape)\\b',
        // What the work's people are to the client: "strong loyalty to his crew and union local", "proud of his crew".
        '\\b(?:loyal(?:ty)?|proud|pride)\\s+(?:to|of|in)\\s+(?:(?:his|her|their|my|the)\\s+)?(?:\\w+\\s+)?(?:crew|unit|team|trade|craft|work|job|station|regiment|squad|company|boat|rig|service|uniform)\\b',
        // "What farming gives him: independence, being outside, looking after the land".
        '\\bwhat\\s+(?:the\\s+)?(?:[a-z]+ing|job|work|role|career|trade|service|army|sea|boat|farm|ministry)\\s+(?:gives|gave|has\\s+given)\\s+(?:him|her|them|me)\\b',
        // "What he loves is preaching and the youth choir."
        '\\bwhat\\s+(?:he|she|they|I)\\s+(?:loves?|enjoys?|misses)\\s+(?:most\\s+)?(?:is|are|about)\\b',
        // "Explored what nursing means to her"; "the loss of that role is hitting harder than the fear"
        '\\bwhat\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:\\w+ing|job|work|role|career|trade|uniform)\\s+(?:means|meant)\\s+to\\s+(?:her|him|them|me)\\b',
        '\\bloss\\s+of\\s+(?:(?:that|the|his|her|their|a)\\s+)?role\\b',
        // Why the work was chosen: "Chose pharmacy because her father was a GP", "joined at nineteen because his dad was a
        // fireman".
        '\\b(?:chose|picked|went\\s+into|joined|entered|signed\\s+up)\\b[^.;\\n]{0,30}\\bbecause\\b',
        // "when work is the main source of meaning and contact", "he measures his worth by the quality of mounts"
        // ("The pastor role is both his main source of strength and meaning".)
        '\\bsource\\s+of\\s+(?:[a-z]+\\s+(?:and|or)\\s+)?(?:meaning|purpose|identity|belonging|pride|self-worth|worth|structure|social\\s+contact)\\b',
        '\\bmeasures?\\s+(?:his|her|their)\\s+(?:self-)?worth\\s+by\\b',
        // "Job meets need to be competent/trusted", "the work fulfils her need for order"
        '\\b(?:job|work|career|occupation|role)\\b[^.\\n]{0,40}\\b(?:meets?|met|fulfils?|fulfills?|fulfilled|satisfies|satisfied)\\s+(?:a\\s+|an\\s+|her\\s+|his\\s+|their\\s+|the\\s+)?(?:\\w+\\s+)?needs?\\b',
        // Belonging: "describes the crew as \"family you'd die for\"", "the unit was like a second family"
        '\\b(?:crew|team|unit|squad|shift|station|colleagues|workmates|mates|brigade|platoon|department|firehouse|precinct|ward|regiment|troupe|company|cast|band|tour)\\b[^.\\n]{0,30}\\b(?:as|like|was|were|is|are)\\s+["“]?(?:a\\s+|his\\s+|her\\s+|their\\s+|my\\s+|our\\s+)?["“]?(?:second\\s+)?(?:family|brothers|sisters|home)\\b',
      ],
    },
    {
      id: 'bias-safeguards',
      label: 'safeguards against clinician bias',
      countsIn: ['occupational'],
      cues: [
        'bias',
        'biases',
        'my bias',
        'my biases',
        'assumption',
        'assumptions',
        'stereotype',
        'stereotypes',
        'stereotypical',
        'misconception',
        'misconceptions',
        'preconception',
        'preconceptions',
        'countertransference',
        // Staying objective, not a plan's "Objective 1a".
        'remain objective',
        'stay objective',
        'staying objective',
        'objectively',
        'objectivity',
        'generalize',
        'generalizing',
        'generalization',
        'popular lore',
        'media portrayal',
        'media portrayals',
        'research on',
        'my own experience with',
        'my experience with',
        'consultation',
        'consulted',
        'supervision',
        'cultural humility',
      ],
    },
  ],
  threshold: 2,
  // Where the note names a socializing job, two clusters read the job as a supervisor would; the occupational
  // assessment itself, where the dimension is the note's purpose, covers three of the four.
  thresholdIn: { occupational: 3 },
  // "No unit belonging", "no sense of purpose since the layoff": a need the work does not meet is an assessed need;
  // only a topic nobody looked at ("identity not explored") cancels a cue.
  negation: 'unexplored',
  // "Hindsight bias" is the client's stuck point, not the clinician's bias.
  senses: ['cognitive-bias', 'taking-on', 'work-oversight'],
  triggers: [occupationTrigger, workIdentityTrigger],
  template: {
    heading: 'Occupational Socialization',
    body: [
      '- **Job involvement and identity:** <!-- ? How central is the job to who the client is? How did they come to it (a parent in the same work?), how does it fit their family role and personality, and how does stress show? -->',
      '- **Ability to cope:** <!-- ? Where is the client in their career? Which ways of coping did the job culture and training teach, and how do peers cope? -->',
      '- **Needs the job meets:** <!-- ? What is the client passionate about? Which needs does the job meet (belonging, status, purpose, creativity), and does it stand in for something lost? -->',
      '- **Safeguards against bias:** <!-- ? What do you assume about this occupation, where does that view come from, and what will keep you checking with this individual (consultation, supervision, reading)? -->',
    ].join('\n'),
  },
};
