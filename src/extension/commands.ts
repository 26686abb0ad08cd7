// Commands: New Note, Lint Workspace, Caseload Report, Draft Report (draft.ts), Show Note Coverage, Create Config
// File, Open Config File, and the dismiss / undo of a finding behind the quick-fix and the coverage view.
import * as vscode from 'vscode';
import { noteSnippet, profiles, profilesFor, type Dismissal, type DismissalKey } from '../core/index.js';
import type { Item } from './coverage.js';
import { WorkspaceCopies, byUri, caseloadPath } from './copies.js';
import { draftReport, type DraftArgs } from './draft.js';
import { lintFile, type LintService } from './linter.js';
import { settingsFor } from './settings.js';
import { workspaceNotes } from './workspace-notes.js';
import { runWorkspaceLint } from './workspace-run.js';
import { showCaseloadReport } from './caseload-report.js';

const CONFIG_NAMES = ['.clinote.json', '.clinote.jsonc', '.clinote.yaml', '.clinote.yml'];
const RULESETS = [
  { label: 'clinote:recommended', detail: 'What most supervisors expect of every note type.' },
  { label: 'clinote:strict', detail: 'Every expected dimension is an error.' },
  { label: 'clinote:supervision', detail: 'For supervisors reviewing trainee notes.' },
];

/** Local date as YYYY-MM-DD: the session happened in the clinician's day, not in UTC. */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function registerCommands(service: LintService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinote.newNote', (typeId?: string) => newNote(service, typeId)),
    vscode.commands.registerCommand('clinote.lintWorkspace', () => lintWorkspace(service, service.workspaceDiagnostics, service.copiesDiagnostics)),
    vscode.commands.registerCommand('clinote.caseloadReport', () => showCaseloadReport(service)),
    // From the palette with no argument (quick picks); from code or a test with the template and client.
    vscode.commands.registerCommand('clinote.draftReport', (args?: DraftArgs) => draftReport(service, today(), args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {})),
    vscode.commands.registerCommand('clinote.showCoverage', () => vscode.commands.executeCommand('clinote.coverage.focus')),
    vscode.commands.registerCommand('clinote.createConfigFile', createConfigFile),
    vscode.commands.registerCommand('clinote.openConfigFile', () => openConfigFile(service)),
    // Both write .clinote/dismissed.json; the note is linted again once the file is written.
    vscode.commands.registerCommand('clinote.dismiss', (uri: vscode.Uri, key: DismissalKey) => service.dismissals?.dismiss(uri, key, today()) ?? false),
    vscode.commands.registerCommand('clinote.undoDismiss', (target: Item | vscode.Uri, entry?: Dismissal) => {
      // From the coverage view: its item; from code (tests, other extensions): the note and the entry.
      const [uri, e] = target instanceof vscode.Uri ? [target, entry] : target?.kind === 'dismissed' ? [target.uri, target.dismissed.entry] : [];
      return uri && e ? (service.dismissals?.undo(uri, e) ?? false) : false;
    }),
    vscode.commands.registerCommand('clinote.revealOffset', async (uri: vscode.Uri, offset: number) => {
      const ed = await vscode.window.showTextDocument(uri);
      const pos = ed.document.positionAt(offset);
      ed.selection = new vscode.Selection(pos, pos);
      ed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  ];
}

/** Opens a new untitled note of the chosen type; the template is a snippet, so Tab walks through its prompts. */
async function newNote(service: LintService, typeId?: string): Promise<vscode.Uri | undefined> {
  // The note types a new (untitled) note would get: the built-in ones and those its config adds (`noteTypes`).
  const config = (await service.configs.forNote({ uri: vscode.Uri.parse('untitled:Untitled.md'), isUntitled: true }).catch(() => undefined))?.config;
  const types = profilesFor(config);
  let profile = types.find((p) => p.id === typeId);
  if (!profile) {
    const fallback = settingsFor().defaultType;
    const items = types.map((p) => ({ label: p.title, description: p.short, picked: p.id === fallback, id: p.id }));
    const pick = await vscode.window.showQuickPick(items, { title: 'Clinote: New Note', placeHolder: 'Note type' });
    profile = pick && types.find((p) => p.id === pick.id);
    if (!profile) return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(noteSnippet(profile, today())));
  return doc.uri;
}

type FileLint = NonNullable<Awaited<ReturnType<typeof lintFile>>>;

/**
 * Lints every note in the workspace into the Problems panel, with progress; open notes keep their live results. Then
 * copied-text compares the notes (open ones as they are in the editor) and its findings go to `copies`.
 */
async function lintWorkspace(service: LintService, out: vscode.DiagnosticCollection, copies: vscode.DiagnosticCollection): Promise<{ files: number; findings: number }> {
  const total = { files: 0, findings: 0 };
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    void vscode.window.showInformationMessage('Clinote: open a folder to lint its notes.');
    return total;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinote: linting notes', cancellable: true },
    async (progress, token) => {
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      await runWorkspaceLint<vscode.Uri, FileLint, WorkspaceCopies>({
        generation: () => service.configGeneration,
        cancelled: () => token.isCancellationRequested,
        reset() {
          total.files = total.findings = 0;
          service.resetWorkspaceResults();
        },
        async find() {
          const uris = await workspaceNotes(token);
          // In path order: which note a copy names first does not depend on the order the files were found in.
          return uris.sort(byUri);
        },
        progress: (message, increment) => progress.report({ message, increment }),
        lint(uri) {
          total.files++;
          // An open note keeps its live results; its text as it stands in the editor is compared with the others.
          const doc = open.get(uri.toString());
          return lintFile(uri, service.deps, { fingerprints: true, ...(doc ? { text: doc.getText() } : {}) });
        },
        show(uri, r) {
          if (open.has(uri.toString())) return;
          out.set(uri, r.diagnostics);
          total.findings += r.findings;
        },
        // Kept: a compared note's edits update its copies and its partners' (copies.ts). Built in slices of the
        // host's thread, which a cancel stops.
        build: (notes, shouldStop) => WorkspaceCopies.build(notes.map((n) => ({ ...n, path: caseloadPath(n.uri) })), copies, service.deps, shouldStop),
        async apply(built, notes) {
          service.copies = built;
          await built.publishAll();
          for (const n of notes) total.findings += copies.get(n.uri)?.length ?? 0;
        },
      });
    },
  );
  for (const doc of vscode.workspace.textDocuments) service.request(doc, 'config');
  return total;
}

async function pickFolder(arg?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (arg) return vscode.workspace.getWorkspaceFolder(arg);
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the Clinote config file' });
}

async function findConfig(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (const name of CONFIG_NAMES) {
    const uri = vscode.Uri.joinPath(folder, name);
    if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) return uri;
  }
  return undefined;
}

/** Writes .clinote.json at a folder's root from a built-in ruleset and an optional default note type. */
async function createConfigFile(args?: { folder?: vscode.Uri; extends?: string; defaultType?: string }): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(args?.folder);
  if (!folder) {
    void vscode.window.showWarningMessage('Clinote: open a folder first; the config file lives at its root.');
    return undefined;
  }
  const existing = await findConfig(folder.uri);
  if (existing) {
    await vscode.window.showTextDocument(existing);
    void vscode.window.showInformationMessage(`Clinote: this folder already has ${existing.path.split('/').pop()}.`);
    return existing;
  }
  const ruleset = args?.extends ?? (await vscode.window.showQuickPick(RULESETS, { title: 'Clinote: Create Config File', placeHolder: 'Start from' }))?.label;
  if (!ruleset) return undefined;
  let defaultType = args?.defaultType;
  if (defaultType === undefined) {
    const items = [{ label: 'Infer from each note', id: '' }, ...profiles.map((p) => ({ label: p.title, description: p.short, id: p.id }))];
    const pick = await vscode.window.showQuickPick(items, { title: 'Clinote: Create Config File', placeHolder: 'Default note type' });
    if (!pick) return undefined;
    defaultType = pick.id;
  }
  const config: Record<string, unknown> = { extends: ruleset };
  if (defaultType) config.defaultType = defaultType;
  config.rules = {};
  const uri = vscode.Uri.joinPath(folder.uri, '.clinote.json');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(config, null, 2) + '\n'));
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** Opens the config that applies to the active note (the nearest file), else the first in the workspace. */
async function openConfigFile(service: LintService): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  let uri: vscode.Uri | undefined;
  if (doc && doc.languageId === 'markdown') {
    const files = (await service.configs.forNote(doc))?.config.files ?? [];
    const nearest = files[files.length - 1];
    const base = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : doc.uri;
    if (nearest && base) uri = base.with({ path: nearest });
  }
  uri ??= (await vscode.workspace.findFiles('**/.clinote.{json,jsonc,yaml,yml}', '**/node_modules/**', 1))[0];
  if (uri) {
    await vscode.window.showTextDocument(uri);
    return uri;
  }
  const create = 'Create Config File';
  if ((await vscode.window.showInformationMessage('Clinote: no config file applies here; the built-in defaults are in use.', create)) === create) {
    return createConfigFile();
  }
  return undefined;
}
