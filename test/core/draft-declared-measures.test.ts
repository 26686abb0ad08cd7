// A config's own measures (`measures` in .clinote.json): gathered from notes as the standard ones are (a table over
// time, a chart), with an optional range and bands; a bad declaration is a config message at its place.
import assert from 'node:assert/strict';
import { builtinTemplates, draft, loadConfigFile, readNotes, clientFacts, type ConfigHost, type ConfigProblem, type ResolvedConfig } from '../../src/core/index.js';

const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });
const load = (measures: unknown) => loadConfigFile('/agency/.clinote.json', memHost({ '/agency/.clinote.json': JSON.stringify({ measures }, null, 2) }));
const configOf = (measures: unknown): ResolvedConfig => {
  const r = load(measures);
  assert.deepEqual(r.problems, []);
  return r.config;
};
const where = (ps: ConfigProblem[]) => ps.map((p) => `${p.line}:${p.column} ${p.message}`);

const K10 = { name: 'K10', aliases: ['Kessler 10'], min: 10, max: 50, source: 'Andrews & Slade 2001', bands: [
  { from: 10, to: 15, label: 'low' }, { from: 16, to: 21, label: 'moderate' }, { from: 22, to: 29, label: 'high' }, { from: 30, to: 50, label: 'very high' },
] };
const SLEEP = { name: 'Sleep quality' };

const note = (date: string, body: string) => `---
type: soap
date: ${date}
client: QR7
---
# SOAP note

## Subjective

${body}

## Plan

Next session in a week.
`;

/** The same measures written as clinicians write them, one way per note. */
const notes = [
  note('2026-01-05', 'K10: 32. Sleep quality: 3/10.'),
  note('2026-01-12', 'K10 score of 28; sleep quality was 4.'),
  note('2026-01-19', 'Kessler 10 total was 24. SLEEP QUALITY = 5'),
  note('2026-01-26', 'K-10 today: 20.\n\n| Measure | Score |\n|---|---|\n| Sleep quality | 6 |'),
  note('2026-02-02', '| Date | K10 |\n|---|---|\n| 2026-02-01 | 17 |\n\nk10: 99 and K10: 60 are no scores (not in capitals; out of range). Sleep qualityX: 9 is another word.'),
];

describe('draft: measures a config declares', () => {
  it('are read written several ways (name, alias, hyphen or not, any case unless an acronym, tables), in range, as a series over time', () => {
    const config = configOf([K10, SLEEP]);
    const sessions = readNotes(notes.map((text, i) => ({ path: `qr7/${i + 1}.md`, text, config })));
    const c = clientFacts('QR7', 'front matter', sessions);
    const series = (name: string) => c.measures.find((m) => m.measure === name)!;
    assert.deepEqual(series('K10').scores.map((s) => [s.date, s.value]), [
      ['2026-01-05', 32], ['2026-01-12', 28], ['2026-01-19', 24], ['2026-01-26', 20], ['2026-02-01', 17],
    ]);
    assert.deepEqual(series('Sleep quality').scores.map((s) => [s.date, s.value]), [
      ['2026-01-05', 3], ['2026-01-12', 4], ['2026-01-19', 5], ['2026-01-26', 6],
    ]);
    assert.equal(series('K10').change, -15);
    // Without the config, the notes hold no measure.
    const plain = clientFacts('QR7', 'front matter', readNotes(notes.map((text, i) => ({ path: `qr7/${i + 1}.md`, text }))));
    assert.deepEqual(plain.measures, []);
  });

  it('are in the draft\'s measures table, and charted with their bands (or, without a range, on the scores\' own axis)', () => {
    const config = configOf([K10, SLEEP]);
    const review = builtinTemplates().find((t) => t.name === 'discharge-summary')!;
    const r = draft(notes.map((text, i) => ({ path: `qr7/${i + 1}.md`, text, config })), review, { today: '2026-03-01', charts: 'report' });
    assert.ok(r.ok);
    assert.match(r.text, /\| K10 \| 2026-01-12 \| 28 \| qr7\/2\.md line 10 \|/);
    assert.match(r.text, /\| Sleep quality \| 2026-01-05 \| 3 \| qr7\/1\.md line 10 \|/);
    assert.match(r.text, /- K10: 32 to 17 \(-15\) over 5 scores\./);
    assert.deepEqual(r.charts.map((c) => c.file), ['report-k10.svg', 'report-sleep-quality.svg']);
    assert.match(r.text, /!\[K10 over time\]\(report-k10\.svg\)/);
    assert.match(r.text, /!\[Sleep quality over time\]\(report-sleep-quality\.svg\)/);
    const k10 = r.charts[0].svg;
    assert.match(k10, /<title id="chart-k10-title">K10 over time<\/title>/);
    assert.match(k10, /Shaded bands: 10-15 low; 16-21 moderate; 22-29 high; 30-50 very high \(Andrews &amp; Slade 2001\)\./);
    assert.match(k10, /5 scores, 2026-01-05 to 2026-02-01; range 10-50, bands shaded/);
    // Four bands, shaded lightest to darkest in their order (no level given).
    assert.deepEqual([...k10.matchAll(/<rect x="0" y="[\d.]+" width="\d+" height="[\d.]+" fill="(#\w+)"/g)].map((m) => m[1]), ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b']);
    const sleep = r.charts[1].svg;
    assert.match(sleep, /4 scores, 2026-01-05 to 2026-01-26<\/text>/);
    assert.doesNotMatch(sleep, /Shaded bands|range \d/);
  });

  it('a higher-is-better measure shades by the levels given; bands alone give the range', () => {
    const config = configOf([{ name: 'WEMWBS', bands: [{ from: 14, to: 40, label: 'low wellbeing', level: 3 }, { from: 41, to: 44, label: 'below average', level: 1 }, { from: 45, to: 70, label: 'average or above', level: 0 }] }]);
    const text = note('2026-01-05', 'WEMWBS: 38 and WEMWBS: 12 (below its range).').replace('SOAP note', 'SOAP note one') + '';
    const r = draft([{ path: 'a.md', text, config }, { path: 'b.md', text: note('2026-02-05', 'WEMWBS: 47'), config }], builtinTemplates().find((t) => t.name === 'discharge-summary')!, { today: '2026-03-01', charts: 'r' });
    assert.ok(r.ok);
    assert.match(r.text, /- WEMWBS: 38 to 47 \(\+9\) over 2 scores\./);
    assert.match(r.charts[0].svg, /range 14-70, bands shaded/);
    assert.deepEqual([...r.charts[0].svg.matchAll(/<rect x="0" y="[\d.]+" width="\d+" height="[\d.]+" fill="(#\w+)"/g)].map((m) => m[1]), ['#fdae6b', '#fee6ce', '#fff5eb']);
  });

  it('a bad declaration is a message at its place, and only that measure is left out', () => {
    const bad = [
      { name: 'PHQ9' },
      { name: 'K10', min: 10 },
      { name: 'DASS stress', min: 0, max: 42, bands: [{ from: 0, to: 14, label: 'normal' }, { from: 19, to: 42, label: 'raised' }] },
      { name: 'CORE-10', min: 0, max: 40, bands: [{ from: 0, to: 10, label: 'low' }, { from: 8, to: 40, label: 'raised' }] },
      { name: 'SDQ', min: 0, max: 40, bands: [{ from: 0, to: 13, label: 'close to average' }, { from: 14, to: 30, label: 'high' }] },
      { name: '12' },
      { name: 'Mood', min: 0, max: 10 },
      { name: 'mood' },
      { name: 'ORS-Y', range: [0, 40] },
      { name: 'Energy', bands: [{ from: 0, to: 10, label: 'any', level: 7 }] },
      { name: 'Sleep quality' },
    ];
    const r = load(bad);
    assert.deepEqual(where(r.problems), [
      '4:15 "PHQ9" is the standard measure PHQ-9, which Clinote reads without a declaration; remove it',
      '8:14 measures[1] gives min but not max: give both ends of the range, or neither',
      '21:19 measures[2].bands[1] starts at 19, but bands[0] ends at 14: the bands leave the scores between out; start it at 15',
      '38:19 measures[3].bands[1] starts at 8, inside bands[0] (0-10): list the bands from the lowest scores up, without overlap',
      '56:17 measures[4].bands[1] ends at 30, the range at 40: the bands cover the whole range, from min to max',
      `62:15 "12" has no letter: a measure's name is words, such as K10 or Sleep quality`,
      '70:15 "mood" is declared already, by measures[6]',
      '74:7 "range" is not a setting of measures[8]; use name, aliases, min, max, bands or source',
      '86:20 measures[9].bands[0].level must be at most 4, not 7',
    ]);
    assert.deepEqual(r.config.measures?.map((m) => m.name), ['Mood', 'Sleep quality']);
  });

  it('a nearer config\'s declaration of a name replaces the one it extends', () => {
    const host = memHost({
      '/agency/base.json': JSON.stringify({ measures: [{ name: 'K10', min: 10, max: 50 }, { name: 'Sleep quality' }] }),
      '/agency/.clinote.json': JSON.stringify({ extends: './base.json', measures: [{ name: 'k-10', min: 0, max: 60 }] }),
    });
    const r = loadConfigFile('/agency/.clinote.json', host);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.measures, [{ name: 'k-10', min: 0, max: 60 }, { name: 'Sleep quality' }]);
  });
});
