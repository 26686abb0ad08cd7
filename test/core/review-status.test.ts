// Review status in the front matter: what reviewOf reads, and what the review-status rule reports.
import assert from 'node:assert/strict';
import { lint, parseNote, reviewOf, REVIEW_STATUSES } from '../../src/core/index.js';

const note = (front: string, body = '## Problem\n\nClient reports panic attacks at work, three a week.\n') =>
  `---\ntype: treatment-plan\n${front}---\n# Treatment plan\n\n${body}`;
const reviewFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'review-status');
const at = (text: string, f: { range: { start: number; end: number } }) => text.slice(f.range.start, f.range.end);

describe('review status', () => {
  it('reads status, reviewed_by and reviewed_on, in any case and spelling of the words', () => {
    assert.deepEqual(reviewOf(parseNote(note('status: approved\nreviewed_by: J. Rivera\nreviewed_on: 2026-11-21\n'))), {
      status: 'approved',
      known: true,
      reviewedBy: 'J. Rivera',
      reviewedOn: '2026-11-21',
    });
    for (const v of ['Needs revision', 'needs_revision', 'NEEDS-REVISION']) {
      assert.equal(reviewOf(parseNote(note(`status: ${v}\n`)))?.status, 'needs-revision', v);
    }
    assert.deepEqual(reviewOf(parseNote(note('status: signed\n'))), { status: 'signed', known: false });
    assert.equal(reviewOf(parseNote(note(''))), undefined);
    assert.deepEqual([...REVIEW_STATUSES], ['draft', 'submitted', 'needs-revision', 'approved']);
  });

  it('warns on `status` when a note marked approved still has errors, naming their rules', () => {
    const text = note('status: approved\n');
    const [f, ...more] = reviewFindings(text);
    assert.equal(more.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(at(text, f), 'status');
    assert.equal(f.message, 'Marked approved but the note still has 1 error (goals): fix it, or set `status: needs-revision`.');
    assert.ok(lint(text).findings.some((x) => x.ruleId === 'goals' && x.severity === 'error'));
  });

  it('says nothing of an approved note without errors, or of a note with errors not yet approved', () => {
    const goals = '## Goals\n\nClient will reduce panic attacks from three to one a week within 8 weeks, measured by a log.\n';
    const clean = note('status: approved\n', goals);
    assert.equal(lint(clean).findings.filter((f) => f.severity === 'error').length, 0);
    assert.deepEqual(reviewFindings(clean), []);
    for (const s of ['draft', 'submitted', 'needs-revision']) assert.deepEqual(reviewFindings(note(`status: ${s}\n`)), [], s);
  });

  it('does not count an error the note silences with a comment', () => {
    const text = note('status: approved\n', '<!-- clinote-disable-file goals -->\n\n## Problem\n\nPanic attacks at work.\n');
    assert.ok(!lint(text).findings.some((f) => f.severity === 'error'));
    assert.deepEqual(reviewFindings(text), []);
  });

  it('names an unknown status, with the one probably meant', () => {
    const text = note('status: aproved\n');
    const [f] = reviewFindings(text);
    assert.equal(f.message, 'Unknown review status "aproved" in `status:`: did you mean "approved"?');
    assert.equal(at(text, f), 'status');
    const [g] = reviewFindings(note('status: signed off\n'));
    assert.equal(g.message, 'Unknown review status "signed off" in `status:`. Use draft, submitted, needs-revision or approved.');
  });

  it('is off in psychotherapy (process) notes, which are exempt', () => {
    const process = '---\ntype: psychotherapy\nstatus: aproved\n---\n# Process note\n\nThoughts.\n';
    assert.deepEqual(reviewFindings(process), []);
  });
});
