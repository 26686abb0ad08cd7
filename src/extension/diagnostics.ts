// Diagnostics made from the core's findings and config problems. A finding's diagnostic keeps which finding it is
// (its key: the index into the findings published with it), so that code actions find their finding without
// comparing messages. VS Code hands providers back the very Diagnostic objects an extension set.
import * as vscode from 'vscode';
import { ruleInfo, type ConfigProblem, type PlacedCopy, type Severity } from '../core/index.js';
import type { PlacedFinding } from './lint-outcome.js';

export const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly finding: PlacedFinding,
    /** Index of the finding in the list it was published with (NoteState.findings for a live note). */
    readonly key: number,
    docs: vscode.Uri,
  ) {
    const { start, end } = finding.at;
    // A quiet rule's info findings (unanswered prompts) are hints: seen in the text, not rows in the Problems panel.
    const hint = finding.severity === 'info' && ruleInfo(finding.ruleId)?.quiet;
    super(new vscode.Range(start.line, start.character, end.line, end.character), finding.message, hint ? vscode.DiagnosticSeverity.Hint : (SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning));
    this.source = 'clinote';
    this.code = { value: finding.ruleId, target: docs };
  }
}

/** One diagnostic per finding, keyed by its index. */
export function toDiagnostics(findings: readonly PlacedFinding[], docsUri: (ruleId: string) => vscode.Uri): FindingDiagnostic[] {
  return findings.map((f, i) => new FindingDiagnostic(f, i, docsUri(f.ruleId)));
}

/** The finding a diagnostic was made from, if it is one of these findings (not of an older lint or another tool). */
export function findingOf(d: vscode.Diagnostic, findings: readonly PlacedFinding[]): PlacedFinding | undefined {
  return d instanceof FindingDiagnostic && findings[d.key] === d.finding ? d.finding : undefined;
}

/** A copied-text diagnostic keeps its finding: Dismiss for this note takes the key from it. */
export class CopyDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly finding: PlacedCopy,
    range: vscode.Range,
  ) {
    super(range, finding.message, SEVERITY[finding.severity]);
  }
}

/** A copied-text finding of Lint Workspace, with the other note as related information (a link in the Problems panel). */
export function copyDiagnostic(f: PlacedCopy, uriOf: (path: string) => vscode.Uri, docs: vscode.Uri): CopyDiagnostic {
  const { start, end } = f.at;
  const d = new CopyDiagnostic(f, new vscode.Range(start.line, start.character, end.line, end.character));
  d.source = 'clinote';
  d.code = { value: f.ruleId, target: docs };
  d.relatedInformation = (f.related ?? []).map((r) => {
    const range = new vscode.Range(r.at.start.line, r.at.start.character, r.at.end.line, r.at.end.character);
    return new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.path), range), r.message);
  });
  return d;
}

/** A config problem on its config file, over the offending node; a problem with the whole file marks its start. */
export function configDiagnostic(p: ConfigProblem): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const end = p.endLine !== undefined && p.endColumn !== undefined ? new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1)) : start.translate(0, 1);
  const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
  d.source = 'clinote';
  return d;
}
