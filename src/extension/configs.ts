// Finds a note's .clinote.* configuration through vscode.workspace.fs, so that it works in the desktop, in the
// browser and in virtual workspaces. The core loader is synchronous: it asks for files, we answer from a cache, fetch
// what it missed, and run it again until it asks for nothing new.
import * as vscode from 'vscode';
import { loadConfigForFile } from '../core/config/index.js';
import type { ConfigProblem, ResolvedConfig } from '../core/config/types.js';

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

const decoder = new TextDecoder();

export class ConfigCache {
  private readonly texts = new Map<string, string | undefined>();
  private readonly results = new Map<string, LoadedConfig>();
  private epoch = 0;

  /** Forget everything: a config file changed. */
  clear(): void {
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
  forNote(doc: vscode.TextDocument): Promise<LoadedConfig | undefined> {
    const anchor = anchorOf(doc);
    return anchor ? this.forUri(anchor) : Promise.resolve(undefined);
  }

  async forUri(anchor: vscode.Uri): Promise<LoadedConfig> {
    const key = anchor.toString();
    const hit = this.results.get(key);
    if (hit) return hit;
    const epoch = this.epoch;
    for (let round = 0; round < 20; round++) {
      const missed: string[] = [];
      const host = {
        readFile: (path: string) => {
          const k = anchor.with({ path }).toString();
          if (this.texts.has(k)) return this.texts.get(k);
          missed.push(path);
          return undefined;
        },
      };
      const result = loadConfigForFile(anchor.path, host);
      if (missed.length === 0) {
        if (epoch === this.epoch) this.results.set(key, result);
        return result;
      }
      await Promise.all(missed.map(async (p) => this.texts.set(anchor.with({ path: p }).toString(), await read(anchor.with({ path: p })))));
    }
    return loadConfigForFile(anchor.path, { readFile: (p) => this.texts.get(anchor.with({ path: p }).toString()) });
  }
}

/** Where to look for config from: the note itself, or for an untitled note the first workspace folder. */
function anchorOf(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (!doc.isUntitled) return doc.uri;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'Untitled.md') : undefined;
}

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
