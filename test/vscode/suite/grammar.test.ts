// The injection grammar colours prompts, Clinote comments and the front matter keys Clinote reads, and leaves code
// alone. Tokens come from VS Code's own TextMate engine (vscode-textmate in its app root) and the real grammars.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Token {
  c: string;
  t: string;
}

/** Tokenizes with VS Code's own TextMate engine and every grammar the running extensions contribute (ours included). */
async function tokens(text: string): Promise<Token[]> {
  const lib = (name: string) => path.join(vscode.env.appRoot, 'node_modules', name);
  // Loaded from the running VS Code, not from our node_modules: the engine that really colours the editor.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const tm: any = require(lib('vscode-textmate'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const onig: any = require(lib('vscode-oniguruma'));
  await onig.loadWASM(fs.readFileSync(path.join(lib('vscode-oniguruma'), 'release/onig.wasm')).buffer as ArrayBuffer).catch(() => undefined);
  const files = new Map<string, string>();
  const injections = new Map<string, string[]>();
  for (const ext of vscode.extensions.all) {
    for (const g of (ext.packageJSON?.contributes?.grammars ?? []) as { scopeName: string; path: string; injectTo?: string[] }[]) {
      files.set(g.scopeName, path.join(ext.extensionPath, g.path));
      for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
    }
  }
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope: string) => {
      const file = files.get(scope);
      return file ? tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope: string) => injections.get(scope),
  });
  const grammar = (await registry.loadGrammar('text.html.markdown'))!;
  const out: Token[] = [];
  let stack = tm.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens as { startIndex: number; endIndex: number; scopes: string[] }[]) out.push({ c: line.slice(t.startIndex, t.endIndex), t: t.scopes.join(' ') });
    stack = r.ruleStack;
  }
  return out;
}

const scopesOf = (ts: Token[], c: string) => ts.filter((t) => t.c.includes(c)).map((t) => t.t);

describe('grammar', () => {
  it('colours prompts, directives and front matter keys, not code', async () => {
    const ts = await tokens(
      [
        '---',
        'type: soap',
        'clinician: A. B.',
        'mood: low',
        '---',
        '# Note',
        '',
        '- **Goal:** <!-- ? What does the client want? -->',
        '<!-- clinote-disable goals strengths -->',
        '<!-- an ordinary comment -->',
        '',
        '```',
        '<!-- ? not a prompt in code -->',
        '```',
        '',
      ].join('\n'),
    );
    assert.ok(ts.length > 0, 'tokens captured');
    assert.ok(scopesOf(ts, 'What does the client want?').some((s) => s.includes('string.other.prompt.clinote')), JSON.stringify(ts.slice(0, 40)));
    assert.ok(scopesOf(ts, '?').some((s) => s.includes('keyword.operator.prompt.clinote')));
    assert.ok(scopesOf(ts, 'clinote-disable').some((s) => s.includes('keyword.control.directive.clinote')));
    assert.ok(scopesOf(ts, 'strengths').some((s) => s.includes('variable.other.rule.clinote')));
    assert.ok(scopesOf(ts, 'type').some((s) => s.includes('keyword.other.frontmatter-key.clinote')), 'type: key');
    assert.ok(scopesOf(ts, 'clinician').some((s) => s.includes('keyword.other.frontmatter-key.clinote')), 'clinician: key');
    assert.ok(!scopesOf(ts, 'mood').some((s) => s.includes('clinote')), 'a key Clinote does not read');
    assert.ok(!scopesOf(ts, 'an ordinary comment').some((s) => s.includes('clinote')), 'plain comments stay comments');
    assert.ok(!scopesOf(ts, 'not a prompt in code').some((s) => s.includes('clinote')), 'code is left alone');
  });
});

describe('snippets in the editor', () => {
  it('the section snippet for goals inserts the template with the first prompt selected', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Clinote: Mutually negotiated goals' });
    assert.match(doc.getText(), /^## Goals\n\n- \*\*Goal in the client's words:\*\* <!-- \? /);
    assert.match(doc.getText(editor.selection), /^<!-- \? What does the client want/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
