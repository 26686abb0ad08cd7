// What the editor keeps of a lint. Plain data, so that it crosses a worker boundary (structured clone) unchanged: the
// Note itself holds the whole text and a LineIndex (a class), which the editor does not need. Positions are read from
// that LineIndex here, where the Note is, so that no side builds a second index of the text.
import { packPrints, reportReview, sessionOf } from '../core/index.js';
import type { DimensionReport, Directive, Finding, LintResult, NotePrints, OffsetRange, Position, Profile, ReportReview, ReportSession, Section } from '../core/index.js';

/** A finding with its range also as 0-based lines and UTF-16 characters, as VS Code counts them. */
export interface PlacedFinding extends Finding {
  at: { start: Position; end: Position };
}

export interface LintOutcome {
  profile: Pick<Profile, 'id' | 'title' | 'short' | 'family'>;
  typeSource: LintResult['typeSource'];
  findings: PlacedFinding[];
  dimensions: DimensionReport[];
  /** Its date, client and clinician, and its review status (the caseload report groups and dates notes by them). */
  session: ReportSession;
  review?: ReportReview;
  /** What the code actions and the coverage view read of the note. */
  note: {
    frontMatter?: { range: OffsetRange };
    bodyStart: number;
    directives: Directive[];
    sections: Pick<Section, 'title' | 'level' | 'heading'>[];
  };
  /** Asked for by Lint Workspace: the note's copied-text fingerprints (numbers, no text), packed (packPrints). */
  prints?: NotePrints;
}

/** `path`: the note's, which may give its date (an untitled note has none). */
export function outcomeOf(r: LintResult, path = ''): LintOutcome {
  const { id, title, short, family } = r.profile;
  const n = r.note;
  const review = reportReview(n);
  return {
    profile: { id, title, short, family },
    typeSource: r.typeSource,
    findings: r.findings.map((f) => ({ ...f, at: { start: n.lines.position(f.range.start), end: n.lines.position(f.range.end) } })),
    dimensions: r.dimensions,
    session: sessionOf(n, path),
    ...(review ? { review } : {}),
    note: {
      frontMatter: n.frontMatter && { range: n.frontMatter.range },
      bodyStart: n.bodyStart,
      directives: n.directives,
      sections: n.sections.map((s) => ({ title: s.title, level: s.level, heading: s.heading })),
    },
    // Packed where they are made (the worker): they cross to the host as one block of bytes a note, and the host
    // keeps them so for as long as Lint Workspace's index lives (2 bytes a number, not 8 and an array a block).
    ...(r.prints ? { prints: packPrints(r.prints) } : {}),
  };
}
