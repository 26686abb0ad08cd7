// Standard outcome measures as data: how each is written, and the range of a valid total. A score outside the range
// is not taken (it is more likely a date, an item score or a typo than the measure's total).
export interface MeasureDef {
  id: string;
  name: string;
  /** Ways of writing the name, as a regular expression source (no groups). */
  names: string;
  min: number;
  max: number;
}

export const MEASURES: MeasureDef[] = [
  { id: 'phq-9', name: 'PHQ-9', names: 'PHQ[- ]?9', min: 0, max: 27 },
  { id: 'gad-7', name: 'GAD-7', names: 'GAD[- ]?7', min: 0, max: 21 },
  { id: 'pcl-5', name: 'PCL-5', names: 'PCL[- ]?5', min: 0, max: 80 },
  { id: 'audit', name: 'AUDIT', names: 'AUDIT(?![- ]?C)', min: 0, max: 40 },
  { id: 'ors', name: 'ORS', names: 'ORS', min: 0, max: 40 },
  { id: 'srs', name: 'SRS', names: 'SRS', min: 0, max: 40 },
];

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
