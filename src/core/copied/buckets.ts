// The LSH buckets of every block of a caseload, kept as notes change (for LiveCopies): from a band and its key to the
// blocks in that bucket, so that an edit visits the buckets it touches and not the caseload.
//
// Memory is linear in the blocks, a few bytes each, all in typed arrays (no object per block or per bucket). Most
// buckets hold one block, so a bucket is one entry of an open-addressing table per band, 10 bytes: its 48-bit key (so
// that probing never reads a signature scattered in the heap) and the block, or its group when it holds two blocks
// or more. A group's blocks sit side by side in one shared pool, by client, then in the pass's order. Freed slots,
// groups, client numbers and pool space are reused.
import { finish, type Work } from '../work.js';
import { BANDS, bandKey } from './minhash.js';

/** A bucket as get() gives it: NONE (empty), a slot (>= 0: its one block), or GROUP - g (group g). */
export const NONE = -1;
const GROUP = -2;
const HIGH = 4294967296;
/** Blocks placed in one unit of work of addAll: well under a millisecond (a block enters a bucket in 1-2 µs). */
const CHUNK = 512;

/** A 48-bit band key, as its low 32 bits and its high 16, hashed to 32 bits (Murmur3's finalizer). */
function hashKey(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One band's buckets: linear probing over parallel arrays (keys, entries), at most 3/4 full. */
interface Table {
  lo: Int32Array;
  hi: Uint16Array;
  entry: Int32Array;
  used: number;
}

const table = (size: number): Table => ({ lo: new Int32Array(size), hi: new Uint16Array(size), entry: new Int32Array(size).fill(NONE), used: 0 });

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export class Buckets {
  // A slot is one block: its note (its place in the pass's order), its unit, and its client (as a number).
  private note = new Int32Array(64);
  private unit = new Int32Array(64);
  private client = new Int32Array(64);
  private slots = 0;
  private readonly freeSlots: number[] = [];
  /** Clients as small numbers, with how many slots hold each (a number no slot holds is given again). */
  private readonly clientIds = new Map<string, { id: number; slots: number }>();
  private readonly clientNames: (string | undefined)[] = [];
  private readonly freeClients: number[] = [];

  private readonly tables = Array.from({ length: BANDS }, () => table(16));

  // A group: its members at pool[start .. start + length), room for `room` there, and how many clients they belong
  // to. A free group has no room.
  private start = new Int32Array(64);
  private length = new Int32Array(64);
  private room = new Int32Array(64);
  private clientCount = new Int32Array(64);
  private groups = 0;
  private readonly freeGroups: number[] = [];
  private pool = new Int32Array(1024);
  private poolEnd = 0;
  /** Pool space no group uses (left behind when a group moved or went): compacted away when it is half the pool. */
  private waste = 0;

  noteOf(slot: number): number {
    return this.note[slot];
  }

  unitOf(slot: number): number {
    return this.unit[slot];
  }

  /** A number for the client, the same for every block of it in the buckets (-1: none there). */
  clientId(client: string): number {
    return this.clientIds.get(client)?.id ?? -1;
  }

  clientOf(slot: number): number {
    return this.client[slot];
  }

  /** A block enters the bucket of each of its bands; its slot. */
  add(note: number, unit: number, client: string, sig: ArrayLike<number>): number {
    const s = this.slot(note, unit, client);
    for (let b = 0; b < BANDS; b++) this.enter(b, bandKey(sig, b), s);
    return s;
  }

  /** Blocks in bulk, as add() each in turn, one band at a time (so that one band's table at a time is in the cache);
   *  their slots. Fastest in the order of the buckets: by client, then note and unit (every block then goes last).
   *  Units of work (work.ts) of CHUNK blocks each, so that the editor's thread can build it in slices. */
  *addAll(blocks: readonly { note: number; unit: number; client: string; sig: ArrayLike<number> }[]): Work<number[]> {
    const slots: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      slots.push(this.slot(blocks[i].note, blocks[i].unit, blocks[i].client));
      if ((i + 1) % CHUNK === 0) yield;
    }
    for (let b = 0; b < BANDS; b++)
      for (let i = 0; i < blocks.length; i++) {
        this.enter(b, bandKey(blocks[i].sig, b), slots[i]);
        if ((i + 1) % CHUNK === 0) yield;
      }
    // Groups grew by doubling their room: each keeps only what it holds, and the arrays only the groups there are.
    yield* this.compacting(true);
    const fit = (a: Int32Array) => a.slice(0, Math.max(64, this.groups));
    [this.start, this.length, this.room, this.clientCount] = [fit(this.start), fit(this.length), fit(this.room), fit(this.clientCount)];
    return slots;
  }

  /** A block leaves its buckets (`sig`: its signature, which gives them); its slot is free. */
  remove(slot: number, sig: ArrayLike<number>): void {
    for (let b = 0; b < BANDS; b++) this.leave(b, bandKey(sig, b), slot);
    const name = this.clientNames[this.client[slot]]!;
    if (--this.clientIds.get(name)!.slots === 0) {
      this.clientIds.delete(name);
      this.clientNames[this.client[slot]] = undefined;
      this.freeClients.push(this.client[slot]);
    }
    this.freeSlots.push(slot);
  }

  /** A note joins at `note` in the pass's order: the blocks of the notes from there on move one place down (their
   *  order, and so every group's, stays as it was). */
  shift(note: number): void {
    for (let s = 0; s < this.slots; s++) if (this.note[s] >= note) this.note[s]++;
  }

  /** The bucket of `key` in band `band` (NONE, a slot, or a group), to read with size(), member() and clients(). */
  get(band: number, key: number): number {
    const t = this.tables[band];
    return t.entry[this.find(t, key | 0, (key / HIGH) >>> 0)];
  }

  /** How many blocks a bucket holds. */
  size(bucket: number): number {
    return bucket === NONE ? 0 : bucket >= 0 ? 1 : this.length[GROUP - bucket];
  }

  /** A bucket's j-th block (slot), in its order: by client, then the pass's. */
  member(bucket: number, j: number): number {
    return bucket >= 0 ? bucket : this.pool[this.start[GROUP - bucket] + j];
  }

  /** How many clients a bucket counts for standard wording: none when it holds one block (the pass skips it). */
  clients(bucket: number): number {
    return bucket <= GROUP ? this.clientCount[GROUP - bucket] : 0;
  }

  /** Where a block of (client, note, unit) is, or would go, in a bucket: the first member not before it. */
  lowerBound(bucket: number, client: number, note: number, unit: number): number {
    let lo = 0;
    let hi = this.size(bucket);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before(this.member(bucket, mid), client, note, unit)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What it holds, in the units that grow with the blocks (for the tests: it stays linear in them). */
  stats(): { blocks: number; slots: number; buckets: number; tableSize: number; groups: number; members: number; groupNumbers: number; pool: number; clients: number; clientNumbers: number } {
    let members = 0;
    for (let g = 0; g < this.groups; g++) members += this.length[g];
    return {
      blocks: this.slots - this.freeSlots.length,
      slots: this.slots,
      buckets: this.tables.reduce((s, t) => s + t.used, 0),
      tableSize: this.tables.reduce((s, t) => s + t.entry.length, 0),
      groups: this.groups - this.freeGroups.length,
      members,
      groupNumbers: this.groups,
      pool: this.pool.length,
      clients: this.clientIds.size,
      clientNumbers: this.clientNames.length,
    };
  }

  private slot(note: number, unit: number, client: string): number {
    let s = this.freeSlots.pop();
    if (s === undefined) {
      if (this.slots === this.note.length) {
        this.note = grown(this.note, this.slots * 2);
        this.unit = grown(this.unit, this.slots * 2);
        this.client = grown(this.client, this.slots * 2);
      }
      s = this.slots++;
    }
    let c = this.clientIds.get(client);
    if (!c) {
      c = { id: this.freeClients.pop() ?? this.clientNames.length, slots: 0 };
      this.clientIds.set(client, c);
      this.clientNames[c.id] = client;
    }
    c.slots++;
    this.note[s] = note;
    this.unit[s] = unit;
    this.client[s] = c.id;
    return s;
  }

  /** Whether slot `s` comes before a block of (client, note, unit) in a bucket's order. */
  private before(s: number, client: number, note: number, unit: number): boolean {
    return (this.client[s] - client || this.note[s] - note || this.unit[s] - unit) < 0;
  }

  /** The index of key (lo, hi) in a table: its entry, or the empty one where it would go. */
  private find(t: Table, lo: number, hi: number): number {
    const mask = t.entry.length - 1;
    let i = hashKey(lo, hi) & mask;
    while (t.entry[i] !== NONE && (t.lo[i] !== lo || t.hi[i] !== hi)) i = (i + 1) & mask;
    return i;
  }

  private enter(band: number, key: number, s: number): void {
    const t = this.tables[band];
    const lo = key | 0;
    const hi = (key / HIGH) >>> 0;
    const i = this.find(t, lo, hi);
    const v = t.entry[i];
    if (v === NONE) {
      t.entry[i] = s;
      t.lo[i] = lo;
      t.hi[i] = hi;
      if (++t.used * 4 > t.entry.length * 3) this.resize(band, t.entry.length * 2);
      return;
    }
    const c = this.client[s];
    if (v >= 0) {
      const g = this.newGroup(2);
      const first = this.before(v, c, this.note[s], this.unit[s]);
      this.pool[this.start[g]] = first ? v : s;
      this.pool[this.start[g] + 1] = first ? s : v;
      this.length[g] = 2;
      this.clientCount[g] = this.client[v] === c ? 1 : 2;
      t.entry[i] = GROUP - g;
      return;
    }
    const g = GROUP - v;
    const n = this.length[g];
    // After every member (blocks added in their order, as LiveCopies builds the buckets): no search.
    const at = this.before(this.pool[this.start[g] + n - 1], c, this.note[s], this.unit[s]) ? n : this.lowerBound(v, c, this.note[s], this.unit[s]);
    if (!this.clientAround(v, at, c)) this.clientCount[g]++;
    if (n === this.room[g]) this.move(g, n * 2);
    const from = this.start[g];
    this.pool.copyWithin(from + at + 1, from + at, from + n);
    this.pool[from + at] = s;
    this.length[g] = n + 1;
  }

  private leave(band: number, key: number, s: number): void {
    const t = this.tables[band];
    const i = this.find(t, key | 0, (key / HIGH) >>> 0);
    const v = t.entry[i];
    if (v >= 0) {
      this.delete(t, i);
      // Under an eighth full: half the size, so that the table follows the buckets there are.
      if (t.used * 8 < t.entry.length && t.entry.length > 16) this.resize(band, t.entry.length / 2);
      return;
    }
    const g = GROUP - v;
    const at = this.lowerBound(v, this.client[s], this.note[s], this.unit[s]);
    const from = this.start[g];
    this.pool.copyWithin(from + at, from + at + 1, from + this.length[g]);
    this.length[g]--;
    if (!this.clientAround(v, at, this.client[s])) this.clientCount[g]--;
    if (this.length[g] === 1) {
      // Back to one block: the bucket is its slot again.
      t.entry[i] = this.pool[from];
      this.waste += this.room[g];
      this.room[g] = 0;
      this.length[g] = 0;
      this.freeGroups.push(g);
    } else if (this.length[g] * 4 < this.room[g]) {
      // Under a quarter full: the second half of its room is given back, so a group's room follows what it holds.
      this.room[g] >>= 1;
      this.waste += this.room[g];
    }
    // Half the pool unused: the groups close up, and the pool shrinks with them.
    if (this.waste * 2 > this.poolEnd && this.poolEnd > 4096) this.compact(false);
  }

  /** Whether the members at `at - 1` or `at` of a group belong to `client` (where a block of it goes, or went). */
  private clientAround(bucket: number, at: number, client: number): boolean {
    return (at > 0 && this.client[this.member(bucket, at - 1)] === client) || (at < this.size(bucket) && this.client[this.member(bucket, at)] === client);
  }

  private newGroup(room: number): number {
    let g = this.freeGroups.pop();
    if (g === undefined) {
      if (this.groups === this.start.length) {
        const size = this.groups + (this.groups >> 1);
        this.start = grown(this.start, size);
        this.length = grown(this.length, size);
        this.room = grown(this.room, size);
        this.clientCount = grown(this.clientCount, size);
      }
      g = this.groups++;
    }
    this.room[g] = 0;
    this.length[g] = 0;
    this.move(g, room);
    return g;
  }

  /** Gives group g `room` places at the end of the pool, its members copied there. */
  private move(g: number, room: number): void {
    if (this.poolEnd + room > this.pool.length) {
      if (this.waste * 2 > this.poolEnd) this.compact(false);
      // By a quarter: the pool is most of the memory, and a tight one (after a build) grows at the first edit.
      if (this.poolEnd + room > this.pool.length) this.pool = grown(this.pool, Math.max(this.pool.length + (this.pool.length >> 2), this.poolEnd + room));
    }
    this.pool.copyWithin(this.poolEnd, this.start[g], this.start[g] + this.length[g]);
    this.waste += this.room[g];
    this.start[g] = this.poolEnd;
    this.room[g] = room;
    this.poolEnd += room;
  }

  private compact(tight: boolean): void {
    finish(this.compacting(tight));
  }

  /** Every group side by side at the start of a new pool, with its room (or, `tight`, only its members). In units of
   *  work for addAll (300,000 groups at 10,000 notes); an edit's compact() runs it in one go. */
  private *compacting(tight: boolean): Work<void> {
    let need = 0;
    for (let g = 0; g < this.groups; g++) if (this.room[g]) need += tight ? this.length[g] : this.room[g];
    const pool = new Int32Array(Math.max(1024, tight ? need : need * 2));
    let end = 0;
    for (let g = 0; g < this.groups; g++) {
      if (!this.room[g]) continue;
      // Copied by hand: a subarray per group (300,000 of them at 10,000 notes) took a quarter of a second to allocate.
      for (let i = 0, from = this.start[g]; i < this.length[g]; i++) pool[end + i] = this.pool[from + i];
      this.start[g] = end;
      if (tight) this.room[g] = this.length[g];
      end += this.room[g];
      if ((g + 1) % (CHUNK * 16) === 0) yield;
    }
    this.pool = pool;
    this.poolEnd = end;
    this.waste = 0;
  }

  /** Linear probing's deletion: the entries after `i` that probed past it move back, so no lookup stops short. */
  private delete(t: Table, i: number): void {
    const mask = t.entry.length - 1;
    t.used--;
    for (let j = (i + 1) & mask; t.entry[j] !== NONE; j = (j + 1) & mask) {
      const home = hashKey(t.lo[j], t.hi[j]) & mask;
      // The entry at j stays when its home lies cyclically in (i, j].
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      t.entry[i] = t.entry[j];
      t.lo[i] = t.lo[j];
      t.hi[i] = t.hi[j];
      i = j;
    }
    t.entry[i] = NONE;
  }

  private resize(band: number, size: number): void {
    const old = this.tables[band];
    const t = table(size);
    const mask = t.entry.length - 1;
    old.entry.forEach((v, j) => {
      if (v === NONE) return;
      let i = hashKey(old.lo[j], old.hi[j]) & mask;
      while (t.entry[i] !== NONE) i = (i + 1) & mask;
      t.entry[i] = v;
      t.lo[i] = old.lo[j];
      t.hi[i] = old.hi[j];
    });
    t.used = old.used;
    this.tables[band] = t;
  }
}
