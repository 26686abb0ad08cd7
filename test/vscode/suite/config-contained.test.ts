// The extension supports untrusted workspaces: a cloned repository's .clinote.json must not be able to show the
// user's other files in the Problems panel. `extends` reaches only inside the workspace folder that holds the note.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, folder, openNote, waitFor } from './helpers.js';

const SECRET = 'SECRET-TOKEN-8841';

describe('config: extends stays inside the workspace folder', () => {
  let outside: string;
  let dir: vscode.Uri;
  let cfg: vscode.Uri;
  beforeEach(() => {
    // A file of the user's, outside the workspace, shaped so that its values would be quoted if it were read.
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'clinote-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.json'), JSON.stringify({ defaultType: SECRET, rules: { [SECRET]: 'error' } }));
    dir = vscode.Uri.joinPath(folder('clinic'), 'cloned');
    cfg = vscode.Uri.joinPath(dir, '.clinote.json');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.writeFileSync(path.join(dir.fsPath, 'note.md'), 'Client talked about stress at work.\n');
  });
  afterEach(async () => {
    // An empty config first, so that the problem shown on the file goes before the file does.
    fs.writeFileSync(cfg.fsPath, '{}');
    await waitFor(() => configProblems(cfg).length === 0, 'config problems cleared');
    await closeAll();
    fs.rmSync(dir.fsPath, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const configProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinote');
  /** Every diagnostic in the window, as text: the secret must be in none. */
  const everything = () =>
    vscode.languages
      .getDiagnostics()
      .flatMap(([, ds]) => ds.map((d) => d.message))
      .join('\n');

  it('a ../ path out of the workspace: one config problem at the value, nothing of the file shown', async () => {
    const rel = path.relative(dir.fsPath, path.join(outside, 'secret.json')).split(path.sep).join('/');
    fs.writeFileSync(cfg.fsPath, `{\n  "extends": ${JSON.stringify(rel)}\n}\n`);
    await openNote(vscode.Uri.joinPath(dir, 'note.md'));
    const [problem, ...more] = await waitFor(() => (configProblems(cfg).length ? configProblems(cfg) : undefined), 'the config problem');
    assert.deepEqual(more, []);
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [1, 13]);
    assert.match(problem.message, /^extends "\.\.\/.*" is not read: it is outside the workspace folder; extend a built-in such as clinote:recommended or a file inside that folder$/);
    assert.ok(!everything().includes(SECRET), 'nothing of the file outside is shown');
  });

  it('an absolute path, and a link inside the workspace that leads out of it, are refused the same way', async () => {
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir.fsPath, 'team.json'));
    fs.writeFileSync(cfg.fsPath, JSON.stringify({ extends: [path.join(outside, 'secret.json'), './team.json'] }));
    await openNote(vscode.Uri.joinPath(dir, 'note.md'));
    const problems = await waitFor(() => (configProblems(cfg).length === 2 ? configProblems(cfg) : undefined), 'two config problems');
    assert.match(problems[0].message, /^extends ".*" is not read: it is outside the workspace folder;/);
    assert.match(problems[1].message, /^extends "\.\/team\.json" is not read: a symbolic link takes it outside the workspace folder;/);
    assert.ok(!everything().includes(SECRET), 'nothing of the file outside is shown');
  });
});
