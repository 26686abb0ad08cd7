// Problems in .clinote.* files, shown on the file itself so that a broken config is never silently ignored; each
// mistake once. While a config file is open in an editor, VS Code's JSON language service validates it against the
// schema this extension contributes (package.json jsonValidation, built by scripts/editor-schema.ts) as it is typed:
// it reports the syntax and the values, and Clinote keeps to what it tells better or alone (a name it does not know,
// with the one probably meant; an `extends` it cannot follow...). A closed file gets no language service diagnostics,
// so there Clinote shows everything; so it does in YAML unless a YAML language service validates it, and when JSON
// validation is turned off.
import * as vscode from 'vscode';
import type { ConfigProblem } from '../core/index.js';
import { configDiagnostic } from './diagnostics.js';

/** The language services that validate a config file against the contributed schema, by the file's language. */
const SCHEMA_SERVICES: Record<string, { extension: string; section: string; enable: string }> = {
  json: { extension: 'vscode.json-language-features', section: 'json', enable: 'validate.enable' },
  jsonc: { extension: 'vscode.json-language-features', section: 'json', enable: 'validate.enable' },
  yaml: { extension: 'redhat.vscode-yaml', section: 'yaml', enable: 'validate' },
};

/** The settings that turn those services' validation on or off. */
export const SCHEMA_VALIDATION_SETTINGS = ['json.validate.enable', 'yaml.validate'];

/** Whether an editor's language service validates this open document against its schema as it is typed. */
export function schemaValidated(doc: vscode.TextDocument): boolean {
  const s = SCHEMA_SERVICES[doc.languageId];
  return !!s && !!vscode.extensions.getExtension(s.extension) && vscode.workspace.getConfiguration(s.section, doc.uri).get<boolean>(s.enable) !== false;
}

export class ConfigDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('clinote-config');
  /** Every problem of each config file's last load, by path: which of them show depends on the file being open. */
  private readonly problems = new Map<string, ConfigProblem[]>();

  /** The problems of a config chain (files without problems are cleared). */
  show(files: string[], problems: ConfigProblem[]): void {
    const byFile = new Map<string, ConfigProblem[]>(files.map((f) => [f, []]));
    for (const p of problems) (byFile.get(p.file) ?? byFile.set(p.file, []).get(p.file)!).push(p);
    for (const [file, list] of byFile) {
      this.problems.set(file, list);
      this.render(file);
    }
  }

  /** A document was opened or closed (its file's problems), or a validation setting or extension changed (all). */
  refresh(uri?: vscode.Uri): void {
    if (!uri) for (const file of this.problems.keys()) this.render(file);
    else if (this.problems.has(uri.path)) this.render(uri.path);
  }

  private render(file: string): void {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.path === file && !d.isClosed);
    const byEditor = !!open && schemaValidated(open);
    const shown = (this.problems.get(file) ?? []).filter((p) => !(byEditor && p.kind));
    this.collection.set(vscode.Uri.file(file), shown.map(configDiagnostic));
  }

  dispose(): void {
    this.collection.dispose();
  }
}
