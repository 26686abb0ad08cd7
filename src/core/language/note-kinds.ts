// Words that name a kind of note, read where a line may be the note's title rather than its content.

/** "Progress Note", "Intake assessment", "Discharge summary", "Group session". */
export const NOTE_KIND_WORDS = /\b(?:note|notes|assessment|summary|plan|report|record|intake|evaluation|session|review)\b/i;

/**
 * An all-capitals or bold first line that names the note ("CASE CLOSURE / DISCHARGE SUMMARY", "**Group Therapy
 * Note**"): two words or more, one of them a kind of document. "PLAN", "ASSESSMENT" or "RISK ASSESSMENT" alone head
 * a section.
 */
export function namesNoteKind(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length >= 2 && t.split(/\s+/).length <= 10 && /\b(?:note|notes|summary|report|intake|evaluation|review)\b/i.test(t);
}

/**
 * A form's field that says what kind of note it is ("Note type: Progress note", "SERVICE: Individual therapy",
 * "| Type of contact | Phone |"): its entry is read as the note's title.
 */
export const NOTE_KIND_FIELD = /^(?:(?:note|document|form|service|session|visit|encounter|contact)(?: type)?|type of (?:note|document|service|session|visit|encounter|contact))$/i;
