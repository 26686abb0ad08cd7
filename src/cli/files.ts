// Expands command-line targets (files, folders, globs, `-`) into the notes to lint. A path that cannot be read (a
// symbolic link loop or to nothing, a file used as a folder, a name too long, no permission) becomes one target of
// its own that is reported as an error on that path: the rest of the caseload is still linted.
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import { globMatcher, NOT_NOTES } from '../core/index.js';
import { errorText } from './host.js';

export type Target =
  | { kind: 'stdin' }
  | { kind: 'file'; path: string; explicit: boolean }
  /** A path that could not be read or followed: `reason` in plain words; a warning when it need not be a note. */
  | { kind: 'unreadable'; path: string; reason: string; severity: 'error' | 'warning' };

/** What finding notes uses of node:fs; tests pass one that fails where they want (root reads anything). */
export type FindFs = Pick<typeof nodeFs, 'statSync' | 'lstatSync' | 'realpathSync' | 'readdir' | 'realpath' | 'stat'>;

// README, CHANGELOG... are never notes: the same default as the editor's clinote.files.exclude. A file named on the
// command line is linted all the same.
const SKIP = [...NOT_NOTES];
const NOTE_NAME = /\.(md|markdown)$/i;

export async function expandTargets(args: string[], cwd: string, fs: FindFs = nodeFs): Promise<{ targets: Target[]; errors: string[] }> {
  const targets: Target[] = [];
  const errors: string[] = [];
  // By real path, so that a note reached twice through a symbolic link is linted once.
  const seen = new Set<string>();
  const realPath = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return p;
    }
  };
  const add = (file: string, explicit: boolean) => {
    const key = realPath(file);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind: 'file', path: file, explicit });
  };
  const unreadable = (file: string, reason: string, severity: 'error' | 'warning' = 'error') => {
    // Through a link to a folder, the same broken entry can be met twice.
    const key = 'unreadable:' + path.join(realPath(path.dirname(file)), path.basename(file));
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind: 'unreadable', path: file, reason, severity });
  };
  /** Globs under `root`, with every folder it could not read and every link it could not follow reported. */
  const find = async (pattern: string, root: string, isNote: (file: string) => boolean, options: object) => {
    const met: { file: string; reason: string; severity: 'error' | 'warning' }[] = [];
    const onError = (op: Op, file: string, e: unknown) => {
      const name = path.basename(file);
      if (op === 'readdir') {
        // A glob's base folder may simply not exist: then nothing matches, which is said below.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') met.push({ file, reason: `cannot read this folder: ${errorText(e)}`, severity: 'error' });
      } else if (!name.startsWith('.') && name !== 'node_modules') {
        // A broken link named like a note hid a note (an error); any other may have hidden a folder of notes.
        met.push({ file, reason: linkText(e), severity: isNote(file) ? 'error' : 'warning' });
      }
    };
    const found = await glob(pattern, { ...options, cwd: root, absolute: true, ignore: SKIP, fs: watched(fs, onError) });
    for (const f of found.sort()) add(path.normalize(f), false);
    for (const m of met.sort((a, b) => (a.file < b.file ? -1 : 1))) unreadable(path.normalize(m.file), m.reason, m.severity);
    return found.length + met.length;
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) targets.push({ kind: 'stdin' });
      seen.add('-');
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: nodeFs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        unreadable(abs, `cannot read this path: ${errorText(e)}`);
        continue;
      }
      if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
        unreadable(abs, linkText(e));
        continue;
      }
    }
    if (stat?.isDirectory()) {
      // Dot folders and node_modules hold tooling, not notes (tinyglobby skips dot entries by default).
      const n = await find('**/*.{md,markdown}', abs, (f) => NOTE_NAME.test(f), { caseSensitiveMatch: false });
      if (!n) errors.push(`no notes (*.md, *.markdown) in folder ${arg}`);
    } else if (stat) {
      add(abs, true);
    } else if (isDynamicPattern(arg)) {
      const pattern = arg.replace(/\\/g, '/');
      const matches = globMatcher(path.resolve(cwd, arg).replace(/\\/g, '/'));
      const n = await find(pattern, cwd, (f) => matches.test(f.replace(/\\/g, '/')), { onlyFiles: true });
      if (!n) errors.push(`no files match ${arg}`);
    } else {
      errors.push(`no such file or folder: ${arg}`);
    }
  }
  return { targets, errors };
}

/** Why a symbolic link could not be followed. */
function linkText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot follow this symbolic link: it points to nothing';
  return `cannot follow this symbolic link: ${errorText(e)}`;
}

type Op = 'readdir' | 'realpath' | 'stat';

/** The callback fs functions tinyglobby walks with, telling `onError` about each failure before passing it on. */
function watched(fs: FindFs, onError: (op: Op, file: string, e: unknown) => void): FileSystemAdapter {
  const wrap =
    (op: Op, fn: (...a: never[]) => void) =>
    (file: nodeFs.PathLike, ...rest: unknown[]) => {
      const done = rest.pop() as (e: unknown, result?: unknown) => void;
      (fn as (...a: unknown[]) => void)(file, ...rest, (e: unknown, result?: unknown) => {
        if (e) onError(op, String(file), e);
        done(e, result);
      });
    };
  // Same calls, same callbacks: node's overloads are more than this wrapper spells out.
  return { readdir: wrap('readdir', fs.readdir), realpath: wrap('realpath', fs.realpath), stat: wrap('stat', fs.stat) } as unknown as FileSystemAdapter;
}
