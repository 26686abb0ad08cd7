// A note that says nothing of its kind: the default type.
import { defineType, RULES } from '../shared.js';

export default defineType({
  id: 'general',
  title: 'Session note (type not stated)',
  short: 'Note',
  family: 'general',
  names: ['general', 'note'],
  sections: [],
  inferMin: 99,
  // A contact record, whatever else its title says ("Telephone contact — between-session check-in").
  titleCues: ['contact record', 'contact note', 'phone contact', 'telephone contact', 'collateral contact', 'collateral call', 'brief contact'],
  // Only what any clinical record carries; conditional dimensions still apply when the text triggers them.
  levels: {
    ...RULES,
    goals: 'info',
    'risk-assessment': 'info',
    'session-details': 'info',
  },
});
