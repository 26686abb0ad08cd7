// The editor's one lint pipeline: live linting (LintService) and Lint Workspace both lint a note through
// lintDocument, so that a note gets the same diagnostics either way. The config is found, the clinote.* settings are
// merged into it once, the lint runs where the client runs it, severity settings apply once, and the diagnostics'
// positions come from the Note's own line index (see lint-outcome.ts).
import type * as vscode from 'vscode';
import { emptyConfig, isIgnored, matchDismissals, type Dismissed, type ResolvedConfig, type Severity } from '../core/index.js';
import type { ConfigCache, LoadedConfig } from './configs.js';
import type { NoteDismissals } from './dismissals.js';
import { FindingDiagnostic, SEVERITY, toDiagnostics } from './diagnostics.js';
import { LintCancelled, LintTimeout, type LintClient } from './lint-client.js';
import type { LintOutcome, PlacedFinding } from './lint-outcome.js';
import { settingsFor, type Settings } from './settings.js';

/** Bigger notes are skipped: a session note is a few KB, and the editor must never stall. */
export const MAX_NOTE_CHARS = 1_000_000;

/** A note to lint: an open document's text, or a file's. */
export interface NoteSource {
  uri: vscode.Uri;
  text: string;
  /** An untitled note has no path: its config comes from the first workspace folder, and no ignore glob applies. */
  isUntitled: boolean;
}

/** What the pipeline runs on. */
export interface LintDeps {
  configs: ConfigCache;
  client: LintClient;
  log: vscode.OutputChannel;
  /** Where a rule id's diagnostic links. */
  docsUri(ruleId: string, config?: ResolvedConfig): vscode.Uri;
  /** The note's dismissals (`.clinote/dismissed.json`); none when absent. */
  dismissals?: { forNote(uri: vscode.Uri): Promise<NoteDismissals | undefined> };
}

/** A finding dismissed for the note, with the words it was on (for a finding on words), as the coverage view lists it. */
export type DismissedFinding = Dismissed<PlacedFinding> & { words?: string };

export interface LintDocumentOptions {
  signal?: AbortSignal;
  /** Asked after each wait: once false (the note changed or closed), the result is dropped. */
  current?(): boolean;
  /** Told the config before the lint runs (the live service shows its problems on the config files). */
  onConfig?(loaded: LoadedConfig): void;
  /** Give the note's copied-text fingerprints (LintOutcome.prints): Lint Workspace compares the notes after. */
  fingerprints?: boolean;
}

export type DocumentLint =
  | {
      kind: 'linted';
      outcome: LintOutcome;
      /** The findings shown: severity settings applied, `off` and dismissed ones left out; diagnostics[i] is findings[i]. */
      findings: PlacedFinding[];
      /** The findings the note's dismissals silence. */
      dismissed: DismissedFinding[];
      diagnostics: FindingDiagnostic[];
      /** How long the lint took (with any wait for a worker that was still starting). */
      ms: number;
      /** How long finding and reading the config took before it. */
      configMs: number;
    }
  | { kind: 'skipped'; message: string }
  | { kind: 'timeout'; budget: number }
  /** Superseded (no longer current, or cancelled before it ran). */
  | { kind: 'stale' }
  /** The lint failed; the log says why (never with the note's text). */
  | { kind: 'failed' };

export async function lintDocument(note: NoteSource, deps: LintDeps, opts: LintDocumentOptions = {}): Promise<DocumentLint> {
  const current = opts.current ?? (() => true);
  if (note.text.length > MAX_NOTE_CHARS) {
    return current() ? { kind: 'skipped', message: `Clinote skipped this note: it is larger than ${MAX_NOTE_CHARS / 1e6} MB.` } : { kind: 'stale' };
  }
  // Read alongside the config: the first lint of a note waits for both files at once, not one after the other.
  const dismissals = note.isUntitled
    ? undefined
    : deps.dismissals?.forNote(note.uri).catch((e: Error) => void deps.log.appendLine(`dismissals: ${e.message}`));
  deps.client.prepare?.();
  let loaded: LoadedConfig | undefined;
  const t0 = Date.now();
  try {
    loaded = await deps.configs.forNote(note);
    if (loaded) opts.onConfig?.(loaded);
  } catch (e) {
    deps.log.appendLine(`config: ${(e as Error).message}`);
  }
  // The note may have changed while the config was read: a newer request owns the result then.
  if (!current()) return { kind: 'stale' };
  if (loaded && !note.isUntitled && isIgnored(loaded.config.ignore, note.uri.path)) {
    return { kind: 'skipped', message: 'Clinote: this file is ignored by the config file.' };
  }
  const s = settingsFor(note.uri);
  let outcome: LintOutcome;
  const t1 = Date.now();
  try {
    outcome = await deps.client.lint(note.text, { config: withSettings(loaded?.config, s), path: note.isUntitled ? undefined : note.uri.path, ...(opts.fingerprints ? { fingerprints: true } : {}) }, s.timeBudget, opts.signal);
  } catch (e) {
    if (e instanceof LintTimeout) return { kind: 'timeout', budget: s.timeBudget };
    if (e instanceof LintCancelled) return { kind: 'stale' };
    // Never the note's text in the log: notes are health records.
    deps.log.appendLine(`lint failed: ${(e as Error).stack ?? e}`);
    return { kind: 'failed' };
  }
  const ms = Date.now() - t1;
  if (!current()) return { kind: 'stale' };
  const shown = withSeverities(outcome.findings, s.severity);
  const entries = (await dismissals)?.entries ?? [];
  if (!current()) return { kind: 'stale' };
  const { kept: findings, dismissed } = matchDismissals(shown, note.text, entries);
  // A rule turned off in the settings is not expected of the note: it leaves the status bar count and coverage view.
  const off = (id: string) => s.severity[id] === 'off';
  if (outcome.dimensions.some((d) => off(d.id))) outcome = { ...outcome, dimensions: outcome.dimensions.map((d) => (off(d.id) ? { ...d, level: 'off' } : d)) };
  return {
    kind: 'linted',
    outcome,
    findings,
    // The start of the words is enough for the view, which shows 40 characters.
    dismissed: dismissed.map((d) => (d.finding.status ? d : { ...d, words: note.text.slice(d.finding.range.start, Math.min(d.finding.range.end, d.finding.range.start + 200)) })),
    diagnostics: toDiagnostics(findings, (id) => deps.docsUri(id, loaded?.config)),
    ms,
    configMs: t1 - t0,
  };
}

/** The defaultType setting, for notes whose config files name none. */
function withSettings(config: ResolvedConfig | undefined, s: Settings): ResolvedConfig | undefined {
  return s.defaultType && !config?.defaultType ? { ...(config ?? emptyConfig()), defaultType: s.defaultType } : config;
}

/** The clinote.severity setting: a level per rule id over what the config says; `off` hides the rule's findings. */
function withSeverities(findings: PlacedFinding[], levels: Settings['severity']): PlacedFinding[] {
  return findings.flatMap((f) => {
    const level = levels[f.ruleId];
    if (level === 'off') return [];
    return level && level in SEVERITY ? [{ ...f, severity: level as Severity }] : [f];
  });
}
