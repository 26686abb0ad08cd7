// A short, stable hash of a text: what a dismissal keeps of the words it silences instead of the words themselves
// (notes are health records, and the dismissals file may travel further than the notes). Not cryptographic: it only
// tells texts apart.

/** 12 hex digits (48 bits) of cyrb53 over the UTF-16 code units of `s`: the same on every platform. */
export function shortHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex(h2).slice(4) + hex(h1);
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
