// The CLI's ConfigHost: node:fs with a per-run cache, so that walking up from many notes reads each folder once.
// A config file is checked before it is read (a regular file, at most 1 MB), and `extends` is held inside its folder
// by real paths too, so that a symbolic link cannot lead out of it.
import { realpathSync } from 'node:fs';
import { isInside, MAX_CONFIG_BYTES, toPosix, type ConfigHost, type Refused } from '../core/index.js';
import { readRegularFile } from './read.js';
import { megabytes } from './decode.js';

export class NodeConfigHost implements ConfigHost {
  private readonly texts = new Map<string, string | undefined | Refused>();
  private readonly realPaths = new Map<string, string | undefined>();

  readFile(file: string): string | undefined | Refused {
    if (!this.texts.has(file)) this.texts.set(file, readConfig(file));
    return this.texts.get(file);
  }

  leavesFolder(file: string, folder: string): boolean {
    const target = this.realPath(file);
    // Not there (or a link loop): reading it will say so, and nothing is read.
    if (target === undefined) return false;
    return !isInside(target, this.realPath(folder) ?? folder);
  }

  private realPath(p: string): string | undefined {
    if (!this.realPaths.has(p)) {
      let real: string | undefined;
      try {
        real = toPosix(realpathSync.native(p));
      } catch {
        real = undefined;
      }
      this.realPaths.set(p, real);
    }
    return this.realPaths.get(p);
  }
}

function readConfig(file: string): string | undefined | Refused {
  try {
    const r = readRegularFile(file, MAX_CONFIG_BYTES);
    if (r.ok) return new TextDecoder().decode(r.bytes).replace(/^\uFEFF/, '');
    if ('what' in r) return { refused: `it is ${r.what}, not a regular file` };
    return { refused: `it is ${megabytes(r.size)}, too large for a configuration (the limit is 1 MB)` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { refused: `it cannot be read (${errorText(e)})` };
  }
}

/** An fs error in plain words, without the path (the caller shows it). */
export function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ELOOP: 'too many symbolic links (a link that leads back to itself?)',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  return (code && words[code]) ?? (code || String((e as Error).message ?? e));
}
