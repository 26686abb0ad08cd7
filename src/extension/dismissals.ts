// Dismiss for this note: findings silenced in `.clinote/dismissed.json`, outside the note (a health record). A note's
// dismissals are in the nearest such file up from its folder, not above its workspace folder; without one, the first
// dismissal creates it at the workspace folder's root. Read and written through vscode.workspace.fs, so that it works
// in the desktop, the web and virtual workspaces. A file that cannot be read shows its problems on itself, applies
// nothing, and is never written: nothing in it is lost. Nothing is read or written through a symbolic link (the file,
// `.clinote/` or a folder on the way from the workspace folder): workspace.fs cannot say where a link leads, and
// Clinote writes nothing outside the workspace.
import * as vscode from 'vscode';
import {
  addDismissal,
  dirname,
  dismissalsFor,
  dismissalsNotRead,
  DISMISSED_FILE,
  isInside,
  MAX_DISMISSED_BYTES,
  notePathKey,
  readDismissals,
  removeDismissal,
  type Dismissal,
  type DismissalKey,
  type DismissalsEdit,
  type DismissalsFile,
} from '../core/index.js';
import { configDiagnostic } from './diagnostics.js';

/**
 * What to watch: the file, and its folder, since the watcher reports a folder created or deleted with its files in it
 * (a checkout, `rm -r .clinote`) as the folder alone.
 */
export const DISMISSED_GLOBS = [`**/${DISMISSED_FILE}`, `**/${dirname(DISMISSED_FILE)}`];

/** Where a note's dismissals are, and those that are about it. */
export interface NoteDismissals {
  /** The file that holds them (or would, once the first is written). */
  file: vscode.Uri;
  /** The note's path in that file. */
  note: string;
  entries: Dismissal[];
  /** Why the file is not applied, when it cannot be read. */
  unusable?: string;
}

/** A file as last read: its text (undefined: there is none), or why it cannot be read. */
interface FileRead {
  text?: string;
  unusable?: string;
}

export class Dismissals implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('clinote-dismissed');
  /** Whether a folder holds .clinote/dismissed.json, by the folder's URI. */
  private readonly present = new Map<string, Promise<boolean>>();
  /** Whether a folder is a symbolic link, by its URI. */
  private readonly links = new Map<string, Promise<boolean>>();
  private readonly files = new Map<string, Promise<DismissalsFile>>();
  /** The last "cannot be read" message shown for each file: said once, not on every lint. */
  private readonly told = new Map<string, string>();
  /** Writes one at a time: each reads the file as the one before left it. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after this window wrote a dismissals file (the file watcher tells of other writers). */
  readonly onDidChange = this.changed.event;

  /** Forget what was read: a dismissals file changed on disk. */
  clear(): void {
    this.present.clear();
    this.links.clear();
    this.files.clear();
  }

  /** Where the note's dismissals are; undefined for an untitled note or one outside every workspace folder. */
  async locate(uri: vscode.Uri): Promise<{ file: vscode.Uri; note: string; linked?: boolean } | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const dirs: vscode.Uri[] = [];
    for (let d = dirname(uri.path); isInside(d, folder.uri.path); d = dirname(d)) {
      dirs.push(uri.with({ path: d }));
      if (dirname(d) === d) break;
    }
    const found = await Promise.all(dirs.map((d) => this.holds(d)));
    const at = found.indexOf(true);
    const root = dirs[at] ?? folder.uri;
    const note = notePathKey(root.path, uri.path);
    if (!note) return undefined;
    // The folders from the one that holds .clinote/ up to (not including) the workspace folder.
    const below = at < 0 ? [] : dirs.slice(at, -1);
    const linked = (await Promise.all(below.map((d) => this.isLink(d)))).includes(true);
    return { file: fileIn(root), note, ...(linked && { linked }) };
  }

  /** The note's dismissals (read once, until a dismissals file changes). */
  async forNote(uri: vscode.Uri): Promise<NoteDismissals | undefined> {
    const at = await this.locate(uri);
    if (!at) return undefined;
    const key = at.file.toString();
    let read = this.files.get(key);
    if (!read) this.files.set(key, (read = readFile(at.file, at.linked).then((r) => this.parse(at.file, r))));
    const file = await read;
    return { file: at.file, note: at.note, entries: dismissalsFor(file, at.note), unusable: file.unusable };
  }

  /** Dismisses a finding of the note (its key from the core's dismissalKey); false when nothing was written. */
  dismiss(uri: vscode.Uri, key: DismissalKey, date: string): Promise<boolean> {
    return this.edit(uri, 'dismiss the finding', (text, note) => addDismissal(text, { note, ...key, date }));
  }

  /** Removes the entry (and any other with the same key), so that what it dismissed shows again. */
  undo(uri: vscode.Uri, entry: Dismissal): Promise<boolean> {
    return this.edit(uri, 'undo the dismissal', (text) => (text === undefined ? { ok: true, text: '', changed: false } : removeDismissal(text, entry)));
  }

  /** Reads the file as it is now (not as cached), edits it, and writes it; one edit at a time. */
  private edit(uri: vscode.Uri, what: string, change: (text: string | undefined, note: string) => DismissalsEdit): Promise<boolean> {
    const run = this.queue.then(async () => {
      const at = await this.locate(uri);
      if (!at) {
        void vscode.window.showInformationMessage(`Clinote cannot ${what} outside a workspace folder: it keeps dismissals in the folder's ${DISMISSED_FILE}.`);
        return false;
      }
      const current = await readFile(at.file, at.linked);
      const edit: DismissalsEdit = current.unusable ? { ok: false, reason: current.unusable } : change(current.text, at.note);
      if (!edit.ok) {
        const shown = vscode.workspace.asRelativePath(at.file);
        offerToOpen('error', `Clinote could not ${what} in ${shown}: ${edit.reason}. Clinote leaves that file as it is; fix or remove it, then try again.`, at.file);
        return false;
      }
      if (!edit.changed) return true;
      try {
        await vscode.workspace.fs.createDirectory(at.file.with({ path: dirname(at.file.path) }));
        await vscode.workspace.fs.writeFile(at.file, new TextEncoder().encode(edit.text));
      } catch (e) {
        void vscode.window.showErrorMessage(`Clinote could not ${what}: ${vscode.workspace.asRelativePath(at.file)} cannot be written (${(e as vscode.FileSystemError).code ?? (e as Error).message}).`);
        return false;
      }
      this.present.set(at.file.with({ path: dirname(dirname(at.file.path)) }).toString(), Promise.resolve(true));
      this.files.set(at.file.toString(), Promise.resolve(this.parse(at.file, { text: edit.text })));
      this.changed.fire();
      return true;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The file's entries and problems; its problems are shown on it, and once that it cannot be read. */
  private parse(file: vscode.Uri, r: FileRead): DismissalsFile {
    const parsed = r.unusable !== undefined ? dismissalsNotRead(file.path, r.unusable) : readDismissals(r.text ?? '', file.path);
    this.problems.set(file, parsed.problems.map(configDiagnostic));
    const key = file.toString();
    if (parsed.unusable && this.told.get(key) !== parsed.unusable) {
      this.told.set(key, parsed.unusable);
      const shown = vscode.workspace.asRelativePath(file);
      offerToOpen('warning', `Clinote cannot read ${shown} (${parsed.unusable}): the findings dismissed in it show again until it is fixed. Clinote leaves the file as it is.`, file);
    } else if (!parsed.unusable) this.told.delete(key);
    return parsed;
  }

  private isLink(folder: vscode.Uri): Promise<boolean> {
    const key = folder.toString();
    let p = this.links.get(key);
    if (!p) this.links.set(key, (p = Promise.resolve(vscode.workspace.fs.stat(folder)).then((s) => !!(s.type & vscode.FileType.SymbolicLink), () => false)));
    return p;
  }

  private holds(folder: vscode.Uri): Promise<boolean> {
    const key = folder.toString();
    let p = this.present.get(key);
    if (!p) this.present.set(key, (p = Promise.resolve(vscode.workspace.fs.stat(fileIn(folder))).then(() => true, () => false)));
    return p;
  }

  dispose(): void {
    this.problems.dispose();
    this.changed.dispose();
  }
}

/** A message with a button that opens the file it is about. */
function offerToOpen(level: 'error' | 'warning', message: string, file: vscode.Uri): void {
  const open = 'Open File';
  const show = level === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void show(message, open).then(async (pick) => {
    if (pick === open) await vscode.window.showTextDocument(file);
  });
}

function fileIn(folder: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...DISMISSED_FILE.split('/'));
}

const LINKED = 'it is reached through a symbolic link, which may lead outside the workspace; Clinote keeps dismissals only in a plain file of the workspace';

/**
 * The file's text; no text when there is no file; `unusable` when something is there that must not be read, or when
 * the file or its folder is a symbolic link (`linked`: a folder on the way is), which must not be written through.
 */
async function readFile(file: vscode.Uri, linked = false): Promise<FileRead> {
  const stat = async (u: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(u)).then((s) => s, () => undefined);
  const folder = await stat(file.with({ path: dirname(file.path) }));
  if (linked || (folder && folder.type & vscode.FileType.SymbolicLink)) return { unusable: LINKED };
  const s = await stat(file);
  if (!s) return {};
  if (s.type & vscode.FileType.SymbolicLink) return { unusable: LINKED };
  if (!(s.type & vscode.FileType.File)) return { unusable: 'it is not a regular file' };
  if (s.size > MAX_DISMISSED_BYTES) return { unusable: 'it is larger than 1 MB' };
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (bytes.length > MAX_DISMISSED_BYTES) return { unusable: 'it is larger than 1 MB' };
    return { text: new TextDecoder().decode(bytes) };
  } catch (e) {
    return { unusable: `it cannot be read (${(e as vscode.FileSystemError)?.code ?? 'unknown error'})` };
  }
}
