// Note types as data: which dimensions each requires (warning/error), recommends (info) or leaves off.
// The README's "What each note type requires" table is generated from this file (see test/core/docs.test.ts).
import type { Level } from '../types.js';
import type { Profile } from './types.js';
import * as S from './sections.js';

/** Rules that are not dimensions, at their level in every note type unless a profile says otherwise. */
const RULES: Record<string, Level> = {
  'measurable-goals': 'info',
  'unfilled-prompt': 'info',
  'stigmatizing-language': 'warning',
  'front-matter': 'warning',
  // Checked only in notes meant for sharing (supervision notes, or `shared: true` in the front matter).
  identifiers: 'warning',
};

/** What every progress note (SOAP, DAP, BIRP, GIRP, PIRP, SIRP) is expected to carry. */
const PROGRESS: Record<string, Level> = {
  ...RULES,
  goals: 'warning',
  'interventions-response': 'warning',
  'progress-monitoring': 'warning',
  plan: 'warning',
  'risk-assessment': 'warning',
  'session-details': 'warning',
  strengths: 'info',
  // barriers: recommended only when progress stalls (a trigger in the barriers data).
};

/** Where templates go in progress notes whose sections are Subjective/Data/Behavior... (first), assessment-like, plan. */
function progressHomes(first: string, middle: string, response: string, last: string): Record<string, string> {
  return {
    'presenting-problem': first,
    'ecological-factors': first,
    'rapport-engagement': first,
    'cultural-factors': middle,
    'interventions-response': middle,
    goals: middle,
    'progress-monitoring': response,
    strengths: response,
    barriers: response,
    'risk-assessment': response,
    relationship: response,
    'bias-safeguards': response,
    'occupational-socialization': response,
    'engagement-plan': last,
    plan: last,
    termination: last,
  };
}

function progress(
  id: string,
  short: string,
  title: string,
  sections: Profile['sections'],
  homes: Record<string, string>,
  extra: Partial<Record<string, Level>> = {},
): Profile {
  return {
    id,
    title,
    short,
    family: 'progress',
    names: [id, `${id} note`, `${id} progress note`, `progress ${id}`],
    sections,
    // Inferred even when one section is missing (that is what the linter then reports), if the first is there.
    inferMin: sections.length - 1,
    inferKey: sections[0].id,
    titleCues: [id],
    levels: { ...PROGRESS, ...(extra as Record<string, Level>) },
    homes,
  };
}

export const profiles: Profile[] = [
  progress('soap', 'SOAP', 'SOAP progress note', [S.subjective, S.objective, S.assessment, S.plan], {
    ...progressHomes('subjective', 'objective', 'assessment', 'plan'),
    goals: 'assessment',
    'cultural-factors': 'assessment',
  }),
  progress('dap', 'DAP', 'DAP progress note', [S.data, S.assessment, S.plan], {
    ...progressHomes('data', 'data', 'assessment', 'plan'),
    goals: 'assessment',
  }),
  progress('birp', 'BIRP', 'BIRP progress note', [S.behavior, S.intervention, S.response, S.plan], progressHomes('behavior', 'intervention', 'response', 'plan')),
  progress('girp', 'GIRP', 'GIRP progress note', [S.goal, S.intervention, S.response, S.plan], {
    ...progressHomes('goal', 'intervention', 'response', 'plan'),
    goals: 'goal',
  }),
  progress('pirp', 'PIRP', 'PIRP progress note', [S.problem, S.intervention, S.response, S.planOrProgress], progressHomes('problem', 'intervention', 'response', 'plan')),
  progress('sirp', 'SIRP', 'SIRP progress note', [S.situation, S.intervention, S.response, S.planOrProgress], progressHomes('situation', 'intervention', 'response', 'plan')),
  {
    id: 'intake',
    title: 'Intake / biopsychosocial assessment',
    short: 'Intake',
    family: 'intake',
    names: ['intake', 'intake assessment', 'biopsychosocial', 'biopsychosocial assessment', 'bps', 'initial assessment', 'psychosocial assessment', 'diagnostic assessment', 'comprehensive assessment', 'assessment'],
    sections: [
      { id: 'identifying', title: 'Identifying information', aliases: ['identifying information', 'identifying data', 'demographics', 'client information'] },
      { id: 'presenting', title: 'Presenting problem', aliases: ['presenting problem', 'reason for referral', 'chief complaint', 'reason for visit', 'referral reason', 'presenting concerns', 'presenting issues'] },
      { id: 'history', title: 'History', aliases: ['history of presenting problem', 'history', 'psychiatric history', 'mental health history', 'treatment history', 'substance use history', 'medical history', 'developmental history'] },
      { id: 'psychosocial', title: 'Psychosocial history', aliases: ['psychosocial history', 'social history', 'family history', 'family and social history', 'psychosocial', 'ecological factors'] },
      { id: 'mental-status', title: 'Mental status', aliases: ['mental status', 'mental status exam', 'mse', 'mental status examination'] },
      { id: 'risk', title: 'Risk assessment', aliases: ['risk assessment', 'risk', 'safety assessment', 'suicide risk assessment'] },
      { id: 'strengths', title: 'Strengths', aliases: ['strengths', 'strengths and resources', 'protective factors'] },
      { id: 'impressions', title: 'Clinical impressions', aliases: ['clinical impressions', 'impressions', 'diagnosis', 'diagnostic impressions', 'assessment', 'formulation', 'clinical formulation', 'summary'] },
      { id: 'goals', title: 'Initial goals', aliases: ['goals', 'initial goals', 'treatment goals'] },
      { id: 'plan', title: 'Plan', aliases: ['plan', 'recommendations', 'plan and recommendations', 'disposition'] },
    ],
    inferMin: 3,
    // Strengths, risk and plan are in many notes; an intake shows why the client came or their history.
    inferKey: ['presenting', 'history', 'psychosocial', 'identifying', 'mental-status'],
    titleCues: ['intake', 'biopsychosocial', 'bio psycho social', 'initial assessment', 'psychosocial assessment', 'diagnostic assessment', 'comprehensive assessment', 'initial evaluation', 'intake assessment'],
    levels: {
      ...RULES,
      'presenting-problem': 'warning',
      'individual-assessment': 'warning',
      strengths: 'warning',
      'rapport-engagement': 'warning',
      'cultural-factors': 'warning',
      'ecological-factors': 'warning',
      goals: 'warning',
      'bias-safeguards': 'warning',
      'risk-assessment': 'error',
      'session-details': 'warning',
      plan: 'info',
    },
    homes: {
      'presenting-problem': 'presenting',
      'individual-assessment': 'impressions',
      strengths: 'strengths',
      'rapport-engagement': 'impressions',
      'cultural-factors': 'psychosocial',
      'ecological-factors': 'psychosocial',
      goals: 'goals',
      'bias-safeguards': 'impressions',
      'risk-assessment': 'risk',
      plan: 'plan',
      'occupational-socialization': 'psychosocial',
      relationship: 'impressions',
      'engagement-plan': 'plan',
      barriers: 'impressions',
    },
  },
  {
    id: 'treatment-plan',
    title: 'Treatment plan',
    short: 'Tx plan',
    family: 'treatment-plan',
    names: ['treatment plan', 'treatment-plan', 'tx plan', 'service plan', 'care plan', 'individualized treatment plan', 'itp', 'treatment plan review'],
    sections: [
      { id: 'problem', title: 'Problem', aliases: ['problem', 'problems', 'problem statement', 'presenting problem', 'diagnosis', 'need'] },
      { id: 'strengths', title: 'Strengths', aliases: ['strengths', 'strengths and resources'] },
      { id: 'goals', title: 'Goals and objectives', aliases: ['goals', 'goals and objectives', 'long term goals', 'treatment goals', 'objectives', 'short term objectives'] },
      { id: 'interventions', title: 'Interventions', aliases: ['interventions', 'planned interventions', 'modalities', 'services'] },
      { id: 'barriers', title: 'Barriers', aliases: ['barriers', 'potential barriers', 'obstacles'] },
      { id: 'review', title: 'Review', aliases: ['review', 'review date', 'target dates', 'signatures', 'client participation'] },
    ],
    inferMin: 3,
    titleCues: ['treatment plan', 'tx plan', 'service plan', 'care plan', 'plan of care', 'treatment plan review'],
    levels: {
      ...RULES,
      'measurable-goals': 'warning',
      goals: 'error',
      'ecological-factors': 'warning',
      strengths: 'warning',
      barriers: 'warning',
      'presenting-problem': 'info',
      'risk-assessment': 'info',
      'session-details': 'info',
    },
    homes: {
      'presenting-problem': 'problem',
      strengths: 'strengths',
      goals: 'goals',
      'ecological-factors': 'problem',
      barriers: 'barriers',
      'interventions-response': 'interventions',
      'risk-assessment': 'problem',
      'bias-safeguards': 'review',
    },
  },
  {
    id: 'termination',
    title: 'Termination / discharge summary',
    short: 'Termination',
    family: 'termination',
    names: ['termination', 'termination summary', 'discharge', 'discharge summary', 'closing summary', 'transfer summary', 'termination note'],
    sections: [
      { id: 'reason', title: 'Reason for termination', aliases: ['reason for termination', 'reason for discharge', 'termination reason', 'discharge reason'] },
      { id: 'course', title: 'Course of treatment', aliases: ['course of treatment', 'summary of treatment', 'treatment summary', 'summary of services', 'progress', 'progress toward goals'] },
      { id: 'status', title: 'Status at discharge', aliases: ['status at discharge', 'condition at discharge', 'status at termination', 'goals attained', 'outcomes'] },
      { id: 'aftercare', title: 'Aftercare', aliases: ['aftercare', 'aftercare plan', 'follow up', 'follow-up', 'referrals', 'recommendations', 'relapse prevention', 'maintenance plan'] },
    ],
    inferMin: 2,
    titleCues: ['termination', 'discharge', 'closing summary', 'transfer summary', 'termination summary', 'discharge summary'],
    levels: {
      ...RULES,
      termination: 'warning',
      'progress-monitoring': 'warning',
      'risk-assessment': 'warning',
      'session-details': 'warning',
      goals: 'info',
      plan: 'info',
    },
    homes: { termination: 'aftercare', 'progress-monitoring': 'course', 'risk-assessment': 'status', goals: 'course', plan: 'aftercare' },
  },
  {
    id: 'occupational',
    title: 'Occupational assessment',
    short: 'Occupational',
    family: 'occupational',
    names: ['occupational', 'occupational assessment', 'occupational socialization', 'work identity assessment', 'occupational socialization assessment'],
    sections: [
      { id: 'involvement', title: 'Job involvement and identification', aliases: ['job involvement', 'job involvement and identification', 'work identity', 'occupational identity'] },
      { id: 'coping', title: 'Ability to cope', aliases: ['ability to cope', 'coping', 'coping in the job'] },
      { id: 'needs', title: 'Fulfilment of needs', aliases: ['fulfilment of needs', 'fulfillment of needs', 'needs met by the job', 'needs'] },
      { id: 'bias', title: 'Safeguards against bias', aliases: ['safeguards against bias', 'bias safeguards', 'clinician bias'] },
    ],
    inferMin: 2,
    titleCues: ['occupational assessment', 'occupational socialization', 'work identity', 'occupational identity'],
    levels: {
      ...RULES,
      'occupational-socialization': 'warning',
      'bias-safeguards': 'warning',
      'session-details': 'warning',
      'ecological-factors': 'info',
    },
    homes: { 'occupational-socialization': 'involvement', 'bias-safeguards': 'bias', 'ecological-factors': 'needs' },
  },
  {
    id: 'supervision',
    title: 'Supervision case note',
    short: 'Supervision',
    family: 'supervision',
    names: ['supervision', 'supervision note', 'supervision case note', 'case consultation', 'case presentation', 'supervision report'],
    sections: [
      { id: 'case', title: 'Case summary', aliases: ['case summary', 'case overview', 'client overview', 'background'] },
      { id: 'questions', title: 'Questions for supervision', aliases: ['questions for supervision', 'supervision questions', 'focus of supervision', 'questions'] },
      { id: 'reflection', title: 'Clinician reflection', aliases: ['clinician reflection', 'self reflection', 'reflection', 'countertransference'] },
      { id: 'feedback', title: 'Supervisor feedback', aliases: ['supervisor feedback', 'feedback', 'recommendations', 'supervisor recommendations'] },
    ],
    inferMin: 2,
    titleCues: ['supervision', 'case consultation', 'case presentation'],
    levels: {
      ...RULES,
      'bias-safeguards': 'warning',
      goals: 'info',
      'risk-assessment': 'info',
      'cultural-factors': 'info',
      'session-details': 'info',
    },
    homes: { 'bias-safeguards': 'reflection', goals: 'case', 'risk-assessment': 'case', 'cultural-factors': 'case', relationship: 'reflection' },
  },
  {
    id: 'group',
    title: 'Group note',
    short: 'Group',
    family: 'group',
    names: ['group', 'group note', 'group therapy note', 'group session', 'group progress note'],
    sections: [
      { id: 'topic', title: 'Group topic', aliases: ['group topic', 'topic', 'theme', 'group theme', 'group focus'] },
      { id: 'attendance', title: 'Attendance', aliases: ['attendance', 'members present', 'participants', 'group members'] },
      { id: 'interventions', title: 'Group interventions', aliases: ['group interventions', 'interventions', 'activities'] },
      { id: 'participation', title: 'Member participation', aliases: ['member participation', 'participation', 'client participation', 'client response', 'response'] },
      { id: 'plan', title: 'Plan', aliases: ['plan', 'next steps', 'next group'] },
    ],
    inferMin: 3,
    // Interventions, response and plan alone are any progress note: a group note names its topic or members.
    inferKey: ['topic', 'attendance'],
    titleCues: ['group note', 'group session', 'group therapy', 'group progress note'],
    levels: {
      ...RULES,
      'interventions-response': 'warning',
      'progress-monitoring': 'warning',
      plan: 'warning',
      'session-details': 'warning',
      goals: 'info',
      'risk-assessment': 'info',
    },
    homes: { 'interventions-response': 'interventions', 'progress-monitoring': 'participation', plan: 'plan', goals: 'topic', 'risk-assessment': 'participation' },
  },
  {
    id: 'psychotherapy',
    title: 'Psychotherapy (process) note',
    short: 'Process',
    family: 'psychotherapy',
    names: ['psychotherapy', 'psychotherapy note', 'process note', 'process notes', 'psychotherapy notes'],
    sections: [],
    inferMin: 99,
    titleCues: ['psychotherapy note', 'process note', 'process notes'],
    // Kept apart from the record (45 CFR 164.501): no completeness rules apply.
    levels: { 'front-matter': 'warning', 'unfilled-prompt': 'info' },
    homes: {},
    exempt: true,
  },
  {
    // A progress note in no named format ("Progress note", "Individual session"): what every progress note carries.
    id: 'progress',
    title: 'Progress note',
    short: 'Progress',
    family: 'progress',
    names: ['progress', 'progress note', 'individual session', 'individual session note', 'therapy session note', 'counseling session note', 'session note'],
    sections: [],
    inferMin: 99,
    titleCues: [
      'progress note', 'individual session', 'therapy session', 'counseling session', 'counselling session', 'session note',
      'follow up session', 'individual therapy', 'therapy note', 'counseling note', 'counselling note', 'psychotherapy progress',
    ],
    levels: { ...PROGRESS },
    homes: {},
  },
  {
    id: 'general',
    title: 'Session note (type not stated)',
    short: 'Note',
    family: 'general',
    names: ['general', 'note'],
    sections: [],
    inferMin: 99,
    titleCues: [],
    // A note that says nothing of its kind gets only what any clinical record carries; conditional dimensions
    // still apply when the text triggers them.
    levels: {
      ...RULES,
      goals: 'info',
      'risk-assessment': 'info',
      'session-details': 'info',
    },
    homes: {},
  },
];

export const DEFAULT_PROFILE = 'general';

export function profileById(id: string): Profile | undefined {
  const key = normalizeName(id);
  return profiles.find((p) => normalizeName(p.id) === key || p.names.some((n) => normalizeName(n) === key));
}

/** "Treatment-Plan", "treatment_plan" and "treatment plan" name the same type. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
