// What counts as evidence for a sub-item: the clinician's words, not the template's.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

const note = `---
type: soap
---
# Note

## Assessment

Stable.

### Goals

- **Goal in the client's words:** "sleep through the night"
- **Agreed with the client:** <!-- ? How was the goal negotiated? -->
- **Tasks:** TBD
`;

describe('coverage', () => {
  it('a template label is not evidence; only the answers are', () => {
    const goals = lint(note).dimensions.find((d) => d.id === 'goals')!;
    assert.deepEqual(goals.covered, ['stated']);
  });

  it('a plain label written by the clinician still counts', () => {
    const text = '---\ntype: soap\n---\n## Assessment\n\nInterventions: validation and repair. Progress on Goal 2 continues.\n';
    const goals = lint(text).dimensions.find((d) => d.id === 'goals')!;
    assert.deepEqual(goals.covered, ['stated', 'interventions']);
    assert.equal(goals.status, 'addressed');
  });
});

describe('status', () => {
  const dap = (assessment: string) =>
    `---\ntype: dap\n---\n# DAP note\n\n## Data\n\nClient used CBT skills; client responded well.\n\n## Assessment\n\n${assessment}\n\n## Plan\n\nNext session in a week.\n`;
  it("another template's empty question does not make a dimension unfilled", () => {
    const text = dap(
      'More open than last week.\n\n### Goals\n\n- **Goal in the client\'s words:** "stop blowing up"\n- **Linked interventions:** <!-- ? Which interventions serve this goal? -->',
    );
    const r = lint(text);
    assert.equal(r.dimensions.find((d) => d.id === 'goals')!.status, 'addressed');
    assert.equal(r.dimensions.find((d) => d.id === 'interventions-response')!.status, 'addressed');
  });
  it("a dimension's own empty section is unfilled even when the text elsewhere mentions it", () => {
    const text = dap('Her supportive sister and her humor are strengths she draws on.\n\n### Strengths\n\nTBD');
    assert.equal(lint(text).dimensions.find((d) => d.id === 'strengths')!.status, 'unfilled');
  });
});
