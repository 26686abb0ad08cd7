// The copied-text pass over a whole caseload, after every note is linted: which blocks of a client's notes repeat a
// block of another of that client's notes. Linear in the number of blocks: each block goes into BANDS buckets (LSH),
// only blocks sharing a bucket are compared, and within one bucket a block is compared with at most WINDOW blocks.
import { BANDS, bandKey, similarity } from './minhash.js';
import type { NotePrints } from './prints.js';

/** Within one bucket and one client, a block is compared with the WINDOW blocks before it, no more: a paragraph
 *  that a client's 500 notes all carry costs 500 x WINDOW comparisons, not 500 x 500. */
const WINDOW = 32;

/** One block found again in another note of the same client. */
export interface CopyMatch {
  /** The block, by its index in the note's units. */
  unit: number;
  /** The most alike block of another note (ties: the note that comes first). */
  other: { note: number; unit: number };
  /** Estimated Jaccard similarity of their word 3-grams, 0..1. */
  similarity: number;
  /** The same words in the same order. */
  verbatim: boolean;
  /** How many other notes of the client hold the block (at least; the window may have hidden some). */
  notes: number;
}

/**
 * For each note (in the order given, `undefined` for a note the rule is off in or that was not linted), its blocks
 * that repeat another note's. A block that the notes of `boilerplateClients` clients or more carry (in most of its
 * buckets) is the agency's standard wording, not a copy, and is reported on no note.
 */
export function findCopies(notes: readonly (NotePrints | undefined)[]): CopyMatch[][] {
  // Every unit as one index g into flat arrays.
  const noteOf: number[] = [];
  const unitOf: number[] = [];
  const clientIds = new Map<string, number>();
  const clientOf: number[] = [];
  const sigs: number[][] = [];
  const hashes: number[] = [];
  notes.forEach((p, n) => {
    if (!p) return;
    let c = clientIds.get(p.client);
    if (c === undefined) clientIds.set(p.client, (c = clientIds.size));
    p.units.forEach((u, i) => {
      noteOf.push(n);
      unitOf.push(i);
      clientOf.push(c);
      sigs.push(u.sig);
      hashes.push(u.hash);
    });
  });
  const count = noteOf.length;
  const buckets = new Map<number, number[]>();
  for (let g = 0; g < count; g++) {
    for (let b = 0; b < BANDS; b++) {
      const k = bandKey(sigs[g], b);
      const list = buckets.get(k);
      if (list) list.push(g);
      else buckets.set(k, [g]);
    }
  }
  const optionsOf = (g: number) => notes[noteOf[g]]!.options;
  const maxClients = Math.max(2, ...notes.map((p) => p?.options.boilerplateClients ?? 0));
  // Document frequency: in how many of its buckets a unit meets the notes of at least boilerplateClients clients.
  const common = new Uint8Array(count);
  const best = new Float64Array(count).fill(-1);
  const bestOther = new Int32Array(count).fill(-1);
  const others = new Map<number, Set<number>>();
  const compare = (g: number, h: number) => {
    // The same words in order count as 1 whatever the signatures say; different words never as 1 (an estimate can).
    const s = hashes[g] === hashes[h] ? 1 : Math.min(similarity(sigs[g], sigs[h]), 1 - 1 / 64);
    for (const [x, y] of [[g, h], [h, g]]) {
      if (s < optionsOf(x).minSimilarity) continue;
      // Ties go to the unit that comes first: the same answer whatever order the buckets are visited in.
      if (s > best[x] || (s === best[x] && y < bestOther[x])) {
        best[x] = s;
        bestOther[x] = y;
      }
      let set = others.get(x);
      if (!set) others.set(x, (set = new Set()));
      set.add(noteOf[y]);
    }
  };
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const clients = new Set<number>();
    for (const g of list) if (clients.add(clientOf[g]).size >= maxClients) break;
    for (const g of list) if (clients.size >= optionsOf(g).boilerplateClients) common[g]++;
    const byClient = new Map<number, number[]>();
    for (const g of list) {
      const same = byClient.get(clientOf[g]);
      if (same) same.push(g);
      else byClient.set(clientOf[g], [g]);
    }
    for (const same of byClient.values()) {
      for (let j = 1; j < same.length; j++) {
        for (let i = Math.max(0, j - WINDOW); i < j; i++) if (noteOf[same[i]] !== noteOf[same[j]]) compare(same[i], same[j]);
      }
    }
  }
  const out: CopyMatch[][] = notes.map(() => []);
  for (let g = 0; g < count; g++) {
    const h = bestOther[g];
    // Standard wording: most of its bands are shared with many clients' notes.
    if (h < 0 || common[g] * 2 > BANDS) continue;
    const p = notes[noteOf[g]]!;
    if (p.units[unitOf[g]].silenced) continue;
    out[noteOf[g]].push({ unit: unitOf[g], other: { note: noteOf[h], unit: unitOf[h] }, similarity: best[g], verbatim: best[g] === 1, notes: others.get(g)!.size });
  }
  return out;
}
