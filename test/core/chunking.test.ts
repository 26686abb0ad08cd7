// Parsing a long note in chunks (parse.ts, chunks.ts) is an optimisation: it must change no verdict. Notes of 1 to
// 200 KB built from the parts that sit badly across a cut (raw HTML and fences holding "# " lines, comments, link
// definitions used in another chunk, label lines) get the same findings whole and in pieces.
import assert from 'node:assert/strict';
import { lint, type Finding, type LintOptions } from '../../src/core/index.js';
import { splitChunks } from '../../src/core/note/chunks.js';
import fc from 'fast-check';
import { longNote } from '../support/note-parts.js';
import { around } from '../support/invariants.js';
import { runProperty, fuzzing } from '../support/fuzz-run.js';

const project = (fs: Finding[]) => fs.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, status: f.status, fix: f.fix }));
const brief = (f: ReturnType<typeof project>[number] | undefined) =>
  f ? `${f.ruleId}${f.status ? `(${f.status})` : ''} ${f.range.start}-${f.range.end} "${f.message.slice(0, 80)}"${f.fix ? ` fix "${f.fix.title}"` : ''}` : 'nothing';

const WHOLE: LintOptions['parse'] = { chunkAbove: Infinity };
/** parse.ts CHUNK_ABOVE (not exported): notes longer than this are chunked by default. */
const DEFAULT_CHUNK_ABOVE = 64 * 1024;

type Projected = ReturnType<typeof project>[number];
/** Which fields of two findings differ; for text, from the first differing character. */
function fieldsDiffer(a: Projected, b: Projected): string {
  return (Object.keys(a) as (keyof Projected)[])
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => {
      const x = JSON.stringify(a[k]) ?? 'undefined';
      const y = JSON.stringify(b[k]) ?? 'undefined';
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      const from = Math.max(0, i - 20);
      return `${k} whole …${x.slice(from, i + 100)} / chunked …${y.slice(from, i + 100)}`;
    })
    .join('; ');
}

/** What the whole parse and a chunked one disagree on: findings only one of them has, with the cuts nearest. */
function chunkProblem(text: string, name: string, parse: LintOptions['parse'], whole?: Projected[]): string | undefined {
  const want = whole ?? project(lint(text, { parse: WHOLE }).findings);
  const got = project(lint(text, { parse }).findings);
  const key = (f: (typeof want)[number]) => JSON.stringify(f);
  if (want.map(key).join('\n') === got.map(key).join('\n')) return undefined;
  const gotKeys = new Set(got.map(key));
  const wantKeys = new Set(want.map(key));
  const onlyWhole = want.filter((f) => !gotKeys.has(key(f)));
  const onlyChunked = got.filter((f) => !wantKeys.has(key(f)));
  const first = onlyWhole[0] ?? onlyChunked[0];
  if (!first) return `${name}: the same findings in another order`;
  const chunked = text.length > (parse?.chunkAbove ?? DEFAULT_CHUNK_ABOVE);
  const cuts = chunked ? splitChunks(text, parse?.minChunk).map((c) => c.start).slice(1) : [];
  // The same rule on both sides: say which field differs (a message may differ only in its covered items).
  const twin = onlyWhole.map((w) => [w, onlyChunked.find((c) => c.ruleId === w.ruleId)] as const).find(([, c]) => c);
  const fieldDiff = twin ? ` First pair of ${twin[0].ruleId}: ${fieldsDiffer(twin[0], twin[1]!)}.` : '';
  const near = [...cuts].sort((a, b) => Math.abs(a - first.range.start) - Math.abs(b - first.range.start)).slice(0, 3).sort((a, b) => a - b);
  return (
    `${name}: ${onlyWhole.length} findings only when parsed whole, ${onlyChunked.length} only in chunks (of ${want.length} / ${got.length}).${fieldDiff}\n` +
    `  only whole:   ${onlyWhole.slice(0, 2).map(brief).join('; ') || 'none'}\n  only chunked: ${onlyChunked.slice(0, 2).map(brief).join('; ') || 'none'}\n` +
    `  at ${around(text, first.range.start, first.range.end)}\n` +
    `  ${cuts.length} cuts; nearest: ${near.map((c) => `${c} ${around(text, c, c, 30)}`).join(', ') || 'none'}`
  );
}

/** Whole vs as many chunks as possible, vs the default threshold with small chunks, vs small chunks always. */
function allChunkings(text: string, minChunk: number): string | undefined {
  const whole = project(lint(text, { parse: WHOLE }).findings);
  return (
    chunkProblem(text, 'as many chunks as possible', { chunkAbove: 0, minChunk: 1 }, whole) ??
    // Below the default threshold this is the whole parse again: not worth a lint.
    (text.length > DEFAULT_CHUNK_ABOVE ? chunkProblem(text, `default threshold, minChunk ${minChunk}`, { minChunk }, whole) : undefined) ??
    chunkProblem(text, `every note chunked, minChunk ${minChunk}`, { chunkAbove: 0, minChunk }, whole)
  );
}

describe('chunked parsing changes no verdict', function () {
  this.timeout(fuzzing ? 0 : 60_000);

  // Raw HTML blocks are also checked apart from the rest: while one cuts wrongly, it fails every case that has one
  // and would hide what else differs.
  const RAW_HTML = /^(?:div|pre|details)/;
  for (const [title, only] of [
    ['notes of 1 to 200 KB: the same findings whole and in chunks', () => true],
    ['notes of 1 to 200 KB without raw HTML blocks: the same findings whole and in chunks', (name: string) => !RAW_HTML.test(name)],
  ] as const) {
    it(title, () => {
      runProperty(title, fc.tuple(longNote(only), fc.integer({ min: 1024, max: 4096 })), ([note, minChunk]) => allChunkings(note.text, minChunk), 20, 15_000);
    });
  }

  // Regression examples from issue 7.
  const head = '---\ntype: soap\ndate: 2026-11-01\n---\n# SOAP note\n\n## Subjective\n\nClient reports sleeping 5 hours a night.\n\n';
  const labels = 'Goals addressed: TBD\nRisk: [enter text]\n\n';
  // No numbers in the padding: "## Session log 988" would name the crisis line and cover risk.
  const pad = (kb: number) => '## Session log\n\nThe client talked about the weekend and the weather.\n\n'.repeat(Math.ceil((kb * 1024) / 70));
  const statuses = (text: string) => {
    const fs = lint(text).findings;
    return Object.fromEntries(['goals', 'risk-assessment'].map((id) => [id, fs.find((f) => f.ruleId === id)?.status ?? 'not reported']));
  };

  it('"Goals addressed: TBD\\nRisk: [enter text]" is unfilled in a 3 KB note, and the same in a 90 KB note', () => {
    const small = head + labels + pad(2.5);
    const want = { goals: 'unfilled', 'risk-assessment': 'unfilled' };
    assert.deepEqual(statuses(small), want, '3 KB note');
    const big = { 'near the start': head + labels + pad(90), 'at the end': head + pad(90) + labels };
    // Every variant's statuses first, so that the message shows all of them; then the findings themselves.
    const got = Object.entries(big).map(([where, text]) => `labels ${where} of ${text.length} chars: ${JSON.stringify(statuses(text))}`);
    assert.ok(Object.values(big).every((t) => JSON.stringify(statuses(t)) === JSON.stringify(want)), `90 KB note (default lint), want ${JSON.stringify(want)}:\n  ${got.join('\n  ')}`);
    for (const text of [small, ...Object.values(big)]) {
      const problem = allChunkings(text, 2048);
      assert.ok(!problem, problem);
    }
  });

  for (const [tag, block] of [
    ['<pre>', '<pre>\n# Goals\n\nClient will walk 3 times a week within 6 weeks.\n</pre>'],
    ['<div>', '<div>\n# Goals\nClient will walk 3 times a week within 6 weeks.\n</div>'],
    ['<!--', '<!--\n# Goals\n\nClient will walk 3 times a week within 6 weeks.\n-->'],
    ['```', '```\n# Goals\n\nClient will walk 3 times a week within 6 weeks.\n```'],
  ] as const) {
    it(`a ${tag} block that spans a top-level heading line is not cut`, () => {
      // Past the 64 KB threshold, so the default lint chunks it.
      const text = '# Note\n\n' + 'Some words here.\n\n'.repeat(4000) + block + '\n\n## Plan\n\nNext week.\n';
      const problem = chunkProblem(text, 'default chunking', undefined) ?? allChunkings(text, 1024);
      assert.ok(!problem, problem);
    });
  }
});
