// The editor's dismissals, honoured on the command line: for each note, the nearest `.clinote/dismissed.json` in its
// folder or above (found as config files are), read once per run, so that a supervisor's run over a caseload reports
// what the clinician sees in the editor. Paths in the file are relative to the folder that holds `.clinote/`. A file
// that is a symbolic link out of that folder is not read (as for config files), unless --allow-outside-config.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import {
  dismissalsFor,
  dismissalsNotRead,
  DISMISSED_FILE,
  isInside,
  MAX_DISMISSED_BYTES,
  notePathKey,
  readDismissals,
  toPosix,
  type ConfigProblem,
  type Dismissal,
  type DismissalsFile,
} from '../core/index.js';
import { megabytes } from './decode.js';
import { errorText } from './host.js';
import { readRegularFile } from './read.js';

interface Found {
  /** The folder that holds `.clinote/`. */
  root: string;
  file: DismissalsFile;
}

export class CliDismissals {
  /** The nearest file up from each folder asked about (null: none up to the root). */
  private readonly nearest = new Map<string, Found | null>();
  private readonly seen = new Map<string, ConfigProblem>();

  constructor(private readonly allowOutside = false) {}

  /** The entries about the note at this absolute path. */
  forNote(file: string): Dismissal[] {
    const found = this.lookUp(path.dirname(file));
    const key = found && notePathKey(toPosix(found.root), toPosix(file));
    return found && key ? dismissalsFor(found.file, key) : [];
  }

  private lookUp(dir: string): Found | null {
    const known = this.nearest.get(dir);
    if (known !== undefined) return known;
    const read = readFile(path.join(dir, ...DISMISSED_FILE.split('/')), this.allowOutside ? undefined : dir);
    let found: Found | null;
    if (read) {
      found = { root: dir, file: read };
      for (const p of read.problems) this.seen.set(`${p.file}:${p.line}:${p.column}:${p.message}`, p);
    } else {
      const up = path.dirname(dir);
      found = up === dir ? null : this.lookUp(up);
    }
    this.nearest.set(dir, found);
    return found;
  }

  /** Problems of the dismissals files met so far (one that cannot be read applies nothing). */
  problems(): ConfigProblem[] {
    return [...this.seen.values()];
  }
}

/** The file's dismissals; undefined when there is no such file. Not read when it leads out of `inside`. */
function readFile(file: string, inside?: string): DismissalsFile | undefined {
  const shown = toPosix(file);
  try {
    if (inside !== undefined && !isInside(toPosix(realpathSync.native(file)), toPosix(realpathSync.native(inside)))) {
      return dismissalsNotRead(shown, 'it is a symbolic link to a file outside its folder; copy the file here instead, or run clinote with --allow-outside-config');
    }
    const r = readRegularFile(file, MAX_DISMISSED_BYTES);
    if (r.ok) return readDismissals(new TextDecoder().decode(r.bytes), shown);
    return dismissalsNotRead(shown, 'what' in r ? `it is ${r.what}, not a regular file` : `it is ${megabytes(r.size)}; the limit is 1 MB`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return dismissalsNotRead(shown, `it cannot be read (${errorText(e)})`);
  }
}
