// Where a note says what is to come rather than what happened: its plan. "Client will stay for coffee hour one Sunday
// this week" and "Aldi exposure by Fri." are targets; a count or a rating there measures nothing yet. The goal
// statements (found by the measurable-goals rule) are the other half of a note's targets; lint.ts joins the two.
import { toSource, type Analysis } from './analysis.js';
import { afterLabel } from './assess.js';
import { catalog } from '../dimensions/index.js';
import type { OffsetRange } from '../types.js';

/** A format's one-letter head ("P:", "## P"), which PIRP and PAIP also use for Problem: only the last one is the plan. */
const LETTER = /^=?[A-Z]$/;

/**
 * The plan's text: each section or labelled entry the plan dimension heads, less those that also head `own` (a
 * "## Plan / Progress" section holds both). A label alone on its line ("**Plan:**") heads the list below it.
 */
export function planRanges(a: Analysis, own: readonly string[]): OffsetRange[] {
  const heads = catalog.find((d) => d.id === 'plan')?.headings ?? [];
  const out: { range: OffsetRange; letter: boolean }[] = [];
  const kind = (title: string, matches: (h: string) => boolean) => {
    if (own.some(matches)) return undefined;
    const hit = heads.filter(matches);
    if (!hit.length) return undefined;
    return { letter: hit.every((h) => LETTER.test(h)) && title.trim().length <= 2 };
  };
  for (const s of a.note.sections) {
    if (s.isTitle) continue;
    const k = kind(s.title, (h) => a.headingMatches(s, h));
    if (k) out.push({ range: { start: s.heading.end, end: ruledOff(a.note.text, s.heading.end, s.extent.end) }, letter: k.letter });
  }
  const blocks = a.note.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.label || b.quoted || b.kind === 'tableCell' || b.kind === 'heading') continue;
    const k = kind(b.label, (h) => a.titleMatches(b.label!, h));
    if (!k) continue;
    let end = b.range.end;
    if (!b.content) {
      for (let j = i + 1; j < blocks.length; j++) {
        const n = blocks[j];
        // (An item's own label is part of the list: "- Next: phone session next week".)
        if (n.kind === 'heading' || (n.label && n.kind !== 'listItem') || n.section !== b.section) break;
        end = n.range.end;
      }
    }
    out.push({ range: { start: afterLabel(a, b), end }, letter: k.letter });
  }
  // "**P:** Problem ... **P:** Plan": a letter heads the plan only where no later one does.
  const lastLetter = out.reduce((m, r) => (r.letter ? Math.max(m, r.range.start) : m), -1);
  return out.filter((r) => !r.letter || r.range.start === lastLetter).map((r) => r.range);
}

/** A rule ("---") under the last section sets off what follows it (the signature and the session's date) from it. */
const RULE = /[\r\n][ \t]{0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*(?=[\r\n])/g;
function ruledOff(text: string, start: number, end: number): number {
  RULE.lastIndex = start;
  const m = RULE.exec(text);
  return m && m.index < end ? m.index : end;
}

/** "Reviewed tx plan Goal 1: client will reduce panic attacks to 1 or fewer per week": a goal quoted in a sentence. */
// ("Treatment goal (from 9/22 plan): Callum will ...": where the goal comes from, in brackets before the colon.)
const QUOTED_GOAL = /\b(?:goal|objective|obj|stg|ltg)[ \t]*(?:#[ \t]*)?(?:\d{1,3}[a-z]?[ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?[:–—-][ \t]*(?:the[ \t]+)?[a-z]{2,20}[ \t]+will\b[^.;\n]*/gi;
/** "Addressed tx plan goal #1 (reduce daily worry to < 1 hr/day per worry log by 6/1/25)": the goal in brackets. */
const GOAL_ASIDE = /\b(?:goal|objective|obj)[ \t]*(?:#[ \t]*)?\d{1,3}[a-z]?[ \t]*\([^()\n]{10,240}\)/gi;

const quotedOf = new WeakMap<Analysis, OffsetRange[]>();

/**
 * Goals a progress note quotes inside its sentences, where the measurable-goals rule (which judges the goals a note
 * sets) does not look: their counts and dates are targets too.
 */
export function quotedGoals(a: Analysis): OffsetRange[] {
  // Once per lint: every dimension with sub-items kept out of the targets asks.
  const known = quotedOf.get(a);
  if (known) return known;
  const out: OffsetRange[] = [];
  quotedOf.set(a, out);
  for (const u of a.units) {
    for (const re of [QUOTED_GOAL, GOAL_ASIDE]) {
      re.lastIndex = 0;
      for (let m = re.exec(u.flat); m; m = re.exec(u.flat)) out.push({ start: toSource(u.block, m.index), end: toSource(u.block, m.index + m[0].length) });
    }
  }
  return out;
}
