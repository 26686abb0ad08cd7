// A learned second opinion on the dimensions' "missing" decisions (on by default; `"secondOpinion": false` turns it off).
// Per dimension, a logistic regression over the words and word pairs of the note and the rules' own decision, fitted
// by scripts/research/learned-gate.py on the labelled sets' first runs (docs/configuration.md, "The learned second opinion"); its
// weights are data in language/second-opinion.ts. It says where the rules' reading usually differs from a
// supervisor's, and names the words that weighed most, so that the clinician can judge it.
import { SECOND_OPINION } from '../language/second-opinion.js';

export interface SecondOpinionModel {
  /** Which sets it was fitted on: only later sets measure it (README, scripts/accuracy.ts --second-opinion). */
  trainedOn: string;
  /** "Missing" when the probability is above this. */
  threshold: number;
  /** The rules' decision (1 missing, 0 not) enters multiplied by this. */
  ruleScale: number;
  dimensions: Record<string, { intercept: number; rule: number; rows: number; words: Record<string, number> }>;
}

export interface SecondOpinion {
  /** Whether it reads the dimension as missing. */
  missing: boolean;
  probability: number;
  /** The note's words that weighed most toward its reading, heaviest first (at most three). */
  words: string[];
}

/** A word as the model was fitted on it: two or more letters, not joined to a digit, a letter or an underscore. */
const WORD = /(?<![\p{L}\p{N}_])\p{L}{2,}(?![\p{L}\p{N}_])/gu;

/** The note's words and pairs of neighbouring words (lower case), as the model reads them. Linear in the text. */
export function noteTerms(text: string): Set<string> {
  const out = new Set<string>();
  let last: string | undefined;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    out.add(w);
    if (last) out.add(`${last} ${w}`);
    last = w;
  }
  return out;
}

/** Each term's weights, by dimension: one look-up per term of the note serves every dimension. */
const indexes = new WeakMap<SecondOpinionModel, Map<string, [string, number][]>>();
function indexOf(model: SecondOpinionModel): Map<string, [string, number][]> {
  let index = indexes.get(model);
  if (index) return index;
  index = new Map();
  for (const [dim, m] of Object.entries(model.dimensions)) {
    for (const [w, weight] of Object.entries(m.words)) {
      const list = index.get(w);
      if (list) list.push([dim, weight]);
      else index.set(w, [[dim, weight]]);
    }
  }
  indexes.set(model, index);
  return index;
}

/** A note as the model reads it: per dimension, the terms of the note it weighs. */
export type NoteReading = Map<string, [string, number][]>;

/** Reads a note's terms once for every dimension. */
export function readNote(terms: Iterable<string>, model: SecondOpinionModel = SECOND_OPINION): NoteReading {
  const index = indexOf(model);
  const out: NoteReading = new Map();
  for (const t of terms) {
    for (const [dim, weight] of index.get(t) ?? []) {
      const list = out.get(dim);
      if (list) list.push([t, weight]);
      else out.set(dim, [[t, weight]]);
    }
  }
  return out;
}

/**
 * Its reading of one dimension, given the note's reading and whether the rules found it missing; undefined for a
 * dimension it was not fitted on (too few labelled notes, or an agency's own).
 */
export function secondOpinion(dimension: string, reading: NoteReading, ruleMissing: boolean, model: SecondOpinionModel = SECOND_OPINION): SecondOpinion | undefined {
  const m = model.dimensions[dimension];
  if (!m) return undefined;
  const present = reading.get(dimension) ?? [];
  let z = m.intercept + (ruleMissing ? m.rule * model.ruleScale : 0);
  for (const [, weight] of present) z += weight;
  const probability = 1 / (1 + Math.exp(-z));
  const missing = probability > model.threshold;
  // The words that pushed toward its reading: toward missing when it reads missing, toward addressed otherwise.
  const words = present
    .filter(([, w]) => (missing ? w > 0 : w < 0))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 3)
    .map(([w]) => w);
  return { missing, probability, words };
}
