// Code actions: each quick-fix inserts the expected text at the expected place (as a snippet: the cursor lands on the
// first prompt), insert all missing sections, disable a rule for the note, fix-all (also on save), and the hover.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { applyFixes, catalog, lint, SAVE_FIX_KINDS, type Finding } from '../../../src/core/index.js';
import { api, closeAll, codeActions, codeOf, folder, openNote, settled, untitled, waitFor } from './helpers.js';

/** The fixes Fix all applies by default: structure only (sections, front matter), never the clinician's words. */
const saveFixes = (fs_: Finding[]) => fs_.flatMap((f) => (f.fix && SAVE_FIX_KINDS.includes(f.fix.kind) ? [f.fix] : []));

const DAP_TEXT = () => fs.readFileSync(vscode.Uri.joinPath(folder('clinic'), 'notes/dap-missing-goals.md').fsPath, 'utf8');

describe('code actions', () => {
  afterEach(closeAll);

  it('offer a quick-fix per finding that inserts exactly the core fix, where it belongs', async function () {
    const original = DAP_TEXT();
    const findings = lint(original).findings.filter((f) => f.fix);
    assert.ok(findings.length >= 3, 'the fixture has several fixable findings');
    for (const f of findings) {
      const editor = await untitled(original);
      const doc = editor.document;
      const diag = (await settled(doc)).find((d) => codeOf(d) === f.ruleId && d.message === f.message)!;
      assert.ok(diag, `diagnostic for ${f.ruleId}`);
      const actions = await codeActions(doc, diag.range, undefined, (as) => as.some((a) => a.title === f.fix!.title));
      const fix = actions.find((a) => a.title === f.fix!.title)!;
      assert.equal(fix.kind?.value, 'quickfix');
      // One fix is preferred (listed first, applied by Auto Fix): that of the most severe finding here.
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, `one preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
      const here = (await settled(doc))
        .filter((d) => d.range.intersection(diag.range))
        .map((d) => ({ d, f: findings.find((g) => g.ruleId === codeOf(d) && g.message === d.message) }))
        .filter((x) => x.f);
      const worst = Math.min(...here.map((x) => x.d.severity));
      assert.ok(here.some((x) => x.d.severity === worst && x.f!.fix!.title === preferred[0].title), `preferred: ${preferred[0].title}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.equal(doc.getText(), applyFixes(original, [f.fix!]), `${f.ruleId}: inserted text and place`);
      // Inserted as a snippet: the first prompt of the template is selected, ready to be typed over.
      const e = f.fix!.edits[0];
      if (/<!--\s*\?/.test(e.newText)) {
        assert.match(doc.getText(editor.selection), /^<!-- \? /, `${f.ruleId}: first prompt selected`);
        const at = doc.offsetAt(editor.selection.start);
        assert.ok(at >= e.range.start && at < e.range.start + e.newText.length, `${f.ruleId}: selection inside the insert`);
      }
      await waitFor(async () => !(await settled(doc)).some((d) => codeOf(d) === f.ruleId && d.message === f.message), `${f.ruleId} resolved or changed`);
      await closeAll();
      await waitFor(() => doc.isClosed, 'the note closed before the next one opens');
    }
  });

  it('Ctrl+. right after typing, before the lint caught up, offers the fixes of the note as it is now', async () => {
    const original = DAP_TEXT();
    const editor = await untitled(original);
    const doc = editor.document;
    await settled(doc);
    await vscode.workspace.getConfiguration('clinote').update('delay', 5000, vscode.ConfigurationTarget.Global);
    try {
      // A keystroke: the shown findings are now one version behind, and the next lint waits out the long delay.
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\nSee client next week.'));
      const a = await api();
      assert.equal(a.service.current(doc), undefined, 'the findings are a version behind');
      const goals = lint(doc.getText()).findings.find((f) => f.ruleId === 'goals' && f.fix)!;
      const range = new vscode.Range(doc.positionAt(goals.range.start), doc.positionAt(goals.range.start));
      const t0 = Date.now();
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
      assert.ok(all.some((x) => x.title === goals.fix!.title), `the Goals fix is offered: ${all.map((x) => x.title).join(' | ')}`);
      assert.ok(Date.now() - t0 < 4000, 'without waiting out the 5 s typing delay');
    } finally {
      await vscode.workspace.getConfiguration('clinote').update('delay', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('put the missing Goals of a DAP note under its Assessment, before the Plan', async () => {
    const original = DAP_TEXT();
    const editor = await untitled(original);
    const doc = editor.document;
    const diag = (await settled(doc)).find((d) => codeOf(d) === 'goals')!;
    const fix = (await codeActions(doc, diag.range, undefined, (as) => as.some((a) => /Goals/.test(a.title)))).find((a) => /Goals/.test(a.title))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const text = doc.getText();
    const assessment = text.indexOf('## Assessment');
    const goals = text.indexOf('### Goals');
    const plan = text.indexOf('## Plan');
    assert.ok(assessment < goals && goals < plan, 'Assessment < Goals < Plan');
    assert.match(text.slice(goals, plan), /<!-- \? .+ -->/, 'the template carries prompts');
    // The first prompt is selected, ready to be typed over.
    const sel = editor.selection;
    assert.ok(!sel.isEmpty, 'a tab stop is selected');
    assert.match(doc.getText(sel), /^<!-- \? /);
    assert.ok(doc.offsetAt(sel.start) > goals && doc.offsetAt(sel.start) < plan, 'cursor inside the inserted section');
  });

  it('insert all missing sections at once', async () => {
    const original = DAP_TEXT();
    const missing = lint(original).findings.filter((f) => f.status === 'missing' && f.fix);
    const editor = await untitled(original);
    const doc = editor.document;
    const diag = (await settled(doc)).find((d) => codeOf(d) === 'goals')!;
    const title = `Insert all ${missing.length} missing sections`;
    const all = (await codeActions(doc, diag.range, undefined, (as) => as.some((a) => a.title === title))).find((a) => a.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    assert.equal(doc.getText(), applyFixes(original, missing.map((f) => f.fix!)));
    // As the editor does after the edit: the action's command. The cursor lands on the first inserted question.
    await vscode.commands.executeCommand(all.command!.command, ...(all.command!.arguments ?? []));
    const firstNew = doc.getText().split('<!-- ?').length > 1 ? doc.getText().indexOf('<!-- ?', firstDifference(original, doc.getText())) : -1;
    assert.equal(doc.offsetAt(editor.selection.start), firstNew, 'the first inserted question is selected');
    assert.match(doc.getText(editor.selection), /^<!-- \? .+ -->$/);
    await waitFor(async () => !(await settled(doc)).some((d) => missing.some((f) => f.ruleId === codeOf(d) && f.status === 'missing' && d.message === f.message)), 'missing findings gone');
  });

  it('disable a rule for this note with an inline comment after the front matter', async () => {
    const original = DAP_TEXT();
    const editor = await untitled(original);
    const doc = editor.document;
    const diag = (await settled(doc)).find((d) => codeOf(d) === 'goals')!;
    const title = 'Disable goals for this note';
    const action = (await codeActions(doc, diag.range, undefined, (as) => as.some((a) => a.title === title))).find((a) => a.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    const fmEnd = original.indexOf('---\n', 4) + 4;
    assert.equal(doc.getText(), original.slice(0, fmEnd) + '<!-- clinote-disable-file goals -->\n' + original.slice(fmEnd));
    await waitFor(async () => !(await settled(doc)).some((d) => codeOf(d) === 'goals'), 'goals disabled');
    // A second rule joins the same comment.
    const d2 = (await settled(doc)).find((d) => codeOf(d) === 'strengths')!;
    const t2 = 'Disable strengths for this note';
    const a2 = (await codeActions(doc, d2.range, undefined, (as) => as.some((a) => a.title === t2))).find((a) => a.title === t2)!;
    assert.ok(await vscode.workspace.applyEdit(a2.edit!));
    assert.ok(doc.getText().includes('<!-- clinote-disable-file goals strengths -->\n'));
  });

  it('disable a rule for one line with a comment at its end', async () => {
    const text = '---\ntype: soap\n---\n# SOAP note\n\n## Subjective\n\n- **Mood:** <!-- ? How was the mood? -->\n\n## Objective\n\nCalm.\n';
    const editor = await untitled(text);
    const doc = editor.document;
    const diag = (await settled(doc)).find((d) => codeOf(d) === 'unfilled-prompt')!;
    assert.ok(diag, 'an unanswered prompt');
    const title = 'Disable unfilled-prompt for this line';
    const action = (await codeActions(doc, diag.range, undefined, (as) => as.some((a) => a.title === title))).find((a) => a.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(doc.lineAt(diag.range.start.line).text, '- **Mood:** <!-- ? How was the mood? --> <!-- clinote-disable-line unfilled-prompt -->');
    await waitFor(async () => !(await settled(doc)).some((d) => codeOf(d) === 'unfilled-prompt'), 'prompt finding disabled');
  });

  it('fix all: source.fixAll.clinote, also through editor.codeActionsOnSave', async () => {
    const original = DAP_TEXT();
    const expected = applyFixes(original, saveFixes(lint(original).findings));
    const editor = await untitled(original);
    const doc = editor.document;
    await settled(doc);
    const [fixAll] = await codeActions(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clinote');
    assert.equal(fixAll.kind?.value, 'source.fixAll.clinote');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(doc.getText(), expected);
    await closeAll();

    // On save, through the user's setting.
    const file = vscode.Uri.joinPath(folder('other'), 'fix-on-save.md');
    fs.writeFileSync(file.fsPath, original);
    const md = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await md.update('codeActionsOnSave', { 'source.fixAll.clinote': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const ed = await openNote(file);
      await ed.edit((b) => b.insert(ed.document.positionAt(ed.document.getText().length), '\n'));
      await settled(ed.document);
      await ed.document.save();
      await waitFor(() => fs.readFileSync(file.fsPath, 'utf8') !== original + '\n', 'saved with fixes');
      assert.equal(fs.readFileSync(file.fsPath, 'utf8'), applyFixes(original + '\n', saveFixes(lint(original + '\n').findings)));
    } finally {
      await md.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      fs.rmSync(file.fsPath, { force: true });
    }
  });

  it('fix all leaves the clinician\'s words alone unless clinote.fixAll.kinds asks for rewording', async () => {
    const original = DAP_TEXT().replace('He slept about 4 hours', 'He suffers from insomnia and insists he slept about 4 hours');
    const editor = await untitled(original);
    const doc = editor.document;
    await settled(doc);
    assert.ok((await settled(doc)).some((d) => codeOf(d) === 'stigmatizing-language'), 'the wording is flagged');
    const [fixAll] = await codeActions(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clinote');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const text = doc.getText();
    assert.ok(text.includes('He suffers from insomnia and insists he slept'), 'the clinician\'s sentence is unchanged');
    assert.equal(text.match(/^#+ Goals$/gm)?.length, 1, 'one Goals section is inserted, once');
    assert.ok(text.indexOf('### Goals') < text.indexOf('## Plan'), 'placed before the Plan');
    const clinote = vscode.workspace.getConfiguration('clinote');
    await clinote.update('fixAll.kinds', ['section', 'front-matter', 'reword'], vscode.ConfigurationTarget.Global);
    try {
      await settled(doc);
      const [again] = await codeActions(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clinote');
      assert.ok(await vscode.workspace.applyEdit(again.edit!));
      assert.ok(doc.getText().includes('He has insomnia and states he slept'), doc.getText());
      assert.equal(doc.getText().match(/^#+ Goals$/gm)?.length, 1, 'no second Goals section');
    } finally {
      await clinote.update('fixAll.kinds', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('hover on a finding shows, once each, why it matters, what made it expected, its sub-items and its source; the message keeps to one row', async () => {
    // A police officer raises the bias safeguards in a DAP note: a conditional dimension, with a trigger; the clinician's
    // supervision covers one of its six topics (the client's own "argument with his supervisor" covers none).
    const text = DAP_TEXT().replace('at the plant', 'at the station where he works as a police officer. Reviewed in clinical supervision with Dr K');
    const f = lint(text).findings.find((x) => x.ruleId === 'bias-safeguards')!;
    assert.ok(f?.why && f.source && f.trigger && f.covered?.length && f.missing?.length, 'the finding carries its detail');
    const editor = await untitled(text);
    const doc = editor.document;
    const diag = (await settled(doc)).find((d) => codeOf(d) === 'bias-safeguards')!;
    // The Problems row: what is missing and what to do, nothing the hover says.
    assert.equal(diag.message, f.message);
    assert.match(diag.message, /^Safeguards against clinician bias incomplete\. Add a "Safeguards against bias" section, or cover 2 more of its 6 topics\.$/);
    for (const detail of [f.why, f.source, f.trigger]) assert.ok(!diag.message.includes(detail.slice(0, 30)), `the message repeats "${detail}"`);
    const hover = await waitFor(async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, diag.range.start.translate(0, 3)).then(
        (r) => r ?? [],
        () => [] as vscode.Hover[], // cancelled while other providers register: ask again
      );
      const md = hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return /Safeguards against clinician bias/.test(md) ? md.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1') : undefined;
    }, 'clinote hover');
    // Other findings sit on the same heading: this one's part runs from its title to its docs link.
    const part = hover.slice(hover.indexOf('**Safeguards against clinician bias**'), hover.indexOf('[bias-safeguards]('));
    assert.ok(part.length > 0, hover);
    const count = (s: string, within = part) => within.split(s).length - 1;
    assert.equal(count(f.why, hover), 1, 'the why, once in the whole hover');
    assert.equal(count(f.why), 1);
    assert.equal(count('Expected because the note mentions a socializing occupation ("police officer").'), 1, part);
    assert.equal(count(`*Source: ${f.source}*`), 1, part);
    assert.match(f.source, /^Robert Smith, "Probe Clients' Work Identity to Improve Rapport"/);
    const labels = Object.fromEntries(catalog.find((d) => d.id === 'bias-safeguards')!.subItems.map((s) => [s.id, s.label]));
    for (const id of f.covered) assert.equal(count(`- $(check) ${labels[id]}\n`), 1, `covered: ${labels[id]}`);
    for (const id of f.missing) assert.equal(count(`- $(circle-large-outline) ${labels[id]}\n`), 1, `still open: ${labels[id]}`);
    assert.equal(count('$(check)') + count('$(circle-large-outline)'), 6, 'each of the six sub-items once');
  });
});

/** The first offset where two texts differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
