// Clinote: Caseload Report: the CLI's HTML caseload report (core report/html.ts) of the workspace's notes, in a
// webview. The notes are linted as Lint Workspace lints them (an open note as it is in the editor, with the
// clinote.severity setting and the note's dismissals applied). The page's CSP allows its one style and one script by
// a nonce made for this showing; the webview may load no local file and nothing from the network.
import * as vscode from 'vscode';
import { formatHtml, reportDimensions, reportFinding, type FileReport } from '../core/index.js';
import { lintDocument } from './lint-document.js';
import type { LintService } from './linter.js';
import { workspaceNotes } from './workspace-notes.js';
import { breathe } from './slices.js';

const VIEW_TYPE = 'clinote.caseloadReport';
const TITLE = 'Clinote: Caseload Report';

let panel: vscode.WebviewPanel | undefined;

/** Lints the workspace's notes and shows their report (one panel, brought forward and refreshed on each call). What
 *  it showed is returned (tests read it). */
export async function showCaseloadReport(service: LintService): Promise<{ notes: number; html: string } | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Clinote: open a folder to see the report of its notes.');
    return undefined;
  }
  const reports = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinote: reading the caseload', cancellable: true },
    (progress, token) => caseloadReports(service, token, (done, total) => progress.report({ message: `${done}/${total}`, increment: 100 / total })),
  );
  if (!reports) return undefined;
  if (!panel) {
    panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
    panel.onDidDispose(() => (panel = undefined));
  } else panel.reveal();
  const version = vscode.extensions.getExtension('clinote.clinote')?.packageJSON?.version ?? '';
  const html = formatHtml(reports, { version, csp: { nonce: nonce() } });
  panel.webview.html = html;
  return { notes: reports.length, html };
}

/** Each note's report; undefined when cancelled. */
async function caseloadReports(service: LintService, token: vscode.CancellationToken, tick: (done: number, total: number) => void): Promise<FileReport[] | undefined> {
  const uris = await workspaceNotes(token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const reports: FileReport[] = [];
  for (const [i, uri] of uris.entries()) {
    if (token.isCancellationRequested) return undefined;
    tick(i + 1, uris.length);
    const doc = open.get(uri.toString());
    const text = doc ? doc.getText() : await vscode.workspace.fs.readFile(uri).then((b) => new TextDecoder().decode(b), () => undefined);
    if (text === undefined) continue;
    const r = await lintDocument({ uri, text, isUntitled: false }, service.deps);
    // A note skipped (ignored, too large), timed out or failed is not in the report.
    if (r.kind !== 'linted') continue;
    const findings = r.findings.map((f) => reportFinding(f, f.at.start, f.at.end));
    reports.push({
      path: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
      findings,
      dimensions: reportDimensions(r.outcome.dimensions, r.findings),
      session: r.outcome.session,
      ...(r.outcome.review ? { review: r.outcome.review } : {}),
    });
    await breathe(); // let the extension host breathe between notes
  }
  return reports;
}

/** 32 hex digits from the platform's random source (a webview's CSP nonce). */
function nonce(): string {
  return [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
