// What a dimension's own entry says: a placeholder, a pointer to an earlier note, work put off, or a form's option
// nobody ticked documents nothing, whatever else the note mentions.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

const status = (text: string, id: string, type = 'progress') => lint(text, { type }).dimensions.find((d) => d.id === id)?.status;

describe('what an entry says', () => {
  it('"Strengths: TBD" is unfilled even when an ecological table has a "Strength / need" column', () => {
    const table = [
      '| System | Current status | Strength / need |',
      '|---|---|---|',
      '| Family | Mother calls daily | Strength (mother): court accompaniment |',
      '| Social support | Two close friends from basketball | Under-used strength: re-engage |',
    ].join('\n');
    const t = `# Treatment Plan\n\nDate: 3/14/2026\n\n**Strengths:** TBD\n\n**Ecological factors**\n\n${table}\n`;
    assert.equal(status(t, 'strengths', 'treatment-plan'), 'unfilled');
    // Without the placeholder entry the table's strengths still count.
    assert.equal(status(t.replace('**Strengths:** TBD\n\n', ''), 'strengths', 'treatment-plan'), 'addressed');
  });

  it('"Risk: No change in risk from previous note" is copied forward: nothing assessed today', () => {
    const t = '# Progress Note\n\nDate: 3/14/2026\n\nRisk: No change in risk from previous note.\n';
    assert.notEqual(status(t, 'risk-assessment'), 'addressed');
    assert.equal(status(t.replace('No change in risk from previous note', 'Denies SI/HI; risk low'), 'risk-assessment'), 'addressed');
  });

  it('a short risk entry that names no screen, level or plan ("## Safety / No safety concerns.") screened nothing', () => {
    const note = (e: string) => `# Family session\n\nDate: 3/14/2026\n\n## Safety\n\n${e}\n`;
    const r = lint(note('No safety concerns.'), { type: 'progress' });
    assert.equal(r.dimensions.find((d) => d.id === 'risk-assessment')!.status, 'unfilled');
    assert.match(r.findings.find((f) => f.ruleId === 'risk-assessment')!.message, /^Risk assessment too vague/);
    // A terse screen is one: its answer, its level, a screen named without "suicidal".
    assert.equal(status(note('No suicidal thoughts when asked. Risk low.'), 'risk-assessment'), 'addressed');
    assert.equal(status(note('Columbia screen negative for ideation in the past month.'), 'risk-assessment'), 'addressed');
    // A long entry is judged by its sub-items as before (a risk discussion in supervision names them in its own words).
  });

  it('"Progress: Ongoing." says nothing about progress', () => {
    const t = '# Progress Note\n\nDate: 3/14/2026\n\n**Progress:** Ongoing.\n';
    assert.notEqual(status(t, 'progress-monitoring'), 'addressed');
  });

  it('a progress entry that says nothing of where the goals stand is vague; one with a count or the client\'s view is not', () => {
    const note = (p: string) => `# Progress Note\n\nDate: 3/14/2026\n\nProgress: ${p}\n`;
    const vague = lint(note('Client continues to work on her goals and engages well with the service.'), { type: 'progress' });
    const pm = vague.dimensions.find((d) => d.id === 'progress-monitoring')!;
    assert.equal(pm.status, 'unfilled');
    assert.match(vague.findings.find((f) => f.ruleId === 'progress-monitoring')!.message, /^Progress toward goals too vague/);
    assert.equal(status(note('2 panic attacks this week vs 5 at intake; she says she is "getting there".'), 'progress-monitoring'), 'addressed');
  });

  it('an entry that only puts the work off is not the work; one that does some of it is', () => {
    const t =
      '# Progress Note\n\nDate: 3/14/2026\n\nRisk: E. was low and tearful today. Did not have time to complete the C-SSRS with her alone — will assess next session.\n';
    assert.equal(status(t, 'risk-assessment'), 'unfilled');
    assert.match(lint(t, { type: 'progress' }).findings.find((f) => f.ruleId === 'risk-assessment')!.message, /put off to a later session/);
    const done = '# Progress Note\n\nDate: 3/14/2026\n\nRisk: Denies SI/HI today. Will repeat the C-SSRS next session.\n';
    assert.equal(status(done, 'risk-assessment'), 'addressed');
  });

  it('an unticked form option is no evidence; a ticked one is, and an unticked to-do is still a plan', () => {
    const form = (box: string) => `# Group Note\n\nDate: 3/14/2026\n\n### Risk\n- [${box}] SI screened\n- [${box}] HI screened\n- [${box}] Safety plan reviewed\n`;
    assert.equal(status(form(' '), 'risk-assessment'), 'unfilled');
    assert.equal(status(form('x'), 'risk-assessment'), 'addressed');
    const plan = '# Progress Note\n\nDate: 3/14/2026\n\n## Plan\n- [ ] Call the caseworker by Friday about visits\n- [ ] Next session 3/21 at 4 pm; review the sleep log\n';
    assert.equal(status(plan, 'plan'), 'addressed');
  });
});
