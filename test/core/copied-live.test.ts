// LiveCopies (the editor's copied-text after Lint Workspace) against the whole pass: after any sequence of edits, notes
// turned off and notes joining anywhere in the order, its matches are the ones findCopies gives over the same notes,
// and it names exactly the notes whose matches changed. Synthetic caseloads: few paragraphs, many copies, so that
// buckets hold more of a client's blocks than the window, and clients cross boilerplateClients both ways.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BANDS, bandKey, sequenceHash, shingles, signature, words } from '../../src/core/copied/minhash.js';
import { findCopies, type CopyMatch } from '../../src/core/copied/pass.js';
import { LiveCopies } from '../../src/core/copied/live.js';
import type { NotePrints, PrintUnit } from '../../src/core/copied/prints.js';

const BASE = [
  'Client attended a 50-minute telehealth session from home and practised paced breathing each morning before school.',
  'Session held in the office; client stood on the train platform for ten minutes twice this week with her sister.',
  'Reviewed the safety plan together; client named two people she can call and agreed to keep the plan on her phone.',
  'Mother reports fewer arguments at home since the chart was introduced, and bedtime now starts at nine most nights.',
];
/** Each paragraph, and two near copies of it (a word changed, then three): alike enough for some thresholds only. */
const TEXTS = BASE.flatMap((t) => [t, t.replace(/ (\w+) /, ' quite '), t.replace(/ (\w+) (\w+) (\w+) /, ' one two three ')]);
const UNITS = TEXTS.map((text): PrintUnit => {
  const ws = words(text);
  return { kind: 'paragraph', range: { start: 0, end: 1 }, at: [0, 0, 0, 1], words: ws.length, hash: sequenceHash(ws), sig: signature(shingles(ws)), key: '000000000000' };
});

/** A unit: most often the first paragraph word for word (one client's notes then fill a bucket past the window). */
const unitArb = fc.record({ text: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.nat(TEXTS.length - 1) }), silence: fc.nat(9) });
/** One unit in ten carries a clinote-disable comment. */
const toUnit = (u: { text: number; silence: number }): PrintUnit => (u.silence === 0 ? { ...UNITS[u.text], silenced: true } : UNITS[u.text]);
const CLIENTS = ['a', 'a', 'a', 'a', 'b', 'c', 'd', 'e'];
const printsArb = fc.record({
  client: fc.constantFrom(...CLIENTS),
  units: fc.array(unitArb, { maxLength: 4 }),
  boilerplateClients: fc.constantFrom(2, 3, 4),
  minSimilarity: fc.constantFrom(0.3, 0.6, 0.9),
});
type PrintsSpec = typeof printsArb extends fc.Arbitrary<infer T> ? T : never;
const toPrints = (s: PrintsSpec): NotePrints => ({
  client: s.client,
  severity: 'warning',
  options: { minWords: 12, minSimilarity: s.minSimilarity, boilerplateClients: s.boilerplateClients },
  units: s.units.map(toUnit),
});

const opArb = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), note: fc.nat(), prints: printsArb }),
  fc.record({ op: fc.constant('off' as const), note: fc.nat() }),
  fc.record({ op: fc.constant('join' as const), note: fc.nat(), prints: fc.option(printsArb, { freq: 5 }) }),
  fc.record({ op: fc.constant('retype' as const), note: fc.nat(), unit: fc.nat(), to: unitArb }),
  fc.record({ op: fc.constant('add' as const), note: fc.nat(), unit: fc.nat(), to: unitArb }),
  fc.record({ op: fc.constant('cut' as const), note: fc.nat(), unit: fc.nat() }),
  fc.record({ op: fc.constant('client' as const), note: fc.nat(), client: fc.constantFrom(...CLIENTS) }),
);

const differ = (a: readonly CopyMatch[] | undefined, b: readonly CopyMatch[]) => JSON.stringify(a) !== JSON.stringify(b);

describe('copied-text: LiveCopies agrees with the whole pass after any edits', () => {
  it('edits, notes turned off, notes joining in the middle: the whole pass, and exactly the notes that changed', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(fc.option(printsArb, { freq: 8 }), { minLength: 40, maxLength: 120 }), fc.array(opArb, { minLength: 1, maxLength: 30 }), (start, ops) => {
        const prints = start.map((s) => (s ? toPrints(s) : undefined));
        const live = new LiveCopies(prints);
        assert.deepEqual(live.matches, findCopies(prints));
        for (const e of ops) {
          let n = e.note % prints.length;
          let next: NotePrints | undefined;
          const units = [...(prints[n]?.units ?? [])];
          switch (e.op) {
            case 'replace':
              next = toPrints(e.prints);
              break;
            case 'off':
              next = undefined;
              break;
            case 'join':
              // Anywhere in the order, the end too; the whole pass is also right before its prints come.
              n = e.note % (prints.length + 1);
              prints.splice(n, 0, undefined);
              live.insert(n);
              assert.deepEqual(live.matches, findCopies(prints));
              next = e.prints ? toPrints(e.prints) : undefined;
              break;
            case 'retype':
              if (units.length) units[e.unit % units.length] = toUnit(e.to);
              next = prints[n] && { ...prints[n]!, units };
              break;
            case 'add':
              units.splice(e.unit % (units.length + 1), 0, toUnit(e.to));
              next = prints[n] && { ...prints[n]!, units };
              break;
            case 'cut':
              if (units.length) units.splice(e.unit % units.length, 1);
              next = prints[n] && { ...prints[n]!, units };
              break;
            case 'client':
              next = prints[n] && { ...prints[n]!, client: e.client };
              break;
          }
          const before = live.matches.map((l) => [...l]);
          prints[n] = next;
          const changed = live.update(n, next);
          const whole = findCopies(prints);
          assert.deepEqual(live.matches, whole, `after ${e.op} on note ${n}`);
          const moved = whole.flatMap((l, m) => (m === n || differ(before[m], l) ? [m] : []));
          assert.deepEqual(changed, moved, `the notes named as changed after ${e.op} on note ${n}`);
        }
      }),
      { numRuns: 60, seed: 1207 },
    );
  });

  it('the window as the whole pass: a note retyped among 90 notes of one client that all carry one paragraph', () => {
    const note = (units: PrintUnit[]): NotePrints => ({ client: 'a', severity: 'warning', options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 }, units });
    const prints = Array.from({ length: 90 }, () => note([UNITS[0]]));
    const live = new LiveCopies(prints);
    // The middle note's block leaves the bucket and comes back: the 32 blocks on each side see another window.
    for (const units of [[UNITS[3]], [UNITS[0]], [UNITS[1], UNITS[0]], []]) {
      prints[45] = note(units);
      live.update(45, prints[45]);
      assert.deepEqual(live.matches, findCopies(prints));
    }
  });

  it('the blocks exactly a window away from the edit: the block that enters their window is less alike than the one that left', () => {
    // Note 0 is WINDOW places before note 32; notes 33 on carry a near copy. When note 32's verbatim copy goes, note 0's
    // window reaches note 33's near copy instead, which is under its minSimilarity: one note fewer holds the block.
    const note = (unit: PrintUnit | undefined, minSimilarity = 0.6): NotePrints => ({ client: 'a', severity: 'warning', options: { minWords: 12, minSimilarity, boilerplateClients: 4 }, units: unit ? [unit] : [] });
    const prints = Array.from({ length: 45 }, (_, n) => note(n <= 32 ? UNITS[0] : UNITS[1], n === 0 ? 0.9 : 0.6));
    const live = new LiveCopies(prints);
    assert.equal(live.matches[0][0].notes, 32);
    prints[32] = note(undefined);
    live.update(32, prints[32]);
    assert.deepEqual(live.matches, findCopies(prints));
    assert.equal(live.matches[0][0].notes, 31);
    // And the other way: note 44 sits WINDOW places after the edited note 12.
    const after = Array.from({ length: 45 }, (_, n) => note(n < 12 ? UNITS[1] : UNITS[0], n === 44 ? 0.9 : 0.6));
    const live2 = new LiveCopies(after);
    assert.equal(live2.matches[44][0].notes, 32);
    after[12] = note(undefined);
    live2.update(12, after[12]);
    assert.deepEqual(live2.matches, findCopies(after));
    assert.equal(live2.matches[44][0].notes, 31);
  });

  it("a client's first block in a bucket makes it standard wording for the other clients' notes, and its leaving undoes it", () => {
    const note = (client: string, units: PrintUnit[]): NotePrints => ({ client, severity: 'warning', options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 3 }, units });
    const prints: (NotePrints | undefined)[] = ['a', 'a', 'b', 'b', 'c'].map((c) => note(c, c === 'c' ? [UNITS[3]] : [UNITS[0]]));
    const live = new LiveCopies(prints);
    assert.equal(live.matches[0].length, 1, 'two clients: a copy');
    prints[4] = note('c', [UNITS[0]]);
    assert.deepEqual(live.update(4, prints[4]), [0, 1, 2, 3, 4]);
    assert.deepEqual(live.matches, findCopies(prints));
    assert.equal(live.matches[0].length, 0, 'three clients: standard wording');
    prints[4] = undefined;
    assert.deepEqual(live.update(4, undefined), [0, 1, 2, 3, 4]);
    assert.deepEqual(live.matches, findCopies(prints));
    assert.equal(live.matches[0].length, 1);
  });
});

describe('copied-text: the buckets LiveCopies keeps are linear in the blocks', () => {
  /** What the buckets should hold, counted from the notes: each band's distinct keys, the buckets of two blocks or
   *  more and their blocks, the clients. */
  function expected(prints: readonly (NotePrints | undefined)[]) {
    const blocks = prints.flatMap((p) => p?.units ?? []);
    let buckets = 0;
    let groups = 0;
    let members = 0;
    for (let b = 0; b < BANDS; b++) {
      const count = new Map<number, number>();
      for (const u of blocks) count.set(bandKey(u.sig, b), (count.get(bandKey(u.sig, b)) ?? 0) + 1);
      buckets += count.size;
      for (const c of count.values()) if (c > 1) (groups++, (members += c));
    }
    const clients = new Set(prints.flatMap((p) => (p?.units.length ? [p.client] : []))).size;
    return { blocks: blocks.length, buckets, groups, members, clients };
  }
  const held = (live: LiveCopies) => {
    const s = live.indexStats();
    return { blocks: s.blocks, buckets: s.buckets, groups: s.groups, members: s.members, clients: s.clients };
  };
  /** The tables, at most 3/4 full as they grow and 1/8 as they shrink; the groups' pool, within a constant of their
   *  members (each group's room under 4 times its members, and at most half the pool left behind). */
  function assertSized(live: LiveCopies) {
    const s = live.indexStats();
    assert.ok(s.tableSize <= BANDS * 16 + 16 * s.buckets, `${s.tableSize} table entries for ${s.buckets} buckets`);
    assert.ok(s.pool <= 8192 + 16 * s.members, `a pool of ${s.pool} for ${s.members} members of groups`);
  }

  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const vocabulary = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}`);
  const fresh = (): PrintUnit => {
    const ws = Array.from({ length: 14 }, () => vocabulary[rand(vocabulary.length)]);
    return { kind: 'paragraph', range: { start: 0, end: 1 }, at: [0, 0, 0, 1], words: ws.length, hash: sequenceHash(ws), sig: signature(shingles(ws)), key: '000000000000' };
  };

  it('after 3,000 edits of fresh text (clients coming and going), it holds the blocks there are and their buckets, no more', () => {
    const note = (): NotePrints => ({ client: `c${rand(12)}`, severity: 'warning', options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 }, units: Array.from({ length: 1 + rand(4) }, fresh) });
    const prints: (NotePrints | undefined)[] = Array.from({ length: 50 }, note);
    const live = new LiveCopies(prints);
    let peak = prints.reduce((s, p) => s + (p?.units.length ?? 0), 0);
    for (let k = 0; k < 3000; k++) {
      const n = rand(prints.length);
      // Mostly whole notes rewritten; now and then one turned off, or one shared paragraph copied in.
      const r = rand(10);
      prints[n] = r === 0 ? undefined : r === 1 && prints[(n + 1) % prints.length] ? { ...note(), units: [prints[(n + 1) % prints.length]!.units[0]] } : note();
      live.update(n, prints[n]);
      peak = Math.max(peak, prints.reduce((s, p) => s + (p?.units.length ?? 0), 0));
    }
    assert.deepEqual(live.matches, findCopies(prints));
    assert.deepEqual(held(live), expected(prints));
    assertSized(live);
    // Freed slots and client numbers are used again.
    const s = live.indexStats();
    assert.ok(s.clientNumbers <= 12, `${s.clientNumbers} client numbers for 12 clients`);
    assert.ok(s.slots <= peak, `${s.slots} slots for at most ${peak} blocks at once`);
  });

  it('large groups growing and emptying (one paragraph in 600 notes, then in 20): the whole pass, and the memory follows', () => {
    const shared = Array.from({ length: 5 }, fresh);
    const note = (): NotePrints => ({
      client: `c${rand(4)}`,
      severity: 'warning',
      options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 },
      units: Array.from({ length: 1 + rand(3) }, () => (rand(4) ? shared[rand(shared.length)] : fresh())),
    });
    const prints: (NotePrints | undefined)[] = Array.from({ length: 40 }, note);
    const live = new LiveCopies(prints);
    // Notes join anywhere until there are 600, then all but 20 are turned off, some edited on the way.
    while (prints.length < 600) {
      const n = rand(prints.length + 1);
      prints.splice(n, 0, undefined);
      live.insert(n);
      prints[n] = note();
      live.update(n, prints[n]);
      if (prints.length % 100 === 0) {
        assert.deepEqual(live.matches, findCopies(prints));
        assert.deepEqual(held(live), expected(prints));
        assertSized(live);
      }
    }
    const big = live.indexStats();
    for (let k = 0; k < 580; k++) {
      const on = prints.flatMap((p, n) => (p ? [n] : []));
      const n = on[rand(on.length)];
      prints[n] = undefined;
      live.update(n, undefined);
      const e = on[rand(on.length)];
      if (k % 10 === 0 && prints[e]) live.update(e, (prints[e] = note()));
    }
    assert.deepEqual(live.matches, findCopies(prints));
    assert.deepEqual(held(live), expected(prints));
    assertSized(live);
    const small = live.indexStats();
    assert.ok(small.tableSize * 4 < big.tableSize && small.pool * 4 < big.pool, `${JSON.stringify(big)} then ${JSON.stringify(small)}`);
  });
});

describe('copied-text: LiveCopies built in units of work (the editor builds it so, in slices, after Lint Workspace)', () => {
  let seed = 11;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const vocabulary = Array.from({ length: 300 }, (_, i) => `v${i.toString(36)}`);
  const fresh = (): PrintUnit => {
    const ws = Array.from({ length: 14 }, () => vocabulary[rand(vocabulary.length)]);
    return { kind: 'paragraph', range: { start: 0, end: 1 }, at: [0, 0, 0, 1], words: ws.length, hash: sequenceHash(ws), sig: signature(shingles(ws)), key: '000000000000' };
  };
  /** Runs work a unit at a time; its result and how many units it took. */
  function byUnits<T>(work: Generator<void, T, void>): { value: T; units: number } {
    for (let units = 1; ; units++) {
      const r = work.next();
      if (r.done) return { value: r.value, units };
    }
  }

  it('the same matches and buckets as the constructor, over many units; edits after it agree with the whole pass', () => {
    // 2,000 notes: one client's standing paragraph in 1,500 of them (a bucket far past the window), standard wording
    // across clients, fresh text, notes off.
    const shared = fresh();
    const standard = fresh();
    const note = (n: number): NotePrints | undefined =>
      n % 50 === 7
        ? undefined
        : {
            client: n < 1500 ? 'a' : `c${rand(6)}`,
            severity: 'warning',
            options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 },
            units: [...(n < 1500 ? [shared] : []), ...(rand(3) ? [standard] : []), ...Array.from({ length: rand(4) }, fresh), ...(rand(20) ? [] : [{ ...shared, silenced: true as const }])],
          };
    const prints = Array.from({ length: 2000 }, (_, n) => note(n));
    const whole = new LiveCopies(prints);
    const { value: sliced, units } = byUnits(LiveCopies.building(prints));
    assert.deepEqual(sliced.matches, findCopies(prints));
    assert.deepEqual(sliced.matches, whole.matches);
    assert.deepEqual(sliced.indexStats(), whole.indexStats());
    // Many small units: the index takes 512 blocks a unit, the pass 8,192 steps (a block placed in a band's buckets is
    // one).
    const blocks = prints.reduce((s, p) => s + (p?.units.length ?? 0), 0);
    assert.ok(units > (blocks * BANDS) / 512 + (blocks * BANDS) / 8192, `${units} units for ${blocks} blocks`);
    for (let k = 0; k < 40; k++) {
      const n = rand(prints.length);
      prints[n] = rand(5) ? note(n) : undefined;
      assert.deepEqual(sliced.update(n, prints[n]), whole.update(n, prints[n]));
    }
    assert.deepEqual(sliced.matches, findCopies(prints));
  });

  it('two builds interleaved a unit at a time give what each gives alone', () => {
    const note = (c: string) => ({ client: c, severity: 'warning' as const, options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 3 }, units: [UNITS[rand(UNITS.length)], UNITS[rand(UNITS.length)]] });
    const a = Array.from({ length: 600 }, () => note(`a${rand(5)}`));
    const b = Array.from({ length: 400 }, () => note(`b${rand(2)}`));
    const wa = LiveCopies.building(a);
    const wb = LiveCopies.building(b);
    let ra = wa.next();
    let rb = wb.next();
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = wa.next();
      if (!rb.done) rb = wb.next();
    }
    assert.deepEqual(ra.value.matches, findCopies(a));
    assert.deepEqual(rb.value.matches, findCopies(b));
  });
});
