// Termination / discharge summary: why treatment ends, its course, status at discharge, aftercare.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'termination',
  title: 'Termination / discharge summary',
  short: 'Termination',
  family: 'termination',
  names: ['termination', 'termination summary', 'discharge', 'discharge summary', 'closing summary', 'transfer summary', 'termination note'],
  sections: [
    { id: 'reason', title: 'Reason for termination', aliases: ['reason for termination', 'reason for discharge', 'termination reason', 'discharge reason'] },
    { id: 'course', title: 'Course of treatment', aliases: ['course of treatment', 'summary of treatment', 'treatment summary', 'summary of services', 'progress', 'progress toward goals'], holds: ['progress-monitoring', 'goals'] },
    { id: 'status', title: 'Status at discharge', aliases: ['status at discharge', 'condition at discharge', 'status at termination', 'goals attained', 'outcomes'], holds: ['risk-assessment'] },
    { id: 'aftercare', title: 'Aftercare', aliases: ['aftercare', 'aftercare plan', 'follow up', 'follow-up', 'referrals', 'recommendations', 'relapse prevention', 'maintenance plan'], holds: ['termination', 'plan'] },
  ],
  inferMin: 2,
  titleCues: ['termination', 'discharge', 'closing summary', 'transfer summary', 'termination summary', 'discharge summary', 'closing letter', 'closure letter', 'ending letter', 'end of counseling', 'end of counselling', 'end of therapy', 'case closure'],
  // ("Discharge Planning Meeting — Ward 7B": a meeting to plan a hospital discharge, no summary of the work's end.)
  notBefore: ['planning'],
  levels: {
    ...RULES,
    termination: 'warning',
    'progress-monitoring': 'warning',
    'risk-assessment': 'warning',
    'session-details': 'warning',
    goals: 'info',
    plan: 'info',
  },
});
