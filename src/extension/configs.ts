// Finds a note's .clinote.* configuration through vscode.workspace.fs, so that it works in the desktop, in the
// browser and in virtual workspaces (the desktop entry answers file: URIs from the disk directly, see node-fs.ts).
// The core loader is synchronous: it asks for files, we answer from a cache, fetch what it missed, and run it again
// until it asks for nothing new.
//
// The workspace may be untrusted (a cloned repository): `extends` may only reach inside the workspace folder that
// holds the note (the core checks the path), and since workspace.fs cannot resolve symbolic links, a link anywhere
// on the way below that folder counts as leading out. A file is stat-ed before it is read: only regular files of at
// most 1 MB are read (a named pipe would never end).
import * as vscode from 'vscode';
import {
  dirname,
  isInside,
  loadConfigForFile,
  MAX_CONFIG_BYTES,
  relativePath,
  type ConfigHost,
  type ConfigProblem,
  type Refused,
  type ResolvedConfig,
} from '../core/index.js';

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

const decoder = new TextDecoder();

/** What the cache reads files through: vscode.workspace.fs, or on the desktop a faster path for local files. */
export type ConfigFs = Pick<vscode.FileSystem, 'stat' | 'readFile'>;

/** Rounds of ask-and-fetch: two per file of an `extends` chain (its stat, then its text), and a few to find it. */
const MAX_ROUNDS = 80;

export class ConfigCache {
  /** By URI: what is there (null: nothing, or it cannot be stat-ed). */
  private readonly stats = new Map<string, vscode.FileStat | null>();
  private readonly texts = new Map<string, string | Refused>();
  private readonly results = new Map<string, LoadedConfig>();
  private epoch = 0;

  constructor(private readonly fs: ConfigFs = vscode.workspace.fs) {}

  /** Forget everything: a config file changed. */
  clear(): void {
    this.stats.clear();
    this.texts.clear();
    this.results.clear();
    this.epoch++;
  }

  /** Whether a saved file is one of the config files in use (an `extends` target has no fixed name). */
  uses(uri: vscode.Uri): boolean {
    const key = uri.toString();
    for (const r of this.results.values()) if (r.config.files.some((f) => uri.with({ path: f }).toString() === key)) return true;
    return false;
  }

  /** The configuration for a note; undefined when the note has no place on disk to look from. */
  forNote(doc: Pick<vscode.TextDocument, 'uri' | 'isUntitled'>): Promise<LoadedConfig | undefined> {
    const anchor = anchorOf(doc);
    return anchor ? this.forUri(anchor) : Promise.resolve(undefined);
  }

  async forUri(anchor: vscode.Uri): Promise<LoadedConfig> {
    const key = anchor.toString();
    const hit = this.results.get(key);
    if (hit) return hit;
    const epoch = this.epoch;
    const folder = vscode.workspace.getWorkspaceFolder(anchor);
    const workspace = folder
      ? { folder: folder.uri.path, name: 'the workspace folder' }
      : { folder: dirname(anchor.path), name: "the note's folder" };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const host = new RoundHost(anchor, this.stats, this.texts);
      const result = loadConfigForFile(anchor.path, host, { workspace });
      if (!host.statsMissed.size && !host.textsMissed.size) {
        if (epoch === this.epoch) this.results.set(key, result);
        return result;
      }
      // Stats first, alone: a text is fetched only in a round where every link check on its way could be answered.
      if (host.statsMissed.size) await Promise.all([...host.statsMissed].map((p) => this.fetchStat(anchor.with({ path: p }))));
      else await Promise.all([...host.textsMissed].map((p) => this.fetchText(anchor.with({ path: p }))));
    }
    // Too long a chain: what is known, and nothing more.
    return loadConfigForFile(anchor.path, new RoundHost(anchor, this.stats, this.texts), { workspace });
  }

  private async fetchStat(uri: vscode.Uri): Promise<void> {
    let stat: vscode.FileStat | null;
    try {
      stat = await this.fs.stat(uri);
    } catch {
      stat = null;
    }
    this.stats.set(uri.toString(), stat);
  }

  private async fetchText(uri: vscode.Uri): Promise<void> {
    let text: string | Refused;
    try {
      const bytes = await this.fs.readFile(uri);
      // The file may have grown since its stat.
      text = bytes.length > MAX_CONFIG_BYTES ? { refused: TOO_BIG } : decoder.decode(bytes).replace(/^\uFEFF/, '');
    } catch (e) {
      text = { refused: `it cannot be read (${(e as vscode.FileSystemError)?.code ?? 'unknown error'})` };
    }
    this.texts.set(uri.toString(), text);
  }
}

const TOO_BIG = 'it is larger than 1 MB, too large for a configuration';

/** Answers one run of the loader from what is cached, and notes what it would need. */
class RoundHost implements ConfigHost {
  readonly statsMissed = new Set<string>();
  readonly textsMissed = new Set<string>();

  constructor(
    private readonly anchor: vscode.Uri,
    private readonly stats: Map<string, vscode.FileStat | null>,
    private readonly texts: Map<string, string | Refused>,
  ) {}

  private stat(path: string): vscode.FileStat | null | undefined {
    const k = this.anchor.with({ path }).toString();
    if (!this.stats.has(k)) this.statsMissed.add(path);
    return this.stats.get(k);
  }

  readFile(path: string): string | undefined | Refused {
    const stat = this.stat(path);
    if (!stat) return undefined; // not there, or not known yet
    if (!(stat.type & vscode.FileType.File)) {
      return { refused: stat.type & vscode.FileType.Directory ? 'it is a folder, not a regular file' : 'it is not a regular file (a pipe, a device...)' };
    }
    if (stat.size > MAX_CONFIG_BYTES) return { refused: TOO_BIG };
    const text = this.texts.get(this.anchor.with({ path }).toString());
    if (text === undefined) this.textsMissed.add(path);
    return text;
  }

  /** A link on any step below `folder` counts as leaving it: workspace.fs cannot say where a link leads. */
  leavesFolder(path: string, folder: string): boolean {
    if (!isInside(path, folder)) return true;
    let at = folder.replace(/\/$/, '');
    let leaves = false;
    // Every step is asked for (not just up to the first link), so that one round learns them all.
    for (const step of relativePath(folder, path).split('/')) {
      if (step === '.' || !step) continue;
      at += '/' + step;
      const stat = this.stat(at);
      if (stat && stat.type & vscode.FileType.SymbolicLink) leaves = true;
    }
    return leaves;
  }
}

/** Where to look for config from: the note itself, or for an untitled note the first workspace folder. */
function anchorOf(doc: Pick<vscode.TextDocument, 'uri' | 'isUntitled'>): vscode.Uri | undefined {
  if (!doc.isUntitled) return doc.uri;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'Untitled.md') : undefined;
}
