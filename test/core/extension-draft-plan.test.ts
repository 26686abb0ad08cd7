// Draft Report's de-identify option (src/extension/draft-plan.ts, no vscode), run as the command runs it: the options
// go to the same draft task the lint worker runs (tasks.ts), so what the clinician opens is what this test reads.
import assert from 'node:assert/strict';
import { builtinTemplates, identifierFindings, type DraftNote } from '../../src/core/index.js';
import { draftBase, draftOptions, SHARE_CHOICES, shareMessage } from '../../src/extension/draft-plan.js';
import { runTask } from '../../src/extension/tasks.js';
import { caseload } from '../support/draft.js';

const discharge = builtinTemplates().find((t) => t.name === 'discharge-summary')!;
const withIds = (): DraftNote[] =>
  caseload().map((n) => (n.path === 'ab12/2026-01-12.md' ? { ...n, text: n.text.replace('Mood slightly better.', 'Mood slightly better; her sister Mrs. Alvarez (555-201-3344) drove her.') } : n));

function drafted(share: boolean) {
  const base = draftBase(discharge, 'AB12', '2026-04-01', share);
  const sessions = runTask({ kind: 'read-notes', notes: withIds() }, Infinity);
  const r = runTask({ kind: 'draft', sessions, template: discharge, options: draftOptions('AB12', '2026-04-01', base, share) }, Infinity);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return { base, r };
}

describe('extension: Draft Report, de-identified', () => {
  it('the quick pick offers a draft for the record first, then a de-identified one', () => {
    assert.deepEqual(SHARE_CHOICES.map((c) => [c.label, c.share]), [['For the record', false], ['To share, de-identified', true]]);
  });

  it('"To share, de-identified": the draft opened has placeholders for identifiers, notes by number, no client id in it or its name', () => {
    const { base, r } = drafted(true);
    assert.equal(base, 'discharge-summary-shared-2026-04-01');
    assert.ok(r.ok);
    assert.doesNotMatch(r.text, /AB12|ab12\/|Alvarez|555-201|2026-01-05/);
    assert.match(r.text, /\(from notes: note \d+ line \d+\)/);
    assert.match(r.text, /\[(?:name|date) removed\]/);
    assert.doesNotMatch(r.text, /^client:/m);
    assert.deepEqual(identifierFindings(r.text), [], 'linted with identifiers on, nothing is flagged');
    assert.deepEqual(r.remaining, []);
    assert.ok((r.replaced ?? 0) > 0);
    // Charts count weeks, not dates.
    assert.ok(r.charts.length > 0);
    for (const c of r.charts) assert.doesNotMatch(c.svg, /2026/);
    assert.match(shareMessage(r.text, r.replaced, r.remaining).text, /^Clinote: de-identified: \d+ possible identifiers replaced with placeholders\.$/);
  });

  it('"For the record": names and dates kept, as before', () => {
    const { base, r } = drafted(false);
    assert.equal(base, 'discharge-summary-AB12-2026-04-01');
    assert.ok(r.ok);
    assert.match(r.text, /^client: AB12$/m);
    assert.match(r.text, /\(from notes: ab12\/2026-01-05\.md line \d+\)/);
    assert.equal(r.replaced, undefined);
  });

  it('an identifier still flagged is said with its line, to remove by hand', () => {
    const text = 'a\nb\nSeen by Dr. Alvarez on 3/14/2026.\n';
    const found = identifierFindings(text);
    assert.ok(found.length > 0);
    const m = shareMessage(text, 3, found.slice(0, 1));
    assert.equal(m.level, 'warning');
    assert.equal(m.text, 'Clinote: de-identified: 3 possible identifiers replaced with placeholders. 1 is still flagged (line 3): remove it by hand before sharing.');
  });
});
