// Quick-fixes put templates where a clinician would write them, and only insert.
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index.js';
import { idempotenceProblem, missingFixProblem } from '../support/invariants.js';

const fixOf = (text: string, ruleId: string) => {
  const f = lint(text).findings.find((x) => x.ruleId === ruleId);
  assert.ok(f?.fix, `no fix for ${ruleId}`);
  return applyFixes(text, [f.fix]);
};

const SOAP = `---
type: soap
---
# Progress note

## Subjective

Client reports a hard week at work.

## Objective

Calm, on time.

## Assessment

Mood improving.
`;

describe('fixes', () => {
  it('puts a missing dimension under its home section, one level down', () => {
    const out = fixOf(SOAP, 'goals');
    assert.ok(out.startsWith(SOAP.slice(0, SOAP.indexOf('Mood improving.') + 'Mood improving.'.length) + '\n\n### Goals\n\n- **Goal'));
  });

  it('adds a missing canonical section after the one that precedes it', () => {
    const out = fixOf(SOAP, 'plan');
    assert.match(out, /Mood improving\.\n\n## Plan\n\n- \*\*/);
  });

  it('fills an empty section with its prompts and offers nothing once prompts are there', () => {
    const text = SOAP + '\n## Plan\n';
    const out = fixOf(text, 'plan');
    assert.match(out, /## Plan\n\n- \*\*.*<!-- \? /);
    const again = lint(out).findings.find((x) => x.ruleId === 'plan');
    assert.equal(again?.status, 'unfilled');
    assert.equal(again?.fix, undefined);
  });

  it('offers the template as a snippet with tab stops on the prompts', () => {
    const f = lint(SOAP).findings.find((x) => x.ruleId === 'goals')!;
    const snippet = f.fix!.edits[0].snippet!;
    assert.match(snippet, /\$\{1:<!-- \? [^}]*-->\}/);
    assert.match(snippet, /\$\{2:/);
  });

  it('adds missing session details to the front matter, then reads them as unfilled', () => {
    const out = fixOf(SOAP, 'session-details');
    assert.match(out, /^---\ntype: soap\ndate: \n/);
    assert.match(out, /\nmodality: \n/);
    assert.equal(lint(out).findings.find((x) => x.ruleId === 'session-details')?.status, 'unfilled');
  });

  it('creates front matter when the note has none', () => {
    const text = '# SOAP note\n\n## Subjective\n\nok\n\n## Objective\n\nok\n\n## Assessment\n\nok\n';
    const out = fixOf(text, 'session-details');
    assert.ok(out.startsWith('---\ndate: \n'));
    assert.ok(out.endsWith(text));
  });

  it('keeps CRLF line endings', () => {
    const out = fixOf(SOAP.replace(/\n/g, '\r\n'), 'goals');
    assert.ok(!/[^\r]\n/.test(out), 'a bare LF was inserted');
  });

  it('appends a measure and a time frame to a vague goal', () => {
    const text = '---\ntype: treatment-plan\n---\n# Plan\n\n## Goals\n\n1. Client will feel better.\n';
    const out = fixOf(text, 'measurable-goals');
    assert.match(out, /Client will feel better as evidenced by <!-- \? .* --> within <!-- \? By when\? -->\./);
  });

  // Found by `npm run fuzz` (seed 732709016).
  it('fills a heading that ends in blanks before a section inserted after it, so fix-all settles in one pass', () => {
    const text = 'Client completed 10 sessions of therapy.\n\n**Goals and outcome:** ';
    assert.equal(idempotenceProblem(text), undefined);
    const out = applyFixes(text, lint(text).findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    assert.ok(out.indexOf("Goal in the client's words") < out.indexOf('Risk Assessment'), 'the Goals prompts stay under their heading');
  });

  it('inserts a section after a raw HTML block left open, not before a disable comment inside it', () => {
    const text = '## Intervention\n<?\n\nCBT.\n\n## Plan\n\nCall Thursday.\n\n<!-- clinote-disable-next-line -->';
    assert.equal(missingFixProblem(text), undefined);
    const f = lint(text).findings.find((x) => x.ruleId === 'risk-assessment');
    const out = applyFixes(text, [f!.fix!]);
    assert.match(out, /\n\?>\n+#+ Risk Assessment\n/, 'the block is closed on its own line and the section is a heading');
  });
});

describe('fixes that meet', () => {
  it('a date of service taken out for sharing still counts as documented, so fix-all settles in one pass', () => {
    const text = '# Clinical Supervision – Case Consultation Note\n\nDate: 03/13/2026, 13:00–14:00 (individual supervision, video)';
    assert.equal(idempotenceProblem(text), undefined);
    const out = applyFixes(text, lint(text).findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    assert.match(out, /Date: \[date removed\]/);
  });

  it('a date of service taken out on a line of its own still counts', () => {
    const text = 'Supervision Case Note\n\nDate: 2/13/2024\nTime: 11:00–11:45, in person (group supervision)';
    assert.equal(idempotenceProblem(text), undefined);
  });

  it('a Plan inside a Goals section holds no goals, and a goal row with prompts waits for the clinician', () => {
    const plan = '# Progress note\n\n## Goals\n\n- Walk the dog 3 mornings a week for 4 weeks.\n\n### Plan\n\n- Standing Wed 7 PM; next 6/5 (video).\n';
    assert.ok(!lint(plan).findings.some((f) => f.ruleId === 'measurable-goals'), 'the Plan item is not judged as a goal');
    const table = '# Treatment plan\n\n## Goals\n\n| Goal | Objective | Target date |\n|---|---|---|\n| Reconnect with friends | | |\n';
    assert.equal(idempotenceProblem(table), undefined);
  });
});

describe('fixes that meet, found by the property tests', () => {
  it('a goal measured through the objective below it stays so once that objective holds the fix\'s prompts', () => {
    assert.equal(idempotenceProblem('## Goal\n\n1. Goal 1: client\n\n- client client\n'), undefined);
  });
  it('a section inserted after a label with only blanks after it goes after those blanks, so the label keeps its fill', () => {
    const text = '---\ntype: [broken\n---\n1. Goal 1: \t\n';
    const risk = lint(text).findings.find((f) => f.ruleId === 'risk-assessment')!;
    // Inserted at the line's end, not between "Goal 1:" and its blanks (they would trail the new section's last line).
    assert.equal(risk.fix!.edits[0].range.start, text.indexOf('\t') + 1);
    const goals = lint(applyFixes(text, [risk.fix!])).findings.find((f) => f.ruleId === 'goals')!;
    assert.deepEqual(goals.fix!.edits.map((e) => text.slice(e.range.start, e.range.end)), [' \t']);
    assert.equal(idempotenceProblem(text), undefined);
  });
});

describe('filling a section that holds only a placeholder', () => {
  it('"TBD" under Strengths is replaced by the prompts, not left beside them, and fixing again changes nothing', () => {
    const t = '# Intake\n\nDate: 3/14/2026\n\n## Presenting problem\nLow mood for 3 months.\n\n## Strengths\n\nTBD\n\n## Plan\nWeekly.\n';
    const f = lint(t).findings.find((x) => x.ruleId === 'strengths')!;
    assert.equal(f.status, 'unfilled');
    const out = applyFixes(t, [f.fix!]);
    assert.ok(!/^TBD$/m.test(out), out);
    assert.match(out, /## Strengths\n\n- \*\*Personal strengths:\*\* <!-- \?/);
    const again = lint(out).findings.filter((x) => x.ruleId === 'strengths' && x.fix).map((x) => x.fix!);
    assert.equal(applyFixes(out, again), out);
  });
});

describe('filling a labelled entry that holds only a placeholder', () => {
  const INTAKE = (entry: string) =>
    `# Intake\n\nDate: 3/14/2026\n\nPresenting problem: low mood for 3 months after a move.\n\n${entry}\n\nPlan: weekly sessions.\n`;
  const fill = (t: string) => {
    const f = lint(t).findings.find((x) => x.ruleId === 'strengths');
    assert.equal(f?.status, 'unfilled', 'strengths is unfilled');
    assert.ok(f.fix, 'an unfilled entry has a fix');
    assert.equal(f.fix.title, 'Add the Strengths prompts');
    return applyFixes(t, [f.fix]);
  };
  const again = (out: string) => applyFixes(out, lint(out).findings.filter((x) => x.ruleId === 'strengths' && x.fix).map((x) => x.fix!));

  it('"Strengths: TBD" keeps its label; the questions replace TBD as the list it heads; fixing again changes nothing', () => {
    const out = fill(INTAKE('Strengths: TBD'));
    assert.match(out, /\nStrengths:\n- \*\*Personal strengths:\*\* <!-- \?[^\n]*\n- \*\*Past successes:\*\*/);
    assert.ok(!out.includes('TBD'), out);
    assert.equal(lint(out).findings.find((x) => x.ruleId === 'strengths')?.status, 'unfilled', 'the questions are still to answer');
    assert.equal(again(out), out);
  });

  it('a bold label in a list item gets the questions as a nested list, its closing marks kept', () => {
    const out = fill(INTAKE('- **Strengths:** N/A'));
    assert.match(out, /\n- \*\*Strengths:\*\*\n  - \*\*Personal strengths:\*\* <!-- \?/);
    assert.ok(!out.includes('N/A'), out);
    assert.equal(again(out), out);
  });

  it('a field right below on the next line stays a field of its own: "Goals addressed: TBD\\nRisk: [enter text]" settles in one fix-all', () => {
    const t = INTAKE('Strengths: TBD\nRisk: [enter text]');
    const out = fill(t);
    assert.match(out, /<!-- \?[^\n]*-->\n\nRisk: \[enter text\]\n/);
    const all = (x: string) => applyFixes(x, lint(x).findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    const once = all(t);
    assert.equal(all(once), once);
  });

  it('an answered entry gets no fill, and the rest of the note is untouched', () => {
    const t = INTAKE('Strengths: TBD');
    const out = fill(t);
    assert.equal(out.slice(0, t.indexOf('Strengths:')), t.slice(0, t.indexOf('Strengths:')));
    assert.ok(out.endsWith('\n\nPlan: weekly sessions.\n'));
    const answered = out.replace(/<!-- \? Which qualities[^>]*-->/, 'Funny, keeps a garden; her sister calls daily and is a steady support.');
    assert.ok(!lint(answered).findings.some((x) => x.ruleId === 'strengths' && x.status === 'unfilled'));
  });
});

describe('a section inserted where the first heading names the note', () => {
  it('goes after "## Goals (treatment plan ...)", so the note is still read as the plan it is, and fix-all settles in one pass', () => {
    const text = '\n## Goals (treatment plan 02/05/2025)\n1. Ride in a car to school on 5 of 5 school days per week by 05/01/2025.\n\n## Parent segment\nMother reports three rides this week.\n';
    const once = applyFixes(text, lint(text).findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    assert.equal(lint(once).profile.id, lint(text).profile.id);
    assert.ok(once.indexOf('## Goals (treatment plan') < once.indexOf('## Strengths'), once.slice(0, 200));
    assert.equal(applyFixes(once, lint(once).findings.flatMap((f) => (f.fix ? [f.fix] : []))), once);
  });
});
