// lint(text) -> findings: one parse, one analysis, then every rule reads the same Note.
import { Analysis } from './read/analysis.js';
import { goalDepth, goalTargets } from './rules/measurable-goals.js';
import { planRanges, quotedGoals } from './read/targets.js';
import { assess, type Assessment } from './read/assess.js';
import type { Dimension } from './dimensions/types.js';
import { applyDirectives } from './note/directives.js';
import type { DimensionReport, LintOptions, LintResult } from './lint-types.js';
import { parseNote } from './note/parse.js';
import type { Block, Note } from './note/note.js';
import { chooseProfile } from './profiles/infer.js';
import { profilesFor } from './profiles/index.js';
import { registeredRules } from './rules/index.js';
import type { Finding, Severity } from './types.js';
import type { RuleContext } from './rules/types.js';
import { wholeRange } from './note/text.js';
import { languageFor } from './read/language.js';
import { notePrints, type NotePrints } from './copied/prints.js';
import { stopIf } from './work.js';
import { noteTerms, readNote, secondOpinion, type NoteReading } from './read/second-opinion.js';

/** lint() ran past LintOptions.deadline: the note took too long, which says nothing about the note itself. */
export class LintTimeout extends Error {
  constructor() {
    super('lint ran past its deadline');
    this.name = 'LintTimeout';
  }
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config;
  const deadline = options.deadline;
  // Between stages only: a stage cannot be interrupted, so this bounds a lint that is slow over many stages.
  const check = () => {
    if (deadline !== undefined && performance.now() > deadline) throw new LintTimeout();
    stopIf(options.shouldStop);
  };
  check();
  // The word lists this config reads with (built in, plus its `language`), compiled once per config.
  const language = languageFor(config);
  const note = parseNote(text, { ...options.parse, placeholder: language.isPlaceholder });
  check();
  const analysis = new Analysis(note, language);
  const types = profilesFor(config);
  const choice = chooseProfile(note, analysis, options.type, config?.defaultType, types);
  check();
  const profile = choice.profile;
  // An empty file (a note just created, nothing written yet) has nothing to be incomplete about.
  const all = /\S/.test(text) ? registeredRules(config) : [];
  const only = options.only;
  const rules = only ? all.filter((r) => only.includes(r.id)) : all;
  const dims = new Map<string, Dimension>();
  for (const r of rules) if (r.dimension) dims.set(r.id, r.dimension);

  const assessments = new Map<string, Assessment>();
  const reports: DimensionReport[] = [];
  const findings: Finding[] = [];
  // What every rule's context holds, whichever rule it is.
  const shared = { note, analysis, profile, assessments, dimensions: dims, profiles: types, findings };
  // The rules that apply to this note (level not off), for reports that list what was checked (JUnit).
  const applied: string[] = [];
  // One loop over the registry: each rule's level in this note, its dimension's assessment, then its check. The
  // dimensions come first, so a rule that reads another's assessment finds it.
  let prints: NotePrints | undefined;
  // The note as the second opinion reads it: once, and only when the rules find a dimension missing.
  let reading: NoteReading | undefined;
  for (const rule of rules) {
    const lv = rule.levelIn(analysis, profile, config);
    if (lv.level === 'off') continue;
    // A rule over the caseload: this note's part is its fingerprints, when the caller runs the pass over all notes.
    if (rule.crossNote) {
      if (!options.fingerprints) continue;
      check();
      prints = notePrints(note, options.path, lv.level, lv.options);
    }
    applied.push(rule.id);
    const d = rule.dimension;
    if (d) {
      check();
      const targets = d.subItems.some((s) => s.notInTargets) ? [...goalTargets({ ...shared, severity: 'info', options: {}, report: () => {} }), ...planRanges(analysis, d.headings), ...quotedGoals(analysis)] : undefined;
      const as = assess(analysis, d, profile, targets, lv.sign);
      if (d.depth && as.status === 'addressed' && (lv.level === 'warning' || lv.level === 'error')) {
        judgeDepth(as, { ...shared, severity: lv.level, options: lv.options, report: () => {} });
      }
      if (as.status === 'missing' && config?.secondOpinion !== false) withdraw(as, (reading ??= readNote(noteTerms(writtenText(note)))));
      assessments.set(d.id, as);
      reports.push({
        id: d.id,
        title: d.title,
        why: d.why,
        level: lv.level,
        status: as.status,
        via: as.via,
        section: as.section?.index,
        covered: as.covered,
        missing: as.missing,
        labels: Object.fromEntries(d.subItems.map((s) => [s.id, s.label])),
        trigger: lv.trigger,
        ...(as.second && { secondOpinion: { missing: as.second.missing, words: as.second.words } }),
      });
    }
    check();
    const level = lv.level;
    rule.check({
      ...shared,
      severity: level as Severity,
      options: lv.options,
      report: (f) => findings.push({ ...f, ruleId: rule.id, severity: f.severity ?? (level as Severity) }),
    });
  }

  check();
  const kept = applyDirectives(note, findings.map((f) => whole(text, f))).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return {
    note,
    profile,
    typeSource: choice.source,
    findings: kept,
    dimensions: withoutDisabled(note, reports),
    rules: withoutDisabledRules(note, applied),
    ...(prints ? { prints } : {}),
  };
}

/** A finding whose range and edits split no CRLF or surrogate pair (see wholeRange). */
function whole(text: string, f: Finding): Finding {
  const range = wholeRange(text, f.range);
  const edits = f.fix?.edits.map((e) => {
    const r = wholeRange(text, e.range);
    return r === e.range ? e : { ...e, range: r };
  });
  if (range === f.range && (!f.fix || edits!.every((e, i) => e === f.fix!.edits[i]))) return f;
  return { ...f, range, ...(f.fix && { fix: { ...f.fix, edits: edits! } }) };
}

/**
 * The learned second opinion may take back a "missing" the rules raised on a dimension the note does tell something
 * of, where notes worded like this one were usually not flagged by the supervisors who labelled Clinote's notes: it
 * judges how much is enough, never whether anything is there. It raises no finding of its own and never touches an
 * unfilled section. Measured on sets written after it was fitted, adding findings cost more wrong ones than it found
 * (README, "Third session of 2026-12-05").
 */
function withdraw(as: Assessment, reading: NoteReading): void {
  // Where the note holds nothing of the dimension, there is no reading to judge: the rules' finding stands.
  if (!as.covered.length && !as.section) return;
  const o = secondOpinion(as.dimension.id, reading, true);
  if (!o || o.missing) return;
  as.second = o;
  as.status = 'addressed';
}

/**
 * What the clinician wrote, as the second opinion reads it: the front matter's filled fields, the headings of sections
 * that hold writing, and every block that says something. Template prompts, labels waiting for an answer and empty
 * fields are left out, so a template a quick-fix just inserted cannot change its reading (fix-all stays idempotent).
 */
function writtenText(note: Note): string {
  const parts: string[] = [];
  const fm = note.frontMatter;
  if (fm) {
    for (const line of note.text.slice(fm.range.start, fm.range.end).split('\n')) {
      const colon = line.indexOf(':');
      const value = colon < 0 ? line : line.slice(colon + 1).trim();
      if (value && value !== '""' && value !== "''") parts.push(line);
    }
  }
  // A block holding only a label and prompts, or only a comment, is a template's; so is the heading over a section
  // that holds nothing else.
  const template = (b: Block) => !b.content && (b.prompts.length > 0 || b.kind === 'html');
  const asks = new Set(note.blocks.filter(template).map((b) => b.section));
  for (const b of note.blocks) {
    if (template(b)) continue;
    if (b.kind === 'heading' && asks.has(b.section) && !note.sections[b.section]?.hasContent) continue;
    parts.push(b.text);
  }
  return parts.join('\n');
}

/** Goals written but none measurable and none naming the plan's goal: the dimension's depth is missing. */
function judgeDepth(as: Assessment, ctx: RuleContext): void {
  // A section still holding the template's questions (its measure, its time frame) waits for the clinician.
  const sec = as.section?.extent;
  if (sec && ctx.note.prompts.some((p) => p.range.start >= sec.start && p.range.start < sec.end)) return;
  const g = goalDepth(ctx);
  if (g.goals > 0 && g.measurable === 0 && g.references === 0) {
    as.status = 'missing';
    as.shallow = { statements: g.goals };
  }
}

/** Whether a `clinote-disable-file` comment turns a rule off for the whole note; undefined when none does. */
function disabledForFile(note: Note): ((id: string) => boolean) | undefined {
  const off = note.directives.filter((d) => d.kind === 'disable-file');
  if (!off.length) return undefined;
  const all = off.some((d) => !d.rules.length);
  return (id) => all || off.some((d) => d.rules.includes(id));
}

/** The applied rules less those turned off for the whole note. */
function withoutDisabledRules(note: Note, ids: string[]): string[] {
  const off = disabledForFile(note);
  return off ? ids.filter((id) => !off(id)) : ids;
}

/** A dimension the clinician turned off for the whole note (`clinote-disable-file`) is not expected of it either. */
function withoutDisabled(note: Note, reports: DimensionReport[]): DimensionReport[] {
  const off = disabledForFile(note);
  return off ? reports.map((r) => (off(r.id) ? { ...r, level: 'off' } : r)) : reports;
}
