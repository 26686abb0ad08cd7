// A report's path (relative to the working folder as the CLI shows it, or absolute outside it) as a URI reference:
// what SARIF's artifactLocation holds. Pure: no `url`, no `path` module (the core also runs in a web worker).

/** Whether a path is absolute on POSIX (`/x`) or Windows (`C:\x`, `\\server\share`). */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

const encodeSegments = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/** `{uri, relative}`: a relative path as a relative reference (to be resolved against the working folder), an
 *  absolute one as a `file:` URI. Backslashes become slashes. */
export function pathToUri(p: string): { uri: string; relative: boolean } {
  const slashed = p.replace(/\\/g, '/');
  if (!isAbsolute(p)) return { uri: encodeSegments(slashed), relative: true };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encodeSegments(slashed.slice(2))}`, relative: false };
  if (slashed.startsWith('//')) return { uri: `file:${encodeSegments(slashed)}`, relative: false };
  return { uri: `file://${encodeSegments(slashed)}`, relative: false };
}
