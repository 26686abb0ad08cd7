// Matches note paths against the config's `ignore` globs. Written here (not tinyglobby) because the core must also
// run in the extension host and a web worker. Patterns are absolute posix globs: ResolvedConfig.ignore.
import { normalize } from './paths.js';

const cache = new Map<string, RegExp>();

/** `**` any folders, `*` and `?` within one segment, `{a,b}` alternatives, `[...]` classes; a folder matches all below. */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let src = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      src += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '{') (src += '(?:'), braces++;
    else if (c === '}' && braces) (src += ')'), braces--;
    else if (c === ',' && braces) src += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        src += '[' + (body[0] === '!' ? '^' + body.slice(1) : body) + ']';
        i = end;
      }
    } else src += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  src += ')'.repeat(braces);
  re = new RegExp(`^${src}(?:/.*)?$`);
  cache.set(glob, re);
  return re;
}

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
  return ignore.some((g) => globToRegExp(g).test(p));
}
