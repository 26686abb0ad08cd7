// Note types as data: the built-in ones are consistent, families are declared once, and a config can add a type,
// name it everywhere a type is named, and say where a custom dimension's section goes (`after`).
import assert from 'node:assert/strict';
import { loadConfigFile, type ConfigHost } from '../../src/core/config/index.js';
import schema from '../../src/core/config/schema.json';
import { catalog } from '../../src/core/dimensions/index.js';
import { lint, noteTemplate } from '../../src/core/index.js';
import { applyFixes } from '../../src/core/fixes/edits.js';
import { FAMILIES } from '../../src/core/profiles/families.js';
import { profiles, requiredInCovers } from '../../src/core/profiles/index.js';

const memHost = (files: Record<string, string>): ConfigHost => ({ readFile: (p) => files[p] });
const load = (config: object) => loadConfigFile('/p/.clinote.json', memHost({ '/p/.clinote.json': JSON.stringify(config) }));
const messages = (config: object) => load(config).problems.map((p) => p.message);

const collateral = { id: 'collateral-contacts', title: 'Collateral contacts', headings: ['collateral contacts'] };
const homeVisit = {
  id: 'home-visit',
  family: 'progress',
  title: 'Home visit note',
  names: ['home visit', 'hv note'],
  titleCues: ['home visit'],
  sections: [
    { id: 'setting', title: 'Setting', aliases: ['setting', 'home environment'] },
    { id: 'observations', title: 'Observations', holds: ['risk-assessment'] },
    { id: 'plan', title: 'Plan', holds: ['plan'] },
  ],
  levels: { 'risk-assessment': 'error', plan: 'warning' },
};

describe('note types: the built-in ones', () => {
  it('each section holds dimensions of the catalog, each dimension in one section at most', () => {
    const dims = new Set(catalog.map((d) => d.id));
    for (const p of profiles) {
      const held = p.sections.flatMap((s) => s.holds ?? []);
      assert.deepEqual(held.filter((id) => !dims.has(id)), [], p.id);
      assert.equal(new Set(held).size, held.length, `${p.id}: a dimension held by two sections`);
      assert.deepEqual(Object.keys(p.homes).sort(), [...held].sort(), p.id);
    }
  });

  it('ids are unique and every family is declared once, in FAMILIES, as in the schema', () => {
    assert.equal(new Set(profiles.map((p) => p.id)).size, profiles.length);
    for (const p of profiles) assert.ok((FAMILIES as readonly string[]).includes(p.family), p.id);
    assert.deepEqual(schema.definitions.family.enum, [...FAMILIES]);
  });
});

describe('note types: requiredIn names what lint matches', () => {
  it('accepts every type id, every type name, every family and *', () => {
    const keys = ['*', ...FAMILIES, ...profiles.flatMap((p) => [p.id, ...p.names])];
    const requiredIn = Object.fromEntries(keys.map((k) => [k, 'info']));
    assert.deepEqual(messages({ dimensions: [{ ...collateral, requiredIn }] }), []);
    // ...and each of them covers some type in lint.ts.
    for (const k of keys) assert.ok(profiles.some((p) => requiredInCovers(k, p)), k);
  });

  it('a config type whose family differs from its id is a note type there (it was "not a note type")', () => {
    const r = load({ noteTypes: [homeVisit], dimensions: [{ ...collateral, requiredIn: { 'home-visit': 'error' } }] });
    assert.deepEqual(r.problems, []);
    const note = '---\ntype: home visit\n---\n# Home visit\n\n## Setting\n\nKitchen.\n';
    const found = lint(note, { config: r.config }).findings.filter((f) => f.ruleId === 'collateral-contacts');
    assert.equal(found[0]?.severity, 'error');
  });

  it('still reports a key that is none of them', () => {
    assert.deepEqual(messages({ dimensions: [{ ...collateral, requiredIn: { progres: 'info' } }] }), ['"progres" is not a note type, a family or *; did you mean "progress"?']);
  });
});

describe('note types: a config adds one', () => {
  it('is selected by front matter type:, defaultType and a title cue, and types.<id>.rules applies to it', () => {
    const r = load({ noteTypes: [homeVisit], defaultType: 'home-visit', types: { 'home-visit': { rules: { plan: 'off' } } } });
    assert.deepEqual(r.problems, []);
    const byType = lint('---\ntype: HV note\n---\n\n## Setting\n\nKitchen.\n', { config: r.config });
    assert.equal(byType.profile.id, 'home-visit');
    assert.equal(byType.typeSource, 'front-matter');
    assert.ok(!byType.findings.some((f) => f.ruleId === 'front-matter'), 'a config type is a known type');
    assert.equal(byType.findings.find((f) => f.ruleId === 'risk-assessment')?.severity, 'error');
    assert.ok(!byType.findings.some((f) => f.ruleId === 'plan'), 'types.home-visit.rules turned plan off');
    assert.equal(lint('Kitchen table, client calm.\n', { config: r.config }).profile.id, 'home-visit');
    assert.equal(lint('# Home visit, 3 May\n\nKitchen table.\n', { config: { ...r.config, defaultType: undefined } }).profile.id, 'home-visit');
  });

  it('puts a missing dimension it holds at the end of its section', () => {
    const { config } = load({ noteTypes: [homeVisit] });
    const note = '---\ntype: home-visit\n---\n# Home visit\n\n## Setting\n\nKitchen.\n\n## Observations\n\nCalm.\n\n## Plan\n\nReturn in two weeks.\n';
    const risk = lint(note, { config }).findings.find((f) => f.ruleId === 'risk-assessment')!;
    const fixed = applyFixes(note, [risk.fix!]);
    assert.ok(fixed.indexOf('Calm.') < fixed.indexOf('### Risk') && fixed.indexOf('### Risk') < fixed.indexOf('## Plan'), fixed);
  });

  it('can start from a built-in type; names and title cues are not inherited', () => {
    const r = load({ noteTypes: [{ id: 'agency-soap', basedOn: 'soap', names: ['agency soap'], levels: { strengths: 'warning' } }] });
    assert.deepEqual(r.problems, []);
    const t = r.config.noteTypes![0];
    assert.equal(t.family, 'progress');
    assert.deepEqual(t.sections.map((s) => s.id), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(t.names, ['agency-soap', 'agency soap']);
    assert.deepEqual(t.titleCues, []);
    assert.equal(t.levels.strengths, 'warning');
    assert.equal(t.levels.goals, 'warning');
    assert.equal(t.homes.goals, 'assessment');
    assert.equal(lint('# SOAP note\n', { config: r.config }).profile.id, 'soap');
  });

  it('is checked with precise messages (in the order of the file), and what is wrong is dropped, not the rest', () => {
    assert.deepEqual(
      messages({
        noteTypes: [
          { id: 'soap', title: 'Mine' },
          { id: 'no-family', title: 'No family' },
          { id: 'bad-base', basedOn: 'soapp' },
          { ...homeVisit, names: ['dap', 'hv'], levels: { 'risk-asessment': 'error' }, sections: [{ id: 's', title: 'S', holds: ['plann'] }, { id: 's', title: 'Again' }] },
          { id: 'fam', family: 'progres', title: 'T' },
        ],
      }),
      [
        '"soap" already names the built-in note type "soap"; set its levels under types.soap.rules, or give this type another id with basedOn: "soap"',
        'note type "no-family" needs "family" (progress, intake, treatment-plan, termination, occupational, supervision, group, psychotherapy or general), or "basedOn" a type that has them',
        'note type "bad-base" needs "family" (progress, intake, treatment-plan, termination, occupational, supervision, group, psychotherapy or general) and "title", or "basedOn" a type that has them',
        '"soapp" is not a note type; did you mean "soap"?',
        '"dap" already names the note type "dap"; this name is ignored',
        '"plann" is not a Clinote dimension; did you mean "plan"?',
        'section "s" appears twice in this note type; the first one is used',
        '"risk-asessment" is not a Clinote rule or dimension; did you mean "risk-assessment"?',
        '"progres" is not allowed for noteTypes[4].family; use progress, intake, treatment-plan, termination, occupational, supervision, group, psychotherapy or general',
      ],
    );
    const { config } = load({ noteTypes: [{ ...homeVisit, names: ['dap', 'hv'] }] });
    assert.deepEqual(config.noteTypes![0].names, ['home-visit', 'hv']);
  });

  it('is inherited through extends, and the nearer file wins', () => {
    const host = memHost({
      '/p/base.json': JSON.stringify({ noteTypes: [homeVisit] }),
      '/p/.clinote.json': JSON.stringify({ extends: './base.json', noteTypes: [{ ...homeVisit, title: 'Home visit (agency)' }], defaultType: 'home-visit' }),
    });
    const r = loadConfigFile('/p/.clinote.json', host);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.noteTypes!.map((t) => t.title), ['Home visit (agency)']);
  });
});

describe('note types: a config dimension says where its section goes (after)', () => {
  const soap = '---\ntype: soap\n---\n# SOAP note\n\n## Subjective\n\nReports sleeping better.\n\n## Objective\n\nCalm.\n\n## Assessment\n\nImproving.\n\n## Plan\n\nReturn in two weeks.\n';

  it('after: "assessment" inserts it right after the Assessment section, before Plan, and the finding sits there', () => {
    const { config, problems } = load({ dimensions: [{ ...collateral, requiredIn: { soap: 'warning' }, after: 'assessment' }] });
    assert.deepEqual(problems, []);
    const f = lint(soap, { config }).findings.find((x) => x.ruleId === 'collateral-contacts')!;
    assert.equal(soap.slice(f.range.start, f.range.end), '## Assessment');
    const fixed = applyFixes(soap, [f.fix!]);
    assert.ok(fixed.includes('Improving.\n\n## Collateral contacts\n'), fixed);
    assert.ok(fixed.indexOf('## Collateral contacts') < fixed.indexOf('## Plan'), fixed);
  });

  it('without it, the section still goes at the end of the note', () => {
    const { config } = load({ dimensions: [{ ...collateral, requiredIn: { soap: 'warning' } }] });
    const f = lint(soap, { config }).findings.find((x) => x.ruleId === 'collateral-contacts')!;
    assert.ok(applyFixes(soap, [f.fix!]).trimEnd().endsWith('## Collateral contacts\n\n<!-- ? What about collateral contacts? -->'));
  });

  it('an unknown section id is reported with the known ones, and the dimension is kept', () => {
    const r = load({ dimensions: [{ ...collateral, after: 'assesment' }] });
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^"assesment" is not a section of any note type; did you mean "assessment"\? use "subjective", "objective", "assessment", .* or "participation"$/);
    assert.equal(r.config.dimensions[0].after, undefined);
    assert.ok(load({ noteTypes: [homeVisit], dimensions: [{ ...collateral, after: 'setting' }] }).problems.length === 0, "a config type's section is known");
  });
});

describe('note types: what DIMENSIONS.md requires', () => {
  const severityOf = (text: string, id: string) => lint(text).findings.find((f) => f.ruleId === id)?.severity;
  const plan = (title: string) => `# ${title}\n\n## Problem\nLow mood since a job loss.\n\n## Goals and objectives\n1. Client will walk 3 mornings a week for 8 weeks.\n\n## Interventions\nBehavioural activation weekly.\n`;
  it('a treatment-plan review requires barriers; an initial plan recommends them', () => {
    for (const t of ['Treatment Plan Review (90-Day)', '90-day review', 'Care plan review', 'Re-authorization']) {
      assert.equal(lint(plan(t)).profile.id, 'treatment-plan-review', t);
      assert.equal(severityOf(plan(t), 'barriers'), 'warning', t);
    }
    assert.equal(lint(plan('Initial treatment plan')).profile.id, 'treatment-plan');
    assert.equal(severityOf(plan('Initial treatment plan'), 'barriers'), 'info');
    assert.equal(lint(`---\ntype: treatment plan review\n---\n${plan('Plan')}`).profile.id, 'treatment-plan-review');
  });
  it("a review follows the plan's config settings unless it has its own", () => {
    const { config } = load({ types: { 'treatment-plan': { rules: { strengths: 'off' } } } });
    assert.equal(lint(plan('Treatment plan review'), { config }).findings.some((f) => f.ruleId === 'strengths'), false);
  });
  it('a group note is each member\'s progress note: goals and risk at warning', () => {
    const group = profiles.find((p) => p.id === 'group')!;
    assert.equal(group.levels.goals, 'warning');
    assert.equal(group.levels['risk-assessment'], 'warning');
    assert.equal(group.levels['measurable-goals'], 'warning');
  });
});

describe('a closing summary written without a session', () => {
  it('is asked for its date and signing clinician only, in the message and in the fix', () => {
    const t = '# Discharge summary\n\nReason for discharge: goals met. PHQ-9 from 18 to 6. Relapse-prevention plan reviewed. Follow-up offered.\n';
    const f = lint(t).findings.find((x) => x.ruleId === 'session-details')!;
    assert.match(f.message, /Add `date:`, `clinician:` to the front matter/);
    const inserted = f.fix!.edits.map((e) => e.newText).join('');
    assert.ok(/date:/.test(inserted) && /clinician:/.test(inserted), inserted);
    assert.ok(!/modality:|participants:|duration:/.test(inserted), inserted);
  });
});

describe('whole-note templates', () => {
  it('repeat no section: a section that is a dimension asks its questions itself ("## Plan", not "## Plan" then "### Plan")', () => {
    for (const p of profiles) {
      const heads = noteTemplate(p, { date: '2026-11-30' }).split('\n').filter((l) => /^#{2,} /.test(l)).map((l) => l.replace(/^#+ /, '').toLowerCase());
      assert.deepEqual(heads.filter((h, i) => heads.indexOf(h) !== i), [], `${p.id}: ${heads.join(' | ')}`);
    }
  });
  it('a fresh note from a template reports its required dimensions as unfilled, never missing', () => {
    for (const p of profiles) {
      const r = lint(noteTemplate(p, { date: '2026-11-30' }), { type: p.id });
      const missing = r.findings.filter((f) => f.status === 'missing' && f.severity !== 'info').map((f) => f.ruleId);
      assert.deepEqual(missing, [], p.id);
    }
  });
});

describe('note types: how notes name their kind', () => {
  const type = (text: string) => lint(text).profile.id;
  it('"P:, I:, R:, P:" is a PIRP note: the first P is the problem, the last the plan; "I:, R:, P:" is not', () => {
    const pirp = 'INDIVIDUAL PROGRESS NOTE\n\n**P:** Panic attacks in lectures.\n\n**I:** Interoceptive exposure.\n\n**R:** SUDS 70 to 45.\n\n**P:** Practise daily; next session 4/16.\n';
    assert.equal(type(pirp), 'pirp');
    assert.notEqual(type(pirp.replace('**P:** Panic attacks in lectures.\n\n', '')), 'pirp');
  });
  it('a letterhead of two lines, the second naming the service, then the title: "OCCUPATIONAL ASSESSMENT"', () => {
    assert.equal(type('UNIVERSITY HEALTH SERVICES\nCounselling & Psychological Services Unit\n\nOCCUPATIONAL ASSESSMENT\n\nDate: 04/07/2024\n'), 'occupational');
    // (A first part with content of its own is no letterhead: the heading under it is one of its sections.)
    assert.notEqual(type('RIVERSIDE COUNSELLING SERVICE\nShe came in worried about her job.\n\nOCCUPATIONAL ASSESSMENT\n\nDone.\n'), 'occupational');
  });
  it('a letterhead whose every part names a service names no kind: "FARM STRESS LINE - FOLLOW-UP COUNSELLING PROGRAM" over "CARE PLAN REVIEW"', () => {
    assert.equal(type('FARM STRESS LINE - FOLLOW-UP COUNSELLING PROGRAM\nCARE PLAN REVIEW\n\nCLIENT: D.K.\n\nGOALS:\n1. Sleep 6 hours on 5 nights a week by May.\n'), 'treatment-plan-review');
    // (A part that names a kind first still names it: a visit, an intervention.)
    assert.equal(type('## Alcohol Care Team — Brief Intervention, Emergency Department\n\n**Date:** Sat 24/05/2025\n\n**S — Situation**\nSeen in ED.\n'), 'progress');
  });
  it('a title\'s nested brackets are an aside too: "CARE AND TREATMENT PLAN (Mental Health (Wales) Measure 2010, Part 1 / LPMHSS)"', () => {
    assert.equal(type('CARE AND TREATMENT PLAN (Mental Health (Wales) Measure 2010, Part 1 / LPMHSS)\nValleys Primary Care Mental Health Support Service\n\nName: Mrs S. P.\n'), 'treatment-plan');
  });
  it('a letter names the note too: "Pasifika family service" over "Couples counselling – closing letter" is a closing summary', () => {
    assert.equal(type('Pasifika family service\nCouples counselling – closing letter\n\n28 June 2024\n\nDear L. and P.,\n\nThank you both.\n'), 'termination');
  });
  it('"Employee Wellness Programme – Occupational Psychosocial Assessment" is an occupational assessment', () => {
    assert.equal(type('# Employee Wellness Programme – Occupational Psychosocial Assessment\n\n**Client:** T.M., 44, shift boss\n'), 'occupational');
  });
  it('a title below a letterhead read as a heading names the note', () => {
    assert.equal(type('HARLAN COUNTY JUVENILE COURT SERVICES\n\nMONTHLY TREATMENT PROGRESS REPORT — CONTRACTED PROVIDER\n(Complete all items.)\n\nYouth: M. Z.\n'), 'progress');
  });
  it('a short front matter `note:` names the note; a group debrief is a group note', () => {
    assert.equal(type('---\nnote: couple counseling, progress note\ndate: 2025-05-14\n---\n\n**Where things stand**\nThey came after a second IUI cycle.\n'), 'progress');
    assert.equal(type('# Critical Incident Group Debrief — Emergency Department\n\n**Participants:** 9 nurses.\n'), 'group');
  });
  it('a plan named for recovery, wellness or healing is a treatment plan; a safety plan is not', () => {
    assert.equal(type('# Wellness and Healing Plan (Initial)\n\n**Participant:** Marcus B.\n'), 'treatment-plan');
    assert.equal(type('# Recovery plan\n\nReviewed with Ms. K.\n'), 'treatment-plan');
    assert.notEqual(type('# Safety plan\n\nWarning signs: nights.\n'), 'treatment-plan');
  });
  it('a note with no title that opens by naming itself is that kind; a first sentence about the work is not', () => {
    const rest = ', 38, seen for the final session on March 20, 2025, 50 minutes, in person. Goals met; EmetQ-13 from 52 to 18.\n';
    assert.equal(type(`Termination session and discharge summary for Hannah W.${rest}`), 'termination');
    assert.equal(type(`Intake assessment of Ms. R.${rest}`), 'intake');
    assert.notEqual(type(`Review of her thought record for Hannah W.${rest}`), 'treatment-plan-review');
  });
  it('a run-in bold head that names the note, "**Discharge summary.** Client: ...", names it; "**Plan.**" does not', () => {
    const body = ' Client: F. R., 57. Final session (14 of 14) on 5 June 2025, 14:00-14:50, in person.\n\nGoals met; ICG 41 to 19.\n';
    assert.equal(type(`St Columba's Hospice — Bereavement Support Service\n\n**Discharge summary.**${body}`), 'termination');
    assert.notEqual(type(`St Columba's Hospice — Bereavement Support Service\n\n**Plan.**${body}`), 'treatment-plan');
  });
  it('a single session, a brief intervention, a guided self-help review are sessions; a discharge planning meeting is no discharge summary', () => {
    const body = '\n\nDate: 06/03/2025, 10.40-11.35am, face to face.\n\nClient K.S., 31, came about debts.\n';
    assert.equal(type(`MAKINDYE COMMUNITY COUNSELLING DESK — SINGLE SESSION (WALK-IN) NOTES${body}`), 'progress');
    assert.equal(type(`## Alcohol Care Team — Brief Intervention, Emergency Department${body}`), 'progress');
    assert.equal(type(`# Guided self-help — telephone review (Step 2)${body}`), 'progress');
    assert.notEqual(type(`# Discharge Planning Meeting — Ward 7B (Stroke Rehabilitation)${body}`), 'termination');
    assert.equal(type(`# Discharge summary${body}`), 'termination');
    assert.equal(type(`---\ncontact_type: discharge summary\n---\n${body}`), 'termination', 'a form\'s contact_type names the note too');
  });
  it('a letterhead line, then the note\'s name on the next line: "SMALL GROUP PROGRESS RECORD" is a group\'s', () => {
    assert.equal(type('NEW HOPE RECOVERY MINISTRY — Grace Fellowship Church\nSMALL GROUP PROGRESS RECORD  (transcribed from paper form)\n\nGroup: Tues. night step study. Members present: 7\n'), 'group');
  });
});

describe('headings written as a format letter and its word ("P — Plan")', () => {
  it('are sections, named by the word: the plan under "P — Plan" is the plan', () => {
    const note = 'GIRP note\n\nG — Goals\n1. Walk 3 times a week by May.\n\nI — Interventions\n- MI about the walks.\n\nR — Response\n- Engaged; walked twice.\n\nP — Plan\n- Continue walks goal.\n- Next visit 09/02.\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'girp');
    assert.deepEqual(r.note.sections.map((s) => s.title), ['G — Goals', 'I — Interventions', 'R — Response', 'P — Plan']);
    assert.equal(r.dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
  });
});

describe('a format\'s letter alone on its line over its part', () => {
  it('"D" over a list and "A" / "P" over text head a DAP note, as plain-text exports write them', () => {
    const note = 'EAP telephone counselling, session 2/6\n\nD\n- sleeping 4-5 hrs in the day\n- snapping at partner\n\nA\nShift-work sleep problem, worse since the rota change.\n\nP\nSleep diary for a week; call again 29 Oct.\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'dap');
    assert.equal(r.dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
  });
  it('"S:" alone over a line that is itself a field ("Pt: ...") heads the subjective part', () => {
    const note = 'Geriatric psychiatry counseling note\n\nS:\nPt: "They took my keys." Mood low.\n\nO:\nCalm, tearful at times.\n\nA:\nLoss of the farming role.\n\nP:\nDaughter to call the Alzheimer\'s helpline; f/u 2 wks.\n';
    assert.equal(lint(note).profile.id, 'soap');
  });
  it('a letter inside prose or a list is no heading', () => {
    assert.equal(lint('Phone call\n\nSpoke with Mum about the school meeting.\nA\nlot of worry about the bus.\n').profile.id, 'general');
  });
});

describe('a heading written as a plain line above its entry ("Client strengths")', () => {
  const review = (s: string) => `# Treatment plan review\n\nDate: 3/13/2025.\n\n${s}\n`;
  it('is the dimension\'s entry when the line is one of its headings whole', () => {
    assert.equal(lint(review('Client strengths\nHighly organized with her paperwork; a loyal sister.')).dimensions.find((d) => d.id === 'strengths')?.status, 'addressed');
  });
  it('is not when the line only holds a heading\'s word, nor when it ends a sentence', () => {
    assert.notEqual(lint(review('Some strengths seen\nHighly organized.')).dimensions.find((d) => d.id === 'strengths')?.status, 'addressed');
    assert.notEqual(lint(review('Her strengths.\nHighly organized.')).dimensions.find((d) => d.id === 'strengths')?.status, 'addressed');
  });
  it('"Reason for admission" heads the presenting problem', () => {
    const plan = '# Initial treatment plan\n\nDate: 3/13/2025.\n\n## Reason for admission (client\'s words)\n\n"My drinking is costing me my job."\n';
    assert.equal(lint(plan).dimensions.find((d) => d.id === 'presenting-problem')?.status, 'addressed');
    // The client's words quoted whole are what was said, not work put off ("if I don't do something").
    const quoted = plan.replace('"My drinking is costing me my job."', '"It stopped being a choice. She says she\'s done if I don\'t do something."');
    assert.equal(lint(quoted).dimensions.find((d) => d.id === 'presenting-problem')?.status, 'addressed');
  });
});
