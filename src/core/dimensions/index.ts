// The clinical catalog: the three headline dimensions first, then the rest of DIMENSIONS.md.
import type { Dimension } from './types.js';
import { biasSafeguards } from './bias-safeguards.js';
import { ecologicalFactors } from './ecological-factors.js';
import { goals } from './goals.js';
import { extraDimensions } from './catalog-extra.js';

export const catalog: Dimension[] = [biasSafeguards, ecologicalFactors, goals, ...extraDimensions];

export function dimensionById(id: string, extra: Dimension[] = []): Dimension | undefined {
  return extra.find((d) => d.id === id) ?? catalog.find((d) => d.id === id);
}

export type { Dimension, SubItem, Trigger, NegationMode } from './types.js';
