// copied-text at scale: the fingerprints (from the one parse a lint does, timed here with the parse alone) and the pass
// over the caseload, on corpora from bench/gen-corpus.cjs. Prints milliseconds per corpus; the pass should grow in
// step with the notes (linear), not with their square. No timed assertion anywhere: the machine is shared.
//
//   node bench/gen-corpus.cjs --n 10000 --seed 42 --out /tmp/c10000   (and 2500, 5000)
//   npx tsx scripts/bench-copied.ts /tmp/c2500 /tmp/c5000 /tmp/c10000
//   npx tsx scripts/bench-copied.ts --per-client 25 /tmp/c2500 /tmp/c5000 /tmp/c10000
//
// The generator writes 100 clients whatever --n, so a bigger corpus has more notes per client, and each block meets
// more of its client's blocks in its buckets until the pass's window (32) caps it. --per-client N splits each client's
// notes into clients of N notes (in date order), so that clients grow with the corpus as they do in an agency.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copiedTextFindings, LiveCopies, parseNote, type NotePrints } from '../src/core/index.js';
import { notePrints } from '../src/core/copied/prints.js';

function notesIn(dir: string): string[] {
  return (readdirSync(path.join(dir, 'notes'), { recursive: true }) as string[]).filter((p) => p.endsWith('.md')).sort();
}

const args = process.argv.slice(2);
const at = args.indexOf('--per-client');
const perClient = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;

/** The path the client is read from (its folder): the note's own, or one of N-note clients cut from its folder. */
function clientPaths(files: string[]): string[] {
  if (!perClient) return files;
  const seen = new Map<string, number>();
  return files.map((f) => {
    const folder = path.dirname(f);
    const i = seen.get(folder) ?? 0;
    seen.set(folder, i + 1);
    return path.join(`${folder}-${Math.floor(i / perClient)}`, path.basename(f));
  });
}

for (const dir of args) {
  const files = notesIn(dir);
  const shown = clientPaths(files);
  const texts = files.map((f) => readFileSync(path.join(dir, 'notes', f), 'utf8'));
  // The parse is the lint's; only notePrints is what copied-text adds to each note's lint. Each note's parse is
  // dropped once printed, as in the CLI.
  let ms = 0;
  const prints: NotePrints[] = texts.map((t, i) => {
    const note = parseNote(t);
    const t0 = performance.now();
    const p = notePrints(note, shown[i], 'warning', {});
    // The generated notes name their client in the front matter (client_id): split, the client is the cut folder.
    if (perClient) p.client = path.dirname(shown[i]);
    ms += performance.now() - t0;
    return p;
  });
  const t1 = performance.now();
  const findings = copiedTextFindings(shown.map((f, i) => ({ path: f, prints: prints[i] })));
  const t2 = performance.now();
  const units = prints.reduce((s, p) => s + p.units.length, 0);
  const reported = findings.reduce((s, l) => s + l.length, 0);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${files.length} notes, ${new Set(shown.map((f) => path.dirname(f))).size} clients, ${units} blocks: fingerprints ${ms.toFixed(0)} ms (${(ms / files.length).toFixed(3)} ms a note), ` +
      `pass ${(t2 - t1).toFixed(0)} ms, ${reported} copies reported, heap ${heap.toFixed(0)} MB`,
  );
  liveEdits(texts, shown, prints);
}

/** The editor after Lint Workspace (LiveCopies): building it over every note's prints, then the re-check after one
 *  note's edit (a paragraph of another note of its client pasted in, fingerprinted from its new parse) and after a
 *  note joins (created since). 21 edits on notes spread over the corpus; the fingerprint of the edited note is part of
 *  its lint, timed apart. */
function liveEdits(texts: string[], shown: string[], prints: NotePrints[]): void {
  const printOf = (i: number, text: string) => {
    const p = notePrints(parseNote(text), shown[i], 'warning', {});
    if (perClient) p.client = path.dirname(shown[i]);
    return p;
  };
  let t = performance.now();
  const live = new LiveCopies(prints);
  const build = performance.now() - t;
  const edits: number[] = [];
  const print: number[] = [];
  for (let k = 0; k < 21; k++) {
    const i = Math.floor(((k + 0.5) * texts.length) / 21);
    const j = shown.findIndex((f, n) => n !== i && path.dirname(f) === path.dirname(shown[i]));
    const pasted = texts[j].split('\n\n').filter((b) => b.split(' ').length > 12 && !b.startsWith('---'))[0] ?? '';
    t = performance.now();
    const p = printOf(i, `${texts[i]}\n\n${pasted}\n`);
    print.push(performance.now() - t);
    t = performance.now();
    live.update(i, p);
    edits.push(performance.now() - t);
  }
  const joins: number[] = [];
  for (let k = 0; k < 5; k++) {
    const i = Math.floor(((k + 0.5) * texts.length) / 5);
    const p = printOf(i, texts[i]);
    t = performance.now();
    live.insert(i);
    live.update(i, p);
    joins.push(performance.now() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(
    `  editor (LiveCopies): built in ${build.toFixed(0)} ms; after an edit ${med(edits).toFixed(0)} ms median (${Math.min(...edits).toFixed(0)}-${Math.max(...edits).toFixed(0)}, ` +
      `21 edits; the edited note's fingerprints ${med(print).toFixed(1)} ms); a note joining ${med(joins).toFixed(0)} ms median (${Math.min(...joins).toFixed(0)}-${Math.max(...joins).toFixed(0)})`,
  );
}
