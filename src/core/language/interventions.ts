// Named therapies, models and techniques, as data: a named intervention anywhere in a note is evidence that the note
// says what the clinician did (the interventions-response dimension reads this list). Each entry is one intervention
// with the other ways clinicians write it. British and American spellings are produced from the entry (see
// `spellingVariants`), so an entry is written once.
//
// - `names`: full names and common variants, matched as cues (whole words, stem-aware, case-insensitive).
// - `abbr`: abbreviations that are not everyday words, matched as cues ("CBT", "EMDR", "TF-CBT").
// - `abbrWithNoun`: abbreviations that are also everyday words or mean something else in a clinical record ("ACT" is
//   a verb, "MI" a heart attack, "PE" a school lesson): they count only before a technique noun ("ACT skills",
//   "MI techniques", "PE session").
export interface InterventionEntry {
  names: string[];
  abbr?: string[];
  abbrWithNoun?: string[];
}

/**
 * Verbs of a clinician's doing that open a line after a label or a colon ("I: Reviewed thought log", "Intervention:
 * Explored ..."): there the verb is the clinician's action, whatever the label's word would be read as.
 */
export const CLINICIAN_VERBS = [
  'processed', 'explored', 'reviewed', 'practiced', 'practised', 'taught', 'introduced', 'modeled', 'modelled', 'coached',
  'guided', 'facilitated', 'provided', 'utilized', 'utilised', 'challenged', 'validated', 'reflected', 'normalized',
  'normalised', 'role-played', 'rehearsed', 'assigned', 'administered', 'implemented', 'conducted', 'educated',
  'encouraged', 'reframed', 'assisted',
];

/** Nouns that make an ambiguous abbreviation a named intervention ("ACT exercise", "MI spirit"). */
export const TECHNIQUE_NOUNS = [
  'technique', 'skill', 'intervention', 'exercise', 'approach', 'model', 'protocol', 'session', 'framework', 'principle',
  'strategy', 'module', 'therapy', 'treatment', 'spirit', 'process', 'tool', 'worksheet', 'homework', 'metaphor',
];

export const interventions: InterventionEntry[] = [
  // --- cognitive and behavioural therapies ---
  { names: ['cognitive behavioral therapy', 'cognitive behavioral', 'cognitive-behavioral', 'cognitive behavior therapy'], abbr: ['CBT'] },
  { names: ['trauma-focused cognitive behavioral therapy', 'trauma focused CBT'], abbr: ['TF-CBT', 'TFCBT'] },
  { names: ['cognitive behavioral therapy for insomnia'], abbr: ['CBT-I', 'CBTI'] },
  { names: ['enhanced cognitive behavioral therapy'], abbr: ['CBT-E'] },
  { names: ['cognitive behavioral therapy for psychosis'], abbr: ['CBTp', 'CBT-P'] },
  { names: ['dialectical behavior therapy', 'dialectical behavior', 'dialectical behavioral'], abbr: ['DBT'] },
  { names: ['acceptance and commitment therapy', 'acceptance and commitment'], abbrWithNoun: ['ACT'] },
  { names: ['cognitive processing therapy', 'cognitive processing'], abbr: ['CPT'] },
  { names: ['prolonged exposure therapy', 'prolonged exposure'], abbrWithNoun: ['PE'] },
  { names: ['exposure and response prevention', 'exposure and ritual prevention', 'exposure response prevention'], abbr: ['ERP', 'ExRP'] },
  { names: ['exposure therapy', 'exposure exercise', 'exposure work', 'graded exposure', 'gradual exposure'] },
  { names: ['exposure hierarchy', 'fear hierarchy', 'fear ladder', 'exposure ladder'] },
  { names: ['in vivo exposure', 'in vivo', 'in-vivo'] },
  { names: ['imaginal exposure', 'imaginal'] },
  { names: ['interoceptive exposure'] },
  { names: ['systematic desensitization'] },
  { names: ['behavioral activation', 'activity scheduling', 'activity monitoring', 'pleasant activity scheduling', 'pleasant activities'] },
  { names: ['cognitive restructuring', 'cognitive reframing', 'reframing', 'reframed', 'reframe'] },
  { names: ['thought record', 'thought log', 'thought diary', 'automatic thought record', 'dysfunctional thought record', 'ABC model', 'ABC worksheet'] },
  { names: ['cognitive distortions', 'thinking traps', 'thinking errors', 'unhelpful thinking styles'] },
  { names: ['decatastrophizing', 'decatastrophising'] },
  { names: ['behavioral experiment'] },
  { names: ['Socratic questioning', 'Socratic dialogue', 'Socratic'] },
  { names: ['guided discovery'] },
  { names: ['downward arrow'] },
  { names: ['core belief work', 'schema work'] },
  { names: ['schema therapy', 'schema-focused therapy'] },
  { names: ['rational emotive behavior therapy', 'rational emotive'], abbr: ['REBT'] },
  { names: ['metacognitive therapy'], abbr: ['MCT'] },
  { names: ['compassion-focused therapy', 'compassion focused therapy', 'compassionate mind training'], abbr: ['CFT'] },
  { names: ['mindfulness-based cognitive therapy'], abbr: ['MBCT'] },
  { names: ['mindfulness-based stress reduction'], abbr: ['MBSR'] },
  { names: ['mindfulness-based relapse prevention'], abbr: ['MBRP'] },
  { names: ['problem-solving therapy', 'problem-solving', 'problem solving'], abbrWithNoun: ['PST'] },
  { names: ['worry time', 'worry postponement', 'scheduled worry'] },
  { names: ['stimulus control'] },
  { names: ['sleep restriction', 'sleep window'] },
  { names: ['sleep hygiene'] },
  { names: ['habit reversal training', 'habit reversal'] },
  { names: ['comprehensive behavioral intervention for tics'], abbr: ['CBIT'] },
  { names: ['contingency management'] },
  { names: ['token economy', 'reward chart', 'sticker chart'] },
  { names: ['functional analysis', 'functional behavioral assessment', 'ABC chart'], abbr: ['FBA'] },
  { names: ['applied behavior analysis'], abbr: ['ABA'] },
  { names: ['assertiveness training', 'assertiveness skills', 'assertive communication'] },
  { names: ['communication skills training', 'communication skills', 'I-statements', 'I statements'] },
  { names: ['social skills training', 'social skills group'] },
  { names: ['skills training', 'skills group', 'coping skills training'] },
  { names: ['anger management'] },
  { names: ['relapse prevention', 'relapse prevention plan', 'relapse signature'] },
  { names: ['urge surfing'] },
  { names: ['coping card', 'coping cards', 'coping plan'] },
  // --- DBT skills ---
  { names: ['chain analysis', 'behavior chain analysis', 'missing links analysis'] },
  { names: ['distress tolerance', 'distress tolerance skills'] },
  { names: ['emotion regulation skills', 'emotion regulation'] },
  { names: ['interpersonal effectiveness'] },
  { names: ['wise mind'] },
  { names: ['radical acceptance'] },
  { names: ['opposite action'] },
  { names: ['check the facts'] },
  { names: ['diary card'] },
  { names: ['DEAR MAN', 'GIVE skills', 'FAST skills', 'PLEASE skills', 'ABC PLEASE'] },
  { names: ['TIPP', 'TIP skills'] },
  { names: ['STOP skill'] },
  { names: ['pros and cons'] },
  // --- acceptance, mindfulness, relaxation ---
  { names: ['mindfulness', 'mindful breathing', 'body scan', 'mindfulness exercise'] },
  { names: ['cognitive defusion', 'defusion'] },
  { names: ['values clarification', 'values work', 'values card sort', 'committed action'] },
  { names: ['grounding', 'grounding techniques', '5-4-3-2-1'] },
  { names: ['diaphragmatic breathing', 'deep breathing', 'box breathing', 'paced breathing', 'belly breathing', 'square breathing', '4-7-8 breathing', 'breathing exercise'] },
  { names: ['progressive muscle relaxation', 'progressive relaxation'], abbr: ['PMR'] },
  { names: ['relaxation training', 'relaxation techniques', 'relaxation exercise'] },
  { names: ['guided imagery', 'safe place imagery', 'safe place exercise'] },
  { names: ['containment exercise', 'container exercise'] },
  { names: ['biofeedback'] },
  // --- trauma ---
  { names: ['eye movement desensitization and reprocessing', 'bilateral stimulation'], abbr: ['EMDR'] },
  { names: ['narrative exposure therapy'] },
  { names: ['trauma narrative', 'trauma processing', 'processed trauma'] },
  { names: ['written exposure therapy'], abbrWithNoun: ['WET'] },
  { names: ['impact statement', 'stuck points', 'stuck point'] },
  { names: ['window of tolerance'] },
  { names: ['somatic experiencing', 'sensorimotor psychotherapy', 'pendulation'] },
  { names: ['accelerated resolution therapy'] },
  { names: ['seeking safety'] },
  // --- motivation, substance use ---
  { names: ['motivational interviewing', 'motivational enhancement therapy', 'motivational enhancement'], abbrWithNoun: ['MI', 'MET'] },
  { names: ['OARS', 'open-ended questions'] },
  { names: ['reflective listening', 'complex reflection', 'double-sided reflection'] },
  { names: ['decisional balance'] },
  { names: ['change talk', 'readiness ruler', 'importance ruler', 'confidence ruler', 'stages of change'] },
  { names: ['rolling with resistance', 'developing discrepancy'] },
  { names: ['harm reduction'] },
  { names: ['12-step facilitation', 'twelve-step facilitation'], abbr: ['TSF'] },
  { names: ['community reinforcement approach'], abbr: ['CRA'] },
  { names: ['community reinforcement and family training'] },
  { names: ['screening, brief intervention and referral', 'brief intervention'], abbr: ['SBIRT'] },
  { names: ['matrix model'] },
  // --- psychodynamic, humanistic, integrative ---
  { names: ['interpersonal psychotherapy', 'interpersonal therapy'], abbr: ['IPT'] },
  { names: ['interpersonal and social rhythm therapy', 'social rhythm'], abbr: ['IPSRT'] },
  { names: ['psychodynamic psychotherapy', 'psychodynamic', 'short-term psychodynamic', 'transference interpretation'] },
  { names: ['mentalization-based treatment', 'mentalization-based therapy', 'mentalizing'], abbr: ['MBT'] },
  { names: ['transference-focused psychotherapy'], abbr: ['TFP'] },
  { names: ['cognitive analytic therapy'] },
  { names: ['person-centered therapy', 'person-centered', 'client-centered', 'unconditional positive regard'] },
  { names: ['gestalt', 'empty chair', 'two-chair', 'chair work'] },
  { names: ['existential therapy', 'logotherapy'] },
  { names: ['emotion-focused therapy', 'emotionally focused therapy', 'emotionally focused couples therapy', 'emotion focused'], abbr: ['EFT', 'EFCT'] },
  { names: ['internal family systems', 'parts work'], abbr: ['IFS'] },
  { names: ['solution-focused brief therapy', 'solution-focused', 'solution focused', 'scaling question', 'miracle question', 'exception questions', 'exception finding'], abbr: ['SFBT'] },
  { names: ['narrative therapy', 'externalizing', 'externalising the problem', 're-authoring'] },
  { names: ['strengths-based approach', 'strengths-based'] },
  { names: ['brief psychotherapy', 'supportive psychotherapy', 'supportive therapy', 'supportive counseling'] },
  { names: ['grief work', 'grief counseling', 'processed grief', 'continuing bonds'] },
  { names: ['dream work'] },
  { names: ['hypnotherapy', 'clinical hypnosis'] },
  // --- couples and family ---
  { names: ['Gottman method', 'Gottman', 'four horsemen', 'love maps', 'repair attempts', 'soft startup', 'softened startup'] },
  { names: ['imago therapy', 'imago dialogue'] },
  { names: ['integrative behavioral couple therapy'], abbr: ['IBCT'] },
  { names: ['speaker-listener technique', 'speaker listener'] },
  { names: ['family systems', 'Bowen family systems', 'structural family therapy', 'structural family', 'strategic family therapy'] },
  { names: ['genogram', 'ecomap', 'eco-map'] },
  { names: ['multisystemic therapy'], abbr: ['MST'] },
  { names: ['functional family therapy'], abbr: ['FFT'] },
  { names: ['brief strategic family therapy'], abbr: ['BSFT'] },
  { names: ['multidimensional family therapy'], abbr: ['MDFT'] },
  { names: ['attachment-based family therapy'], abbr: ['ABFT'] },
  { names: ['family-based treatment', 'Maudsley'], abbr: ['FBT'] },
  { names: ['family therapy', 'couples therapy', 'couple therapy', 'marital therapy'] },
  // --- children and parents ---
  { names: ['parent-child interaction therapy', 'labeled praise', 'labelled praise', 'PRIDE skills', 'child-directed interaction'], abbr: ['PCIT'] },
  { names: ['child-parent psychotherapy'], abbr: ['CPP'] },
  { names: ['Circle of Security'], abbr: ['COS-P'] },
  { names: ['Triple P', 'Positive Parenting Program'] },
  { names: ['Incredible Years'] },
  { names: ['parent management training', 'parent training', 'behavioral parent training', 'parenting skills'], abbr: ['BPT'] },
  { names: ['collaborative and proactive solutions', 'collaborative problem solving'] },
  { names: ['non-violent resistance'], abbr: ['NVR'] },
  { names: ['SPACE program', 'supportive parenting for anxious childhood emotions'] },
  { names: ['Coping Cat'] },
  { names: ['zones of regulation', 'feelings thermometer', 'feelings chart', 'feelings wheel', 'emotion wheel'] },
  { names: ['play therapy', 'child-centered play therapy', 'child-centred play therapy', 'filial therapy', 'therapeutic play'], abbr: ['CCPT'] },
  { names: ['sand tray', 'sandtray', 'sandplay'] },
  { names: ['art therapy', 'expressive arts', 'drawing exercise', 'music therapy', 'drama therapy', 'bibliotherapy'] },
  { names: ['theraplay', 'dyadic developmental psychotherapy'], abbr: ['DDP'] },
  { names: ['social stories', 'social story'] },
  // --- crisis, risk, case work ---
  { names: ['safety planning', 'Stanley-Brown', 'crisis response planning', 'means restriction counseling', 'lethal means counseling'], abbr: ['CAMS'] },
  { names: ['collaborative assessment and management of suicidality'] },
  { names: ['crisis intervention', 'de-escalation', 'deescalation'] },
  { names: ['psychological first aid'] },
  { names: ['psychoeducation', 'psycho-education', 'psychoeducational', 'provided education', 'educated client'] },
  { names: ['case management', 'care coordination', 'linkage to resources', 'resource linkage', 'warm handoff', 'warm hand-off'] },
  { names: ['role-play', 'role play', 'role-played', 'roleplay', 'behavioral rehearsal', 'rehearsal'] },
  { names: ['modeling', 'modeled'] },
  { names: ['validation', 'normalized', 'normalizing'] },
  { names: ['empathic reflection', 'active listening'] },
  { names: ['goal setting', 'SMART goals'] },
  { names: ['homework review', 'reviewed homework', 'assigned homework'] },
  { names: ['gratitude exercise', 'three good things'] },
  { names: ['emotion coaching'] },
  { names: ['wellness recovery action plan'], abbrWithNoun: ['WRAP'] },
  { names: ['illness management and recovery'], abbr: ['IMR'] },
  { names: ['cognitive remediation', 'cognitive rehabilitation'] },
  { names: ['vocational rehabilitation', 'supported employment', 'individual placement and support'] },
  { names: ['processed feelings', 'processed emotions', 'processed thoughts', 'processed reactions'] },
];

// British and American spellings of the same word: each pair is written once, and a phrase with either spelling gets
// the other. Word stems, so "behaviour" also gives "behavioural"; -ize / -ise verbs below.
const SPELLING_PAIRS: [string, string][] = [
  ['behavior', 'behaviour'],
  ['centered', 'centred'],
  ['center', 'centre'],
  ['counseling', 'counselling'],
  ['modeling', 'modelling'],
  ['modeled', 'modelled'],
  ['labeled', 'labelled'],
  ['program', 'programme'],
  ['practice', 'practise'],
  ['rumor', 'rumour'],
  ['humor', 'humour'],
];
const IZE = /(iz)(e|es|ed|ing|ation|ations)\b/g;
const ISE = /(is)(e|es|ed|ing|ation|ations)\b/g;
// -ise words that are not -ize words in American spelling.
const ISE_ONLY = /\b(?:exercis|advis|supervis|promis|compromis|expertis|surpris|revis|concis|precis|wis|ris|televis|advertis|enterpris|premis|pois|prais|rais|cruis|bruis|devis|demis|disguis|otherwis|likewis|clockwis|noise|nois|chemis|franchis|improvis)/;

/** The phrase in its other spellings (British and American), the phrase itself first. */
export function spellingVariants(phrase: string): string[] {
  const out = new Set<string>([phrase]);
  for (const [us, uk] of SPELLING_PAIRS) {
    for (const p of [...out]) {
      // (Lower case: the words with two spellings are written in lower case in the lists.)
      if (p.includes(us) && !p.includes(uk)) out.add(p.split(us).join(uk));
      else if (p.includes(uk)) out.add(p.split(uk).join(us));
    }
  }
  for (const p of [...out]) {
    if (IZE.test(p)) out.add(p.replace(IZE, 'is$2'));
    IZE.lastIndex = 0;
    if (ISE.test(p) && !ISE_ONLY.test(p.toLowerCase())) out.add(p.replace(ISE, 'iz$2'));
    ISE.lastIndex = 0;
  }
  return [...out];
}

/** Every cue the lexicon gives: names in both spellings, abbreviations, ambiguous abbreviations with a technique noun. */
export function interventionCues(list: InterventionEntry[] = interventions): string[] {
  const out = new Set<string>();
  for (const e of list) {
    for (const n of e.names) for (const v of spellingVariants(n)) out.add(v);
    for (const a of e.abbr ?? []) out.add(a);
    for (const a of e.abbrWithNoun ?? []) for (const noun of TECHNIQUE_NOUNS) out.add(`${a} ${noun}`);
  }
  return [...out];
}

/** "Label: Verbed ...": a clinician verb right after a colon, as a pattern (no quantifier but the blanks). */
export function verbAfterColonPattern(verbs: string[] = CLINICIAN_VERBS): string {
  return `:[ \\t]*(?:${verbs.join('|')})\\b`;
}
