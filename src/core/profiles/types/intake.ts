// Intake / biopsychosocial assessment: the first, fullest picture of the client.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'intake',
  title: 'Intake / biopsychosocial assessment',
  short: 'Intake',
  family: 'intake',
  names: ['intake', 'intake assessment', 'biopsychosocial', 'biopsychosocial assessment', 'bps', 'initial assessment', 'psychosocial assessment', 'diagnostic assessment', 'comprehensive assessment', 'assessment'],
  sections: [
    { id: 'identifying', title: 'Identifying information', aliases: ['identifying information', 'identifying data', 'demographics', 'client information'] },
    { id: 'presenting', title: 'Presenting problem', aliases: ['presenting problem', 'reason for referral', 'chief complaint', 'reason for visit', 'referral reason', 'presenting concerns', 'presenting issues'], holds: ['presenting-problem'] },
    { id: 'history', title: 'History', aliases: ['history of presenting problem', 'history', 'psychiatric history', 'mental health history', 'treatment history', 'substance use history', 'medical history', 'developmental history'] },
    { id: 'psychosocial', title: 'Psychosocial history', aliases: ['psychosocial history', 'social history', 'family history', 'family and social history', 'psychosocial', 'ecological factors'], holds: ['cultural-factors', 'ecological-factors', 'occupational-socialization'] },
    { id: 'mental-status', title: 'Mental status', aliases: ['mental status', 'mental status exam', 'mse', 'mental status examination'] },
    { id: 'risk', title: 'Risk assessment', aliases: ['risk assessment', 'risk', 'safety assessment', 'suicide risk assessment'], holds: ['risk-assessment'] },
    { id: 'strengths', title: 'Strengths', aliases: ['strengths', 'strengths and resources', 'protective factors'], holds: ['strengths'] },
    { id: 'impressions', title: 'Clinical impressions', aliases: ['clinical impressions', 'impressions', 'diagnosis', 'diagnostic impressions', 'assessment', 'formulation', 'clinical formulation', 'summary'], holds: ['individual-assessment', 'rapport-engagement', 'bias-safeguards', 'relationship', 'barriers'] },
    { id: 'goals', title: 'Initial goals', aliases: ['goals', 'initial goals', 'treatment goals'], holds: ['goals'] },
    { id: 'plan', title: 'Plan', aliases: ['plan', 'recommendations', 'plan and recommendations', 'disposition'], holds: ['plan', 'engagement-plan'] },
  ],
  inferMin: 3,
  // Strengths, risk and plan are in many notes; an intake shows why the client came or their history.
  inferKey: ['presenting', 'history', 'psychosocial', 'identifying', 'mental-status'],
  titleCues: ['intake', 'biopsychosocial', 'bio psycho social', 'initial assessment', 'psychosocial assessment', 'diagnostic assessment', 'comprehensive assessment', 'initial evaluation', 'intake assessment', 'warm handoff', 'warm hand off', 'seen for assessment', 'seen for an assessment', 'assessment appointment',
    // A first assessment where the client turns up (a liaison team in A&E, a crisis team): the service's intake.
    'mental health assessment', 'liaison assessment', 'psychiatric assessment', 'psychiatric evaluation', 'a&e assessment', 'ed assessment', 'er assessment'],
  weakTitleCues: ['warm handoff', 'warm hand off'],
  levels: {
    ...RULES,
    'presenting-problem': 'warning',
    'individual-assessment': 'warning',
    strengths: 'warning',
    'rapport-engagement': 'warning',
    'cultural-factors': 'warning',
    'ecological-factors': 'warning',
    goals: 'warning',
    'measurable-goals': 'warning',
    'bias-safeguards': 'warning',
    'risk-assessment': 'error',
    'session-details': 'warning',
    plan: 'info',
  },
});
