// copied-text: MinHash over word shingles, LSH, and the pass over a caseload. The labelled set in
// test/fixtures/copied-text (README.md there says what each note holds) measures precision and recall.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dismissalKey, emptyConfig, lint, lintCaseload, loadConfigFile, matchDismissals, textHash, type CaseloadInput, type LintResult, type ResolvedConfig } from '../../src/core/index.js';
import { shingles, signature, similarity, words, K } from '../../src/core/copied/minhash.js';
import { findCopies } from '../../src/core/copied/pass.js';
import { packPrints } from '../../src/core/copied/prints.js';
import { LiveCopies } from '../../src/core/copied/live.js';
import fc from 'fast-check';
import { MESSAGE_MAX } from '../../src/core/rules/message.js';

const root = fileURLToPath(new URL('../fixtures/copied-text/', import.meta.url));
const paths = (readdirSync(root, { recursive: true }) as string[])
  .map((p) => p.replace(/\\/g, '/'))
  .filter((p) => p.endsWith('.md') && p !== 'README.md')
  .sort();
const fixtures: CaseloadInput[] = paths.map((p) => ({ path: p, text: readFileSync(root + p, 'utf8') }));
const labels: { copies: { note: string; starts: string }[] } = JSON.parse(readFileSync(root + 'labels.json', 'utf8'));

/** "note:line" of each copied-text finding. */
function reported(results: LintResult[], notes: readonly CaseloadInput[] = fixtures): string[] {
  return results.flatMap((r, i) => r.findings.filter((f) => f.ruleId === 'copied-text').map((f) => `${notes[i].path}:${r.note.lines.position(f.range.start).line + 1}`));
}

/** The line (1-based) of the first line of a note that holds `text`. */
function lineOf(note: string, text: string): number {
  const lines = fixtures.find((f) => f.path === note)!.text.split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${note} has no line with "${text}"`);
  return i + 1;
}

const withOptions = (options: Record<string, unknown>, severity?: 'off'): ResolvedConfig => {
  const c = emptyConfig();
  return { ...c, rules: { ...c.rules, 'copied-text': { ...(severity ? { severity } : {}), options } } };
};

describe('copied-text: MinHash', () => {
  it('a signature has K numbers of 16 bits, the same on every run (fixed seeds)', () => {
    const sig = signature(shingles(words('Client reported that panic attacks dropped from five to three this week.')));
    assert.equal(sig.length, K);
    assert.ok(sig.every((x) => Number.isInteger(x) && x >= 0 && x < 65536));
    // Pinned: a change of seeds or hashing would silently change which blocks are copies.
    assert.deepEqual(sig.slice(0, 6), [24056, 62993, 6360, 21814, 52548, 60630]);
  });

  it('estimates Jaccard similarity: 1 for the same words, near the true overlap for a changed word, low for other words', () => {
    const a = 'Client attended a 50-minute telehealth session from home and reported that panic attacks dropped from five to three this week after practising paced breathing.';
    const b = a.replace('five to three', 'three to two');
    const c = 'Session held in the office; client stood on the platform for ten minutes twice this week and rode one stop with her sister.';
    const sa = shingles(words(a));
    const sb = shingles(words(b));
    const truth = [...sa].filter((x) => sb.has(x)).length / new Set([...sa, ...sb]).size;
    const est = similarity(signature(sa), signature(sb));
    assert.equal(similarity(signature(sa), signature(shingles(words(a.toUpperCase())))), 1);
    assert.ok(Math.abs(est - truth) < 0.15, `estimate ${est}, true ${truth.toFixed(2)}`);
    assert.ok(similarity(signature(sa), signature(shingles(words(c)))) < 0.2);
  });
});

describe('copied-text: the labelled set of clones and near-misses', () => {
  it(`finds the copies with precision and recall of at least 0.9 (${labels.copies.length} labelled copies in ${fixtures.length} notes)`, () => {
    const expected = new Set(labels.copies.map((c) => `${c.note}:${lineOf(c.note, c.starts)}`));
    assert.equal(expected.size, labels.copies.length);
    const found = new Set(reported(lintCaseload(fixtures)));
    const hits = [...found].filter((k) => expected.has(k)).length;
    const precision = found.size ? hits / found.size : 0;
    const recall = hits / expected.size;
    console.log(`      copied-text on the labelled set: precision ${precision.toFixed(2)} (${hits}/${found.size}), recall ${recall.toFixed(2)} (${hits}/${expected.size})`);
    assert.ok(precision >= 0.9, `precision ${precision}; false: ${[...found].filter((k) => !expected.has(k)).join(', ')}`);
    assert.ok(recall >= 0.9, `recall ${recall}; missed: ${[...expected].filter((k) => !found.has(k)).join(', ')}`);
  });

  it('names the other note and its line, says how alike, and fits one Problems row', () => {
    const results = lintCaseload(fixtures);
    const of = (note: string) => results[paths.indexOf(note)].findings.filter((f) => f.ruleId === 'copied-text');
    const exact = of('client-a/2026-03-11.md').find((f) => f.message.startsWith("This paragraph repeats 2026-03-04.md (line 15) word for word"));
    assert.ok(exact, of('client-a/2026-03-11.md').map((f) => f.message).join('\n'));
    assert.equal(exact.severity, 'warning');
    assert.deepEqual(exact.related?.map((r) => [r.path, r.at.start.line + 1]), [['client-a/2026-03-04.md', 15]]);
    const changed = of('client-b/2026-04-09.md').find((f) => f.message.includes('(line 17)'))!;
    assert.match(changed.message, /^This paragraph repeats 2026-04-02\.md \(line 17\) with changes \(\d\d% alike\)/);
    // In another folder (one client by front matter): the path, not the file name alone.
    assert.ok(of('progress-records/2026-07-08.md').some((f) => f.message.startsWith('This paragraph repeats intake-records/2026-07-01.md (line 10) word for word')));
    assert.ok(of('client-c/2026-05-13.md').some((f) => f.message.startsWith('These lines repeat 2026-05-06.md (line 15) word for word')));
    for (const r of results) for (const f of r.findings) assert.ok(f.message.length <= MESSAGE_MAX, f.message);
  });

  it('standard wording is not a copy because many clients carry it; with a higher boilerplateClients it is', () => {
    const consent = (r: string[]) => r.filter((k) => /client-a\/2026-03-(04|11|18)\.md:11$/.test(k));
    assert.deepEqual(consent(reported(lintCaseload(fixtures))), []);
    // Four clients' notes carry it: asked for five, it is a copy within client-a (three notes) and client-f.
    const raised = reported(lintCaseload(fixtures, { config: withOptions({ boilerplateClients: 5 }) }));
    assert.equal(consent(raised).length, 3, raised.join('\n'));
  });

  it("another client's note with the same paragraph is not a copy; in one client's folder it is", () => {
    const d = fixtures.find((f) => f.path === 'client-d/2026-06-01.md')!;
    const e = fixtures.find((f) => f.path === 'client-e/2026-06-03.md')!;
    assert.deepEqual(reported(lintCaseload([d, e]), [d, e]), []);
    const together = [d, { ...e, path: 'client-d/2026-06-03.md' }];
    const found = reported(lintCaseload(together), together);
    // The psychoeducation paragraph (and the confidentiality statement, now one client's) on both notes.
    assert.deepEqual(found, ['client-d/2026-06-01.md:11', 'client-d/2026-06-01.md:13', 'client-d/2026-06-03.md:11', 'client-d/2026-06-03.md:13']);
    // Front matter `client:` names the client whatever the folder.
    const byId = [d, e].map((n, i) => ({ path: `folder-${i}/x.md`, text: n.text.replace('---\n', '---\nclient: 7\n') }));
    assert.equal(reported(lintCaseload(byId), byId).length, 4);
  });

  it('is deterministic, and which blocks are copies does not depend on the order of the notes', () => {
    const a = JSON.stringify(lintCaseload(fixtures).map((r) => r.findings.filter((f) => f.ruleId === 'copied-text')));
    const b = JSON.stringify(lintCaseload(fixtures).map((r) => r.findings.filter((f) => f.ruleId === 'copied-text')));
    assert.equal(a, b);
    const reversed = [...fixtures].reverse();
    assert.deepEqual(reported(lintCaseload(reversed), reversed).sort(), reported(lintCaseload(fixtures)).sort());
  });
});

describe('copied-text: in a note and in the config', () => {
  const note = fixtures.find((f) => f.path === 'client-a/2026-03-04.md')!;
  const copy = fixtures.find((f) => f.path === 'client-a/2026-03-11.md')!;

  it('a lint of one note reports nothing and gives no fingerprints unless asked', () => {
    const r = lint(note.text, { path: note.path });
    assert.equal(r.prints, undefined);
    assert.ok(!r.rules.includes('copied-text'));
    assert.ok(lint(note.text, { path: note.path, fingerprints: true }).rules.includes('copied-text'));
  });

  it('fingerprints are numbers: the only strings in them are a block kind, a level, a hash of the client and of each block (for dismissals)', () => {
    const prints = lint(note.text, { path: note.path, fingerprints: true }).prints!;
    assert.ok(prints.units.length >= 3);
    const strings: string[] = [];
    JSON.stringify(prints, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
    assert.ok(strings.length > 0);
    for (const s of strings) assert.match(s, /^(paragraph|item|lines|error|warning|info|[0-9a-f]{12})$/);
  });

  it('"off" in the config turns it off; a level sets its severity', () => {
    assert.deepEqual(reported(lintCaseload([note, copy], { config: withOptions({}, 'off') }), [note, copy]), []);
    const c = emptyConfig();
    const r = lintCaseload([note, copy], { config: { ...c, rules: { 'copied-text': { severity: 'error' } } } });
    assert.ok(r[0].findings.some((f) => f.ruleId === 'copied-text' && f.severity === 'error'));
  });

  it('minSimilarity and minWords are options', () => {
    // Two notes of one client: the confidentiality statement is a copy too (no other client's notes carry it here).
    const all = reported(lintCaseload([note, copy], { config: withOptions({}) }), [note, copy]);
    assert.equal(all.length, 8);
    // The paragraph with a number changed is less alike than 0.9.
    assert.equal(reported(lintCaseload([note, copy], { config: withOptions({ minSimilarity: 0.9 }) }), [note, copy]).length, 6);
    // Blocks under 30 words: the assessment alone stands on its own; the two shorter paragraphs of the Data section are
    // read as one run (a copy, as the statement is), and the plan alone in its section is too short.
    const long = lintCaseload([note, copy], { config: withOptions({ minWords: 30 }) });
    assert.deepEqual(reported(long, [note, copy]), ['client-a/2026-03-04.md:9', 'client-a/2026-03-04.md:15', 'client-a/2026-03-11.md:9', 'client-a/2026-03-11.md:15']);
    assert.match(long[0].findings.find((f) => f.ruleId === 'copied-text')!.message, /^These lines repeat/);
  });

  it('a clinote-disable comment silences its block on that note only', () => {
    const silenced = { ...copy, text: copy.text.replace("Client's anxiety remains", "<!-- clinote-disable-next-line copied-text -->\nClient's anxiety remains") };
    const r = lintCaseload([note, silenced]);
    const texts = (i: number) => r[i].findings.filter((f) => f.ruleId === 'copied-text').map((f) => f.message);
    assert.equal(texts(0).length, 4);
    assert.equal(texts(1).length, 3);
  });
});

describe('copied-text: options in the config file', () => {
  const load = (rule: unknown) => {
    const text = JSON.stringify({ rules: { 'copied-text': rule } }, null, 2);
    return loadConfigFile('/p/.clinote.json', { readFile: (p) => (p === '/p/.clinote.json' ? text : undefined) });
  };
  const said = (rule: unknown) => load(rule).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

  it('accepts the documented options, and says what is wrong with a bad one, where it is', () => {
    assert.deepEqual(said({ severity: 'error', options: { minWords: 20, minSimilarity: 0.9, boilerplateClients: 10 } }), []);
    assert.deepEqual(said({ options: { minSimilarity: 2 } }), ['5:26 rules.copied-text.options.minSimilarity must be at most 1, not 2']);
    assert.deepEqual(said({ options: { minSimilarity: 0.1 } }), ['5:26 rules.copied-text.options.minSimilarity must be at least 0.3, not 0.1']);
    assert.deepEqual(said({ options: { minWords: 2 } }), ['5:21 rules.copied-text.options.minWords must be at least 3, not 2']);
    assert.deepEqual(said({ options: { minWords: 12.5 } }), ['5:21 rules.copied-text.options.minWords must be a whole number, not a decimal number']);
    assert.deepEqual(said({ options: { boilerplateClients: 'four' } }), ['5:31 rules.copied-text.options.boilerplateClients must be a whole number, not text']);
    assert.deepEqual(said({ options: { minSimilarty: 0.8 } }), ['5:9 "minSimilarty" is not a setting of rules.copied-text.options; did you mean "minSimilarity"?']);
    assert.deepEqual(said('loud'), ['3:20 "loud" is not a level; use off, info, warning or error']);
  });

  it('a bad option is dropped, and the rule keeps its level and its other options', () => {
    const r = load({ severity: 'error', options: { minSimilarity: 5, minWords: 30 } });
    assert.equal(r.problems.length, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(r.config.rules['copied-text'])), { severity: 'error', options: { minWords: 30 } });
    const notes = fixtures.filter((f) => f.path.startsWith('client-a/') && f.path !== 'client-a/2026-03-18.md');
    const found = lintCaseload(notes, { config: r.config }).flatMap((x) => x.findings.filter((f) => f.ruleId === 'copied-text'));
    // minWords 30 as in the test above (four copies), at the level asked for.
    assert.equal(found.length, 4);
    assert.ok(found.every((f) => f.severity === 'error'));
  });

  it('the schema is what types.<type>.rules say too', () => {
    const text = JSON.stringify({ types: { dap: { rules: { 'copied-text': { options: { minWords: 1 } } } } } });
    const r = loadConfigFile('/p/.clinote.json', { readFile: () => text });
    assert.deepEqual(r.problems.map((p) => p.message), ['types.dap.rules.copied-text.options.minWords must be at least 3, not 1']);
  });
});

describe('copied-text: dismissals', () => {
  it("a copy's dismissal key is its block's words and lines, the same whether taken from the text or carried in its prints", () => {
    const pair = fixtures.filter((f) => f.path === 'client-a/2026-03-04.md' || f.path === 'client-a/2026-03-11.md');
    const [, second] = lintCaseload(pair);
    const f = second.findings.find((x) => x.ruleId === 'copied-text')!;
    assert.equal(dismissalKey(f, pair[1].text).text, textHash(pair[1].text, f.range));
    // Matched without the text (the CLI's main thread, the editor's workspace lint): the carried key is enough.
    const entry = { note: pair[1].path, ...dismissalKey(f, pair[1].text) };
    const { kept, dismissed } = matchDismissals(second.findings.filter((x) => x.ruleId === 'copied-text'), '', [entry]);
    assert.deepEqual(dismissed.map((d) => d.finding), [f]);
    assert.ok(!kept.includes(f) && kept.length > 0);
  });
});

describe('copied-text: the pass', () => {
  it('compares a block with at most a window of others in a bucket: 400 copies of one paragraph in one client', () => {
    const sig = signature(shingles(words('Client attended a 50-minute telehealth session from home and practised paced breathing each morning.')));
    const unit = { kind: 'paragraph' as const, range: { start: 0, end: 1 }, at: [0, 0, 0, 1] as [number, number, number, number], words: 16, hash: 1, sig, key: "000000000000" };
    const notes = Array.from({ length: 400 }, () => ({ client: 'c', severity: 'warning' as const, options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 }, units: [unit] }));
    const out = findCopies(notes);
    assert.ok(out.every((list) => list.length === 1 && list[0].verbatim));
    // The first note's copy is found in the notes after it, the last note's in the 32 before it.
    assert.equal(out[399][0].notes, 32);
  });
});

describe('copied-text: kept current as one note changes (LiveCopies)', () => {
  const printsOf = (path: string, text: string) => lint(text, { path, fingerprints: true }).prints;
  const start = () => fixtures.map((f) => printsOf(f.path, f.text));
  const paragraphs = fixtures.flatMap((f) => f.text.split('\n\n').filter((p) => p.split(' ').length > 12 && !p.startsWith('---')));

  it('an edit gives the matches a whole pass over the caseload would, and names the notes whose matches changed', () => {
    const live = new LiveCopies(start());
    const i = paths.indexOf('client-a/2026-03-11.md');
    const j = paths.indexOf('client-a/2026-03-04.md');
    // The copied assessment rewritten: neither note reports it any more.
    const text = fixtures[i].text.replace(/Client's anxiety remains[^\n]*/, 'Exposure to the platform went well: she stayed ten minutes, her rating fell from 70 to 30, and she wants to try one stop next week with her sister.');
    const changed = live.update(i, printsOf(fixtures[i].path, text));
    const all = fixtures.map((f, n) => (n === i ? printsOf(f.path, text) : printsOf(f.path, f.text)));
    assert.deepEqual(live.matches, findCopies(all));
    assert.ok(changed.includes(i) && changed.includes(j), String(changed));
  });

  it('agrees with the whole pass where the window applies: 100 notes of one client carry one paragraph', () => {
    const unit = (text: string) => {
      const ws = words(text);
      return { kind: 'paragraph' as const, range: { start: 0, end: 1 }, at: [0, 0, 0, 1] as [number, number, number, number], words: ws.length, hash: ws.length, sig: signature(shingles(ws)), key: '000000000000' };
    };
    const note = (text: string) => ({ client: 'c', severity: 'warning' as const, options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 }, units: [unit(text)] });
    const same = 'Client attended a 50-minute telehealth session from home and practised paced breathing each morning.';
    const prints = Array.from({ length: 100 }, () => note(same));
    const live = new LiveCopies(prints);
    for (const [n, text] of [[50, 'Session held in the office; client stood on the platform for ten minutes twice this week.'], [0, same.replace('home', 'work')], [50, same]] as const) {
      prints[n] = note(text);
      live.update(n, prints[n]);
      assert.deepEqual(live.matches, findCopies(prints));
    }
  });

  it('a note that joins after the pass (any note, at its place in the order) gives the matches a whole pass would', () => {
    for (let i = 0; i < fixtures.length; i++) {
      const all = start();
      const live = new LiveCopies(all.filter((_, n) => n !== i));
      live.insert(i);
      const changed = live.update(i, all[i]);
      assert.deepEqual(live.matches, findCopies(all), fixtures[i].path);
      assert.ok(changed.includes(i));
    }
  });

  it('a note that joins in the middle of a client whose notes all carry one paragraph: the window as the whole pass', () => {
    const same = 'Client attended a 50-minute telehealth session from home and practised paced breathing each morning.';
    const ws = words(same);
    const unit = { kind: 'paragraph' as const, range: { start: 0, end: 1 }, at: [0, 0, 0, 1] as [number, number, number, number], words: ws.length, hash: 7, sig: signature(shingles(ws)), key: '000000000000' };
    const note = () => ({ client: 'c', severity: 'warning' as const, options: { minWords: 12, minSimilarity: 0.6, boilerplateClients: 4 }, units: [unit] });
    const prints = Array.from({ length: 80 }, note);
    const live = new LiveCopies(prints.slice(1, 80).filter((_, n) => n !== 39));
    live.insert(39);
    live.update(39, prints[40]);
    live.insert(0);
    live.update(0, prints[0]);
    assert.deepEqual(live.matches, findCopies(prints));
  });

  it('packed prints (one typed array per note, as the CLI keeps them) give the same matches', () => {
    const all = start();
    assert.deepEqual(findCopies(all.map((p) => p && packPrints(p))), findCopies(all));
  });

  it('any sequence of edits (a paragraph pasted from any note, one removed, the rule turned off, a new note joining anywhere) agrees with the whole pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ note: fc.nat(1000), op: fc.constantFrom('paste', 'cut', 'off', 'restore', 'join'), pick: fc.nat(1000) }), { minLength: 1, maxLength: 6 }),
        (edits) => {
          const notes = fixtures.map((f) => ({ ...f, original: f.text }));
          const prints = start();
          const live = new LiveCopies(prints);
          for (const e of edits) {
            let n = e.note % notes.length;
            if (e.op === 'join') {
              // A new note in the folder of the note it joins before (or the last one's): two paragraphs of any notes.
              n = e.note % (notes.length + 1);
              const folder = notes[Math.min(n, notes.length - 1)].path.replace(/[^/]*$/, '');
              const text = `# Session\n\n${paragraphs[e.pick % paragraphs.length]}\n\n${paragraphs[(e.pick * 7) % paragraphs.length]}\n`;
              notes.splice(n, 0, { path: `${folder}new-${n}.md`, text, original: text });
              prints.splice(n, 0, undefined);
              live.insert(n);
            }
            const note = notes[n];
            if (e.op === 'paste') note.text += `\n\n${paragraphs[e.pick % paragraphs.length]}\n`;
            if (e.op === 'cut') note.text = note.text.split('\n\n').filter((_, k, all) => k !== e.pick % all.length).join('\n\n');
            if (e.op === 'restore') note.text = note.original;
            prints[n] = e.op === 'off' ? undefined : printsOf(note.path, note.text);
            live.update(n, prints[n]);
            assert.deepEqual(live.matches, findCopies(prints));
          }
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
});
