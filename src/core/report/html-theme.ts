// How the HTML caseload report looks: the states of a matrix cell as data (symbol, words, colours), and the page's
// one stylesheet, built from them. Colours: the Okabe-Ito palette, told apart with the common colour-vision
// deficiencies, and each state also has its own symbol and words, so colour is never the only cue; the text of each
// state has a contrast of at least 4.5:1 on its background (test/core/html-report.test.ts checks it).
import type { DimensionState } from './types.js';

export type CellState = DimensionState | 'not-required';

export interface CellLook {
  symbol: string;
  /** What a screen reader says, and the legend's name for it. */
  label: string;
  /** The legend's sentence. */
  meaning: string;
  background: string;
  color: string;
  /** Its rank when a column is sorted: the gaps first. */
  rank: number;
}

export const CELL: Readonly<Record<CellState, CellLook>> = {
  missing: { symbol: '✗', label: 'missing', meaning: 'the note does not document it', background: '#D55E00', color: '#000000', rank: 0 },
  unfilled: { symbol: '?', label: 'unfilled prompt', meaning: "the template's question is still there, unanswered", background: '#F0E442', color: '#000000', rank: 1 },
  dismissed: { symbol: '⊘', label: 'silenced', meaning: 'not documented, and its finding dismissed or turned off in the note', background: '#C8C8C8', color: '#000000', rank: 2 },
  addressed: { symbol: '✓', label: 'addressed', meaning: 'the note documents it', background: '#D2E6F5', color: '#003A66', rank: 3 },
  'not-required': { symbol: '–', label: 'not required', meaning: "this note's type does not expect it", background: '#FFFFFF', color: '#595959', rank: 4 },
};

/** The order the legend lists them in. */
export const CELL_ORDER: readonly CellState[] = ['addressed', 'missing', 'unfilled', 'dismissed', 'not-required'];

/** The chart's bars. */
export const BAR = { fill: '#0072B2', text: '#1A1A1A', grid: '#B0B0B0' } as const;

const cls = (s: CellState) => `s-${s}`;
export const cellClass = cls;

export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --line: #b0b0b0; --focus: #1a1a1a; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 100%; padding: 0 24px; }
header { padding-top: 16px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; }
.lede { font-size: 1.05rem; margin: 4px 0 12px; max-width: 70rem; }
.muted { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 20px; padding: 0; margin: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 8px; }
.swatch { display: inline-flex; align-items: center; justify-content: center; width: 1.9em; height: 1.9em; border: 1px solid var(--line); font-weight: 700; }
.matrix-wrap { overflow: auto; max-height: 80vh; border: 1px solid var(--line); }
#matrix { font-size: 14px; }
#matrix th, #matrix td { padding: 3px 6px; }
#matrix thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; }
#matrix tbody th[scope=row] { position: sticky; left: 0; z-index: 1; background: #fff; font-weight: 400; white-space: nowrap; }
#matrix th.dim { padding: 4px 2px; }
#matrix th.dim span.t { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 13em; white-space: normal; line-height: 1.15; }
#matrix tr.group th { background: #e8e8e8; font-weight: 600; position: sticky; left: 0; }
#matrix td.nowrap { white-space: nowrap; }
#matrix td.review { min-width: 11em; }
#matrix td.cell { text-align: center; padding: 0; min-width: 2.1em; font-weight: 700; }
#matrix td.cell > span, #matrix td.cell > button { display: flex; align-items: center; justify-content: center; width: 100%; min-height: 2em; }
th button.sort { all: unset; cursor: pointer; display: inline-flex; align-items: flex-end; gap: 2px; }
th[aria-sort=ascending] button.sort::after { content: "▲"; font-size: .7em; }
th[aria-sort=descending] button.sort::after { content: "▼"; font-size: .7em; }
td.cell button, td button.more { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; padding: 0; }
td button.more { text-decoration: underline; }
:focus-visible, th button.sort:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; box-shadow: inset 0 0 0 5px #fff; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; margin: 8px 0; }
.controls input[type=search] { font: inherit; padding: 4px 8px; min-width: 22rem; border: 1px solid #767676; }
[popover] { text-align: left; font-weight: 400; max-width: min(40rem, 90vw); border: 2px solid var(--ink); padding: 12px 16px; font-size: 15px; color: var(--ink); background: #fff; }
[popover]::backdrop { background: rgba(0, 0, 0, .15); }
[popover] h3 { margin: 0 0 4px; font-size: 1.05rem; }
[popover] p { margin: 4px 0; }
[popover] ul { margin: 4px 0; padding-left: 1.2em; }
[popover] button.close { font: inherit; margin-top: 8px; padding: 2px 12px; }
.chart text { font: 12px system-ui, sans-serif; fill: ${BAR.text}; }
.review-approved { font-weight: 600; }
footer { padding: 16px 24px; color: var(--muted); }
${(Object.keys(CELL) as CellState[]).map((s) => `.${cls(s)} { background: ${CELL[s].background}; color: ${CELL[s].color}; }`).join('\n')}
`;
