// Matches note paths against the config's `ignore` globs. Written here (not tinyglobby) because the core must also
// run in the extension host and a web worker; glob.ts matches in linear time, whatever a config writes. Patterns are
// absolute posix globs: ResolvedConfig.ignore.
import { globMatcher } from './glob.js';
import { normalize } from './paths.js';

/**
 * Markdown files that are never session notes, by default, in the CLI's folder and glob search and in the editor
 * (the clinote.files.exclude setting's default, which a test keeps equal to this list).
 */
export const NOT_NOTES: readonly string[] = ['**/README.md', '**/CHANGELOG.md', '**/CONTRIBUTING.md', '**/LICENSE.md', '**/node_modules/**'];

/** Turns a pattern written in a config file into an absolute glob, gitignore-style: no slash means any depth. */
export function anchorGlob(folder: string, pattern: string): string {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p.endsWith('/')) p = p.slice(0, -1);
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  else if (p.startsWith('./')) p = p.slice(2);
  const base = folder.endsWith('/') ? folder : folder + '/';
  return anchored ? normalizeGlob(base + p) : base + '**/' + p;
}

function normalizeGlob(g: string): string {
  // Resolve ../ in the literal prefix only; the wildcard part stays as written.
  const i = g.search(/[*?[{]/);
  if (i < 0) return normalize(g);
  const cut = g.lastIndexOf('/', i);
  if (cut <= 0) return g;
  return normalize(g.slice(0, cut)) + g.slice(cut);
}

/** Whether a note path (absolute, posix) matches one of the config's ignore globs. */
export function isIgnored(ignore: readonly string[], path: string): boolean {
  const p = normalize(path);
  return ignore.some((g) => globMatcher(g).test(p));
}
