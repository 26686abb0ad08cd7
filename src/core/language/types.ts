/** Context a term needs before it is flagged (the word alone is often innocent). */
export type TermCondition =
  | 'substance-person' // "user": only "drug user", "active user"...
  | 'substance-status' // "clean"/"dirty": only about use or a screen
  | 'person-noun' // "alcoholic"/"diabetic": only as a noun for a person
  | 'verb-of-person' // "claims": only as a verb with a person as subject
  | 'not-clinical-term'; // "resistant": not in "treatment-resistant depression"

export interface TermEntry {
  term: string;
  suggestion: string;
  note?: string;
  source: string;
  when?: TermCondition;
  /** A person-first preference (switch off with the rule option `personFirst: false`). */
  personFirst?: boolean;
}
