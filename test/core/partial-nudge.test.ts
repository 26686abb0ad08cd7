// A note that tells part of a dimension: where the dimension is one a note either tells or not (the presenting
// problem, the individual assessment), the finding is information, a level below a note that says nothing of it; where
// each topic is its own requirement (session details, risk), it stays a warning. Dimension.partial holds which.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import { catalog } from '../../src/core/dimensions/index.js';

const SOAP = (subjective: string, assessment: string, plan = 'Next session 3/20/2025. Practise the breathing exercise daily.') =>
  `# SOAP note\n\nDate: 3/13/2025. 10:00-10:50, in person. Clinician: R. Diaz, LCSW.\n\n## Subjective\n\n${subjective}\n\n## Objective\n\nCalm, good eye contact. Denies SI/HI; no plan or intent; risk low.\n\n## Assessment\n\n${assessment}\n\n## Plan\n\n${plan}\n`;
const finding = (text: string, id: string) => lint(text).findings.find((f) => f.ruleId === id);

describe('a dimension a note tells in part is told so at information, not warned, where the labels say so', () => {
  it('interventions named with no response: a warning, "incomplete" (the labels call it missing 16 times in 19); neither: a warning', () => {
    const part = finding(SOAP('Client spoke about work stress. Taught paced breathing.', 'GAD-7 11, down from 15 at intake; she says she is sleeping better.', 'Next session 3/20/2025.'), 'interventions-response');
    assert.equal(part?.severity, 'warning');
    assert.match(part!.message, /^Interventions and response incomplete/);
    const none = finding(SOAP('Client spoke about work stress.', 'GAD-7 11, down from 15 at intake; she says she is sleeping better.', 'Next session 3/20/2025.'), 'interventions-response');
    assert.equal(none?.severity, 'warning');
  });
  it('progress with a score and nothing else stays a warning, "incomplete": a score read against nothing is not progress toward a goal', () => {
    const part = finding(SOAP('Client spoke about work stress.', 'GAD-7 today 11.'), 'progress-monitoring');
    assert.equal(part?.severity, 'warning');
    assert.match(part!.message, /^Progress toward goals incomplete/);
    const none = finding(SOAP('Client spoke about work stress.', 'Stress at work is the main theme.'), 'progress-monitoring');
    assert.equal(none?.severity, 'warning');
    assert.match(none!.message, /not documented/);
  });
  it('a plan that names only the next session stays a warning, as a note with no next step at all', () => {
    const note = (last: string) =>
      `---\ntype: progress\n---\n# Progress note\n\nDate: 3/13/2025. 10:00-10:50, in person. Clinician: R. Diaz, LCSW.\n\nClient spoke about work stress. GAD-7 11, down from 15 at intake; she says she is sleeping better. Denies SI/HI; risk low.\n\n${last}\n`;
    assert.equal(finding(note('Next session 3/20/2025.'), 'plan')?.severity, 'warning');
    assert.match(finding(note('Next session 3/20/2025.'), 'plan')!.message, /incomplete/);
    assert.equal(finding(note('She left in good spirits.'), 'plan')?.severity, 'warning');
  });
  it('a gift taken with only the clinician\'s own pull noted stays a warning: a relationship event half processed is sent back', () => {
    const part = finding(
      SOAP('Client spoke about work stress. At the end he gave me a handmade keychain; I thanked him and put it on the desk. I noticed a pull to keep it without comment.', 'GAD-7 11, down from 15 at intake; she says she is sleeping better. Taught paced breathing; she found it helpful.'),
      'relationship',
    );
    assert.equal(part?.severity, 'warning');
    assert.match(part!.message, /^Therapeutic relationship incomplete/);
  });
  it('session details with a date and nothing else stay a warning: each of them is its own requirement', () => {
    const note = SOAP('Client spoke about work stress.', 'GAD-7 11, down from 15 at intake; she says she is sleeping better.').replace(
      'Date: 3/13/2025. 10:00-10:50, in person. Clinician: R. Diaz, LCSW.',
      'Date: 3/13/2025.',
    );
    assert.equal(finding(note, 'session-details')?.severity, 'warning');
  });
  it('the dimensions that nudge are data, and none whose every topic is required, nor those a part of which the labels call missing, does', () => {
    const nudge = catalog.filter((d) => d.partial === 'nudge').map((d) => d.id);
    assert.ok(nudge.includes('individual-assessment') && nudge.includes('presenting-problem'));
    for (const id of ['session-details', 'risk-assessment', 'goals', 'bias-safeguards', 'progress-monitoring', 'plan', 'ecological-factors', 'termination', 'relationship', 'occupational-socialization', 'rapport-engagement', 'strengths', 'interventions-response']) assert.ok(!nudge.includes(id), id);
  });
  it('strengths told in part in an intake stay a warning: a line of supports is the thin list a supervisor sends back', () => {
    const intake = (social: string) =>
      `# Intake assessment\n\nDate: 3/13/2025. 10:00-11:00, in person. Clinician: R. Diaz, LCSW.\n\n## Presenting problem\n\nClient says "I can't sleep since the layoff."\n\n## Social history\n\n${social}\n`;
    const part = finding(intake('Lives with his wife. Support system: wife, sister, church.'), 'strengths');
    assert.equal(part?.severity, 'warning');
    assert.match(part!.message, /^Client strengths incomplete/);
    assert.equal(finding(intake('Lives with his wife. Support system: wife, sister, church. He has kept the same job for 12 years and is proud of that; we will build on his persistence.'), 'strengths'), undefined);
  });
});
