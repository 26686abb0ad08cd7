// Clinical shorthand read as the words it stands for: "pt c/o poor sleep, hx of MDD, f/u in 2 wks" is read as
// "client complains of poor sleep, history of MDD, follow up in 2 weeks", so every cue, heading alias and context
// trigger written in words also finds the shorthand (and a cue written in shorthand finds the words).
//
// A shorthand is matched on its whole written form: one word ("pt", "hx", "AOx3"), or words joined by a single
// "/" or "&" with no blanks ("c/o", "f/u", "A&O"); a form ending in "/" ("w/") is the word right before a slash.
// Forms in lower case match in any case. A form with a capital matches only as written: those are also everyday words
// or mean something else in lower case ("SH", "AH", "SUD").
//
// The list is documented in README.md ("Clinical shorthand"); keep the two in step.
export interface Shorthand {
  /** Written forms. */
  forms: string[];
  /** What it stands for, in words. */
  means: string;
}

export const shorthand: Shorthand[] = [
  // the person and the encounter
  { forms: ['pt'], means: 'client' },
  { forms: ["pt's"], means: "client's" },
  { forms: ['appt'], means: 'appointment' },
  { forms: ['appts'], means: 'appointments' },
  { forms: ['sess'], means: 'session' },
  { forms: ['grp'], means: 'group' },
  { forms: ['indiv'], means: 'individual' },
  { forms: ['cont'], means: 'continue' },
  { forms: ['contd', "cont'd"], means: 'continued' },
  { forms: ['f/u'], means: 'follow up' },
  { forms: ['rtc'], means: 'return to clinic' },
  { forms: ['f2f'], means: 'face to face' },
  { forms: ['hw'], means: 'homework' },
  { forms: ['prog'], means: 'progress' },
  { forms: ['psychoed'], means: 'psychoeducation' },
  { forms: ['tx'], means: 'treatment' },
  { forms: ['dx'], means: 'diagnosis' },
  { forms: ['ddx'], means: 'differential diagnosis' },
  { forms: ['sx'], means: 'symptoms' },
  { forms: ['s/sx'], means: 'signs and symptoms' },
  { forms: ['hx'], means: 'history' },
  { forms: ['h/o'], means: 'history of' },
  { forms: ['rx'], means: 'prescription' },
  { forms: ['meds'], means: 'medications' },
  { forms: ['med'], means: 'medication' },
  { forms: ['c/o'], means: 'complains of' },
  { forms: ['r/o'], means: 'rule out' },
  { forms: ['s/p'], means: 'status post' },
  { forms: ['d/c'], means: 'discharge' },
  // connectives
  { forms: ['w/'], means: 'with' },
  { forms: ['w/o'], means: 'without' },
  { forms: ['w/in'], means: 'within' },
  { forms: ['b/c'], means: 'because' },
  { forms: ['d/t'], means: 'due to' },
  { forms: ['b/w'], means: 'between' },
  { forms: ['abt'], means: 'about' },
  { forms: ['thru'], means: 'through' },
  { forms: ['approx'], means: 'approximately' },
  { forms: ['info'], means: 'information' },
  // time
  { forms: ['wk'], means: 'week' },
  { forms: ['wks'], means: 'weeks' },
  { forms: ['yr'], means: 'year' },
  { forms: ['yrs'], means: 'years' },
  { forms: ['y/o'], means: 'year old' },
  { forms: ['hrs'], means: 'hours' },
  { forms: ['mins'], means: 'minutes' },
  // risk and mental status
  { forms: ['si'], means: 'suicidal ideation' },
  { forms: ['hi'], means: 'homicidal ideation' },
  { forms: ['AH'], means: 'auditory hallucinations' },
  { forms: ['vh'], means: 'visual hallucinations' },
  { forms: ['sib'], means: 'self-injurious behavior' },
  { forms: ['nssi'], means: 'non-suicidal self-injury' },
  { forms: ['SH'], means: 'self-harm' },
  { forms: ['mse'], means: 'mental status exam' },
  { forms: ['wnl'], means: 'within normal limits' },
  { forms: ['nl'], means: 'normal' },
  { forms: ['nad'], means: 'no acute distress' },
  { forms: ['ao', 'a&o'], means: 'alert and oriented' },
  { forms: ['aox3', 'a&ox3', 'ox3'], means: 'alert and oriented x3' },
  { forms: ['aox4', 'a&ox4', 'ox4'], means: 'alert and oriented x4' },
  { forms: ['aaox3'], means: 'awake alert and oriented x3' },
  { forms: ['aaox4'], means: 'awake alert and oriented x4' },
  // people, services and systems
  { forms: ['bf'], means: 'boyfriend' },
  { forms: ['gf'], means: 'girlfriend' },
  { forms: ['FOO'], means: 'family of origin' },
  { forms: ['etoh'], means: 'alcohol' },
  { forms: ['SUD'], means: 'substance use disorder' },
  { forms: ['dv'], means: 'domestic violence' },
  { forms: ['ipv'], means: 'intimate partner violence' },
  { forms: ['iop'], means: 'intensive outpatient program' },
  { forms: ['php'], means: 'partial hospitalization program' },
  { forms: ['CPS'], means: 'child protective services' },
  { forms: ['MH'], means: 'mental health' },
  { forms: ['BH'], means: 'behavioral health' },
  { forms: ['CM'], means: 'case manager' },
  { forms: ['ER'], means: 'emergency room' },
  { forms: ['qol'], means: 'quality of life' },
  { forms: ['adl'], means: 'activity of daily living' },
  { forms: ['adls', "adl's"], means: 'activities of daily living' },
];
