// The words around a stigmatizing term that decide whether it is one (used by the stigmatizing-language rule): "user"
// after a substance word, "clean" about use or a screen, "alcoholic" as a noun for a person, "resistant" outside a
// clinical term ("treatment-resistant depression"), "clean needles" in harm reduction.

/** Substances: "drug user", "clean from heroin". */
export const SUBSTANCE_WORDS: string[] = [
  'drug', 'drugs', 'substance', 'substances', 'alcohol', 'heroin', 'meth', 'methamphetamine', 'cocaine', 'crack',
  'opioid', 'opioids', 'opiate', 'opiates', 'fentanyl', 'marijuana', 'cannabis', 'pill', 'pills', 'iv', 'injection',
  'intravenous', 'polysubstance', 'benzo', 'benzos',
];

/** With a substance word, what makes "clean"/"dirty" about use or a screen ("clean UA", "clean for 30 days"). */
export const SUBSTANCE_STATUS_WORDS: string[] = [
  'urine', 'ua', 'uds', 'screen', 'screens', 'tox', 'toxicology', 'test', 'tests', 'tested', 'sober', 'sobriety',
  'using', 'use', 'used', 'relapse', 'relapsed', 'recovery', 'days', 'weeks', 'months', 'years', 'since',
];

/** Words before "user" that make it a person who uses substances (with the substance words). */
export const USER_LEAD_WORDS: string[] = [
  'active', 'chronic', 'heavy', 'daily', 'recreational', 'poly', 'former',
];

/** Words before "alcoholic"/"diabetic" that make it a noun for a person ("an alcoholic", "is diabetic"). */
export const PERSON_LEAD_WORDS: string[] = [
  'a', 'an', 'the', 'is', 'was', 'are', 'were', 'recovering', 'functioning', 'chronic', 'former', 'being', 'as',
  "he's", "she's", "they're",
];

/** Words after "alcoholic"/"diabetic" that make it an adjective of a thing ("alcoholic beverages", "diabetic diet"). */
export const NOT_PERSON_NEXT_WORDS: string[] = [
  'beverage', 'beverages', 'drink', 'drinks', 'diet', 'medication', 'medications', 'neuropathy', 'foot', 'ulcer',
  'ulcers', 'ketoacidosis', 'supplies', 'coma', 'retinopathy', 'education', 'liver', 'hepatitis', 'cirrhosis',
];

/** People who can be the subject of "claims" (a verb of a person). */
export const SUBJECT_WORDS: string[] = [
  'client', 'clients', 'pt', 'patient', 'patients', 'she', 'he', 'they', 'mother', 'father', 'mom', 'dad', 'parent',
  'parents', 'husband', 'wife', 'partner', 'son', 'daughter', 'caregiver', 'family', 'teacher',
];

/** Words before "resistant" that make a clinical term ("treatment-resistant", "drug-resistant"). */
export const CLINICAL_LEAD_WORDS: string[] = [
  'treatment', 'drug', 'antibiotic', 'insulin', 'medication', 'therapy', 'multidrug', 'multi',
];

/** Words after "resistant" that make a clinical term ("resistant depression", "resistant strains"). */
export const CLINICAL_NEXT_WORDS: string[] = [
  'depression', 'hypertension', 'epilepsy', 'schizophrenia', 'infection', 'infections', 'bacteria', 'strain',
  'strains',
];

/** Words after "clean" in harm reduction ("clean needles", "clean works"). */
export const HARM_REDUCTION_NEXT_WORDS: string[] = [
  'needle', 'needles', 'syringe', 'syringes', 'supplies', 'equipment', 'works', 'kit', 'kits',
];

/**
 * Words that may stand between an article and a term that needs it, as in "a 52-year-old addict", "an active
 * alcoholic", "the chronic schizophrenic" (at most three of them, in one phrase). Besides these two lists: numbers and
 * the words of an age ("52-year-old", "8 month old"), and adverbs in -ly ("the chronically mentally ill").
 * Words that describe the person stay before "person" in the fix ("an active person with alcohol use disorder")...
 */
export const PERSON_MODIFIER_WORDS: string[] = [
  'active', 'admitted', 'confirmed', 'described', 'elderly', 'female', 'former', 'functioning', 'hardened', 'heavy',
  'high', 'homeless', 'known', 'lifelong', 'long', 'longtime', 'male', 'middle', 'aged', 'old', 'older', 'practicing',
  'practising', 'proclaimed', 'recovering', 'recreational', 'self', 'term', 'time', 'violent', 'young', 'younger',
];

/** ...words that describe the condition do not ("a paranoid schizophrenic", "a type 1 diabetic"): no fix is offered. */
export const CONDITION_MODIFIER_WORDS: string[] = [
  'blown', 'brittle', 'catatonic', 'chronic', 'controlled', 'daily', 'dependent', 'full', 'hopeless', 'insulin',
  'low', 'paranoid', 'real', 'severe', 'true', 'type', 'typical', 'uncontrolled', 'untreated',
];

/** The words of an age written before a noun ("52-year-old", "a 16 yo"), besides the number. */
export const AGE_WORDS: string[] = ['year', 'years', 'yr', 'yrs', 'yo', 'month', 'months', 'week', 'weeks', 'old'];

/** Words in -ly that are not adverbs, so do not count as modifiers ("the family alcoholic"). */
export const NOT_ADVERBS: string[] = ['family', 'only', 'supply', 'reply', 'apply', 'ally', 'rally', 'belly', 'bully', 'holy', 'lily', 'italy'];
