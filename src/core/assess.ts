// Decides, for one dimension in one note: addressed (by a section with content or by enough sub-items in the
// text), unfilled (its section holds only template text), or missing; and which sub-items are covered.
import type { Analysis, Hit } from './analysis.js';
import type { Dimension } from './dimensions/types.js';
import type { Section } from './note.js';
import type { DimensionStatus } from './types.js';

export interface Assessment {
  dimension: Dimension;
  status: DimensionStatus;
  via?: 'heading' | 'text';
  /** The section that holds (or should hold) the dimension, when a heading matches it. */
  section?: Section;
  covered: string[];
  missing: string[];
  evidence: Map<string, Hit>;
}

export function assess(a: Analysis, d: Dimension): Assessment {
  const sections = a.note.sections.filter((s) => !s.isTitle && d.headings.some((h) => a.headingMatches(s, h)));
  const withContent = sections.find((s) => a.sectionHasContent[s.index]);
  const evidence = new Map<string, Hit>();
  const covered: string[] = [];
  const missing: string[] = [];
  for (const item of d.subItems) {
    const hit = a.find(item.cues, item.patterns, d.negation ?? 'any');
    if (hit) {
      evidence.set(item.id, hit);
      covered.push(item.id);
    } else missing.push(item.id);
  }
  let status: DimensionStatus;
  let via: Assessment['via'];
  if (withContent) {
    status = 'addressed';
    via = 'heading';
  } else if (covered.length >= d.threshold && d.threshold > 0 && (d.requires ?? []).every((r) => covered.includes(r))) {
    status = 'addressed';
    via = 'text';
  } else status = sections.length ? 'unfilled' : 'missing';
  return { dimension: d, status, via, section: withContent ?? sections[0], covered, missing, evidence };
}
