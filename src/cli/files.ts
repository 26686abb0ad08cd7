// Expands command-line targets (files, folders, globs, `-`) into the notes to lint.
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type Target = { kind: 'stdin' } | { kind: 'file'; path: string; explicit: boolean };

const SKIP = ['**/node_modules/**'];

export async function expandTargets(args: string[], cwd: string): Promise<{ targets: Target[]; errors: string[] }> {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ kind: 'file', path: file, explicit });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) targets.push({ kind: 'stdin' });
      seen.add('-');
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      // Dot folders and node_modules hold tooling, not notes (tinyglobby skips dot entries by default).
      const found = await glob('**/*.{md,markdown}', { cwd: abs, absolute: true, ignore: SKIP, caseSensitiveMatch: false });
      if (!found.length) errors.push(`no notes (*.md, *.markdown) in folder ${arg}`);
      for (const f of found.sort()) add(path.normalize(f), false);
    } else if (stat) {
      add(abs, true);
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg.replace(/\\/g, '/'), { cwd, absolute: true, ignore: SKIP, onlyFiles: true });
      if (!found.length) errors.push(`no files match ${arg}`);
      for (const f of found.sort()) add(path.normalize(f), false);
    } else {
      errors.push(`no such file or folder: ${arg}`);
    }
  }
  return { targets, errors };
}
