// `--format json`: an array with one entry per file, {path, findings}; stable keys for scripts.
import type { FileReport } from './types.js';

export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => ({
    path: r.path,
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      covered: f.covered,
      missing: f.missing,
      ...(f.status ? { status: f.status } : {}),
      ...(f.trigger ? { trigger: f.trigger } : {}),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
