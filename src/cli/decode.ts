// Turns a file's bytes into note text: UTF-8 (BOM stripped), UTF-16 by BOM, or Windows-1252 when not valid UTF-8.
// Binary and oversized files are refused with a reason instead of text.

export const MAX_BYTES = 1024 * 1024;
const SNIFF_BYTES = 8192;

export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, euro...). Node 20's TextDecoder decodes
// 'windows-1252' as Latin-1, so the table is here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

export function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function decodeNote(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) {
    return { ok: false, reason: 'skipped: the file is over 1 MB; notes that long are not linted' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'skipped: this is not a text file (it contains NUL bytes)' };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      ok: true,
      text: decodeCp1252(body),
      warning: 'this file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as UTF-8 so that every tool reads it alike',
    };
  }
}
