#!/usr/bin/env node
// The HTML caseload report (`clinote lint --format html -o report.html`) in headless Chromium, as a supervisor opens
// it from disk: the built CLI writes it for the fixture caseload (test/fixtures/caseload/notes), and the checks are
// what the supervisor sees: a row per note and a cell per dimension, the legend, a gap's finding opening on a click
// and from the keyboard, sorting by a column, the filter, and no request leaving the page (every request is routed and
// recorded; the check is shown able to fail). Names that carry markup stay text. With --screenshots, saves
// docs/images/caseload-report.png (npm run gen:screenshots); otherwise the picture goes to the run's temp folder.
// usage: node test/vscode/report-test.cjs [--screenshots]   (test/vscode/run.cjs calls it after the build)
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { ROOT, log: _log, checks, tools, launchBrowser, tempDir } = require('./lib.cjs');

const log = (...a) => _log('report', ...a);
const { check, finish, ok } = checks(log);
const UPDATE = process.argv.includes('--screenshots');
const FIXTURE = path.join(ROOT, 'test/fixtures/caseload');

/** `clinote lint --format html -o <out> notes` in a folder, with the built CLI; exit 0 or 1 (findings) is fine. */
function writeReport(cwd, out) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/clinote.cjs'), 'lint', '--format', 'html', '-o', out, 'notes'], { cwd, encoding: 'utf8', timeout: 60e3 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`clinote exited ${r.status}: ${r.stderr}`);
  if (r.stdout) throw new Error(`with -o, clinote printed to stdout: ${r.stdout.slice(0, 200)}`);
  return pathToFileURL(out).href;
}

async function main() {
  const dir = tools();
  const tmp = tempDir('clinote-report-');
  const shot = UPDATE ? path.join(ROOT, 'docs/images/caseload-report.png') : path.join(tmp, 'caseload-report.png');
  const url = writeReport(FIXTURE, path.join(tmp, 'report.html'));
  // Names and a path that carry markup: they must show as text, run nothing and fetch nothing.
  const hostile = path.join(tmp, 'hostile');
  fs.mkdirSync(path.join(hostile, 'notes'), { recursive: true });
  fs.writeFileSync(
    path.join(hostile, 'notes', `a&'b<i>.md`),
    `---\ntype: soap\ndate: 2026-11-02\nclinician: '<img src="http://192.0.2.1/x.png" onerror="document.title=1">'\nclient: "</td><script>document.title=2</script>"\n---\n# SOAP note\n\n## Subjective\n\nClient reports a calmer week.\n`,
  );
  const hostileUrl = writeReport(hostile, path.join(tmp, 'hostile.html'));
  const leak = path.join(tmp, 'leak.html');
  fs.writeFileSync(leak, '<!DOCTYPE html><title>leak</title><img src="http://192.0.2.1/leak.png" alt="">');

  let browser, page, rc = 1;
  try {
    browser = await launchBrowser(dir);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Every request the pages make is recorded, and every one but the page's own file is refused.
    const requests = [];
    const allowed = new Set([url, hostileUrl, pathToFileURL(leak).href]);
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => (allowed.has(route.request().url()) ? route.continue() : route.abort()));
    const others = () => requests.filter((u) => !allowed.has(u));
    page = await context.newPage();
    page.setDefaultTimeout(10000);
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);

    const matrix = page.locator('#matrix');
    const rows = matrix.locator('tbody tr.note');
    // The notes a supervisor sees, in order (a row the filter hid is not seen).
    const noteNames = () => matrix.locator('tbody tr.note:visible > th[scope=row]').allInnerTexts();
    const column = async (title) => (await matrix.locator('thead th').allInnerTexts()).findIndex((t) => t.replace(/\s+/g, ' ').trim() === title);

    await check('the matrix has a row per note and a cell per dimension, each with its symbol and words', async () => {
      const n = await rows.count();
      if (n !== 7) throw new Error(`${n} rows, not 7`);
      const dims = await matrix.locator('thead th.dim').count();
      if (dims < 10) throw new Error(`${dims} dimension columns`);
      for (let i = 0; i < n; i++) {
        const cells = rows.nth(i).locator('td.cell');
        if ((await cells.count()) !== dims) throw new Error(`row ${i}: ${await cells.count()} cells for ${dims} dimensions`);
      }
      const first = (await rows.nth(0).locator('td.cell').first().textContent()).trim();
      if (!/^[✓✗?⊘–](addressed|missing|unfilled prompt|silenced|not required)$/.test(first)) throw new Error(`a cell reads "${first}"`);
      if (!(await matrix.locator('th[scope=rowgroup]', { hasText: 'okafor/: 4 notes' }).isVisible())) throw new Error('no group row for the trainee okafor');
    });

    await check('the page as it opens, for the README', async () => {
      await page.screenshot({ path: shot, fullPage: true });
    });

    await check('the legend shows each state with its symbol', async () => {
      const items = await page.locator('#legend li').allInnerTexts();
      const want = ['Addressed', 'Missing', 'Unfilled prompt', 'Silenced', 'Not required'];
      if (items.length !== want.length || !want.every((w, i) => items[i].includes(w))) throw new Error(`legend: ${JSON.stringify(items)}`);
      if (!(await page.locator('#legend').isVisible())) throw new Error('the legend is not visible');
    });

    const dap = rows.filter({ has: page.locator('th', { hasText: 'notes/okafor/client-a/2026-10-13-dap.md' }) });
    await check('clicking a gap shows its finding; Escape closes it', async () => {
      const col = await column('Mutually negotiated goals');
      if (col < 0) throw new Error('no goals column');
      await dap.locator(':scope > td, :scope > th').nth(col).locator(':scope > button').click();
      const pop = page.locator('[popover]:popover-open');
      await pop.waitFor();
      const text = await pop.innerText();
      if (!/Mutually negotiated goals: missing/.test(text) || !/Mutually negotiated goals incomplete\. Add a "Goals" section/.test(text)) throw new Error(`the popover reads: ${text}`);
      await page.screenshot({ path: path.join(tmp, 'finding.png') });
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'detached' });
    });

    await check('a gap opens from the keyboard too (focus, Enter)', async () => {
      const col = await column('Progress toward goals');
      const button = dap.locator(':scope > td, :scope > th').nth(col).locator(':scope > button');
      await button.focus();
      await page.keyboard.press('Enter');
      const pop = page.locator('[popover]:popover-open');
      await pop.waitFor();
      if (!/Progress toward goals not documented\. Add a "Progress Toward Goals" section/.test(await pop.innerText())) throw new Error(`the popover reads: ${await pop.innerText()}`);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'detached' });
    });

    await check('sorting by a column reorders the rows (within each trainee), and again sorts them down', async () => {
      const before = await noteNames();
      const gaps = async () => (await rows.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-gaps')))));
      const header = matrix.locator('thead th', { hasText: 'Gaps' });
      await header.locator('button').click();
      const up = await gaps();
      if ((await header.getAttribute('aria-sort')) !== 'ascending') throw new Error('aria-sort is not ascending');
      // Rows 0-3 are okafor's, 4-6 Sam O'Neil's.
      const sorted = (xs, d) => xs.every((x, i) => i === 0 || d * (x - xs[i - 1]) >= 0);
      if (!sorted(up.slice(0, 4), 1) || !sorted(up.slice(4), 1)) throw new Error(`gaps not ascending: ${up}`);
      // The fixture's notes come by date, which is here also fewest gaps first: sorted down, the order must change, and
      // okafor's complete note (fewest gaps, first by date) goes to the end of his rows (ties keep their order).
      await header.locator('button').click();
      const down = await gaps();
      const after = await noteNames();
      if (after.join() === before.join()) throw new Error('the order did not change');
      if (after[3] !== before[0] || after.slice(0, 4).sort().join() !== before.slice(0, 4).sort().join()) throw new Error(`okafor's notes not sorted down: ${after}`);
      if (!sorted(down.slice(0, 4), -1) || !sorted(down.slice(4), -1)) throw new Error(`gaps not descending: ${down}`);
      if ((await header.getAttribute('aria-sort')) !== 'descending') throw new Error('aria-sort is not descending');
    });

    await check('the filter hides the rows that do not match; "only notes with gaps" hides the complete ones', async () => {
      await page.locator('#filter').fill('client-b');
      const shown = await noteNames();
      if (shown.length !== 2 || !shown.every((s) => s.includes('client-b'))) throw new Error(`shown: ${shown}`);
      if (!/Showing 2 of 7 notes/.test(await page.locator('#shown').innerText())) throw new Error('the status does not say 2 of 7');
      await page.locator('#filter').fill('');
      await page.getByLabel('Only notes with gaps').check();
      const withGaps = await noteNames();
      if (withGaps.length !== 6 || withGaps.some((s) => s.endsWith('2026-10-06-soap.md'))) throw new Error(`shown: ${withGaps}`);
      await page.getByLabel('Only notes with gaps').uncheck();
      if ((await noteNames()).length !== 7) throw new Error('unchecking does not show every note again');
    });

    await check('no error on the page (a CSP that refused the script or style would log one)', async () => {
      if (problems.length) throw new Error(problems.join('; '));
    });

    await check('names that carry markup show as text: no element made from them, nothing run', async () => {
      await page.goto(hostileUrl);
      await page.locator('#matrix').waitFor();
      const title = await page.title();
      if (title !== 'Caseload coverage: 1 note') throw new Error(`the title became "${title}"`);
      if (await page.locator('img, #matrix script').count()) throw new Error('an element was made from a name');
      const text = await page.locator('#trainees tbody th').innerText();
      if (!text.includes('<img src="http://192.0.2.1/x.png"')) throw new Error(`the trainee reads: ${text}`);
      if (!(await page.locator('#matrix th[scope=row]').innerText()).includes(`a&'b<i>.md`)) throw new Error('the path is not shown as written');
    });

    await check('no request leaves the pages (only the report files themselves were loaded)', async () => {
      if (others().length) throw new Error(`requests: ${others().join(', ')}`);
      if (!requests.includes(url)) throw new Error(`the report itself was not seen among the requests: ${requests}`);
    });

    await check('the request check can fail: a page with a remote picture is seen asking for it', async () => {
      await page.goto(pathToFileURL(leak).href);
      await page.waitForTimeout(300);
      if (!others().includes('http://192.0.2.1/leak.png')) throw new Error(`not seen: ${requests}`);
    });
    rc = 0;
  } finally {
    if ((rc || !ok()) && page) await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => undefined);
    try { if (browser) await browser.close(); } catch {}
    rc = finish(tmp, 'pages and failure.png', rc !== 0);
  }
  return rc;
}

main().then(
  (rc) => process.exit(rc),
  (e) => {
    log(`failed: ${e.stack || e}`);
    process.exit(1);
  },
);
