// `--format html`: the caseload on one self-contained page a supervisor reads at a glance: totals per trainee with the
// dimensions each most often leaves out, coverage over time, then a matrix of notes by dimensions, grouped by trainee,
// sortable and filterable, each gap opening its finding's message. No network: no external asset, a CSP that allows
// nothing but the page's own style and script. Every text that comes from notes, paths or configs is escaped.
import { caseload, type Caseload, type CaseloadNote, type Coverage, type GroupName, type Period } from './caseload.js';
import { CELL, CELL_ORDER, STYLE, BAR, cellClass, type CellState } from './html-theme.js';
import { SCRIPT } from './html-script.js';
import { reviewCounts, reviewText } from './summary.js';
import type { FileReport, ReportFinding } from './types.js';

export interface HtmlOptions {
  /** Clinote's version, in the footer. */
  version: string;
  /** How the CSP allows the page's inline style and script: by their SHA-256 (base64; a file on disk), or by a nonce
   *  (a webview's, new each time it is shown). */
  csp: { sha256: (text: string) => string } | { nonce: string };
}

/** Text in an element or an attribute value (quoted with "). */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (c: Pick<Coverage, 'expected' | 'documented'>) => (c.expected ? Math.round((100 * c.documented) / c.expected) : 100);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const groupName = (g: GroupName) => (g.by === 'folder' ? `${g.name}/` : g.name);

export function formatHtml(reports: readonly FileReport[], opts: HtmlOptions): string {
  const c = caseload(reports);
  const csp = opts.csp;
  const attr = 'nonce' in csp ? ` nonce="${esc(csp.nonce)}"` : '';
  const sources = 'nonce' in csp ? [`'nonce-${csp.nonce}'`] : undefined;
  const styleSrc = sources ?? [`'sha256-${(csp as { sha256: (t: string) => string }).sha256(STYLE)}'`];
  const scriptSrc = sources ?? [`'sha256-${(csp as { sha256: (t: string) => string }).sha256(SCRIPT)}'`];
  const policy = `default-src 'none'; style-src ${styleSrc.join(' ')}; script-src ${scriptSrc.join(' ')}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const title = `Caseload coverage: ${plural(c.notes.length, 'note')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(policy)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style${attr}>${STYLE}</style>`,
    '</head>',
    '<body>',
    header(c),
    '<main>',
    legend(),
    trainees(c),
    chart(c),
    matrix(c),
    clients(c),
    problems(c),
    '</main>',
    `<footer>Made by Clinote ${esc(opts.version)} on this computer. Nothing on this page was sent anywhere; it quotes no note text beyond the findings' messages.</footer>`,
    `<script${attr}>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(c: Caseload): string {
  const t = c.total;
  const span = t.first ? (t.first === t.last ? `, dated ${t.first}` : `, dated ${t.first} to ${t.last}`) : '';
  const review = reviewCounts(c.notes);
  const lede = c.notes.length
    ? `${plural(t.notes, 'note')} by ${plural(t.trainees, 'trainee')} for ${plural(t.clients, 'client')}${span}. ` +
      `<strong>${pct(t)}%</strong> of what the notes' types expect is documented (${t.documented} of ${t.expected}); ` +
      `<strong>${plural(t.notesWithGaps, 'note')}</strong> ${t.notesWithGaps === 1 ? 'has' : 'have'} gaps.`
    : 'No note could be linted.';
  return ['<header>', '<h1>Caseload coverage</h1>', `<p class="lede">${lede}</p>`, ...(review ? [`<p>${esc(review)}</p>`] : []), '</header>'].join('\n');
}

function legend(): string {
  const items = CELL_ORDER.map(
    (s) => `<li><span class="swatch ${cellClass(s)}" aria-hidden="true">${CELL[s].symbol}</span><span><strong>${esc(cap(CELL[s].label))}</strong>: ${esc(CELL[s].meaning)}.</span></li>`,
  );
  return [
    '<section aria-labelledby="legend-h">',
    '<h2 id="legend-h">Legend</h2>',
    '<p>Each cell of the matrix says how a note stands on one dimension a supervisor looks for. Select a marked cell to read its finding.</p>',
    `<ul class="legend" id="legend">${items.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function trainees(c: Caseload): string {
  if (!c.trainees.length) return '';
  const rows = c.trainees.map((t) => {
    const missed = t.mostMissed.length ? t.mostMissed.map((m) => `${esc(m.title)} (${m.notes} of ${t.notes})`).join('; ') : '—';
    return `<tr><th scope="row">${esc(groupName(t.trainee))}</th><td class="num">${t.notes}</td><td class="num">${t.clients}</td><td class="num">${pct(t)}% (${t.documented} of ${t.expected})</td><td class="num">${t.notesWithGaps}</td><td class="num">${t.errors}</td><td class="num">${t.warnings}</td><td>${missed}</td></tr>`;
  });
  return groupTable('trainees', 'By trainee', `A trainee is the note's <code>clinician:</code> in its front matter, else its folder (shown with a final /).`, '<th scope="col">Trainee</th><th scope="col" class="num">Notes</th><th scope="col" class="num">Clients</th><th scope="col" class="num">Documented</th><th scope="col" class="num">Notes with gaps</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col">Most often missed</th>', rows);
}

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 22, bottom: 40 };

function chart(c: Caseload): string {
  const { list, unit, undated } = c.periods;
  const out = ['<section aria-labelledby="time-h">', '<h2 id="time-h">Coverage over time</h2>'];
  const undatedNote = undated ? `<p class="muted">${plural(undated, 'note')} without a date ${undated === 1 ? 'is' : 'are'} not in the chart.</p>` : '';
  if (!list.length) return [...out, '<p>No note has a date of service (front matter <code>date:</code>, a date in its title or a Date: line, or its file name).</p>', '</section>'].join('\n');
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / list.length;
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const y = (p: number) => PAD.top + plotH - (plotH * p) / 100;
  const labelEvery = Math.ceil(list.length / 12);
  const parts: string[] = [];
  for (const g of [0, 50, 100]) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(g)}" y2="${y(g)}" stroke="${BAR.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${y(g) + 4}" text-anchor="end">${g}%</text>`);
  }
  const words = (p: Period) => (p.notes ? `${p.label}: ${pct(p)}% documented (${p.documented} of ${p.expected}) in ${plural(p.notes, 'note')}` : `${p.label}: no notes`);
  list.forEach((p, i) => {
    const x = PAD.left + slot * i + (slot - barW) / 2;
    const cx = (x + barW / 2).toFixed(1);
    if (p.notes) {
      const top = y(pct(p));
      parts.push(`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(PAD.top + plotH - top).toFixed(1)}" fill="${BAR.fill}"><title>${esc(words(p))}</title></rect>`);
      if (list.length <= 24) parts.push(`<text x="${cx}" y="${(top - 5).toFixed(1)}" text-anchor="middle">${pct(p)}%</text>`);
    }
    if (i % labelEvery === 0) parts.push(`<text x="${cx}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(unit === 'week' ? p.start.slice(5) : p.label)}</text>`);
  });
  const per = unit === 'week' ? 'week (Monday to Sunday; labelled by its Monday, month-day)' : unit;
  const desc = `Share of the dimensions the notes' types expect that the notes document, per ${unit}. ${list.map(words).join('. ')}.`;
  return [
    ...out,
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">Documented per ${esc(unit)}</title>`,
    `<desc id="chart-desc">${esc(desc)}</desc>`,
    ...parts,
    '</svg>',
    `<p class="muted">Each bar: the share of the dimensions the notes of that ${esc(per)} expect that they document, by the notes' dates of service.</p>`,
    undatedNote,
    '</section>',
  ].join('\n');
}

function matrix(c: Caseload): string {
  if (!c.notes.length) return '';
  const fixed = ['Note', 'Client', 'Date', 'Review'];
  const head = [
    ...fixed.map((h, i) => `<th scope="col"${i === 0 ? ' class="note-h"' : ''}><button type="button" class="sort">${h}</button></th>`),
    ...c.columns.map((d) => `<th scope="col" class="dim"><button type="button" class="sort"><span class="t">${esc(d.title)}</span></button></th>`),
    '<th scope="col" class="num"><button type="button" class="sort">Gaps</button></th>',
    '<th scope="col" class="num"><button type="button" class="sort">Other findings</button></th>',
  ];
  const width = head.length;
  const bodies: string[] = [];
  let i = 0;
  for (const t of c.trainees) {
    const notes = c.notes.filter((n) => n.trainee.name === t.trainee.name && n.trainee.by === t.trainee.by);
    const rows = notes.map((n) => row(n, i++, c));
    const summary = `${esc(groupName(t.trainee))}: ${plural(t.notes, 'note')}, ${pct(t)}% documented, ${plural(t.notesWithGaps, 'note')} with gaps`;
    bodies.push(`<tbody><tr class="group"><th scope="rowgroup" colspan="${width}">${summary}</th></tr>\n${rows.join('\n')}</tbody>`);
  }
  return [
    '<section aria-labelledby="matrix-h">',
    '<h2 id="matrix-h">Notes and dimensions</h2>',
    '<div class="controls" id="controls" hidden>',
    '<label>Filter by trainee, client or file <input type="search" id="filter" autocomplete="off"></label>',
    '<label><input type="checkbox" id="gaps-only"> Only notes with gaps</label>',
    '<span id="shown" role="status" aria-live="polite"></span>',
    '</div>',
    '<p class="muted">Grouped by trainee, then by client and date. Select a column heading to sort by it (within each trainee), again to reverse.</p>',
    '<div class="matrix-wrap">',
    '<table id="matrix">',
    `<caption class="sr">Each note's coverage of each dimension, grouped by trainee</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    ...bodies,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function row(n: CaseloadNote, i: number, c: Caseload): string {
  const find = [n.trainee.name, n.client.name, n.path].join(' ').toLowerCase();
  const cells = c.columns.map((col, k) => cell(n, col, `f${i}-${k}`));
  const other = n.other.length
    ? `<td class="num" data-v="${n.other.length}"><button type="button" class="more" popovertarget="f${i}-o">${n.other.length}</button>${otherPopover(n, `f${i}-o`)}</td>`
    : '<td class="num" data-v="0">0</td>';
  return [
    `<tr class="note" data-i="${i}" data-gaps="${n.gaps.length}" data-find="${esc(find)}">`,
    `<th scope="row">${esc(n.path)}</th>`,
    `<td class="nowrap">${esc(groupName(n.client))}</td>`,
    `<td class="nowrap" data-v="${esc(n.date ?? '~')}">${esc(n.date ?? '—')}</td>`,
    `<td class="review${n.review?.status === 'approved' ? ' review-approved' : ''}">${esc(reviewText(n) ?? '—')}</td>`,
    ...cells,
    `<td class="num">${n.gaps.length}</td>`,
    other,
    '</tr>',
  ].join('');
}

function cell(n: CaseloadNote, col: { id: string; title: string }, id: string): string {
  const d = n.dimensions.get(col.id);
  const state: CellState = d ? d.state : 'not-required';
  const look = CELL[state];
  const mark = `<span aria-hidden="true">${look.symbol}</span><span class="sr">${esc(look.label)}</span>`;
  const open = `<td class="cell ${cellClass(state)}" data-v="${look.rank}">`;
  if (state === 'addressed' || state === 'not-required') return `${open}<span>${mark}</span></td>`;
  const findings = n.dimensionFindings.get(col.id) ?? [];
  const body = findings.length
    ? findings.map((f) => `<p>${esc(f.message)} <span class="muted">(line ${f.line}, ${esc(f.severity)})</span></p>`).join('')
    : `<p>${state === 'dismissed' ? 'Not documented; its finding was dismissed for this note, or turned off by a clinote-disable comment.' : `${esc(cap(look.label))}; its finding is not in this report (--quiet leaves warnings out).`}</p>`;
  return `${open}<button type="button" popovertarget="${id}">${mark}</button>${popover(id, `${col.title}: ${look.label}`, n.path, body)}</td>`;
}

function otherPopover(n: CaseloadNote, id: string): string {
  const items = n.other.map((f: ReportFinding) => `<li>${esc(f.message)} <span class="muted">(${esc(f.ruleId)}, line ${f.line}, ${esc(f.severity)})</span></li>`);
  return popover(id, 'Other findings', n.path, `<ul>${items.join('')}</ul>`);
}

/** A section with one table of groups (trainees, clients): `id` names both; `note` (HTML) says what a group is. */
function groupTable(id: string, title: string, note: string, headers: string, rows: string[]): string {
  return [
    `<section aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${title}</h2>`,
    `<p class="muted">${note}</p>`,
    `<table id="${id}">`,
    `<thead><tr>${headers}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

/** A finding's popover: a dialog titled by what it shows, the note's path, `body` (HTML), and a Close button. */
function popover(id: string, title: string, path: string, body: string): string {
  return `<div popover id="${id}" role="dialog" aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(title)}</h3><p class="muted">${esc(path)}</p>${body}<button type="button" class="close" popovertarget="${id}" popovertargetaction="hide">Close</button></div>`;
}

function clients(c: Caseload): string {
  if (!c.clients.length) return '';
  const rows = c.clients.map((k) => {
    const span = k.first ? (k.first === k.last ? k.first : `${k.first} to ${k.last}`) : '—';
    return `<tr><th scope="row">${esc(groupName(k.client))}</th><td>${esc(k.trainees.join(', '))}</td><td class="num">${k.notes}</td><td>${esc(span)}</td><td class="num">${pct(k)}%</td><td class="num">${k.notesWithGaps}</td></tr>`;
  });
  return groupTable('clients', 'By client', `A client is the note's <code>client:</code> in its front matter, else its folder (shown with a final /).`, '<th scope="col">Client</th><th scope="col">Trainees</th><th scope="col" class="num">Notes</th><th scope="col">Dates</th><th scope="col" class="num">Documented</th><th scope="col" class="num">Notes with gaps</th>', rows);
}

function problems(c: Caseload): string {
  if (!c.problems.length) return '';
  return [
    '<section aria-labelledby="problems-h">',
    '<h2 id="problems-h">Not linted, or with file problems</h2>',
    `<ul>${c.problems.map((p) => `<li>${esc(p.path)}: ${esc(p.message)}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
