// Reads a file's bytes without ever blocking on it or holding more than the size limit. The file is opened without
// blocking (opening a named pipe otherwise waits for a writer) and checked once open, so that what is read is what
// was checked: a device, a pipe or a folder is refused, a runaway file stops at the limit.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_BYTES } from './decode.js';

const CHUNK = 64 * 1024;

export type FileRead =
  | { ok: true; bytes: Uint8Array }
  /** Not a regular file: `what` it is instead, in words ("a named pipe"). */
  | { ok: false; what: string }
  /** Larger than the limit (by its size when opened, or by what could be read). */
  | { ok: false; size: number };

/** A regular file's bytes, at most `cap`; throws the fs error when it cannot be opened or read. */
export function readRegularFile(file: string, cap = MAX_BYTES): FileRead {
  // O_NONBLOCK does not exist on Windows, where opening a pipe does not block either.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, what: kindOf(stat) };
    if (stat.size > cap) return { ok: false, size: stat.size };
    const bytes = readFd(fd, cap);
    return bytes.length > cap ? { ok: false, size: bytes.length } : { ok: true, bytes };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** At most `cap + 1` bytes, so that the caller can tell "too big" (a file may grow after it was checked). */
function readFd(fd: number, cap: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= cap) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, cap + 1 - total));
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** The same for a stream (stdin). */
export async function readStreamCapped(stream: AsyncIterable<Buffer | string>, cap = MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(b);
    total += b.length;
    if (total > cap) break;
  }
  return Buffer.concat(chunks, total);
}
