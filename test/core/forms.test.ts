// Notes written as forms: a two-column table of fields and entries, and a field that names the kind of note. Each is
// read as the same note written with labels ("RISK: Denies SI/HI") would be.
import assert from 'node:assert/strict';
import { applyFixes, lint, parseNote } from '../../src/core/index.js';

const form = (rows: string[][], header = ['Field', 'Entry']) =>
  [`| ${header.join(' | ')} |`, '|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
const status = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.status;

describe('a form laid out as a two-column table', () => {
  it('each row\'s entry is labelled by its field, and the field name is not the clinician\'s text', () => {
    const note = parseNote(form([['RISK', 'Denies SI/HI.'], ['Plan', 'Next session 11/09.']]));
    const risk = note.blocks.find((b) => b.text.includes('Denies'))!;
    assert.equal(risk.label, 'RISK');
    assert.equal(risk.rowLabel, true);
    const field = note.blocks.find((b) => b.text.trim() === 'RISK')!;
    assert.equal(field.content, false);
  });
  for (const header of [['', ''], ['Item', 'Details'], ['**Field**', '**Response**']]) {
    it(`a header "${header.join(' | ')}" is a form's`, () => {
      const note = parseNote(form([['Risk', 'Denies SI/HI.'], ['Plan', 'Next session 11/09.']], header));
      assert.equal(note.blocks.find((b) => b.text.includes('Denies'))!.label, 'Risk');
    });
  }
  it('a table of measures, goals or sentences is no form: its cells are labelled by their columns', () => {
    const measures = parseNote(form([['PHQ-9', '14'], ['GAD-7', '9']], ['Measure', 'Score']));
    assert.equal(measures.blocks.find((b) => b.text.trim() === '14')!.label, 'Score');
    const sentences = parseNote(form([['Client was seen at home.', 'Yes'], ['Mother joined.', 'Yes']]));
    assert.ok(!sentences.blocks.some((b) => b.rowLabel));
    const three = parseNote('| Field | Entry | Date |\n|---|---|---|\n| Risk | Denies SI | 11/02 |\n| Plan | Weekly | 11/02 |\n');
    assert.ok(!three.blocks.some((b) => b.rowLabel));
  });
  it('its fields name the note\'s format, as headings would', () => {
    const soap = form([['Subjective', 'Client reports a rough week.'], ['Objective', 'Tearful, alert.'], ['Assessment', 'Low mood persists; PHQ-9 14.'], ['Plan', 'Next session 11/09.']]);
    assert.equal(lint(soap).profile.id, 'soap');
  });
  it('a field\'s entry is the dimension\'s own entry: "N/A" is left unfilled, a screen documents risk', () => {
    const note = (risk: string) =>
      '# Progress note\n\n' + form([['Date of service', '11/02/2026, 50 min, in person'], ['Risk', risk], ['Interventions', 'Cognitive restructuring; client named two counter-examples.'], ['Plan', 'Next session 11/09.']]);
    assert.equal(status(note('N/A'), 'risk-assessment'), 'unfilled');
    assert.equal(status(note('Denies SI/HI, no plan or intent; protective factors: her cat, her job. Risk low.'), 'risk-assessment'), 'addressed');
  });
});

describe('a field that names the kind of note', () => {
  const cases: [string, string][] = [
    ['Client: R.T.\nNote type: Progress note\n\nClient discussed stress at work.\n', 'progress'],
    ['SERVICE TYPE: GROUP THERAPY\nDATE: 11/02/2026\n\nMembers practised refusal skills.\n', 'group'],
    ['Type of service: Individual therapy, 45 min\n\nClient discussed stress at work.\n', 'progress'],
    [form([['Client', 'R.T.'], ['Note type', 'Discharge summary'], ['Reason for discharge', 'Goals met.']]), 'termination'],
  ];
  for (const [text, type] of cases) {
    it(`${JSON.stringify(text.split('\n').find((l) => /type|service/i.test(l)))} is a ${type} note`, () => assert.equal(lint(text).profile.id, type));
  }
});

describe('a form\'s numbered parts and an outline\'s items head what follows them', () => {
  it('"## Section 3 - Assessment" is the Assessment; "Section 4 - Plan" over its lines heads the plan', () => {
    const soap = '# SOAP note\n\n## Section 1 - Subjective\n\nRough week.\n\n## Section 2 - Objective\n\nTearful.\n\n## Section 3 - Assessment\n\nLow mood.\n\n## Section 4 - Plan\n\nNext session 3/11.\n';
    assert.equal(lint(soap).profile.id, 'soap');
    const lines = '# Progress note\n\nDate: 03/04/2026, 50 min, video.\n\nSection 4 - Plan\nNext session 03/11. Continue interoceptive exposure daily.\n';
    assert.equal(status(lines, 'plan'), 'addressed');
  });
  it('"- Plan" over its nested list labels each item and itself, and is no content itself', () => {
    const note = parseNote('- Plan\n  - Next session 03/11\n  - Ride the bus two stops, 3x this week\n- Denies SI\n');
    const items = note.blocks.filter((b) => b.kind === 'listItem');
    assert.deepEqual(items.map((b) => [b.text, b.label ?? null, b.content]), [
      ['Plan', 'Plan', false],
      ['Next session 03/11', 'Plan', true],
      ['Ride the bus two stops, 3x this week', 'Plan', true],
      ['Denies SI', null, true],
    ]);
  });
  it('"7. Cultural / Spiritual" over only the questions a fix put there is left unfilled, not missing', () => {
    const note = '# Intake\n\n7. Cultural / Spiritual\n\n   - **Background:** <!-- ? How does the client describe their background? -->\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'cultural-factors')?.status, 'unfilled');
  });
  it('"Plan:" right over the questions a fix put under "Plan: TBD" still heads them, and only them', () => {
    const note = '# Progress note\n\nRisk: denies SI. Low.\n\n**Strengths**\n\n- **Personal strengths:** <!-- ? Which qualities? -->\n\nPlan:\n- **Next steps:** <!-- ? What next? -->\n\nSigned, R. Diaz\n';
    const parsed = parseNote(note);
    const plan = parsed.sections.find((s) => s.title === 'Plan')!;
    assert.ok(plan, 'a Plan section');
    assert.ok(plan.extent.end <= note.indexOf('Signed'));
    assert.equal(lint(note).dimensions.find((d) => d.id === 'plan')?.status, 'unfilled');
  });
  it('a rule ("---") ends a section headed by a bold line: "**Goals:**" over its questions does not take in the note below', () => {
    const note = parseNote('**Goals:**\n- **Goal:** <!-- ? What does the client want? -->\n\n---\n\n**D:** Came on time.\n\nShe worries the judge will believe him.\n');
    const goals = note.sections.find((s) => s.title === 'Goals')!;
    const worry = note.blocks.find((b) => b.text.startsWith('She worries'))!;
    assert.notEqual(worry.section, goals.index);
    assert.ok(goals.extent.end <= note.text.indexOf('---'));
  });
});

describe('numbered sections written as a list or as plain lines', () => {
  it('"2. Subjective" over the lines of its item heads them: a numbered SOAP note is a SOAP note', () => {
    const note = '1. Subjective\n   Panic attack in the bathroom after the midterm.\n\n2. Objective\n   Tearful at start, calmer by the end.\n\n3. Assessment\n   Acute stress, no SI.\n\n4. Plan\n   Return Friday 2 pm.\n';
    assert.equal(lint(note).profile.id, 'soap');
  });
  it('"Section 2 - Data" on its own line heads the lines below it: a DAP note in a school form', () => {
    const note = 'Section 1 - Encounter Information\nDate: 11/06/2024\n\nSection 2 - Data\nCame in on time.\n\nSection 3 - Assessment\nCalmer with peers.\n\nSection 4 - Plan\nMeet 11/13.\n';
    assert.equal(lint(note).profile.id, 'dap');
  });
});

describe('a billing block names the service', () => {
  const cases: [string, string][] = [
    ['BILLING\nCPT 90837 (psychotherapy, 60 min) | Units: 1 | POS 12 (Home)\n\nI arrived at her apartment at 1:30 for our fourth home session.\n', 'progress'],
    ['**Date:** 09/24/2024  **Format:** in person (initial intake, 90791)\n\nShe came in after her PCP referred her.\n', 'intake'],
    ['Service: Individual therapy (90834)\n\nClient discussed stress at work.\n', 'progress'],
    ['| Field | Entry |\n|---|---|\n| CPT | 90853 |\n| Date | 11/02/2026 |\n\nMembers practised refusal skills.\n', 'group'],
  ];
  for (const [text, type] of cases) {
    it(`${JSON.stringify(text.split('\n').find((l) => /9\d{4}/.test(l)))} is a ${type} note`, () => assert.equal(lint(text).profile.id, type));
  }
  it('a number with no billing word beside it names no service; "CPT session 6 of 12" is a session counted in a course', () => {
    assert.equal(lint('CPT session 6 of 12: stuck points on trust.\n\nClient discussed stress at work.\n').profile.id, 'progress');
    assert.equal(lint('She moved to Long Beach, CA 90840 last spring.\n\nClient discussed stress at work.\n').profile.id, 'general');
  });
  it('a SOAP note with a billing code stays a SOAP note', () => {
    assert.equal(lint('CPT: 90834\n\nS: Rough week.\n\nO: Tearful.\n\nA: Low mood.\n\nP: Next session 3/11.\n').profile.id, 'soap');
  });
});

describe('a title that names an earlier event dates the note, not its kind', () => {
  it('"Post-discharge follow-up, visit 2" is a follow-up, not a discharge summary; "Discharge summary" is one', () => {
    assert.equal(lint('# Post-discharge follow-up, visit 2\n\nHe is sleeping ten hours.\n').profile.id, 'progress');
    assert.equal(lint('# Discharge summary\n\nHe completed 12 sessions.\n').profile.id, 'termination');
  });
  it('a follow-up visit and a home visit are sessions', () => {
    assert.equal(lint('Bereavement Follow-up Visit — Hospice Program\n\nOn 05/14 I made a scheduled home visit.\n').profile.id, 'progress');
  });
});

describe('a bold run-in head that ends in a full stop labels its paragraph', () => {
  it('"**Identifying information.** Noa, 31, ..." is labelled; the value is what follows the full stop', () => {
    const b = parseNote('**Identifying information.** Noa, 31, she/her. Session at 10:00.\n').blocks[0];
    assert.equal(b.label, 'Identifying information');
    assert.equal(b.text.slice(b.valueAt), ' Noa, 31, she/her. Session at 10:00.');
  });
  it('"**Strengths.** [to complete]" leaves the strengths unwritten, whatever else the note says of supports', () => {
    const note = '---\ntype: intake\n---\n# Intake\n\nSister supportive. Friends from college.\n\n**Strengths.** [to complete]\n';
    assert.equal(parseNote(note).blocks.find((b) => b.label === 'Strengths')?.content, false);
    assert.equal(status(note, 'strengths'), 'unfilled');
  });
  it('"**Plan.** Goals were reviewed ... at 10:00" reads its goals (the value does not start at a later colon)', () => {
    const note =
      '---\ntype: treatment-plan-review\n---\n**Plan.** Goals were reviewed with her line by line and she agreed to them: 1) walk 10 minutes on 4 days a week by 06/01. Next session 04/09 at 10:00.\n';
    const goals = lint(note).dimensions.find((d) => d.id === 'goals')!;
    assert.ok(goals.covered.includes('stated') && goals.covered.includes('negotiated'), goals.covered.join());
  });
  it('"**Goals (her own, agreed today).**" over a list: the items are the goals, judged one by one', () => {
    const note =
      '---\ntype: intake\n---\n# Intake\n\n**Goals (her own, agreed today).**\n\n1. Start estradiol through her NP within the next 4–6 weeks.\n2. Attend the support group at least twice a month for 3 months.\n';
    assert.deepEqual(lint(note).findings.filter((f) => f.ruleId === 'measurable-goals'), []);
    const vague = note.replace('Attend the support group at least twice a month for 3 months.', 'Feel better about herself.');
    const found = lint(vague).findings.filter((f) => f.ruleId === 'measurable-goals');
    assert.deepEqual(found.map((f) => vague.slice(f.range.start, f.range.end)), ['Feel better about herself.']);
  });
  it('a bold sentence ("**Client denies SI.**") and a list item\'s bold text ("4. **Join one activity.**") are no heads', () => {
    assert.equal(parseNote('**Client denies SI.** Mood brighter.\n').blocks[0].label, undefined);
    assert.equal(parseNote('4. **Join one activity.**\n').blocks[0].label, undefined);
  });
});

describe('formats named in the title', () => {
  it('a SOAPIE note is a SOAP note; PAIP and DART notes are progress notes, whatever their headings look like', () => {
    assert.equal(lint('# SOAPIE note\n\nS: Rough week.\n\nO: Tearful.\n\nA: Low mood.\n\nP: Next session 3/11.\n\nI: CBT.\n\nE: Engaged.\n').profile.id, 'soap');
    const paip = '# PAIP progress note\n\n## Problem\n\nPanic at work.\n\n## Assessment\n\nFewer attacks.\n\n## Intervention\n\nInteroceptive exposure.\n\n## Plan\n\nNext session 3/11.\n';
    assert.equal(lint(paip).profile.id, 'progress');
    assert.equal(lint(paip.replace('# PAIP progress note\n\n', '')).profile.id, 'pirp');
    assert.equal(lint('DART note — 03/04/2026\n\nD: Client described a hard week.\n\nA: Low mood.\n\nR: Engaged.\n\nT: Next session 3/11.\n').profile.id, 'progress');
  });
});

describe('fields written one per line with no blank line between them', () => {
  const note = [
    '**Visit type:** Primary Care Behavioral Health - follow-up (visit 2 of up to 4)',
    '**Date:** 04/15/2025',
    '**Goal addressed:** walk to the mailbox and back without stopping, 5 days a week by June.',
    '**Intervention:** Activity pacing; paced breathing.',
    '**Response:** Tension 7 -> 4 after breathing.',
    '**Plan:** Walk 8 min, 5 days; next visit 04/29.',
    '**14:30 End.**',
    '',
  ].join('\n');
  it('each "**Label:** value" line is a field of its own; a line with no label goes on the value before it', () => {
    const blocks = parseNote(note).blocks;
    assert.deepEqual(blocks.map((b) => b.label), ['Visit type', 'Date', 'Goal addressed', 'Intervention', 'Response', 'Plan']);
    const plan = blocks[5];
    assert.equal(note.slice(plan.range.start, plan.range.end), '**Plan:** Walk 8 min, 5 days; next visit 04/29.\n**14:30 End.**');
  });
  it('so the fields reveal the format (Goal, Intervention, Response, Plan: GIRP), and a long visit-type field its kind', () => {
    assert.equal(lint(note).profile.id, 'girp');
    assert.equal(lint(note.split('\n').filter((l) => !/Goal|Intervention|Response/.test(l)).join('\n')).profile.id, 'progress');
  });
  it('a paragraph that only starts with a label stays one paragraph', () => {
    assert.equal(parseNote('**Plan:** continue CBT\nnext session 3/11 at 10:00\n').blocks.length, 1);
  });
});

describe('a critical incident debriefing meets the team together', () => {
  it('"Group Critical Incident Debriefing" and "CISD" are group notes', () => {
    assert.equal(lint('# Group Critical Incident Debriefing — EAP On-Site Response\n\nSeven staff attended.\n').profile.id, 'group');
    assert.equal(lint('# CISD — branch staff\n\nSeven staff attended.\n').profile.id, 'group');
  });
});

describe('a bold line with its text right below it (no blank line between) heads that text', () => {
  it('"**S — Subjective**" over its paragraph is the Subjective section; SOAPIE\'s "E — Evaluation" is the response', () => {
    const note = '**S — Subjective**\nRough week.\n\n**O — Objective**\nTearful.\n\n**A — Assessment**\nLow mood.\n\n**P — Plan**\nNext session 3/11.\n\n**I — Intervention**\nValidation; psychoeducation on sundowning.\n\n**E — Evaluation**\nTo be completed at next session.\n\nNoor H., LCSW   03/07/2025\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'soap');
    assert.deepEqual(r.note.sections.map((s) => s.title), ['S — Subjective', 'O — Objective', 'A — Assessment', 'P — Plan', 'I — Intervention', 'E — Evaluation']);
    assert.equal(status(note, 'interventions-response'), 'unfilled');
    assert.equal(status(note.replace('To be completed at next session.', 'He teared up, then said the sundowning talk helped.'), 'interventions-response'), 'addressed');
  });
  it('"**Plan:** Next session 3/11." is a plan, not the plan put off', () => {
    assert.equal(status('---\ntype: progress\n---\n# Progress note\n\n**Plan:** Next session 3/11.\n', 'plan'), 'addressed');
  });
});

describe('a note written as questions and answers', () => {
  const note = '---\ntype: progress\n---\n# Diversion program — session note\n\nWhat goal did we work on?\nStaying out of trouble. We talked about making better choices with friends.\n\nHow did he respond?\nHe listened.\n';
  it('each question heads its answer, and the goal in the answer is judged', () => {
    const r = lint(note);
    assert.deepEqual(r.note.sections.map((s) => s.title).slice(1), ['What goal did we work on?', 'How did he respond?']);
    const found = r.findings.filter((f) => f.ruleId === 'measurable-goals').map((f) => note.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['Staying out of trouble.']);
  });
  it('a speaker\'s question ("T: How was your week?") and a quoted one head nothing', () => {
    assert.equal(parseNote('T: How was your week?\nC: Fine, I guess.\n').sections.length, 0);
    assert.equal(parseNote('"Why does this keep happening?"\nShe cried.\n').sections.length, 0);
  });
  it('under a goals heading, a wish followed by the goal made of it: only the goal is judged', () => {
    const text = '---\ntype: intake\n---\n## Goals\n\nHe wants to sleep without alcohol. Client will reduce drinking to no more than 2 nights per week, logged, within 8 weeks.\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.ruleId === 'measurable-goals'), []);
  });
});

describe('fixing a goals section\'s first paragraph', () => {
  it('is idempotent: once its prompts wait for the clinician, the next paragraph is not taken for the goal', () => {
    const t = '---\ntype: soap\ndate: 2026-11-01\n---\n## goal\n\nDr. Patel\n\nclient client\n';
    const fixes = (x: string) => lint(x).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const once = applyFixes(t, fixes(t));
    assert.equal(applyFixes(once, fixes(once)), once);
  });
});

describe('an EHR export pasted as an HTML table', () => {
  const html = (rows: string[][]) =>
    '<table>\n  <tr><th>Field</th><th>Value</th></tr>\n' + rows.map((r) => `  <tr>\n    <td>${r[0]}</td>\n    <td>${r[1]}</td>\n  </tr>`).join('\n') + '\n</table>\n';
  it('reads as the same Markdown table: a field\'s name labels its value, whose range is the cell\'s text', () => {
    const text = html([['Note type', 'Progress note — SOAP'], ['Risk', 'Denies SI/HI; no plan or intent.']]);
    const note = parseNote(text);
    const risk = note.blocks.find((b) => b.text.includes('Denies'))!;
    assert.equal(risk.label, 'Risk');
    assert.equal(risk.rowLabel, true);
    assert.equal(text.slice(risk.range.start, risk.range.end), 'Denies SI/HI; no plan or intent.');
    assert.equal(note.blocks.find((b) => b.text.trim() === 'Risk')!.content, false);
  });
  it('its "Note type" field names the note', () => {
    const text = html([
      ['Note type', 'Progress note — SOAP'],
      ['S', '"Mornings are the worst."'],
      ['O', 'Alert, oriented x4.'],
      ['A', 'Acute stress reaction, improving.'],
      ['P', 'Return 03/08 08:45.'],
    ]);
    assert.equal(lint(text).profile.id, 'soap');
  });
  it('a cell whose closing tag is left out ends where the next cell starts; a table with a comment stays one block', () => {
    const open = parseNote('<table><tr><td>Risk<td>Denies SI.</tr></table>\n');
    assert.equal(open.blocks.find((b) => b.text.includes('Denies'))?.text.trim(), 'Denies SI.');
    const withPrompt = parseNote('<table><tr><td>Risk</td><td><!-- ? Risk screen --></td></tr></table>\n');
    assert.equal(withPrompt.blocks.length, 1);
  });
});

describe('a GitHub alert ("> [!NOTE]") is the writer\'s own box, not a quotation', () => {
  it('its lines are not quoted, and the line after the marker starts the paragraph', () => {
    const note = parseNote('# Note\n\n> [!IMPORTANT]\n> Goal from assessment (16/01): feel more confident.\n\n> She said "I can\'t."\n');
    const goal = note.blocks.find((b) => b.text.includes('Goal from'))!;
    assert.equal(goal.quoted, false);
    assert.ok(goal.text.startsWith('Goal from assessment'));
    assert.equal(note.blocks.find((b) => b.text.includes('She said'))!.quoted, true);
  });
  it('reads the same on a second parse of a long note, whose chunks\' trees are cached', () => {
    const text = '# Note\n\n> [!NOTE]\n> Goal from assessment: feel more confident.\n\n## Plan\n\nNext session 3/11.\n';
    const read = () => parseNote(text, { chunkAbove: 10, minChunk: 5 }).blocks.map((b) => [b.text, b.quoted]);
    assert.deepEqual(read(), read());
    assert.ok(read().some(([t, q]) => String(t).startsWith('Goal from') && q === false));
  });
});

describe('front matter fields that hold writing are read as labelled entries', () => {
  const text = '---\ntype: progress\nclinician: Dr. Ana Ruiz, LCSW\nrisk: >\n  Each partner seen alone. Both deny suicidal and\n  homicidal ideation, plan or intent.\nplan:\n  - continue tally of escalated arguments\n  - next session 2025-04-17\n---\n## Progress note\n\nSpeaker-listener turns.\n';
  it('a folded value or a list is an entry labelled by its key, with its own range; a name with credentials is a datum', () => {
    const note = parseNote(text);
    const risk = note.blocks.find((b) => b.label === 'risk')!;
    assert.ok(text.slice(risk.range.start, risk.range.end).includes('Both deny suicidal'));
    assert.ok(note.blocks.some((b) => b.label === 'plan' && b.text.includes('tally')));
    assert.ok(!note.blocks.some((b) => b.text.includes('Ana Ruiz')));
  });
  it('what they say counts for the dimensions, and they are no text before the note\'s title', () => {
    const r = lint(text);
    assert.equal(r.profile.id, 'progress');
    assert.equal(r.dimensions.find((d) => d.id === 'risk-assessment')?.status, 'addressed');
    assert.ok(r.dimensions.find((d) => d.id === 'plan')?.covered.includes('next-session'));
  });
});
