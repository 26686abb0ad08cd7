// Facts about a note are computed once per lint and read by everyone: section content (the Note), the note's
// section for each of its type's canonical sections, and the lines that can name the note (the Analysis).
import { strict as assert } from 'node:assert';
import { lint, parseNote, profileById } from '../../src/core/index.js';
import { Analysis } from '../../src/core/read/analysis.js';

describe('note facts computed once', () => {
  const text = 'SOAP Progress Note\n\n## Subjective\n\nSlept poorly this week.\n\n## Objective\n\n<!-- ?? Observations -->\n\n## Plan\n\n### Next steps\n\nRTC in one week.\n';

  it('a section has content when it or a subsection holds the clinician\'s words, not when it holds only prompts', () => {
    const note = parseNote(text);
    const by = (t: string) => note.sections.find((s) => s.title === t)!;
    assert.equal(by('Subjective').hasContent, true);
    assert.equal(by('Objective').hasContent, false);
    assert.equal(by('Plan').hasContent, true, 'content in "Next steps" counts for Plan');
  });

  it('the note\'s section for a canonical section is matched once and then reused', () => {
    const a = new Analysis(parseNote(text));
    const soap = profileById('soap')!;
    const plan = a.profileSection(soap, 'plan');
    assert.equal(plan?.title, 'Plan');
    assert.equal(a.profileSection(soap, 'plan'), plan);
    assert.equal(a.profileSection(soap, 'assessment'), undefined);
  });

  it('a first line that names the note is found once, and is not read as content', () => {
    const a = new Analysis(parseNote(text));
    assert.equal(a.title.text?.line, 'SOAP Progress Note');
    assert.ok(!a.units.some((u) => u.block === a.title.text?.block), 'the title line is not clinical content');
  });
});

describe('a title names the note type', () => {
  const typeOf = (text: string) => lint(text).profile.id;
  it('from the head of a first line that has a subtitle after a dash', () => {
    assert.equal(typeOf('Psychotherapy note — kept separately from the record. Not for release.\n\nHeavy session.\n'), 'psychotherapy');
    assert.equal(typeOf('Group Note — Parenting Group (Circle of Security), Session 5 of 8\n\nSeven parents attended.\n'), 'group');
    assert.equal(typeOf('Initial Assessment – Ms N.S.\n\nSelf-referred for low mood.\n'), 'intake');
  });
  it('from the line under a letterhead: "Hollister University Counseling Services" / "INDIVIDUAL PROGRESS NOTE"', () => {
    assert.equal(typeOf('Hollister University Counseling & Psychological Services\nINDIVIDUAL PROGRESS NOTE\n\nClient seen for f/u.\n'), 'progress');
  });
  it('from a first heading of any level that names a kind of note, even when it starts like a section', () => {
    assert.equal(typeOf('PROGRESS NOTE\nDATE: 03/16/2026\n\nClient seen for f/u.\n'), 'progress');
    assert.equal(typeOf('### DBT Skills Group (Adolescent) – Member Note\n\n**Date:** 7/16/24\n'), 'group');
  });
});

describe('an all-capitals first line that names the note is its title, not a section', () => {
  it('"CASE CLOSURE / DISCHARGE SUMMARY" heads no termination section; "RISK ASSESSMENT" still heads its section', () => {
    const closure = 'CASE CLOSURE / DISCHARGE SUMMARY\n\nCLIENT: D.H.\nDISCHARGE DATE: 03/12/2026\n\nREASON FOR DISCHARGE: CLIENT DISCONTINUED SERVICES.\n';
    assert.equal(parseNote(closure).sections[0].isTitle, true);
    const termination = lint(closure).findings.find((f) => f.ruleId === 'termination');
    assert.equal(termination?.status, 'missing', 'a title naming the note does not document the ending');
    assert.equal(parseNote('RISK ASSESSMENT\nDenies SI/HI.\n\nPLAN\nRTC 1 week.\n').sections[0].isTitle, false);
  });
});

describe('a label alone on its line heads the list below it', () => {
  it('"Treatment goals (plan dated 11/06/2025):" and a numbered list document the goals', () => {
    const t = '# SOAP note\n\nDate: 3/14/2026\n\nTreatment goals (plan dated 11/06/2025):\n1. PHQ-9 of 9 or less by 03/2026.\n2. Walk the dog 20 min, 5 days a week.\n';
    assert.equal(lint(t).dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
    const bare = '# SOAP note\n\nDate: 3/14/2026\n\nTreatment goals (plan dated 11/06/2025):\n\nSlept better this week.\n';
    assert.notEqual(lint(bare).dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
  });
});

describe('a dimension disabled for the whole note', () => {
  it('is not expected of it: its report is off, so coverage counts without it', () => {
    const t = '# SOAP note\n\n<!-- clinote-disable-file goals -->\n\n## Subjective\nLow mood.\n\n## Plan\nNext week.\n';
    const r = lint(t);
    assert.equal(r.dimensions.find((d) => d.id === 'goals')?.level, 'off');
    assert.notEqual(r.dimensions.find((d) => d.id === 'risk-assessment')?.level, 'off');
    assert.ok(!r.findings.some((f) => f.ruleId === 'goals'));
  });
});
