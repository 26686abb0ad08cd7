// What the CLI keeps of each linted note until the end of the run. The copied-text pass needs every note's
// fingerprints before any note's report is complete, so the reports wait for it; what waits is kept small: only the
// parts the chosen format reads (formats.ts `reads`), the strings that recur from note to note (rule ids, messages,
// why and source, sub-items: each note's copy comes from a worker thread) kept once. (main.ts packs the fingerprints.)
import type { FileReport, ReportDimension, ReportFinding } from '../core/index.js';
import type { LintJobResult } from './pool.js';
import type { ReportPart } from './formats.js';

const NONE: string[] = [];

export class Retained {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly dimensionStates = new Map<string, ReportDimension>();

  constructor(private readonly reads: ReadonlySet<ReportPart>) {}

  /** A note's report as the run keeps it, from what its lint gave (findings placed, dismissals left out). */
  report(path: string, findings: ReportFinding[], r: LintJobResult | undefined): FileReport {
    return {
      path,
      findings: findings.map((f) => this.finding(f)),
      ...(r?.review ? { review: r.review } : {}),
      ...(r && this.reads.has('rules') && r.rules ? { rules: this.list(r.rules) } : {}),
      ...(r && this.reads.has('dimensions') && r.dimensions ? { dimensions: r.dimensions.map((d) => this.dimension(d)) } : {}),
      ...(r && this.reads.has('session') && r.session ? { session: r.session } : {}),
    };
  }

  private finding(f: ReportFinding): ReportFinding {
    const { fix, ...rest } = f;
    const kept: ReportFinding = {
      ...rest,
      ruleId: this.string(f.ruleId),
      message: this.string(f.message),
      covered: this.list(f.covered),
      missing: this.list(f.missing),
      ...(f.trigger !== undefined ? { trigger: this.string(f.trigger) } : {}),
      ...(f.why !== undefined ? { why: this.string(f.why) } : {}),
      ...(f.source !== undefined ? { source: this.string(f.source) } : {}),
    };
    if (fix && this.reads.has('fix')) kept.fix = fix;
    return kept;
  }

  private string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** A list of strings kept once (the formats only read them). */
  private list(xs: string[]): string[] {
    if (!xs.length) return NONE;
    const key = xs.join('\0');
    const known = this.lists.get(key);
    if (known) return known;
    const list = xs.map((x) => this.string(x));
    this.lists.set(key, list);
    return list;
  }

  private dimension(d: ReportDimension): ReportDimension {
    const key = `${d.id}\0${d.title}\0${d.state}`;
    let known = this.dimensionStates.get(key);
    if (!known) this.dimensionStates.set(key, (known = d));
    return known;
  }
}
