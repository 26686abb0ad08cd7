// The coverage view (a tree of the note's expected dimensions) and the status bar item ("SOAP 7/9"), both following
// the active note as it is linted.
import * as vscode from 'vscode';
import type { DimensionReport } from '../core/index.js';
import type { LintService, NoteState } from './linter.js';

type Item = { kind: 'dimension'; report: DimensionReport; uri: vscode.Uri } | { kind: 'sub'; label: string; covered: boolean };

/** Dimensions the note is expected to address, and how many of them it does. */
export function coverageOf(state: NoteState | undefined): { expected: DimensionReport[]; addressed: number } | undefined {
  if (!state?.result) return undefined;
  const expected = state.result.dimensions.filter((d) => d.level !== 'off');
  return { expected, addressed: expected.filter((d) => d.status === 'addressed').length };
}

export function statusText(state: NoteState | undefined): string | undefined {
  if (state?.timedOut) return '$(watch) Clinote: paused';
  if (state?.skipped) return '$(warning) Clinote: skipped';
  const c = coverageOf(state);
  if (!c) return undefined;
  return `$(checklist) ${state!.result!.profile.short} ${c.addressed}/${c.expected.length}`;
}

export class Coverage implements vscode.TreeDataProvider<Item>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly bar = vscode.window.createStatusBarItem('clinote.status', vscode.StatusBarAlignment.Right, 100);
  private readonly view: vscode.TreeView<Item>;
  private readonly subs: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;

  constructor(private readonly service: LintService) {
    this.bar.name = 'Clinote coverage';
    this.bar.command = 'clinote.showCoverage';
    this.view = vscode.window.createTreeView('clinote.coverage', { treeDataProvider: this, showCollapseAll: true });
    this.subs.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      service.onDidLint((uri) => {
        if (uri.toString() === this.uri?.toString() || uri.toString() === activeUri()?.toString()) this.refresh();
      }),
    );
    this.refresh();
  }

  /** The status bar text, for tests. */
  get statusText(): string | undefined {
    return this.bar.text || undefined;
  }

  refresh(): void {
    const uri = activeUri();
    // Keep showing the last note while focus is in a non-editor (the view itself, a panel).
    if (uri || !vscode.window.activeTextEditor) this.uri = uri;
    const state = this.uri && this.service.state(this.uri);
    const text = statusText(state);
    if (text) {
      const c = coverageOf(state);
      this.bar.text = text;
      this.bar.tooltip = state?.skipped ?? `Clinote: ${state!.result!.profile.title}, ${c!.addressed} of ${c!.expected.length} expected dimensions addressed. Click for coverage.`;
      this.bar.show();
    } else {
      this.bar.text = '';
      this.bar.hide();
    }
    if (state?.result) {
      const p = state.result.profile;
      this.view.description = `${p.title}${state.result.typeSource === 'inferred' ? ' (inferred)' : ''}`;
      this.view.message = coverageOf(state)!.expected.length ? undefined : 'This note type expects no dimensions.';
    } else {
      this.view.description = undefined;
      this.view.message = state?.skipped ?? 'Open a session note to see which dimensions it covers.';
    }
    this.changed.fire();
  }

  getChildren(item?: Item): Item[] {
    if (!item) {
      const c = this.uri && coverageOf(this.service.state(this.uri));
      return c ? c.expected.map((report) => ({ kind: 'dimension', report, uri: this.uri! })) : [];
    }
    if (item.kind === 'sub') return [];
    const r = item.report;
    return [
      ...r.covered.map((id) => ({ kind: 'sub' as const, label: r.labels[id] ?? id, covered: true })),
      ...r.missing.map((id) => ({ kind: 'sub' as const, label: r.labels[id] ?? id, covered: false })),
    ];
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.kind === 'sub') {
      const t = new vscode.TreeItem(item.label);
      t.iconPath = new vscode.ThemeIcon(item.covered ? 'check' : 'circle-large-outline');
      t.description = item.covered ? 'covered' : 'not yet';
      return t;
    }
    const r = item.report;
    const subs = r.covered.length + r.missing.length;
    const t = new vscode.TreeItem(r.title, subs ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    t.id = `${item.uri.toString()}#${r.id}`;
    t.description = `${r.status}${subs ? ` · ${r.covered.length}/${subs}` : ''}${r.level === 'error' ? ' · required' : ''}`;
    t.tooltip = new vscode.MarkdownString(`**${r.title}**\n\n${r.why}`);
    t.iconPath =
      r.status === 'addressed'
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
        : new vscode.ThemeIcon(r.level === 'error' ? 'error' : r.level === 'warning' ? 'warning' : 'info');
    const note = this.service.state(item.uri)?.result?.note;
    const section = r.section !== undefined ? note?.sections[r.section] : undefined;
    if (section) t.command = { title: 'Go to section', command: 'clinote.revealOffset', arguments: [item.uri, section.heading.start] };
    return t;
  }

  dispose(): void {
    for (const d of this.subs) d.dispose();
    this.bar.dispose();
    this.view.dispose();
    this.changed.dispose();
  }
}

function activeUri(): vscode.Uri | undefined {
  const ed = vscode.window.activeTextEditor;
  return ed && ed.document.languageId === 'markdown' ? ed.document.uri : undefined;
}
