// A measure's scores over time as an SVG chart for the draft (issue 11): the instrument's bands shaded (from
// measures.ts), axes with labels, a <title> and <desc> for screen readers. Pure: a string out, no DOM, no clock, no
// locale (dates are UTC, month names English), so the same scores always give the same bytes. d3-scale finds the
// ticks and d3-shape draws the line; the markup is written here (see docs/drafting.md for why not Vega).
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { bandEdges, type MeasureDef } from './measures.js';

export interface ChartScore {
  score: number;
  /** YYYY-MM-DD, or null for an undated score (listed in the description, not drawn). */
  date: string | null;
}

export interface ChartOptions {
  /** Shared (de-identified) drafts: the x axis counts weeks since the first score, and no date is written. */
  relative?: boolean;
}

const W = 640;
const H = 300;
const M = { top: 52, right: 184, bottom: 50, left: 56 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
/** Points keep clear of the plot's sides. */
const INSET = 10;
const DAY = 86_400_000;
/** Shades for band levels 0-4 (lighter = less concern): ColorBrewer Oranges, light end, told apart by lightness. */
const SHADES = ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c'];
const INK = '#1b1b1b';
const MUTED = '#555555';
const LINE = '#08519c';
const GRID = '#d9d9d9';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The chart of one measure's scores, or undefined when no score has a date (a line over time needs one). `def` gives
 * the range and bands; without it, or without a range (a measure a config declares by its name alone), the range is
 * the scores' own, and nothing is shaded without bands.
 */
export function measureChart(name: string, scores: ChartScore[], measure: MeasureDef | undefined, o: ChartOptions = {}): string | undefined {
  const def = measure && !measure.open ? measure : undefined;
  const dated = scores.filter((s): s is { score: number; date: string } => !!s.date && !Number.isNaN(Date.parse(s.date))).map((s) => ({ ...s, t: Date.parse(s.date) }));
  dated.sort((a, b) => a.t - b.t);
  if (!dated.length) return undefined;
  const undated = scores.length - dated.length;

  // y: the instrument's whole range, so the bands mean what they say; a score outside it is drawn at the edge.
  const values = dated.map((d) => d.score);
  const lo = def ? def.min : Math.min(0, ...values);
  const hi = def ? def.max : Math.max(...values, lo + 1);
  const y = scaleLinear().domain([lo, hi]).range([PH, 0]);
  if (!def) y.nice();
  const [yLo, yHi] = y.domain();
  const outside = dated.filter((d) => d.score < yLo || d.score > yHi);

  // x: time (or weeks since the first score); one score gets a month either side.
  const t0 = dated[0].t;
  const t1 = dated[dated.length - 1].t;
  const [from, to] = t0 === t1 ? [t0 - 30 * DAY, t1 + 30 * DAY] : [t0, t1];
  const xTime = scaleUtc().domain([new Date(from), new Date(to)]).range([INSET, PW - INSET]);
  const xWeeks = scaleLinear().domain([(from - t0) / (7 * DAY), (to - t0) / (7 * DAY)]).range([INSET, PW - INSET]);
  const xOf = (t: number) => (o.relative ? xWeeks((t - t0) / (7 * DAY)) : xTime(new Date(t)));
  const yOf = (s: number) => y(Math.min(yHi, Math.max(yLo, s)));

  // Gaps: a pause much longer than usual between scores is drawn dashed, so the line does not pretend to know it.
  const steps = dated.slice(1).map((d, i) => (d.t - dated[i].t) / DAY);
  const typical = median(steps.filter((s) => s > 0));
  const gapDays = Math.max(28, 2 * (typical ?? 0));
  const gaps = steps.map((s, i) => (s > gapDays ? i : -1)).filter((i) => i >= 0);

  const parts: string[] = [];
  const id = `chart-${slug(name)}`;
  const title = `${name} over time`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="12">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(describe(name, dated, undated, def, outside.length, gaps.map((i) => [dated[i], dated[i + 1]]), o))}</desc>`,
    // Opaque: the preview's dark theme would otherwise put dark text on a dark page.
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="22" font-size="15" font-weight="bold" fill="${INK}">${esc(title)}</text>`,
    `<text x="${M.left}" y="40" fill="${MUTED}">${esc(subtitle(dated, undated, def, o))}</text>`,
    `<g transform="translate(${M.left},${M.top})">`,
  );

  // Bands, shaded, with their labels in the right margin (pushed apart where bands are thin).
  if (def?.bands.length) {
    const edges = bandEdges(def);
    parts.push('<g>');
    for (const e of edges) {
      const top = y(e.high);
      parts.push(`<rect x="0" y="${n(top)}" width="${PW}" height="${n(y(e.low) - top)}" fill="${SHADES[Math.min(SHADES.length - 1, e.band.level)]}"/>`);
    }
    const labels = spread(edges.map((e) => y((e.low + e.high) / 2)), 13, 4, PH - 4);
    edges.forEach((e, i) => {
      const ly = labels[i];
      parts.push(
        `<rect x="${PW + 8}" y="${n(ly - 5)}" width="10" height="10" fill="${SHADES[Math.min(SHADES.length - 1, e.band.level)]}" stroke="${MUTED}" stroke-width="0.5"/>`,
        `<text x="${PW + 23}" y="${n(ly + 4)}" font-size="11" fill="${INK}">${esc(`${num(e.band.from)}-${num(e.band.to)} ${e.band.label}`)}</text>`,
      );
    });
    parts.push('</g>');
  }

  // y axis: grid lines, tick labels, title.
  parts.push('<g>');
  for (const v of y.ticks(6)) {
    parts.push(`<line x1="0" x2="${PW}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${GRID}" stroke-width="0.75"/>`, `<text x="-8" y="${n(y(v) + 4)}" text-anchor="end" fill="${INK}">${num(v)}</text>`);
  }
  parts.push(`<text transform="translate(-40,${n(PH / 2)}) rotate(-90)" text-anchor="middle" fill="${INK}">${esc(`${name} score`)}</text>`, '</g>');

  // x axis: the baseline, ticks with dates (day and month, the year under the first and at each new year), title.
  parts.push('<g>', `<line x1="0" x2="${PW}" y1="${PH}" y2="${PH}" stroke="${INK}"/>`);
  if (o.relative) {
    const ticks = xWeeks.ticks(Math.min(6, Math.max(2, Math.round((to - from) / (7 * DAY))))).filter((v) => Number.isInteger(v));
    for (const v of ticks) parts.push(tick(xWeeks(v), String(v)));
  } else {
    const ticks = xTime.ticks(6);
    const monthly = ticks.every((d) => d.getUTCDate() === 1);
    let year = NaN;
    for (const d of ticks) {
      const yr = d.getUTCFullYear();
      const label = monthly ? MONTHS[d.getUTCMonth()] : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
      parts.push(tick(xTime(d), label, yr !== year ? String(yr) : undefined));
      year = yr;
    }
  }
  parts.push(`<text x="${n(PW / 2)}" y="${PH + 44}" text-anchor="middle" fill="${INK}">${o.relative ? 'Weeks since the first score' : 'Date of service'}</text>`, '</g>');

  // The scores: solid runs, dashed across a gap, a dot each (a triangle at the edge for a score outside the range).
  const path = line<{ t: number; score: number }>()
    .x((d) => xOf(d.t))
    .y((d) => yOf(d.score))
    .digits(1);
  let start = 0;
  for (const end of [...gaps, dated.length - 1]) {
    const run = dated.slice(start, end + 1);
    if (run.length > 1) parts.push(`<path d="${path(run)}" fill="none" stroke="${LINE}" stroke-width="2" stroke-linejoin="round"/>`);
    if (end < dated.length - 1) parts.push(`<path d="${path([dated[end], dated[end + 1]])}" fill="none" stroke="${LINE}" stroke-width="1.5" stroke-dasharray="4 4"/>`);
    start = end + 1;
  }
  const r = dated.length > 30 ? 2.5 : 3.5;
  for (const d of dated) {
    const cx = xOf(d.t);
    const cy = yOf(d.score);
    if (d.score > yHi) parts.push(`<path d="M${n(cx)},${n(cy - 1)}l-5,8h10z" fill="${LINE}" stroke="#ffffff"/>`);
    else if (d.score < yLo) parts.push(`<path d="M${n(cx)},${n(cy + 1)}l-5,-8h10z" fill="${LINE}" stroke="#ffffff"/>`);
    else parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${r}" fill="${LINE}" stroke="#ffffff" stroke-width="1"/>`);
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n') + '\n';
}

function tick(x: number, label: string, second?: string): string {
  const out = [`<line x1="${n(x)}" x2="${n(x)}" y1="${PH}" y2="${PH + 5}" stroke="${INK}"/>`, `<text x="${n(x)}" y="${PH + 18}" text-anchor="middle" fill="${INK}">${esc(label)}</text>`];
  if (second) out.push(`<text x="${n(x)}" y="${PH + 31}" text-anchor="middle" fill="${MUTED}">${esc(second)}</text>`);
  return out.join('');
}

function subtitle(dated: { date: string }[], undated: number, def: MeasureDef | undefined, o: ChartOptions): string {
  const count = `${dated.length} ${dated.length === 1 ? 'score' : 'scores'}`;
  const when = o.relative ? '' : dated.length === 1 ? ` on ${dated[0].date}` : `, ${dated[0].date} to ${dated[dated.length - 1].date}`;
  const range = def ? `; range ${num(def.min)}-${num(def.max)}${def.bands.length ? ', bands shaded' : ''}` : '';
  return `${count}${when}${range}${undated ? `; ${undated} undated not drawn` : ''}`;
}

/** What a screen reader says instead of the picture: every score (or, past 12, the first, lowest, highest and latest). */
function describe(
  name: string,
  dated: { score: number; date: string; t: number }[],
  undated: number,
  def: MeasureDef | undefined,
  outside: number,
  gaps: [{ date: string; t: number }, { date: string; t: number }][],
  o: ChartOptions,
): string {
  const t0 = dated[0].t;
  const when = (d: { date: string; t: number }) => (o.relative ? `week ${num((d.t - t0) / (7 * DAY))}` : d.date);
  const out = [`${name} scores over time: ${dated.length} dated ${dated.length === 1 ? 'score' : 'scores'}.`];
  if (dated.length <= 12) out.push(`${dated.map((d) => `${num(d.score)} (${when(d)})`).join(', ')}.`);
  else {
    const lowest = dated.reduce((a, b) => (b.score < a.score ? b : a));
    const highest = dated.reduce((a, b) => (b.score > a.score ? b : a));
    const last = dated[dated.length - 1];
    out.push(`First ${num(dated[0].score)} (${when(dated[0])}), lowest ${num(lowest.score)} (${when(lowest)}), highest ${num(highest.score)} (${when(highest)}), latest ${num(last.score)} (${when(last)}).`);
  }
  if (def?.bands.length) out.push(`Shaded bands: ${def.bands.map((b) => `${num(b.from)}-${num(b.to)} ${b.label}`).join('; ')} (${def.source}).`);
  if (outside) out.push(`${outside} ${outside === 1 ? 'score is' : 'scores are'} outside the range ${num(def?.min ?? 0)}-${num(def?.max ?? 0)}, drawn at its edge.`);
  for (const [a, b] of gaps) out.push(`No score between ${when(a)} and ${when(b)} (${Math.round((b.t - a.t) / DAY)} days; dashed).`);
  if (undated) out.push(`${undated} undated ${undated === 1 ? 'score is' : 'scores are'} in the table, not drawn.`);
  return out.join(' ');
}

/** Label positions near their targets, at least `gap` apart, within [min, max]. */
function spread(targets: number[], gap: number, min: number, max: number): number[] {
  const order = targets.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const pos = order.map((o) => o.v);
  for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k], pos[k - 1] + gap);
  if (pos.length && pos[pos.length - 1] > max) {
    pos[pos.length - 1] = max;
    for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k], pos[k + 1] - gap);
  }
  if (pos.length && pos[0] < min) pos[0] = min;
  const out: number[] = [];
  order.forEach((o, k) => (out[o.i] = pos[k]));
  return out;
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A coordinate to a tenth, with no "-0": the same input gives the same bytes. */
const n = (v: number) => num(Math.round(v * 10) / 10);
const num = (v: number) => String(Math.round(v * 10) / 10 || 0);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'measure';

/** Text and attribute values: a measure's name can come from a config. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A chart's file name part for a measure: "phq-9". */
export const chartSlug = slug;
