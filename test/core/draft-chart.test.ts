// Drafting, the charts: each measure's scores over time as SVG. A golden file for the fixture client's PHQ-9, and what a
// reader (or a screen reader) would see for one score, fifty, a gap, undated scores, a score outside the range, a
// measure Clinote has no bands for, and a name that needs escaping. The bands themselves are checked as data.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bandEdges, bandOf, builtinTemplates, draft, measureChart, measureDef, MEASURES, type ChartScore } from '../../src/core/index.js';
import { caseload } from '../support/draft.js';

const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/draft/golden');
const PHQ = measureDef('PHQ-9')!;

/** Weekly scores from a start date. */
function weekly(scores: number[], start = '2026-01-05'): ChartScore[] {
  const t = Date.parse(start);
  return scores.map((score, i) => ({ score, date: new Date(t + i * 7 * 86_400_000).toISOString().slice(0, 10) }));
}

const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;
const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';

/** Every tag closed in order, every attribute quoted, no bare `&` or `<` in text: what an XML parser would ask. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes what was opened`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.deepEqual(stack, []);
  const text = svg.replace(/<[^>]*>/g, '');
  assert.doesNotMatch(text, /&(?!(?:amp|lt|gt|quot|#39);)|</, 'text is escaped');
}

/** Every number in coordinates stays inside the 640 x 300 picture. */
function assertInside(svg: string): void {
  for (const m of svg.matchAll(/\b(?:cx|cy|x|y|x1|x2|y1|y2)="(-?[\d.]+)"/g)) {
    const v = Number(m[1]);
    assert.ok(v >= -60 && v <= 640, `coordinate ${v} inside`);
  }
  for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)) {
    // Points are drawn in the plot (translated by the left and top margins).
    assert.ok(+m[1] >= 0 && +m[1] <= 400 && +m[2] >= 0 && +m[2] <= 198, `point ${m[1]},${m[2]} inside the plot`);
  }
}

describe('draft: charts', () => {
  it('the discharge summary links one chart per measure, written as its golden file (PHQ-9)', () => {
    const t = builtinTemplates().find((x) => x.name === 'discharge-summary')!;
    const r = draft(caseload(), t, { client: 'AB12', today: '2026-04-01', charts: 'report' });
    assert.ok(r.ok);
    assert.deepEqual(r.charts.map((c) => c.file), ['report-phq-9.svg', 'report-gad-7.svg']);
    assert.match(r.text, /^!\[PHQ-9 over time\]\(report-phq-9\.svg\)$/m);
    assert.match(r.text, /^!\[GAD-7 over time\]\(report-gad-7\.svg\)$/m);
    // The table stays: the chart is beside the facts, not instead of them.
    assert.match(r.text, /\| PHQ-9 \| 2026-01-05 \| 18 \| ab12\/2026-01-05\.md line 11 \|/);
    const svg = r.charts[0].svg;
    const file = path.join(GOLDEN, 'discharge-summary-phq-9.svg');
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, svg);
    assert.ok(existsSync(file), `no golden file ${path.relative(process.cwd(), file)} (UPDATE_GOLDEN=1 writes it; look at it before committing)`);
    assert.equal(svg, readFileSync(file, 'utf8'), 'differs from its golden file (UPDATE_GOLDEN=1 rewrites it)');
    // Without charts asked for, the draft has no image link (a draft printed to stdout has nowhere to put them).
    const plain = draft(caseload(), t, { client: 'AB12', today: '2026-04-01' });
    assert.ok(plain.ok);
    assert.deepEqual(plain.charts, []);
    assert.doesNotMatch(plain.text, /!\[/);
  });

  it('every built-in template links the charts it is given, a caseload by client number (never the id)', () => {
    for (const t of builtinTemplates()) {
      const r = draft(caseload(), t, { client: t.scope === 'caseload' ? undefined : 'AB12', today: '2026-04-01', charts: 'out' });
      assert.ok(r.ok);
      assert.ok(r.charts.length >= 1, t.name);
      for (const c of r.charts) assert.ok(r.text.includes(`](${c.file})`), `${t.name} links ${c.file}`);
      if (t.scope === 'caseload') assert.deepEqual(r.charts.map((c) => c.file), ['out-1-phq-9.svg', 'out-1-gad-7.svg', 'out-2-gad-7.svg']);
    }
  });

  it('has a title and a description that says every score, with an accessible name', () => {
    const svg = measureChart('PHQ-9', weekly([18, 14, 9]), PHQ)!;
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="chart-phq-9-title chart-phq-9-desc"/);
    assert.match(svg, /<title id="chart-phq-9-title">PHQ-9 over time<\/title>/);
    assert.equal(desc(svg), 'PHQ-9 scores over time: 3 dated scores. 18 (2026-01-05), 14 (2026-01-12), 9 (2026-01-19). Shaded bands: 0-4 minimal; 5-9 mild; 10-14 moderate; 15-19 moderately severe; 20-27 severe (Kroenke, Spitzer &amp; Williams 2001).');
    // Axis titles, and each band's label.
    assert.match(svg, />PHQ-9 score</);
    assert.match(svg, />Date of service</);
    for (const b of PHQ.bands) assert.ok(svg.includes(`>${b.from}-${b.to} ${b.label}<`), b.label);
    assertWellFormed(svg);
    assertInside(svg);
  });

  it('is the same bytes for the same scores (no clock, no locale)', () => {
    const a = measureChart('GAD-7', weekly([12, 10, 6, 5]), measureDef('GAD-7'));
    assert.equal(measureChart('GAD-7', weekly([12, 10, 6, 5]), measureDef('GAD-7')), a);
  });

  it('one score: a dot, no line, a month either side', () => {
    const svg = measureChart('PCL-5', [{ score: 40, date: '2026-02-01' }], measureDef('PCL-5'))!;
    assert.equal(count(svg, /<circle /g), 1);
    assert.equal(count(svg, /<path d="M[^"]*L/g), 0);
    assert.match(svg, />1 score on 2026-02-01; range 0-80, bands shaded</);
    assert.match(svg, />31-33 cut-off range</);
    assertWellFormed(svg);
    assertInside(svg);
  });

  it('fifty weekly scores: fifty dots, one line, a readable number of dated ticks', () => {
    const scores = weekly(Array.from({ length: 50 }, (_, i) => 25 - Math.floor(i / 3)));
    const svg = measureChart('PHQ-9', scores, PHQ)!;
    assert.equal(count(svg, /<circle /g), 50);
    assert.equal(count(svg, /stroke-dasharray/g), 0);
    const ticks = count(svg, /y2="203"/g);
    assert.ok(ticks >= 3 && ticks <= 8, `${ticks} ticks`);
    // Past twelve scores the description sums up instead of reading fifty numbers.
    assert.match(desc(svg), /50 dated scores\. First 25 \(2026-01-05\), lowest 9 \(2026-12-07\), highest 25 \(2026-01-05\), latest 9 \(2026-12-14\)\./);
    assertWellFormed(svg);
    assertInside(svg);
  });

  it('a long pause between scores is dashed and said; an undated score is listed, not drawn', () => {
    const scores: ChartScore[] = [...weekly([20, 18, 17]), { score: 11, date: '2026-05-04' }, { score: 10, date: '2026-05-11' }, { score: 12, date: null }];
    const svg = measureChart('PHQ-9', scores, PHQ)!;
    assert.equal(count(svg, /stroke-dasharray="4 4"/g), 1);
    assert.equal(count(svg, /<circle /g), 5);
    assert.match(desc(svg), /No score between 2026-01-19 and 2026-05-04 \(105 days; dashed\)\. 1 undated score is in the table, not drawn\.$/);
    assert.match(svg, /; 1 undated not drawn</);
    // Nothing dated, nothing to draw over time: no chart (the table still has the scores).
    assert.equal(measureChart('PHQ-9', [{ score: 12, date: null }], PHQ), undefined);
  });

  it('a score outside the range is drawn at the edge as a triangle and said', () => {
    const svg = measureChart('PHQ-9', [...weekly([26]), { score: 31, date: '2026-01-12' }, { score: -2, date: '2026-01-19' }], PHQ)!;
    assert.equal(count(svg, /<circle /g), 1);
    assert.equal(count(svg, /<path d="M[\d.]+,[\d.-]+l-5,(?:8|-8)h10z"/g), 2);
    assert.match(desc(svg), /2 scores are outside the range 0-27, drawn at its edge\./);
    assertInside(svg);
  });

  it('a measure without bands (as a config may declare) takes its range from the scores, shades nothing, escapes its name', () => {
    const svg = measureChart('Sleep <hours> & "naps"', weekly([4, 6.5, 7]), undefined)!;
    assert.doesNotMatch(svg, /<rect x="0" y="[\d.]+" width="400"/);
    assert.match(svg, /<title id="chart-sleep-hours-naps-title">Sleep &lt;hours&gt; &amp; &quot;naps&quot; over time<\/title>/);
    assert.doesNotMatch(svg, /<hours>/);
    assertWellFormed(svg);
    assertInside(svg);
  });

  it('a shared draft counts weeks, and writes no date', () => {
    const svg = measureChart('GAD-7', weekly([14, 12, 7]), measureDef('GAD-7'), { relative: true })!;
    assert.doesNotMatch(svg.replace('http://www.w3.org/2000/svg', ''), /\d{4}-\d\d-\d\d|\b202\d\b|\b(?:Jan|Feb|Mar)\b/);
    assert.match(svg, />Weeks since the first score</);
    assert.match(desc(svg), /14 \(week 0\), 12 \(week 1\), 7 \(week 2\)/);
  });

  it('the bands, as data: each measure covered from its minimum to its maximum, in order, the shading rising with concern', () => {
    for (const m of MEASURES) {
      assert.equal(m.bands[0].from, m.min, m.id);
      assert.equal(m.bands[m.bands.length - 1].to, m.max, m.id);
      m.bands.forEach((b, i) => {
        assert.ok(b.from <= b.to && b.level >= 0 && b.level <= 4, `${m.id} ${b.label}`);
        if (i) assert.ok(b.from > m.bands[i - 1].to && b.from - m.bands[i - 1].to <= 1, `${m.id}: ${b.label} follows ${m.bands[i - 1].label}`);
      });
      assert.ok(m.source, m.id);
      const edges = bandEdges(m);
      assert.equal(edges[0].low, m.min);
      assert.equal(edges[edges.length - 1].high, m.max);
    }
    assert.equal(bandOf(PHQ, 4)?.label, 'minimal');
    assert.equal(bandOf(PHQ, 5)?.label, 'mild');
    assert.equal(bandOf(PHQ, 27)?.label, 'severe');
    assert.equal(bandOf(PHQ, 28), undefined);
    assert.equal(bandOf(measureDef('PCL-5')!, 32)?.label, 'cut-off range');
    assert.equal(bandOf(measureDef('ORS')!, 24.9)?.label, 'clinical range');
    assert.equal(bandOf(measureDef('ORS')!, 25)?.label, 'non-clinical range');
    assert.equal(bandOf(measureDef('AUDIT')!, 20)?.label, 'possible dependence');
  });
});
