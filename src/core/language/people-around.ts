// The people and resources around a client. A sentence about one of them is about someone else (ConText's
// experiencer), and a list of them is a list of the client's supports, not of the client's own qualities.

/** The people around a client, named as what they are to the client. */
export const PEOPLE_AROUND = [
  'mother', 'father', 'mom', 'dad', 'parent', 'stepmother', 'stepfather', 'brother', 'sister', 'sibling', 'son',
  'daughter', 'husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'grandmother',
  'grandfather', 'grandparent', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'roommate', 'coworker', 'friend',
  'neighbor', 'neighbour',
];

/** What else a client draws on: the groups, places and services around them, and the words that call them support. */
export const RESOURCES_AROUND = [
  'kids', 'children', 'family', 'families', 'church', 'parish', 'mosque', 'temple', 'synagogue', 'congregation',
  'employer', 'boss', 'eap', 'insurance', 'sponsor', 'community', 'program', 'group', 'team', 'support', 'supportive',
];
