// Words that mean "not written yet": one list, read in three places (a block's text, a label's value, a front matter
// field). Regular expressions from data may not be built at run time (test/core/regex-safety.test.ts), so the list is
// written as the two literals its readers need; change both together. A config's own placeholder words
// (`language.placeholders`) are compared as text, never made into a pattern (src/core/read/language.ts).

/** A whole value that is a placeholder ("TBD", "N/A", "[enter]", "___", "{{next_appt}}", "not assessed", "Ongoing"); "[date removed]" is not: it
 * marks a value that was written and then taken out for sharing (the identifiers fix). */
export const PLACEHOLDER =
  /^(?:tbd|tba|tbc|n\/?a|todo|to ?do|to be (?:determined|completed|added)|xxx+|pending|ongoing|fill in|enter text|insert|not (?:yet )?(?:assessed|addressed|discussed|documented|completed|applicable)|none documented|-+|—|–|_+|\.{2,}|…|\?+|\[(?![^\]]*removed\])[^\]]*\]|<[^>]*>|\{[^}]*\}|\{\{[^}]*\}\})[.!]?$/i;

/** What follows a label's colon when the label was left blank ("Duration: [enter]", "Risk: TBD", "SI: ___",
 * "Progress: Ongoing."), or follows a cue with no colon at all in a note typed in haste ("plan f/u tbd"): there only
 * a placeholder word, since a bare line end after a cue is just the end of a sentence. */
export const LEFT_BLANK =
  /^[ \t]*(?::[ \t]*(?:\[(?![^\]]*removed\])[^\]]*\]|\{\{[^}]*\}\}|\{[^}]*\}|<[^>]*>|tbd\b|tba\b|tbc\b|n\/?a\b|todo\b|ongoing[.;]|_{2,}|\.\.\.|\r?\n|$)|(?:tbd|tba|tbc|n\/a|todo)\b)/i;

/** An entry that only says the work itself will be done later ("Will set goals at next session once he has thought
 * about it", "To develop the plan with the team", "To be agreed at next session"): for entries about what comes next (goals, plan), the one put-off
 * that is no content. ("Next steps TBD depending on the meeting's outcome" too.) */
export const DEFERS_ITSELF = /^(?:(?:we\s+|writer\s+|clinician\s+)?(?:will|to|plan\s+to|intend\s+to)\s+(?:set|establish|develop|formulate|write|agree\s+on|negotiate|complete|finali[sz]e|identify|discuss|make)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|initial\s+|treatment\s+)?(?:goals?|plan|treatment\s+plan|next\s+steps)\b|to\s+be\s+(?:agreed|set|established|developed|decided|negotiated|identified|finali[sz]ed)\b|(?:the\s+)?(?:next\s+steps|plan|goals?|treatment\s+plan)\s+(?:(?:are|is)\s+)?(?:tbd|tbc|to\s+be\s+(?:agreed|set|decided|confirmed|determined))\b)/i;

/**
 * An entry that opens on its own status, put off ("Deferred — she mentioned church; not explored today.", "Not assessed:
 * ran out of time."): the clinician's verdict on the entry, whatever it goes on to mention.
 */
export const DEFERRED_LEAD = /^(?:deferred|not\s+(?:yet\s+)?(?:assessed|explored|addressed|done|completed|covered))[ \t]*(?:[—–:.;(]|-\s|$)/i;
