// Supervision case note: a case brought to supervision, the clinician's reflection and the supervisor's feedback.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'supervision',
  title: 'Supervision case note',
  short: 'Supervision',
  family: 'supervision',
  names: ['supervision', 'supervision note', 'supervision case note', 'case consultation', 'case presentation', 'supervision report'],
  sections: [
    { id: 'case', title: 'Case summary', aliases: ['case summary', 'case overview', 'client overview', 'background'], holds: ['goals', 'risk-assessment', 'cultural-factors'] },
    { id: 'questions', title: 'Questions for supervision', aliases: ['questions for supervision', 'supervision questions', 'focus of supervision', 'questions'] },
    { id: 'reflection', title: 'Clinician reflection', aliases: ['clinician reflection', 'self reflection', 'reflection', 'countertransference'], holds: ['bias-safeguards', 'relationship'] },
    { id: 'feedback', title: 'Supervisor feedback', aliases: ['supervisor feedback', 'feedback', 'recommendations', 'supervisor recommendations'] },
  ],
  inferMin: 2,
  titleCues: ['supervision', 'case consultation', 'case presentation', 'peer consultation', 'consultation group', 'clinical consultation'],
  levels: {
    ...RULES,
    'bias-safeguards': 'warning',
    goals: 'info',
    'risk-assessment': 'info',
    'cultural-factors': 'info',
    // (A supervision record dated, timed and signed is the record of the supervision itself: over 177 labelled sets, a
    // supervision note whose session details were read missing was labelled missing 16 times, present never.)
    'session-details': 'warning',
  },
});
