// `--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines, GitHub test reporters) show as
// test results: one test suite per note, one test case per rule checked in it, a failure for each rule with an error
// or a warning there (its findings, one per line, in the failure's text). Information findings do not fail; they go
// to the test case's output. A file that could not be linted, and a config file with problems, are suites of their own.
import { ruleInfo, type RuleInfo } from '../rules/index.js';
import { FILE_RULE_INFO, type FileReport, type ReportFinding } from './types.js';

/** XML 1.0 allows neither these characters nor lone surrogates, even escaped: they are dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c]);
}

const line = (f: ReportFinding) => `${f.line}:${f.column} ${f.severity} ${f.message.split('\n').map((l) => l.trim()).join(' ')}`;

interface Case {
  name: string;
  failure?: { severity: string; message: string; text: string };
  out?: string;
}

function casesOf(r: FileReport, info: (id: string) => RuleInfo | undefined): Case[] {
  const byRule = new Map<string, ReportFinding[]>();
  for (const id of r.rules ?? []) byRule.set(id, []);
  for (const f of r.findings) (byRule.get(f.ruleId) ?? byRule.set(f.ruleId, []).get(f.ruleId)!).push(f);
  return [...byRule].map(([id, findings]) => {
    const failing = findings.filter((f) => f.severity !== 'info');
    const infos = findings.filter((f) => f.severity === 'info');
    const title = (ruleInfo(id) ?? info(id))?.title ?? FILE_RULE_INFO[id]?.title;
    return {
      name: title ? `${id}: ${title}` : id,
      ...(failing.length
        ? {
            failure: {
              severity: failing.some((f) => f.severity === 'error') ? 'error' : 'warning',
              message: failing[0].message,
              text: failing.map(line).join('\n'),
            },
          }
        : {}),
      ...(infos.length ? { out: infos.map(line).join('\n') } : {}),
    };
  });
}

/** `info` says what is known of a rule the built-in registry does not hold (a config's own dimension). */
export function formatJunit(reports: readonly FileReport[], info: (id: string) => RuleInfo | undefined = () => undefined): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of reports) {
    const cases = casesOf(r, info);
    const failed = cases.filter((c) => c.failure).length;
    tests += cases.length;
    failures += failed;
    // The class is the note (its path without the extension), the test the rule: how ESLint's JUnit output reads.
    const classname = xml(r.path.replace(/\.(md|markdown)$/i, ''));
    const file = xml(r.path);
    suites.push(`  <testsuite name="${file}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`);
    for (const c of cases) {
      const open = `    <testcase classname="${classname}" name="${xml(c.name)}" file="${file}"`;
      if (!c.failure && !c.out) {
        suites.push(`${open}/>`);
        continue;
      }
      suites.push(`${open}>`);
      if (c.failure) suites.push(`      <failure type="${c.failure.severity}" message="${xml(c.failure.message)}">${xml(c.failure.text)}</failure>`);
      if (c.out) suites.push(`      <system-out>${xml(c.out)}</system-out>`);
      suites.push('    </testcase>');
    }
    suites.push('  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="clinote" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
