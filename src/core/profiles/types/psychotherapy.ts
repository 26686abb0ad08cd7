// Psychotherapy (process) note: kept apart from the record (45 CFR 164.501), so no completeness rules apply.
import { defineType } from '../shared.js';

export default defineType({
  id: 'psychotherapy',
  title: 'Psychotherapy (process) note',
  short: 'Process',
  family: 'psychotherapy',
  names: ['psychotherapy', 'psychotherapy note', 'process note', 'process notes', 'psychotherapy notes'],
  sections: [],
  inferMin: 99,
  titleCues: ['psychotherapy note', 'process note', 'process notes'],
  // ("Individual Psychotherapy Note · 90834", "GROUP PSYCHOTHERAPY NOTE": a session's note under the billing name.)
  notAfter: ['individual', 'group', 'family', 'couples', 'couple', 'conjoint', 'outpatient', 'inpatient'],
  levels: { 'front-matter': 'warning', 'unfilled-prompt': 'info' },
  exempt: true,
});
