// Editor behaviour settings (clinote.*). Lint rules themselves live in .clinote.* files, which are data.
import * as vscode from 'vscode';
import { FIX_KINDS, NOT_NOTES, SAVE_FIX_KINDS, type FixKind, type Level } from '../core/index.js';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Milliseconds of quiet typing before a lint. */
  delay: number;
  /** Milliseconds one lint may take before it is stopped. */
  timeBudget: number;
  defaultType: string;
  severity: Record<string, Level>;
  include: string[];
  exclude: string[];
  /** Which kinds of fix Fix all applies (structure only by default). */
  fixAllKinds: FixKind[];
}

export function settingsFor(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('clinote', scope);
  return {
    enable: c.get('enable', true),
    run: c.get<string>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    delay: Math.max(0, c.get('delay', 250)),
    timeBudget: Math.max(1, c.get('timeBudget', 5000)),
    defaultType: c.get('defaultType', ''),
    severity: c.get<Record<string, Level>>('severity', {}),
    include: c.get<string[]>('files.include', ['**/*.{md,markdown}']),
    exclude: c.get<string[]>('files.exclude', [...NOT_NOTES]),
    fixAllKinds: c.get<string[]>('fixAll.kinds', [...SAVE_FIX_KINDS]).filter((k): k is FixKind => (FIX_KINDS as readonly string[]).includes(k)),
  };
}

/** Whether a document is a note: Markdown, matched by the include globs and not by the exclude globs. */
export function isNote(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'markdown') return false;
  const s = settingsFor(doc.uri);
  if (!s.enable) return false;
  // An untitled note has no path to match: it counts, since a clinician drafting one wants feedback.
  if (doc.isUntitled) return true;
  // A glob without a leading `**/` or `/` is relative to the note's workspace folder, as in files.exclude.
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  const pattern = (g: string) => (folder && !/^(\*\*|\/)/.test(g) ? new vscode.RelativePattern(folder, g) : g);
  const matches = (globs: string[]) => globs.some((g) => vscode.languages.match({ pattern: pattern(g) }, doc) > 0);
  return (s.include.length === 0 || matches(s.include)) && !matches(s.exclude);
}
