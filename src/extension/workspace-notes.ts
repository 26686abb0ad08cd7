// The workspace's notes, as the clinote.files.* settings of each folder say (a folder with clinote.enable off has
// none): what Lint Workspace and the caseload report read.
import * as vscode from 'vscode';
import { settingsFor } from './settings.js';

export async function workspaceNotes(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const s = settingsFor(folder.uri);
    if (!s.enable) continue;
    const glob = (g: string[]) => (g.length === 1 ? g[0] : `{${g.join(',')}}`);
    const exclude = glob([...s.exclude, '**/node_modules/**']);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob(s.include.length ? s.include : ['**/*.{md,markdown}'])), new vscode.RelativePattern(folder, exclude), undefined, token);
    uris.push(...found);
  }
  return uris;
}
