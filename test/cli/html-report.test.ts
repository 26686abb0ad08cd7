// --format html: the caseload report page, over a small caseload of two trainees (test/fixtures/caseload/notes:
// one trainee named by folders, one by front matter), compared with a golden file; what the page is made of (one
// style, one script, both allowed by the CSP's hashes, nothing fetched), escaping, the colours' contrast, and the
// grouping and totals the page lays out. What a supervisor sees in a browser: test/vscode/report-test.cjs (Chromium).
// After a deliberate change to the page or to the fixture notes, rewrite the golden file with
// `UPDATE_GOLDEN=1 npx mocha test/cli/html-report.test.ts` and read the diff before committing it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { CELL, CELL_ORDER, caseload, formatHtml, type FileReport } from '../../src/core/index.js';
import { lintJob } from '../../src/cli/main.js';
import { CliConfigs } from '../../src/cli/configs.js';
import { cli, tempTree, NOTE_WITHOUT_GOALS } from './helpers.js';

const notesIn = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? notesIn(path.join(folder, e.name)) : [path.join(folder, e.name)])).sort();

const dir = fileURLToPath(new URL('../fixtures/caseload/', import.meta.url));
const sha256 = (t: string) => createHash('sha256').update(t).digest('base64');

/** The text of every element of a tag in a page (no nesting of the same tag expected). */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
}

describe('cli: --format html', () => {
  let html: string;
  let code: number;
  before(async () => {
    const r = await cli(['lint', '--format', 'html', 'notes'], dir);
    code = r.code;
    html = r.stdout;
    assert.equal(r.stderr, '');
  });

  it('matches the golden file', () => {
    const file = path.join(dir, 'expected.html');
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, html);
    assert.equal(html, readFileSync(file, 'utf8'), 'expected.html differs (UPDATE_GOLDEN=1 rewrites it; check the diff)');
    assert.equal(code, 0, 'warnings only');
  });

  it('is one self-contained page: one inline style and one inline script, both allowed by the CSP by their hashes, and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    const [style] = texts(html, 'style');
    const [script] = texts(html, 'script');
    assert.equal(texts(html, 'style').length, 1);
    assert.equal(texts(html, 'script').length, 1);
    assert.ok(csp.includes(`style-src 'sha256-${sha256(style)}'`), csp);
    assert.ok(csp.includes(`script-src 'sha256-${sha256(script)}'`), csp);
    // No asset to fetch: no src, href or url(), no link or import; the SVG namespace is a name, not a request.
    assert.doesNotMatch(html, /\s(?:src|href|srcset|action|formaction)=|url\(|@import|<link|<iframe|<img/i);
    assert.deepEqual(
      [...html.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((m) => m[0]),
      ['http://www.w3.org/2000/svg'],
    );
  });

  it('has a row per note and a cell per dimension, a legend, and a chart with a title and description', () => {
    const rows = html.match(/<tr class="note"/g) ?? [];
    assert.equal(rows.length, 7);
    const dims = html.match(/<th scope="col" class="dim">/g) ?? [];
    for (const row of html.split('<tr class="note"').slice(1)) {
      assert.equal((row.split('</tr>')[0].match(/<td class="cell /g) ?? []).length, dims.length);
    }
    for (const s of CELL_ORDER) assert.ok(html.includes(`<strong>${CELL[s].label.charAt(0).toUpperCase()}${CELL[s].label.slice(1)}</strong>`), s);
    assert.match(html, /<svg class="chart" role="img" aria-labelledby="chart-title chart-desc"/);
    assert.match(html, /<desc id="chart-desc">[^<]*week of 2026-10-05: \d+% documented/);
  });

  it('writes the page to the file -o names, and nothing to stdout; an unwritable file is exit 2', async () => {
    const t = tempTree({ 'notes/a.md': NOTE_WITHOUT_GOALS });
    try {
      const r = await cli(['lint', '--format', 'html', '-o', 'report.html', 'notes'], t.dir);
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0, r.stderr);
      assert.match(readFileSync(path.join(t.dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*notes\/a\.md[\s\S]*<\/html>\n$/);
      const summary = await cli(['lint', '--format', 'summary', '--output', 'sub/none/report.md', 'notes'], t.dir);
      assert.equal(summary.code, 2);
      assert.match(summary.stderr, /cannot write sub\/none\/report\.md/);
      assert.ok(!existsSync(path.join(t.dir, 'sub')));
    } finally {
      t.dispose();
    }
  });

  it('is the same page when the notes come from the cache (their dimensions and session are cached too)', async () => {
    const t = tempTree({});
    try {
      const args = ['lint', '--format', 'html', '--cache-location', path.join(t.dir, 'cache.json'), 'notes'];
      const first = await cli(args, dir);
      const second = await cli(args, dir);
      assert.equal(first.stdout, html);
      assert.equal(second.stdout, html);
    } finally {
      t.dispose();
    }
  });
});

describe('html report: escaping', () => {
  const evil = '<img src=x onerror="alert(1)">';
  const reports: FileReport[] = [
    {
      path: `x/<b>"it's"&amp.md`,
      review: { status: `</td><script>alert(2)</script>`, reviewedBy: evil },
      session: { clinician: `"><svg onload=alert(3)>`, client: evil, date: '2026-11-02' },
      dimensions: [{ id: 'goals', title: 'Goals <i>', state: 'missing' }],
      findings: [
        { ruleId: 'goals', severity: 'warning', message: `Goals ${evil}`, line: 1, column: 1, endLine: 1, endColumn: 1, covered: [], missing: [], status: 'missing' },
        { ruleId: 'stigmatizing-language', severity: 'warning', message: '"<script>x</script>"', line: 2, column: 1, endLine: 2, endColumn: 3, covered: [], missing: [] },
      ],
    },
  ];
  const html = formatHtml(reports, { version: '0.0.0', csp: { sha256 } });

  it('escapes paths, names, review fields, dimension titles and messages: no markup of theirs reaches the page', () => {
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the page\'s own script');
    assert.doesNotMatch(html, /<img|<svg onload|<b>|<i>/);
    assert.ok(html.includes('x/&#60;b&#62;&#34;it&#39;s&#34;&#38;amp.md'));
    assert.ok(html.includes('Goals &#60;img src=x onerror=&#34;alert(1)&#34;&#62;'));
    assert.ok(html.includes('&#60;/td&#62;&#60;script&#62;alert(2)&#60;/script&#62;'));
  });

  it('a nonce instead of hashes (a webview) is on the style, the script and in the CSP', () => {
    const page = formatHtml(reports, { version: '0.0.0', csp: { nonce: 'abc123' } });
    assert.ok(page.includes("style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;;"));
    assert.match(page, /<style nonce="abc123">/);
    assert.match(page, /<script nonce="abc123">/);
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('html report: colours', () => {
  it('each state has its own symbol, words and background, and its text a contrast of at least 4.5:1', () => {
    assert.equal(new Set(CELL_ORDER.map((s) => CELL[s].symbol)).size, CELL_ORDER.length);
    assert.equal(new Set(CELL_ORDER.map((s) => CELL[s].label)).size, CELL_ORDER.length);
    assert.equal(new Set(CELL_ORDER.map((s) => CELL[s].background.toLowerCase())).size, CELL_ORDER.length);
    for (const s of CELL_ORDER) assert.ok(contrast(CELL[s].color, CELL[s].background) >= 4.5, `${s}: ${contrast(CELL[s].color, CELL[s].background).toFixed(2)}`);
  });

  it('the contrast check can fail: white on the missing colour is too faint', () => {
    assert.ok(contrast('#FFFFFF', CELL.missing.background) < 4.5);
  });
});

describe('html report: the caseload it lays out', () => {
  let c: ReturnType<typeof caseload>;
  before(() => {
    // What the CLI reports of each note (its lint job), as the formats receive it.
    const configs = new CliConfigs(false);
    const reports: FileReport[] = notesIn(path.join(dir, 'notes')).map((abs) => {
      const shown = path.relative(dir, abs).split(path.sep).join('/');
      const r = lintJob({ text: readFileSync(abs, 'utf8'), config: configs.forNote(abs).config, path: shown });
      return { path: shown, findings: r.findings, dimensions: r.dimensions, ...(r.session && { session: r.session }), ...(r.review && { review: r.review }) };
    });
    c = caseload(reports);
  });

  it('names a trainee by the front matter clinician, else by the first folder under the caseload', () => {
    assert.deepEqual(
      c.trainees.map((t) => [t.trainee.name, t.trainee.by, t.notes, t.clients]),
      [
        ['okafor', 'folder', 4, 2],
        ["Sam O'Neil & Co, AMFT", 'front matter', 3, 2],
      ],
    );
  });

  it('names a client by the front matter client, else by the note\'s folder (under the caseload\'s)', () => {
    assert.deepEqual(
      c.clients.map((k) => [k.client.name, k.client.by, k.notes]),
      [
        ['C-310', 'front matter', 2],
        ['C-322', 'front matter', 1],
        ['okafor/client-a', 'folder', 2],
        ['okafor/client-b', 'folder', 2],
      ],
    );
  });

  it("each note's dimensions: addressed, missing, unfilled, silenced by a disable comment, or not expected", () => {
    const note = (p: string) => c.notes.find((n) => n.path.endsWith(p))!;
    assert.equal(note('2026-10-06-soap.md').gaps.length, 0);
    assert.equal(note('2026-10-21-birp.md').dimensions.get('interventions-response')?.state, 'unfilled');
    assert.equal(note('2026-10-13-dap.md').dimensions.get('goals')?.state, 'missing');
    assert.equal(note('2026-11-10-dap.md').dimensions.get('goals')?.state, 'dismissed', 'a clinote-disable goals comment');
    assert.equal(note('2026-10-06-soap.md').dimensions.get('bias-safeguards'), undefined, 'not expected in a SOAP note');
    assert.equal(note('intake.md').date, undefined);
    assert.equal(note('2026-10-21-birp.md').date, '2026-10-21');
  });

  it('totals per trainee, with the dimensions each most often misses', () => {
    const okafor = c.trainees[0];
    assert.equal(okafor.notesWithGaps, 3);
    assert.deepEqual(okafor.mostMissed.map((m) => [m.id, m.notes]), [
      ['strengths', 3],
      ['goals', 3],
      ['progress-monitoring', 2],
    ]);
  });

  it('coverage by week, empty weeks kept, undated notes counted apart', () => {
    assert.equal(c.periods.unit, 'week');
    assert.deepEqual(c.periods.list.map((p) => [p.start, p.notes]), [
      ['2026-10-05', 2],
      ['2026-10-12', 1],
      ['2026-10-19', 1],
      ['2026-10-26', 0],
      ['2026-11-02', 1],
      ['2026-11-09', 1],
    ]);
    assert.equal(c.periods.undated, 1);
  });
});
