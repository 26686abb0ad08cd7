// "Clinote: Draft Report...": a template and a client picked, the workspace's notes read (through workspace.fs, so
// also in the browser), the core's draft written to drafts/<template>-<client>-<date>.md with each measure's chart
// beside it, and opened beside the notes with the first question selected. The same gathering as `clinote draft`.
// The core's part (each note's lint for its facts, gathering, rendering, charts) runs where lints run: in the lint
// worker on the desktop, so that a large caseload never holds the extension host; in the host on the web, a note at
// a time. Files are read and written here, with progress that can be cancelled: a cancelled step stops where it is,
// and nothing is written.
import * as vscode from 'vscode';
import {
  builtinTemplates,
  byClient,
  firstPrompt,
  isIgnored,
  mergeTemplates,
  profilesFor,
  readTemplate,
  templateName,
  TemplateError,
  type DraftTemplate,
  type SessionFacts,
} from '../core/index.js';
import type { LintService } from './linter.js';
import { LintCancelled, LintTimeout } from './lint-client.js';
import type { Drafted } from './tasks.js';
import { MAX_NOTE_CHARS } from './lint-document.js';
import { findNotes } from './notes.js';
import { draftBase, draftOptions, SHARE_CHOICES, shareMessage } from './draft-plan.js';

export interface DraftArgs {
  /** Template name (skips its quick pick). */
  template?: string;
  /** Client id or folder (skips its quick pick). */
  client?: string;
  /** The workspace folder to draft from (else the active note's, else the only one, else asked). */
  folder?: vscode.Uri;
  /** The draft's date, YYYY-MM-DD (default: today). */
  today?: string;
  /** An earlier draft of the same name: true replaces it, false keeps it (no draft), left out asks. */
  replace?: boolean;
  /**
   * De-identify, as `clinote draft --share`: true shares, false keeps identifiers; left out, asked when the template
   * was picked (a run from code that names its template gets a draft for the record).
   */
  share?: boolean;
}

export interface DraftResult {
  uri: vscode.Uri;
  charts: vscode.Uri[];
}

const DRAFTS = 'drafts';
/**
 * How long a note's read, or the draft, may take: far past either (a long note is read in seconds). Past it the
 * worker is stopped, so that a stuck step never holds the queue the editor's lints wait in.
 */
const BUDGET_MS = 60_000;

export async function draftReport(service: LintService, today: string, args: DraftArgs = {}): Promise<DraftResult | undefined> {
  const title = 'Clinote: Draft Report';
  const folder = await draftFolder(args.folder);
  if (!folder) {
    void vscode.window.showInformationMessage('Clinote: open the folder of your notes to draft a report from them.');
    return undefined;
  }

  const { templates, errors } = await loadTemplates(service, folder.uri);
  let template = templates.find((t) => t.name === args.template);
  if (args.template !== undefined && !template) {
    const broken = errors.find((e) => e.file.endsWith(`/${args.template}.md`));
    void vscode.window.showErrorMessage(broken ? `Clinote: template ${broken.message}` : `Clinote: no template "${args.template}"; there are ${templates.map((t) => t.name).join(', ')}.`);
    return undefined;
  }
  // A broken template of the workspace is said (file, line, what), and left out of the pick.
  if (!template) for (const e of errors) void vscode.window.showWarningMessage(`Clinote: template ${e.message}`);
  if (!template) {
    const items = templates.map((t) => ({ label: t.name, description: t.file.startsWith('built-in') ? 'built in' : t.file, detail: t.description, t }));
    template = (await vscode.window.showQuickPick(items, { title, placeHolder: 'Template', matchOnDetail: true }))?.t;
    if (!template) return undefined;
  }

  // The notes, read once with progress: a caseload can be hundreds of notes, each linted for its facts.
  const read = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinote: reading the notes', cancellable: true },
    (progress, token) => readWorkspaceNotes(service, folder, progress, token),
  );
  if (!read) return undefined; // cancelled
  const { sessions, slow } = read;
  if (slow.length) {
    void vscode.window.showWarningMessage(`Clinote: ${slow.length === 1 ? 'a note took' : `${slow.length} notes took`} too long to read and ${slow.length === 1 ? 'is' : 'are'} left out of the draft: ${slow.slice(0, 3).join(', ')}${slow.length > 3 ? '...' : ''}`);
  }
  const groups = byClient(sessions);
  if (!groups.size) {
    void vscode.window.showInformationMessage(`Clinote: no notes to draft from in ${folder.name}.`);
    return undefined;
  }

  let client = args.client;
  if (client === undefined && template.scope === 'client') {
    if (groups.size === 1) client = [...groups.keys()][0];
    else {
      const items = [...groups].map(([id, g]) => ({ label: id, description: `${g.sessions.length} ${g.sessions.length === 1 ? 'note' : 'notes'}`, detail: g.by === 'folder' ? 'the notes in this folder' : 'client: in the front matter', id }));
      client = (await vscode.window.showQuickPick(items, { title, placeHolder: `Client for the ${template.name}` }))?.id;
      if (client === undefined) return undefined;
    }
  }

  let share = args.share;
  if (share === undefined && args.template === undefined) {
    const items = SHARE_CHOICES.map((c) => ({ ...c }));
    share = (await vscode.window.showQuickPick(items, { title, placeHolder: `The ${template.name}: for the record, or to share de-identified?` }))?.share;
    if (share === undefined) return undefined;
  }
  share ??= false;

  const date = args.today ?? today;
  const base = draftBase(template, client, date, share);
  const dir = vscode.Uri.joinPath(folder.uri, DRAFTS);
  const chosen = template;
  let result: Drafted | undefined;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Clinote: drafting the ${template.name}`, cancellable: true },
      (_progress, token) => untilCancelled(token, (signal) => service.client.run({ kind: 'draft', sessions, template: chosen, options: draftOptions(client, date, base, share) }, BUDGET_MS, signal)),
    );
  } catch (e) {
    if (e instanceof TemplateError) {
      void vscode.window.showErrorMessage(`Clinote: template ${e.message}`);
      return undefined;
    }
    if (e instanceof LintTimeout) {
      void vscode.window.showErrorMessage(`Clinote: drafting the ${template.name} took longer than ${BUDGET_MS / 1000} s and was stopped.`);
      return undefined;
    }
    throw e;
  }
  if (!result) return undefined; // cancelled
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Clinote: cannot draft the ${template.name}: ${result.reason}.`);
    return undefined;
  }

  const uri = vscode.Uri.joinPath(dir, `${base}.md`);
  const charts = result.charts.map((c) => ({ uri: vscode.Uri.joinPath(dir, c.file), svg: c.svg }));
  const existing = [];
  for (const f of [uri, ...charts.map((c) => c.uri)]) if (await exists(f)) existing.push(f);
  if (existing.length && args.replace === false) return undefined;
  if (existing.length && args.replace === undefined) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(
      `Clinote: ${DRAFTS}/${base}.md${existing.length > 1 || existing[0] !== uri ? ' (or one of its charts)' : ''} already exists. Replace it?`,
      { modal: true },
      replace,
    );
    if (answer !== replace) return undefined;
  }
  // A draft open in an editor with unsaved changes is the clinician's work: never replaced under them.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    void vscode.window.showWarningMessage(`Clinote: ${DRAFTS}/${base}.md is open with unsaved changes; save or close it first.`);
    return undefined;
  }
  const encoder = new TextEncoder();
  // The charts first, so that the draft never links to a chart that is not there.
  for (const c of charts) await vscode.workspace.fs.writeFile(c.uri, encoder.encode(c.svg));
  await vscode.workspace.fs.writeFile(uri, encoder.encode(result.text));

  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const first = firstPrompt(doc.getText());
  if (first) {
    editor.selection = new vscode.Selection(doc.positionAt(first.start), doc.positionAt(first.end));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  if (share) {
    const m = shareMessage(result.text, result.replaced, result.remaining);
    void (m.level === 'warning' ? vscode.window.showWarningMessage(m.text) : vscode.window.showInformationMessage(m.text));
  }
  const n = result.charts.length;
  void vscode.window.showInformationMessage(
    `Clinote: drafted from ${result.notes} notes${n ? `, with ${n} ${n === 1 ? 'chart' : 'charts'} beside it` : ''}. Gathered facts say "(from notes: ...)"; the questions are yours.`,
  );
  return { uri, charts: charts.map((c) => c.uri) };
}

/** The workspace folder to draft from: given, the active note's, the only one, or asked. */
async function draftFolder(arg?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  if (arg) return vscode.workspace.getWorkspaceFolder(arg);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active && vscode.workspace.getWorkspaceFolder(active);
  if (own) return own;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder of the notes to draft from' });
}

/** Built-in templates and the folder's .clinote/templates/*.md; a broken one is reported, not fatal. */
async function loadTemplates(service: LintService, folder: vscode.Uri): Promise<{ templates: DraftTemplate[]; errors: TemplateError[] }> {
  const dir = vscode.Uri.joinPath(folder, '.clinote', 'templates');
  const entries = await vscode.workspace.fs.readDirectory(dir).then(undefined, () => [] as [string, vscode.FileType][]);
  // A template's type may be one the workspace's config adds.
  const config = entries.length ? (await service.configs.forUri(vscode.Uri.joinPath(dir, 'template.md')).catch(() => undefined))?.config : undefined;
  const types = profilesFor(config).map((p) => p.id);
  const own: DraftTemplate[] = [];
  const errors: TemplateError[] = [];
  for (const [f, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const name = templateName(f);
    if (!name || !(type & vscode.FileType.File)) continue;
    const file = `.clinote/templates/${f}`;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, f));
      if (bytes.length > 1024 * 1024) throw new TemplateError(file, 1, 'larger than 1 MB');
      own.push(readTemplate(name, file, new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), types));
    } catch (e) {
      errors.push(e instanceof TemplateError ? e : new TemplateError(file, 1, `cannot read it (${(e as vscode.FileSystemError)?.code ?? 'unknown error'})`));
    }
  }
  return { templates: mergeTemplates(builtinTemplates(), own), errors };
}

/**
 * Every note of the folder (the notes Lint Workspace reads), each read once (where lints run), and those that took
 * too long to read; undefined when cancelled.
 */
async function readWorkspaceNotes(
  service: LintService,
  folder: vscode.WorkspaceFolder,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<{ sessions: SessionFacts[]; slow: string[] } | undefined> {
  const uris = await findNotes(folder, token);
  const out: SessionFacts[] = [];
  const slow: string[] = [];
  const decoder = new TextDecoder();
  for (const [i, uri] of uris.entries()) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: `${i + 1}/${uris.length}`, increment: 100 / uris.length });
    const bytes = await vscode.workspace.fs.readFile(uri).then(undefined, () => undefined);
    if (!bytes || bytes.length > MAX_NOTE_CHARS * 3) continue;
    const config = (await service.configs.forUri(uri).catch(() => undefined))?.config;
    if (config && isIgnored(config.ignore, uri.path)) continue;
    // An open note is read as it is on screen, unsaved changes and all.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : decoder.decode(bytes).replace(/^\uFEFF/, '');
    const path = vscode.workspace.asRelativePath(uri, false);
    try {
      const read = await untilCancelled(token, (signal) => service.client.run({ kind: 'read-notes', notes: [{ path, text, config }] }, BUDGET_MS, signal));
      if (!read) return undefined;
      out.push(...read);
    } catch (e) {
      if (!(e instanceof LintTimeout)) throw e;
      slow.push(path);
    }
    // In the web host the note was read on this thread: let the extension host breathe between notes.
    if (service.client.kind === 'in-process') await new Promise((r) => setTimeout(r, 0));
  }
  return { sessions: out, slow };
}

/**
 * What `run` gives, or undefined as soon as the clinician cancels: a step still queued for the worker is withdrawn,
 * one under way stops at its next unit of work (a note, a client, a chart, a node of the template), so that the
 * worker is free for the next lint. A result that comes in once the clinician has cancelled is dropped.
 */
async function untilCancelled<T>(token: vscode.CancellationToken, run: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  if (token.isCancellationRequested) return undefined;
  const ac = new AbortController();
  let sub: vscode.Disposable | undefined;
  const cancelled = new Promise<undefined>((resolve) => {
    sub = token.onCancellationRequested(() => {
      ac.abort();
      resolve(undefined);
    });
  });
  try {
    const result = await Promise.race([run(ac.signal), cancelled]);
    return token.isCancellationRequested ? undefined : result;
  } catch (e) {
    if (e instanceof LintCancelled) return undefined;
    throw e;
  } finally {
    sub?.dispose();
  }
}

function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );
}
