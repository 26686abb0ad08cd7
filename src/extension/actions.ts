// Code actions: a quick-fix per finding (templates as snippets: the cursor lands on the first prompt), dismiss a finding
// for the note (kept outside it, in .clinote/dismissed.json), insert all missing sections, disable a rule for the note
// or a line (a comment in the note), and source.fixAll.clinote for editor.codeActionsOnSave.
import * as vscode from 'vscode';
import { dismissalKey, eolOf, firstPromptAfter, selectEdits, type Finding, type Fix } from '../core/index.js';
import { CopyDiagnostic, findingOf } from './diagnostics.js';
import type { LintService, NoteState } from './linter.js';
import { lintDocument } from './lint-document.js';
import { isNote, settingsFor } from './settings.js';
import { FIX_APPLIED_COMMAND, INSERTED_COMMAND } from './walkthrough.js';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('clinote');

export class ClinoteActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
  };

  constructor(private readonly service: LintService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    if (ctx.only && (FIX_ALL.contains(ctx.only) || ctx.only.contains(FIX_ALL))) return fixAll(doc, this.service);
    const state = this.service.current(doc);
    if (state?.result) return this.quickFixes(doc, state, ctx.diagnostics);
    // Asked for (Ctrl+.) while the findings are a keystroke behind: wait for the note's lint rather than offer
    // nothing. The light bulb (asked automatically as the cursor moves) does not wait: it updates once the lint lands.
    if (ctx.triggerKind !== vscode.CodeActionTriggerKind.Invoke) return [];
    return this.service.settled(doc, token).then((s) => {
      if (!s?.result || token.isCancellationRequested) return [];
      const shown = [...(this.service.diagnostics.get(doc.uri) ?? []), ...(this.service.copiesDiagnostics.get(doc.uri) ?? [])];
      const here = shown.filter((d) => d.range.intersection(range) !== undefined);
      return this.quickFixes(doc, s, here);
    });
  }

  private quickFixes(doc: vscode.TextDocument, state: NoteState, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    // Dismissals are kept by the note's path in its workspace folder: an untitled note or one outside has none.
    const dismissable = !doc.isUntitled && !!vscode.workspace.getWorkspaceFolder(doc.uri);
    const several = diagnostics.filter((d) => findingOf(d, state.findings) || d instanceof CopyDiagnostic).length > 1;
    let text: string | undefined;
    // One preferred fix, listed first and applied by Auto Fix: the most severe finding's here (an error before a
    // warning before a prompt's hint), the first one among equals.
    let preferred: vscode.Diagnostic | undefined;
    for (const d of diagnostics) if (findingOf(d, state.findings)?.fix && (!preferred || d.severity < preferred.severity)) preferred = d;
    for (const d of diagnostics) {
      // A copy found by Lint Workspace: Dismiss for this note (its finding carries its block's key), which leaves the
      // note as it is.
      if (d instanceof CopyDiagnostic) {
        if (dismissable) actions.push(dismissAction(doc.uri, d.finding, d, several, (text ??= doc.getText())));
        continue;
      }
      // The diagnostic says which finding it is (its key): two findings with the same message each get their own fix.
      const f = findingOf(d, state.findings);
      if (!f) continue;
      if (f.fix) {
        const a = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.isPreferred = d === preferred;
        a.edit = toWorkspaceEdit(doc, [f.fix], true);
        a.command = FIX_APPLIED_COMMAND; // the walkthrough's "fix a finding" step
        actions.push(a);
      }
      // Offered before the inline comments: it leaves the note (the record) as it is.
      if (dismissable) actions.push(dismissAction(doc.uri, f, d, several, (text ??= doc.getText())));
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        actions.push(disableAction(doc, state, f, d, 'file'));
        // Not inside front matter: a comment there would be YAML, not a directive.
        const fm = state.result?.note.frontMatter;
        if (!f.status && !(fm && f.range.start < fm.range.end)) actions.push(disableAction(doc, state, f, d, 'line'));
      }
    }
    const missing = state.findings.filter((f) => f.status === 'missing' && f.fix);
    if (actions.length && missing.length > 1) {
      const a = new vscode.CodeAction(`Insert all ${missing.length} missing sections`, vscode.CodeActionKind.QuickFix);
      const fixes = missing.map((f) => f.fix!);
      a.edit = toWorkspaceEdit(doc, fixes, false);
      // Plain edits (one snippet per edit would each want the cursor): the command then selects the first question.
      const first = firstPromptAfter(selectEdits(fixes));
      a.command = first ? { title: a.title, command: INSERTED_COMMAND, arguments: [doc.uri, first.start, first.end] } : FIX_APPLIED_COMMAND;
      a.diagnostics = diagnostics.filter((d) => {
        const f = findingOf(d, state.findings);
        return !!f && missing.includes(f);
      });
      actions.push(a);
    }
    return actions;
  }
}

/**
 * Fix all, as on save: from the findings for the note as it is now (the live lint's when it is for this version,
 * else a lint run now, never one a keystroke behind), so the result does not depend on how fast the save follows
 * the typing; only the kinds of fix the
 * clinote.fixAll.kinds setting names are applied (structure by default, never the clinician's words).
 */
async function fixAll(doc: vscode.TextDocument, service: LintService): Promise<vscode.CodeAction[]> {
  if (!isNote(doc)) return [];
  const version = doc.version;
  // The live result serves when it is for this very version; otherwise the note is linted now.
  let findings = service.current(doc)?.result ? service.current(doc)!.findings : undefined;
  if (!findings) {
    const r = await lintDocument({ uri: doc.uri, text: doc.getText(), isUntitled: doc.isUntitled }, service.deps, { current: () => doc.version === version });
    if (r.kind !== 'linted' || doc.version !== version) return [];
    findings = r.findings;
  }
  const kinds = settingsFor(doc.uri).fixAllKinds;
  const fixes = findings.flatMap((f) => (f.fix && kinds.includes(f.fix.kind) ? [f.fix] : []));
  if (!fixes.length) return [];
  const a = new vscode.CodeAction('Fix all Clinote findings', FIX_ALL);
  a.edit = toWorkspaceEdit(doc, fixes, false);
  return [a];
}

/** All edits of the fixes in one WorkspaceEdit, chosen and ordered by the core's selectEdits, so that the editor
 * and the CLI agree. */
export function toWorkspaceEdit(doc: vscode.TextDocument, fixes: Fix[], snippets: boolean): vscode.WorkspaceEdit {
  const edits = selectEdits(fixes);
  const we = new vscode.WorkspaceEdit();
  we.set(
    doc.uri,
    edits.map((e) => {
      const range = new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end));
      return snippets && e.snippet !== undefined
        ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.snippet))
        : new vscode.TextEdit(range, e.newText);
    }),
  );
  return we;
}

/** Dismiss for this note: the finding's key (core dismissalKey, from the text it was found in) goes to the command. */
function dismissAction(uri: vscode.Uri, f: Finding, d: vscode.Diagnostic, several: boolean, text: string): vscode.CodeAction {
  const title = several ? `Dismiss for this note (${f.ruleId})` : 'Dismiss for this note';
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [d];
  a.command = { title, command: 'clinote.dismiss', arguments: [uri, dismissalKey(f, text)] };
  return a;
}

/** An inline directive: for the whole note (after the front matter) or for the finding's line. */
function disableAction(doc: vscode.TextDocument, state: NoteState, f: Finding, d: vscode.Diagnostic, scope: 'file' | 'line'): vscode.CodeAction {
  const note = state.result!.note;
  const eol = eolOf(doc.getText());
  const title = scope === 'file' ? `Disable ${f.ruleId} for this note` : `Disable ${f.ruleId} for this line`;
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [d];
  a.edit = new vscode.WorkspaceEdit();
  if (scope === 'line') {
    // At the end of the line: a comment line above a list item would split the list.
    a.edit.insert(doc.uri, doc.lineAt(d.range.start.line).range.end, ` <!-- clinote-disable-line ${f.ruleId} -->`);
    return a;
  }
  // One disable-file comment per note: add the rule to an existing one rather than stacking comments.
  const existing = note.directives.find((x) => x.kind === 'disable-file' && x.rules.length);
  if (existing) {
    const range = new vscode.Range(doc.positionAt(existing.range.start), doc.positionAt(existing.range.end));
    a.edit.replace(doc.uri, range, `<!-- clinote-disable-file ${[...existing.rules, f.ruleId].join(' ')} -->`);
    return a;
  }
  const pos = doc.positionAt(note.bodyStart);
  const comment = `<!-- clinote-disable-file ${f.ruleId} -->`;
  if (pos.character === 0) a.edit.insert(doc.uri, pos, comment + eol);
  else a.edit.insert(doc.uri, doc.lineAt(pos.line).range.end, eol + comment);
  return a;
}
