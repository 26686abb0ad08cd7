// What a sentence must be about for a cue in it to count toward a dimension whose cue words are everyday words.
// "Fear of", "worried that", "acknowledged" and "rescheduled" say something about reluctance to come to sessions
// only when the sentence is about the sessions, the work or the people who offer it ("worried that group will judge
// her"), not when it is a risk screen ("denies fear of her ex-partner") or a technique ("reflected ambivalence about
// drinking"). Words, each matched by its stem; none that is as often something else ("too late", "a hard time").

/** Coming to sessions, taking part in them, doing what was agreed, and the clinician and the service. */
export const ENGAGEMENT_TOPIC = [
  'session', 'appointment', 'appt', 'visit', 'meeting', 'meetup', 'class', 'attend', 'attendance', 'miss', 'cancel',
  'cancellation', 'show', 'come', 'came', 'coming', 'return', 'here', 'counseling', 'counselling', 'therapy',
  'therapist', 'counselor', 'counsellor', 'clinician', 'writer', 'worker', 'group', 'treatment', 'program',
  'programme', 'service', 'check', 'homework', 'assignment', 'task', 'worksheet', 'outreach', 'schedule', 'engage',
  'engagement', 'participate', 'participation', 'speak', 'talk', 'share', 'silent', 'silence', 'quiet', 'subject',
  'conversation', 'reluctant', 'reluctance', 'relationship', 'alliance', 'rupture', 'feedback', 'telehealth', 'video',
  'phone', 'voicemail', 'slot', 'slots', 'reminder', 'reminders',
];

/** Risk, safety and drinking: a "no change" said of them is their status, not progress toward the goals ("ETOH 2-3
 * beers on weekends, no change"). Read as whole words, in any case, within the sentence (not by stem). */
export const RISK_STATUS_TOPIC = [
  'risk', 'safety', 'SI', 'HI', 'SI/HI', 'suicidal', 'self-harm', 'drinking', 'drinks', 'alcohol', 'ETOH', 'beer', 'beers',
  'wine', 'substance', 'cannabis', 'weapon', 'weapons', 'gun', 'guns', 'firearm', 'firearms', 'rifle', 'rifles', 'protective',
];
