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
