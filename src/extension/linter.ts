// Lints open notes into the Problems panel (through lintDocument, as Lint Workspace does): throttled while typing,
// stale results dropped, config problems shown on the config file itself so that a broken .clinote.json is never
// silently ignored.
import * as vscode from 'vscode';
import { ruleDocsUrl, ruleInfo, type NotePrints, type ResolvedConfig } from '../core/index.js';
import { ConfigDiagnostics } from './config-diagnostics.js';
import { ConfigCache } from './configs.js';
import type { LintClient } from './lint-client.js';
import type { Dismissals } from './dismissals.js';
import { lintDocument, MAX_NOTE_CHARS, type DismissedFinding, type LintDeps } from './lint-document.js';
import type { LintOutcome, PlacedFinding } from './lint-outcome.js';
import { LintScheduler } from './scheduler.js';
import { joinsCaseload, type WorkspaceCopies } from './copies.js';
import { isNote, settingsFor } from './settings.js';

export interface NoteState {
  /** The document linted: an untitled URI can be reused by a new document, so the version alone is not enough. */
  doc?: vscode.TextDocument;
  version: number;
  result?: LintOutcome;
  /** Findings after severity overrides, in the order of the published diagnostics (a diagnostic's key indexes it). */
  findings: PlacedFinding[];
  /** Findings left out because they were dismissed for this note (`.clinote/dismissed.json`). */
  dismissed?: DismissedFinding[];
  /** Why the note has no results: too large, ignored, or out of time. */
  skipped?: string;
  /** The last lint ran out of time on a text this long: typing does not lint again until the note is smaller. */
  timedOut?: { length: number };
}

/** A note must shrink below this share of the length that ran out of time before typing lints it again. */
const SHRINK = 0.9;

/** The rule pages shipped inside the extension, so a diagnostic's link opens offline in the editor. */
let docsFolder: vscode.Uri | undefined;

export function setDocsFolder(folder: vscode.Uri): void {
  docsFolder = folder;
}

export function docsUri(ruleId: string, config?: ResolvedConfig): vscode.Uri {
  // A config's dimension links where the config says (or to the configuration docs' section on custom dimensions);
  // a built-in rule opens its page shipped here.
  const info = ruleInfo(ruleId, config);
  if (info?.kind === 'custom-dimension' || !info) return vscode.Uri.parse(ruleDocsUrl(ruleId, config));
  return docsFolder ? vscode.Uri.joinPath(docsFolder, `${ruleId}.md`) : vscode.Uri.parse(info.docs);
}

export class LintService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('clinote');
  /** Lint Workspace results for notes that are not open; an opened note moves to live results. */
  readonly workspaceDiagnostics = vscode.languages.createDiagnosticCollection('clinote-workspace');
  /** copied-text findings of the last Lint Workspace, apart: a live lint of a note it compared updates them (copies.ts). */
  readonly copiesDiagnostics = vscode.languages.createDiagnosticCollection('clinote-copies');
  /** The notes the last Lint Workspace compared, with their fingerprints; none before it, or after a config change. */
  copies?: WorkspaceCopies;
  /** Problems of the config files, on the files themselves. */
  readonly configDiagnostics = new ConfigDiagnostics();
  private readonly states = new Map<string, NoteState>();
  /** How long each note's last lint took: a big note waits longer for a pause in typing. */
  private readonly cost = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a note's results (or their absence) changed. */
  readonly onDidLint = this.changed.event;
  readonly scheduler = new LintScheduler<string>((key, isCurrent, signal) => this.run(key, isCurrent, signal));
  /** What lintDocument runs on; Lint Workspace lints through the same. */
  readonly deps: LintDeps;
  /** When the service started (at activation), and whether the first diagnostics were logged since. */
  private readonly startedAt = Date.now();
  private firstShown = false;

  constructor(
    readonly configs: ConfigCache,
    log: vscode.OutputChannel,
    /** Where lints run (a worker on the desktop). */
    readonly client: LintClient,
    /** The notes' dismissals, kept outside the notes. */
    readonly dismissals?: Dismissals,
  ) {
    this.deps = { configs, client, log, docsUri, dismissals };
  }

  state(uri: vscode.Uri): NoteState | undefined {
    return this.states.get(uri.toString());
  }

  /** The results for exactly this version of this document, if they are in. */
  current(doc: vscode.TextDocument): NoteState | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.doc === doc && s.version === doc.version ? s : undefined;
  }

  /**
   * The results for this version of the document once they are in: a lint waiting out the typing delay runs now, one
   * running is awaited, and a stale note with neither is linted (Ctrl+. right after typing, or with linting on save).
   * Undefined when cancelled, after `ms`, or for a note whose lints are paused (too slow; it lints on save).
   */
  settled(doc: vscode.TextDocument, token: vscode.CancellationToken, ms = 3000): Promise<NoteState | undefined> {
    const now = this.current(doc);
    if (now || !isNote(doc) || this.paused(doc)) return Promise.resolve(now);
    const key = doc.uri.toString();
    return new Promise((resolve) => {
      const done = (s: NoteState | undefined) => {
        clearTimeout(timer);
        sub.dispose();
        cancel.dispose();
        resolve(s);
      };
      const sub = this.onDidLint((uri) => {
        const s = uri.toString() === key ? this.current(doc) : undefined;
        if (s) done(s);
      });
      const cancel = token.onCancellationRequested(() => done(undefined));
      const timer = setTimeout(() => done(undefined), ms);
      if (!this.scheduler.hurry(key)) void this.scheduler.now(key);
    });
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

  /** Bumped by every change of a config file or of the clinote settings: Lint Workspace, when it sees it move, drops
   *  what it read under the old config and starts over (workspace-run.ts). */
  get configGeneration(): number {
    return this.generation;
  }

  private generation = 0;

  /** `dismissals`: only what is dismissed changed; the copies found stay, less those dismissed now. */
  relintAll(what: 'config' | 'dismissals' = 'config'): void {
    if (what === 'dismissals') void this.copies?.publishAll();
    else {
      // A setting or a config changed: the copies found may no longer be reported; Lint Workspace finds them again.
      this.generation++;
      this.dropCopies();
    }
    for (const doc of vscode.workspace.textDocuments) this.request(doc, 'config');
    void this.relintWorkspaceResults();
  }

  /**
   * Lint Workspace results of notes that are not open, linted again after a setting or a config file changed, so
   * that a rule turned off leaves the Problems panel for them too. Only the notes already shown are read.
   */
  private async relintWorkspaceResults(): Promise<void> {
    const uris: vscode.Uri[] = [];
    this.workspaceDiagnostics.forEach((uri) => void uris.push(uri));
    const run = ++this.workspaceRun;
    for (const uri of uris) {
      if (run !== this.workspaceRun) return; // a newer change started over
      if (!settingsFor(uri).enable) {
        this.workspaceDiagnostics.delete(uri);
        continue;
      }
      const r = await lintFile(uri, this.deps);
      if (run !== this.workspaceRun || !this.workspaceDiagnostics.has(uri)) continue; // opened meanwhile: live now
      if (r) this.workspaceDiagnostics.set(uri, r.diagnostics);
      else this.workspaceDiagnostics.delete(uri);
    }
  }

  private workspaceRun = 0;

  /** Lint Workspace (re)starts: its earlier results go, and a relint of them under way stops. */
  resetWorkspaceResults(): void {
    this.workspaceRun++;
    this.workspaceDiagnostics.clear();
    this.dropCopies();
  }

  /** The copies found go, with any of their publishes still under way (a dismissals file being read). */
  private dropCopies(): void {
    this.copies?.dispose();
    this.copies = undefined;
    this.copiesDiagnostics.clear();
  }

  forget(uri: vscode.Uri): void {
    // Closed, perhaps without saving: its copies are those of the file as it is on disk again.
    if (this.copies?.has(uri)) void this.refingerprint(uri);
    this.scheduler.cancel(uri.toString());
    this.cost.delete(uri.toString());
    this.diagnostics.delete(uri);
    if (this.states.delete(uri.toString())) this.changed.fire(uri);
  }

  private async refingerprint(uri: vscode.Uri): Promise<void> {
    const copies = this.copies;
    const r = await lintFile(uri, this.deps, { fingerprints: true });
    if (copies === this.copies && !this.states.has(uri.toString())) await copies?.update(uri, r?.prints);
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
    // After Lint Workspace, a note gives its fingerprints too: its copies, and its partners', follow its edits. A
    // note created or first opened since joins the comparison.
    const copies = this.copies && (this.copies.has(doc.uri) || joinsCaseload(doc)) ? this.copies : undefined;
    const r = await lintDocument({ uri: doc.uri, text, isUntitled: doc.isUntitled }, this.deps, {
      signal,
      fingerprints: !!copies,
      // The document may change while the config is read or the lint runs: a newer request owns the result then.
      current: () => isCurrent() && !doc.isClosed && doc.version === version,
      onConfig: (loaded) => this.configDiagnostics.show(loaded.config.files, loaded.problems),
    });
    switch (r.kind) {
      case 'skipped':
        this.diagnostics.delete(doc.uri);
        this.publish(doc.uri, { doc, version, findings: [], skipped: r.message });
        return;
      case 'timeout':
        this.pause(doc, text.length, r.budget);
        return;
      case 'linted':
        this.cost.set(key, r.ms);
        this.diagnostics.set(doc.uri, r.diagnostics);
        this.workspaceDiagnostics.delete(doc.uri);
        this.publish(doc.uri, { doc, version, result: r.outcome, findings: r.findings, dismissed: r.dismissed });
        if (copies && copies === this.copies) await copies.update(doc.uri, r.outcome.prints);
        if (!this.firstShown) {
          // How long a fresh window waits for its first diagnostics (timings only: never a note's name or text).
          this.firstShown = true;
          this.deps.log.appendLine(`First diagnostics ${Date.now() - this.startedAt} ms after activation (this note: config ${r.configMs} ms, lint ${r.ms} ms).`);
        }
        return;
    }
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

  dispose(): void {
    this.scheduler.dispose();
    this.client.dispose();
    this.diagnostics.dispose();
    this.configDiagnostics.dispose();
    this.workspaceDiagnostics.dispose();
    this.copiesDiagnostics.dispose();
    this.changed.dispose();
  }
}

export function timeoutMessage(budget: number): string {
  const time = budget >= 1000 ? `${+(budget / 1000).toFixed(1)} s` : `${budget} ms`;
  return `Clinote stopped checking this note because it took longer than ${time} (clinote.timeBudget). It will check it again when you save.`;
}

/** The one diagnostic a note that ran out of time shows, with the setting as its code. */
/**
 * A note that is not open, read from disk and linted for the Problems panel (Lint Workspace, and its results linted
 * again after a change of settings): its diagnostics, or undefined when it is unreadable, too large, skipped or failed.
 */
export async function lintFile(
  uri: vscode.Uri,
  deps: LintDeps,
  opts: { fingerprints?: boolean; text?: string } = {},
): Promise<{ diagnostics: vscode.Diagnostic[]; findings: number; prints?: NotePrints } | undefined> {
  let text = opts.text;
  if (text === undefined) {
    const bytes = await vscode.workspace.fs.readFile(uri).then(undefined, () => undefined);
    if (!bytes || bytes.length > MAX_NOTE_CHARS * 3) return undefined;
    text = new TextDecoder().decode(bytes);
  }
  // The same pipeline as an open note's: a note too large or ignored is skipped, one that fails is left out.
  const r = await lintDocument({ uri, text, isUntitled: false }, deps, { fingerprints: opts.fingerprints });
  if (r.kind === 'linted') return { diagnostics: r.diagnostics, findings: r.findings.length, ...(r.outcome.prints ? { prints: r.outcome.prints } : {}) };
  if (r.kind === 'timeout') return { diagnostics: [timeoutDiagnostic(new vscode.Range(0, 0, 0, 0), r.budget)], findings: 0 };
  return undefined;
}

export function timeoutDiagnostic(range: vscode.Range, budget: number): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, timeoutMessage(budget), vscode.DiagnosticSeverity.Information);
  d.source = 'clinote';
  d.code = 'clinote.timeBudget';
  return d;
}
