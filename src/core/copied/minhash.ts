// Near-duplicate text by MinHash over word shingles (Broder 1997), with LSH banding to find candidates without
// comparing every pair (Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3). Hand-written (the npm
// packages that do this pull in far more than these lines), with fixed seeds so that results are deterministic.
//
// A block of text becomes the set of its word 3-grams; a signature holds, for each of K hash functions, the smallest
// hash over that set. Two signatures agree at one position with probability equal to the sets' Jaccard similarity,
// so the share of positions that agree estimates it. Only the low 16 bits of each minimum are kept ("b-bit minwise
// hashing", Li & König 2010): signatures stay small numeric arrays that cross worker threads and sit in the cache,
// and a chance agreement (1 in 65,536) does not move the estimate.

/** Hash functions per signature. */
export const K = 64;
/** Words per shingle. */
export const SHINGLE = 3;
/** LSH: BANDS bands of ROWS positions; two blocks are candidates when one band agrees in full. With 21 bands of 3, a
 *  pair at Jaccard 0.6 is a candidate with probability 0.994, at 0.5 with 0.94, at 0.2 with 0.16. */
export const ROWS = 3;
export const BANDS = 21;

/** The words of a text, lower case; a word is letters and digits (with an inner apostrophe: "client's"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** FNV-1a over a string's UTF-16 code units. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A hash of a word sequence: equal for the same words in the same order (what "word for word" means). */
export function sequenceHash(ws: readonly string[]): number {
  return fnv(ws.join(' '));
}

/** MurmurHash3's finalizer: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** K hash functions x -> a*x + b (mod 2^32), a odd: each a permutation of the 32-bit shingle hashes (already mixed).
 *  Their a and b come from mulberry32 on a constant: the same signatures on every machine and every run. */
const [MUL, ADD] = (() => {
  const a = new Uint32Array(K);
  const b = new Uint32Array(K);
  let s = 0x5eed1e55;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < K; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return [a, b];
})();

/** The distinct shingle hashes of a list of words (fewer than SHINGLE words: none). */
export function shingles(ws: readonly string[]): Set<number> {
  const hs = ws.map(fnv);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= hs.length; i++) out.add(mix(hs[i] ^ mix(hs[i + 1] ^ mix(hs[i + 2] + 0x9e3779b9))));
  return out;
}

/** The MinHash signature of a shingle set: K numbers of 16 bits. */
export function signature(set: ReadonlySet<number>): number[] {
  const min = new Uint32Array(K).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < K; i++) {
      const h = (Math.imul(x, MUL[i]) + ADD[i]) >>> 0;
      if (h < min[i]) min[i] = h;
    }
  }
  return Array.from(min, (m) => m & 0xffff);
}

/** The share of positions where two signatures agree: the estimated Jaccard similarity of their sets. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}

/** Band `band` of a signature (at `offset` in `sig`) as one exact integer: its ROWS 16-bit values, 48 bits. */
export function bandKey(sig: ArrayLike<number>, band: number, offset = 0): number {
  const o = offset + band * ROWS;
  return (sig[o] * 0x10000 + sig[o + 1]) * 0x10000 + sig[o + 2];
}
