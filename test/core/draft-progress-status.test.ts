// Drafting: progress entries, goal statuses and risk levels wherever a note writes them, and the counts of sessions
// not held with the notes they came from; each checked in the facts and in what the clinician reads in the draft.
import assert from 'node:assert/strict';
import { builtinTemplates, byClient, clientFacts, draft, readNotes, type ClientFacts, type DraftNote } from '../../src/core/index.js';
import { caseload } from '../support/draft.js';

function factsOf(notes: DraftNote[], client: string): ClientFacts {
  const g = byClient(readNotes(notes)).get(client);
  assert.ok(g, `no client ${client}`);
  return clientFacts(client, g.by, g.sessions);
}

const template = (name: string) => builtinTemplates().find((t) => t.name === name)!;
function drafted(notes: DraftNote[], name = 'discharge-summary', client?: string): string {
  const r = draft(notes, template(name), { today: '2026-06-01', client });
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.text;
}

const note = (date: string, body: string) => `---\ntype: soap\ndate: ${date}\nclient: EF56\n---\n# SOAP note\n\n${body}\n`;

describe('draft: progress, goal status and risk as the notes write them', () => {
  it('a "Progress:" entry inside another section is a progress entry, up to the next label (ab12/march.md line 17)', () => {
    const ab = factsOf(caseload(), 'AB12');
    assert.deepEqual(
      ab.progress.map((p) => [p.date, p.value, p.from.path, p.from.line]),
      [['2026-03-03', 'Goal 1 met for the first time. Goal 2 partially met.', 'ab12/march.md', 17]],
    );
    const text = drafted(caseload(), 'treatment-plan-review', 'AB12');
    assert.match(text, /### Progress recorded in the notes\n\n- 2026-03-03: Goal 1 met for the first time\. Goal 2 partially met\. \(from notes: ab12\/march\.md line 17\)\n/);
  });

  it('a goal status written after the goal\'s number in another section is the status of that goal', () => {
    const ab = factsOf(caseload(), 'AB12');
    const g2 = ab.goals.find((g) => g.key === '2')!;
    assert.deepEqual([g2.status?.value, g2.status?.from.line, g2.status?.date], ['partially met', 17, '2026-03-03']);
    // Goal 1's statuses over time, as written: its own "(in progress)", "(progressing)", then "met" and "(revised)".
    assert.deepEqual(ab.goals.find((g) => g.key === '1')!.statuses.map((s) => s.value), ['in progress', 'progressing', 'met', 'revised']);
    const text = drafted(caseload(), 'discharge-summary', 'AB12');
    assert.match(text, /- \*\*Goal 2:\*\* Go back to work part time[^\n]*\n {2}- Status in the notes: partially met \(2026-03-03\) \(from notes: ab12\/march\.md line 17\)\n/);
    assert.doesNotMatch(text, /not recorded/);
  });

  it('reads a status as a labelled line ("Goal 1: MET"), in a status column, and by the goal\'s wording; a goal that opens with "Continue" is a wording', () => {
    const notes: DraftNote[] = [
      {
        path: 'ef56/1.md',
        text: note('2026-01-10', '## Plan\n\n- Goal 1: Reduce panic attacks to one a week by May 2026\n- Goal 2: Return to work three days a week by June 2026\n- Goal 3: Continue to attend AA meetings weekly\n- Goal 4: Walk 20 minutes a day, five days a week'),
      },
      { path: 'ef56/2.md', text: note('2026-02-10', '## Assessment\n\nGoal 1: MET\n\nGoal 2 (work) is partially met.\n\nWalk 20 minutes a day: ongoing.') },
      {
        path: 'ef56/3.md',
        text: note('2026-03-10', '## Goals\n\n| Goal | Status |\n|---|---|\n| Reduce panic attacks to one a week by May 2026 | Achieved |\n| Continue to attend AA meetings weekly | Not met |'),
      },
    ];
    const f = factsOf(notes, 'EF56');
    const statuses = Object.fromEntries(f.goals.map((g) => [g.key, g.statuses.map((s) => `${s.value} ${s.from.path}:${s.from.line}`)]));
    assert.deepEqual(statuses, {
      '1': ['met ef56/2.md:10', 'achieved ef56/3.md:12'],
      '2': ['partially met ef56/2.md:12'],
      '3': ['not met ef56/3.md:13'],
      '4': ['ongoing ef56/2.md:14'],
    });
    // "Goal 1: MET" and the table's rows are statuses, not new wordings of the goals.
    const g1 = f.goals.find((g) => g.key === '1')!;
    assert.equal(g1.latest.value, 'Reduce panic attacks to one a week by May 2026');
    assert.equal(f.goals.find((g) => g.key === '3')!.first.value, 'Continue to attend AA meetings weekly');
    // The table's rows join the goals with their words, not goals 1 and 2 by their place in the table.
    assert.deepEqual(f.goals.map((g) => [g.key, g.reworded]), [['1', false], ['2', false], ['3', false], ['4', false]]);
    const text = drafted(notes);
    assert.match(text, /Status in the notes: met \(2026-02-10\) \(from notes: ef56\/2\.md line 10\), then achieved \(2026-03-10\) \(from notes: ef56\/3\.md line 12\)/);
    assert.match(text, /Status in the notes: ongoing \(2026-02-10\) \(from notes: ef56\/2\.md line 14\)/);
  });

  it('a note that states two risk levels is read at its last one, and both are shown side by side', () => {
    const notes: DraftNote[] = [
      { path: 'ef56/1.md', text: note('2026-01-10', '## Risk\n\nDenies SI. Risk level: low.') },
      { path: 'ef56/2.md', text: note('2026-02-10', '## Risk\n\nInitially low risk at the start of the session. After disclosing a plan, reassessed as high risk; safety plan updated.') },
    ];
    const f = factsOf(notes, 'EF56');
    const s2 = f.risk.find((r) => r.date === '2026-02-10')!;
    assert.equal(s2.level, 'high');
    assert.deepEqual(s2.levels.map((l) => l.value), ['low', 'high']);
    assert.deepEqual(
      f.conflicts.filter((c) => c.what.startsWith('risk')).map((c) => [c.what, c.facts.map((x) => x.value)]),
      [
        ['risk levels in', ['low', 'high']],
        ['risk level between notes', ['low (2026-01-10)', 'high (2026-02-10)']],
      ],
    );
    const text = drafted(notes);
    assert.match(text, /Latest risk level in the notes: high \(2026-02-10\) \(from notes: ef56\/2\.md line 10\); that note states, in order: low \(from notes: ef56\/2\.md line 10\), then high \(from notes: ef56\/2\.md line 10\)\./);
    assert.match(text, /- 2026-02-10 \(low, then high\): /);
    assert.match(text, /- risk levels in ef56\/2\.md: "low" \(from notes: ef56\/2\.md line 10\) \/ "high" \(from notes: ef56\/2\.md line 10\)/);
    assert.doesNotMatch(text, /Latest risk level in the notes: low/);
  });

  it('reads an AUDIT score, and not an audit of the files', () => {
    const notes: DraftNote[] = [
      { path: 'ef56/1.md', text: note('2026-01-10', '## Subjective\n\nDrinking most nights. AUDIT score of 19.') },
      { path: 'ef56/2.md', text: note('2026-02-10', '## Subjective\n\nCutting down. AUDIT: 12. An audit of the files is due in 3 weeks.') },
    ];
    const f = factsOf(notes, 'EF56');
    assert.deepEqual(
      f.measures.map((m) => [m.measure, m.scores.map((s) => [s.date, s.value, s.from.line])]),
      [['AUDIT', [['2026-01-10', 19, 10], ['2026-02-10', 12, 10]]]],
    );
    assert.match(drafted(notes), /\| AUDIT \| 2026-02-10 \| 12 \| ef56\/2\.md line 10 \|/);
  });

  it('counts a missed session and a cancelled one, and names the notes each count came from', () => {
    const notes: DraftNote[] = [
      { path: 'ef56/1.md', text: note('2026-01-10', '## Subjective\n\nSleeping better.') },
      { path: 'ef56/2.md', text: '---\ndate: 2026-01-17\nclient: EF56\n---\n# Session note\n\nClient missed today\'s appointment; left a message.\n' },
      { path: 'ef56/3.md', text: '---\ndate: 2026-01-24\nclient: EF56\nstatus: cancelled\n---\n# Session note\n\nClinician ill.\n' },
    ];
    const f = factsOf(notes, 'EF56');
    assert.deepEqual(f.counts, { notes: 3, attended: 1, missed: 1, cancelled: 1, noShow: 0, undated: 0 });
    assert.deepEqual(
      f.sessions.filter((s) => s.attendance.value !== 'attended').map((s) => [s.path, s.attendance.value, s.attendance.from?.line]),
      [
        ['ef56/2.md', 'missed', 7],
        ['ef56/3.md', 'cancelled', 4],
      ],
    );
    assert.match(
      drafted(notes),
      /Attendance: 1 session attended, 0 no-show, 1 cancelled, 1 missed \(from notes: 3 notes\)\. Not held: missed 2026-01-17 \(from notes: ef56\/2\.md line 7\); cancelled 2026-01-24 \(from notes: ef56\/3\.md line 4\)\./,
    );
  });
});
