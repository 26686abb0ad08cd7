// A progress note in no named format ("Progress note", "Individual session"): what every progress note carries.
import { defineType, PROGRESS } from '../shared.js';

export default defineType({
  id: 'progress',
  title: 'Progress note',
  short: 'Progress',
  family: 'progress',
  names: ['progress', 'progress note', 'individual session', 'individual session note', 'therapy session note', 'counseling session note', 'session note'],
  sections: [],
  inferMin: 99,
  titleCues: [
    'progress note', 'individual session', 'therapy session', 'counseling session', 'counselling session', 'session note',
    'parent session', 'parent child session', 'dyadic session', 'sibling session', 'play session', 'play therapy session', 'family session', 'family meeting', 'couples session', 'couple session', 'joint session', 'conjoint session', 'couples',
    'couple therapy', 'couples therapy',
    // An employee assistance programme's session, as its header names it: "EAP services — on-site counseling".
    'on site counseling', 'on site counselling', 'onsite counseling', 'onsite counselling', 'eap counseling', 'eap counselling', 'eap session',
    'follow up session', 'follow up visit', 'follow up', 'check in', 'check-in', 'follow up contact', 'follow up note', 'home visit', 'visit note', 'outreach note', 'outreach visit', 'outreach contact', 'individual therapy', 'session record', 'individual counseling', 'individual counselling', 'individual psychotherapy', 'therapy note', 'counseling note', 'counselling note', 'psychotherapy progress', 'progress report', 'progress record', 'running record', 'progress log',
    // A mode of treatment's individual session, as DBT names it ("DBT individual — wk 14"); any other kind the title
    // names wins ("Individual treatment plan").
    'individual',
    // Integrated primary care: the behavioural health consultant's visit with the patient.
    'consult note', 'bhc visit', 'bhc', 'behavioral health consult', 'behavioural health consult',
    // Formats with sections of their own (language/note-kinds.ts FORMAT_NAMES).
    'paip', 'dart',
    // A session whatever its length or step: "Single session (walk-in) notes", "Brief intervention, Emergency
    // Department", "Guided self-help — telephone review (Step 2)".
    'single session', 'brief intervention', 'guided self help',
  ],
  // A visit in person is a session whatever its topic; a check-in or a session named in general words yields.
  firmTitleCues: ['home visit', 'outreach visit', 'bhc visit', 'single session', 'brief intervention', 'guided self help'],
  levels: { ...PROGRESS },
});
