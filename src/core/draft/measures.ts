// Standard outcome measures as data: how each is written, the range of a valid total, and the instrument's published
// severity bands (shaded on the draft's charts). A score outside the range is not taken (it is more likely a date, an
// item score or a typo than the measure's total).
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

export const MEASURES: MeasureDef[] = [
  {
    id: 'phq-9', name: 'PHQ-9', names: 'PHQ[- ]?9', min: 0, max: 27,
    bands: [band(0, 4, 'minimal', 0), band(5, 9, 'mild', 1), band(10, 14, 'moderate', 2), band(15, 19, 'moderately severe', 3), band(20, 27, 'severe', 4)],
    source: 'Kroenke, Spitzer & Williams 2001',
  },
  {
    id: 'gad-7', name: 'GAD-7', names: 'GAD[- ]?7', min: 0, max: 21,
    bands: [band(0, 4, 'minimal', 0), band(5, 9, 'mild', 1), band(10, 14, 'moderate', 2), band(15, 21, 'severe', 4)],
    source: 'Spitzer et al. 2006',
  },
  {
    // One cut-off, given as a range: 31-33 suggests probable PTSD (National Center for PTSD).
    id: 'pcl-5', name: 'PCL-5', names: 'PCL[- ]?5', min: 0, max: 80,
    bands: [band(0, 30, 'below the cut-off', 0), band(31, 33, 'cut-off range', 2), band(34, 80, 'probable PTSD', 3)],
    source: 'National Center for PTSD, PCL-5 scoring (Bovin et al. 2016)',
  },
  {
    id: 'audit', name: 'AUDIT', names: 'AUDIT(?![- ]?C)', min: 0, max: 40,
    bands: [band(0, 7, 'low risk', 0), band(8, 15, 'increasing risk', 1), band(16, 19, 'higher risk', 3), band(20, 40, 'possible dependence', 4)],
    source: 'WHO AUDIT manual, zones I-IV, Babor et al. 2001',
  },
  {
    // Higher is better: below the clinical cut-off (25 for adults) is the range of concern. Scored to a tenth.
    id: 'ors', name: 'ORS', names: 'ORS', min: 0, max: 40,
    bands: [band(0, 24.9, 'clinical range', 2), band(25, 40, 'non-clinical range', 0)],
    source: 'Miller, Duncan et al. 2003',
  },
  {
    // Higher is better: below 36 the alliance is worth talking about with the client.
    id: 'srs', name: 'SRS', names: 'SRS', min: 0, max: 40,
    bands: [band(0, 35.9, 'alliance concern', 2), band(36, 40, 'good alliance', 0)],
    source: 'Duncan, Miller et al. 2003',
  },
];

/** A measure's definition by its name as gathered ("PHQ-9"). */
export function measureDef(name: string): MeasureDef | undefined {
  return MEASURES.find((m) => m.name === name);
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
const SCORE = '(\\d{1,2}(?:\\.\\d)?)(?!\\d|[.-]\\d)';

/** Each measure with its compiled pattern: the name as a whole word (capitals only: "ors" is no measure), then a score. */
export const MEASURE_PATTERNS = MEASURES.map((m) => ({ def: m, re: new RegExp(`\\b(?:${m.names})\\b${BETWEEN}${SCORE}`, 'g'), name: new RegExp(`^(?:${m.names})(?: total| score)?$`) }));

export interface ScoreHit {
  measure: MeasureDef;
  score: number;
  /** Offset in the text searched. */
  index: number;
}

/** The measure scores written in one piece of text. */
export function scoresIn(text: string): ScoreHit[] {
  const out: ScoreHit[] = [];
  for (const { def, re } of MEASURE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const score = Number(m[1]);
      if (score >= def.min && score <= def.max) out.push({ measure: def, score, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The measure a table header or first cell names ("PHQ-9", "GAD-7 score"), if any. */
export function measureNamed(text: string): MeasureDef | undefined {
  const t = text.trim();
  return MEASURE_PATTERNS.find((p) => p.name.test(t))?.def;
}

/** What this module builds, for the regex-safety test. */
export const builtRegexes = MEASURE_PATTERNS.flatMap((p) => [p.re, p.name]);
