// Drafting, the gathering half: what is read from a client's notes, with the note and line of each fact.
import assert from 'node:assert/strict';
import { byClient, clientFacts, findDate, readNotes, scoresIn, type ClientFacts, type DraftNote } from '../../src/core/index.js';
import { caseload } from '../support/draft.js';

function factsOf(notes: DraftNote[], client: string): ClientFacts {
  const g = byClient(readNotes(notes)).get(client);
  assert.ok(g, `no client ${client}`);
  return clientFacts(client, g.by, g.sessions);
}

describe('draft: gathering facts from notes', () => {
  const ab = factsOf(caseload(), 'AB12');

  it('finds clients by front matter `client:`, else by folder', () => {
    const clients = byClient(readNotes(caseload()));
    assert.deepEqual([...clients.keys()], ['AB12', 'cd34']);
    assert.equal(clients.get('AB12')!.by, 'front matter');
    assert.equal(clients.get('cd34')!.by, 'folder');
  });

  it('reads dates of service from front matter, title, a Date line or the file name, and ISO-normalises them', () => {
    assert.equal(findDate('Session of March 3, 2026')?.iso, '2026-03-03');
    assert.equal(findDate('seen 03/02/2026')?.iso, '2026-03-02');
    assert.equal(findDate('14 Feb 2026')?.iso, '2026-02-14');
    assert.equal(findDate('2026-02-30'), undefined, 'not a calendar day');
    const march = ab.sessions.find((s) => s.path === 'ab12/march.md')!;
    assert.deepEqual(march.date, { value: '2026-03-03', from: { path: 'ab12/march.md', line: 5 }, where: 'title' });
    const cd = factsOf(caseload(), 'cd34');
    assert.deepEqual(cd.sessions.map((s) => s.date?.value), ['2026-03-02', '2026-03-09']);
    const dateLine = readNotes([{ path: 'x/n.md', text: '# Check-in\n\nDate: 5 January 2026\n\nClient seen for follow-up.\n' }])[0];
    assert.equal(dateLine.date?.value, '2026-01-05');
    assert.equal(dateLine.date?.where, 'date line');
  });

  it('keeps two different dates for the same note side by side, not merged', () => {
    const c = ab.conflicts.find((k) => k.what === 'dates of');
    assert.ok(c, JSON.stringify(ab.conflicts));
    assert.equal(c.path, 'ab12/2026-02-02.md');
    assert.deepEqual(
      c.facts.map((f) => [f.value, f.from.line]),
      [
        ['2026-02-02 (front matter)', 3],
        ['2026-02-03 (title)', 6],
        ['2026-02-02 (file name)', 0],
      ],
    );
  });

  it('counts sessions attended, no-show and cancelled from what the notes say; an undated note is counted, not dated', () => {
    assert.deepEqual(ab.counts, { notes: 7, attended: 5, missed: 0, cancelled: 1, noShow: 1, undated: 1 });
    assert.deepEqual(ab.first && [ab.first.date, ab.first.from.path], ['2026-01-05', 'ab12/2026-01-05.md']);
    assert.deepEqual(ab.last && [ab.last.date, ab.last.from.path], ['2026-03-03', 'ab12/march.md']);
    // "missed last week's session" in an attended note is a mention, not this session missed.
    assert.equal(ab.attendanceMentions.length, 1);
    assert.equal(ab.attendanceMentions[0].from.path, 'ab12/2026-02-02.md');
  });

  it('reads measure scores written several ways, and in a table, as a series over time', () => {
    for (const [text, want] of [
      ['PHQ-9: 14', 14],
      ['PHQ9 = 14.', 14],
      ['PHQ-9 score of 14', 14],
      ['PHQ-9 total was 14; ', 14],
      ['PHQ 9 14/27', 14],
    ] as const) {
      assert.deepEqual(scoresIn(text).map((h) => [h.measure.name, h.score]), [['PHQ-9', want]], text);
    }
    assert.deepEqual(scoresIn('PHQ-9: 31'), [], 'out of range');
    assert.deepEqual(scoresIn('ORS 32.5, SRS: 38').map((h) => h.score), [32.5, 38]);
    const phq = ab.measures.find((m) => m.measure === 'PHQ-9')!;
    assert.deepEqual(phq.scores.map((s) => [s.date, s.value]), [
      ['2026-01-05', 18],
      ['2026-01-12', 16],
      ['2026-02-02', 12],
      ['2026-03-03', 8],
    ]);
    assert.equal(phq.change, -10);
    const gad = ab.measures.find((m) => m.measure === 'GAD-7')!;
    // 2026-01-12's GAD-7 is in a table row.
    assert.deepEqual(gad.scores.map((s) => [s.value, s.from.path, s.from.line]), [
      [14, 'ab12/2026-01-05.md', 11],
      [12, 'ab12/2026-01-12.md', 15],
      [7, 'ab12/march.md', 9],
    ]);
  });

  it('follows each goal: first and latest wording, rewording kept side by side, status as recorded', () => {
    const g1 = ab.goals.find((g) => g.key === '1')!;
    assert.equal(g1.first.value, 'Reduce PHQ-9 below 10 by April 2026');
    assert.equal(g1.latest.value, 'Keep PHQ-9 below 10 through June 2026');
    assert.equal(g1.reworded, true);
    assert.equal(g1.status?.value, 'revised');
    const g2 = ab.goals.find((g) => g.key === '2')!;
    assert.deepEqual(g2.wordings.map((w) => w.value), ['Return to work three days a week by March 2026', 'Go back to work part time by March 2026']);
    assert.ok(ab.conflicts.some((k) => k.what === 'wording of goal 2'));
    // "Objective" in a SOAP note is no goals section.
    assert.ok(!ab.goals.some((g) => g.wordings.some((w) => /affect/i.test(w.value))));
  });

  it('gathers risk levels over time, safety plans, interventions with counts, barriers, referrals', () => {
    assert.deepEqual(ab.risk.map((r) => [r.date, r.level ?? null]), [
      ['2026-01-05', 'low'],
      ['2026-01-12', 'low'],
      ['2026-02-02', null],
      ['2026-03-03', 'low'],
    ]);
    assert.equal(ab.safetyPlans.length, 1);
    assert.equal(ab.safetyPlans[0].from.line, 18);
    const cbt = ab.interventions.find((i) => i.name === 'Cognitive behavioral therapy (CBT)')!;
    assert.equal(cbt.count, 2);
    assert.deepEqual(cbt.first, { path: 'ab12/2026-01-05.md', line: 26 });
    assert.ok(ab.interventions.some((i) => i.name === 'Behavioral activation'));
    assert.deepEqual(ab.barriers.map((b) => b.from), [{ path: 'ab12/2026-01-12.md', line: 19 }]);
    assert.match(ab.referrals[0].value, /Referred to Dr\. Osei/);
    // Deferred ("interoceptive exposure next session") is no intervention used; practised is.
    const cd = factsOf(caseload(), 'cd34');
    assert.deepEqual(cd.interventions.find((i) => i.name === 'Interoceptive exposure')?.first, { path: 'cd34/second.md', line: 21 });
  });

  it('lists the dimensions no note documented', () => {
    const ids = ab.neverDocumented.map((d) => d.id);
    assert.ok(ids.includes('strengths'), ids.join());
    assert.ok(!ids.includes('goals'));
    assert.ok(factsOf(caseload(), 'cd34').neverDocumented.some((d) => d.id === 'goals'));
  });

  it('reads a note with no front matter, no title and no date without failing', () => {
    const [s] = readNotes([{ path: 'loose/n.md', text: 'Saw client. Talked.' }]);
    assert.equal(s.date, undefined);
    assert.equal(s.attendance.value, 'attended');
    assert.deepEqual([s.goals, s.scores, s.risk], [[], [], []]);
  });

  it('a client with 50 sessions: every date, score and attendance in order', () => {
    const notes: DraftNote[] = [];
    for (let i = 0; i < 50; i++) {
      const d = new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10);
      const held = i % 10 !== 9;
      const text = held
        ? `---\ntype: soap\ndate: ${d}\nclient: C50\n---\n# SOAP note\n\n## Subjective\n\nPHQ-9: ${Math.max(0, 24 - Math.floor(i / 2))}.\n\n## Assessment\n\nDenies SI. Risk level: low.\n\n## Plan\n\n- Goal 1: Reduce PHQ-9 below 10 (progressing)\n\nCBT continued.\n`
        : `---\ndate: ${d}\nclient: C50\n---\n# No-show\n\nClient did not attend.\n`;
      notes.push({ path: `c50/s${String(50 - i).padStart(2, '0')}.md`, text });
    }
    const c = factsOf(notes, 'C50');
    assert.deepEqual(c.counts, { notes: 50, attended: 45, missed: 0, cancelled: 0, noShow: 5, undated: 0 });
    assert.equal(c.first?.date, '2025-01-06');
    assert.equal(c.last?.date, new Date(Date.UTC(2025, 0, 6 + 7 * 48)).toISOString().slice(0, 10));
    const phq = c.measures[0];
    assert.equal(phq.scores.length, 45);
    assert.ok(phq.scores.every((s, k) => k === 0 || s.date! > phq.scores[k - 1].date!), 'in date order');
    assert.equal(c.interventions[0].count, 45);
    assert.equal(c.goals.length, 1);
    assert.equal(c.goals[0].reworded, false);
  });
});

describe('draft: a table of scores over time', () => {
  it('takes each row\'s own date, and orders the series by date', () => {
    const text = [
      '---',
      'date: 2026-03-01',
      'client: T1',
      '---',
      '# Review',
      '',
      '| Date | Measure | Score |',
      '|---|---|---|',
      '| 2026-01-05 | PHQ-9 | 18 |',
      '| 02/02/2026 | PHQ-9 | 12 |',
      '',
      'PHQ-9 today: 9. PCL-5 = 41.',
      '',
      '| When | GAD-7 |',
      '|---|---|',
      '| Jan 5, 2026 | 15 |',
      '',
    ].join('\n');
    const [s] = readNotes([{ path: 't1/review.md', text }, { path: 't1/earlier.md', text: '---\ndate: 2026-01-20\nclient: T1\n---\nPHQ-9: 16\n' }].slice(0, 1));
    assert.deepEqual(s.scores.map((x) => [x.value.measure, x.value.score, x.value.date ?? null, x.from.line]), [
      ['PHQ-9', 9, null, 12],
      ['PCL-5', 41, null, 12],
      ['PHQ-9', 18, '2026-01-05', 9],
      ['PHQ-9', 12, '2026-02-02', 10],
      ['GAD-7', 15, '2026-01-05', 16],
    ]);
    const both = readNotes([{ path: 't1/review.md', text }, { path: 't1/earlier.md', text: '---\ndate: 2026-01-20\nclient: T1\n---\nPHQ-9: 16\n' }]);
    const c = clientFacts('T1', 'front matter', both);
    assert.deepEqual(c.measures.find((m) => m.measure === 'PHQ-9')!.scores.map((x) => [x.date, x.value]), [
      ['2026-01-05', 18],
      ['2026-01-20', 16],
      ['2026-02-02', 12],
      ['2026-03-01', 9],
    ]);
  });
});
