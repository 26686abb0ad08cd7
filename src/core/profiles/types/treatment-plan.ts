// Initial treatment plan: problems, strengths, measurable goals, interventions, anticipated barriers, review date.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'treatment-plan',
  title: 'Treatment plan',
  short: 'Tx plan',
  family: 'treatment-plan',
  names: ['treatment plan', 'treatment-plan', 'tx plan', 'service plan', 'care plan', 'individualized treatment plan', 'itp', 'initial treatment plan'],
  sections: [
    { id: 'problem', title: 'Problem', aliases: ['problem', 'problems', 'problem statement', 'presenting problem', 'diagnosis', 'need'], holds: ['presenting-problem', 'ecological-factors', 'risk-assessment'] },
    { id: 'strengths', title: 'Strengths', aliases: ['strengths', 'strengths and resources'], holds: ['strengths'] },
    { id: 'goals', title: 'Goals and objectives', aliases: ['goals', 'goals and objectives', 'long term goals', 'treatment goals', 'objectives', 'short term objectives'], holds: ['goals', 'progress-monitoring'] },
    { id: 'interventions', title: 'Interventions', aliases: ['interventions', 'planned interventions', 'modalities', 'services'], holds: ['interventions-response'] },
    { id: 'barriers', title: 'Barriers', aliases: ['barriers', 'potential barriers', 'obstacles'], holds: ['barriers'] },
    { id: 'review', title: 'Review', aliases: ['review', 'review date', 'target dates', 'signatures', 'client participation'], holds: ['bias-safeguards'] },
  ],
  inferMin: 3,
  // A session's report: a session note can list its plan's goals, strengths and barriers too.
  inferNotWith: ['response', 'client response', 'session content', 'homework review', 'progress since last session'],
  titleCues: ['treatment plan', 'tx plan', 'service plan', 'care plan', 'plan of care', 'recovery plan', 'wellness plan', 'healing plan'],
  levels: {
    ...RULES,
    'measurable-goals': 'warning',
    goals: 'error',
    'ecological-factors': 'warning',
    strengths: 'warning',
    // Required in a review (treatment-plan-review.ts), where what stood in the way is known; recommended here.
    barriers: 'info',
    'presenting-problem': 'info',
    'risk-assessment': 'info',
    'session-details': 'info',
  },
});
