// Drafting stops when asked (work.ts): the editor's Cancel reaches a draft already under way, which asks `shouldStop`
// between notes, clients, charts and the template's nodes. What is asserted is the work left undone, never a time.
import assert from 'node:assert/strict';
import { builtinTemplates, Cancelled, draftFrom, readNotes, readTemplate, TemplateError, type DraftNote, type SessionFacts } from '../../src/core/index.js';

/** A weekly note of client ZZ99. */
function note(i: number): string {
  const d = new Date(Date.UTC(2016, 0, 3 + 7 * i)).toISOString().slice(0, 10);
  return `---\ntype: soap\ndate: ${d}\nclient: ZZ99\n---\n# SOAP progress note\n\n## Subjective\n\nClient reports ${i % 3 ? 'better' : 'poor'} sleep and worry about work. PHQ-9: ${3 + (i % 20)}. GAD-7 = ${2 + (i % 15)}.\n\n## Plan\n\n- Goal 1: Reduce PHQ-9 below 10 by June (progressing)\n\nContinued CBT and behavioral activation.\n`;
}

/** Notes that record which of them were read (their text asked for). */
function watchedNotes(n: number): { notes: DraftNote[]; read: Set<number> } {
  const read = new Set<number>();
  const notes = Array.from({ length: n }, (_, i) => ({
    path: `zz99/${String(i).padStart(3, '0')}.md`,
    get text() {
      read.add(i);
      return note(i);
    },
  }));
  return { notes, read };
}

/** A token that says stop from its `at`-th question on, and counts the questions. */
function tokenAt(at = Infinity) {
  const t = { asked: 0, shouldStop: () => ++t.asked >= at };
  return t;
}

const template = builtinTemplates().find((t) => t.name === 'treatment-plan-review')!;
const options = { client: 'ZZ99', today: '2026-01-01', charts: 'report' };

describe('draft: cancelled while it runs', () => {
  let sessions: SessionFacts[];
  before(() => {
    sessions = readNotes(watchedNotes(300).notes);
  });

  it('reading 300 notes stops at the note it was in when the token fired: the notes after it are never read', () => {
    const { notes, read } = watchedNotes(300);
    let fired = false;
    // Fires once the 40th note has been opened (its lint asks between its stages: it stops there).
    const shouldStop = () => (fired ||= read.size >= 40);
    assert.throws(() => readNotes(notes, shouldStop), (e: unknown) => e instanceof Cancelled && e.name === 'Cancelled');
    assert.equal(read.size, 40, 'notes 41 to 300 never read');
    assert.deepEqual([...read].sort((a, b) => a - b), [...Array(40).keys()]);
  });

  it('a token that never fires changes nothing', () => {
    const t = tokenAt();
    const some = watchedNotes(20).notes;
    assert.deepEqual(readNotes(some, t.shouldStop), readNotes(some));
    const drafted = draftFrom(sessions, template, options, t.shouldStop);
    const plain = draftFrom(sessions, template, options);
    assert.ok(drafted.ok && plain.ok);
    assert.equal(drafted.text, plain.text);
    assert.deepEqual(drafted.charts, plain.charts);
  });

  it('drafting from 300 notes stops where the token fired: nothing is asked after it, no draft comes back', () => {
    // A whole draft asks before each unit of work, at least once per session in the template's table of sessions.
    const whole = tokenAt();
    assert.ok(draftFrom(sessions, template, options, whole.shouldStop).ok);
    assert.ok(whole.asked > 300, `a whole draft asked ${whole.asked} times`);
    // Halfway through, which is inside the template: it stops there and says so.
    const half = Math.floor(whole.asked / 2);
    const t = tokenAt(half);
    assert.throws(() => draftFrom(sessions, template, options, t.shouldStop), Cancelled);
    assert.equal(t.asked, half, `asked ${t.asked} times, not the ${whole.asked} of a whole draft`);
    // Before any work: not even the first client is gathered.
    const first = tokenAt(1);
    assert.throws(() => draftFrom(sessions, template, options, first.shouldStop), Cancelled);
    assert.equal(first.asked, 1);
  });

  it("stops inside a template's loop, and says Cancelled, not a mistake in the template", () => {
    const ours = readTemplate('ours', '.clinote/templates/ours.md', '---\ndescription: A long loop\ntype: termination\n---\n# Ours\n\n{% for i in (1..50000) %}{% if i > 0 %}.{% endif %}{% endfor %}\n');
    const whole = tokenAt();
    assert.ok(draftFrom(sessions, ours, options, whole.shouldStop).ok);
    assert.ok(whole.asked > 50_000, `a whole render asked ${whole.asked} times`);
    const t = tokenAt(1000);
    assert.throws(
      () => draftFrom(sessions, ours, options, t.shouldStop),
      (e: unknown) => e instanceof Cancelled && !(e instanceof TemplateError),
    );
    assert.equal(t.asked, 1000, 'no pass of the loop after the token fired');
  });

  it('a --share draft stops in its de-identifying lints too', () => {
    const whole = tokenAt();
    const shared = draftFrom(sessions, template, { ...options, share: true }, whole.shouldStop);
    assert.ok(shared.ok);
    const plain = tokenAt();
    draftFrom(sessions, template, options, plain.shouldStop);
    assert.ok(whole.asked > plain.asked, 'the de-identification asks too');
    const t = tokenAt(plain.asked + 2);
    assert.throws(() => draftFrom(sessions, template, { ...options, share: true }, t.shouldStop), Cancelled);
    assert.equal(t.asked, plain.asked + 2);
  });
});
