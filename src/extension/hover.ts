// Hover on a finding: what the short message leaves out, each once: the rule (from the registry, so a config's
// dimensions and the language rules too), why it matters, what made it expected, which sub-items are covered or not,
// where the requirement comes from, and its documentation.
import * as vscode from 'vscode';
import { dimensionById, ruleInfo } from '../core/index.js';
import type { LintService } from './linter.js';
import { docsUri } from './linter.js';

export class ClinoteHover implements vscode.HoverProvider {
  constructor(private readonly service: LintService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const offset = doc.offsetAt(pos);
    const under = this.service.current(doc)?.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
    if (!under?.length) return undefined;
    // The note's config knows its own dimensions (and their docs links); it is cached, so this rarely waits.
    const config = (await this.service.configs.forNote(doc).catch(() => undefined))?.config;
    const state = this.service.current(doc);
    if (!state?.result) return undefined;
    const hits = state.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString();
    let range: vscode.Range | undefined;
    for (const f of hits) {
      const info = ruleInfo(f.ruleId, config);
      const report = state.result.dimensions.find((d) => d.id === f.ruleId);
      const dim = dimensionById(f.ruleId, config?.dimensions);
      const title = report?.title ?? info?.title ?? f.ruleId;
      const status = f.status ? ` — ${f.status === 'unfilled' ? 'still a template' : 'not addressed'}` : '';
      md.appendMarkdown(`**${esc(title)}**${status}\n\n`);
      const why = f.why ?? info?.description;
      if (why) md.appendMarkdown(`${esc(why)}\n\n`);
      if (f.trigger) md.appendMarkdown(`Expected because the note mentions ${esc(f.trigger)}.\n\n`);
      const labels = report?.labels ?? Object.fromEntries((dim?.subItems ?? []).map((s) => [s.id, s.label]));
      const covered = f.covered ?? report?.covered ?? [];
      const missing = f.missing ?? report?.missing ?? [];
      for (const id of covered) md.appendMarkdown(`- $(check) ${esc(labels[id] ?? id)}\n`);
      for (const id of missing) md.appendMarkdown(`- $(circle-large-outline) ${esc(labels[id] ?? id)}\n`);
      if (covered.length || missing.length) md.appendMarkdown('\n');
      if (f.source) md.appendMarkdown(`*Source: ${esc(f.source)}*\n\n`);
      md.appendMarkdown(`[${f.ruleId}](${docsUri(f.ruleId, config).toString()})\n\n`);
      const r = new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end));
      range = range ? range.union(r) : r;
    }
    md.supportThemeIcons = true;
    return new vscode.Hover(md, range);
  }
}

/** Markdown's special characters escaped: a message shows as written. */
export function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
