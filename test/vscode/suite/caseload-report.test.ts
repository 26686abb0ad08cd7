// Clinote: Caseload Report: the workspace's notes in the HTML caseload report, in a webview tab.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, setSetting, waitFor } from './helpers.js';

type Shown = { notes: number; html: string };

/** The matrix row of a note. */
function rowOf(html: string, note: string): string {
  const row = html.split('<tr class="note"').find((r) => r.split('</th>')[0].includes(note));
  assert.ok(row, `no row for ${note}`);
  return row.split('</tr>')[0];
}

/** The cell of a dimension column in a note's row. */
function cellOf(html: string, note: string, dimension: string): string {
  const heads = [...html.split('<table id="matrix">')[1].split('<thead>')[1].split('</thead>')[0].matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  const cells = rowOf(html, note).split(/(?=<t[dh][ >])/).slice(1);
  const i = heads.indexOf(dimension);
  assert.ok(i >= 0, `no ${dimension} column in ${heads.join(', ')}`);
  return cells[i];
}

describe('caseload report', () => {
  afterEach(closeAll);

  it("shows the workspace's notes in a webview tab: a row per note, each gap with its finding, a CSP with this showing's nonce", async () => {
    const shown = await vscode.commands.executeCommand<Shown>('clinote.caseloadReport');
    const { html } = shown;
    assert.ok(shown.notes >= 3, `notes: ${shown.notes}`);
    assert.equal(html.match(/<tr class="note"/g)?.length, shown.notes);
    assert.match(html, /clinic\/notes\/dap-missing-goals\.md/);
    assert.doesNotMatch(html, /README\.md|ignored\.md/, 'not notes, as for Lint Workspace');
    const goals = cellOf(html, 'dap-missing-goals.md', 'Mutually negotiated goals');
    assert.match(goals, /s-missing/);
    assert.match(goals, /Mutually negotiated goals incomplete\./);
    const nonce = /<script nonce="([0-9a-f]{32})">/.exec(html)?.[1];
    assert.ok(nonce, 'the script has a nonce');
    assert.match(html, new RegExp(`<style nonce="${nonce}">`));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'`), csp);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await waitFor(
      () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Clinote: Caseload Report'),
      `a Caseload Report tab (tabs: ${tabs().map((t) => `${t.label} ${(t.input as { viewType?: string })?.viewType ?? ''}`).join(', ')})`,
    );
    const again = await vscode.commands.executeCommand<Shown>('clinote.caseloadReport');
    assert.notEqual(/<script nonce="([0-9a-f]{32})">/.exec(again.html)?.[1], nonce, 'a new nonce each time');
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === 'Clinote: Caseload Report').length, 1, 'one tab, refreshed');
  });

  it('a rule turned off in the settings is not required of the notes in the report', async () => {
    await setSetting('severity', { goals: 'off' });
    try {
      const { html } = await vscode.commands.executeCommand<Shown>('clinote.caseloadReport');
      // Not required of this note: a "not required" cell, or no column when no note expects it.
      const heads = html.split('<table id="matrix">')[1].split('</thead>')[0];
      if (heads.includes('Mutually negotiated goals')) assert.match(cellOf(html, 'dap-missing-goals.md', 'Mutually negotiated goals'), /s-not-required/);
      assert.doesNotMatch(rowOf(html, 'dap-missing-goals.md'), /Mutually negotiated goals/);
    } finally {
      await setSetting('severity', undefined);
    }
  });
});
