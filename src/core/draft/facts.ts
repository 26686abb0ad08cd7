// What drafting gathers from a client's notes. Every fact carries where it was read (note path and 1-based line),
// so that a draft can say which sentences came from the notes. Facts that disagree are kept side by side.
import type { MeasureDef } from './measures.js';

export interface Source {
  path: string;
  /** 1-based line; 0 when the fact comes from the file's name. */
  line: number;
}

export interface Fact<T = string> {
  value: T;
  from: Source;
}

export type Attendance = 'attended' | 'missed' | 'cancelled' | 'no-show';

export type DatedFrom = Fact & { where: 'front matter' | 'title' | 'date line' | 'file name' };

/** What one note says about its session. */
export interface SessionFacts {
  path: string;
  /** The date of service: front matter, else the title, else a `Date:` line, else the file name. */
  date?: DatedFrom;
  /** Every date the note gives for itself, by where it was read; more than one distinct value is a conflict. */
  dates: DatedFrom[];
  /** The note type the linter read it as (profile id) and its title. */
  type: string;
  typeTitle: string;
  attendance: Fact<Attendance> | { value: 'attended'; from?: undefined };
  client?: Fact;
  clinician?: Fact;
  goals: GoalStatement[];
  /** Each status the note writes for a goal, in line order: keyed by the goal's number (or its table row), or, for a
   *  label that repeats a goal's wording ("Return to work: ongoing"), by that wording. */
  goalStatuses: (Fact & { key?: string; wording?: string })[];
  progress: Fact[];
  /** `date`: a date written in the score's table row, which wins over the note's; `def`: the measure, standard or
   *  declared by the note's config. */
  scores: Fact<{ measure: string; score: number; date?: string; def: MeasureDef }>[];
  risk: Fact[];
  /** The last risk level the note states: the note's level. */
  riskLevel?: Fact;
  /** Every level the note states, in order ("initially low ... reassessed as high"). */
  riskLevels: Fact[];
  safetyPlan: Fact[];
  interventions: Fact[];
  barriers: Fact[];
  referrals: Fact[];
  /** Sentences about other sessions missed or cancelled ("missed last week's session"). */
  attendanceMentions: Fact[];
  /** Dimension ids expected of this note (level not off) and whether it addressed them. */
  dimensions: { id: string; title: string; addressed: boolean }[];
}

export interface GoalStatement extends Fact {
  /** "1" for "Goal 1" (or the first item of the goals list). */
  key: string;
  /** Whether the note numbers it ("Goal 2:"); else `key` is its place in the list. */
  numbered: boolean;
  status?: string;
}

export interface GoalHistory {
  key: string;
  first: Fact & { date?: string };
  latest: Fact & { date?: string };
  /** Each distinct wording in date order: more than one is a goal reworded between notes. */
  wordings: (Fact & { date?: string })[];
  reworded: boolean;
  /** The latest status the notes write for it. */
  status?: Fact & { date?: string };
  /** Its statuses in date and line order, a repeat of the one before left out ("progressing" in every note once). */
  statuses: (Fact & { date?: string })[];
}

export interface MeasureSeries {
  measure: string;
  /** Its definition (range, bands), standard or declared in a config. */
  def: MeasureDef;
  scores: (Fact<number> & { date?: string })[];
  first?: number;
  latest?: number;
  change?: number;
}

export interface ClientFacts {
  client: string;
  /** How the client was found: `client:` in front matter, or the notes' folder. */
  by: 'front matter' | 'folder';
  sessions: SessionFacts[];
  counts: { notes: number; attended: number; missed: number; cancelled: number; noShow: number; undated: number };
  first?: Fact & { date: string };
  last?: Fact & { date: string };
  noteTypes: { type: string; title: string; count: number }[];
  goals: GoalHistory[];
  progress: (Fact & { date?: string })[];
  measures: MeasureSeries[];
  /** Each note's risk screen; `level`, the last level it states; `levels`, each it states, in order. */
  risk: (Fact & { date?: string; level?: string; levels: Fact[] })[];
  safetyPlans: (Fact & { date?: string })[];
  interventions: { name: string; count: number; first: Source; sources: Source[] }[];
  barriers: (Fact & { date?: string })[];
  referrals: (Fact & { date?: string })[];
  attendanceMentions: (Fact & { date?: string })[];
  /** Dimensions expected of some note and addressed by none. */
  neverDocumented: { id: string; title: string; expectedIn: number }[];
  /** Facts that disagree between or within notes, side by side. */
  conflicts: { what: string; /** The note the conflict is within, shown as the draft shows notes. */ path?: string; facts: Fact[] }[];
}
