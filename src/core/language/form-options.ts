// A checkbox form: "- [ ] SI screened" is an option nobody ticked, so its words are no evidence that it was done;
// "- [x] SI screened" is. An unticked item can also be a to-do ("- [ ] Call the caseworker by Friday"), which is
// what a plan is made of: it starts with a verb of doing or says what will be done.

/** First words of a to-do item (stems as written; matched on the item's first word, lower-cased). */
export const TODO_VERBS = new Set([
  'call', 'phone', 'text', 'email', 'e-mail', 'mail', 'fax', 'send', 'write', 'draft', 'sign', 'submit', 'book',
  'schedule', 'reschedule', 'arrange', 'request', 'refer', 'contact', 'notify', 'coordinate', 'consult', 'follow',
  'check', 'confirm', 'obtain', 'collect', 'complete', 'fill', 'update', 'review', 'revisit', 'reassess', 'assess',
  'discuss', 'explore', 'ask', 'meet', 'continue', 'monitor', 'track', 'log', 'practice', 'practise', 'try',
  'attend', 'bring', 'read', 'share', 'give', 'provide', 'prepare', 'plan', 'set', 'begin', 'start', 'increase',
  'reduce', 'add', 'introduce', 'teach', 'visit', 'return', 'apply', 'look',
]);

/** Words that make an item a plan whatever its first word: "Client will ...", "next family session", "by Friday". */
export const TODO_MARK = /\b(?:will|next (?:[a-z]+ )?(?:session|week|visit|time|appointment|meeting)|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|by next|before next)\b/i;

// A form laid out as a two-column table, "| Field | Entry |" then "| RISK | Denies SI/HI |": each row is a field and
// its entry, as "RISK: Denies SI/HI" would be. Its header names the two columns in a form's own words, or is blank.

/** Header words of a form table's field column. */
export const FORM_FIELD_HEADERS = new Set(['', 'field', 'fields', 'item', 'items', 'section', 'sections', 'category', 'domain', 'area', 'question', 'label', 'topic', 'heading', 'element', 'component']);

/** Header words of a form table's entry column. */
export const FORM_ENTRY_HEADERS = new Set([
  '', 'entry', 'entries', 'response', 'responses', 'answer', 'answers', 'value', 'details', 'detail', 'notes', 'note',
  'documentation', 'findings', 'finding', 'comments', 'comment', 'description', 'information', 'content', 'narrative',
]);
