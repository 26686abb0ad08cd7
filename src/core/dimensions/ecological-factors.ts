import type { Dimension } from './types.js';
import { cite } from './sources.js';

export const ecologicalFactors: Dimension = {
  id: 'ecological-factors',
  title: 'Ecological factors',
  why: "The client's family, supports, work, health care, housing and culture shape both the problem and what a plan can lean on.",
  source: cite(['helpingProcess', 'assessing the individual, interpersonal and environmental systems']),
  headings: [
    'ecological factors',
    // "**Ecological / supports:**"
    '=ecological',
    'ecological assessment',
    'ecological systems',
    'ecomap',
    'eco map',
    'environmental factors',
    // "## Environment", "## Supports / environment", "Social / environmental": the client's surroundings, under one word.
    '=environment',
    '=environmental',
    'psychosocial',
    'psychosocial history',
    'psychosocial assessment',
    'psychosocial stressors',
    'social history',
    'family and social history',
    // A form's section over the client's systems: "5. FAMILY / SOCIAL / ENVIRONMENT", "Social situation".
    'family and social',
    'family social',
    'social and family',
    'social situation',
    'social environment',
    'social circumstances',
    'social and environmental factors',
    'person in environment',
    'systems assessment',
    // "## Systems" over Family / School / Legal / Peers lines; "Environmental / systems review".
    '=systems',
    'systems review',
    'support systems',
    'social determinants',
    'social determinants of health',
  ],
  // ("## Home, family, money and supports", "**Housing / school / finances:**")
  headingTopics: ['home', 'family', 'household', 'money', 'finances', 'finance', 'income', 'benefits', 'debt', 'housing', 'supports', 'support', 'social support', 'friends', 'relationships', 'community', 'neighbourhood', 'neighborhood', 'school', 'education', 'childcare', 'child care', 'health care', 'healthcare', 'transport', 'transportation', 'legal', 'faith', 'church'],
  // ("Strengths: Motivated.", "Environment / supports: Lives with girlfriend.": a word or two is no assessment.)
  minEntryWords: 4,
  subItems: [
    {
      id: 'family',
      // "Psychosocial update: No significant changes since intake.": nothing looked at.
      notStock: 'none',
      label: 'couple and family',
      cues: [
        'family', 'spouse', 'partner', 'husband', 'wife', 'marriage', 'married', 'divorc*', 'separated', 'boyfriend',
        'girlfriend', 'fiance', 'fiancé', 'children', 'child', 'kids', 'son', 'daughter', 'parent', 'parents', 'mother',
        'father', 'mom', 'dad', 'sibling', 'siblings', 'brother', 'sister', 'grandparent*', 'grandmother',
        'grandfather', 'relatives', 'custody', 'lives with', 'household', 'in laws', 'stepfather', 'stepmother',
      ],
    },
    {
      id: 'social-support',
      label: 'social support network',
      cues: [
        'social support', 'support system', 'support network', 'social network', 'friend', 'friends', 'friendship',
        'peers', 'neighbor', 'neighbors', 'neighbour', 'isolated', 'isolation', 'lonely', 'loneliness', 'socially',
        'mentor', 'support group', 'sponsor', 'confidant', 'supportive', 'roommate', 'roommates', 'main support',
        'primary support',
      ],
    },
    {
      id: 'spiritual',
      label: 'spiritual or religious beliefs and community',
      cues: [
        'spiritual*', 'religio*', 'faith', 'church', 'mosque', 'temple', 'synagogue', 'prayer', 'pray*', 'god',
        'congregation', 'worship', 'faith community', 'parish', 'bible', 'quran',
      ],
    },
    {
      id: 'child-care',
      label: 'child care',
      cues: [
        'child care', 'childcare', 'daycare', 'day care', 'babysit*', 'nanny', 'after school care', 'preschool',
        'caregiving', 'caregiver', 'care for her children', 'care for his children', 'care for their children',
      ],
    },
    {
      id: 'health-care',
      label: 'health care access',
      cues: [
        'health care', 'healthcare', 'primary care', 'pcp', 'doctor', 'psychiatrist', 'prescriber', 'medication',
        'medications', 'meds', 'insurance', 'uninsured', 'medicaid', 'medicare', 'clinic', 'hospital*', 'medical',
        'dentist', 'pharmacy', 'access to care', 'health coverage',
        // UK and Irish primary and emergency care.
        'GP', 'A&E',
      ],
      // A nurse who cares for the client ("referred by respiratory nurse"), not the client's own nursing.
      patterns: ['\\b(?:respiratory|district|practice|specialist|community|diabetes|memory|heart\\s+failure|palliative|stoma|asthma)\\s+nurse\\b'],
    },
    {
      id: 'employment-finances',
      label: 'employment and finances',
      cues: [
        'employ*', 'unemploy*', 'job', 'jobs', 'career', 'works as', 'working as', 'works at', 'works full time',
        'works part time', 'full time', 'part time', 'income', 'financ*', 'money', 'debt', 'bills', 'wages', 'salary',
        'paycheck', 'laid off', 'retired', 'retirement', 'budget', 'poverty', 'coworker', 'coworkers',
        'co worker', 'workplace', 'boss', 'shift work', 'night shift', 'at work', 'her job', 'his job', 'their job',
      ],
      patterns: [
        '\\bworks?\\s+(?:\\d+|full|part|nights|days|evenings|weekends)\\b',
        '\\b\\d+\\s+hours\\s+(?:a|per)\\s+week\\b',
        // Dismissed, as a verb ("was fired in May"): a cue would read its stem in "a kitchen fire".
        '\\b(?:was|were|got|been|being|getting|get)\\s+fired\\b',
      ],
    },
    {
      id: 'institutions',
      label: 'institutions (school, courts, agencies, benefits)',
      cues: [
        'school', 'college', 'university', 'teacher', 'court', 'courts', 'legal', 'probation', 'parole', 'attorney',
        'lawyer', 'child protective', 'cps', 'dcfs', 'social services', 'agency', 'agencies', 'benefits', 'ssi',
        'ssdi', 'disability benefits', 'food stamps', 'snap', 'wic', 'tanf', 'welfare', 'case manager', 'iep',
        'immigration status', 'juvenile justice', 'unemployment benefits',
      ],
    },
    {
      id: 'physical-environment',
      label: 'physical environment (housing, transportation, neighborhood, safety)',
      cues: [
        'housing', 'housed', 'homeless*', 'unhoused', 'apartment', 'house', 'rent', 'landlord', 'evict*', 'shelter',
        'neighborhood', 'neighbourhood', 'transportation', 'transport', 'bus', 'car', 'public transit', 'commute',
        'unsafe', 'crime', 'living situation', 'living conditions', 'lives in', 'utilities', 'mold', 'housing insecurity',
        'neighborhood safety', 'housebound', 'bungalow',
      ],
    },
    {
      id: 'culture',
      label: 'culture',
      cues: [
        'cultur*', 'ethnic*', 'race', 'racial', 'heritage', 'immigra*', 'refugee', 'acculturat*', 'bicultural',
        'first language', 'native language', 'primary language', 'bilingual', 'interpreter', 'tradition*',
        'customs',
      ],
    },
    {
      id: 'larger-systems',
      label: 'properties of larger systems (power, rules, norms)',
      cues: [
        'discrimination', 'racism', 'oppression', 'systemic', 'policy', 'policies', 'power dynamic*', 'norms',
        'institutional', 'stigma', 'marginaliz*', 'structural', 'inequit*', 'inequality', 'privilege', 'sexism',
        'homophobia', 'transphobia', 'community norms', 'red tape', 'eligibility rules',
      ],
    },
  ],
  threshold: 5,
  // Recommended or raised, not the core assessment, in a progress note or a plan review: four systems assessed will do.
  thresholdIn: { progress: 4, 'treatment-plan-review': 4 },
  negation: 'unexplored',
  context: { deferred: true },
  triggers: [
    {
      id: 'barrier-named',
      label: 'a barrier in the client\'s environment',
      cues: [
        'barrier', 'barriers', 'obstacle', 'obstacles', 'evict*', 'homeless*', 'lost her job', 'lost his job',
        'lost their job', 'laid off', 'no transportation', 'lack of transportation', 'no child care', 'no childcare',
        'cannot afford', "can't afford", 'financial strain', 'financial stress',
      ],
      level: 'info',
      appliesTo: ['progress', 'group'],
    },
  ],
  template: {
    heading: 'Ecological factors',
    body: [
      '<!-- For each system: is it a strength or a strain, and does it need to be strengthened, mobilized or built? -->',
      '- **Couple and family:** <!-- ? Who is in the family and household, and how do they affect the problem? -->',
      '- **Social support:** <!-- ? Who can the client turn to, and how often are they in touch? -->',
      '- **Spiritual or religious life:** <!-- ? Do beliefs or a faith community matter to the client here? -->',
      '- **Child care:** <!-- ? Does the client care for children, and is care arranged? -->',
      '- **Health care:** <!-- ? Does the client have a doctor, coverage and access to the care they need? -->',
      '- **Employment and finances:** <!-- ? Work, income, debts: what holds and what strains? -->',
      '- **Institutions:** <!-- ? School, courts, agencies or benefits involved, and how do they help or hinder? -->',
      '- **Housing and surroundings:** <!-- ? Is housing stable and safe; is there transportation; what is the neighborhood like? -->',
      '- **Culture:** <!-- ? Which cultural background, language and traditions shape how the client sees the problem? -->',
      '- **Larger systems:** <!-- ? Which rules, norms or power imbalances (discrimination, policy) bear on the client? -->',
    ].join('\n'),
  },
};
