// copied-text in the editor: Lint Workspace compares every note's fingerprints (numbers, no text) and keeps them here,
// so that when a note is edited, its live lint (throttled like any other) also gives its new fingerprints, and only
// its matches are worked out again (core LiveCopies): the copies shown on it and on the notes it repeats or that
// repeat it stay current without reading the workspace again. Dismissed copies (.clinote/dismissed.json) are left
// out, as every rule's are.
import * as vscode from 'vscode';
import { LiveCopies, matchDismissals, placeCopies, type CaseloadNote, type NotePrints, type PlacedCopy, type ShouldStop } from '../core/index.js';
import { copyDiagnostic } from './diagnostics.js';
import type { LintDeps } from './lint-document.js';
import { settingsFor } from './settings.js';
import { breathe, inSlices, SLICE_MS } from './slices.js';

export interface WorkspaceNote extends CaseloadNote {
  uri: vscode.Uri;
}

/** A note's path as copied-text messages name it: relative to its workspace folder (with the folder's name when there
 *  are several). */
export const caseloadPath = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);

/** The pass's order: by URI, so that which note a copy names first does not depend on the order files were found. */
export const byUri = (a: vscode.Uri, b: vscode.Uri): number => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0);

/** Whether a note not compared by Lint Workspace joins the comparison when it is linted: a saved note of a workspace
 *  folder, as Lint Workspace would have found it (isNote has checked the clinote.files settings). An untitled note
 *  joins once saved, as the file it becomes. */
export const joinsCaseload = (doc: vscode.TextDocument): boolean =>
  !doc.isUntitled && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined && !doc.uri.path.includes('/node_modules/');

export class WorkspaceCopies {
  private readonly notes: WorkspaceNote[];
  private readonly index = new Map<string, number>();
  private readonly byPath = new Map<string, vscode.Uri>();
  /** Bumped by each publish of a note (by URI): a slower read of its dismissals does not overwrite a newer one. */
  private readonly runs = new Map<string, number>();
  /** Dropped (a config changed, or Lint Workspace started again): a publish under way shows nothing. */
  private disposed = false;

  /**
   * `notes` in the pass's order (by URI), each with its fingerprints (none: the rule is off in it), compared in slices
   * of the extension host's thread (on a caseload of 10,000 notes the comparison takes seconds); a Cancelled once
   * `shouldStop` says so.
   */
  static async build(notes: readonly WorkspaceNote[], out: vscode.DiagnosticCollection, deps: LintDeps, shouldStop?: ShouldStop): Promise<WorkspaceCopies> {
    const live = await inSlices(LiveCopies.building(notes.map((n) => n.prints)), shouldStop);
    return new WorkspaceCopies(notes, live, out, deps);
  }

  private constructor(
    notes: readonly WorkspaceNote[],
    private readonly live: LiveCopies,
    private readonly out: vscode.DiagnosticCollection,
    private readonly deps: LintDeps,
  ) {
    this.notes = [...notes];
    this.notes.forEach((n, i) => {
      this.index.set(n.uri.toString(), i);
      this.byPath.set(n.path, n.uri);
    });
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Whether the note was compared (its edits then update the copies). */
  has(uri: vscode.Uri): boolean {
    return this.index.has(uri.toString());
  }

  /** The note's new fingerprints (undefined: the rule is off in it now): its copies and its partners' shown again. A
   *  note the pass did not compare (created or first saved since) joins it at its place in the order. */
  async update(uri: vscode.Uri, prints: NotePrints | undefined): Promise<void> {
    let i = this.index.get(uri.toString());
    if (i === undefined) i = this.join(uri);
    this.notes[i] = { ...this.notes[i], prints };
    await Promise.all(this.live.update(i, prints).map((n) => this.publish(n)));
  }

  private join(uri: vscode.Uri): number {
    let at = this.notes.findIndex((n) => byUri(uri, n.uri) < 0);
    if (at < 0) at = this.notes.length;
    const path = caseloadPath(uri);
    this.notes.splice(at, 0, { uri, path });
    this.live.insert(at);
    for (let n = at; n < this.notes.length; n++) this.index.set(this.notes[n].uri.toString(), n);
    this.byPath.set(path, uri);
    return at;
  }

  /** Every note's copies shown again (after Lint Workspace, or when dismissals changed), started in slices: placing
   *  10,000 notes' copies at once would hold the host too. */
  async publishAll(): Promise<void> {
    const started: Promise<void>[] = [];
    for (let n = 0, slice = performance.now(); n < this.notes.length && !this.disposed; n++) {
      started.push(this.publish(n));
      if (performance.now() - slice > SLICE_MS) {
        await breathe();
        slice = performance.now();
      }
    }
    await Promise.all(started);
  }

  /** The note's copies as diagnostics, less those dismissed for it, at the level the clinote.severity setting says. */
  private async publish(n: number): Promise<void> {
    const { uri } = this.notes[n];
    const key = uri.toString();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    const level = settingsFor(uri).severity['copied-text'];
    let found: PlacedCopy[] = level === 'off' ? [] : placeCopies(this.notes, n, this.live.matches[n]);
    if (found.length) {
      const entries = (await this.deps.dismissals?.forNote(uri).catch(() => undefined))?.entries ?? [];
      if (this.runs.get(key) !== run) return;
      // The findings carry their block's key (textKey): no text is needed to match them.
      found = matchDismissals(found, '', entries).kept;
    }
    if (this.disposed) return;
    if (!found.length) {
      this.out.delete(uri);
      return;
    }
    const shown = found.map((f) => (level === 'error' || level === 'warning' || level === 'info' ? { ...f, severity: level } : f));
    this.out.set(uri, shown.map((f) => copyDiagnostic(f, (p) => this.byPath.get(p)!, this.deps.docsUri(f.ruleId))));
  }
}
