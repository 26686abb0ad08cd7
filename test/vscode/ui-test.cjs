#!/usr/bin/env node
// Browser end-to-end tests of what a clinician sees, against the packaged .vsix installed in a fresh code-server:
// what the package holds, the squiggle, the Problems row, the hover, Ctrl+. then Enter inserting a template (cursor
// on the first prompt), answering it, saving, the status bar and the coverage view, New Note, .clinote.json suggesting
// rule names, the walkthrough with its steps done, and the extension's page; which extension host ran the extension,
// and how long after activation the first diagnostics came (logged, bounded generously), and the Caseload Report
// webview with its script running. With --screenshots, saves
// the screenshots of the docs and the walkthrough to docs/images/. With --web, the same in the browser's web worker
// extension host (see webOnly), except the config, walkthrough and extension-page checks.
// usage: node test/vscode/ui-test.cjs <clinote.vsix> [--web] [--screenshots]   (test/vscode/run.cjs packages and calls it)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, log: _log, checks, tools, writeUserSettings, startServer, installVsix, launchBrowser, tempDir } = require('./lib.cjs');

const WEB = process.argv.includes('--web');
const log = (...a) => _log(WEB ? 'ui web' : 'ui', ...a);
const { check, finish, ok } = checks(log);
// The README's screenshots are refreshed only on request (npm run gen:screenshots), so that a test run leaves the
// work tree clean; otherwise they go to the run's temp folder. They show the desktop extension.
const UPDATE = process.argv.includes('--screenshots') && !WEB;
/**
 * A bound on the first diagnostics after activation that only a broken start crosses (a lint waiting for something
 * that never comes): 10 s, stretched by the load average per core. The figure itself (a few hundred ms on an idle
 * machine) is logged here and measured by `npm run bench:first-diagnostics`, not asserted: a busy machine once took
 * 3.7 s, and a timed test that fails under load says nothing about the extension.
 */
const firstDiagnosticsBound = () => Math.round(10000 * Math.max(1, os.loadavg()[0] / os.cpus().length));
const NOTE = 'dap-session.md';

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
  if (WEB) webOnly(exts);
  log(`vsix installed${WEB ? ', without its main entry: a web extension' : ''}`);
  await check('the package holds the walkthrough\'s pictures, and a README that shows no broken picture offline', () => packageContents(exts));
  fs.mkdirSync(SHOTS, { recursive: true });
  let srv, browser, page, rc = 1;
  try {
    srv = await startServer({ dir, userDir, extensionsDir: exts, logFile: path.join(tmp, 'server.log') });
    browser = await launchBrowser(dir);
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(30000);
    await page.goto(`http://127.0.0.1:${srv.port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor();
    // A clinician starts from the walkthrough (VS Code opens it on install). VS Code records the steps' events only
    // from the moment its walkthroughs are first shown.
    await check('the walkthrough opens from the Command Palette', async () => {
      await openWalkthrough(page);
      await page.screenshot({ path: path.join(tmp, 'walkthrough-start.png') });
    });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTE });
    await row.waitFor();
    await row.click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'DAP note' }).waitFor();
    const shown = Date.now();
    let squiggleMs = 0;

    await check('a missing dimension shows as a squiggle and a Problems row', async () => {
      // The extension host starts after the editor shows: 10-25 s on this shared machine under load.
      await editor.locator('.squiggly-warning').first().waitFor({ timeout: 90000 });
      squiggleMs = Date.now() - shown;
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
      const focused = page.locator('.action-widget .monaco-list-row.focused').first();
      // Ctrl+. pressed while the editor is still taking focus back from Go to Line can be dropped (seen once in CI,
      // the light bulb showing): press it again, as a clinician would, before calling the menu missing.
      for (let attempt = 1; ; attempt++) {
        await goToLine(page, lineOf('## Assessment'));
        await page.keyboard.press('Control+.');
        const shown = await focused.waitFor({ timeout: 8000 }).then(() => true, () => false);
        if (shown) break;
        if (attempt === 3) throw new Error('Ctrl+. opened no quick-fix menu, three times');
        log(`  Ctrl+. opened no menu (attempt ${attempt}); again`);
        await page.keyboard.press('Escape');
      }
      const title = (await focused.innerText()).replace(/\s+/g, ' ').trim();
      section = (/Insert the (.+) section/.exec(title) || [])[1];
      if (!section) throw new Error(`preferred action is not a template insert: ${title}`);
      await page.screenshot({ path: path.join(SHOTS, 'quick-fix.png') });
      const hints = await editor.locator('.squiggly-hint').count();
      await page.keyboard.press('Enter');
      await editor.locator('.view-lines', { hasText: `### ${section}` }).waitFor();
      // The inserted questions are linted (their hints show) before the clinician starts to answer the first.
      await page.waitForFunction((n) => document.querySelectorAll('.editor-instance .squiggly-hint').length > n, hints, { timeout: 15000 });
      await page.keyboard.type(typed); // replaces the selected first prompt
      await page.keyboard.press('Tab'); // on to the next question
      await page.waitForTimeout(300); // the lint of the answer, for the screenshot
      await page.screenshot({ path: path.join(SHOTS, 'prompt.png') });
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
      await openPalette(page, 'Clinote: New Note');
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
    if (!WEB) {
    await check('Create Config File opens .clinote.json, where the rule names are suggested with what each checks', async () => {
      await openPalette(page, 'Clinote: Create Config File');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Create Config File' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'clinote:recommended' }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Infer from each note' }).waitFor();
      await page.keyboard.press('Enter');
      const active = page.locator('.editor-instance .monaco-editor').first();
      await active.locator('.view-lines', { hasText: '"rules": {}' }).waitFor();
      await goToLine(page, 3); // "rules": {}
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      // The JSON language service starts and reads the schema on first use: ask until it answers.
      const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'bias-safeguards' }).first();
      for (let i = 0; i < 10 && !(await suggestion.isVisible()); i++) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Space');
        await suggestion.waitFor({ timeout: 3000 }).catch(() => undefined);
      }
      await suggestion.waitFor({ timeout: 3000 });
      await page.locator('.suggest-widget .monaco-list-row', { hasText: 'ecological-factors' }).first().waitFor();
      // What the focused rule checks, beside the list (Ctrl+Space again shows the details).
      const details = page.locator('.suggest-details-container .docs, .suggest-details .docs').first();
      for (let i = 0; i < 3 && !(await details.isVisible()); i++) {
        await page.keyboard.press('Control+Space');
        await details.waitFor({ timeout: 2000 }).catch(() => undefined);
      }
      const focused = (await page.locator('.suggest-widget .monaco-list-row.focused').first().innerText()).trim();
      const doc = (await details.innerText()).replace(/\s+/g, ' ');
      const ext = path.join(exts, fs.readdirSync(exts).find((d) => d.startsWith('clinote.clinote-')));
      const schema = JSON.parse(fs.readFileSync(path.join(ext, 'dist/clinote.schema.json'), 'utf8'));
      const title = /\*\*(.+?)\*\*/.exec(schema.properties.rules.properties[focused]?.markdownDescription ?? '')?.[1];
      if (!title || !doc.includes(title)) throw new Error(`the details of ${focused} do not say what it checks: ${doc}`);
      await page.screenshot({ path: path.join(SHOTS, 'config.png') });
      await page.keyboard.press('Escape');
    });

    await check('the walkthrough, opened again, has its five steps done by what the clinician did, and shows their pictures', async () => {
      const welcome = await openWalkthrough(page);
      const steps = ['newNote', 'answerPrompt', 'fixFinding', 'coverage', 'agencyConfig'];
      // Each step completes on its event: New Note, an answered question, an applied quick-fix, the coverage view,
      // Create Config File.
      for (const id of steps) {
        const box = welcome.locator(`[data-done-step-id="clinote.clinote#start#${id}"]`);
        await box.waitFor();
        await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-checked') === 'true', `[data-done-step-id="clinote.clinote#start#${id}"]`, { timeout: 5000 })
          .catch(() => { throw new Error(`step ${id} is not marked done`); });
      }
      for (const id of steps) {
        await welcome.locator(`button.getting-started-step[data-step-id="clinote.clinote#start#${id}"]`).click();
        await page.waitForFunction(
          () => [...document.querySelectorAll('.getting-started-media img')].some((i) => i.complete && i.naturalWidth > 0 && i.offsetParent),
          undefined,
          { timeout: 10000 },
        ).catch(() => { throw new Error(`the picture of step ${id} is not shown`); });
      }
      await page.screenshot({ path: path.join(tmp, 'walkthrough.png') });
    });

    await check('the extension\'s page shows its README, for clinicians, with no broken picture', async () => {
      await page.keyboard.press('Control+Shift+X');
      await page.locator('.extensions-viewlet').waitFor();
      const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Clinote' }).first();
      // The search box can drop keys while the view redraws (the offline gallery's error arrives): seen once in CI as
      // "@in". Type the query again over what is there until the extension is listed.
      // The row can also be redrawn away between being found and being clicked (on a first run the gallery's error
      // comes late): clicking it is part of the attempt.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+A');
        await page.keyboard.type('@installed clinote');
        const listed = await item.waitFor({ timeout: 8000 }).then(() => true, () => false);
        if (listed && (await item.click({ timeout: 5000 }).then(() => true, () => false))) break;
        if (attempt === 4) throw new Error('the Extensions view does not list Clinote, or its row cannot be opened, four times');
        log(`  the Extensions view ${listed ? 'redrew the Clinote row before it was opened' : 'lists no Clinote'} (attempt ${attempt}); typing the query again`);
        await page.locator('.extensions-viewlet .suggest-input-container').first().click({ timeout: 5000 }).catch(() => undefined);
      }
      // The README is a webview: an iframe in an iframe.
      let readme;
      for (let i = 0; i < 100 && !readme; i++) {
        for (const f of page.frames()) if (await f.locator('h1', { hasText: 'Clinote for VS Code' }).count().catch(() => 0)) readme = f;
        if (!readme) await page.waitForTimeout(200);
      }
      if (!readme) throw new Error('the README is not shown');
      if (!(await readme.locator('text=Your notes stay on your computer').count())) throw new Error('no privacy statement');
      const images = await readme.locator('img').count();
      if (images) throw new Error(`${images} pictures in the page (VS Code shows none offline)`);
      await page.screenshot({ path: path.join(tmp, 'extension-page.png') });
    });
    }

    await check('Caseload Report from the Command Palette: the notes in a webview, whose own script runs (its CSP nonce)', async () => {
      await openPalette(page, 'Clinote: Caseload Report');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Caseload Report' }).first().waitFor();
      await page.keyboard.press('Enter');
      // VS Code's webview: an iframe holding the page's own frame.
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await report.locator('#matrix tbody tr.note th', { hasText: NOTE }).waitFor({ timeout: 30000 });
      // The controls are hidden until the script shows them: it ran, under the nonce.
      await report.locator('#filter').fill('no such note');
      await report.locator('#shown', { hasText: 'Showing 0 of 1 notes.' }).waitFor();
      await report.locator('#filter').fill('');
      await page.screenshot({ path: path.join(tmp, 'caseload-report-webview.png') });
    });

    const host = WEB ? 'the browser\'s web worker extension host' : 'a Node.js extension host';
    await check(`the extension runs in ${host}; its first diagnostics come soon after activation`, async () => {
      const text = await outputChannel(page, 'Clinote', /First\sdiagnostics\s\d+\sms/); // \s: the editor renders non-breaking spaces
      const started = WEB ? /started in a web worker extension host \(the web bundle\)/ : /started in a Node\.js [\d.]+ extension host \(the desktop bundle\); lints run in a worker thread/;
      if (!started.test(text)) throw new Error(`the Clinote output does not say ${started}: ${text}`);
      if (WEB) {
        // code-server's Node extension host runs the other extensions: it must not have activated this one.
        const nodeHostLog = findFile(path.join(userDir, 'logs'), 'remoteexthost.log');
        if (!nodeHostLog || /_doActivateExtension clinote\.clinote/.test(fs.readFileSync(nodeHostLog, 'utf8'))) throw new Error('Clinote was activated in the Node extension host');
      }
      const first = /First diagnostics (\d+) ms after activation \(this note: config (\d+) ms, lint (\d+) ms\)/.exec(text);
      if (!first) throw new Error(`no first-diagnostics line: ${text}`);
      const bound = firstDiagnosticsBound();
      log(`    first diagnostics ${first[1]} ms after activation (config ${first[2]} ms, lint ${first[3]} ms); the squiggle showed ${squiggleMs} ms after the note's text (that includes the extension host's start); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
      if (+first[1] > bound) throw new Error(`first diagnostics ${first[1]} ms after activation (bound ${bound} ms)`);
    });
    await check('Draft Report: pick a template, a client and for the record; the draft opens beside the notes on its first question, and its preview shows the chart', async () => {
      // Last, on a tidy window: the untitled note of New Note is closed without saving, the side bar and panel hidden.
      // The dirty ones (New Note's, Create Config File's) are asked about: not saved. Once more if the window did
      // neither (a command the palette lost under load: CI saw it once).
      const closedOrAsked = () => document.querySelector('.monaco-dialog-box') || !document.querySelector('.tabs-container .tab');
      await palette(page, 'View: Close All Editors');
      if (!(await page.waitForFunction(closedOrAsked, undefined, { timeout: 10000 }).catch(() => null))) {
        log('    the editors were neither closed nor asked about: Close All Editors again');
        await palette(page, 'View: Close All Editors');
        await page.waitForFunction(closedOrAsked, undefined, { timeout: 15000 });
      }
      if (await page.locator('.monaco-dialog-box').count()) await page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ }).first().click({ timeout: 10000 });
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
      await palette(page, 'View: Close Primary Side Bar');
      await palette(page, 'View: Hide Panel');
      // A client's notes, copied in now (the checks above see one note): the drafting fixtures; the last one open.
      fs.cpSync(path.join(ROOT, 'test/fixtures/draft/caseload'), path.join(ws, 'clients'), { recursive: true });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('clients/ab12/march.md');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'march.md' }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.editor-instance .view-lines', { hasText: 'client: AB12' }).first().waitFor();
      await palette(page, 'Clinote: Draft Report');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'treatment-plan-review' }).first().waitFor();
      await page.keyboard.type('discharge');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'discharge-summary' }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'clients/cd34' }).first().waitFor();
      await page.keyboard.type('AB12');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'AB12' }).waitFor();
      await page.keyboard.press('Enter');
      // For the record (the other choice de-identifies it).
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'For the record' }).waitFor();
      await page.keyboard.press('Enter');
      const draft = page.locator('.editor-instance .monaco-editor', { hasText: 'type: termination' }).first();
      await draft.locator('.view-lines', { hasText: 'Discharge Summary' }).waitFor();
      if ((await page.locator('.editor-group-container').count()) < 2) throw new Error('the draft did not open beside the note');
      const file = fs.readdirSync(path.join(ws, 'drafts')).find((f) => /^discharge-summary-AB12-\d{4}-\d\d-\d\d\.md$/.test(f));
      if (!file) throw new Error(`no draft in drafts/: ${fs.readdirSync(path.join(ws, 'drafts'))}`);
      const svg = file.replace(/\.md$/, '-phq-9.svg');
      if (!fs.readFileSync(path.join(ws, 'drafts', file), 'utf8').includes(`](${svg})`)) throw new Error('the draft does not link its PHQ-9 chart');
      // For the picture: the draft and its preview side by side.
      await palette(page, 'View: Close Editors in Other Groups');
      await palette(page, 'Markdown: Open Preview to the Side');
      // The preview is a webview (an iframe in an iframe): the chart is shown once its image has loaded.
      let shown = false;
      for (let i = 0; i < 150 && !shown; i++) {
        for (const f of page.frames()) {
          const img = f.locator(`img[src*="${svg}"]`).first();
          if (!(await img.count().catch(() => 0))) continue;
          if (await img.evaluate((el) => el.complete && el.naturalWidth > 0).catch(() => false)) {
            await img.evaluate((el) => el.scrollIntoView({ block: 'center' }));
            shown = true;
            break;
          }
        }
        if (!shown) await page.waitForTimeout(200);
      }
      if (!shown) throw new Error('the preview does not show the PHQ-9 chart');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SHOTS, 'draft-preview.png') });
    });
    rc = 0;
  } finally {
    if ((rc || !ok()) && page) await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => undefined);
    try { if (browser) await browser.close(); } catch {}
    srv?.stop();
    rc = finish(tmp, 'logs and failure.png', rc !== 0);
  }
  return rc;
}

/**
 * Opens the Command Palette with `text` in it. The text is set, not typed: typed keys that arrive before the palette
 * has its input focused are lost (a quick pick closing a moment before may still be on screen), and then Enter runs
 * whatever row was first (CI saw it: the Draft Report check waited on a palette holding only ">").
 */
async function openPalette(page, text) {
  await page.keyboard.press('F1');
  await page.waitForFunction(() => {
    const i = document.querySelector('.quick-input-widget input');
    return !!i && i.value.startsWith('>') && document.activeElement === i;
  });
  await page.locator('.quick-input-widget input').fill(`>${text}`);
}

/**
 * Runs a command from the Command Palette by its title. The row whose label is the title is clicked (the click waits
 * for it): the focused row is the palette's best guess, which is sometimes another command ("Open Locked Preview to
 * the Side" for "Open Preview to the Side").
 */
async function palette(page, title) {
  await openPalette(page, title);
  // A row's aria-label is its label, then its keybinding after a comma; a command that asks more ends in "...".
  const label = JSON.stringify(title);
  const comma = JSON.stringify(`${title}, `);
  const more = JSON.stringify(`${title}...`);
  await page.locator(`.quick-input-list .monaco-list-row:is([aria-label=${label}], [aria-label^=${comma}], [aria-label=${more}])`).first().click();
}

/**
 * What the installed package holds (code-server unpacked the .vsix): every picture the walkthrough shows, and a README
 * without pictures or relative links (VS Code's extension page shows neither offline; scripts/package.cjs).
 */
function packageContents(exts) {
  const ext = fs.readdirSync(exts).find((d) => d.startsWith('clinote.clinote-'));
  if (!ext) throw new Error('the extension is not installed');
  const root = path.join(exts, ext);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const media = manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image));
  if (media.length < 5) throw new Error(`walkthrough pictures: ${media.length}`);
  for (const m of media) if (!fs.existsSync(path.join(root, m))) throw new Error(`not packaged: ${m}`);
  const readme = fs.readdirSync(root).find((f) => /^readme\.md$/i.test(f));
  if (!readme) throw new Error('no README in the package');
  const text = fs.readFileSync(path.join(root, readme), 'utf8');
  if (!/^# Clinote for VS Code/m.test(text)) throw new Error('the README is not docs/vscode.md');
  if (/!\[|<img/i.test(text)) throw new Error('the README has pictures');
  const relative = text.match(/\]\((?![a-z][a-z0-9+.-]*:|#)[^)]*\)/i);
  if (relative) throw new Error(`a relative link in the README: ${relative[0]}`);
}

/** Welcome: Open Walkthrough..., then Clinote's: the Welcome editor with its title. */
async function openWalkthrough(page) {
  await openPalette(page, 'Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Clinote' }).first().waitFor();
  await page.keyboard.type('Clinote');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Get started with Clinote' }).waitFor();
  await page.keyboard.press('Enter');
  const welcome = page.locator('.gettingStartedContainer').first();
  await welcome.locator('h2.category-title', { hasText: 'Get started with Clinote' }).waitFor();
  return welcome;
}

/** Opens an output channel in the panel (Command Palette, as a user would) and returns its text once `want` shows. */
async function outputChannel(page, name, want) {
  await openPalette(page, 'Output: Show Output Channels');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Show Output Channels' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  // The output view is an editor in the panel; the channel's text is in no other editor.
  const lines = page.locator('.monaco-editor .view-lines', { hasText: want }).first();
  await lines.waitFor();
  return (await lines.innerText()).replace(/\s+/g, ' '); // non-breaking spaces, and lines the view wraps
}

/**
 * --web: the installed copy loses its `main` entry, so that VS Code can only run it as a web extension, with
 * dist/web/extension.cjs in the browser's web worker extension host (as vscode.dev would), though code-server also
 * has a Node extension host. Everything else is the .vsix as shipped.
 */
function webOnly(exts) {
  const dir = fs.readdirSync(exts).find((d) => d.startsWith('clinote.clinote-'));
  const file = path.join(exts, dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!pkg.browser) throw new Error('the manifest has no browser entry');
  delete pkg.main;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
}

function findFile(dir, name) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.name === name) return p;
    if (e.isDirectory()) {
      const f = findFile(p, name);
      if (f) return f;
    }
  }
  return undefined;
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
