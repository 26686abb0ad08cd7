// The LSH buckets of every block of a caseload, kept as notes change (for LiveCopies): from a band and its key to the
// blocks in that bucket, so that an edit visits the buckets it touches and not the caseload.
//
// Memory is linear in the blocks and small for each. Most buckets hold one block, so a bucket is one entry of an
// open-addressing table per band, 10 bytes: its 48-bit key (so that probing never reads a signature scattered in the
// heap) and the block, or its Group when it holds two blocks or more (the blocks in the pass's order). Freed slots,
// groups and client numbers are reused.
import { BANDS, bandKey } from './minhash.js';

/** A bucket of two blocks or more: its blocks (slots) by client, then in the pass's order (note, then unit), and how
 *  many clients they belong to. */
export interface Group {
  clients: number;
  members: number[];
}

const EMPTY = -1;
/** A table entry: a slot (>= 0) for a bucket of one block, EMPTY, or GROUP - g for group g. */
const GROUP = -2;
const HIGH = 4294967296;

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

const table = (size: number): Table => ({ lo: new Int32Array(size), hi: new Uint16Array(size), entry: new Int32Array(size).fill(EMPTY), used: 0 });

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
  private readonly groups: (Group | undefined)[] = [];
  private readonly freeGroups: number[] = [];

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
   *  their slots. Fastest in the order of the buckets: by client, then note and unit (every block then goes last). */
  addAll(blocks: readonly { note: number; unit: number; client: string; sig: ArrayLike<number> }[]): number[] {
    const slots = blocks.map((x) => this.slot(x.note, x.unit, x.client));
    for (let b = 0; b < BANDS; b++) blocks.forEach((x, i) => this.enter(b, bandKey(x.sig, b), slots[i]));
    // An array that grew by push keeps room for more (20 numbers once past 2): copies hold only their members.
    for (const g of this.groups) if (g) g.members = g.members.slice();
    return slots;
  }

  private slot(note: number, unit: number, client: string): number {
    const s = this.freeSlots.pop() ?? this.newSlot();
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

  /** The bucket of `key` in band `band`: a slot when it holds one block, a Group, or undefined when empty. */
  get(band: number, key: number): number | Group | undefined {
    const t = this.tables[band];
    const v = t.entry[this.find(t, key | 0, (key / HIGH) >>> 0)];
    return v === EMPTY ? undefined : v >= 0 ? v : this.groups[GROUP - v];
  }

  /** How many clients a bucket counts for standard wording: none when it holds one block (the pass skips it). */
  clients(band: number, key: number): number {
    const v = this.get(band, key);
    return typeof v === 'object' ? v.clients : 0;
  }

  /** Where a block of (client, note, unit) is, or would go, in a group: the first member not before it. */
  lowerBound(g: Group, client: number, note: number, unit: number): number {
    let lo = 0;
    let hi = g.members.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = g.members[mid];
      if ((this.client[s] - client || this.note[s] - note || this.unit[s] - unit) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What it holds, in the units that grow with the blocks (for the tests: it stays linear in them). */
  stats(): { blocks: number; slots: number; buckets: number; tableSize: number; groups: number; members: number; clients: number; clientNumbers: number } {
    let members = 0;
    let groups = 0;
    for (const g of this.groups)
      if (g) {
        groups++;
        members += g.members.length;
      }
    return {
      blocks: this.slots - this.freeSlots.length,
      slots: this.slots,
      buckets: this.tables.reduce((s, t) => s + t.used, 0),
      tableSize: this.tables.reduce((s, t) => s + t.entry.length, 0),
      groups,
      members,
      clients: this.clientIds.size,
      clientNumbers: this.clientNames.length,
    };
  }

  private newSlot(): number {
    if (this.slots === this.note.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.note = grow(this.note);
      this.unit = grow(this.unit);
      this.client = grow(this.client);
    }
    return this.slots++;
  }

  /** The index of key (lo, hi) in a table: its entry, or the empty one where it would go. */
  private find(t: Table, lo: number, hi: number): number {
    const mask = t.entry.length - 1;
    let i = hashKey(lo, hi) & mask;
    while (t.entry[i] !== EMPTY && (t.lo[i] !== lo || t.hi[i] !== hi)) i = (i + 1) & mask;
    return i;
  }

  private enter(band: number, key: number, s: number): void {
    const t = this.tables[band];
    const lo = key | 0;
    const hi = (key / HIGH) >>> 0;
    const i = this.find(t, lo, hi);
    const v = t.entry[i];
    if (v === EMPTY) {
      t.entry[i] = s;
      t.lo[i] = lo;
      t.hi[i] = hi;
      if (++t.used * 4 > t.entry.length * 3) this.grow(band);
      return;
    }
    if (v >= 0) {
      const g = this.freeGroups.pop() ?? this.groups.length;
      const first = (this.client[v] - this.client[s] || this.note[v] - this.note[s] || this.unit[v] - this.unit[s]) < 0;
      this.groups[g] = { clients: this.client[v] === this.client[s] ? 1 : 2, members: first ? [v, s] : [s, v] };
      t.entry[i] = GROUP - g;
      return;
    }
    const g = this.groups[GROUP - v]!;
    const last = g.members[g.members.length - 1];
    if ((this.client[last] - this.client[s] || this.note[last] - this.note[s] || this.unit[last] - this.unit[s]) < 0) {
      // After every member (blocks added in their order, as LiveCopies builds the buckets): no search.
      if (this.client[last] !== this.client[s]) g.clients++;
      g.members.push(s);
      return;
    }
    const at = this.lowerBound(g, this.client[s], this.note[s], this.unit[s]);
    if (!this.clientAround(g, at, this.client[s])) g.clients++;
    g.members.splice(at, 0, s);
  }

  private leave(band: number, key: number, s: number): void {
    const t = this.tables[band];
    const i = this.find(t, key | 0, (key / HIGH) >>> 0);
    const v = t.entry[i];
    if (v >= 0) {
      this.delete(t, i);
      return;
    }
    const g = this.groups[GROUP - v]!;
    const at = this.lowerBound(g, this.client[s], this.note[s], this.unit[s]);
    g.members.splice(at, 1);
    if (!this.clientAround(g, at, this.client[s])) g.clients--;
    if (g.members.length === 1) {
      // Back to one block: the bucket is its slot again.
      t.entry[i] = g.members[0];
      this.groups[GROUP - v] = undefined;
      this.freeGroups.push(GROUP - v);
    }
  }

  /** Whether the members at `at - 1` or `at` belong to `client` (where a block of it goes, or went). */
  private clientAround(g: Group, at: number, client: number): boolean {
    return (at > 0 && this.client[g.members[at - 1]] === client) || (at < g.members.length && this.client[g.members[at]] === client);
  }

  /** Linear probing's deletion: the entries after `i` that probed past it move back, so no lookup stops short. */
  private delete(t: Table, i: number): void {
    const mask = t.entry.length - 1;
    t.used--;
    for (let j = (i + 1) & mask; t.entry[j] !== EMPTY; j = (j + 1) & mask) {
      const home = hashKey(t.lo[j], t.hi[j]) & mask;
      // The entry at j stays when its home lies cyclically in (i, j].
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      t.entry[i] = t.entry[j];
      t.lo[i] = t.lo[j];
      t.hi[i] = t.hi[j];
      i = j;
    }
    t.entry[i] = EMPTY;
  }

  private grow(band: number): void {
    const old = this.tables[band];
    const t = table(old.entry.length * 2);
    const mask = t.entry.length - 1;
    old.entry.forEach((v, j) => {
      if (v === EMPTY) return;
      let i = hashKey(old.lo[j], old.hi[j]) & mask;
      while (t.entry[i] !== EMPTY) i = (i + 1) & mask;
      t.entry[i] = v;
      t.lo[i] = old.lo[j];
      t.hi[i] = old.hi[j];
    });
    t.used = old.used;
    this.tables[band] = t;
  }
}
