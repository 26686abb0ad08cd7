// The copied-text pass over a whole caseload, after every note is linted: which blocks of a client's notes repeat a
// block of another of that client's notes. Linear in the number of blocks: each block goes into BANDS buckets (LSH),
// only blocks sharing a bucket are compared, and within one bucket a block is compared with at most WINDOW blocks of
// its client. One band's buckets are built at a time, so memory holds the signatures and one band, not all bands.
import { finish, type Work } from '../work.js';
import { BANDS, K, bandKey } from './minhash.js';
import type { NotePrints } from './prints.js';

/** How many steps (a block placed, a bucket visited, a pair compared) the pass takes in one unit of work
 *  (copiesWork): about a millisecond's work, so that whoever runs it in slices can let its thread breathe often. */
export const CHUNK = 8192;

/** Within one bucket and one client, a block is compared with the WINDOW blocks before it, no more: a paragraph
 *  that a client's 500 notes all carry costs 500 x WINDOW comparisons, not 500 x 500. */
export const WINDOW = 32;

/** One block found again in another note of the same client. */
export interface CopyMatch {
  /** The block, by its index in the note's units. */
  unit: number;
  /** The most alike block of another note (ties: the note that comes first). */
  other: { note: number; unit: number };
  /** Estimated Jaccard similarity of their word 3-grams, 0..1 (1 only for the same words in the same order). */
  similarity: number;
  /** The same words in the same order. */
  verbatim: boolean;
  /** How many other notes of the client hold the block (at least: the window may have hidden some). */
  notes: number;
}

/**
 * For each note (in the order given, `undefined` for a note the rule is off in or that was not linted), its blocks
 * that repeat another note's. A block that the notes of `boilerplateClients` clients or more carry (in most of its
 * buckets) is the agency's standard wording, not a copy, and is reported on no note.
 */
export function findCopies(notes: readonly (NotePrints | undefined)[]): CopyMatch[][] {
  return finish(copiesWork(notes));
}

/** findCopies as units of work (core work.ts), for a thread that must not be held (the editor's, after Lint
 *  Workspace): the same answer, whatever runs it. Each unit is a plain function's call over about CHUNK steps (the
 *  hot loops stay out of the generator, where V8 runs them slower) or over one bucket: WINDOW comparisons a block. */
export function* copiesWork(notes: readonly (NotePrints | undefined)[]): Work<CopyMatch[][]> {
  // Every unit as one index g into flat arrays.
  let count = 0;
  for (const p of notes) count += p?.units.length ?? 0;
  const noteOf = new Int32Array(count);
  const unitOf = new Int32Array(count);
  const clientOf = new Int32Array(count);
  const hashOf = new Float64Array(count);
  const sigs = new Uint16Array(count * K);
  /** Per unit, of its note's options: the least similarity, and the clients that make standard wording. */
  const minSim = new Float64Array(count);
  const commonAt = new Int32Array(count);
  const clientIds = new Map<string, number>();
  let g = 0;
  /** Notes from `from` into the flat arrays, about CHUNK units; the note it stopped before. */
  const load = (from: number): number => {
    let n = from;
    for (const end = g + CHUNK; n < notes.length && g < end; n++) {
      const p = notes[n];
      if (!p) continue;
      let c = clientIds.get(p.client);
      if (c === undefined) clientIds.set(p.client, (c = clientIds.size));
      for (let i = 0; i < p.units.length; i++, g++) {
        const u = p.units[i];
        noteOf[g] = n;
        unitOf[g] = i;
        clientOf[g] = c;
        hashOf[g] = u.hash;
        sigs.set(u.sig, g * K);
        minSim[g] = p.options.minSimilarity;
        commonAt[g] = p.options.boilerplateClients;
      }
    }
    return n;
  };
  for (let n = 0; n < notes.length; yield) n = load(n);
  const maxClients = Math.max(2, ...notes.map((p) => p?.options.boilerplateClients ?? 0));

  // Document frequency: in how many of its buckets a unit meets the notes of at least boilerplateClients clients.
  const common = new Uint8Array(count);
  const best = new Float64Array(count).fill(-1);
  const bestOther = new Int32Array(count).fill(-1);
  const others = new Map<number, Set<number>>();
  const update = (x: number, y: number, s: number) => {
    if (s < minSim[x]) return;
    // Ties go to the unit that comes first: the same answer whatever order the buckets are visited in.
    if (s > best[x] || (s === best[x] && y < bestOther[x])) {
      best[x] = s;
      bestOther[x] = y;
    }
    let set = others.get(x);
    if (!set) others.set(x, (set = new Set()));
    set.add(noteOf[y]);
  };
  const compare = (a: number, b: number) => {
    let s: number;
    if (hashOf[a] === hashOf[b]) s = 1;
    else {
      // Stop counting once too few positions can still agree for either unit's threshold.
      const stop = K - Math.ceil(Math.min(minSim[a], minSim[b]) * K);
      let differ = 0;
      for (let i = 0, oa = a * K, ob = b * K; i < K && differ <= stop; i++) if (sigs[oa + i] !== sigs[ob + i]) differ++;
      if (differ > stop) return;
      // Different words never count as the same words, however alike their signatures.
      s = Math.min((K - differ) / K, 1 - 1 / K);
    }
    update(a, b, s);
    update(b, a, s);
  };

  // One band's buckets: an open-addressing table of band keys (typed arrays, no allocation per unit), each slot the
  // head of a linked list of its units in `next`.
  let size = 16;
  while (size < count * 2) size *= 2;
  const keys = new Float64Array(size);
  const heads = new Int32Array(size);
  const used: number[] = [];
  const next = new Int32Array(count);
  const members: number[] = [];
  const clients = new Set<number>();
  /** Units from `from` down into the band's buckets, CHUNK of them (last unit first, so that each list runs in unit
   *  order); the unit it stopped above (-1: all in). */
  const place = (band: number, from: number): number => {
    const end = Math.max(-1, from - CHUNK);
    for (let u = from; u > end; u--) {
      const k = bandKey(sigs, band, u * K);
      let slot = (k % 4294967296 ^ Math.floor(k / 4294967296)) & (size - 1);
      while (heads[slot] >= 0 && keys[slot] !== k) slot = (slot + 1) & (size - 1);
      if (heads[slot] < 0) {
        keys[slot] = k;
        used.push(slot);
        next[u] = -1;
      } else next[u] = heads[slot];
      heads[slot] = u;
    }
    return end;
  };
  /** The band's buckets from used[from] on, until about CHUNK steps (a bucket, a comparison); where it stopped. */
  const visit = (from: number): number => {
    let at = from;
    for (let steps = 0; at < used.length && steps < CHUNK; at++) {
      steps++;
      const head = heads[used[at]];
      if (next[head] < 0) continue;
      members.length = 0;
      clients.clear();
      for (let u = head; u >= 0; u = next[u]) {
        members.push(u);
        if (clients.size < maxClients) clients.add(clientOf[u]);
      }
      for (const u of members) if (clients.size >= commonAt[u]) common[u]++;
      // By client, then in unit order: each unit meets the WINDOW units of its client before it.
      if (clients.size > 1) members.sort((a, b) => clientOf[a] - clientOf[b] || a - b);
      for (let j = 1, first = 0; j < members.length; j++) {
        const b = members[j];
        if (clientOf[b] !== clientOf[members[j - 1]]) first = j;
        for (let i = Math.max(first, j - WINDOW); i < j; i++) if (noteOf[members[i]] !== noteOf[b]) compare(members[i], b);
        steps += j - Math.max(first, j - WINDOW);
      }
    }
    return at;
  };
  for (let band = 0; band < BANDS; band++) {
    heads.fill(-1);
    used.length = 0;
    for (let u = count - 1; u >= 0; yield) u = place(band, u);
    for (let at = 0; at < used.length; yield) at = visit(at);
  }

  const out: CopyMatch[][] = notes.map(() => []);
  /** The matches of units from `from` on, CHUNK of them; the unit it stopped before. */
  const collect = (from: number): number => {
    const end = Math.min(count, from + CHUNK);
    for (let u = from; u < end; u++) {
      const h = bestOther[u];
      // Standard wording: most of its bands are shared with many clients' notes.
      if (h < 0 || common[u] * 2 > BANDS) continue;
      if (notes[noteOf[u]]!.units[unitOf[u]].silenced) continue;
      out[noteOf[u]].push({ unit: unitOf[u], other: { note: noteOf[h], unit: unitOf[h] }, similarity: best[u], verbatim: best[u] === 1, notes: others.get(u)!.size });
    }
    return end;
  };
  for (let u = 0; u < count; yield) u = collect(u);
  return out;
}
