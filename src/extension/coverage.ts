// The coverage view (a tree of the note's expected dimensions, then the findings dismissed for it) and the status bar
// item ("SOAP 7/9"), both following the active note as it is linted.
import * as vscode from 'vscode';
import { DISMISSED_FILE, ruleInfo, type DimensionReport } from '../core/index.js';
import { esc } from './hover.js';
import type { DismissedFinding } from './lint-document.js';
import type { LintService, NoteState } from './linter.js';

export type Item =
  | { kind: 'dimension'; report: DimensionReport; uri: vscode.Uri }
  | { kind: 'sub'; label: string; covered: boolean }
  | { kind: 'dismissed-group'; uri: vscode.Uri; items: DismissedFinding[] }
  | { kind: 'dismissed'; uri: vscode.Uri; dismissed: DismissedFinding };

/** Dimensions the note is expected to address (not those dismissed for it), and how many of them it does. */
export function coverageOf(state: NoteState | undefined): { expected: DimensionReport[]; addressed: number } | undefined {
  if (!state?.result) return undefined;
  const dismissed = new Set((state.dismissed ?? []).filter((d) => d.finding.status).map((d) => d.finding.ruleId));
  const expected = state.result.dimensions.filter((d) => d.level !== 'off' && !dismissed.has(d.id));
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
      const dismissed = state?.dismissed?.length ? ` ${state.dismissed.length} dismissed for this note.` : '';
      this.bar.tooltip = state?.skipped ?? `Clinote: ${state!.result!.profile.title}, ${c!.addressed} of ${c!.expected.length} expected dimensions addressed.${dismissed} Click for coverage.`;
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
      const uri = this.uri;
      const state = uri && this.service.state(uri);
      const c = coverageOf(state);
      if (!uri || !c) return [];
      const dismissed = state?.dismissed ?? [];
      return [
        ...c.expected.map((report): Item => ({ kind: 'dimension', report, uri })),
        ...(dismissed.length ? [{ kind: 'dismissed-group' as const, uri, items: dismissed }] : []),
      ];
    }
    if (item.kind === 'dismissed-group') return item.items.map((dismissed) => ({ kind: 'dismissed', uri: item.uri, dismissed }));
    if (item.kind === 'sub' || item.kind === 'dismissed') return [];
    const r = item.report;
    return [
      ...r.covered.map((id) => ({ kind: 'sub' as const, label: r.labels[id] ?? id, covered: true })),
      ...r.missing.map((id) => ({ kind: 'sub' as const, label: r.labels[id] ?? id, covered: false })),
    ];
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.kind === 'dismissed-group') return dismissedGroup(item);
    if (item.kind === 'dismissed') return this.dismissedItem(item);
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

  /** A dismissed finding: its dimension or rule, the words it was on, and Undo (the view's inline and context menu). */
  private dismissedItem(item: Extract<Item, { kind: 'dismissed' }>): vscode.TreeItem {
    const { finding, entry, words } = item.dismissed;
    const report = this.service.state(item.uri)?.result?.dimensions.find((d) => d.id === finding.ruleId);
    const t = new vscode.TreeItem(report?.title ?? ruleInfo(finding.ruleId)?.title ?? finding.ruleId);
    t.id = `${item.uri.toString()}#dismissed:${finding.ruleId}:${finding.range.start}:${entry.text ?? ''}`;
    t.description = words !== undefined ? `“${cut(words.replace(/\s+/g, ' ').trim())}”` : finding.status === 'unfilled' ? 'still a template' : 'not addressed';
    t.tooltip = new vscode.MarkdownString(
      `**Dismissed for this note**${entry.date ? ` on ${entry.date}` : ''}, in \`${DISMISSED_FILE}\` (not in the note).\n\n${esc(finding.message)}\n\n*Undo* shows it again.`,
    );
    t.iconPath = new vscode.ThemeIcon('eye-closed');
    t.contextValue = 'clinote.dismissed';
    t.command = { title: 'Go to finding', command: 'clinote.revealOffset', arguments: [item.uri, finding.range.start] };
    return t;
  }

  dispose(): void {
    for (const d of this.subs) d.dispose();
    this.bar.dispose();
    this.view.dispose();
    this.changed.dispose();
  }
}

function dismissedGroup(item: Extract<Item, { kind: 'dismissed-group' }>): vscode.TreeItem {
  const t = new vscode.TreeItem('Dismissed', vscode.TreeItemCollapsibleState.Expanded);
  t.id = `${item.uri.toString()}#dismissed`;
  t.description = String(item.items.length);
  t.tooltip = `Findings dismissed for this note. They are kept in ${DISMISSED_FILE}, outside the note; Undo on one shows it again.`;
  t.iconPath = new vscode.ThemeIcon('eye-closed');
  return t;
}

/** At most 40 characters of the words, with "…" when there were more. */
function cut(s: string, max = 40): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

function activeUri(): vscode.Uri | undefined {
  const ed = vscode.window.activeTextEditor;
  return ed && ed.document.languageId === 'markdown' ? ed.document.uri : undefined;
}
