// Wires the adapter together; shared by the desktop entry (extension.ts) and the web entry (web.ts).
import * as vscode from 'vscode';
import { ClinoteActions } from './actions.js';
import { registerCommands } from './commands.js';
import { SCHEMA_VALIDATION_SETTINGS } from './config-diagnostics.js';
import { ConfigCache, type ConfigFs } from './configs.js';
import { Coverage } from './coverage.js';
import { Dismissals, DISMISSED_GLOBS } from './dismissals.js';
import { ClinoteHover } from './hover.js';
import type { LintClient } from './lint-client.js';
import { LintService, setDocsFolder } from './linter.js';
import { registerInsertedCommand, watchPromptAnswers } from './walkthrough.js';
import { DISMISSED_FILE } from '../core/index.js';

const CONFIG_GLOB = '**/.clinote.{json,jsonc,yaml,yml}';

/** What activate() returns: used by the extension-host tests, stable enough for other extensions. */
export interface ClinoteApi {
  service: LintService;
  coverage: Coverage;
  /** Resolves when no lint is pending or running. */
  idle(): Promise<void>;
}

/** What differs between the entries: how lints run (a worker on the desktop, in process on the web), files read. */
export interface Entry {
  bundle: 'desktop' | 'web';
  client: LintClient;
  /** How config files are read (workspace.fs when absent). */
  configFs?: ConfigFs;
}

export function activateWith(context: vscode.ExtensionContext, { bundle, client, configFs }: Entry): ClinoteApi {
  const log = vscode.window.createOutputChannel('Clinote');
  // Which host runs the extension, told by the runtime itself: the tests of the web bundle read this line.
  const runs = client.kind === 'worker' ? 'in a worker thread' : 'in the extension host, under a deadline';
  log.appendLine(`Clinote ${context.extension.packageJSON.version} started in ${hostKind()} (the ${bundle} bundle); lints run ${runs}.`);
  setDocsFolder(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  const configs = new ConfigCache(configFs);
  const dismissals = new Dismissals();
  const service = new LintService(configs, log, client, dismissals);
  const coverage = new Coverage(service);
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }];

  const configChanged = () => {
    configs.clear();
    service.relintAll();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  // Dismissals changed by this window, another one, git or a hand edit: every note shown is linted again.
  const dismissalsChanged = () => {
    dismissals.clear();
    service.relintAll('dismissals');
  };
  const dismissedWatchers = DISMISSED_GLOBS.map((g) => vscode.workspace.createFileSystemWatcher(g));
  context.subscriptions.push(
    log,
    service,
    coverage,
    watcher,
    watcher.onDidCreate(configChanged),
    watcher.onDidChange(configChanged),
    watcher.onDidDelete(configChanged),
    dismissals,
    ...dismissedWatchers.flatMap((w) => [w, w.onDidCreate(dismissalsChanged), w.onDidChange(dismissalsChanged), w.onDidDelete(dismissalsChanged)]),
    dismissals.onDidChange(() => service.relintAll('dismissals')),
    vscode.workspace.onDidOpenTextDocument((d) => {
      service.request(d, 'open');
      // An open config file is validated by the editor's JSON language service: Clinote's problems make way.
      service.configDiagnostics.refresh(d.uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && service.request(e.document, 'change')),
    vscode.workspace.onDidSaveTextDocument((d) => {
      // A saved config file is also caught here when the watcher cannot see it (outside the workspace, extends).
      if (/\.clinote\.(json|jsonc|ya?ml)$/.test(d.uri.path) || configs.uses(d.uri)) configChanged();
      else if (d.uri.path.endsWith(`/${DISMISSED_FILE}`)) dismissalsChanged();
      else service.request(d, 'save');
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      service.forget(d.uri);
      service.configDiagnostics.refresh(d.uri);
    }),
    // VS Code may keep a document alive after its last tab closes; the clinician expects its problems to go then.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => tabUri(t)?.toString()));
      for (const t of e.closed) {
        const uri = tabUri(t);
        if (uri && !open.has(uri.toString())) service.forget(uri);
      }
    }),
    // A note shown again after its tab closed (forgotten, but still open). Not one whose first lint is under way: VS
    // Code shows a note's editor just after opening it, and asking again would start that lint over.
    vscode.window.onDidChangeVisibleTextEditors((eds) => {
      for (const ed of eds) if (!service.state(ed.document.uri) && !service.scheduler.has(ed.document.uri.toString())) service.request(ed.document, 'open');
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(configChanged),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('clinote')) service.relintAll();
      if (SCHEMA_VALIDATION_SETTINGS.some((s) => e.affectsConfiguration(s))) service.configDiagnostics.refresh();
    }),
    vscode.extensions.onDidChange(() => service.configDiagnostics.refresh()),
    vscode.languages.registerCodeActionsProvider(selector, new ClinoteActions(service), ClinoteActions.metadata),
    vscode.languages.registerHoverProvider(selector, new ClinoteHover(service)),
    ...registerCommands(service),
    registerInsertedCommand(),
    watchPromptAnswers(service),
  );
  // The notes on screen first: their lints are asked for (and queued for the worker) before those of hidden ones.
  const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
  for (const doc of [...visible, ...vscode.workspace.textDocuments.filter((d) => !visible.has(d))]) service.request(doc, 'open');
  return { service, coverage, idle: () => service.scheduler.idle() };
}

export function deactivate(): void {}

/** The kind of extension host this code runs in, from what the runtime offers. */
export function hostKind(): string {
  const g = globalThis as { WorkerGlobalScope?: abstract new () => unknown; process?: { versions?: { node?: string } } };
  if (typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope) return 'a web worker extension host';
  if (g.process?.versions?.node) return `a Node.js ${g.process.versions.node} extension host`;
  return 'an extension host';
}

function tabUri(t: vscode.Tab): vscode.Uri | undefined {
  return t.input instanceof vscode.TabInputText ? t.input.uri : undefined;
}
