// `--cache`: a re-run over an unchanged caseload reads each note's results instead of linting it again, as ESLint's
// and markdownlint-cli2's caches do. One JSON file (node_modules/.cache/clinote/cache.json under the working folder,
// or --cache-location), one entry per note.
//
// Notes are health records, and results quote them (a flagged term, an unanswered question, what triggered a
// dimension), so nothing readable of a note goes in the file:
//   - an entry is found by a hash of the note's path, and is valid for a hash (its key) of everything its results
//     depend on: Clinote's version, the note's effective config, the forced type, its dismissals, the path and the text;
//   - the results are encrypted (AES-256-GCM) with a second hash of the same material, so only someone holding the
//     note itself can read them back, and what a note's results would say cannot be learned from the cache alone.
// A file that cannot be read, does not parse, or was written by another version is set aside whole, and rewritten.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../core/index.js';
import type { LintJob, LintJobResult } from './pool.js';

/** The cache file's name in a folder (the default one, or a --cache-location folder). */
export const CACHE_FILE = 'cache.json';
/** Where the cache lives by default, under the working folder, where tools keep theirs. */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'clinote');
/** The layout of the file and of its results; a file of another layout is set aside like a corrupt one. 4: results
 *  carry each note's dimensions and session (the HTML report) and its copied-text fingerprints (MinHash numbers, no
 *  text), which the pass over the caseload needs on a cache hit too. 5: each fingerprinted block carries the hash a
 *  dismissal of its copied-text finding keeps. */
const LAYOUT = 5;

interface Entry {
  /** Hex SHA-256 of what the results depend on. */
  key: string;
  /** Base64 of the 12-byte nonce, the ciphertext (of the results as deflated JSON) and the 16-byte tag. */
  data: string;
}

interface CacheFile {
  clinote: string;
  layout: number;
  entries: Record<string, Entry>;
}

/** The cache file for --cache-location (a folder, when it ends with a separator or is one), else the default. */
export function cacheFile(cwd: string, location?: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_DIR, CACHE_FILE);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, CACHE_FILE);
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, CACHE_FILE);
  } catch {
    // Not there yet: a file of that name.
  }
  return abs;
}

/** A worker's packed fingerprints (typed-array views) are stored as the arrays an inline lint gives. */
const plainArrays = (_k: string, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Uint16Array) : x);

const sha256 = () => createHash('sha256');

/** A config as stable text: its content, not its identity, is what results depend on. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x instanceof Map) return { $map: [...x] };
    if (x instanceof Set) return { $set: [...x] };
    if (x instanceof RegExp) return { $re: String(x) };
    if (x && typeof x === 'object' && !Array.isArray(x)) return Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return x;
  });
}

/** What LintCache.lookup gives back: where the entry goes, and how to find and read it. */
export interface CacheKey {
  slot: string;
  key: string;
  secret: Buffer;
}

export class LintCache {
  hits = 0;
  misses = 0;
  private entries: Record<string, Entry> = {};
  private dirty = false;
  private readonly configs = new WeakMap<ResolvedConfig, string>();

  constructor(
    readonly file: string,
    private readonly version: string,
  ) {
    this.entries = this.read();
  }

  /** The file's entries, or none (and a rewrite) when it is missing, unreadable, corrupt or of another version. */
  private read(): Record<string, Entry> {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return {};
    }
    try {
      const f = JSON.parse(text) as CacheFile;
      const ok = f && f.clinote === this.version && f.layout === LAYOUT && f.entries && typeof f.entries === 'object' && !Array.isArray(f.entries);
      if (ok) {
        const entries: Record<string, Entry> = Object.create(null);
        for (const [slot, e] of Object.entries(f.entries)) {
          if (e && typeof e.key === 'string' && typeof e.data === 'string') entries[slot] = { key: e.key, data: e.data };
          else this.dirty = true;
        }
        return entries;
      }
    } catch {
      // Corrupt: start over.
    }
    this.dirty = true;
    return {};
  }

  private configText(config: ResolvedConfig): string {
    let t = this.configs.get(config);
    if (t === undefined) this.configs.set(config, (t = sha256().update(stableJson(config)).digest('hex')));
    return t;
  }

  /** Where a job's results are, and the key they must have: from everything they depend on. */
  keyOf(job: LintJob, absPath: string): CacheKey {
    // One pass over the text; the key and the secret are two hashes of its digest, neither telling the other.
    const material = sha256()
      .update(this.version)
      .update('\0')
      .update(this.configText(job.config))
      .update('\0')
      .update(job.type ?? '')
      .update('\0')
      .update(stableJson(job.dismissed ?? []))
      .update('\0')
      .update(job.path)
      .update('\0')
      .update(job.text)
      .digest();
    return {
      slot: sha256().update(absPath).digest('hex'),
      key: sha256().update('clinote-cache-key\0').update(material).digest('hex'),
      secret: sha256().update('clinote-cache-secret\0').update(material).digest(),
    };
  }

  get(k: CacheKey): LintJobResult | undefined {
    const e = this.entries[k.slot];
    if (e?.key === k.key) {
      try {
        const raw = Buffer.from(e.data, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', k.secret, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(raw.length - 16));
        const packed = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
        const result = JSON.parse(inflateRawSync(packed).toString('utf8')) as LintJobResult;
        if (Array.isArray(result.findings) && typeof result.dismissed === 'number') {
          this.hits++;
          return result;
        }
      } catch {
        // Tampered or truncated: lint again, and the entry is replaced.
      }
    }
    this.misses++;
    return undefined;
  }

  set(k: CacheKey, result: LintJobResult): void {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', k.secret, nonce);
    // Compressed first (a finding's why and source repeat across notes), then encrypted.
    const body = Buffer.concat([cipher.update(deflateRawSync(JSON.stringify(result, plainArrays))), cipher.final()]);
    this.entries[k.slot] = { key: k.key, data: Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64') };
    this.dirty = true;
  }

  /** Writes the file when something changed (to a temporary file first, so a stopped run leaves no half file);
   *  returns the reason when it cannot. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const f: CacheFile = { clinote: this.version, layout: LAYOUT, entries: this.entries };
      writeFileSync(tmp, JSON.stringify(f));
      renameSync(tmp, this.file);
      this.dirty = false;
      return undefined;
    } catch (e) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Its folder could not be made: there is nothing to remove.
      }
      return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    }
  }
}
