// The walkthrough (package.json contributes.walkthroughs) marks each step done on an event. Creating a note, seeing
// coverage and setting up a config file are a command or a view; answering a prompt and applying a fix are neither,
// so the extension sets a context key when it sees them (completionEvents onContext:...).
import * as vscode from 'vscode';
import type { LintService } from './linter.js';

/** Set once a note is linted again with fewer unanswered prompts than the lint before: the clinician answered one. */
export const PROMPT_ANSWERED = 'clinote.walkthrough.promptAnswered';
/** Set once one of Clinote's quick-fixes is applied. */
export const FIX_APPLIED = 'clinote.walkthrough.fixApplied';

/** The command a quick-fix carries: VS Code runs it after the fix's edit. */
export const FIX_APPLIED_COMMAND: vscode.Command = { title: 'Clinote: fix applied', command: 'setContext', arguments: [FIX_APPLIED, true] };
/** After "Insert all": a fix was applied, and the first inserted question is selected, ready to be typed over. */
export const INSERTED_COMMAND = 'clinote.selectInserted';

export function registerInsertedCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(INSERTED_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
    await vscode.commands.executeCommand('setContext', FIX_APPLIED, true);
    const ed = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    if (!ed) return;
    const range = new vscode.Range(ed.document.positionAt(start), ed.document.positionAt(end));
    ed.selection = new vscode.Selection(range.start, range.end);
    ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}

/** Watches lints for a note whose unanswered prompts went down, until it has seen one. */
export function watchPromptAnswers(service: LintService): vscode.Disposable {
  const before = new Map<string, number>();
  const sub = service.onDidLint((uri) => {
    const key = uri.toString();
    const findings = service.state(uri)?.result?.findings;
    if (!findings) {
      before.delete(key);
      return;
    }
    const open = findings.reduce((n, f) => n + (f.ruleId === 'unfilled-prompt' ? 1 : 0), 0);
    const was = before.get(key);
    before.set(key, open);
    if (was === undefined || open >= was) return;
    sub.dispose();
    before.clear();
    void vscode.commands.executeCommand('setContext', PROMPT_ANSWERED, true);
  });
  return sub;
}
