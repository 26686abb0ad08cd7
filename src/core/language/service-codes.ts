// Billing codes that say what kind of service a note documents. US agencies head or close many notes with a billing
// block ("CPT 90837 | Units: 1 | POS 11"); the code names the service as surely as a title would. Codes from the AMA
// CPT psychiatry section (90785-90899), as CMS lists them; add-on codes that say nothing of the kind (90785
// interactive complexity, 90840 crisis time) are left out.

/** CPT code -> the note type (profile id) it documents. */
export const SERVICE_CODES: Readonly<Record<string, string>> = {
  '90791': 'intake', // psychiatric diagnostic evaluation
  '90792': 'intake', // the same, with medical services
  '90832': 'progress', // psychotherapy, 30 minutes
  '90834': 'progress', // psychotherapy, 45 minutes
  '90837': 'progress', // psychotherapy, 60 minutes
  '90833': 'progress', // psychotherapy add-on to a medical visit (30, 45, 60 minutes)
  '90836': 'progress',
  '90838': 'progress',
  '90839': 'progress', // psychotherapy for crisis, first 60 minutes
  '90846': 'progress', // family psychotherapy without the client
  '90847': 'progress', // family or couple psychotherapy with the client
  '90849': 'group', // multiple-family group psychotherapy
  '90853': 'group', // group psychotherapy
};

/**
 * A line that bills a service: a five-digit code beside a billing word ("CPT: 90834", "POS 11 | 90837") or in
 * parentheses after the service's name ("Individual therapy (90834)"). A bare number elsewhere may be a ZIP code.
 */
export const BILLING_WORDS = /\b(?:cpt|hcpcs|code|billing|billed|service|units?|pos|dos|psychotherapy|therapy|counsel+ing|intake|assessment|evaluation)\b/i;

/** Every code of the CPT psychiatry section, 90785-90899: "CPT" before one is billing, not a therapy. */
export const PSYCHIATRY_CODES: readonly string[] = Array.from({ length: 90899 - 90785 + 1 }, (_, i) => String(90785 + i));
