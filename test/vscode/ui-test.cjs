#!/usr/bin/env node
// Browser end-to-end tests of what a clinician sees, against the packaged .vsix installed in a fresh code-server:
// the squiggle, the Problems row, the hover, Ctrl+. then Enter inserting a template (cursor on the first prompt),
// saving, the status bar and the coverage view. With --screenshots, saves the README screenshots to docs/images/.
// usage: node test/vscode/ui-test.cjs <clinote.vsix> [--screenshots]   (test/vscode/run.cjs packages and calls it)
const fs = require('fs');
const path = require('path');
const { ROOT, log: _log, tools, writeUserSettings, startServer, installVsix, launchBrowser, tempDir } = require('./lib.cjs');

const log = (...a) => _log('ui', ...a);
// The README's screenshots are refreshed only on request (npm run gen:screenshots), so that a test run leaves the
// work tree clean; otherwise they go to the run's temp folder.
const UPDATE = process.argv.includes('--screenshots');
const NOTE = 'dap-session.md';
const results = [];

async function main() {
  const vsix = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) || '');
  if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
  const dir = tools();
  const tmp = tempDir('clinote-ui-');
  const SHOTS = UPDATE ? path.join(ROOT, 'docs/images') : path.join(tmp, 'shots');
  const ws = path.join(tmp, 'ws');
  fs.mkdirSync(ws);
  const original = fs.readFileSync(path.join(__dirname, 'workspace/clinic/notes/dap-missing-goals.md'), 'utf8');
  fs.writeFileSync(path.join(ws, NOTE), original);
  const userDir = path.join(tmp, 'user');
  writeUserSettings(userDir, { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.commandCenter': false });
  const exts = path.join(tmp, 'exts');
  installVsix(dir, exts, vsix);
  log('vsix installed');
  fs.mkdirSync(SHOTS, { recursive: true });
  let srv, browser, page, rc = 1;
  try {
    srv = await startServer({ dir, userDir, extensionsDir: exts, logFile: path.join(tmp, 'server.log') });
    browser = await launchBrowser(dir);
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(30000);
    await page.goto(`http://127.0.0.1:${srv.port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor();
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTE });
    await row.waitFor();
    await row.click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'DAP note' }).waitFor();

    await check('a missing dimension shows as a squiggle and a Problems row', async () => {
      await editor.locator('.squiggly-warning').first().waitFor();
      await page.keyboard.press('Control+Shift+M');
      await page.waitForTimeout(300); // panel animation, for the screenshot
      const message = 'Mutually negotiated goals incomplete. Add a "Goals" section, or cover 1 more of its 6 topics, including goals stated.';
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: message });
      await problem.waitFor();
      const text = (await problem.innerText()).replace(/\s+/g, ' ');
      if (!/clinote/.test(text) || !/goals/.test(text)) throw new Error(`Problems row lacks source/code: ${text}`);
      // The row shows the whole message, what to do included: no box between the text and the row cuts it off.
      const cut = await problem.evaluate((row, m) => {
        let el = [...row.querySelectorAll('*')].filter((e) => e.textContent.includes(m)).pop();
        const right = el.getBoundingClientRect().right;
        for (; el && el !== row.parentElement; el = el.parentElement) {
          const box = el.getBoundingClientRect();
          if (getComputedStyle(el).display !== 'inline' && (el.scrollWidth > el.clientWidth + 1 || right > box.right + 1)) return el.className || el.tagName;
        }
        return '';
      }, message);
      if (cut) throw new Error(`the message is cut off in the Problems row (by .${cut})`);
      await page.screenshot({ path: path.join(SHOTS, 'problems.png') });
    });

    const status = page.locator('.statusbar-item', { hasText: /DAP \d+\/\d+/ });
    let before = '';
    await check('the status bar shows the note type and coverage', async () => {
      await status.waitFor();
      before = (await status.innerText()).trim();
    });

    const lineOf = (s) => original.split('\n').findIndex((l) => l === s) + 1;
    await check('hovering the finding explains the dimension', async () => {
      await goToLine(page, lineOf('## Assessment'));
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I'); // Show Hover
      const hover = page.locator('.monaco-hover', { hasText: 'Mutually negotiated goals' }).first();
      await hover.waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'hover.png') });
      await page.keyboard.press('Escape');
    });

    let section = '';
    const typed = 'Client wants to stop blowing up at work';
    await check('Ctrl+. then Enter inserts the template, cursor on the first prompt', async () => {
      await goToLine(page, lineOf('## Assessment'));
      await page.keyboard.press('Control+.');
      const focused = page.locator('.action-widget .monaco-list-row.focused').first();
      await focused.waitFor();
      const title = (await focused.innerText()).replace(/\s+/g, ' ').trim();
      section = (/Insert the (.+) section/.exec(title) || [])[1];
      if (!section) throw new Error(`preferred action is not a template insert: ${title}`);
      await page.screenshot({ path: path.join(SHOTS, 'quick-fix.png') });
      await page.keyboard.press('Enter');
      await editor.locator('.view-lines', { hasText: `### ${section}` }).waitFor();
      await page.keyboard.type(typed); // replaces the selected first prompt
      await page.keyboard.press('Control+S');
      const file = path.join(ws, NOTE);
      for (let i = 0; i < 100 && !fs.readFileSync(file, 'utf8').includes(typed); i++) await new Promise((r) => setTimeout(r, 100));
      const disk = fs.readFileSync(file, 'utf8');
      const at = disk.indexOf(`### ${section}\n`);
      if (at < 0) throw new Error(`no ### ${section} on disk`);
      const next = disk.indexOf('\n## ', at);
      const inserted = disk.slice(at, next < 0 ? undefined : next);
      const firstItem = inserted.split('\n').find((l) => l.startsWith('- **'));
      if (!firstItem || !firstItem.endsWith(` ${typed}`)) throw new Error(`first prompt not replaced: ${firstItem}`);
      if (!(disk.indexOf('## Assessment') < at && (next < 0 || disk.slice(next).startsWith('\n## Plan')))) throw new Error('section not under Assessment, before Plan');
      await page.locator('.tabs-container .tab.dirty').waitFor({ state: 'detached' });
    });

    await check('the status bar follows the note, and opens the coverage view', async () => {
      await page.waitForFunction(
        (b) => [...document.querySelectorAll('.statusbar-item')].some((e) => /DAP \d+\/\d+/.test(e.textContent) && e.textContent.trim() !== b),
        before,
        { timeout: 15000 },
      ); // answering the inserted section's first question addresses that dimension: the count moves
      await page.keyboard.press('Control+J'); // hide the panel: room for the view in the screenshot
      await status.first().click();
      const sidebar = page.locator('.part.sidebar');
      await sidebar.locator('.composite.title', { hasText: 'Note Coverage' }).waitFor();
      const goals = sidebar.locator('.monaco-list-row', { hasText: 'Mutually negotiated goals' }).first();
      // Expand it to see its sub-items (a click on the label goes to the section). The view refreshes as the note's
      // last lint lands, which can fold the row again: click until the sub-items show.
      const subItem = sidebar.locator('.monaco-list-row', { hasText: 'negotiated with the client' }).first();
      for (let i = 0; i < 6 && !(await subItem.isVisible()); i++) {
        await goals.locator('.monaco-tl-twistie').click();
        await subItem.waitFor({ timeout: 2000 }).catch(() => undefined);
      }
      await subItem.waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(SHOTS, 'coverage.png') });
    });
    await check('New Note from the Command Palette: pick a type, get its template with today\'s date', async () => {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Clinote: New Note');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New Note' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'BIRP' }).first().waitFor();
      await page.keyboard.type('SOAP');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'SOAP' }).first().waitFor();
      await page.keyboard.press('Enter');
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const active = page.locator('.editor-instance .monaco-editor').first();
      await active.locator('.view-lines', { hasText: 'type: soap' }).waitFor();
      await active.locator('.view-lines', { hasText: `date: ${today}` }).waitFor();
      await active.locator('.view-lines', { hasText: 'Subjective' }).waitFor();
      await page.waitForTimeout(500); // let the snippet's tab stop decorations settle for the screenshot
      await page.screenshot({ path: path.join(SHOTS, 'new-note.png') });
    });
    rc = results.every((r) => r.ok) ? 0 : 1;
  } finally {
    if (rc && page) await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => undefined);
    try { if (browser) await browser.close(); } catch {}
    srv?.stop();
    const passed = results.filter((r) => r.ok).length;
    log(`${passed} passed, ${results.length - passed} failed`);
    if (process.env.CLINOTE_SUMMARY) fs.appendFileSync(process.env.CLINOTE_SUMMARY, JSON.stringify({ passed, failed: results.length - passed }) + '\n');
    if (rc === 0 && !process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`logs and failure.png in ${tmp}`);
  }
  return rc;
}

async function check(name, fn) {
  const t = Date.now();
  try {
    if (results.some((r) => !r.ok)) throw new Error('skipped after an earlier failure');
    await fn();
    results.push({ name, ok: true });
    log(`  ✔ ${name} (${Date.now() - t}ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`  ✘ ${name}: ${e.message.split('\n')[0]}`);
  }
}

/** Ctrl+G, line number, Enter: puts the cursor at the start of a line as a user would. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+1'); // focus the editor group, wherever focus was
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

const timer = setTimeout(() => { log('timeout'); process.exit(2); }, +(process.env.TEST_TIMEOUT_MS || 240e3));
main().then(
  (rc) => { clearTimeout(timer); process.exit(rc); },
  (e) => { console.error(e); process.exit(4); },
);
