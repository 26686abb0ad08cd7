#!/usr/bin/env node
// Copied verbatim (below this note) from /work/shared/perf/gen-corpus.js, the generator behind the figures in
// /work/shared/perf/FACTS.md; keep the two in step so the corpus stays byte-identical to the one measured there.
// Deterministic synthetic corpus of clinical "session notes" in Markdown.
//
//   node gen-corpus.js [--n 2000] [--seed 42] [--out corpus] [--big-mb 5] [--wrap-ratio 0.75]
//
// Writes:
//   <out>/notes/client-XXX/YYYY-MM-DD-<style>-NNNNN.md   N notes, 2-6 KB each (SOAP / DAP / BIRP)
//   <out>/big/big-5mb.md                                 one file of ~<big-mb> MiB (one front matter, many sessions)
//   <out>/sample-4k.md                                   a copy of the note closest to 4096 bytes
//   <out>/manifest.json                                  counts, bytes, seed, size histogram
// Same seed + same options => byte-identical output (no Date.now(), no Math.random()).
'use strict';
const fs = require('fs');
const path = require('path');

// ---------- args ----------
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith('--')) acc.push([a.slice(2), arr[i + 1]]);
    return acc;
  }, []),
);
const N = Number(args.n ?? 2000);
const SEED = Number(args.seed ?? 42);
const OUT = path.resolve(args.out ?? path.join(__dirname, 'corpus'));
const BIG_MB = Number(args['big-mb'] ?? 5);
const WRAP_RATIO = Number(args['wrap-ratio'] ?? 0.75); // share of notes hard-wrapped at ~80 cols

// ---------- seeded PRNG (mulberry32) ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(SEED);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------- vocabulary ----------
const V = {
  subj: ['client', 'patient', 'the client', 'the patient', 'Client', 'Pt', 'the adolescent', 'the caregiver'],
  verbReport: ['reported', 'described', 'endorsed', 'denied', 'acknowledged', 'stated', 'noted', 'expressed', 'identified', 'disclosed'],
  verbObs: ['presented with', 'appeared', 'demonstrated', 'exhibited', 'displayed', 'maintained', 'engaged with'],
  symptom: ['anxiety', 'low mood', 'anhedonia', 'insomnia', 'early morning waking', 'ruminative thinking', 'irritability',
    'panic symptoms', 'intrusive memories', 'hypervigilance', 'avoidance', 'fatigue', 'poor concentration', 'appetite changes',
    'psychomotor agitation', 'social withdrawal', 'guilt', 'hopelessness', 'worry about work', 'racing thoughts',
    'nightmares', 'dissociative episodes', 'cravings', 'somatic complaints', 'tearfulness', 'low motivation'],
  freq: ['daily', 'most days', 'several times per week', 'intermittently', 'nightly', 'since the last session',
    'over the past two weeks', 'in the mornings', 'when alone', 'at work', 'in crowded places', 'on weekends'],
  severity: ['mild', 'moderate', 'moderately severe', 'severe', 'fluctuating', 'improving', 'worsening', 'stable'],
  affect: ['euthymic', 'constricted', 'anxious', 'dysphoric', 'flat', 'labile', 'congruent', 'bright', 'guarded', 'tearful'],
  thought: ['linear and goal-directed', 'circumstantial', 'tangential at times', 'organized', 'logical', 'perseverative'],
  intervention: ['cognitive restructuring', 'behavioral activation', 'motivational interviewing', 'psychoeducation on sleep hygiene',
    'diaphragmatic breathing', 'progressive muscle relaxation', 'grounding techniques', 'exposure hierarchy review',
    'thought records', 'values clarification', 'distress tolerance skills', 'safety planning', 'mindfulness practice',
    'problem-solving therapy', 'validation', 'reflective listening', 'Socratic questioning', 'chain analysis',
    'interpersonal effectiveness skills', 'relapse prevention planning', 'trauma narrative work', 'self-compassion exercise'],
  response: ['responded well to', 'was receptive to', 'was ambivalent about', 'struggled with', 'actively participated in',
    'asked clarifying questions about', 'practiced', 'rehearsed', 'completed homework on', 'was hesitant about'],
  goal: ['reduce panic attacks to fewer than one per week', 'improve sleep to 7 hours per night', 'return to work part-time',
    'increase pleasant activities to three per week', 'reduce PHQ-9 below 10', 'reduce GAD-7 below 8', 'maintain sobriety',
    'improve communication with partner', 'attend weekly support group', 'decrease avoidance of driving',
    'establish a consistent morning routine', 'use coping skills before escalation'],
  stressor: ['job loss', 'divorce proceedings', 'a recent move', 'caregiving for a parent', 'financial strain', 'conflict with a sibling',
    'a medical diagnosis', 'academic pressure', 'bereavement', 'housing instability', 'a custody hearing', 'workplace conflict'],
  med: ['sertraline 50 mg', 'sertraline 100 mg', 'escitalopram 10 mg', 'fluoxetine 20 mg', 'bupropion XL 150 mg',
    'buspirone 10 mg BID', 'trazodone 50 mg qhs', 'hydroxyzine 25 mg PRN', 'quetiapine 25 mg qhs', 'lamotrigine 100 mg',
    'venlafaxine XR 75 mg', 'mirtazapine 15 mg', 'no psychotropic medication'],
  risk: ['denied suicidal ideation, intent, or plan', 'denied homicidal ideation', 'reported passive death wishes without intent or plan',
    'no self-harm since last session', 'protective factors include family and pets', 'safety plan reviewed and updated',
    'access to means discussed', 'crisis line number provided'],
  dx: [['F41.1', 'Generalized anxiety disorder'], ['F32.1', 'Major depressive disorder, single episode, moderate'],
    ['F33.1', 'Major depressive disorder, recurrent, moderate'], ['F43.10', 'Post-traumatic stress disorder, unspecified'],
    ['F41.0', 'Panic disorder'], ['F43.23', 'Adjustment disorder with mixed anxiety and depressed mood'],
    ['F10.20', 'Alcohol use disorder, moderate'], ['F90.0', 'ADHD, predominantly inattentive type'],
    ['F42.2', 'Obsessive-compulsive disorder, mixed'], ['F31.81', 'Bipolar II disorder']],
  cpt: ['90791', '90832', '90834', '90837', '90846', '90847', '90853', '99214'],
  modality: ['in-person', 'telehealth (video)', 'telehealth (audio only)'],
  clinician: ['Dr. A. Rivera, PsyD', 'J. Chen, LCSW', 'M. Okafor, LPC', 'S. Patel, LMFT', 'Dr. K. Novak, PhD', 'R. Haddad, LMHC'],
  scale: ['PHQ-9', 'GAD-7', 'PCL-5', 'AUDIT-C', 'ORS', 'SRS', 'DASS-21', 'C-SSRS screen'],
  connective: ['Additionally,', 'However,', 'In session,', 'Of note,', 'Overall,', 'Later in the session,', 'When asked,', 'Consistent with prior sessions,'],
  plan: ['Continue weekly sessions', 'Schedule follow-up in two weeks', 'Coordinate care with prescriber', 'Send release of information',
    'Assign thought record homework', 'Re-administer PHQ-9 next visit', 'Review safety plan next session', 'Refer to group therapy',
    'Request records from previous provider', 'Provide sleep diary', 'Discuss termination timeline', 'Begin exposure hierarchy'],
};

// ---------- sentence / block builders ----------
function sentence() {
  switch (ri(0, 6)) {
    case 0: return `${cap(pick(V.subj))} ${pick(V.verbReport)} ${pick(V.severity)} ${pick(V.symptom)} ${pick(V.freq)}.`;
    case 1: return `${cap(pick(V.subj))} ${pick(V.verbObs)} ${pick(V.affect)} affect and thought process was ${pick(V.thought)}.`;
    case 2: return `${pick(V.connective)} ${pick(V.subj)} ${pick(V.response)} ${pick(V.intervention)}.`;
    case 3: return `${cap(pick(V.subj))} ${pick(V.verbReport)} that ${pick(V.stressor)} has contributed to ${pick(V.symptom)} and ${pick(V.symptom)}.`;
    case 4: return `Clinician used ${pick(V.intervention)} and ${pick(V.intervention)} to address ${pick(V.symptom)}.`;
    case 5: return `${cap(pick(V.subj))} is currently taking ${pick(V.med)} and ${pick(V.verbReport)} ${pick(V.severity)} side effects.`;
    default: return `${pick(V.scale)} score today was ${ri(2, 24)}, compared with ${ri(2, 24)} at intake.`;
  }
}
function wrap(text, width) {
  const out = []; let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}
function paragraph(ctx, minS = 2, maxS = 6) {
  const s = []; const k = ri(minS, maxS);
  for (let i = 0; i < k; i++) s.push(sentence());
  let p = s.join(' ');
  if (chance(0.15)) p = p.replace(/(\w+ing)/, '**$1**');           // some emphasis
  if (chance(0.08)) p += ` See [treatment plan](../plans/${ctx.clientId}.md).`;
  if (chance(0.04)) p += '  ';                                     // occasional trailing spaces
  return ctx.wrap ? wrap(p, 80) : p;
}
function bulletList(ctx, src) {
  const marker = ctx.marker; const n = ri(3, 7); const out = [];
  for (let i = 0; i < n; i++) {
    let item = src ? `${cap(pick(src))}` : sentence();
    if (chance(0.25)) item = `**${pick(V.scale)}:** ${ri(0, 27)}`;
    out.push(`${marker} ${item}`);
    if (chance(0.1)) out.push(`  ${marker} ${cap(pick(V.freq))}`);
  }
  if (chance(0.03)) out.push(`${marker === '-' ? '*' : '-'} ${sentence()}`); // inconsistent marker now and then
  return out.join('\n');
}
function orderedList() {
  const n = ri(3, 6); const out = [];
  for (let i = 1; i <= n; i++) out.push(`${i}. ${pick(V.plan)}.`);
  return out.join('\n');
}
function checklist() {
  const n = ri(2, 5); const out = [];
  for (let i = 0; i < n; i++) out.push(`- [${chance(0.5) ? 'x' : ' '}] ${pick(V.plan)}`);
  return out.join('\n');
}
function table() {
  if (chance(0.5)) {
    const rows = ['| Measure | Score | Prior | Change |', '| --- | ---: | ---: | --- |'];
    for (let i = ri(2, 5); i > 0; i--) { const a = ri(0, 27), b = ri(0, 27); rows.push(`| ${pick(V.scale)} | ${a} | ${b} | ${a < b ? 'improved' : a > b ? 'worse' : 'same'} |`); }
    return rows.join('\n');
  }
  const rows = ['| Goal | Status | Notes |', '| --- | --- | --- |'];
  for (let i = ri(2, 4); i > 0; i--) rows.push(`| ${cap(pick(V.goal))} | ${pick(['in progress', 'met', 'not started', 'revised'])} | ${pick(V.intervention)} |`);
  return rows.join('\n');
}

const STYLES = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
};
const EXTRA_H = ['Presenting Concerns', 'Mental Status Exam', 'Risk Assessment', 'Interventions Used', 'Homework Review',
  'Medications', 'Measures', 'Goals and Progress', 'Collateral Contact', 'Diagnosis', 'Strengths', 'Barriers', 'Next Session'];

function frontMatter(ctx) {
  const dx = pick(V.dx);
  const lines = ['---',
    `client_id: ${ctx.clientId}`,
    `session_date: ${ctx.date}`,
    `session_number: ${ctx.sessionNo}`,
    `note_type: ${ctx.style}`,
    `clinician: "${pick(V.clinician)}"`,
    `modality: ${pick(V.modality)}`,
    `duration_min: ${pick([30, 45, 53, 60, 90])}`,
    `cpt: "${pick(V.cpt)}"`,
    'diagnoses:',
    `  - code: ${dx[0]}`,
    `    label: "${dx[1]}"`,
    `tags: [${[pick(V.symptom), pick(V.intervention)].map((t) => JSON.stringify(t)).join(', ')}]`,
    `signed: ${chance(0.8)}`,
    '---'];
  return lines.join('\n');
}

function block(ctx, title) {
  const r = rnd();
  if (r < 0.55) return paragraph(ctx);
  if (r < 0.78) return bulletList(ctx, title === 'Risk Assessment' ? V.risk : title === 'Medications' ? V.med : null);
  if (r < 0.86) return title.includes('Plan') || title === 'Next Session' ? orderedList() : checklist();
  if (ctx.tables < ctx.maxTables) { ctx.tables++; return table(); }
  return paragraph(ctx);
}
// a section starts as its heading plus one short paragraph; note() then grows sections up to the note's target size
function section(ctx, title, level) {
  return `${'#'.repeat(level)} ${title}\n\n${paragraph(ctx, 1, 2)}`;
}

function note(i, opts = {}) {
  const style = pick(Object.keys(STYLES));
  const d = new Date(Date.UTC(2023, 0, 1) + ri(0, 700) * 86400000);
  const ctx = {
    clientId: `C${String(1000 + (i % 100)).padStart(4, '0')}`,
    date: d.toISOString().slice(0, 10),
    sessionNo: ri(1, 60),
    style,
    wrap: chance(WRAP_RATIO),
    marker: chance(0.8) ? '-' : '*',
    tables: 0,
    maxTables: pick([0, 1, 1, 2, 3]),
  };
  const target = opts.targetBytes ?? ri(2048, 6144);
  const parts = [];
  if (!opts.noFrontMatter) parts.push(frontMatter(ctx));
  parts.push(`# ${style} Note: Session ${ctx.sessionNo} (${ctx.date})`);
  // headings: the style's core sections (h2) interleaved with extra h2/h3 sections; 6-12 headings total incl. h1
  const core = STYLES[style];
  const nHeadings = ri(6, 12);
  const extras = [];
  const pool = EXTRA_H.slice();
  while (core.length + 1 + extras.length < nHeadings && pool.length) extras.push(pool.splice(ri(0, pool.length - 1), 1)[0]);
  const seq = [];
  let e = 0;
  for (const c of core) {
    seq.push([c, 2]);
    const nSub = c === 'Plan' ? 0 : ri(0, 2);
    for (let j = 0; j < nSub && e < extras.length; j++) seq.push([extras[e++], 3]);
  }
  while (e < extras.length) seq.push([extras[e++], 2]);
  let body = parts.join('\n\n');
  const secs = seq.map(([t, l]) => section(ctx, t, l));
  // grow sections with random blocks until the note reaches its target size (heading count stays fixed)
  let size = body.length + secs.reduce((a, s) => a + s.length + 2, 0);
  let misses = 0;
  while (size < target - 120 && misses < 30) {
    const j = ri(0, secs.length - 1);
    const title = seq[j][0];
    const b = block(ctx, title);
    if (size + b.length + 2 > target) { misses++; continue; }
    secs[j] += '\n\n' + b; size += b.length + 2;
  }
  body += '\n\n' + secs.join('\n\n') + '\n';
  if (chance(0.05)) body += '\n'; // occasional extra blank line at EOF
  return { text: body, ctx };
}

// ---------- write ----------
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(path.join(OUT, 'notes'), { recursive: true });
fs.mkdirSync(path.join(OUT, 'big'), { recursive: true });
let total = 0; const sizes = []; let best = null;
for (let i = 0; i < N; i++) {
  const { text, ctx } = note(i);
  const dir = path.join(OUT, 'notes', `client-${ctx.clientId}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${ctx.date}-${ctx.style.toLowerCase()}-${String(i).padStart(5, '0')}.md`);
  fs.writeFileSync(file, text);
  const b = Buffer.byteLength(text);
  total += b; sizes.push(b);
  if (!best || Math.abs(b - 4096) < Math.abs(best.b - 4096)) best = { b, file, text };
}
fs.writeFileSync(path.join(OUT, 'sample-4k.md'), best.text);

// big file: one front matter, then many sessions as h1 sections (no per-session front matter)
rnd = mulberry32(SEED ^ 0x5bd1e995);
const bigTarget = Math.round(BIG_MB * 1024 * 1024);
const chunks = ['---\ntitle: "Combined session record"\nclient_id: C9999\nexported: 2024-12-31\n---\n'];
let bigLen = Buffer.byteLength(chunks[0]); let k = 0;
while (bigLen < bigTarget) {
  const t = note(100000 + k++, { noFrontMatter: true }).text;
  chunks.push('\n' + t); bigLen += Buffer.byteLength(t) + 1;
}
fs.writeFileSync(path.join(OUT, 'big', `big-${BIG_MB}mb.md`), chunks.join(''));

sizes.sort((a, b) => a - b);
const manifest = {
  seed: SEED, n: N, wrapRatio: WRAP_RATIO, totalBytes: total, totalMiB: +(total / 1048576).toFixed(2),
  noteBytes: { min: sizes[0], p50: sizes[sizes.length >> 1], max: sizes[sizes.length - 1], mean: Math.round(total / N) },
  sample4k: { bytes: best.b, from: path.relative(OUT, best.file) },
  big: { file: `big/big-${BIG_MB}mb.md`, bytes: bigLen, sessions: k },
};
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(JSON.stringify(manifest));
