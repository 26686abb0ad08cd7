// The CLI's ConfigHost: node:fs with a per-run cache, so that walking up from many notes reads each folder once.
import { readFileSync } from 'node:fs';
import type { ConfigHost } from '../core/config/types.js';

export class NodeConfigHost implements ConfigHost {
  private readonly texts = new Map<string, string | undefined>();
  /** Config files that exist but could not be read, with the reason: reported, never silently skipped. */
  readonly unreadable = new Map<string, string>();
  readFile(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') this.unreadable.set(file, errorText(e));
      text = undefined;
    }
    this.texts.set(file, text);
    return text;
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
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  return (code && words[code]) ?? (code || String((e as Error).message ?? e));
}
