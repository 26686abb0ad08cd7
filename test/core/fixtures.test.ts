// Fixtures: each note in test/fixtures/lint has its expected findings beside it (NAME.expected.json).
// The findings of the listed rules must be exactly those expected (rule, line, status; sub-items where given).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../../src/core/index.js';

interface Expected {
  type?: string;
  expectType?: string;
  rules: string[];
  findings: { ruleId: string; line: number; status?: string; covered?: string[]; missing?: string[] }[];
}

const root = new URL('../fixtures/lint/', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
  });
}

describe('fixtures', () => {
  for (const file of walk(root).sort()) {
    const name = relative(root, file);
    it(name, () => {
      const exp: Expected = JSON.parse(readFileSync(file.replace(/\.md$/, '.expected.json'), 'utf8'));
      const text = readFileSync(file, 'utf8');
      const res = lint(text, { type: exp.type });
      if (exp.expectType) assert.equal(res.profile.id, exp.expectType, 'note type');
      const got = res.findings
        .filter((f) => exp.rules.includes(f.ruleId))
        .map((f) => ({ f, line: res.note.lines.position(f.range.start).line + 1 }));
      const fmt = (x: { ruleId: string; line: number; status?: string }) => `${x.ruleId}@${x.line}${x.status ? ':' + x.status : ''}`;
      assert.deepEqual(
        got.map(({ f, line }) => fmt({ ruleId: f.ruleId, line, status: exp.findings.some((e) => e.status) ? f.status : undefined })).sort(),
        exp.findings.map((e) => fmt({ ...e, status: exp.findings.some((x) => x.status) ? e.status : undefined })).sort(),
        got.map(({ f }) => f.message).join('\n'),
      );
      for (const e of exp.findings) {
        const match = got.find(({ f, line }) => f.ruleId === e.ruleId && line === e.line)!.f;
        if (e.covered) assert.deepEqual(match.covered, e.covered, `${fmt(e)} covered`);
        if (e.missing) assert.deepEqual(match.missing, e.missing, `${fmt(e)} missing`);
      }
    });
  }
});
