// What a clinician meets first: the walkthrough, and a .clinote.json that completes and checks itself as it is typed
// (the JSON language service, from the schema this extension contributes), with each mistake reported once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FIX_APPLIED, PROMPT_ANSWERED } from '../../../src/extension/walkthrough.js';
import { api, closeAll, folder, openNote, waitFor } from './helpers.js';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

const extension = () => vscode.extensions.getExtension('clinote.clinote')!;

// That it opens, and marks its steps done, is seen in the workbench: test/vscode/ui-test.cjs.
describe('onboarding: the walkthrough', () => {
  it('is contributed with its five steps, each with a packaged picture and an event that completes it', async () => {
    const [walkthrough, ...more] = extension().packageJSON.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];
    assert.deepEqual(more, []);
    assert.equal(walkthrough.title, 'Get started with Clinote');
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['newNote', 'answerPrompt', 'fixFinding', 'coverage', 'agencyConfig']);
    const commands = new Set(await vscode.commands.getCommands(true));
    const views = (extension().packageJSON.contributes.views.clinote as { id: string }[]).map((v) => v.id);
    for (const step of walkthrough.steps) {
      // Every picture is a file of the extension (no web address: nothing may reach the network).
      assert.ok(step.media.image && !/^[a-z]+:/i.test(step.media.image), `${step.id}: a local picture`);
      assert.ok(step.media.altText, `${step.id}: alt text`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, step.media.image));
      assert.ok(step.completionEvents?.length, `${step.id}: completes on an event`);
      for (const e of step.completionEvents!) {
        const [kind, arg] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
        if (kind === 'onCommand') assert.ok(commands.has(arg), `${step.id}: ${arg} is a command`);
        else if (kind === 'onView') assert.ok(views.includes(arg), `${step.id}: ${arg} is a view`);
        else assert.ok(kind === 'onContext' && [PROMPT_ANSWERED, FIX_APPLIED].includes(arg), `${step.id}: ${e} is a key the extension sets`);
      }
      // A button in a step runs one of the extension's commands.
      for (const [, cmd] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(cmd), `${step.id}: ${cmd}`);
    }
  });
});

describe('onboarding: .clinote.json in the editor', function () {
  // The JSON language service starts, and reads the schema, on first use.
  this.timeout(90000);
  let dir: vscode.Uri;
  let n = 0;
  let files = 0;
  beforeEach(() => {
    // A folder of its own per test: VS Code keeps a closed file's document (and its diagnostics) alive a while.
    dir = vscode.Uri.joinPath(folder('other'), `agency-${++n}`);
    fs.mkdirSync(dir.fsPath, { recursive: true });
  });
  afterEach(async () => {
    await closeAll();
    await vscode.workspace.getConfiguration('json').update('validate.enable', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir.fsPath, { recursive: true, force: true });
  });

  /** Completion items at the offset of `|` in the file's text, as the editor asks for them (the JSON language service
   * starts and reads the schema on first use: asked again until it answers). */
  async function complete(name: string, text: string, want: string): Promise<vscode.CompletionItem[]> {
    const sub = vscode.Uri.joinPath(dir, String(++files)); // a new file each time (see beforeEach)
    fs.mkdirSync(sub.fsPath);
    const uri = vscode.Uri.joinPath(sub, name);
    fs.writeFileSync(uri.fsPath, text.replace('|', ''));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'jsonc', `${name} is JSON with comments`);
    await vscode.window.showTextDocument(doc);
    const pos = doc.positionAt(text.indexOf('|'));
    let last = '';
    return waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
        last = list?.items.map(label).join(' ') ?? '';
        return list?.items.some((i) => label(i) === want) ? list.items : undefined;
      },
      `completion of ${want} in ${name}`,
      30000,
    ).catch((e: Error) => Promise.reject(new Error(`${e.message}; offered: ${last}`)));
  }
  const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  const docs = (i: vscode.CompletionItem) => (typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? '');

  it('completes the built-in rule ids inside rules, with what each checks, in .clinote.json and .clinote.jsonc', async () => {
    const items = await complete('.clinote.json', '{\n  // the agency\'s rules\n  "rules": { | },\n}\n', 'goals');
    const goals = items.find((i) => label(i) === 'goals')!;
    assert.match(docs(goals), /Mutually negotiated goals/);
    for (const id of ['bias-safeguards', 'measurable-goals', 'stigmatizing-language', 'unfilled-prompt']) assert.ok(items.some((i) => label(i) === id), id);
    await complete('.clinote.jsonc', '{ "types": { "intake": { "rules": { | } } } }', 'risk-assessment');
  });

  it('completes the levels, the note types and the built-in configurations', async () => {
    const levels = await complete('.clinote.json', '{ "rules": { "goals": | } }', '"warning"');
    for (const l of ['"off"', '"info"', '"error"']) assert.ok(levels.some((i) => label(i) === l), l);
    const types = await complete('.clinote.json', '{ "defaultType": | }', '"soap"');
    assert.ok(types.some((i) => label(i) === '"intake"'));
    await complete('.clinote.json', '{ "extends": | }', '"clinote:recommended"');
  });

  it('reports each mistake once: the JSON language service its values while the file is open, Clinote the names', async () => {
    const a = await api();
    const cfg = vscode.Uri.joinPath(dir, '.clinote.json');
    // "warn" is a value the schema rejects; "goal" is a name only Clinote can judge (it suggests "goals").
    const text = '{\n  "rules": { "goals": "warn", "goal": "off" }\n}\n';
    fs.writeFileSync(cfg.fsPath, text);
    fs.writeFileSync(vscode.Uri.joinPath(dir, 'note.md').fsPath, '# DAP note\n\nClient talked about work.\n');
    await openNote(vscode.Uri.joinPath(dir, 'note.md'));
    await a.idle();
    const warn = new vscode.Position(1, text.split('\n')[1].indexOf('"warn"'));
    const goal = new vscode.Position(1, text.split('\n')[1].indexOf('"goal"'));
    const clinote = () => vscode.languages.getDiagnostics(cfg).filter((d) => d.source === 'clinote');
    const others = () => vscode.languages.getDiagnostics(cfg).filter((d) => d.source !== 'clinote');
    const at = (ds: vscode.Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}`).sort();
    const key = (p: vscode.Position) => `${p.line}:${p.character}`;

    // Closed: the language service says nothing, so Clinote shows both, the value and the name.
    await waitFor(() => clinote().length === 2, "Clinote's two problems");
    assert.deepEqual(at(clinote()), [key(warn), key(goal)].sort());
    assert.match(clinote().find((d) => d.range.start.isEqual(goal))!.message, /did you mean "goals"\?/);
    assert.deepEqual(others(), []);

    // Open: the language service reports the value as it is typed; Clinote keeps only the name.
    await vscode.window.showTextDocument(cfg);
    await waitFor(() => others().some((d) => d.range.start.isEqual(warn)), 'the JSON language service reports "warn"', 30000);
    await waitFor(() => clinote().length === 1, "Clinote's value problem makes way");
    assert.deepEqual(at(clinote()), [key(goal)]);
    assert.ok(!others().some((d) => d.range.start.isEqual(goal)), 'the name is not reported by the language service');
    // Once each, everywhere.
    const all = at(vscode.languages.getDiagnostics(cfg));
    assert.deepEqual(all, [...new Set(all)], 'no place reported twice');

    // JSON validation turned off: Clinote shows both again.
    await vscode.workspace.getConfiguration('json').update('validate.enable', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => clinote().length === 2 && !others().some((d) => d.range.start.isEqual(warn)), 'Clinote shows the value again');
  });
});
