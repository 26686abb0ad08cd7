// The notes of a workspace folder, as the settings define them (clinote.files.include / exclude): what Lint Workspace
// lints and Draft Report reads.
import * as vscode from 'vscode';
import { settingsFor } from './settings.js';

export async function findNotes(folder: vscode.WorkspaceFolder, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const s = settingsFor(folder.uri);
  if (!s.enable) return [];
  const glob = (g: string[]) => (g.length === 1 ? g[0] : `{${g.join(',')}}`);
  const exclude = glob([...s.exclude, '**/node_modules/**']);
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob(s.include.length ? s.include : ['**/*.{md,markdown}'])), new vscode.RelativePattern(folder, exclude), undefined, token);
  // In path order: the same notes give the same draft.
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
