// The people and resources around a client. A sentence about one of them is about someone else (ConText's
// experiencer), and a list of them is a list of the client's supports, not of the client's own qualities.

/** The people around a client, named as what they are to the client. */
export const PEOPLE_AROUND = [
  'mother', 'father', 'mom', 'dad', 'parent', 'stepmother', 'stepfather', 'brother', 'sister', 'sibling', 'son',
  'daughter', 'husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'grandmother',
  'grandfather', 'grandparent', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'roommate', 'coworker', 'friend',
  'neighbor', 'neighbour',
  // British, Irish and Scots words for a parent: "her mum's drinking", "his da (retired polis sergeant)".
  'mum', 'mam', 'da',
];

/** What else a client draws on: the groups, places and services around them, and the words that call them support. */
export const RESOURCES_AROUND = [
  'kids', 'children', 'family', 'families', 'church', 'parish', 'mosque', 'temple', 'synagogue', 'congregation',
  'employer', 'boss', 'eap', 'insurance', 'sponsor', 'community', 'program', 'group', 'team', 'support', 'supportive',
];

/** What a person named in a note can be to the client ("her son Ryan", "Mia (daughter, 6)"): the name is theirs. */
export const NAMED_RELATIONS = [
  ...PEOPLE_AROUND, 'stepson', 'stepdaughter', 'grandson', 'granddaughter', 'child', 'baby', 'toddler', 'twin',
  'ex', 'ex-husband', 'ex-wife', 'ex-partner', 'stepdad', 'stepmom', 'stepmum', 'sister-in-law', 'brother-in-law',
  'mother-in-law', 'father-in-law',
];

/** Verbs with which a named person reports on the client ("Tom says she has stopped eating"): collateral. */
export const REPORTING_VERBS = [
  'reports', 'reported', 'says', 'said', 'states', 'stated', 'notes', 'noted', 'shared', 'told', 'tells', 'describes',
  'described', 'adds', 'added', 'confirms', 'confirmed', 'worries', 'worried', 'thinks', 'thought', 'feels', 'felt',
  'believes', 'noticed', 'notices', 'observed', 'observes', 'called', 'emailed', 'texted', 'wrote', 'explained',
];
