// copied-text kept current as notes change (the editor after Lint Workspace): one note's fingerprints replaced, and
// only the matches that can have changed worked out again, with the same answer the whole pass (pass.ts) gives.
//
// A block's match depends only on the LSH buckets it sits in: which blocks it is compared with there, how many
// clients those hold (standard wording), and the order of its client's blocks in them (the window). A note's edit
// changes the buckets of its old and new blocks and nothing else, so the blocks in those buckets are the ones to
// work out again, each as the pass would: nothing is fingerprinted again but the edited note, in the lint that
// read it.
import { BANDS, K, bandKey } from './minhash.js';
import { findCopies, WINDOW, type CopyMatch } from './pass.js';
import type { NotePrints } from './prints.js';

/** A block: its note's index and its own. The pass's order is the notes' order, then the blocks'. */
interface Ref {
  note: number;
  unit: number;
}

const before = (a: Ref, b: Ref) => a.note - b.note || a.unit - b.unit;

export class LiveCopies {
  private readonly prints: (NotePrints | undefined)[];
  /** Each note's matches, as findCopies gives them. */
  readonly matches: CopyMatch[][];
  /** Each note's band keys (BANDS a block), computed once per fingerprint. */
  private readonly keys = new WeakMap<NotePrints, Float64Array>();

  /** The notes in the pass's order (`undefined`: the rule is off in it, or it was not linted). */
  constructor(notes: readonly (NotePrints | undefined)[]) {
    this.prints = [...notes];
    this.matches = findCopies(this.prints);
  }

  get size(): number {
    return this.prints.length;
  }

  printsOf(note: number): NotePrints | undefined {
    return this.prints[note];
  }

  /** A note that joins the caseload (created, or first linted, after the pass) at `note` in the pass's order: the
   *  notes from there on move one place down. Its fingerprints then come with update(), as an edit's do. */
  insert(note: number): void {
    this.prints.splice(note, 0, undefined);
    for (const list of this.matches) for (const m of list) if (m.other.note >= note) m.other = { note: m.other.note + 1, unit: m.other.unit };
    this.matches.splice(note, 0, []);
  }

  /** Replaces one note's fingerprints; the notes whose matches changed (the note itself among them), in order. */
  update(note: number, prints: NotePrints | undefined): number[] {
    const old = this.prints[note];
    this.prints[note] = prints;
    // The buckets the note's blocks were in and are in now.
    const touched = Array.from({ length: BANDS }, () => new Set<number>());
    for (const p of [old, prints]) {
      if (!p) continue;
      const k = this.keysOf(p);
      for (let u = 0; u < p.units.length; u++) for (let b = 0; b < BANDS; b++) touched[b].add(k[u * BANDS + b]);
    }
    // The blocks in them, and every bucket those blocks are in (their other bands decide their matches too).
    const affected: Ref[] = [];
    const wanted = Array.from({ length: BANDS }, () => new Map<number, Ref[]>());
    this.each((ref, k) => {
      for (let b = 0; b < BANDS; b++) {
        if (!touched[b].has(k[b])) continue;
        affected.push(ref);
        for (let c = 0; c < BANDS; c++) if (!wanted[c].has(k[c])) wanted[c].set(k[c], []);
        return;
      }
    });
    this.each((ref, k) => {
      for (let b = 0; b < BANDS; b++) wanted[b].get(k[b])?.push(ref);
    });
    const buckets = wanted.map((m) => new Map([...m].map(([key, members]) => [key, this.bucket(members)])));

    // Each note's matches: those of blocks not affected stay; the affected blocks' are worked out again.
    const changed = new Set<number>([note]);
    const redo = new Map<number, Map<number, CopyMatch | undefined>>();
    for (const ref of affected) {
      let m = redo.get(ref.note);
      if (!m) redo.set(ref.note, (m = new Map()));
      m.set(ref.unit, this.matchOf(ref, buckets));
    }
    this.matches[note] = [];
    for (const [n, units] of redo) {
      const kept = n === note ? [] : this.matches[n].filter((c) => !units.has(c.unit));
      const found = [...units.values()].filter((c): c is CopyMatch => !!c);
      const next = [...kept, ...found].sort((a, b) => a.unit - b.unit);
      if (n === note || !sameMatches(this.matches[n], next)) changed.add(n);
      this.matches[n] = next;
    }
    return [...changed].sort((a, b) => a - b);
  }

  /** A bucket as the pass reads it: how many clients its blocks belong to, and each client's blocks in order. */
  private bucket(members: Ref[]): { clients: number; byClient: Map<string, Ref[]> } {
    const byClient = new Map<string, Ref[]>();
    for (const r of members) {
      const c = this.prints[r.note]!.client;
      let list = byClient.get(c);
      if (!list) byClient.set(c, (list = []));
      list.push(r);
    }
    for (const list of byClient.values()) list.sort(before);
    return { clients: byClient.size, byClient };
  }

  /** One block's match, as findCopies finds it. */
  private matchOf(x: Ref, buckets: Map<number, { clients: number; byClient: Map<string, Ref[]> }>[]): CopyMatch | undefined {
    const p = this.prints[x.note]!;
    const unit = p.units[x.unit];
    const k = this.keysOf(p);
    let common = 0;
    let best = -1;
    let bestOther: Ref | undefined;
    const others = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const bucket = buckets[b].get(k[x.unit * BANDS + b])!;
      const same = bucket.byClient.get(p.client)!;
      if (bucket.clients === 1 && same.length < 2) continue; // alone in its bucket
      if (bucket.clients >= p.options.boilerplateClients) common++;
      const at = binarySearch(same, x);
      for (let j = Math.max(0, at - WINDOW); j <= Math.min(same.length - 1, at + WINDOW); j++) {
        const y = same[j];
        if (y.note === x.note) continue;
        const s = this.similarity(x, y);
        if (s < p.options.minSimilarity) continue;
        if (s > best || (s === best && before(y, bestOther!) < 0)) {
          best = s;
          bestOther = y;
        }
        others.add(y.note);
      }
    }
    if (!bestOther || common * 2 > BANDS || unit.silenced) return undefined;
    return { unit: x.unit, other: { note: bestOther.note, unit: bestOther.unit }, similarity: best, verbatim: best === 1, notes: others.size };
  }

  /** As the pass counts it: 1 only for the same words, else the share of signature positions that agree. */
  private similarity(a: Ref, b: Ref): number {
    const ua = this.prints[a.note]!.units[a.unit];
    const ub = this.prints[b.note]!.units[b.unit];
    if (ua.hash === ub.hash) return 1;
    let differ = 0;
    for (let i = 0; i < K; i++) if ((ua.sig[i] & 0xffff) !== (ub.sig[i] & 0xffff)) differ++;
    return Math.min((K - differ) / K, 1 - 1 / K);
  }

  /** Every block with its band keys. */
  private each(f: (ref: Ref, keys: Float64Array) => void): void {
    this.prints.forEach((p, note) => {
      if (!p) return;
      const k = this.keysOf(p);
      for (let unit = 0; unit < p.units.length; unit++) f({ note, unit }, k.subarray(unit * BANDS, (unit + 1) * BANDS));
    });
  }

  private keysOf(p: NotePrints): Float64Array {
    let k = this.keys.get(p);
    if (!k) {
      k = new Float64Array(p.units.length * BANDS);
      const sig = new Uint16Array(K);
      p.units.forEach((u, i) => {
        sig.set(u.sig);
        for (let b = 0; b < BANDS; b++) k![i * BANDS + b] = bandKey(sig, b);
      });
      this.keys.set(p, k);
    }
    return k;
  }
}

function binarySearch(list: readonly Ref[], x: Ref): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = before(list[mid], x);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function sameMatches(a: readonly CopyMatch[], b: readonly CopyMatch[]): boolean {
  return a.length === b.length && a.every((m, i) => JSON.stringify(m) === JSON.stringify(b[i]));
}
