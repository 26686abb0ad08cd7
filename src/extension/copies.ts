// copied-text in the editor: Lint Workspace compares every note's fingerprints (numbers, no text) and keeps them here,
// so that when a note is edited, its live lint (throttled like any other) also gives its new fingerprints, and only
// its matches are worked out again (core LiveCopies): the copies shown on it and on the notes it repeats or that
// repeat it stay current without reading the workspace again. Dismissed copies (.clinote/dismissed.json) are left
// out, as every rule's are.
import * as vscode from 'vscode';
import { LiveCopies, matchDismissals, placeCopies, type CaseloadNote, type NotePrints, type PlacedCopy } from '../core/index.js';
import { copyDiagnostic } from './diagnostics.js';
import type { LintDeps } from './lint-document.js';
import { settingsFor } from './settings.js';

export interface WorkspaceNote extends CaseloadNote {
  uri: vscode.Uri;
}

export class WorkspaceCopies {
  private readonly notes: WorkspaceNote[];
  private readonly live: LiveCopies;
  private readonly index = new Map<string, number>();
  private readonly byPath = new Map<string, vscode.Uri>();
  /** Bumped by each publish of a note: a slower read of its dismissals does not overwrite a newer one. */
  private readonly runs = new Map<number, number>();

  /** `notes` in the pass's order (by URI), each with its fingerprints (none: the rule is off in it). */
  constructor(
    notes: readonly WorkspaceNote[],
    private readonly out: vscode.DiagnosticCollection,
    private readonly deps: LintDeps,
  ) {
    this.notes = [...notes];
    this.notes.forEach((n, i) => {
      this.index.set(n.uri.toString(), i);
      this.byPath.set(n.path, n.uri);
    });
    this.live = new LiveCopies(this.notes.map((n) => n.prints));
  }

  /** Whether the note was compared (its edits then update the copies). */
  has(uri: vscode.Uri): boolean {
    return this.index.has(uri.toString());
  }

  /** The note's new fingerprints (undefined: the rule is off in it now): its copies and its partners' shown again. */
  async update(uri: vscode.Uri, prints: NotePrints | undefined): Promise<void> {
    const i = this.index.get(uri.toString());
    if (i === undefined) return;
    this.notes[i] = { ...this.notes[i], prints };
    await Promise.all(this.live.update(i, prints).map((n) => this.publish(n)));
  }

  /** Every note's copies shown again (after Lint Workspace, or when dismissals changed). */
  async publishAll(): Promise<void> {
    await Promise.all(this.notes.map((_, n) => this.publish(n)));
  }

  /** The note's copies as diagnostics, less those dismissed for it, at the level the clinote.severity setting says. */
  private async publish(n: number): Promise<void> {
    const run = (this.runs.get(n) ?? 0) + 1;
    this.runs.set(n, run);
    const { uri } = this.notes[n];
    const level = settingsFor(uri).severity['copied-text'];
    let found: PlacedCopy[] = level === 'off' ? [] : placeCopies(this.notes, n, this.live.matches[n]);
    if (found.length) {
      const entries = (await this.deps.dismissals?.forNote(uri).catch(() => undefined))?.entries ?? [];
      if (this.runs.get(n) !== run) return;
      // The findings carry their block's key (textKey): no text is needed to match them.
      found = matchDismissals(found, '', entries).kept;
    }
    if (!found.length) {
      this.out.delete(uri);
      return;
    }
    const shown = found.map((f) => (level === 'error' || level === 'warning' || level === 'info' ? { ...f, severity: level } : f));
    this.out.set(uri, shown.map((f) => copyDiagnostic(f, (p) => this.byPath.get(p)!, this.deps.docsUri(f.ruleId))));
  }
}
