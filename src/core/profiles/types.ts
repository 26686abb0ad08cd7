import type { Level } from '../types.js';
import type { NoteFamily } from './families.js';

export type { NoteFamily } from './families.js';

/** A canonical section of a note type (e.g. the "Plan" of a SOAP note). */
export interface ProfileSection {
  id: string;
  title: string;
  /** Headings accepted for it (matched on stemmed words, whole heading). */
  aliases: string[];
  /** Dimensions whose templates go in this section (their "home"); see Profile.homes. */
  holds?: string[];
  /**
   * Named in everyday words that any progress note uses ("Goals addressed", "Interventions", "Response", "Plan"):
   * headings of only such sections, in full words, do not overrule a title that calls the note a progress note.
   */
  everyday?: boolean;
}

export interface Profile {
  id: string;
  title: string;
  /** Short label for the status bar ("SOAP"). */
  short: string;
  family: NoteFamily;
  /** Values of front matter `type:` that select this profile (compared case- and punctuation-insensitively). */
  names: string[];
  /** The note's own sections in order; used to infer the type and to place inserted templates. */
  sections: ProfileSection[];
  /** How many of `sections` must be present as headings for the type to be inferred. */
  inferMin: number;
  /** A section that must be among them (the S of SOAP), so shared sections alone do not decide the type. */
  inferKey?: string | string[];
  /** Heads of a session's own report ("Response", "Session content"): laid out with one, a note is no note of this type by
   * its headings (a session note that lists its plan's goals, strengths and barriers is not the plan). */
  inferNotWith?: string[];
  /** Title words that identify the type ("intake", "treatment plan"). */
  titleCues: string[];
  /** Words just before one of its title cues that make the title another kind's: an "Individual Psychotherapy Note"
   * is a billed session's progress note, not a process note. */
  notAfter?: string[];
  /** Words just after one of its title cues that make the title name no kind of its: a "Discharge Planning Meeting" is
   * no discharge summary. */
  notBefore?: string[];
  /** Title cues that name the type only when the note's layout names no format: "Warm Handoff" says how the client
   * came, and a handoff written as S/O/A/P is a SOAP note. */
  weakTitleCues?: string[];
  /** Its headings, matched as well as another format's, yield to that format: its opening section is one any note may
   * carry (GIRP's goal: "Goals addressed:" heads PIRP and SIRP notes too). */
  yieldsOnTie?: boolean;
  /** Title cues of a session's note that hold against another kind the title names: a "home visit" is a session, whatever
   * it checks ("TCM Home Visit — Medication Check"). Other session cues yield ("Telephone contact — check-in"). */
  firmTitleCues?: string[];
  /** Labels whose date is this note's own, not a date its goals are due by: a review's "**Review date:** 2025-10-02" is
   * when the review took place, where an initial plan's is when the plan will be reviewed. */
  ownDateLabels?: string[];
  /** Level of each dimension or rule in this note type; unlisted dimensions are off unless triggered. */
  levels: Record<string, Level>;
  /**
   * Which canonical section a dimension's template goes under (section id); the end of the note when absent.
   * Derived from the sections' `holds` (defineType), so it is never written by hand.
   */
  homes: Record<string, string>;
  /**
   * The note type this one is a variant of (a treatment-plan review is a treatment plan): the config's
   * `types.<basedOn>` settings apply to it when it has none of its own, and a label naming the base type is right.
   */
  basedOn?: string;
  /** Exempt from completeness rules (psychotherapy notes). */
  exempt?: boolean;
}

/** A note type as written in its file under profiles/types/ (or added by a config): a Profile without what is derived. */
export type NoteTypeDefinition = Omit<Profile, 'homes'>;
