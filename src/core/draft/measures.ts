// Standard outcome measures as data: the range of a valid total and the instrument's published severity bands (shaded
// on the draft's charts); how each is written comes from the one list of instruments (language/instruments.ts). A
// score outside the range is not taken (it is more likely a date, an item score or a typo than the measure's total). A
// config adds its own (`measures`, checked by config/measures.ts): compiled here, once per config, into the same
// patterns.
import type { MeasureConfig } from '../config/types.js';
import { feedbackInstruments, outcomeInstruments } from '../language/instruments.js';

/** Every instrument named in language/instruments.ts. */
const INSTRUMENTS = [...outcomeInstruments, ...feedbackInstruments];

export interface MeasureDef {
  id: string;
  name: string;
  /** Ways of writing the name, as a regular expression source (no groups). */
  names: string;
  min: number;
  max: number;
  /** The instrument's bands, from `min` up to `max` without a gap, as its authors publish them. */
  bands: Band[];
  /** Where the bands come from. */
  source: string;
  /** Declared in a config, not one of Clinote's standard measures. */
  declared?: boolean;
  /** Declared without a range or bands: any score up to 999.9 is taken, and a chart's axis fits the scores. */
  open?: boolean;
}

export interface Band {
  /** Lowest and highest score of the band as published ("5-9"): the chart draws the edge halfway to the next band. */
  from: number;
  to: number;
  label: string;
  /** 0 for the band of least concern, rising with concern: the chart's shading, darker for more concern. */
  level: number;
}

const band = (from: number, to: number, label: string, level: number): Band => ({ from, to, label, level });

/** A name as a pattern source: its own characters, never a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * How an instrument of the list is written, as a pattern source: each of its spellings there (those that are the same
 * name but for hyphens: "PHQ-9", "PHQ9"), a hyphen also matching a space or nothing; never a longer instrument of the
 * list that starts with it ("AUDIT-C" is not the AUDIT).
 */
function writtenAs(name: string): string {
  const key = measureKey(name);
  const spellings: string[] = [];
  for (const s of INSTRUMENTS) {
    if (measureKey(s) !== key) continue;
    const src = s.split('-').map(escape).join('[- ]?');
    // One alternative per spelling that an earlier one does not already match: no two alternatives for one text.
    if (!spellings.some((earlier) => new RegExp(`^(?:${earlier})$`).test(s))) spellings.push(src);
  }
  if (!spellings.length) throw new Error(`${name} is not in language/instruments.ts`);
  const longer = INSTRUMENTS.filter((s) => s.startsWith(`${name}-`)).map((s) => escape(s.slice(name.length + 1)));
  const after = longer.length > 1 ? `(?:${longer.join('|')})` : longer[0];
  return spellings.join('|') + (after ? `(?![- ]?${after})` : '');
}

export const MEASURES: MeasureDef[] = [
  {
    id: 'phq-9', name: 'PHQ-9', names: writtenAs('PHQ-9'), min: 0, max: 27,
    bands: [band(0, 4, 'minimal', 0), band(5, 9, 'mild', 1), band(10, 14, 'moderate', 2), band(15, 19, 'moderately severe', 3), band(20, 27, 'severe', 4)],
    source: 'Kroenke, Spitzer & Williams 2001',
  },
  {
    id: 'gad-7', name: 'GAD-7', names: writtenAs('GAD-7'), min: 0, max: 21,
    bands: [band(0, 4, 'minimal', 0), band(5, 9, 'mild', 1), band(10, 14, 'moderate', 2), band(15, 21, 'severe', 4)],
    source: 'Spitzer et al. 2006',
  },
  {
    // One cut-off, given as a range: 31-33 suggests probable PTSD (National Center for PTSD).
    id: 'pcl-5', name: 'PCL-5', names: writtenAs('PCL-5'), min: 0, max: 80,
    bands: [band(0, 30, 'below the cut-off', 0), band(31, 33, 'cut-off range', 2), band(34, 80, 'probable PTSD', 3)],
    source: 'National Center for PTSD, PCL-5 scoring (Bovin et al. 2016)',
  },
  {
    id: 'audit', name: 'AUDIT', names: writtenAs('AUDIT'), min: 0, max: 40,
    bands: [band(0, 7, 'low risk', 0), band(8, 15, 'increasing risk', 1), band(16, 19, 'higher risk', 3), band(20, 40, 'possible dependence', 4)],
    source: 'WHO AUDIT manual, zones I-IV, Babor et al. 2001',
  },
  {
    // Higher is better: below the clinical cut-off (25 for adults) is the range of concern. Scored to a tenth.
    id: 'ors', name: 'ORS', names: writtenAs('ORS'), min: 0, max: 40,
    bands: [band(0, 24.9, 'clinical range', 2), band(25, 40, 'non-clinical range', 0)],
    source: 'Miller, Duncan et al. 2003',
  },
  {
    // Higher is better: below 36 the alliance is worth talking about with the client.
    id: 'srs', name: 'SRS', names: writtenAs('SRS'), min: 0, max: 40,
    bands: [band(0, 35.9, 'alliance concern', 2), band(36, 40, 'good alliance', 0)],
    source: 'Duncan, Miller et al. 2003',
  },
];

/** A standard measure's definition by its name as gathered ("PHQ-9"). */
export function measureDef(name: string): MeasureDef | undefined {
  return MEASURES.find((m) => m.name === name);
}

/** A declared measure as a definition: its range (else its bands' ends, else open), bands with their levels. */
export function declaredDef(m: MeasureConfig): MeasureDef {
  const bands = (m.bands ?? []).map((b, i) => band(b.from, b.to, b.label, b.level ?? Math.min(4, i)));
  const min = m.min ?? bands[0]?.from ?? 0;
  const max = m.max ?? bands[bands.length - 1]?.to ?? 999.9;
  const open = m.min === undefined && !bands.length;
  return { id: measureKey(m.name), name: m.name, names: '', min, max, bands, source: m.source ?? 'as the configuration declares', declared: true, ...(open && { open }) };
}

/** A name's identity for declarations: "K-10", "k 10" and "K10" are one. */
export function measureKey(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '');
}

/** Each band with its edges on a continuous scale: halfway between one band's `to` and the next one's `from`. */
export function bandEdges(def: MeasureDef): { band: Band; low: number; high: number }[] {
  const b = def.bands;
  return b.map((band, i) => ({ band, low: i ? (b[i - 1].to + band.from) / 2 : def.min, high: i < b.length - 1 ? (band.to + b[i + 1].from) / 2 : def.max }));
}

/** The band a score falls in; undefined outside the measure's range. */
export function bandOf(def: MeasureDef, score: number): Band | undefined {
  if (score < def.min || score > def.max) return undefined;
  return bandEdges(def).find((e) => score < e.high || e.high === def.max)?.band;
}

/** Words between a measure's name and its score: "PHQ-9: 14", "PHQ9 = 14", "PHQ-9 score of 14", "PHQ-9 total was 14", "PHQ-9 today: 14". */
const BETWEEN = `[ \\t]{0,3}(?:total[ \\t]{1,3})?(?:score[ \\t]{0,3})?(?:(?:today|now)[ \\t]{0,3})?(?:(?:[:=(]|of|was|is|at)[ \\t]{0,3})?`;
const score = (digits: number) => `(\\d{1,${digits}}(?:\\.\\d)?)(?!\\d|[.-]\\d)`;

interface MeasurePattern {
  def: MeasureDef;
  /** The name, then a score (global). */
  re: RegExp;
  /** A table header or first cell that names the measure. */
  name: RegExp;
}

/** Each measure with its compiled pattern: the name as a whole word (capitals only: "ors" is no measure), then a score. */
export const MEASURE_PATTERNS: MeasurePattern[] = MEASURES.map((m) => ({ def: m, re: new RegExp(`\\b(?:${m.names})\\b${BETWEEN}${score(2)}`, 'g'), name: new RegExp(`^(?:${m.names})(?: total| score)?$`) }));

/** The measures a note is read for: the standard ones, and those its config declares. */
export interface MeasureSet {
  patterns: MeasurePattern[];
}

const STANDARD: MeasureSet = { patterns: MEASURE_PATTERNS };
const compiled = new WeakMap<MeasureConfig[], MeasureSet>();

/** The standard measures, plus a config's declared ones (compiled once per config). */
export function measureSet(declared: MeasureConfig[] | undefined): MeasureSet {
  if (!declared?.length) return STANDARD;
  let set = compiled.get(declared);
  if (!set) {
    const own = declared.flatMap((m) => {
      const def = declaredDef(m);
      return [m.name, ...(m.aliases ?? [])].map((n) => declaredPattern(def, n));
    });
    compiled.set(declared, (set = { patterns: [...MEASURE_PATTERNS, ...own] }));
  }
  return set;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}_]';

/**
 * A declared name as a pattern: its words as written (a hyphen or spaces matching either; nothing too between a
 * letter and a digit: "K-10", "K10"), whole; in capitals only when it has no lower-case letter (an acronym, as the
 * standard names are), else in any case. Escaped: a config's name is words, never a regular expression.
 */
function declaredPattern(def: MeasureDef, written: string): MeasurePattern {
  const words = written.trim().split(/[\s-]+/);
  const joint = (optional: boolean) => `(?:-|[ \\t]{1,3})${optional ? '?' : ''}`;
  const letterDigit = (a: string, b: string) => (/\p{L}$/u.test(a) && /^\p{N}/u.test(b)) || (/\p{N}$/u.test(a) && /^\p{L}/u.test(b));
  let src = '';
  words.forEach((w, i) => {
    if (i) src += joint(letterDigit(words[i - 1], w));
    src += w.split(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u).map(escape).join(joint(true));
  });
  const flags = /\p{Ll}/u.test(written) ? 'iu' : 'u';
  const digits = def.open || def.max >= 100 ? 3 : 2;
  return {
    def,
    re: new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${src})(?!${LETTER_OR_DIGIT})${BETWEEN}${score(digits)}`, `g${flags}`),
    name: new RegExp(`^(?:${src})(?: total| score)?$`, flags),
  };
}

/** The standard measure a name would be read as ("PHQ9" is PHQ-9), if any: a declaration of it is a mistake. */
export function standardMeasureNamed(name: string): string | undefined {
  return MEASURE_PATTERNS.find((p) => p.name.test(name.trim()))?.def.name;
}

export interface ScoreHit {
  measure: MeasureDef;
  score: number;
  /** Offset in the text searched. */
  index: number;
}

/** The measure scores written in one piece of text. */
export function scoresIn(text: string, set: MeasureSet = STANDARD): ScoreHit[] {
  const out: ScoreHit[] = [];
  const seen = new Set<string>();
  for (const { def, re } of set.patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const score = Number(m[1]);
      // A name and an alias written alike find the same score once.
      const key = `${def.name}|${m.index}`;
      if (score >= def.min && score <= def.max && !seen.has(key)) out.push({ measure: def, score, index: m.index });
      seen.add(key);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The measure a table header or first cell names ("PHQ-9", "GAD-7 score"), if any. */
export function measureNamed(text: string, set: MeasureSet = STANDARD): MeasureDef | undefined {
  const t = text.trim();
  return set.patterns.find((p) => p.name.test(t))?.def;
}

/** What this module builds, for the regex-safety test. */
export const builtRegexes = [...MEASURE_PATTERNS, ...measureSet([{ name: 'Sleep quality-10', aliases: ['K10'], min: 0, max: 100 }]).patterns.slice(MEASURE_PATTERNS.length)].flatMap((p) => [p.re, p.name]);
