// Posix-style path helpers: src/core must not import node:path (it also runs in a web worker).
// Callers pass forward-slash paths; a Windows drive ("C:/") counts as a root.

/** Turns backslashes into slashes so that Windows paths work with the helpers below. */
export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

function rootOf(p: string): string {
  const m = /^([A-Za-z]:)?\//.exec(p);
  return m ? m[0] : '';
}

/** Resolves `.` and `..` segments and repeated slashes. */
export function normalize(p: string): string {
  const root = rootOf(p);
  const out: string[] = [];
  for (const seg of p.slice(root.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!root) out.push('..');
    } else out.push(seg);
  }
  const body = out.join('/');
  return root + body || (root ? root : '.');
}

export function isAbsolute(p: string): boolean {
  return rootOf(p) !== '';
}

/** Folder of a path; the root's folder is the root itself. */
export function dirname(p: string): string {
  const n = normalize(p);
  const root = rootOf(n);
  const i = n.lastIndexOf('/');
  if (i < root.length) return root || '.';
  return n.slice(0, i) || root;
}

export function basename(p: string): string {
  const n = normalize(p);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** Joins `rel` onto `base` unless `rel` is already absolute. */
export function resolvePath(base: string, rel: string): string {
  return isAbsolute(rel) ? normalize(rel) : normalize(base + '/' + rel);
}

/** `target` relative to the folder `from` (both absolute); `target` itself when they share no root. */
export function relativePath(from: string, target: string): string {
  const a = normalize(from);
  const b = normalize(target);
  if (rootOf(a).toLowerCase() !== rootOf(b).toLowerCase()) return b;
  const as = a.slice(rootOf(a).length).split('/').filter(Boolean);
  const bs = b.slice(rootOf(b).length).split('/').filter(Boolean);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return [...as.slice(i).map(() => '..'), ...bs.slice(i)].join('/') || '.';
}

/** Drive letters in one case, so that `C:/a` and `c:/a` (or a URI's `/c:/a`) compare equal. */
const driveKey = (p: string) => p.replace(/^(\/?)([A-Za-z]):/, (_, slash: string, d: string) => `${slash}${d.toLowerCase()}:`);

/** Whether the absolute `path` is `folder` or lies below it, after `.` and `..` are resolved. */
export function isInside(path: string, folder: string): boolean {
  const p = driveKey(normalize(toPosix(path)));
  const f = driveKey(normalize(toPosix(folder)));
  if (!isAbsolute(p) || !isAbsolute(f)) return false;
  return p === f || p.startsWith(f.endsWith('/') ? f : f + '/');
}
