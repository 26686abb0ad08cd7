// Occupational assessment: work identity (occupational socialization) and the clinician's safeguards against bias.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'occupational',
  title: 'Occupational assessment',
  short: 'Occupational',
  family: 'occupational',
  names: ['occupational', 'occupational assessment', 'occupational socialization', 'work identity assessment', 'occupational socialization assessment'],
  sections: [
    { id: 'involvement', title: 'Job involvement and identification', aliases: ['job involvement', 'job involvement and identification', 'work identity', 'occupational identity'], holds: ['occupational-socialization'] },
    { id: 'coping', title: 'Ability to cope', aliases: ['ability to cope', 'coping', 'coping in the job'] },
    { id: 'needs', title: 'Fulfilment of needs', aliases: ['fulfilment of needs', 'fulfillment of needs', 'needs met by the job', 'needs'], holds: ['ecological-factors'] },
    { id: 'bias', title: 'Safeguards against bias', aliases: ['safeguards against bias', 'bias safeguards', 'clinician bias'], holds: ['bias-safeguards'] },
  ],
  inferMin: 2,
  // (An occupational health wellbeing assessment is an assessment of the client at work.)
  // ("Occupational psychological assessment — fitness for pilotage duties": an assessment of fitness for the job.)
  titleCues: ['occupational assessment', 'occupational socialization', 'work identity', 'occupational identity', 'occupational health', 'occupational psychological', 'occupational psychology', 'occupational psychosocial', 'occupational mental health', 'fitness for duty', 'fitness for work', 'fitness for pilotage', 'fitness for flying'],
  // "Occupational Health" also names the department that sees staff ("Basin Occupational Health – BH f/u" over
  // S/O/A/P): a note laid out in a format's own sections or letters is that format's.
  weakTitleCues: ['occupational health', 'occupational mental health'],
  levels: {
    ...RULES,
    'occupational-socialization': 'warning',
    'bias-safeguards': 'warning',
    'session-details': 'warning',
    'ecological-factors': 'info',
  },
});
