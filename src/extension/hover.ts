// Hover on a finding: the dimension, why a supervisor looks for it, and which sub-items are covered or not.
import * as vscode from 'vscode';
import { dimensionById } from '../core/index.js';
import type { LintService } from './linter.js';
import { docsUri } from './linter.js';

export class ClinoteHover implements vscode.HoverProvider {
  constructor(private readonly service: LintService) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const state = this.service.current(doc);
    if (!state?.result) return undefined;
    const offset = doc.offsetAt(pos);
    const hits = state.findings.filter((f) => f.range.start <= offset && offset <= f.range.end && f.status);
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString();
    let range: vscode.Range | undefined;
    for (const f of hits) {
      const report = state.result.dimensions.find((d) => d.id === f.ruleId);
      const dim = dimensionById(f.ruleId);
      const title = report?.title ?? dim?.title ?? f.ruleId;
      md.appendMarkdown(`**${esc(title)}** — ${f.status === 'unfilled' ? 'still a template' : 'not addressed'}\n\n`);
      const why = report?.why ?? dim?.why;
      if (why) md.appendMarkdown(`${esc(why)}\n\n`);
      const labels = report?.labels ?? Object.fromEntries((dim?.subItems ?? []).map((s) => [s.id, s.label]));
      const covered = f.covered ?? report?.covered ?? [];
      const missing = f.missing ?? report?.missing ?? [];
      for (const id of covered) md.appendMarkdown(`- $(check) ${esc(labels[id] ?? id)}\n`);
      for (const id of missing) md.appendMarkdown(`- $(circle-large-outline) ${esc(labels[id] ?? id)}\n`);
      if (covered.length || missing.length) md.appendMarkdown('\n');
      if (dim?.source) md.appendMarkdown(`*Source: ${esc(dim.source)}*\n\n`);
      md.appendMarkdown(`[${f.ruleId}](${docsUri(f.ruleId).toString()})\n\n`);
      const r = new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end));
      range = range ? range.union(r) : r;
    }
    md.supportThemeIcons = true;
    return new vscode.Hover(md, range);
  }
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
