// Checks the measures a config declares beyond the schema's reach (a name that is a standard measure or declared
// twice, a range given by half, bands that overlap, leave a gap or do not cover the range), and merges the files of
// an `extends` chain. Compiled for reading by draft/measures.ts.
import type { MeasureConfig } from './types.js';
import type { Report } from './load.js';
import type { JsonPath } from './parse.js';
import { placeName } from './validate.js';
import { excerpt } from './excerpt.js';
import { measureKey, standardMeasureNamed } from '../draft/measures.js';

/** As validation left it: entries it dropped are `undefined` holes (so that indexes still point into the file). */
type Written = (MeasureConfig | undefined)[];

/** The declarations that can be read; each one that cannot is reported at its place and left out whole. */
export function checkMeasures(written: Written | undefined, report: Report): MeasureConfig[] | undefined {
  if (!written) return undefined;
  const out: MeasureConfig[] = [];
  const declared = new Map<string, number>();
  written.forEach((m, i) => {
    if (m === undefined) return;
    const at = (...p: JsonPath) => ['measures', i, ...p];
    const problem = (path: JsonPath, message: string) => (report(path, false, message), false);
    const nameOk = (name: string, path: JsonPath): boolean => {
      if (!/\p{L}/u.test(name)) return problem(path, `${excerpt(name)} has no letter: a measure's name is words, such as K10 or Sleep quality`);
      const standard = standardMeasureNamed(name);
      if (standard) return problem(path, `${excerpt(name)} is the standard measure ${standard}, which Clinote reads without a declaration; remove it`);
      const earlier = declared.get(measureKey(name));
      if (earlier !== undefined) return problem(path, `${excerpt(name)} is declared already, by ${placeName(['measures', earlier])}`);
      return true;
    };
    if (!nameOk(m.name, at('name'))) return;
    const aliases = (m.aliases ?? []).filter((a, k) => a !== undefined && (measureKey(a) === measureKey(m.name) || nameOk(a, at('aliases', k))));
    if (!rangeOk(m, at, problem)) return;
    for (const n of [m.name, ...aliases]) declared.set(measureKey(n), i);
    out.push({
      name: m.name.trim(),
      ...(aliases.length && { aliases }),
      ...(m.min !== undefined && { min: m.min, max: m.max }),
      ...(m.bands && { bands: m.bands }),
      ...(m.source !== undefined && { source: m.source }),
    });
  });
  return out.length ? out : undefined;
}

/** Both ends of the range or neither; bands in order, without overlap or gap, covering the range. */
function rangeOk(m: MeasureConfig, at: (...p: JsonPath) => JsonPath, problem: (path: JsonPath, message: string) => boolean): boolean {
  if ((m.min === undefined) !== (m.max === undefined)) {
    return problem(at(m.min === undefined ? 'max' : 'min'), `${placeName(at())} gives ${m.min === undefined ? 'max but not min' : 'min but not max'}: give both ends of the range, or neither`);
  }
  if (m.min !== undefined && m.max! <= m.min) return problem(at('max'), `${placeName(at('max'))} (${m.max}) must be above min (${m.min})`);
  const bands = m.bands;
  if (!bands) return true;
  // Holes left by validation: a band it dropped makes the others' order meaningless.
  if (bands.some((b) => b === undefined)) return false;
  for (const [k, b] of bands.entries()) {
    const where = placeName(at('bands', k));
    if (b.to < b.from) return problem(at('bands', k), `${where} goes from ${b.from} down to ${b.to}: give its lowest score as from, its highest as to`);
    if (!k) continue;
    const prev = bands[k - 1];
    if (b.from <= prev.to) return problem(at('bands', k, 'from'), `${where} starts at ${b.from}, inside bands[${k - 1}] (${prev.from}-${prev.to}): list the bands from the lowest scores up, without overlap`);
    if (b.from - prev.to > 1) return problem(at('bands', k, 'from'), `${where} starts at ${b.from}, but bands[${k - 1}] ends at ${prev.to}: the bands leave the scores between out; start it at ${prev.to + 1}`);
  }
  if (m.min === undefined) return true;
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first.from !== m.min) return problem(at('bands', 0, 'from'), `${placeName(at('bands', 0))} starts at ${first.from}, the range at ${m.min}: the bands cover the whole range, from min to max`);
  if (last.to !== m.max) return problem(at('bands', bands.length - 1, 'to'), `${placeName(at('bands', bands.length - 1))} ends at ${last.to}, the range at ${m.max}: the bands cover the whole range, from min to max`);
  return true;
}

/** A nearer file's declaration of a name replaces an earlier one, in its place. */
export function mergeMeasures(into: MeasureConfig[] | undefined, next: MeasureConfig[] | undefined): MeasureConfig[] | undefined {
  if (!next) return into;
  if (!into) return next;
  const byKey = new Map(into.map((m) => [measureKey(m.name), m]));
  for (const m of next) byKey.set(measureKey(m.name), m);
  return [...byKey.values()];
}
