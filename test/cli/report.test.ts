import assert from 'node:assert/strict';
import {
  formatSummary,
  configReports,
  fileProblem,
  formatJson,
  formatStylish,
  summary,
  toReportFindings,
  type FileReport,
} from '../../src/core/report/index.js';
import { decodeNote } from '../../src/cli/decode.js';
import type { Finding } from '../../src/core/types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'goals',
  severity: 'warning',
  message: 'Goals not documented.',
  range: { start: 0, end: 0 },
  ...over,
});

describe('report: positions', () => {
  it('1-based lines and columns counted in UTF-16 code units, end exclusive', () => {
    const text = '# T\r\na\u{1F600}b goal\n';
    const start = text.indexOf('b');
    const [f] = toReportFindings(text, [finding({ range: { start, end: start + 6 } })]);
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, 4, 2, 10]);
    assert.deepEqual([f.covered, f.missing], [[], []]);
  });

  it('findings are sorted by position, then severity', () => {
    const text = 'one\ntwo\n';
    const got = toReportFindings(text, [
      finding({ ruleId: 'b', range: { start: 4, end: 7 } }),
      finding({ ruleId: 'c', severity: 'info', range: { start: 0, end: 1 } }),
      finding({ ruleId: 'a', severity: 'error', range: { start: 0, end: 1 } }),
    ]);
    assert.deepEqual(
      got.map((f) => f.ruleId),
      ['a', 'c', 'b'],
    );
  });
});

describe('report: stylish', () => {
  const reports: FileReport[] = [
    {
      path: 'notes/a.md',
      findings: toReportFindings('# A\n## Plan\n', [
        finding({ range: { start: 4, end: 11 }, message: 'Goals not documented:\nadd a Goals section.', covered: ['tasks'] }),
        finding({ ruleId: 'risk-assessment', severity: 'error', range: { start: 0, end: 3 }, message: 'No risk screen.' }),
      ]),
    },
    { path: 'notes/b.md', findings: [fileProblem('file-encoding', 'info', 'read as Windows-1252')] },
    { path: 'notes/c.md', findings: [] },
  ];

  it('path:line:col severity message rule-id, then the summary', () => {
    assert.equal(
      formatStylish(reports),
      [
        'notes/a.md:1:1 error   No risk screen.  risk-assessment',
        'notes/a.md:2:1 warning Goals not documented: add a Goals section.  goals',
        'notes/b.md:1:1 info    read as Windows-1252  file-encoding',
        '',
        '3 problems (1 error, 1 warning, 1 info) in 2 files of 3 checked.',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    assert.ok(!formatStylish(reports).includes('\x1b['));
    assert.ok(formatStylish(reports, { color: true }).includes('\x1b[31merror  \x1b[0m'));
  });

  it('config problems are counted apart', () => {
    const configs = [{ path: '.clinote.json', findings: [fileProblem('config-error', 'error', 'x'), fileProblem('config-error', 'warning', 'y')] }];
    assert.equal(summary(reports, 3, configs), '3 problems (1 error, 1 warning, 1 info) in 2 files of 3 checked; 2 config problems (1 error, 1 warning).');
    assert.equal(summary([], 0, configs), 'No problems in 0 files; 2 config problems (1 error, 1 warning).');
  });

  it('a clean run says so', () => {
    assert.equal(summary([{ path: 'a.md', findings: [] }]), 'No problems in 1 file.');
    assert.equal(formatStylish([], { checked: 0 }), 'No problems in 0 files.\n');
  });
});

describe('report: json', () => {
  it('an array of {path, findings} with every field, covered and missing always arrays', () => {
    const reports: FileReport[] = [
      { path: 'a.md', findings: toReportFindings('x', [finding({ covered: ['tasks'], missing: ['contract'] })]) },
      { path: '<stdin>', findings: [] },
    ];
    assert.deepEqual(JSON.parse(formatJson(reports)), [
      {
        path: 'a.md',
        findings: [
          {
            ruleId: 'goals',
            severity: 'warning',
            message: 'Goals not documented.',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            covered: ['tasks'],
            missing: ['contract'],
          },
        ],
      },
      { path: '<stdin>', findings: [] },
    ]);
  });

  it('config problems become one entry per config file, with rule id config-error', () => {
    const got = configReports(
      [
        { file: '/p/.clinote.json', line: 4, column: 14, message: 'bad level' },
        { file: '/p/base.yaml', line: 1, column: 1, message: 'unused', severity: 'warning' },
        { file: '/p/.clinote.json', line: 2, column: 3, message: 'unknown key' },
      ],
      (f) => f.replace('/p/', ''),
    );
    assert.deepEqual(
      got.map((r) => [r.path, r.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)]),
      [
        ['.clinote.json', ['2:3 error config-error unknown key', '4:14 error config-error bad level']],
        ['base.yaml', ['1:1 warning config-error unused']],
      ],
    );
  });
});

describe('cli: decoding', () => {
  it('Windows-1252 curly quotes and dashes, not Latin-1 control characters', () => {
    const d = decodeNote(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x80]));
    assert.ok(d.ok);
    assert.equal(d.text, '\u201cA\u201d \u2013 \u00e9\u20ac');
    assert.match(d.warning ?? '', /not UTF-8/);
  });

  it('UTF-8 stays UTF-8, the BOM goes', () => {
    const d = decodeNote(new TextEncoder().encode('\uFEFFcaf\u00e9 \u{1F600}'));
    assert.deepEqual(d, { ok: true, text: 'caf\u00e9 \u{1F600}' });
  });

  it('a NUL byte after the first 8 KB does not make a file binary', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    assert.ok(decodeNote(bytes).ok);
    bytes[100] = 0;
    assert.ok(!decodeNote(bytes).ok);
  });
});

describe('report: summary (a caseload for a supervisor)', () => {
  const gap = (ruleId: string, status: 'missing' | 'unfilled') => ({
    ruleId, severity: 'warning' as const, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, covered: [], missing: [], status,
  });
  it('counts, per dimension, the notes that miss it, and lists each note with its gaps', () => {
    const text = formatSummary([
      { path: 'a.md', findings: [gap('goals', 'missing'), gap('plan', 'unfilled')] },
      { path: 'b.md', findings: [gap('goals', 'missing')] },
      { path: 'c.md', findings: [] },
    ]);
    assert.match(text, /^# Caseload coverage: 3 notes/);
    assert.match(text, /\| `goals` \| Mutually negotiated goals \| 2 of 3 \| a\.md, b\.md \|/, 'each dimension with its title from the rule registry');
    assert.match(text, /\| `plan` \| [^|]+ \| 1 of 3 \| a\.md \|/);
    assert.match(text, /\| a\.md \| — \| 0 \| 2 \| goals, plan \(unfilled\) \|/);
    assert.match(text, /\| c\.md \| — \| 0 \| 0 \| — \|/);
    assert.doesNotMatch(text, /Review status:/, 'no review line when no note states a status');
  });
  it("shows each note's review status, who reviewed it and when, and counts them", () => {
    const text = formatSummary([
      { path: 'a.md', findings: [], review: { status: 'approved', reviewedBy: 'J. Rivera', reviewedOn: '2026-11-20' } },
      { path: 'b.md', findings: [gap('goals', 'missing')], review: { status: 'submitted' } },
      { path: 'c.md', findings: [], review: { status: 'signed' } },
      { path: 'd.md', findings: [] },
    ]);
    assert.match(text, /^Review status: 1 submitted, 1 approved, 1 unknown, 1 not stated\.$/m);
    assert.match(text, /\| a\.md \| approved \(J\. Rivera, 2026-11-20\) \| 0 \| 0 \| — \|/);
    assert.match(text, /\| b\.md \| submitted \| 0 \| 1 \| goals \|/);
    assert.match(text, /\| c\.md \| signed \| 0 \| 0 \| — \|/);
    assert.match(text, /\| d\.md \| — \| 0 \| 0 \| — \|/);
  });
  it('keeps files that could not be linted apart', () => {
    const text = formatSummary([{ path: 'x.md', findings: [{ ...gap('file-error', 'missing'), status: undefined, message: 'skipped: binary' }] }]);
    assert.match(text, /Caseload coverage: 0 notes/);
    assert.match(text, /- x\.md: skipped: binary/);
  });
});
