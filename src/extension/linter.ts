// Lints open notes into the Problems panel: throttled while typing, stale results dropped, config problems shown on
// the config file itself so that a broken .clinote.json is never silently ignored.
import * as vscode from 'vscode';
import { emptyConfig, isIgnored, LineIndex, ruleDocsUrl, type ConfigProblem, type Finding, type ResolvedConfig, type Severity } from '../core/index.js';
import { ConfigCache } from './configs.js';
import { LintCancelled, LintTimeout, type LintClient } from './lint-client.js';
import type { LintOutcome } from './lint-outcome.js';
import { LintScheduler } from './scheduler.js';
import { isNote, settingsFor } from './settings.js';

/** Bigger notes are skipped: a session note is a few KB, and the editor must never stall. */
export const MAX_NOTE_CHARS = 1_000_000;

export interface NoteState {
  /** The document linted: an untitled URI can be reused by a new document, so the version alone is not enough. */
  doc?: vscode.TextDocument;
  version: number;
  result?: LintOutcome;
  /** Findings after severity overrides, in the order of the published diagnostics. */
  findings: Finding[];
  /** Why the note has no results: too large, ignored, or out of time. */
  skipped?: string;
  /** The last lint ran out of time on a text this long: typing does not lint again until the note is smaller. */
  timedOut?: { length: number };
}

/** A note must shrink below this share of the length that ran out of time before typing lints it again. */
const SHRINK = 0.9;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The rule pages shipped inside the extension, so a diagnostic's link opens offline in the editor. */
let docsFolder: vscode.Uri | undefined;

export function setDocsFolder(folder: vscode.Uri): void {
  docsFolder = folder;
}

export function docsUri(ruleId: string): vscode.Uri {
  return docsFolder ? vscode.Uri.joinPath(docsFolder, `${ruleId}.md`) : vscode.Uri.parse(ruleDocsUrl(ruleId));
}

export class LintService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('clinote');
  /** Lint Workspace results for notes that are not open; an opened note moves to live results. */
  readonly workspaceDiagnostics = vscode.languages.createDiagnosticCollection('clinote-workspace');
  private readonly configDiagnostics = vscode.languages.createDiagnosticCollection('clinote-config');
  private readonly states = new Map<string, NoteState>();
  /** How long each note's last lint took: a big note waits longer for a pause in typing. */
  private readonly cost = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a note's results (or their absence) changed. */
  readonly onDidLint = this.changed.event;
  readonly scheduler = new LintScheduler<string>((key, isCurrent, signal) => this.run(key, isCurrent, signal));

  constructor(
    readonly configs: ConfigCache,
    private readonly log: vscode.OutputChannel,
    /** Where lints run (a worker on the desktop); Lint Workspace uses it too. */
    readonly client: LintClient,
  ) {}

  state(uri: vscode.Uri): NoteState | undefined {
    return this.states.get(uri.toString());
  }

  /** The results for exactly this version of this document, if they are in. */
  current(doc: vscode.TextDocument): NoteState | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.doc === doc && s.version === doc.version ? s : undefined;
  }

  /** Lint a document now (open, save, config change) or after the typing delay. */
  request(doc: vscode.TextDocument, reason: 'open' | 'change' | 'save' | 'config'): void {
    if (!isNote(doc)) {
      if (this.states.has(doc.uri.toString()) || this.diagnostics.has(doc.uri)) this.forget(doc.uri);
      return;
    }
    const s = settingsFor(doc.uri);
    if (reason === 'change') {
      const key = doc.uri.toString();
      if (s.run === 'onType' && !this.paused(doc)) this.scheduler.schedule(key, Math.max(s.delay, Math.min(2000, 2 * (this.cost.get(key) ?? 0))));
      return;
    }
    void this.scheduler.now(doc.uri.toString());
  }

  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.request(doc, 'config');
  }

  forget(uri: vscode.Uri): void {
    this.scheduler.cancel(uri.toString());
    this.cost.delete(uri.toString());
    this.diagnostics.delete(uri);
    if (this.states.delete(uri.toString())) this.changed.fire(uri);
  }

  /** Whether typing must not lint the note: its last lint ran out of time and it has not shrunk since. */
  private paused(doc: vscode.TextDocument): boolean {
    const t = this.states.get(doc.uri.toString())?.timedOut;
    // The end's offset is the text's length, without copying a large text on every keystroke.
    return !!t && doc.offsetAt(new vscode.Position(doc.lineCount, 0)) >= t.length * SHRINK;
  }

  private async run(key: string, isCurrent: () => boolean, signal: AbortSignal): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!doc || doc.isClosed) return;
    const version = doc.version;
    const text = doc.getText();
    if (text.length > MAX_NOTE_CHARS) {
      if (!isCurrent()) return;
      this.diagnostics.delete(doc.uri);
      this.publish(doc.uri, { doc, version, findings: [], skipped: `Clinote skipped this note: it is larger than ${MAX_NOTE_CHARS / 1e6} MB.` });
      return;
    }
    let config: ResolvedConfig | undefined;
    try {
      const loaded = await this.configs.forNote(doc);
      config = loaded?.config;
      if (loaded) this.showConfigProblems(loaded.config.files, loaded.problems);
    } catch (e) {
      this.log.appendLine(`config: ${(e as Error).message}`);
    }
    // The document may have changed while the config was read: a newer request owns the result then.
    if (!isCurrent() || doc.isClosed || doc.version !== version) return;
    if (config && !doc.isUntitled && isIgnored(config.ignore, doc.uri.path)) {
      this.diagnostics.delete(doc.uri);
      this.publish(doc.uri, { doc, version, findings: [], skipped: 'Clinote: this file is ignored by the config file.' });
      return;
    }
    const s = settingsFor(doc.uri);
    if (s.defaultType && !config?.defaultType) config = { ...(config ?? emptyConfig()), defaultType: s.defaultType };
    let result: LintOutcome;
    try {
      const t0 = Date.now();
      result = await this.client.lint(text, { config, path: doc.isUntitled ? undefined : doc.uri.path }, s.timeBudget, signal);
      this.cost.set(key, Date.now() - t0);
    } catch (e) {
      if (e instanceof LintTimeout) this.pause(doc, text.length, s.timeBudget);
      // Never the note's text in the log: notes are health records.
      else if (!(e instanceof LintCancelled)) this.log.appendLine(`lint failed: ${(e as Error).stack ?? e}`);
      return;
    }
    if (!isCurrent() || doc.isClosed || doc.version !== version) return;
    const findings = result.findings.flatMap((f) => {
      const level = s.severity[f.ruleId];
      if (level === 'off') return [];
      return level && level in SEVERITY ? [{ ...f, severity: level as Severity }] : [f];
    });
    this.diagnostics.set(doc.uri, findings.map((f) => toDiagnostic(doc, f)));
    this.workspaceDiagnostics.delete(doc.uri);
    this.publish(doc.uri, { doc, version, result, findings });
  }

  /**
   * A lint ran out of time: say so once, on the note's first line, and lint the note again only on save, on a
   * config or settings change, or once it is smaller. Reported even when the note changed meanwhile (it is slow
   * either way); lints of it still waiting to run are dropped.
   */
  private pause(doc: vscode.TextDocument, length: number, budget: number): void {
    const key = doc.uri.toString();
    if (doc.isClosed || !this.scheduler.has(key)) return;
    this.scheduler.cancel(key);
    this.cost.set(key, budget);
    const message = timeoutMessage(budget);
    const shown = this.diagnostics.get(doc.uri);
    if (shown?.length !== 1 || shown[0].message !== message) this.diagnostics.set(doc.uri, [timeoutDiagnostic(doc.lineAt(0).range, budget)]);
    this.workspaceDiagnostics.delete(doc.uri);
    this.publish(doc.uri, { doc, version: doc.version, findings: [], skipped: message, timedOut: { length } });
  }

  private publish(uri: vscode.Uri, state: NoteState): void {
    this.states.set(uri.toString(), state);
    this.changed.fire(uri);
  }

  private showConfigProblems(files: string[], problems: (ConfigProblem & { severity?: string })[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const f of files) byFile.set(f, []);
    for (const p of problems) {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      d.source = 'clinote';
      if (!byFile.has(p.file)) byFile.set(p.file, []);
      byFile.get(p.file)!.push(d);
    }
    for (const [file, diags] of byFile) this.configDiagnostics.set(vscode.Uri.file(file), diags);
  }

  dispose(): void {
    this.scheduler.dispose();
    this.client.dispose();
    this.diagnostics.dispose();
    this.configDiagnostics.dispose();
    this.workspaceDiagnostics.dispose();
    this.changed.dispose();
  }
}

export function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  return makeDiagnostic(new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)), f);
}

/** For a note that is not open (lint workspace): positions from the text, a severity override applied. */
export function toDiagnosticAt(text: string, f: Finding, level?: string): vscode.Diagnostic {
  const lines = new LineIndex(text);
  const p = (o: number) => {
    const q = lines.position(o);
    return new vscode.Position(q.line, q.character);
  };
  return makeDiagnostic(new vscode.Range(p(f.range.start), p(f.range.end)), level && level in SEVERITY ? { ...f, severity: level as Severity } : f);
}

export function timeoutMessage(budget: number): string {
  const time = budget >= 1000 ? `${+(budget / 1000).toFixed(1)} s` : `${budget} ms`;
  return `Clinote stopped checking this note because it took longer than ${time} (clinote.timeBudget). It will check it again when you save.`;
}

/** The one diagnostic a note that ran out of time shows, with the setting as its code. */
export function timeoutDiagnostic(range: vscode.Range, budget: number): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, timeoutMessage(budget), vscode.DiagnosticSeverity.Information);
  d.source = 'clinote';
  d.code = 'clinote.timeBudget';
  return d;
}

function makeDiagnostic(range: vscode.Range, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
  d.source = 'clinote';
  d.code = { value: f.ruleId, target: docsUri(f.ruleId) };
  return d;
}

/** Whether a diagnostic the editor hands back is the one made from this finding. */
export function sameFinding(d: vscode.Diagnostic, f: Finding, doc: vscode.TextDocument): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return (
    d.source === 'clinote' &&
    code === f.ruleId &&
    d.message === f.message &&
    doc.offsetAt(d.range.start) === f.range.start &&
    doc.offsetAt(d.range.end) === f.range.end
  );
}
