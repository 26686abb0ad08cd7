// Reads a note's bytes without ever holding more than the size limit: a device, a pipe or a runaway stdin stops there.
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_BYTES } from './decode.js';

const CHUNK = 64 * 1024;

/** At most `cap + 1` bytes of a file, so that the caller can tell "too big" without reading it all. */
export function readCapped(file: string, cap = MAX_BYTES): Uint8Array {
  const fd = openSync(file, 'r');
  try {
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
  } finally {
    closeSync(fd);
  }
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
