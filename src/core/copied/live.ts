// copied-text kept current as notes change (the editor after Lint Workspace): one note's fingerprints replaced, and
// only the matches that can have changed worked out again, with the same answer the whole pass (pass.ts) gives.
//
// A block's match depends only on the LSH buckets it sits in: how many clients each holds (standard wording), and
// the blocks of its client next to it there, in the pass's order (the window). An edit changes the buckets of the
// note's blocks that changed, and in each of them only two things can move another note's match: the count of
// clients (for a block whose boilerplateClients it crosses), and the window of the blocks of the note's client that
// sit within WINDOW of the note's place. Those blocks, and every block of the note, are worked out again, each as the
// pass would, from the buckets kept in Buckets (buckets.ts): the work follows the edit, not the caseload. Nothing is
// fingerprinted again but the edited note, in the lint that read it.
import { BANDS, K, bandKey } from './minhash.js';
import { finish, type Work } from '../work.js';
import { copiesWork, WINDOW, type CopyMatch } from './pass.js';
import type { NotePrints, PrintUnit } from './prints.js';
import { Buckets } from './buckets.js';

/** A bucket an edit changed: its count of clients before, and the clients whose blocks came or went in it. */
interface Touched {
  before: number;
  clients: Set<string>;
}

/** Only `building` leaves a LiveCopies empty for its fill(). */
const LATER = Symbol('later');

export class LiveCopies {
  private readonly prints: (NotePrints | undefined)[];
  /** Each note's matches, as findCopies gives them. */
  readonly matches: CopyMatch[][] = [];
  private readonly buckets = new Buckets();
  /** Each note's blocks' slots in the buckets, by unit. */
  private readonly slots: (number[] | undefined)[];

  /** The notes in the pass's order (`undefined`: the rule is off in it, or it was not linted), compared in one go;
   *  `building` does the same in units of work. */
  constructor(notes: readonly (NotePrints | undefined)[], later?: typeof LATER) {
    this.prints = [...notes];
    this.slots = this.prints.map((p) => p && []);
    if (later !== LATER) finish(this.fill());
  }

  /** Built as units of work (work.ts), each well under a millisecond, for a thread that must stay responsive (the
   *  extension host after Lint Workspace): the same LiveCopies as the constructor's, whoever runs it. */
  static *building(notes: readonly (NotePrints | undefined)[]): Work<LiveCopies> {
    const live = new LiveCopies(notes, LATER);
    yield* live.fill();
    return live;
  }

  private *fill(): Work<void> {
    // Client by client, each in the pass's order: every block then goes after the others in its buckets.
    const byClient = new Map<string, number[]>();
    this.prints.forEach((p, n) => {
      if (!p) return;
      let list = byClient.get(p.client);
      if (!list) byClient.set(p.client, (list = []));
      list.push(n);
    });
    const blocks: { note: number; unit: number; client: string; sig: ArrayLike<number> }[] = [];
    for (const list of byClient.values())
      for (const note of list) {
        const p = this.prints[note]!;
        p.units.forEach((u, unit) => blocks.push({ note, unit, client: p.client, sig: u.sig }));
        if (note % 256 === 0) yield;
      }
    const slots = yield* this.buckets.addAll(blocks);
    blocks.forEach((x, i) => (this.slots[x.note]![x.unit] = slots[i]));
    yield;
    for (const list of yield* copiesWork(this.prints)) this.matches.push(list);
  }

  get size(): number {
    return this.prints.length;
  }

  printsOf(note: number): NotePrints | undefined {
    return this.prints[note];
  }

  /** What the buckets hold (the tests check that it stays linear in the blocks). */
  indexStats(): ReturnType<Buckets['stats']> {
    return this.buckets.stats();
  }

  /** A note that joins the caseload (created, or first linted, after the pass) at `note` in the pass's order: the
   *  notes from there on move one place down. Its fingerprints then come with update(), as an edit's do. */
  insert(note: number): void {
    this.prints.splice(note, 0, undefined);
    this.slots.splice(note, 0, undefined);
    this.buckets.shift(note);
    for (const list of this.matches) for (const m of list) if (m.other.note >= note) m.other = { note: m.other.note + 1, unit: m.other.unit };
    this.matches.splice(note, 0, []);
  }

  /** Replaces one note's fingerprints; the notes whose matches changed (the note itself among them), in order. */
  update(note: number, prints: NotePrints | undefined): number[] {
    const old = this.prints[note];
    const oldSlots = this.slots[note] ?? [];
    // A block that keeps its place, its words and its client changes no bucket and no one's match.
    const same = (i: number) => !!old && !!prints && old.client === prints.client && i < old.units.length && i < prints.units.length && sameUnit(old.units[i], prints.units[i]);
    const touched = Array.from({ length: BANDS }, () => new Map<number, Touched>());
    const touch = (client: string, sig: ArrayLike<number>) => {
      for (let b = 0; b < BANDS; b++) {
        const key = bandKey(sig, b);
        let t = touched[b].get(key);
        if (!t) touched[b].set(key, (t = { before: this.buckets.clients(this.buckets.get(b, key)), clients: new Set() }));
        t.clients.add(client);
      }
    };
    if (old)
      old.units.forEach((u, i) => {
        if (same(i)) return;
        touch(old.client, u.sig);
        this.buckets.remove(oldSlots[i], u.sig);
      });
    this.prints[note] = prints;
    this.slots[note] = prints?.units.map((u, i) => {
      if (same(i)) return oldSlots[i];
      touch(prints.client, u.sig);
      return this.buckets.add(note, i, prints.client, u.sig);
    });

    // The other notes' blocks whose match can have changed (slots).
    const affected = new Set<number>();
    const other = (s: number) => this.buckets.noteOf(s) !== note && affected.add(s);
    touched.forEach((keys, b) => {
      for (const [key, t] of keys) {
        const bucket = this.buckets.get(b, key);
        const size = this.buckets.size(bucket);
        // Standard wording: the blocks whose boilerplateClients the count of clients crossed.
        const after = this.buckets.clients(bucket);
        if (after !== t.before)
          for (let j = 0; j < size; j++) {
            const s = this.buckets.member(bucket, j);
            const at = this.prints[this.buckets.noteOf(s)]!.options.boilerplateClients;
            if (t.before >= at !== after >= at) other(s);
          }
        // The window: the blocks of the client within WINDOW before and after the note's place in the bucket.
        for (const name of t.clients) {
          const client = this.buckets.clientId(name);
          if (client < 0) continue; // its last block has gone
          const from = this.buckets.lowerBound(bucket, client, note, 0);
          const to = this.buckets.lowerBound(bucket, client, note + 1, 0);
          for (let j = Math.max(0, from - WINDOW); j < Math.min(size, to + WINDOW); j++) {
            const s = this.buckets.member(bucket, j);
            if ((j < from || j >= to) && this.buckets.clientOf(s) === client) other(s);
          }
        }
      }
    });

    // Each note's matches: those of blocks not affected stay; the affected blocks' are worked out again.
    const redo = new Map<number, Map<number, CopyMatch | undefined>>();
    redo.set(note, new Map());
    this.slots[note]?.forEach((s) => redo.get(note)!.set(this.buckets.unitOf(s), this.matchOf(s)));
    for (const s of affected) {
      const n = this.buckets.noteOf(s);
      let m = redo.get(n);
      if (!m) redo.set(n, (m = new Map()));
      m.set(this.buckets.unitOf(s), this.matchOf(s));
    }
    const changed = new Set<number>([note]);
    for (const [n, units] of redo) {
      const kept = n === note ? [] : this.matches[n].filter((c) => !units.has(c.unit));
      const found = [...units.values()].filter((c): c is CopyMatch => !!c);
      const next = [...kept, ...found].sort((a, b) => a.unit - b.unit);
      if (n === note || !sameMatches(this.matches[n], next)) changed.add(n);
      this.matches[n] = next;
    }
    return [...changed].sort((a, b) => a - b);
  }

  /** One block's match, as findCopies finds it. */
  private matchOf(x: number): CopyMatch | undefined {
    const note = this.buckets.noteOf(x);
    const unit = this.buckets.unitOf(x);
    const p = this.prints[note]!;
    const u = p.units[unit];
    let common = 0;
    let best = -1;
    let bestOther = -1;
    const others = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets.get(b, bandKey(u.sig, b));
      const size = this.buckets.size(bucket);
      if (size < 2) continue; // alone in its bucket
      if (this.buckets.clients(bucket) >= p.options.boilerplateClients) common++;
      const client = this.buckets.clientOf(x);
      const at = this.buckets.lowerBound(bucket, client, note, unit);
      for (let j = Math.max(0, at - WINDOW); j <= Math.min(size - 1, at + WINDOW); j++) {
        const y = this.buckets.member(bucket, j);
        const yNote = this.buckets.noteOf(y);
        if (yNote === note || this.buckets.clientOf(y) !== client) continue;
        const s = similarity(u, this.prints[yNote]!.units[this.buckets.unitOf(y)]);
        if (s < p.options.minSimilarity) continue;
        // Ties go to the block that comes first, as in the pass.
        if (s > best || (s === best && (yNote - this.buckets.noteOf(bestOther) || this.buckets.unitOf(y) - this.buckets.unitOf(bestOther)) < 0)) {
          best = s;
          bestOther = y;
        }
        others.add(yNote);
      }
    }
    if (bestOther < 0 || common * 2 > BANDS || u.silenced) return undefined;
    return { unit, other: { note: this.buckets.noteOf(bestOther), unit: this.buckets.unitOf(bestOther) }, similarity: best, verbatim: best === 1, notes: others.size };
  }
}

/** As the pass counts it: 1 only for the same words, else the share of signature positions that agree. */
function similarity(a: PrintUnit, b: PrintUnit): number {
  if (a.hash === b.hash) return 1;
  let differ = 0;
  for (let i = 0; i < K; i++) if (a.sig[i] !== b.sig[i]) differ++;
  return Math.min((K - differ) / K, 1 - 1 / K);
}

/** The same words (hash and signature): the block is in the same buckets and as alike to every other. */
function sameUnit(a: PrintUnit, b: PrintUnit): boolean {
  if (a.hash !== b.hash) return false;
  for (let i = 0; i < K; i++) if (a.sig[i] !== b.sig[i]) return false;
  return true;
}

function sameMatches(a: readonly CopyMatch[], b: readonly CopyMatch[]): boolean {
  return a.length === b.length && a.every((m, i) => JSON.stringify(m) === JSON.stringify(b[i]));
}
