// The labels of fields that hold an identifier, and the words around an address or a name, read by the identifiers
// rule in notes meant for sharing. A field is "Label: value" at the start of a line (bold or not, in a list or not),
// a table column with that header, or a front matter key (`date_of_birth:` reads as "date of birth"). Its whole
// value is the identifier, so the fix takes all of it. Labels are matched whole ("Client response:" is not
// "Client:"), lowercased, with `.`, `#` and `_`/`-` read as nothing or a space ("D.O.B." is "dob", "Phone #" is
// "phone").

/**
 * What a value must look like to be reported, so that a de-identified value is not ("Client: a woman in her
 * fifties", "Employer: unemployed", "DOB: 1961" (a year alone is allowed), "Insurance: Medicaid").
 *  - name: a proper name (capitalised words or initials): a person, an employer, a school;
 *  - address: a proper name or anything with a digit;
 *  - date: a date more precise than a year;
 *  - number: anything with a digit (phone, record, member or policy numbers);
 *  - email: anything with an `@`.
 */
export type FieldKind = 'name' | 'address' | 'date' | 'number' | 'email';

export interface IdentifyingField {
  kind: FieldKind;
  /** The word in the fix's marker: `[name removed]`. */
  marker: string;
  labels: string[];
}

export const IDENTIFYING_FIELDS: IdentifyingField[] = [
  {
    kind: 'name',
    marker: 'name',
    labels: [
      'client', 'client name', 'name', 'full name', 'legal name', 'preferred name', 'patient', 'patient name', 'pt name',
      'guardian', 'legal guardian', 'parent', 'parent guardian', 'parents', 'emergency contact', 'next of kin',
    ],
  },
  { kind: 'name', marker: 'employer', labels: ['employer', 'workplace', 'place of employment', 'employer name', 'company'] },
  { kind: 'name', marker: 'school', labels: ['school', 'school name', 'college', 'university'] },
  { kind: 'address', marker: 'address', labels: ['address', 'home address', 'street address', 'mailing address', 'residence'] },
  {
    kind: 'date',
    marker: 'date',
    labels: [
      'dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'date', 'date of service', 'dos', 'service date',
      'session date', 'date of session', 'admission date', 'date of admission', 'discharge date', 'date of discharge',
      'date of death',
    ],
  },
  {
    kind: 'number',
    marker: 'phone',
    labels: ['phone', 'phone number', 'telephone', 'tel', 'cell', 'cell phone', 'mobile', 'home phone', 'work phone', 'fax'],
  },
  { kind: 'email', marker: 'email', labels: ['email', 'e mail', 'email address'] },
  {
    kind: 'number',
    marker: 'record',
    labels: [
      'mrn', 'medical record number', 'record number', 'chart number', 'member id', 'member number', 'insurance',
      'insurance id', 'insurance number', 'policy number', 'subscriber id', 'medicaid id', 'medicare id',
      'account number', 'client id', 'patient id', 'case number', 'ssn', 'social security number',
      'license number', "driver's license",
    ],
  },
  { kind: 'number', marker: 'zip', labels: ['zip', 'zip code', 'postcode', 'postal code'] },
];

/**
 * Capitalised words that begin a description rather than a name ("Client: Female, 34", "Employer: None",
 * "Guardian: Self"), lowercased.
 */
export const NOT_NAME_WORDS: string[] = [
  'a', 'an', 'adult', 'boy', 'child', 'client', 'currently', 'declined', 'deidentified', 'de-identified', 'female',
  'full-time', 'girl', 'he', 'homemaker', 'homeschooled', 'male', 'man', 'mother', 'father', 'n', 'no', 'none',
  'not', 'omitted', 'part-time', 'patient', 'redacted', 'retired', 'same', 'see', 'self', 'self-employed', 'she',
  'student', 'they', 'unemployed', 'unknown', 'withheld', 'woman', 'youth',
];

/** Courtesy titles that may begin a name ("Guardian: Ms. Rosa Lopez", "# Progress note - Mr. K"). */
export const HONORIFICS: string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'];

/**
 * Capitalised words of a title's subtitle that name the session, not a person ("# Case consultation: Parenting
 * Group", "# Progress note - Initial Session"), lowercased. The note-kind words of read/title.ts count too.
 */
export const TITLE_NOT_NAME_WORDS: string[] = [
  'anxiety', 'case', 'child', 'consultation', 'couples', 'depression', 'discharge', 'family', 'final', 'first',
  'follow', 'follow-up', 'grief', 'group', 'individual', 'initial', 'in-person', 'last', 'meeting', 'new', 'part',
  'phone', 'planning', 'presentation', 'progress', 'second', 'supervision', 'telehealth', 'termination', 'therapy',
  'trauma', 'treatment', 'update', 'video', 'week', 'weekly', 'work',
];

/** Street types after a house number ("412 Elm Street", "12 Harbour Rd"); abbreviations may take a full stop. */
export const STREET_TYPES: string[] = [
  'Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive', 'Court', 'Way', 'Place', 'Terrace', 'Circle', 'Close',
  'Crescent', 'Gardens', 'Grove', 'Square', 'Parkway', 'Highway', 'Row', 'Mews', 'Trail',
];
export const STREET_ABBREVIATIONS: string[] = ['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Cres', 'Sq', 'Pkwy', 'Hwy'];

/** What names a unit within a building ("Apt 3B", "Unit 4", "Flat 2", "Suite 100"). */
export const UNIT_WORDS: string[] = ['Apartment', 'Apt', 'Unit', 'Suite', 'Ste', 'Flat', 'Floor', 'Fl', 'Room', 'Rm', 'Bldg'];
