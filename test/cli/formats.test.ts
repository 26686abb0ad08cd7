// The output formats are a registry (src/cli/formats.ts): --format, --help and the usage error read it. Config
// problems keep their exact range in what the CLI prints.
import assert from 'node:assert/strict';
import { FORMATS, FORMAT_NAMES } from '../../src/cli/formats.js';
import { formatJson, type FileReport, type ReportFinding } from '../../src/core/index.js';
import { cli, tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

describe('cli: the format registry', () => {
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => (t = tempTree({ 'a.md': NOTE_WITHOUT_GOALS })));
  afterEach(() => t.dispose());

  it('--help lists every registered format with its description', async () => {
    const help = (await cli(['--help'], t.dir)).stdout;
    assert.ok(FORMAT_NAMES.length >= 3);
    for (const name of FORMAT_NAMES) {
      assert.match(help, new RegExp(`^ +${name} +${FORMATS[name].description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'), name);
      assert.match(FORMATS[name].extension, /^\.[a-z]+$/, `${name} has a file extension`);
    }
  });

  it('an unknown --format is refused with the list of formats', async () => {
    const r = await cli(['lint', '--format', 'nope', 'a.md'], t.dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    const list = `${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES.at(-1)}`;
    assert.match(r.stderr, new RegExp(`^clinote: unknown format "nope"; use ${list}\\n`));
  });

  it('every registered format runs through --format', async () => {
    for (const name of FORMAT_NAMES) {
      const r = await cli(['lint', '--format', name, 'a.md'], t.dir);
      assert.equal(r.code, 0, name);
      assert.match(r.stdout, /goals/, name);
    }
  });
});

describe('cli: config problems keep their exact range', () => {
  // Line 3: `    "goals": "loud"`; the value "loud" (with its quotes) is what is wrong.
  const CONFIG = '{\n  "rules": {\n    "goals": "loud"\n  }\n}\n';
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => (t = tempTree({ '.clinote.json': CONFIG, 'a.md': NOTE_WITHOUT_GOALS })));
  afterEach(() => t.dispose());

  it('in --format json: from the start to the end of the offending value', async () => {
    const out = JSON.parse((await cli(['lint', '--format', 'json', 'a.md'], t.dir)).stdout) as FileReport[];
    const config = out.find((r) => r.path === '.clinote.json');
    assert.ok(config, JSON.stringify(out));
    assert.equal(config.findings.length, 1);
    const [p] = config.findings;
    const line = CONFIG.split('\n')[p.line - 1];
    assert.equal(p.endLine, p.line);
    assert.equal(line.slice(p.column - 1, p.endColumn - 1), '"loud"');
  });

  it('in stylish output (stderr), at the start of that value', async () => {
    const r = await cli(['lint', 'a.md'], t.dir);
    assert.match(r.stderr, /^\.clinote\.json:3:14 error +.*loud/m);
  });
});

describe('report: --format json', () => {
  it('prints the contract keys in their order, whatever order the report was built in, and nothing else', () => {
    const f = { missing: [], covered: ['a'], endColumn: 4, endLine: 1, column: 2, line: 1, message: 'm', severity: 'warning', ruleId: 'goals', status: 'missing', extra: 'no' };
    const text = formatJson([{ findings: [f as ReportFinding], path: 'a.md' }]);
    assert.equal(
      text,
      '[\n  {\n    "path": "a.md",\n    "findings": [\n      {\n        "ruleId": "goals",\n        "severity": "warning",\n        "message": "m",\n' +
        '        "line": 1,\n        "column": 2,\n        "endLine": 1,\n        "endColumn": 4,\n        "covered": [\n          "a"\n        ],\n' +
        '        "missing": [],\n        "status": "missing"\n      }\n    ]\n  }\n]\n',
    );
  });
});
