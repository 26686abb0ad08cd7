// measurable-goals judges a goal by a concrete action, a count or criterion and a time frame; weak phrases are a
// closed list (language/goal-words.ts), never a whitelist of verbs.
import assert from 'node:assert/strict';
import { judgeGoal } from '../../src/core/rules/measurable-goals.js';
import { lint } from '../../src/core/index.js';
import { eolProblem } from '../support/invariants.js';

const ok = (s: string, context = '', deadline = false) => {
  const v = judgeGoal(s, context, deadline);
  return !v.clinician && v.observable && v.criterion && v.timeframe;
};

describe('measurable-goals: judging a statement', () => {
  it('any concrete action with a count and a time frame is measurable', () => {
    assert.ok(ok('Client will walk the dog alone 3 mornings a week for 4 weeks.'));
    assert.ok(ok('Client will cook dinner twice a week by May.'));
    assert.ok(ok('Goal 1: Client will maintain sobriety for 90 consecutive days.'));
    assert.ok(ok('PATIENT WILL IDENTIFY AND USE 3 COPING SKILLS, AS EVIDENCED BY SELF-REPORT, PRIOR TO DISCHARGE.'));
    assert.ok(ok('Obj 3a: scores will rise by at least 10 points by the 8/13 review.'));
    // A rate is measured anew each period: its period is the time frame.
    assert.ok(ok('Use a time-out instead of yelling, at least 3 times/week, recorded on the weekly log.'));
    assert.ok(ok('Client will cook dinner twice a week.'));
    assert.equal(judgeGoal('Client will exercise more often.').timeframe, false);
  });
  it('a weak phrase is not observable unless a count or criterion shows it', () => {
    const v = judgeGoal('Client will reduce anxiety.');
    assert.equal(v.observable, false);
    assert.ok(ok('Client will reduce worry to 4/10 or lower on a daily rating within 8 weeks.'));
    assert.equal(judgeGoal('Client will feel better within 8 weeks.').criterion, false, 'a time frame alone is no criterion');
  });
  it('a one-time action due by a date is its own criterion', () => {
    assert.ok(ok('By 10/31 the couple will make and state a decision about recommitment.'));
    assert.equal(judgeGoal('Client will exercise by May.').criterion, false);
  });
  it('the row of a table and a plan-wide review date count', () => {
    assert.ok(ok('Reconnect socially', 'Attend 1 social activity per week ; by 6/1/2026'));
    assert.ok(ok('Lou will offer a check-in at least 3 times a week.', '', true));
  });
  it('a goal written as a clinician action is reported as one', () => {
    assert.equal(judgeGoal('Therapist will provide CBT weekly.').clinician, true);
    assert.equal(judgeGoal('This writer will coordinate with school.').clinician, true);
  });
});

describe('measurable-goals: a plan review\'s own date', () => {
  const goals = (type: string, head: string) =>
    lint(`---\ntype: ${type}\n---\n# Treatment plan\n\n${head}\n\n## Goals\n\n- T. will list 3 triggers of his panic on a worksheet.\n- T. will ride in a bucket truck for 10 minutes with SUDS at 3 or below.\n`).findings.filter((f) => f.ruleId === 'measurable-goals').length;
  it('"Review date:" in a plan review is when the review took place, not the date its goals are due by', () => {
    assert.equal(goals('treatment-plan-review', '**Review date:** 2025-10-02 · 60 min · in person'), 2);
    // ("Next review" is still a date the goals are due by; so is an initial plan's review date.)
    assert.equal(goals('treatment-plan-review', '**Next review:** 2026-01-02'), 0);
    assert.equal(goals('treatment-plan', '**Review date:** 2026-01-02'), 0);
  });
});

describe('measurable-goals: where a goal sits in the note', () => {
  it('a table row\'s own number is no count its goal sets ("| 1 | SI after a loss | Client will be safe | ... | by d/c |")', () => {
    const t = '# Treatment plan\n\n| # | Problem | Goal | Objectives | Interventions | Target |\n|---|---|---|---|---|---|\n| 1 | SI after a loss | Client will be safe | a) Client will feel less suicidal. | DBT skills; q15 obs | by d/c |\n';
    assert.equal(lint(t, { type: 'treatment-plan' }).findings.filter((f) => f.ruleId === 'measurable-goals').length, 1);
  });
  it('a goal labelled with its domain in a goals list ("1. Sleep: at least 6 hours on 5 nights out of 7 within 8 weeks") is a goal', () => {
    const t = '# Intake\n\n## Initial goals (agreed)\n\n1. Sleep: at least 6 hours on 5 nights out of 7 within 8 weeks, on a sleep diary.\n2. Mood: feel better by the end of March.\n';
    const r = lint(t, { type: 'intake' });
    assert.equal(r.findings.filter((f) => f.ruleId === 'goals').length, 0, 'the first goal is measurable');
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'measurable-goals').map((f) => t.slice(f.range.start, f.range.end)), ['Mood: feel better by the end of March.']);
  });
  it('"GOALS — % achieved (agreed ratings)" over a numbered list names the list: each item is a goal, the head is none', () => {
    const t = 'TREATMENT PLAN REVIEW\n\nGOALS — % achieved (client and clinician agreed ratings)\n\n1. Reduce strain: ZBI from 52 to below 40 by 10/15. — **60%**\n\n2. Lower guilt about setting limits. — **40%**\n';
    const found = lint(t).findings.filter((f) => f.ruleId === 'measurable-goals').map((f) => t.slice(f.range.start, f.range.end));
    assert.equal(found.length, 1);
    assert.match(found[0], /^Lower guilt/);
  });
  it('a goal in a paragraph with a lazily continued line is the same goal with CRLF line breaks (found by npm run fuzz)', () => {
    const lf = '**Treatment summary:** G., 52, seen. Goal 1: PHQ-9 below 10. Goal 3: daily walk, logged (5-6 days a week since January).\n    indented code\n\n**Progress:** ok\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const goals = (t: string) => lint(t, { type: 'termination' }).findings.filter((f) => f.ruleId === 'measurable-goals').map((f) => t.slice(f.range.start, f.range.end));
    assert.deepEqual(goals(crlf), goals(lf));
    // Goal 3 is a rate ("5-6 days a week"): measured anew each week, so measurable.
    assert.deepEqual(goals(lf), ['Goal 1: PHQ-9 below 10.']);
    assert.equal(eolProblem(lf), undefined);
  });
  it('in a goals section, a form\'s ticked answer and a named intervention are not goals; a module is a time frame', () => {
    const goals = (t: string) => lint(t, { type: 'group' }).findings.filter((f) => f.ruleId === 'measurable-goals').map((f) => t.slice(f.range.start, f.range.end));
    const form = '# Group Note\n\nDate: 3/14/2026\n\n### Member\'s individual goal\nUse a time-out instead of yelling, at least 3 times/week, recorded on the weekly log.\n- [ ] Log completed this week\n- [x] Log not completed (forgot it at home)\n';
    assert.deepEqual(goals(form), []);
    const mixed = '# Group Note\n\nDate: 3/14/2026\n\n## Session goals and interventions\n- Group objective for the module: each member will name 2 controlling behaviors he has used, recorded on the worksheet.\n- Psychoeducation with the Power and Control wheel.\n- Role-play of a jealousy trigger with time-out.\n- Members will feel calmer and manage anger better.\n';
    assert.deepEqual(goals(mixed), ['Members will feel calmer and manage anger better.']);
  });
  it('a goal whose text the parser rewrote (a NUL character) is reported on its block whatever the line breaks (found by npm run fuzz)', () => {
    assert.equal(eolProblem('**Goals:**\n\u0000<!--\ndate: 2026-11-21'), undefined);
  });
});

describe('goals: judged by depth where they are required', () => {
  const dap = (goals: string) => `# DAP note\n\nDate: 3/14/2026\n\n## Data\nClient reports a hard week.\n\n## Assessment\nMood low.\n\n${goals}\n\n## Plan\nNext session in one week.\n`;
  const goalsOf = (t: string) => lint(t).findings.find((f) => f.ruleId === 'goals');
  it('goals written but all vague are not measurable goals: the finding says so and adds no second Goals section', () => {
    const f = goalsOf(dap('Goals: 1) Reduce anxiety. 2) Improve coping skills.'));
    assert.equal(f?.status, 'missing');
    assert.equal(f!.message, 'Mutually negotiated goals: none of the 2 goals written here is measurable. Make one measurable with the client.');
    assert.match(f!.why!, /names the client's behavior, a count or criterion and a time frame/);
    assert.equal(f!.fix, undefined);
  });
  it('one measurable goal, or a goal named by the plan it comes from, is enough', () => {
    assert.equal(goalsOf(dap('Goals: 1) Reduce anxiety. 2) Walk 20 minutes 3 times a week for 4 weeks.')), undefined);
    assert.equal(goalsOf(dap('Goals: tx plan goal 2 (anger management).')), undefined);
  });
  it('a closing summary that lists vague goals as met is not judged (goals are only recommended there)', () => {
    const t = '# Termination summary\n\nDate: 3/14/2026\n\nGoals: reduce anxiety (met); improve coping (met).\n';
    assert.ok(!goalsOf(t) || !/written here/.test(goalsOf(t)!.message));
  });
});

describe('goals: a template being answered', () => {
  it('a Goals section whose first question is answered and whose measure is still asked waits for the clinician', () => {
    const t = '# DAP note\n\nDate: 3/14/2026\n\n## Data\nHard week.\n\n## Goals\n\n- **Goal in the client\'s words:** Client wants to stop blowing up at work\n- **Measure and time frame:** <!-- ? How will you both know it is met? -->\n\n## Plan\nNext session in one week.\n';
    assert.equal(lint(t).dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
  });
});

describe('measurable-goals: a goal said in a sentence of its own, or after "Goal addressed:"', () => {
  const note = (line: string) =>
    `---\ntype: progress\n---\n# Progress note\n\nDate: 3/13/2025. 10:00-10:50, in person. Clinician: R. Diaz, LCSW.\n\nThe family talked about the move. Denies SI/HI; risk low. Practised a speaker-listener exercise; both found it helpful. They will practise it twice this week.\n\n${line} Next session 3/20.\n`;
  const goals = (line: string) => lint(note(line)).findings.filter((f) => f.ruleId === 'measurable-goals' || f.ruleId === 'goals').map((f) => `${f.ruleId} ${f.severity}`).sort();
  for (const line of ['Goal for the family is to improve communication.', 'The goal is for client to feel more at peace during worship.', 'Our goal is to improve communication.', 'Goal addressed: Sina will feel better about school and talk about Nana more.']) {
    it(`"${line}" is a goal, and not a measurable one`, () => {
      assert.deepEqual(goals(line), ['goals warning', 'measurable-goals warning']);
    });
  }
  it('"The goal is to walk the dog alone 3 mornings a week" is one, and measurable', () => {
    assert.deepEqual(goals('Her goal is to walk the dog alone 3 mornings a week for 4 weeks.'), []);
  });
  it('"the goal for today is to ..." is the session\'s aim, not a goal of the client\'s', () => {
    assert.ok(!goals('The goal for today is to practise grounding.').includes('measurable-goals warning'));
  });
});

describe('a goal that opens with a verb a report also uses', () => {
  const soap = (a: string) => `**S:** Pain 7/10.\n\n**O:** Guarded.\n\n**A:** Chronic pain. ${a} Some progress.\n\n**P:** Keep the activity log 2x/day. RTC 10/23.\n`;
  const found = (a: string) => lint(soap(a)).findings.filter((f) => f.ruleId === 'measurable-goals').length;
  it('"Goal: help pt cope better" and "Goal: agree a budget" are goals, judged; "Goal: agreed with pt" remarks on one', () => {
    assert.equal(found('Goal: help pt cope better with pain and improve quality of life.'), 1);
    assert.equal(found('Goal: agree a household budget with her husband.'), 1);
    assert.equal(found('Goals: agreed with pt at intake.'), 0);
  });
});

describe('a date written beside the goal is its time frame', () => {
  it('"target 3/6" and "due: 04/30/2025"', () => {
    assert.ok(judgeGoal('HCP named and code status clarified before ICU transfer, target 3/6.').timeframe);
    assert.ok(judgeGoal('Submit 3 housing applications, due: 04/30/2025.').timeframe);
  });
});

describe('a goal in the client\'s words over its numbered objectives', () => {
  it('is measured through "1a.", "1b." below it; the objectives are judged each', () => {
    const note = (o: string) => `# Treatment plan review\n\n**Date:** 08/19/2025\n\n**Problem 1 — Trauma symptoms**\nGoal: "to sleep and walk down the street without fear".\n${o}\n\n**Plan:** Continue CPT weekly; review 11/18.\n`;
    const found = (o: string) => lint(note(o)).findings.filter((f) => f.ruleId === 'measurable-goals').length;
    assert.equal(found('- 1a. Reduce PCL-5 from 57 to 40 or below by 11/18.\n- 1b. Nightmares on 2 nights a week or fewer for 4 consecutive weeks.'), 0);
    assert.equal(found('- 1a. Reduce PCL-5 from 57 to 40 or below by 11/18.\n- 1b. Cope better with reminders of the van.'), 1);
  });
});

describe('a bare span beside a goal is its time frame, not its count', () => {
  it('"Client will work on procrastination | 6 months" has no criterion; "3 days a week" is still a rate', () => {
    const v = judgeGoal('Reduce procrastination | Client will work on procrastination | 6 months');
    assert.equal(v.criterion, false);
    assert.equal(v.timeframe, true);
    assert.ok(ok('Client will walk 3 days a week for 8 weeks.'));
  });
});

describe('a list of the helpers\' steps under a goal holds its strategies, not its objectives', () => {
  const plan = (steps: string) =>
    `# Plan of care review\n\nMeeting date: 02/20/2025, 5:30-7:00 pm, family home.\n\n## Needs, goals and strategies\n\n**Need 1: school**\nGoal: D. will do better in school.\n${steps}\n\n## Next steps\n- Next meeting 03/20/2025.\n`;
  const goalsStatus = (steps: string) => lint(plan(steps)).dimensions.find((d) => d.id === 'goals')?.status;
  it('"School SW will check in weekly", "Therapist: continue CBT 2x/week" leave the goal judged itself: none is measurable', () => {
    assert.equal(goalsStatus('- School SW will check in with D. weekly.\n- Therapist: continue CBT/anger work, 2x/week.'), 'missing');
  });
  it('the client\'s own objective below it measures it', () => {
    assert.notEqual(goalsStatus('- D. will attend all classes on 4 of 5 days a week, per the school register, by 03/20.'), 'missing');
  });
});

describe('objectives numbered as a goal\'s parts on the lines under it, in one paragraph', () => {
  const plan = (objectives: string) =>
    `# Treatment plan\n\nDate: 06/09/2025, 8:00-8:50 am, in person. Clinician: S. M., LPC.\n\nGOALS / OBJECTIVES\nGoal 1: Fewer intrusive images; better sleep.\n${objectives}\n  Interventions: grounding skills, CBT-I elements.\n\nCLIENT PARTICIPATION\nPlan reviewed line by line; client agreed.\n`;
  const found = (objectives: string) => lint(plan(objectives)).findings.filter((f) => f.ruleId === 'measurable-goals' || f.ruleId === 'goals');
  it('"  1a. Client will fall asleep within 30 min on 5 of 7 nights by session 5, per sleep log" measures the goal above it', () => {
    const f = found('  1a. Client will fall asleep within 30 min on at least 5 of 7 nights by session 5, per sleep log.');
    assert.deepEqual(f.map((x) => x.ruleId), [], f.map((x) => x.message).join('\n'));
  });
  it('a bracketed template prompt in its place measures nothing, and is not judged as a goal', () => {
    const text = plan('  1a. [Objective — observable, measurable, time-bound]');
    const judged = lint(text).findings.filter((x) => x.ruleId === 'measurable-goals').map((x) => text.slice(x.range.start, x.range.end));
    assert.equal(judged.length, 1);
    assert.ok(judged[0].startsWith('Goal 1: Fewer intrusive images'), judged[0]);
  });
});

describe('a SOAP note\'s "O — Objective" is its observations, not a list of objectives', () => {
  it('no goal is read in "## O — Objective" or "Objective data:"', () => {
    for (const head of ['## O — Objective', '## O - Objective', '**O (Objective)**', 'Objective data:']) {
      const note = `---\ntype: soap\n---\n# SOAP note\n\nDate: 3/13/2025.\n\n## S — Subjective\nSleeping 6 hours.\n\n${head}\nAppropriately dressed, wearing a silver brooch. Good eye contact.\n\n## A — Assessment\nImproving.\n\n## P — Plan\nNext visit 3/27.\n`;
      const goalFindings = lint(note).findings.filter((f) => f.ruleId === 'measurable-goals');
      assert.deepEqual(goalFindings.map((f) => f.message), [], head);
    }
  });
});

describe('a table row\'s numbers (set 133)', () => {
  it('"4a." inside a row\'s joined cells, or "4. Return to work" beside them, is no count', () => {
    const v = judgeGoal('"Figure out if I can still deal." ; 4a. Gain insight into how work stress affects mood.', '4. Return to work ; Supportive therapy ; Therapist ; Discharge', true);
    assert.equal(v.criterion, false);
    assert.equal(judgeGoal('Walk 20 min ; 4a. at least 4 days/wk', '', true).criterion, true);
  });
});
