// The workspace's notes, as the clinote.files.* settings of each folder say (a folder with clinote.enable off has
// none): what Lint Workspace and the caseload report read. One folder's are found by notes.ts (Draft Report too).
import * as vscode from 'vscode';
import { findNotes } from './notes.js';

export async function workspaceNotes(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) uris.push(...(await findNotes(folder, token)));
  return uris;
}
