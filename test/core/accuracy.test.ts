// Guards clinical accuracy against regressions: on the labelled notes, every dimension keeps precision and recall
// of its "missing" findings at 0.9 or more, and the note type is recognised. `npm run accuracy` prints the table.
import assert from 'node:assert/strict';
import { measure } from '../../scripts/accuracy.js';

describe('clinical accuracy (test/fixtures/accuracy)', () => {
  const r = measure(new URL('../fixtures/accuracy/', import.meta.url).pathname);
  it('has at least 30 labelled notes', () => assert.ok(r.notes >= 30, `${r.notes}`));
  it('recognises every note type', () => assert.deepEqual(r.typeErrors, []));
  for (const s of r.scores) {
    it(`${s.id}: precision and recall >= 0.9`, () => {
      const detail = r.errors.filter((e) => e.id === s.id).map((e) => `${e.kind} ${e.note}`).join('\n');
      assert.ok(s.precision >= 0.9 && s.recall >= 0.9, `P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}\n${detail}`);
    });
  }
});
