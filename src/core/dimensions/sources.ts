// Where Clinote's requirements come from, each written once and for a clinician: a text by its author or publisher
// and its title (as the text itself gives them), a standard or a law by its name. Dimensions and rules cite them by
// id with `cite`, saying what they take from each; the hover, JSON output and the rule pages show the result.

export const SOURCES = {
  workIdentity: 'Robert Smith, "Probe Clients\' Work Identity to Improve Rapport" (The Advocate, American Mental Health Counselors Association)',
  reluctance: '"Engage Reluctant or Resistant Clients", competency 3.4 of a standard for career development professionals',
  helpingProcess: '"The Helping Process", notes on the three phases of social work practice',
  rapport: 'Examzify, "Understanding the Role of Rapport in Client Engagement"',
  relationship: 'Ravel Mental Health, "Common Problems in a Therapist-Client Relationship"',
  jcPlanOfCare: 'Joint Commission CTS.03.01.03 (plan of care)',
  jcSuicideRisk: 'Joint Commission NPSG.15.01.01 (suicide risk screening, assessment and safety planning)',
  naswConflicts: 'NASW Code of Ethics 1.06 (conflicts of interest)',
  naswPrivacy: 'NASW Code of Ethics 1.07 (privacy and confidentiality)',
  naswRecords: 'NASW Code of Ethics 3.04 (client records)',
  medicare: 'Medicare documentation requirements for psychotherapy',
  payers: 'payer and accreditation documentation requirements',
  telehealth: 'telehealth place-of-service rules',
  safeHarbor: 'HIPAA Safe Harbor de-identification, 45 CFR 164.514(b)(2)',
} as const;

export type SourceId = keyof typeof SOURCES;

/** A source, or a source and what is taken from it ("barriers to reaching goals", commas but no semicolons). */
export type Citation = SourceId | [SourceId, string];

/** "Source: what is taken from it; other source", the text a dimension's or rule's `source` holds. */
export function cite(...citations: Citation[]): string {
  return citations.map((c) => (typeof c === 'string' ? SOURCES[c] : `${SOURCES[c[0]]}: ${c[1]}`)).join('; ');
}
