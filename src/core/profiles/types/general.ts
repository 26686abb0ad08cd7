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
  // A contact record, whatever else its title says ("Telephone contact — between-session check-in"), and a brief
  // check on medication or by phone, which is no therapy session ("Brief med-adherence check-in (15 min)").
  titleCues: [
    'contact record', 'contact note', 'phone contact', 'telephone contact', 'collateral contact', 'collateral call', 'brief contact',
    'brief check in', 'phone check in', 'telephone check in', 'adherence check', 'medication check', 'med check',
    // A duty or crisis line's record of a call.
    'call record', 'call log',
    // Check-ins between sessions by text: "Between-session text check-in log".
    'text check in', 'sms check in', 'check in log', 'text message check in', 'record of contact',
    // A crisis walk-in, contact or evaluation: seen once, not a session of a course ("Crisis Evaluation — Emergency
    // Department Consult").
    'walk in', 'crisis contact', 'crisis evaluation', 'crisis assessment',
    // A follow-up by telephone or after a crisis is a contact, not a session ("Crisis follow-up — phone").
    'crisis follow up', 'follow up call', 'phone follow up', 'telephone follow up',
    // A referral screened before anyone is taken on: "Referral Triage", "Triage contact".
    'referral triage', 'triage contact', 'triage call', 'triage note', 'referral screening',
  ],
  // ...but not the way an intake came about: "Walk-in Intake" is an intake.
  notBefore: ['intake'],
  // Only what any clinical record carries; conditional dimensions still apply when the text triggers them.
  // Every contact is recorded with when, how, with whom and by whom, as a session is: a call or a letter that lacks
  // them cannot be placed in the record (supervisors flagged 15 of the 17 contact notes that lacked them).
  levels: {
    ...RULES,
    goals: 'info',
    'risk-assessment': 'info',
    'session-details': 'warning',
  },
});
