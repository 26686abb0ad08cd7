// How notes from everyday practice are read: outreach and case management, notes typed in haste, entries that point
// elsewhere, screening asked as a question, work central to who the client is, and progress set beside an earlier
// point. Each is a general way of writing (seen first in held-out set 9), tested here in sentences of its own.
import assert from 'node:assert/strict';
import { applyFixes, emptyConfig, lint as lintNote, parseNote, type LintOptions } from '../../src/core/index.js';
import { Analysis } from '../../src/core/read/analysis.js';
import { assess } from '../../src/core/read/assess.js';
import { catalog } from '../../src/core/dimensions/index.js';

const dimension = (id: string) => catalog.find((d) => d.id === id)!;
/** The rules' reading alone: these tests are about how a sentence is read, not the learned second opinion over it. */
const lint = (text: string, options: LintOptions = {}) => lintNote(text, { ...options, config: { ...emptyConfig(), secondOpinion: false } });
/** Which sub-items of a dimension a text covers. */
const covered = (id: string, text: string) => assess(new Analysis(parseNote(text)), dimension(id)).covered;
/** A dimension's status in a whole note (undefined when the note type neither requires nor triggers it). */
const status = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.status;

const PROGRESS = (body: string) => `---\ntype: progress\n---\n# Progress note\n\nDate: 3/13/2025. 10:15-10:50, home visit.\n\n${body}\n`;

describe('notes typed in haste: a placeholder right after a cue, with no colon', () => {
  it('"plan f/u tbd" is no follow-up; "plan f/u in 2 wks" is', () => {
    assert.ok(!covered('plan', 'Spoke about the week.\n\nplan f/u tbd\n').includes('next-session'));
    assert.ok(covered('plan', 'Spoke about the week.\n\nplan f/u in 2 wks\n').includes('next-session'));
  });
  it('a task with how often ("Practise breathing nightly", "walk 20 min 3x/week") is homework; the next meeting by its date ("next 3/8") is the next session', () => {
    assert.ok(covered('plan', 'Practise breathing nightly.').includes('homework'));
    assert.ok(covered('plan', 'Walk 20 min 3x/week.').includes('homework'));
    assert.ok(!covered('plan', 'She used to walk daily.').includes('homework'));
    assert.ok(covered('plan', 'Continue weekly sessions; next 3/8 at 10:00.').includes('next-session'));
    assert.ok(!covered('plan', 'The next 2 weeks are busy at work.').includes('next-session'));
  });
  it('a goal\'s "x6 months" is how long it runs, not when the client is seen next', () => {
    assert.ok(!covered('plan', 'Goal: pay rent on time every month x6 months.\n').includes('next-session'));
    assert.ok(covered('goals', 'Goal: pay rent on time every month x6 months.\n').includes('measurable'));
  });
});

describe('an entry that points elsewhere, or says the work was not done, documents nothing', () => {
  for (const entry of ['See triage note 9/18.', 'Refer to intake.', 'As above.', 'See intake 10/2024. No changes.', 'Not assessed today.']) {
    it(`"Risk: ${entry}"`, () => {
      assert.equal(status(PROGRESS(`Client talked about his job search.\n\nRisk: ${entry}`), 'risk-assessment'), 'unfilled');
    });
  }
  it('a placeholder with a reason it waits ("TBD – revisit at next group") is still unwritten, whatever the text says', () => {
    const note = (entry: string) =>
      `# Supervision record\n\nDate: 10/22/2025. Supervisor: Dr. V.\n\nA.K. had assumed low motivation; the group worked through other explanations.\n\nBias / cultural considerations: ${entry}\n`;
    assert.equal(status(note('TBD – revisit at next group.'), 'bias-safeguards'), 'unfilled');
    assert.equal(status(note('TBD (awaiting consult).'), 'bias-safeguards'), 'unfilled');
    assert.equal(status(note('A.K. noticed her assumption and will consult.'), 'bias-safeguards'), 'addressed');
  });
  it('an entry with words of its own still counts', () => {
    assert.equal(status(PROGRESS('Client talked about his job search.\n\nRisk: see triage note; today denies SI/HI, no plan or intent.'), 'risk-assessment'), 'addressed');
  });
});

describe('a gift of food made for the clinician is a boundary matter', () => {
  it('"brought homemade sambusa to last week\'s session" calls for the relationship; "brought her journal to session" does not', () => {
    assert.ok(status(PROGRESS("F.A. brought homemade sambusa to last week's session; the counselor accepted them."), 'relationship'));
    assert.equal(status(PROGRESS('She brought her journal to session and read two entries.'), 'relationship'), undefined);
  });
  it('a thing brought "for writer" or "for me" is a gift, whoever is named after it; papers brought for the clinician are not', () => {
    for (const t of ['At the end she brought out a lei she had made and a container of laulau for writer "for listening".', 'Client brought a sweet potato pie for counselor.', 'She brought a pound cake for the front desk and a second one for me.']) {
      assert.ok(status(PROGRESS(t), 'relationship'), t);
    }
    for (const t of ['She brought a list of questions for me.', 'He brought a copy of the court letter for the writer to sign.', 'She brought her sister for support.', 'He brought a photo of his boat for me to see.']) {
      assert.equal(status(PROGRESS(t), 'relationship'), undefined, t);
    }
  });
  it('"asked if he can just WhatsApp me" asks for a private channel; a client\'s quote "she still WhatsApp me" is about the client', () => {
    assert.ok(status(PROGRESS('At the end he asked if he can just WhatsApp me when the link is bad.'), 'relationship'));
    assert.equal(status(PROGRESS('Mr T.: "But she still WhatsApp me at 11 pm about the tuition."'), 'relationship'), undefined);
  });
});

describe('an invitation in the client\'s own words is a boundary matter', () => {
  it('"Can you come to my birthday?", "You should come, honestly", "Birthday invitation:"; "you should come back next week" is not', () => {
    for (const s of [
      'Near the end he said, "Can you come to my birthday? It\'s at the bowling."',
      'His band is playing downtown next Friday. He said, "You should come, honestly, you\'d see me at my best."',
      '- Birthday invitation: said I would think about it.',
      'She raised again the invitation from last week for me to come to the World Cup in the team tent.',
      'Near the end he asked for ma\'am\'s personal WhatsApp number "in case it happens at night".',
      'The counsellor shared her mobile number.',
      'She asked whether we could be Facebook friends so she could see how Oregon goes.',
      'He asked if he could add him on Snapchat "to show him stuff he makes".',
      'Sam added that they found my Instagram and followed it.',
      'Last week C. sent her a message through her personal Instagram account.',
      'Father also invited writer to the family\'s home for iftar "one night this Ramadan"; writer thanked him.',
      'He said from today I should not pay for boda anywhere in Makindye. After the session he took me to the stage since I was going that side.',
      'Twice he said I was "already on Dad\'s side, like everyone\'s supposed to be now."',
      'Eli said they are having a ceremony in June and "we\'d really love you to be there".',
    ])
      assert.ok(status(PROGRESS(s), 'relationship'), s);
    assert.equal(status(PROGRESS('She read out the invitation for her sister to come to the wedding.'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('Her mother shared her mobile number with the school.'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('His mother told him, "You should come home for Christmas."'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('She added her cousin on Snapchat and they talk most nights.'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('Her mother invited her aunt to the family\'s home for Eid.'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('She said she was always on her mother\'s side growing up.'), 'relationship'), undefined);
    assert.equal(status(PROGRESS('I said, "You should come back next week and we will try it again."'), 'relationship'), undefined);
  });
});

describe("a reviewer's comments written into the note are not the clinician's documentation", () => {
  it('"> **[Sup – KW]:** Progress toward Goal 1 isn\'t here" documents no progress; the clinician\'s own line does', () => {
    const comment = '> **[Sup – KW]:** Where is her rating today? Progress toward Goal 1 isn\'t here; HADS-A was 14 at session 2.';
    assert.equal(status(PROGRESS(`Client talked about chemo fatigue.\n\n${comment}`), 'progress-monitoring'), 'missing');
    assert.equal(status(PROGRESS('Client talked about chemo fatigue.\n\nSupervisor comments: progress toward Goal 1 is missing; HADS-A was 14.'), 'progress-monitoring'), 'missing');
    assert.equal(status(PROGRESS('Client talked about chemo fatigue. HADS-A 9 today, down from 14 at session 2.'), 'progress-monitoring'), 'addressed');
  });
});

describe('a risk screen written as a label and its answer', () => {
  it('"SI/HI: denies", "Suicidal ideation: denied" and "C-SSRS screen: ..." screen ideation; "Denies HI" alone screens no suicidal ideation', () => {
    for (const s of ['SI/HI: denies.', 'Suicidal ideation: denied.', 'C-SSRS screen: passive thoughts in the hospital, none in past 2 weeks.']) {
      assert.ok(covered('risk-assessment', `${s}\n`).includes('ideation'), s);
      assert.equal(status(PROGRESS(`Client practised paced breathing and said it helped.\n\n${s}\n\nPlan: next session 3/20.`), 'risk-assessment'), 'addressed', s);
    }
    assert.ok(!covered('risk-assessment', 'Denies HI. Mother states no weapons in the home.\n').includes('ideation'));
  });
  it('"no plan, intent or attempts" and "denies plan, intent" ask about plan and intent', () => {
    for (const s of ['Risk: no plan, intent or attempts.', 'Risk: denies plan, intent.', 'Risk: no plan/intent.']) assert.ok(covered('risk-assessment', `${s}\n`).includes('plan-intent'), s);
  });
});

describe('a risk screen asked as a question', () => {
  it('"asked if he ever feels so sad that he wants to hurt himself or not be alive" is a screen, not a disclosure', () => {
    const text = PROGRESS('Safety check: asked if he ever feels so sad or mad that he wants to hurt himself or not be alive. Eli said "no" to each.');
    assert.equal(status(text, 'risk-assessment'), 'addressed');
  });
  it('the last of a list of questions ("asked about feeling sad, whether anyone hurts him, and whether he ever thinks about hurting himself") is a screen', () => {
    const text = PROGRESS('Alone with Leo: asked about feeling sad or scared, whether anyone hurts him at either house, and whether he ever thinks about hurting himself. Leo said no to all.');
    assert.equal(status(text, 'risk-assessment'), 'addressed');
  });
  it('the question as put to the client ("Do you ever think about hurting yourself, or about not wanting to be alive?") is a screen', () => {
    const text = PROGRESS('I asked, in plain words, "Do you ever think about hurting yourself, or about not wanting to be alive?" Liam: "No. I want to go bowling."');
    assert.equal(status(text, 'risk-assessment'), 'addressed');
    assert.notEqual(status(PROGRESS('She said, "Do you ever just want to stay in bed?" and laughed.'), 'risk-assessment'), 'addressed');
  });
  it('an act of violence ("punched a cabinet") asks for more than "no safety concerns"; means asked about in the passive count', () => {
    const base = 'Chris punched a cabinet door during the argument on Thursday. Denies SI/HI.';
    assert.notEqual(status(PROGRESS(base), 'risk-assessment'), 'addressed');
    assert.equal(status(PROGRESS(`${base} No weapons accessible; his service weapon is kept in a lockbox at work.`), 'risk-assessment'), 'addressed');
    assert.equal(status(PROGRESS('Denies SI/HI. She threw a party for her sister.'), 'risk-assessment'), 'addressed');
    assert.equal(status(PROGRESS('He kicked the habit two years ago. Denies SI/HI.'), 'risk-assessment'), 'addressed');
  });
  it('a disclosure with no question asked still calls for a screen', () => {
    assert.notEqual(status(PROGRESS('He said he sometimes wants to hurt himself when his parents fight.'), 'risk-assessment'), 'addressed');
  });
});

describe('work central to who the client is, whatever the trade', () => {
  for (const s of [
    'He said the farm "isn\'t a job, it\'s who I am."',
    'Her identity is tied to the restaurant she built.',
    'He does not know who he is without the badge.',
    'For her, the business is her whole identity.',
    // As the clinician reports it, tersely, or by the needs the work meets or the generations on the land.
    'SAYS THE JOB IS WHO HE IS AND BEING SAT AT HOME MAKES HIM FEEL USELESS.',
    'Farm central to how he sees himself.',
    'Job filled his needs for belonging, pride in hard physical work, and status in a town.',
    '4th gen on the farm, "if it goes under it\'ll be me that lost it".',
    '4th generation on the home quarter.',
    // Who the client is, said of the work in any trade's words; a whole life at it since youth.
    "The boat's who I am.",
    'The carving is central to who he is: it ties him to his uncle.',
    'Ranger work a big part of who he is.',
    'He said "This has been my whole life since I was 15."',
    '"That\'s all I\'ve been since I was 22."',
    'Third generation on this place; his grandfather built the barn.',
  ]) {
    it(`"${s}" makes bias safeguards expected`, () => {
      assert.ok(status(PROGRESS(`${s} We talked about the harvest.`), 'bias-safeguards'), 'triggered');
    });
  }
  it('a job named in passing does not', () => {
    assert.equal(status(PROGRESS('He works at the co-op and was tired after the harvest.'), 'bias-safeguards'), undefined);
    // (Nor "she is who she is", a person's nature, near a word about work.)
    assert.equal(status(PROGRESS('She is who she is; work has been busy.'), 'bias-safeguards'), undefined);
    // (Nor a people or a faith as part of who the client is, nor a habit.)
    for (const t of ['Being Samoan is a big part of who she is.', 'Church is a big part of who she is.', "Drinking's who I am, he said."]) {
      assert.equal(status(PROGRESS(t), 'bias-safeguards'), undefined, t);
    }
  });
  it('how the trade copes, how the client was raised to cope, and what training left out are the coping the work taught', () => {
    const cov = (t: string) => covered('occupational-socialization', t);
    for (const t of ['Other farmers "just get on with it, you don\'t say".', 'Neighbours work harder and don\'t talk about it: how he was raised to cope.', 'Lots of black humour on shift.', 'Says training never covered this, only officer safety.']) {
      assert.ok(cov(t).includes('coping'), t);
    }
    assert.ok(!cov('Other patients in the waiting room seemed calm.').includes('coping'));
  });
  it('another person\'s identity does not', () => {
    assert.equal(status(PROGRESS("Her father's identity was tied to the farm. She misses him."), 'bias-safeguards'), undefined);
  });
});

describe("the client's assumptions are not the clinician's", () => {
  it('"The client\'s assumption is that..." is no safeguard against the clinician\'s bias; "my assumption" is', () => {
    assert.ok(!covered('bias-safeguards', "The client's assumption is that any mental health disclosure ends a career.").includes('own-assumptions'));
    assert.ok(!covered('bias-safeguards', 'His assumption is that counselors dislike pilots.').includes('own-assumptions'));
    assert.ok(covered('bias-safeguards', 'I noticed my own assumption that pilots minimize stress.').includes('own-assumptions'));
  });
});

describe('outreach and home visits: missed visits, case management, what the client did', () => {
  it('"was not home 3/4 or 3/6 visits" and "unable to locate client" are missed contacts', () => {
    assert.ok(status(PROGRESS('Was not home 3/4 or 3/6 visits, left card both times. Today he answered.'), 'engagement-plan'));
    assert.ok(status(PROGRESS('Unable to locate client at the shelter on Tuesday.'), 'engagement-plan'));
  });
  it('missed contacts in plain words: check-ins and meetups missed, "did not come to", "texted to cancel"', () => {
    for (const s of [
      'She has missed the last two planned meetups at the drop-in center.',
      'He did not come to his check-ins on 10/8 or 10/15.',
      'Renee texted at 3:30 on 2/12 to cancel, "something came up."',
      'Home visit 2/5: knocked twice, no answer at door.',
      'He was supposed to meet with me last Tuesday for help with his recertification and did not come.',
    ])
      assert.ok(status(PROGRESS(s), 'engagement-plan'), s);
    // Someone else's appointment, or one the client kept, is no sign.
    assert.equal(status(PROGRESS('He was supposed to meet with me last Tuesday and came early.'), 'engagement-plan'), undefined);
  });
  it('attendance as a count: a share kept below 0.8 with two or more missed is a sign to explore', () => {
    const review = (s: string) => `# Treatment plan review\n\nDate: 3/13/2025.\n\n${s}\n`;
    for (const s of ['Sessions attended: 9 of 12 scheduled.', 'Loretta attended 3 of 12 possible meetings.', 'Kept 4/10 appointments.'])
      assert.ok(status(review(s), 'engagement-plan'), s);
    for (const s of ['Attended 10 of 11 scheduled sessions.', 'Attended 3 of 5 days of school last week.', 'Completed 2 of 3 planned exposures.', 'Attended 1 of 2 groups.'])
      assert.equal(status(review(s), 'engagement-plan'), undefined, s);
  });
  it('a date, a rating, a target or a place in a series written with two numbers is no attendance count', () => {
    const review = (s: string) => `# Treatment plan review\n\nDate: 3/13/2025.\n\n${s}\n`;
    for (const s of [
      'She said she felt calmer at the 03/14 session and wants to keep going.',
      'Mood 4/10 at session 1, 6/10 today.',
      'Slept through on 3 of 7 at session 2, 5 of 7 now.',
      'Objective 1b: attend at least 6 of 8 group sessions by June.',
      'CPT by phone, 9 of 12 sessions completed.',
      'Completed 8 of 12 CPT sessions; impact statement rewritten.',
      'Vest app shows 9 of 14 sessions a week over the last 6 weeks.',
    ])
      assert.equal(status(review(s), 'engagement-plan'), undefined, s);
    // Counts of sessions kept still are, and a missed session named by its date still is.
    for (const s of ['Attended 4 of 9 sessions so far.', 'Kept 5 of 12 appointments completed by the team.', 'He did not come to the 04/29 family session.', 'Missed the 3/14 session.'])
      assert.ok(status(review(s), 'engagement-plan'), s);
  });
  it('helping, reminding and watching the client take medication are interventions; a smile is a response', () => {
    const text = 'Watched him take am meds from the blister pack. Reminded him of the clinic date. Told him that was huge and he smiled.';
    assert.deepEqual(covered('interventions-response', text).sort(), ['interventions', 'response']);
  });
  it('an engagement plan written plainly: reasons considered, the purpose explained, the service adjusted', () => {
    const text =
      'Missed two groups. Reasons considered: social anxiety, first group since admission. Explained the purpose of the skills group. Offered a seat near the door and permission to step out. Shifting homework to verbal practice.';
    assert.deepEqual(covered('engagement-plan', text).sort(), ['adjustments', 'reasons', 'strategies']);
  });
});

describe('progress set beside an earlier point', () => {
  for (const s of [
    'Used a skill 3.4 times this week (last week 2.1).',
    'Compared with first contact in November, she now carries naloxone.',
    'Paid rent on the 1st, 3rd month in a row on time.',
    'Drinking days down from 5 a week.',
    'Sleeping better than at intake.',
  ]) {
    it(`"${s}"`, () => assert.ok(covered('progress-monitoring', s).length > 0, s));
  }
  it('the client\'s own picture set beside before ("describes himself as \'a little more upright\' than in November") is progress in the client\'s view', () => {
    assert.deepEqual(covered('progress-monitoring', 'He describes himself as "a little more upright" than in November.').sort(), ['client-view', 'status']);
    assert.deepEqual(covered('progress-monitoring', 'She describes herself as a perfectionist.'), []);
  });
  it('a run of lateness is attendance, not progress', () => {
    assert.deepEqual(covered('progress-monitoring', 'Arrived 6:22 pm, second week in a row late.'), []);
  });
  it('two readings, each at its own time point, are a change over time, whichever comes first', () => {
    for (const s of ['IES-R 48 at session 1, 41 today.', 'Sleep diary: 2 nights with no nightmare this week (0 in the first three weeks).', 'Drinks per week: at intake 18, now 9.']) {
      assert.ok(covered('progress-monitoring', s).includes('status'), s);
    }
    // (A dose changed is a titration; a time of day is no reading; two dates are no readings.)
    for (const s of ['Sertraline 50 mg in March, 100 mg now.', 'Session 4 at 10am today.', 'Seen on 3/4 and on 3/11.']) {
      assert.ok(!covered('progress-monitoring', s).includes('status'), s);
    }
  });
  it('hours done against the hours set ("CS 12/20 hrs"), and "Prog:" as the label, report where a goal stands', () => {
    assert.ok(covered('progress-monitoring', 'CS 12/20 hrs (log signed by site sup).').includes('status'));
    assert.equal(status(PROGRESS('G: 20 hrs community service by 4/30.\n\nProg: CS 12/20 hrs (log signed). Pt: "I\'m almost done w/ the hours."\n\nP: RTC 3/6.'), 'progress-monitoring'), 'addressed');
  });
  it('"almost done", "nearly there", "halfway" in the client\'s words are the client\'s view of progress', () => {
    assert.ok(covered('progress-monitoring', 'Pt: "I\'m almost done with the hours, that\'s the main thing."').includes('client-view'));
    assert.ok(covered('progress-monitoring', '"We\'re halfway, I think."').includes('client-view'));
  });
});

describe('signs that ask for more than a bare screen (Dimension.raisedBy)', () => {
  const note = (s: string) => PROGRESS(`Talked about the harvest. ${s} Client denies SI today.`);
  it('access to a firearm, or a suicide close to the client, makes "denies SI" alone too little', () => {
    assert.notEqual(status(note('He keeps rifles in the shop for coyotes.'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(note('A neighbor died by suicide in January.'), 'risk-assessment'), 'addressed');
    const f = lint(note('He keeps rifles in the shop.')).findings.find((x) => x.ruleId === 'risk-assessment')!;
    assert.match(f.message, /cover 1 more of its 6 topics/);
  });
  it('with the means asked about, it is an assessment', () => {
    assert.equal(status(note('He keeps rifles in the shop; no plan or intent, agreed to store them at his brother\'s.'), 'risk-assessment'), 'addressed');
  });
  it('a wish to die or hopelessness in the client\'s words, dismissed or met by a bare screen, is not assessed', () => {
    assert.notEqual(status(note('She said she is "ready to go be with Walt"; not considered suicidal in nature.'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(note('"Honestly I don\'t know how much more of this I can take."'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(note('Reports feeling hopeless about the job search.'), 'risk-assessment'), 'addressed');
    assert.equal(status(note('Denies hopelessness.'), 'risk-assessment'), 'addressed');
    assert.equal(status(note('Feels hopeless at times; no plan or intent, names her kids as reasons for living.'), 'risk-assessment'), 'addressed');
  });
  it('despair in a contact note asks for a screen: "at the end of my tether, I can\'t keep doing this", "hasn\'t seen the point of much"', () => {
    const call = (s: string) => `# Telephone contact\n\nDate: 03/03/2025, 12:40-12:55, incoming call.\n\n${s}\n\nPlan: call back Weds.\n`;
    for (const s of ['Tearful. She said: "I\'m at the end of my tether, I can\'t keep doing this."', 'Said he hasn\'t seen the point of much since his wife died last spring.', 'Member A described feeling "at breaking point".']) {
      const r = lint(call(s)).dimensions.find((d) => d.id === 'risk-assessment');
      assert.equal(r?.level, 'warning', s);
      assert.equal(r?.status, 'missing', s);
    }
    // (A load named is no despair: "I can't keep doing this on weekends"; nor someone else's tether.)
    for (const s of ['He wrote "I can\'t keep doing this on weekends, you need to use the crisis line."', 'He said the wife is at the end of her tether with the kids.']) {
      assert.notEqual(lint(call(s)).dimensions.find((d) => d.id === 'risk-assessment')?.level, 'warning', s);
    }
  });
  it('voices that tell the client to die or to hurt someone ask for more than "denies SI"; voices that never have do not', () => {
    assert.notEqual(status(note('The voices keep telling him he should die.'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(note('Reports command hallucinations since Sunday.'), 'risk-assessment'), 'addressed');
    assert.equal(status(note('The voices have never told him to hurt himself.'), 'risk-assessment'), 'addressed');
  });
  it('"high-risk periods ahead" in a relapse-prevention plan is no risk level', () => {
    assert.ok(!covered('risk-assessment', 'We listed high-risk periods ahead (annual reviews in March).').includes('level'));
  });
  it('no firearm, or a hypothetical one, raises nothing', () => {
    assert.equal(status(note('There are no guns in the home.'), 'risk-assessment'), 'addressed');
    assert.equal(status(note('If he ever bought a gun he would tell his wife.'), 'risk-assessment'), 'addressed');
  });
});

describe('a title line that carries the session', () => {
  it('"# BIRP note — 11/03/2026, 50 min, telehealth" gives the date, the length and the modality', () => {
    const c = covered('session-details', '# BIRP note — 11/03/2026, 50 min, telehealth\n\n**Behavior:** Client arrived on time.\n');
    assert.deepEqual(['date', 'time', 'modality'].filter((s) => c.includes(s)), ['date', 'time', 'modality']);
  });
});

describe('front matter fields written as labels in the body', () => {
  it('"Date: 11/06/2026  Time: 4:10-4:45 pm  Location: Youth center" gives the date, the time and the place', () => {
    const c = covered('session-details', 'Date: 11/06/2026   Time: 4:10-4:45 pm   Location: Youth center, private room\n\nYouth talked about his week.\n');
    assert.deepEqual(['date', 'time', 'modality'].filter((s) => c.includes(s)), ['date', 'time', 'modality']);
    assert.ok(covered('session-details', 'Present: client and her grandmother\n').includes('participants'));
  });
  it('a label left blank or with a placeholder gives nothing, nor a clinician\'s bare name (no credential or signature)', () => {
    assert.ok(!covered('session-details', 'Location: TBD\n\nYouth talked about his week.\n').includes('modality'));
    assert.ok(!covered('session-details', 'Youth talked about his week.\n\nClinician: J. Whitfield\n').includes('clinician'));
    assert.ok(covered('session-details', 'Youth talked about his week.\n\nClinician: J. Whitfield, LMHC\n').includes('clinician'));
  });
  it('"Date of discharge/transfer: ____" is the discharge date left blank, whatever other date the form holds; the finding names it', () => {
    const form = '# ACT Transfer / Discharge Summary\n\n**Client:** M.O.\n**ACT admission date:** 06/2022\n**Date of discharge/transfer:** ____\n\n## Course\nMoved to outpatient care.\n\nJ. Ruiz, BSW\n';
    const d = lint(form, { type: 'termination' }).findings.find((f) => f.ruleId === 'session-details');
    assert.equal(d?.status, 'unfilled');
    assert.match(d!.message, /Fill in "Date of discharge\/transfer"/);
    assert.ok(covered('session-details', 'Discharge/transfer date: 07/01/2025\n').includes('date'));
  });
  it('a line of fields left blank ("Date: ____   Start/End: ____   Session #: 4") fills neither the date nor the time, and the finding names the blank', () => {
    const form = 'FAMILY SESSION — BIRP\nDate: ____   Start/End: ____   Session #: 4\nLocation: family home\nPresent: E.H. and L.H.\n\nB — BEHAVIOR\nE. was up and dressed.\n\nI. Rowe, MSW intern\n';
    const f = lint(form).findings.find((x) => x.ruleId === 'session-details');
    assert.equal(f?.status, 'unfilled');
    assert.match(f!.message, /Fill in "Date"/);
    assert.ok(!covered('session-details', form).includes('time'), 'the blank start and end is no time');
  });
  it('a date in brackets right after a figure is when that reading was taken, not the date of service', () => {
    assert.ok(!covered('session-details', 'Lounge CIR 6 (Feb 7), kitchen CIR 5 (6 Feb).\n').includes('date'));
    assert.ok(covered('session-details', 'Seen Feb 7 at her flat.\n').includes('date'));
  });
});

describe('strengths are the client\'s own; the people and resources around the client are supports', () => {
  const INTAKE = (body: string) => `---\ntype: intake\n---\n# Intake\n\n${body}\n`;
  it('a Strengths entry that lists only other people and services is not the client\'s strengths', () => {
    assert.equal(status(INTAKE('## Strengths\n\nWife very supportive and "keeps the house running." Brother available. Good employer insurance for now. Parish community.'), 'strengths'), 'unfilled');
    assert.equal(status(INTAKE('**Strengths:** Wife is very supportive and attends family nights. Employer EAP involved and holding the job.'), 'strengths'), 'unfilled');
  });
  it('one quality of the client\'s own makes it the client\'s strengths', () => {
    assert.equal(status(INTAKE('## Strengths\n\nWife very supportive. Brother available. Stubborn in a good way; kept his job through two layoffs.'), 'strengths'), 'addressed');
    assert.equal(status(INTAKE('## Strengths\n\n1. Wry humour and storytelling.\n2. Survived earlier losses and can name how he got through them.'), 'strengths'), 'addressed');
  });
  it('"(strength)" beside a family member in an ecological summary is no quality of the client\'s', () => {
    assert.ok(!covered('strengths', 'Family: wife supportive but exhausted, marital strain (strength historically).\n').includes('personal'));
    assert.ok(covered('strengths', 'Her strong routine at work is a strength to borrow for bedtime.\n').includes('personal'));
  });
});

describe('interventions and the client\'s response: both halves', () => {
  const SOAP = (body: string) => `---\ntype: soap\ndate: 2026-03-02\n---\n# SOAP note\n\n${body}\n`;
  it('an Interventions entry with no word of the response is half of it', () => {
    const note = SOAP('**S:** Skipped two snacks on lab days.\n\n**Interventions**\n- CBT-E: formulation reviewed\n- Problem-solving for lab-day snacks\n\n**P:** Next visit 3/9.');
    assert.equal(status(note, 'interventions-response'), 'missing');
  });
  it('a Response entry, in whatever words, is the response ("R: Teared up, then laughed during role-play.")', () => {
    const note = SOAP('**I:** Role-played the text to her mother.\n\n**R:** Teared up, then laughed during role-play.\n\n**P:** Next visit 3/9.');
    assert.equal(status(note, 'interventions-response'), 'addressed');
  });
});

describe('a plan that only carries on', () => {
  const GIRP = (plan: string) => `---\ntype: girp\ndate: 2026-03-02\n---\n# GIRP note\n\n**G:** Stop betting on games.\n\n**I:** MI on the pros and cons of quitting.\n\n**R:** "I know I need to."\n\n**P:** ${plan}\n`;
  for (const plan of ['Continue.', 'Continue current plan.', 'Cont. POC']) {
    it(`"P: ${plan}" names no next step: the plan is left unfilled`, () => assert.equal(status(GIRP(plan), 'plan'), 'unfilled'));
  }
  it('"P: Continue weekly MI; next session 3/9." is a plan', () => assert.equal(status(GIRP('Continue weekly MI; next session 3/9.'), 'plan'), 'addressed'));
});

describe('a score set beside an earlier one or the baseline', () => {
  for (const text of ['PHQ-9 today 16, was 19 on 3/4.', 'Both report 3 escalated arguments this week (baseline 4-5/week at intake).', 'GAD-7 9; baseline: 15.']) {
    it(`"${text}" is progress`, () => assert.ok(covered('progress-monitoring', `${text}\n`).includes('status')));
  }
  it('"baseline" with no number is no comparison', () => {
    assert.ok(!covered('progress-monitoring', 'We will take a baseline next week.\n').includes('status'));
  });
});

describe('how long a goal\'s criterion must hold', () => {
  it('"keep a job and stable housing for 90 days" and "attend weekly counseling for 12 sessions" are measurable', () => {
    assert.ok(covered('goals', 'Goal 2 (keep a job and stable housing for 90 days): employed 6 weeks.\n').includes('measurable'));
    assert.ok(covered('goals', 'Goal 1 (attend weekly counseling for 12 sessions): 6 of 7 attended.\n').includes('measurable'));
  });
});

describe('progress set beside an earlier contact, in words', () => {
  it('"a change from the 6-week visit" and "different from last session" are where things stand', () => {
    assert.ok(covered('progress-monitoring', 'She was dressed and had coffee ready, a change from the 6-week visit.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'His mood was different from last session.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'She asked for a change from the morning slot.\n').includes('status'));
  });
});

describe('a stock phrase carried from note to note', () => {
  it('"continues to make progress toward goals" says nothing of where the client stands; what follows it still counts', () => {
    assert.ok(!covered('progress-monitoring', 'Pt continues to make steady progress toward recovery goals.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Client is progressing.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Client continues to make progress: 2 panic attacks this week vs 5 last week.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Client has made progress toward goal 2.\n').includes('status'));
    // "Some progress" is as vague as "is progressing" (held-out set 11's labellers).
    assert.ok(!covered('progress-monitoring', 'Client has made some progress toward goal 2.\n').includes('status'));
  });
});

describe('a billing code is no therapy', () => {
  it('"CPT: 90834" bills the session; "CPT worksheets" and "started CPT" are Cognitive Processing Therapy', () => {
    assert.ok(!covered('interventions-response', '**Modality:** In person  **CPT:** 90834\n').includes('interventions'));
    assert.ok(!covered('interventions-response', 'CPT code 90837, 1 unit.\n').includes('interventions'));
    assert.ok(covered('interventions-response', 'Reviewed her CPT worksheets on stuck points.\n').includes('interventions'));
    assert.ok(covered('interventions-response', 'Session 6 of 12 CPT.\n').includes('interventions'));
  });
  it('an intervention only planned ("will start CBT next session") is not one done', () => {
    assert.ok(!covered('interventions-response', 'Will start CBT next session.\n').includes('interventions'));
  });
});

describe('a heading names what its section should hold; where an entry must show evidence, it is none', () => {
  it('"## Plan / Progress" over "Client is progressing toward goals. Continue current plan." shows no progress', () => {
    const text = '## Plan / Progress\n\nClient is progressing toward goals. Continue current plan. Next session 03/13.\n';
    assert.deepEqual(covered('progress-monitoring', text), []);
    assert.ok(covered('progress-monitoring', text.replace('Client is progressing toward goals.', 'Up by 9 am on 3 of 7 days (was 1 of 7).')).includes('status'));
  });
  it('"## Strengths" over a bare list still names them the client\'s strengths', () => {
    assert.ok(covered('strengths', '## Strengths\n\nDevoted parent, steady job, insight, organized and follows through on tasks.\n').length > 0);
  });
});

describe('an own entry that says the work was not done', () => {
  it('"RISK AT DISCHARGE: N/A" leaves the risk unwritten, whatever an old screen in a history note says', () => {
    const note = '---\ntype: termination\n---\n# Discharge summary\n\nRISK AT DISCHARGE\nN/A\n\nHISTORY NOTE\nPassive death wish reported 10/2024; C-SSRS then, no plan or intent; safety plan completed 10/16/2024.\n';
    assert.equal(status(note, 'risk-assessment'), 'unfilled');
  });
  it('"Strengths: to be explored next session (ran out of time)." is unwritten, though protective factors appear elsewhere', () => {
    const note = (entry: string) =>
      `---\ntype: intake\n---\n# Intake\n\nShe graduated with honors in 2019.\n\n- **Protective factors:** faith, close friends.\n- **Strengths:** ${entry}\n`;
    assert.equal(status(note('to be explored next session (ran out of time).'), 'strengths'), 'unfilled');
    assert.equal(status(note('funny, persistent, a gifted teacher; more to explore next session.'), 'strengths'), 'addressed');
  });
});

describe('a weapon used against the client is no access to one', () => {
  const note = (gun: string) => `---\ntype: progress\n---\n# Progress note\n\nDate: 3/6/2025, 14:00-15:00, in person.\n\n${gun} Denies SI/HI.\n`;
  it('"the suspect pointed a handgun at her" leaves a bare "denies SI/HI" enough; "keeps a handgun at home" does not', () => {
    assert.equal(status(note('At work the suspect pointed a handgun at her and demanded cash.'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(note('She keeps a handgun at home.'), 'risk-assessment'), 'addressed');
  });
});

describe('a boundary issue asked of a co-facilitator or at a personal event', () => {
  const group = (line: string) => `---\ntype: group\n---\n# Group note\n\nDate: 3/6/2025, 14:00-15:30, in person. Six members. Denies SI/HI.\n\n${line}\n`;
  it('"asked the co-facilitator (L. Y.) for her Instagram handle" makes the relationship expected; a family invitation does not', () => {
    assert.equal(status(group('After group, C. asked the co-facilitator (L. Y.) for her Instagram handle "so we can stay in touch".'), 'relationship'), 'missing');
    assert.equal(status(group('The client invited the therapist to her wedding in June.'), 'relationship'), 'missing');
    assert.equal(status(group('Her mother invited her to her birthday party.'), 'relationship'), undefined);
  });
});

describe('progress written against each objective', () => {
  it('"— 1 of 3", "— DONE 02/20" after an objective, and "1 this week, 2 last week", are where things stand', () => {
    assert.ok(covered('progress-monitoring', 'Obj 1a: Submit at least 3 housing applications by 03/31/25. — 1 of 3 (submitted today).\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Obj 3a: State ID — DONE 02/20.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Attend 2 recovery meetings per week — 1 this week, 2 last week.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Obj 4a: Complete the DOT medical exam and obtain a learner\'s permit by 05/30/25.\n').includes('status'));
  });
});

describe('a plan in the words of a DART note\'s T', () => {
  it('"Continue Goal 1 (sleep diary)" is a next step; "Client to follow up with patient relations by Monday" a task', () => {
    assert.ok(covered('plan', '- Continue Goal 1 (sleep diary, wind-down routine).\n').includes('next-steps'));
    assert.ok(covered('plan', '- Client to follow up with patient relations by Monday if no reply.\n').includes('homework'));
    assert.ok(!covered('plan', 'Her mother used to follow up with the school.\n').includes('homework'));
  });
});

describe('a stock line that the client came is no response', () => {
  const birp = (r: string) => `---\ntype: birp\n---\n**Behavior:** Quiet, arms crossed.\n\n**Intervention:** Role-played the hallway conflict.\n\n**Response:** ${r}\n\n**Plan:** Meet weekly.\n`;
  it('"Student was present and participated in session." leaves the response unwritten; what the student did fills it', () => {
    assert.equal(status(birp('Student was present and participated in session.'), 'interventions-response'), 'unfilled');
    assert.equal(status(birp('Practised the script twice and said "I could actually say that."'), 'interventions-response'), 'addressed');
  });
});

describe("progress is where the client stands, not what the note aims at or what one exercise did", () => {
  const GIRP = (goal: string, response: string, plan: string) =>
    `# GIRP note\n\nDate: 02/27/2025, 11:00-12:00, in person.\n\n## Goal\n${goal}\n\n## Intervention\nBehavioral activation planning; reviewed her log together.\n\n## Response\n${response}\n\n## Plan\n${plan}\n`;
  it("a goal's count and date are its target: \"at least twice a month by 04/30\" measures nothing yet", () => {
    const note = GIRP('- Obj 2b: Margo will attend a community event at least twice a month by 04/30/2025.', 'Margo was animated and chose the carpool list.', 'Client is progressing toward goals. No change to the plan. Next session 03/13.');
    assert.equal(status(note, 'progress-monitoring'), 'missing');
    // Where the note reports against it, that is progress.
    const counted = GIRP('- Obj 2b: Margo will attend a community event at least twice a month by 04/30/2025.', 'She went to 1 event out of the 2 she planned this month; says it is "getting easier".', 'Next session 03/13.');
    assert.equal(status(counted, 'progress-monitoring'), 'addressed');
  });
  it('a count in the plan is a task ("one Sunday this week"), not a measure', () => {
    const note = GIRP('Goal 2: re-engage in valued activities.', 'Client cried while showing photos; no change in appetite.', 'Client will stay for coffee hour one Sunday this week and call a friend twice.');
    assert.equal(status(note, 'progress-monitoring'), 'missing');
  });
  it('a goal quoted in a sentence ("Reviewed tx plan Goal 1: client will reduce panic attacks to 1 or fewer per week") is a target', () => {
    const text = PROGRESS('Reviewed tx plan Goal 1: client will reduce panic attacks to 1 or fewer per week by 12/1. Addressed goal #2 (shop alone 2 times a week by 1/15). Client is making progress.\n\nPlan: continue.');
    assert.equal(status(text, 'progress-monitoring'), 'missing');
  });
  it('"Goal 2 (keep a job for 90 days): employed 6 weeks, 3 of 4 paystubs" reports on the goal after its brackets', () => {
    const text = PROGRESS('Progress on tx plan: Goal 2 (keep a job and stable housing for 90 days): employed 6 weeks, 3 of 4 paystubs on time; he says "I\'m getting there."\n\nPlan: next session 3/20.');
    assert.equal(status(text, 'progress-monitoring'), 'addressed');
  });
  it('"Treatment goals (from session 2): (1) ... from 52 to below 40 by April" is a list of targets, not an aside that reports on them', () => {
    const text = PROGRESS('She is coping better than before.\n\nTreatment goals (from session 2): (1) Reduce carer burden on the Zarit from 52 to below 40 by end of April; (2) Take 2 hours of respite each week by end of March.\n\nPlan: next session 3/20.');
    assert.equal(status(text, 'progress-monitoring'), 'missing');
    // (A report after a dash still reports: "Goal 1 (agreed session 1): ... in 6 weeks — this week 2 (last week 3)".)
    const reported = PROGRESS('She is coping better than before.\n\n- Goal 1 (agreed session 1): Reduce big fights from 4 a week to 1 a week in 6 weeks — this week 2 big fights (last week 3).\n\nPlan: next session 3/20.');
    assert.equal(status(reported, 'progress-monitoring'), 'addressed');
  });
  it('a rating before and after an exercise in the session is the response to it, not progress toward the goal', () => {
    for (const response of ['Client rated tension 6/10 before and 3/10 after the exercise.', 'Cl rated anxiety 6/10 at peak, 3/10 after 2 min.', 'SUDS during spinning 70 → 55 → 40 across trials.']) {
      assert.equal(status(GIRP('Goal 1: fewer panic attacks.', `${response} Client is making progress.`, 'Practice daily. Next session 3/18.'), 'progress-monitoring'), 'missing', response);
    }
    assert.equal(status(GIRP('Goal 1: fewer panic attacks.', 'Panic log: 2 attacks this week vs 4 last week. Client is making progress.', 'Practice daily.'), 'progress-monitoring'), 'addressed');
  });
});

describe('a session note with no title or format of its own (held-out set 14)', () => {
  const type = (text: string) => lint(text).profile.id;
  it('a session counted in the course of treatment is a progress note; the first session, a date or a time is not', () => {
    assert.equal(type('10/29/2024, 3:00-3:55 pm, in person. Individual session #5 with Y. following the loss of her son.\n\nWe talked about the cemetery.\n'), 'progress');
    assert.equal(type('Met with both parents in the family consult room. Third medical family therapy session. We picked up the family goal.\n'), 'progress');
    assert.equal(type('**Family-Based Treatment, Phase 1 — Session 6**\nPresent: mother, father.\n\nWeighed in.\n'), 'progress');
    assert.equal(type('Met with the client for the first session. Session 1 of the assessment.\n'), 'general');
    assert.equal(type('Session: 05/07/2025, 4:00-5:00 pm. Phone call with the school.\n'), 'general');
  });
  it('a heading of any level that opens the note names it ("### Weekly individual supervision")', () => {
    assert.equal(type('### Weekly individual supervision — MSW practicum\n**Date:** 11/07/2024\n\nClient P. discussed.\n'), 'supervision');
  });
  it('a counselor\'s check-in is a session', () => {
    assert.equal(type('**Counselor check-in** — Westbrook HS\nStudent: A., gr 9\n\nTurned in 1 of 5 assignments.\n'), 'progress');
  });
  it('the people in the room respond together: "Parents agreed on both plans", "which the couple accepted"', () => {
    assert.ok(covered('interventions-response', 'Coached parents through a plan for the evenings. Parents agreed on both plans in session.').includes('response'));
    assert.ok(covered('interventions-response', 'Practiced a speaker-listener exchange; the couple accepted the homework.').includes('response'));
  });
  it('"Referred the insurance problem to the clinic social worker" is a referral', () => {
    assert.ok(covered('plan', 'Referred the insurance problem to the clinic social worker, who will see them today.').includes('referrals'));
  });
  it('a goal written with where it stands ("on track", "nearly met at 19/21") reports on it and is not judged as a goal', () => {
    const text = PROGRESS('**Goals:** Phase 1 goal of weight restoration to at least 95% EBW, on track at about 0.5-1 kg/week; second goal (parents in charge of all meals) nearly met at 19/21.\n\n**Plan:** Next session 05/14.');
    assert.ok(!lint(text).findings.some((f) => f.ruleId === 'measurable-goals'));
    const stalled = PROGRESS('- Goal 2 (re-enroll at the community college for fall, 2 classes) — stalled; no contact with SEE in 3 weeks.\n\nPlan: next session 5/2.');
    assert.ok(!lint(stalled).findings.some((f) => f.ruleId === 'measurable-goals'));
    // "improve" is a goal's verb, not a report that it is improving.
    assert.ok(lint(PROGRESS('Goal: Jaylen will improve his attitude toward school.\n\nPlan: next session 5/2.')).findings.some((f) => f.ruleId === 'measurable-goals'));
  });
});

describe('progress written as scores, outcomes and the client\'s view (held-out set 14)', () => {
  for (const s of ['EPDS today 16 (session 3: 19).', 'SPIN 46 (Jan) → 31 (Apr) → 18 (Oct).', 'PHQ-9 19 -> 12 since intake.', 'Turned in 1 of 5 assignments.']) {
    it(`"${s}"`, () => assert.ok(covered('progress-monitoring', s).includes('status'), s));
  }
  it('an outcome at the head of a table cell ("Met — 4–5 days/week") is where the goal stands', () => {
    const table = '| Goal | Objective | Outcome |\n|---|---|---|\n| Eat lunch in the cafeteria | 3 days/week for 4 weeks | Met — 4–5 days/week since September |\n';
    assert.ok(covered('progress-monitoring', table).includes('status'));
  });
  it('"Mateo\'s view:" labels the client\'s own view', () => {
    assert.ok(covered('progress-monitoring', 'Mateo\'s view: "I still get nervous but it doesn\'t run my day anymore."').includes('client-view'));
  });
  it('an abbreviation that is also a word counts only with its score ("SPIN 46", not "chair spinning", not "his cat")', () => {
    assert.ok(covered('progress-monitoring', 'SPIN 46 today.').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'Interoceptive exposure: chair spinning 30 s x3.').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'Protective factors: his cat, weekly phone calls with his sister.').includes('measures'));
  });
  it('"attended 5 of 12 scheduled sessions" is attendance, not a count of what was done toward a goal', () => {
    assert.ok(!covered('progress-monitoring', 'Client attended 5 of 12 scheduled sessions before dropping out.').includes('status'));
  });
});

describe('forms and labels read as a supervisor reads them (held-out set 14)', () => {
  it('an option nobody ticked says nothing ("[ ] Improved   [ ] No change"); a ticked one does', () => {
    assert.ok(!covered('progress-monitoring', 'Progress toward goals: [ ] Improved   [ ] No change   [ ] Regressed').includes('status'));
    assert.ok(covered('progress-monitoring', 'Progress toward goals: [ ] Improved   [x] No change   [ ] Regressed').includes('status'));
  });
  it('a capitals line with an em dash heads a section ("R — RESPONSE")', () => {
    const note = parseNote('I — INTERVENTION\nThought record in session.\n\nR — RESPONSE\nSee above.\n');
    assert.deepEqual(note.sections.map((s) => s.title), ['I — INTERVENTION', 'R — RESPONSE']);
  });
  it("a label's words are no evidence where an entry must show some (\"Response/progress: Minimal participation.\")", () => {
    // (The label names progress as one of its topics: its entry is there, and says nothing of it.)
    assert.equal(status(PROGRESS('Group practised time-outs.\n\nResponse/progress: Minimal participation. Progress toward goal cannot be determined this week (no log).'), 'progress-monitoring'), 'unfilled');
    // A label whose value is a score names the measure: "GAD-7: 15" is one.
    assert.equal(status(PROGRESS('GAD-7: 15.\n\nAssessment: Improving.'), 'progress-monitoring'), 'addressed');
  });
  it('"Progress toward goal cannot be determined" is no progress; "session 7 of 16" is no measure', () => {
    assert.ok(!covered('progress-monitoring', 'Progress toward goal cannot be determined this week (no log).').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Tues Evening Group, session 7 of 16.').includes('measures'));
    assert.ok(covered('progress-monitoring', 'Kept the sleep schedule 5 of 7 nights.').includes('measures'));
  });
  it('"tracking" is a measure; a "court-mandated track" is not', () => {
    assert.ok(!covered('progress-monitoring', 'Anger Management (court-mandated track), Crossroads Community Services.').includes('measures'));
    assert.ok(covered('progress-monitoring', 'She is tracking her sleep on the app.').includes('measures'));
  });
  it('"per client" is the client\'s view only when it says how things are going', () => {
    assert.ok(!covered('progress-monitoring', 'Mother "had nerves" in the 90s per client.').includes('client-view'));
    assert.ok(covered('progress-monitoring', 'Sleep is a little better per client.').includes('client-view'));
  });
  it('"GAD-7 = 14 (11 on 2/25)" and "completed the tour as agreed" say where things stand', () => {
    assert.ok(covered('progress-monitoring', 'O: GAD-7 = 14 (11 on 2/25).').includes('status'));
    assert.ok(covered('progress-monitoring', 'He completed the interest profiler and the college tour as agreed at session #2.').includes('status'));
  });
  it('means and history asked about in plain words: "no weapons in his truck or home", "no history of assault"', () => {
    assert.ok(covered('risk-assessment', 'He reports no weapons in his truck or home since the arrest.').includes('plan-intent'));
    assert.ok(covered('risk-assessment', 'His brother-in-law has his hunting rifle.').includes('plan-intent'));
    assert.ok(covered('risk-assessment', 'No history of assault outside the charged incident.').includes('history'));
  });
});

describe('who signed a closing summary', () => {
  it('"warning signs" is no signature; a name with its credential or role is, in any country\'s letters', () => {
    assert.ok(!covered('session-details', 'Relapse plan: early warning signs she identified (sleeping in the recliner).').includes('clinician'));
    assert.ok(covered('session-details', 'Fiona McKenzie, RSW').includes('clinician'));
    assert.ok(covered('session-details', 'Dr Emma Pruitt, Clinical Psychologist').includes('clinician'));
    assert.ok(covered('session-details', 'Imogen Hale, MBACP (Accred.), Counsellor').includes('clinician'));
    assert.ok(covered('session-details', 'Electronically signed 3/4/2025.').includes('clinician'));
  });
});

describe('an engagement plan is about coming to the sessions, not about the change itself', () => {
  it('"asked what would make it easier to come back" explores what gets in the way of attending', () => {
    assert.ok(covered('engagement-plan', 'Named the missed weeks without blame; asked what would make it easier to come back.').includes('reasons'));
  });
  it('ambivalence about drinking or AA is about the change, not the sessions; ambivalence about counseling is', () => {
    assert.ok(!covered('engagement-plan', 'Used MI to explore ambivalence about AA ("I don\'t like people").').includes('reasons'));
    assert.ok(!covered('engagement-plan', 'Reflected her ambivalence about drinking.').includes('reasons'));
    assert.ok(covered('engagement-plan', 'Reflected her ambivalence about counseling after two missed sessions.').includes('reasons'));
  });
});

describe('notes that name their kind in other words (held-out set 15)', () => {
  const type = (text: string) => lint(text).profile.id;
  it('"his second mental health contact", "2nd of the sessions we agreed on" count the session; "Follow-up Contact" titles one', () => {
    assert.equal(type('On 06/12/2025 I saw D. in the interview room for his second mental health contact, following up on the intake screen.\n'), 'progress');
    assert.equal(type('Congregant: N. A.\nMeeting: 2nd of the sessions we agreed on after her miscarriage.\n\nWe prayed.\n'), 'progress');
    assert.equal(type('**County Detention Center — Mental Health Services — Follow-up Contact**\n\nSaw him in B-pod.\n'), 'progress');
  });
  it('a closing letter is a termination; a warm handoff is a first contact', () => {
    assert.equal(type('Northfield Counseling Associates\nClosing Letter (copy filed in record)\n\nDear Marisol,\n\nWe met 18 times.\n'), 'termination');
    assert.equal(type('Lakeside Family Pediatrics: Integrated Behavioral Health (warm handoff)\n\nPatient: M. R., 11\n'), 'intake');
  });
});

describe("a session note's goals are the plan's (held-out sets 12 and 15)", () => {
  const SOAP = (goal: string) =>
    `# SOAP note\n\nDate: 3/4/2025, 16:00-16:50, in person.\n\n${goal}\n\n**S:** Client reports a hard week.\n\n**P:** Next session 3/11.\n`;
  it('a list number is no count: "1) Reduce anxiety. 2) Improve coping skills." is vague', () => {
    assert.equal(status(SOAP('Goals: 1) Reduce anxiety. 2) Improve coping skills.'), 'goals'), 'missing');
  });
  it('a goal under a "treatment plan goal addressed" label names the plan\'s goal', () => {
    assert.equal(status(SOAP('**Tx plan goal addressed:** Goal 3: rebuild trust with wife.'), 'goals'), 'addressed');
    assert.equal(status(SOAP('**Goal addressed:** Goal 3: rebuild trust with wife.'), 'goals'), 'missing');
  });
  it('a behavior and its count is enough in a session note, whose plan holds the time frame', () => {
    const girp = (goal: string) => SOAP(`G: Goal 1 — ${goal}\n\nI: CBT for adult ADHD: broke the week's tasks into steps.`);
    assert.equal(status(girp('submit 3 job applications/wk and use planner daily.'), 'goals'), 'addressed');
    assert.equal(status(girp('feel less overwhelmed at work.'), 'goals'), 'missing');
    // A limit with no date to reach it: measurable enough here; a treatment plan still asks for the time frame
    // (fixture lint/measurable-goals/weak-and-strong.md).
    assert.equal(status(girp('reduce drinking days to 2 or fewer per week.'), 'goals'), 'addressed');
  });
});

describe('forms and letters as they are printed and sent (held-out set 16)', () => {
  it('an EHR export rules off its fields with dashes: the lines above stay fields, not a heading', () => {
    const note = `INTAKE ASSESSMENT\n================\nCLIENT: L. C.\nENCOUNTER DATE: 02/06/2024\nSTART TIME: 13:00   END TIME: 14:25\nMODALITY: IN PERSON\n----------------\nSPIRITUAL: NOT ASSESSED\n----------------\nPLAN: RETURN IN 1 WEEK.\n`;
    const n = parseNote(note);
    assert.deepEqual(n.sections.map((s) => s.title), ['INTAKE ASSESSMENT']);
    assert.ok(covered('session-details', note).includes('time'));
    // A title underlined with === keeps its colon: it names the note.
    assert.deepEqual(parseNote('Session 4: Grief\n================\n\nText.\n').sections.map((s) => s.title), ['Session 4: Grief']);
  });
  it("the client's television and their lawyer are not the clinician's information base or consultation", () => {
    assert.deepEqual(covered('bias-safeguards', 'COPING: TV, SLEEP, CALLS SISTER.\n\nLEGAL: CONSULTED LEGAL AID RE: CUSTODY.\n'), []);
    assert.deepEqual(covered('bias-safeguards', 'He watches TV most nights. She consulted a lawyer about the divorce.\n'), []);
    assert.deepEqual(
      covered('bias-safeguards', 'Most of what I know about farmers comes from TV. I consulted my supervisor about it.\n').sort(),
      ['consultation', 'information-base'],
    );
  });
  it("the client's evening TV is no information base; ideas that came from movies or the media are", () => {
    assert.ok(!covered('bias-safeguards', 'Coping now: gardening when weather allows, TV, talks to his photo.\n').includes('information-base'));
    assert.ok(covered('bias-safeguards', 'Most of what I knew about Marines came from movies.\n').includes('information-base'));
    assert.ok(covered('bias-safeguards', 'My picture of nurses is shaped by the media.\n').includes('information-base'));
  });
  it('"subjective:" in lower case on its own line heads its section', () => {
    const note = 'Walk-and-talk session\n\nsubjective:\nSlept 6 hours.\n\nobjective:\nCalm.\n\nassessment:\nLess anxious.\n\nplan:\nNext session 5/21.\n';
    assert.equal(lint(note).profile.id, 'soap');
  });
  it('a letter\'s subject line names it: "Re: Ms T. — end of counselling"', () => {
    const note = 'Harbourside Counselling Service\n\n22 October 2024\n\nDear Dr Marsh,\n\nRe: Ms Kayleigh T., date of birth on file — end of counselling\n\nI am writing to let you know that she has finished her counselling with us.\n';
    assert.equal(lint(note).profile.id, 'termination');
  });
  it('"Plan" alone on its line, in sentence case, heads the list below it', () => {
    const note = 'Group progress note\n\nInterventions\nPsychoeducation on urges; role-play.\n\nPlan\n- Next group 01/25/2024.\n';
    assert.deepEqual(parseNote(note).sections.map((s) => s.title), ['Interventions', 'Plan']);
    assert.equal(status(note, 'plan'), 'addressed');
    // A short line of wrapped prose is no head: the line below goes on with the sentence.
    assert.equal(parseNote('Client arrived late\nand apologised.\n').sections.length, 0);
  });
  it('what waits, named before "TBD", is still unwritten; a sign-off or an addendum below is not the section\'s text', () => {
    const note = (plan: string) =>
      `---\ntype: progress\n---\n# Progress note\n\nDate: 3/14/2024, 9:00-9:50, in person.\n\n## Data\nSlept better.\n\n## Plan\n${plan}\n\nDana Whitcomb, LPC\n\nAddendum (late entry, 03/15/2024): risk screen done in session; denies SI.\n`;
    assert.equal(status(note("Next steps TBD — waiting on the caseworker's call."), 'plan'), 'unfilled');
    assert.equal(status(note('f/u TBD — schedule changing, will call.'), 'plan'), 'unfilled');
    assert.equal(status(note('Next session 3/21; keep the sleep log.'), 'plan'), 'addressed');
  });
  it('"Goal(s) addressed: per tx plan" under a title line points to the plan and names no goal', () => {
    const note = 'BIRP — Indiv. therapy f/u\nPt: M.L., 41F | 05/20/2024 | 10:00–10:45 | in person\nGoal(s) addressed: per tx plan\n\nB:\nWorried about work.\n\nI:\nCBT: cognitive restructuring.\n\nR:\nPt said the reframe helped.\n\nP:\nNext session 5/27.\n';
    assert.notEqual(status(note, 'goals'), 'addressed');
    assert.ok(parseNote(note).blocks.some((b) => b.text === 'Goal(s) addressed: per tx plan' && !b.content));
  });
  it('"says the last two weeks were a little better" is how the weeks went, not a response to an intervention', () => {
    assert.ok(!covered('interventions-response', 'Client report: says the last two weeks were "a little better."\n').includes('response'));
    assert.ok(covered('interventions-response', 'She said the breathing helped.\n').includes('response'));
  });
  it('"fluid removal rate" is no rating of the response; "rated it 3/10" is', () => {
    assert.ok(!covered('interventions-response', 'Ask the RN about the fluid removal rate.\n').includes('response'));
    assert.ok(covered('interventions-response', 'She rated the exercise 3/10 for difficulty.\n').includes('response'));
  });
  it('a group member who will not take part raises the engagement plan', () => {
    const note = (s: string) => `---\ntype: group\n---\n# Group note\n\nDate: 1/18/2024, 6:30-7:30 pm, in person.\n\n${s}\n`;
    const level = (t: string) => lint(t).dimensions.find((d) => d.id === 'engagement-plan')?.level;
    assert.equal(level(note('D.W. sat apart with his hood up, declined check-in and did not speak for 20 minutes.')), 'warning');
    assert.equal(level(note('D.W. passed on sharing and answered with shrugs.')), 'warning');
    assert.notEqual(level(note('D.W. shared first and gave peers feedback.')), 'warning');
  });
  it('"Cultural/spiritual:" heads the cultural entry', () => {
    const note = `---\ntype: intake\n---\n# Intake\n\nCultural/spiritual: Dutch Reformed upbringing; church potlucks are central to family life.\n`;
    assert.equal(lint(note).dimensions.find((d) => d.id === 'cultural-factors')?.via, 'heading');
  });
  it('"n/a — no concerns" under a bias check is nothing written', () => {
    const note = '# Supervision note\n\nDate: 8/2/2024, 1:00-2:00 pm, in person. Supervisee: Mia R.\n\n- **Bias check**\n  - n/a — no concerns\n- **Plan**\n  - Mia to consult on the case 8/9.\n';
    assert.equal(status(note, 'bias-safeguards'), 'unfilled');
  });
  it('a screen named after what it screens: "SI screened each session: denies"', () => {
    const note = '# Supervision note\n\nDate: 7/9/2024, 1:00-2:00 pm, Zoom.\n\n## Case summary\nPHQ-9 = 11. SI screened each session by supervisee: denies, no history.\n';
    assert.equal(status(note, 'risk-assessment'), 'addressed');
    assert.notEqual(status(note.replace('SI screened each session by supervisee: denies, no history.', 'Reports SI most nights.'), 'risk-assessment'), 'addressed');
  });
  it('a numbered head over "See previous plan." is an entry written elsewhere', () => {
    const note = `---\ntype: treatment-plan-review\n---\n# Plan review\n\n4. Strengths\nKind, organised, keeps a job.\n\n5. Barriers to progress\nSee previous plan.\n`;
    assert.equal(status(note, 'barriers'), 'unfilled');
  });
});

describe('a bold run-in head alone on its line', () => {
  it('"**Strengths.**" over its prompts heads them, so fixing "[to complete]" twice changes nothing', () => {
    const note = '# Intake\n\nDate: 3/14/2026\n\n**Presenting problem.** Low mood.\n\n**Strengths.** [to complete]\n\n**Risk.** Denies SI.\n';
    const fixAll = (t: string) => applyFixes(t, lint(t).findings.filter((f) => f.fix).map((f) => f.fix!));
    const once = fixAll(note);
    assert.ok(once.includes('**Strengths.**\n'));
    assert.equal(fixAll(once), once);
  });
});

describe('progress is where the client stands on the goals, not a detail that stayed the same (held-out sets 4, 11, 15)', () => {
  it('"Some progress." says nothing of where the client stands', () => {
    assert.ok(!covered('progress-monitoring', 'Progress: Some progress.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Progress: Goal 1 met; sleeping 7 hours 5 nights of 7.\n').includes('status'));
  });
  it('an address confirmed unchanged, a session frequency, a risk level unchanged', () => {
    assert.deepEqual(covered('progress-monitoring', 'Local address on file confirmed unchanged. Frequency: weekly.\n'), []);
    assert.deepEqual(covered('progress-monitoring', 'Risk: low, chronic passive ideation unchanged from intake.\n'), []);
    assert.ok(covered('progress-monitoring', 'Panic attacks unchanged since intake, 3 a week.\n').includes('status'));
  });
  it('a confidence ruler about the plan just made is no measure of progress', () => {
    assert.ok(!covered('progress-monitoring', 'Client rated her confidence in the three steps as high.\n').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'I rated current risk low and reviewed the safety plan.\n').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'Risk screen: PHQ-9 item 9 and follow-up questions.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'PHQ-9 today 11.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'Client rated her mood 6/10, up from 3/10 at intake.\n').includes('measures'));
  });
});

describe('a closing summary written as EHRs print it (held-out set 17)', () => {
  it('"12-Mar-2024" is a date; "by 31-Mar-2024" a time frame', () => {
    assert.ok(covered('session-details', '**Final session:** 12-Mar-2024, 60 min, in person\n').includes('date'));
    const plan = `---\ntype: treatment-plan\n---\n# Plan\n\n## Goals\n\n1. Client will complete 12 education sessions by 31-Mar-2024.\n`;
    assert.ok(!lint(plan).findings.some((f) => f.ruleId === 'measurable-goals'));
  });
  it('"**Goals at admission and status.**" alone on its line heads the list below it', () => {
    assert.deepEqual(parseNote('**Goals at admission and status.**\n1. Complete the program — achieved.\n').sections.map((s) => s.title), ['Goals at admission and status.']);
    assert.equal(parseNote('**Client denied SI and was calm.**\n\nText.\n').sections.length, 0);
  });
  it('an engagement plan told in the past: what was getting in the way, a move to another group, what he thought of the counselor', () => {
    const text =
      'He missed the first two groups. The counselor asked what was getting in the way. He was moved to the Thursday evening group. He was invited to say what he thought of the counselor and the program.\n';
    assert.deepEqual(covered('engagement-plan', text).sort(), ['adjustments', 'reasons', 'relationship-view']);
    assert.ok(!covered('engagement-plan', 'Peer feedback using the group norm; gave him feedback on the role-play.\n').includes('relationship-view'));
  });
});

describe('a goals table with a status column, and a plan put off (held-out set 17)', () => {
  it('"3 weeks met in a row", "4 of 8 done" say where a goal stands', () => {
    assert.ok(covered('progress-monitoring', 'Status: 3 weeks met in a row (4/5, 5/5, 4/5).\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Exposure ladder: 4 of 8 done.\n').includes('status'));
  });
  it('"TBD." followed by why it waits is a plan not yet made', () => {
    const note = (plan: string) =>
      `---\ntype: progress\n---\n# GIRP\n\nDate: 4/9/2025, 4:00-4:50 pm, in person.\n\n**G:** Goal 1 — full school days 4 of 5 a week.\n\n**P: Plan**\n${plan}\n`;
    assert.notEqual(status(note("TBD. Dad meets the assistant principal on Friday. We'll set next steps after that."), 'plan'), 'addressed');
    assert.equal(status(note('Next session 4/16; practise step 5 twice.'), 'plan'), 'addressed');
  });
});

describe('entries and headings of set 17', () => {
  it('"See last progress note (09/09)." under Risk at discharge points elsewhere', () => {
    const note = '# Discharge Summary\n\nDate: 10/01/2025. Clinician: A. Reyes, LCSW.\n\n## Risk at discharge\nSee last progress note (09/09).\n';
    assert.equal(status(note, 'risk-assessment'), 'unfilled');
  });
  it('"## Problem Summary" heads the presenting problem', () => {
    const plan = '---\ntype: treatment-plan\n---\n# Treatment plan\n\n## Problem Summary\nFailed her clinical rotation; panics before medication passes.\n';
    assert.equal(lint(plan).dimensions.find((d) => d.id === 'presenting-problem')?.via, 'heading');
  });
  it('"well organised and conscientious" are the client\'s own strengths', () => {
    assert.ok(covered('strengths', "She's well organised and conscientious.\n").includes('personal'));
  });
});

describe('reading set 18: what an engagement plan, a presenting problem and a response are about', () => {
  const DAP = (body: string) => `---\ntype: dap\n---\n# DAP note\n\nDate: 6/18/2025, 17:30-18:20, video.\n\n${body}\n`;
  it('after a no-show, fear or worry in a risk screen is no reason for missing, and a reschedule alone no plan', () => {
    const risk = 'Client no-showed 6/11; rescheduled today.\n\nSI screen: denies SI. States an intrusive worry that he will drop the baby; denies any fear of his ex-partner.';
    assert.equal(status(DAP(risk), 'engagement-plan'), 'missing');
    const asked = 'Client no-showed 6/11; rescheduled today.\n\nHe said he was worried that the sessions would make him cry at work, so we moved them to Fridays.';
    assert.equal(status(DAP(asked), 'engagement-plan'), 'addressed');
  });
  it('in a session with long silences, what the clinician did in it answers them wherever it is written', () => {
    const note = DAP('Long silences when the layoff came up.\n\nAcknowledged how discouraging the layoff was and asked him to picture a good week. Wondered aloud what makes the job topic hard.');
    assert.equal(status(note, 'engagement-plan'), 'addressed');
  });
  it('"In her words", "came ... on her own", "my stated purpose for the visit", "three weeks ago"', () => {
    const items = covered('presenting-problem', 'She came to the center on her own. In her words, "I can\'t stop being on edge." Something happened three weeks ago. My stated purpose for the visit was to understand how she is doing now.\n');
    assert.deepEqual([...items].sort(), ['concern', 'history', 'purpose', 'referral']);
  });
  it('"Referred originally by PCP for low mood" names who referred and why', () => {
    assert.deepEqual([...covered('presenting-problem', 'Referred originally by PCP for low mood and crashes.\n')].sort(), ['concern', 'referral']);
  });
  it('"(K. visibly relieved: ...)" right after psychoeducation is the response', () => {
    assert.ok(covered('interventions-response', 'Interventions: Psychoeducation on intrusive thoughts (K. visibly relieved: "I thought I was a monster").\n').includes('response'));
  });
});

describe('reading set 19: dates without a year, sentence labels, progress beside the last contact', () => {
  const state = (id: string, text: string) => assess(new Analysis(parseNote(text)), dimension(id)).status;
  for (const text of ['Family session, Wed 16 Oct, 5:30-6:30 pm.', 'On Tuesday 9 April I saw Priya.', 'Tues 4/2, 12:00-12:50, in person.', 'R.M. | 11/14, 50 min, in person', 'Review date 5/22 | 40 min']) {
    it(`"${text}" dates the session`, () => assert.ok(covered('session-details', `${text}\n`).includes('date')));
  }
  it('a rating ("rated 8/10") or a count to date is no date', () => {
    assert.ok(!covered('session-details', 'She rated it 8/10 and has attended 6 sessions to date.\n').includes('date'));
  });
  it('"Strengths include ..." is the strengths entry, as after a colon; "No goals were set" is no entry', () => {
    assert.equal(state('strengths', 'Strengths include her consistent self-monitoring and her organizational skills.\n'), 'addressed');
    assert.notEqual(state('goals', 'No goals were set today; he is not ready.\n'), 'addressed');
  });
  it('"Motivation high" is a quality of the client; "completed GED in March" a success', () => {
    assert.ok(covered('strengths', 'Motivation high.\n').includes('personal'));
    assert.ok(covered('strengths', 'Completed GED in March this year.\n').includes('successes'));
  });
  for (const text of ['PHQ-9 today 13 (previous 15, intake 17).', 'PHQ-9 by phone: 13 (moderate); last call 15.', 'Belief rating dropped from 85% to 60%.']) {
    it(`"${text}" sets a measure beside an earlier one`, () => assert.ok(covered('progress-monitoring', `${text}\n`).includes('status')));
  }
  it('after a skipped check-in, naming an alliance rupture and moving the check-ins is an engagement plan', () => {
    const text = 'One check-in skipped after an argument.\n\nAddressed an alliance rupture: he said I always take her side.\n\n- Move check-ins to 8 pm, 3x/week.\n';
    assert.deepEqual([...covered('engagement-plan', text)].sort(), ['adjustments', 'relationship-view']);
  });
  it('an unticked to-do after a name ("[ ] Kevin: apply to 2 jobs") or "[ ] Next family session" is the plan', () => {
    const blocks = parseNote('Plan / to-do:\n\n- [ ] Kevin: apply to 2 jobs this week\n- [ ] Next family session 10/30\n- [ ] Anxious\n').blocks;
    assert.deepEqual(blocks.filter((b) => b.kind === 'listItem').map((b) => b.content), [true, true, false]);
  });
});

describe('reading set 20: what names the note type, and dates in a header line', () => {
  const type = (text: string) => lint(text).profile.id;
  const labels = (...names: string[]) => names.map((n) => `**${n}:** Something was written here about it.\n`).join('\n');
  it('headings any progress note has do not overrule a title that calls it a progress note', () => {
    assert.equal(type(`# Progress Note — Session 7 of 12\n\n${labels('Treatment goals', 'Pt report', 'Interventions', 'Response', 'Progress', 'Risk', 'Plan')}`), 'progress');
  });
  it('the same sections alone, in order, are the format, as are its letters', () => {
    assert.equal(type(`**Family Session Note**\n\n${labels('Goal', 'Intervention', 'Response', 'Plan')}`), 'girp');
    assert.equal(type(`# Progress Note\n\n${labels('G', 'I', 'R', 'P')}`), 'girp');
    assert.equal(type(labels('Goal(s) addressed this session', 'Intervention', 'Response', 'Plan')), 'girp');
  });
  it('a format named anywhere in the title wins: "Family Therapy Progress Note (PIRP)"', () => {
    assert.equal(type('# Family Therapy Progress Note (PIRP)\n\nDate: 01/18/2024.\n'), 'pirp');
  });
  for (const text of ['Client: S.O., 36 | Session 5 | 06/12 | In person, 55 min', '- 1/17 · 45 min · phone', '# Supervision log\n\n**10/03 (60 min, in person)**\nCaseload 18.']) {
    it(`"${text}" dates the session`, () => assert.ok(covered('session-details', `${text}\n`).includes('date')));
  }
});

describe('work central to who the client is, in the words of sets 18-21', () => {
  const raised = (text: string) => lint(`---\ntype: dap\n---\n# DAP note\n\nDate: 3/6/2025, 50 min, by phone. Clinician: A. Reyes, LPC.\n\n${text}\n`).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger;
  for (const text of ['Says trucking "is who I am — my dad drove."', "He told me, \"I don't know who I am if I'm not training.\"", 'Kitchen identity is central: he started at 15.', 'Explored occupational identity and what the newsroom gave her.', 'Playing had been his identity since age 9.']) {
    it(`"${text}" makes the safeguards against bias expected`, () => assert.ok(raised(text)));
  }
  it('an identity that is not work raises nothing', () => {
    assert.equal(raised('She said her faith is central to her, and she likes running.'), undefined);
  });
});

describe('headings that name several topics, ratings and goal statements in a progress entry', () => {
  it('"## Family, Culture, Environment" and "## Spiritual / cultural" head the cultural factors too', () => {
    for (const heading of ['Family, Culture, Environment', 'Spiritual / cultural']) {
      const note = `---\ntype: intake\n---\n# Intake\n\n## ${heading}\nFamily is Mexican-American; grandmother was born in Jalisco and prays the rosary daily.\n`;
      assert.equal(lint(note).dimensions.find((d) => d.id === 'cultural-factors')?.via, 'heading', heading);
    }
  });
  it('"8 out of 10 mad" is a rating, not a count of days kept; "5 nights out of 7" is', () => {
    assert.ok(!covered('progress-monitoring', 'Zoe opened check-in at "8 out of 10 mad."\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Kept the sleep schedule 5 nights out of 7.\n').includes('status'));
  });
  it('"a partner he describes as on the same team" is no view of progress; "things feel the same" is', () => {
    assert.ok(!covered('progress-monitoring', 'A partner he describes as "on the same team," and he has kept coming.\n').includes('client-view'));
    assert.ok(covered('progress-monitoring', 'He says things feel the same.\n').includes('client-view'));
  });
  it('under "Goals and Progress", an objective\'s "improve" is no progress: "Progress: Ongoing." stays vague', () => {
    const note = '---\ntype: treatment-plan\n---\n# Treatment Plan Review\n\n## Goals and Progress\n**Goal 1:** Angie will feel less overwhelmed.\n- Objective: improve organization at home and work.\n- Progress: Ongoing. Has been working on it.\n';
    assert.notEqual(lint(note).dimensions.find((d) => d.id === 'progress-monitoring')?.status, 'addressed');
  });
});

describe('reading set 22: broken front matter, Indian English headers, a response by initial', () => {
  it('front matter that is not YAML is reported and still read line by line: one stray quote loses no field', () => {
    const note = '---\ntype: GIRP\nclient: "A.S." (she/her), 20, undergraduate\ndate: 2025-10-14\nstart: 11:00\nend: 11:50\nmodality: in person\nclinician: Megan Hartley, MA, LMHC\n---\n\n**G:** Goal 1.\n';
    const r = lint(note);
    assert.ok(r.findings.some((f) => f.ruleId === 'front-matter' && /not valid YAML/.test(f.message)));
    assert.equal(r.profile.id, 'girp');
    assert.equal(r.dimensions.find((d) => d.id === 'session-details')?.status, 'addressed');
  });
  it('"Mode: Online (Google Meet)" and "Counsellor: Ms. K. Deshpande, M.Phil." are the modality and the clinician', () => {
    const items = covered('session-details', 'Date: 12/03/2025  |  Duration: 45 mins\nMode: Online (Google Meet)  |  Counsellor: Ms. Kavya Deshpande, M.Phil. Clinical Psychology (RCI reg. on file)\n');
    assert.ok(items.includes('modality') && items.includes('clinician'), items.join());
  });
  it('"K. engaged more once we got to the review" is the response', () => {
    assert.ok(covered('interventions-response', 'Intervention: values card sort. K. engaged more once we got to the review.\n').includes('response'));
  });
});

describe('reading set 23: lower-case format letters, a typed "--" in a title, criteria and in-session ratings', () => {
  const type = (text: string) => lint(text).profile.id;
  it('"b:", "i:" (over its list), "r:", "p:" make a BIRP note', () => {
    assert.equal(type('b: Client arrived early.\n\ni:\n- reviewed the hierarchy\n- paced breathing\n\nr: SUDS 8 -> 5.\n\np:\n- next session 3/19\n'), 'birp');
  });
  it('"Group Note -- Reset skills group (tech workers), session 4 of 8" titles a group note', () => {
    assert.equal(type('Group Note -- "Reset" burnout skills group (tech/IT workers), session 4 of 8\nDate: 9/19/2024, 6:00-7:30 pm\n\nMembers present: 6 of 8.\n'), 'group');
  });
  it('"at least 4 of 5 weeknights" is a goal\'s criterion, not where it stands; "2/5 full days (last wk 1/5)" is', () => {
    assert.ok(!covered('progress-monitoring', 'Target 0 checks after 8 pm on at least 4 of 5 weeknights by 11/7.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'This week: 2/5 full days per school portal (last wk 1/5).\n').includes('status'));
  });
  it('"distress during rehearsal 7/10, after grounding 3/10" is the response to a skill, not progress', () => {
    assert.ok(!covered('progress-monitoring', 'Distress during rehearsal 7/10, after grounding 3/10.\n').includes('status'));
  });
});

describe('fixes in a note headed by capitals lines', () => {
  it('a section inserted under a capitals head is a bold line, and takes in none of the sections after it', () => {
    const note = '---\ntype: soap\n---\nSUBJECTIVE\nHarold says the week was a bit better. Walked the dog 4 of 7 days.\n\nOBJECTIVE\nCalm, good eye contact.\n\nASSESSMENT\nInterventions: behavioural activation reviewed.\n\nPLAN\nNext session 1/8.\n';
    const r = lint(note);
    const fixes = r.findings.filter((f) => f.fix).map((f) => f.fix!);
    const once = applyFixes(note, fixes);
    assert.ok(!/^#{1,6} /m.test(once), once);
    const sections = parseNote(once).sections;
    const objective = sections.find((s) => s.title === 'OBJECTIVE')!;
    assert.ok(objective.parent === undefined || objective.parent < 0, String(objective.parent));
    assert.deepEqual(lint(once).findings.filter((f) => f.fix).map((f) => f.ruleId), []);
  });
});

describe('reading set 24: a bold label beside a bold head, a plan waiting on others, the clinician named beside the client', () => {
  it('"**Barriers:** see intake." after "**Goal progress**" is the barriers entry, pointing elsewhere', () => {
    const note = '---\ntype: treatment-plan\n---\n# Treatment plan review\n\n**Goal progress**\n\nGoal 1: PHQ-9 from 19 to 12. Transportation: uses his mother\'s car.\n\n**Barriers:** see intake.\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'barriers')?.status, 'unfilled');
  });
  it('"Next steps to be decided with treatment team on Friday." is a plan not yet made', () => {
    const note = '---\ntype: girp\n---\n# GIRP\n\nDate: 4/9/2025, 4:00-4:50 pm, in person.\n\n**P:**\nNext steps to be decided with treatment team on Friday.\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
  });
  it('"Client noted that I am a white man and not Sikh" makes the safeguards against bias expected', () => {
    const note = PROGRESS('Client noted that I am a white man and not Sikh, and said previous helpers did not understand about the turban.');
    assert.ok(lint(note).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger);
  });
});

describe('an entry about what comes next that only puts itself off', () => {
  const INTAKE = (goals: string) => `---\ntype: intake\n---\n# Intake\n\nDate: 3/3/2025, 60 min, in person.\n\nHe agreed to return next week. PHQ-A today: 14. He will keep a mood log.\n\n**Goals.** ${goals}\n`;
  it('"**Goals.** Will set goals at next session once he has thought about it" is not goals', () => {
    assert.equal(status(INTAKE('Will set goals at next session once Caleb has had a chance to think about what he wants.'), 'goals'), 'unfilled');
  });
  it('"**Goals.** By next session, ride the bus two stops on his own" is', () => {
    assert.notEqual(status(INTAKE('By next session, ride the bus two stops on his own, 3 times, logged.'), 'goals'), 'unfilled');
  });
});

describe('reading set 25 (after its first run)', () => {
  it('"To be determined after supervisor consult." is no strength and no plan; "determined to get back to work" is a strength', () => {
    assert.ok(!covered('strengths', 'To be determined after supervisor consult.\n').includes('personal'));
    assert.ok(covered('strengths', 'He is determined to get back to work.\n').includes('personal'));
    const note = '---\ntype: progress\n---\n# Progress note\n\nDate: 2/2/2025, 50 min, in person.\n\n**Plan**\nTo be determined after supervisor consult.\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
  });
  it('"she drew on her strengths (organised, a strong friendship with another spouse)" names qualities, a support and their use', () => {
    assert.deepEqual([...covered('strengths', 'She drew on her strengths (organised, resourceful, a strong friendship with another spouse).\n')].sort(), ['personal', 'supports', 'use']);
  });
  it('"Engaged and motivated, completed most homework." with no subject is the response', () => {
    assert.ok(covered('interventions-response', 'Role-played the pause script.\n\nEngaged and motivated, completed most homework.\n').includes('response'));
  });
});

describe('progress written as points, against an earlier session, and under a label that reports on the goals', () => {
  it('"GDS down one point" and "a 6-point drop on the PHQ-9" are progress; "down one flight of stairs" is not', () => {
    assert.ok(covered('progress-monitoring', 'Screening: GDS-15 today 6. GDS down one point; no outings.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'PHQ-9 shows a 6-point drop since March.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'He walked down one flight of stairs with me.\n').includes('status'));
  });
  it('"compared with session 1 ... 2 of his last 4 handovers (previously 0)" is measured progress', () => {
    const text = 'Compared with session 1 he reports using grounding before 2 of his last 4 handovers (previously 0).\n';
    assert.deepEqual([...covered('progress-monitoring', text)].sort(), ['measures', 'status']);
  });
  it('a list under "Member response / progress toward group goals" reports on the goals: it states none of them', () => {
    const note = `# Group note\n\nDate: 10/3/2025, 6:00-7:30 pm, in person. Facilitator: R. D., LCSW.\n\n**Group goals:** each member keeps one structured activity a week for 8 weeks.\n\n**Member response / progress toward group goals:**\n- 5 of 7 members reported using a coping skill this week (up from 3 of 7 at week 3).\n- Week ratings ranged 4-8; group mean 6.1 (week 4: 5.4).\n`;
    assert.equal(lint(note).dimensions.find((d) => d.id === 'progress-monitoring')?.status, 'addressed');
  });
});

describe('reading set 26 (after its first run)', () => {
  const type = (text: string) => lint(text).profile.id;
  it('"**S** — R. says ..." and its dashed siblings lay out a SOAP note', () => {
    const note = 'Outreach counselling\nClient: R.T. | Date: 14/03/2025 | 50 min, in person\n\n**S** — R. says the back is "about 60 percent".\n\n**O** — Arrived on time, moved stiffly.\n\n**A** — Moderate depressive episode; PHQ-9 15.\n\n**P** — Walks 4 times; next appointment 21/03.\n';
    assert.equal(type(note), 'soap');
    const s = lint(note).note.blocks.find((b) => b.label === 'S')!;
    assert.equal(s.text.slice(s.valueAt), 'R. says the back is "about 60 percent".');
  });
  it('a contact record is one whatever else its title says; a parent session is a session; a letter\'s bold subject names it', () => {
    assert.equal(type('Telephone contact — between-session check-in\n\nClient: L.B.\nDate/time: 6 March 2025, 12:40–12:51\n\nShe called to talk before Monday.\n'), 'general');
    assert.equal(type('Counselor check-in — Westbrook HS\n\nStudent: J.\nDate: 3/6/2025\n\nWe talked about the week.\n'), 'progress');
    assert.equal(type('### Parent session — re: Ella (16)\n\nParents: Rachel and Tom.\n\nWe went over the safety plan.\n'), 'progress');
    assert.equal(type('Older Adults Team\n\nDr S. Okafor\nMarsh Lane Surgery\n\n12 November 2024\n\nDear Dr Okafor,\n\n**Re: Mrs P. L. (76) and Ms H. W. (79) — discharge summary, couple therapy**\n\nI have discharged them after their final session.\n'), 'termination');
  });
  it('"Next session 28 Feb" is the next one\'s date, not a session count; CRLF reads a note\'s head as far as LF', () => {
    assert.equal(type('Met with J. about the week.\n\n- Next session 28 Feb, 11:00, video.\n'), 'general');
    assert.equal(type('Met with J. about the week.\n\nThis was session 6 of the course.\n'), 'progress');
    const late = `${'Notes typed late. '.repeat(30)}\n`.repeat(1) + 'x\n'.repeat(20) + 'Session 6 of 12.\n';
    assert.equal(type(late.replace(/\n/g, '\r\n')), type(late));
  });
  it('"Since then: sleeping till noon" is the course of the problem', () => {
    assert.ok(covered('presenting-problem', 'G. was laid off in July. Since then: PHQ-9 16, sleeping till noon, stopped cycling.\n').includes('history'));
  });
  it('"sessions on 3/6 and 10/6 cancelled by client" and "had not attended the last two sessions" are missed sessions; a holiday closure is not', () => {
    const raised = (text: string) => lint(`---\ntype: progress\n---\n# Progress note\n\nDate: 6/17/2025, 50 min, video.\n\n${text}\n`).dimensions.find((d) => d.id === 'engagement-plan')?.trigger;
    assert.ok(raised('Session 4 (sessions on 3/6 and 10/6 cancelled by client by text the same morning).'));
    assert.ok(raised('Reviewed why she had not attended the last two sessions.'));
    assert.equal(raised('Group on 3/6 was cancelled by the clinic for the holiday.'), undefined);
  });
  it('"will ask rather than assume" is a safeguard now; "deferred to next supervision" is not', () => {
    assert.ok(covered('bias-safeguards', 'Clinician does not know her experience and will ask rather than assume.\n').includes('objectivity'));
    assert.ok(!covered('bias-safeguards', 'Possible assumptions about immigrant professionals: deferred to next supervision.\n').includes('own-assumptions'));
  });
  it('"Risk not reassessed — client not reachable." leaves the risk entry unwritten', () => {
    const note = '---\ntype: termination\n---\n# Discharge summary\n\nDate: 4/2/2025. Clinician: A. R., LPC.\n\n## Risk\nRisk not reassessed — client not reachable. Last documented screen was 03/05.\n';
    assert.notEqual(status(note, 'risk-assessment'), 'addressed');
  });
  it('a contact logged by the clock ("14:12 — Call taken.") has its time; "Phone contact" its modality', () => {
    const items = covered('session-details', 'Phone contact — unscheduled\n\nDate: 10/03/2024\n\n14:12 — Call taken. Client crying.\n\n14:40 — Call ended.\n');
    assert.ok(items.includes('time') && items.includes('modality'), items.join());
  });
});

describe('reading set 27 (after its first run)', () => {
  const type = (text: string) => lint(text).profile.id;
  it('"Brief med-adherence check-in (15 min)" is a contact record, not a therapy session', () => {
    assert.equal(type('Brief med-adherence check-in (15 min)\n\nPt: C.N.   DOS 07/08/2024   phone\n\nAdherence: taking sertraline daily.\n'), 'general');
  });
  it('"Client\'s stated concern:" is the concern', () => {
    assert.ok(covered('presenting-problem', 'Client\'s stated concern: "I don\'t want to end up like my dad."\n').includes('concern'));
  });
  it('"PG-13-R today 34 (was 38 in January)" and "SPIN: 48 at screening → 39 today" set a score beside an earlier one', () => {
    for (const text of ['PG-13-R today 34 (was 38 in January).\n', 'SPIN: 48 at screening → 39 today.\n']) {
      assert.deepEqual([...covered('progress-monitoring', text)].sort(), ['measures', 'status'], text);
    }
  });
  it('"arrived 15 min late" and "a 40-minute drive" are no session length; "50 min" is', () => {
    assert.ok(!covered('session-details', 'Today she arrived 15 min late after a 40-minute drive.\n').includes('time'));
    assert.ok(covered('session-details', 'Seen in person, 50 min.\n').includes('time'));
  });
  it('the plan below a "Plan:" line runs through items with their own labels, and stops at a rule before the signature', () => {
    const plan = '**Plan:**\n\n- Next: phone session next week, then in person at 7:30 the week after.\n- She will draft a letter.\n';
    const planned = lint(`# Progress note\n\nTalked about the farm.\n\n${plan}`).dimensions.find((d) => d.id === 'session-details')!.covered;
    assert.ok(!planned.includes('modality'), planned.join());
    const signed = '## Recommendations\n1. CBIT refresher, 6 sessions.\n\n---\nAssessment completed 22 April 2024, 14:00-15:30, in person.\n';
    const items = lint(`# Occupational Assessment\n\nClient: B.O.\n\n${signed}`).dimensions.find((d) => d.id === 'session-details')!.covered;
    assert.ok(items.includes('date') && items.includes('modality'), items.join());
  });
  it('small talk planned as an exposure is not small talk in the session', () => {
    const raised = (text: string) => lint(`---\ntype: progress\n---\n# Progress note\n\nDate: 2/20/2025, 50 min, in person.\n\n${text}\n`).dimensions.find((d) => d.id === 'engagement-plan')?.trigger;
    assert.equal(raised('Plan:\n\n- Next session 2/27: exposure, initiating small talk with a stranger.'), undefined);
    assert.ok(raised('She made small talk about the weather for the first half of the session.'));
  });
  it('"no unit belonging" is a need the work does not meet: assessed, not absent', () => {
    assert.ok(covered('occupational-socialization', 'The travel role adds isolation (no unit belonging) and loss of her usual coping.\n').includes('needs'));
  });
  it('"Risk" over "See IOP intake." points elsewhere: no risk entry', () => {
    const note = '---\ntype: termination\n---\n# Discharge summary\n\nDate: 4/22/2024. Clinician: A. R., LPC.\n\nRisk\nSee IOP intake.\n\nGoals partly met.\n';
    assert.notEqual(status(note, 'risk-assessment'), 'addressed');
  });
  it('"she named shame about drinking as the reason" and "we switched to 20-min check-in calls" are an engagement plan', () => {
    const text = 'Missed 3 sessions. Reached her by phone after each no-show; she named shame about drinking as the reason. We switched to 20-min check-in calls on weeks she could not come in.\n';
    const items = covered('engagement-plan', text);
    assert.ok(items.includes('reasons') && items.includes('adjustments'), items.join());
  });
  it('"what he\'s scared of" names no SCARED score; "AUDIT 14" is a measure', () => {
    assert.ok(!covered('progress-monitoring', 'Asked father to tell D. what he is scared of.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'AUDIT 14 today.\n').includes('measures'));
  });
  it('"## Systems" over family, school and legal lines is the ecological assessment', () => {
    assert.ok(dimension('ecological-factors').headings.some((h) => new Analysis(parseNote('## Systems\n- Family: supportive.\n')).headingMatches(parseNote('## Systems\n- Family: supportive.\n').sections[0], h)));
  });
  it('an abbreviation in capitals is matched as itself: "if" is no IFS, "came" no CAMS', () => {
    assert.ok(!covered('interventions-response', 'He wondered if he had made a mistake. He came alone today.\n').includes('interventions'));
    assert.ok(covered('interventions-response', 'Used IFS parts work with the critic.\n').includes('interventions'));
  });
  it('"I read Psalm 13 with her and we talked about lament" is the clinician\'s intervention, in the first person', () => {
    assert.ok(covered('interventions-response', 'I read Psalm 13 with her and we talked about lament as a faithful practice.\n').includes('interventions'));
  });
});

describe('reading set 28 (after its first run)', () => {
  it('a letter that says it closes the episode of care is a closing summary', () => {
    const note = 'Lakeside Counselling\n\nMarch 28, 2025\n\nDear Magda,\n\nAs we agreed in our last meeting, I am writing to summarize our work together and to close your episode of care with our service.\n\n**Ending.** You told me you feel proud.\n';
    assert.equal(lint(note).profile.id, 'termination');
    assert.equal(lint('Dear Magda,\n\nI am writing to ask you to call the clinic to rebook.\n').profile.id, 'general');
  });
  it('"you met all three goals" and "You said the main change is ..." are the status and the client\'s view, in a letter to the client', () => {
    assert.deepEqual([...covered('progress-monitoring', 'You said the main change is that you feel you live here now. I agree: you met all three goals.\n')].sort(), ['client-view', 'status']);
  });
  it('"I told her I was raised Baptist" and "I am not religious" name the clinician\'s faith beside the client\'s', () => {
    const raised = (text: string) => lint(`---\ntype: birp\n---\n# BIRP note\n\nDate: 11/12/2025, 50 min, video. Clinician: K. M., LMHC.\n\n${text}\n`).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger;
    assert.ok(raised('She asked whether I am religious; I told her I was raised Baptist, in a family much like hers.'));
    assert.ok(raised('Father asked about my own beliefs; I told him that I am not religious.'));
  });
  it('"... and says \\"I just can\'t read the questions\\"" is the concern in his words; "Since failing: panic" its course', () => {
    const items = covered('presenting-problem', 'He failed the first attempt and says "I just can\'t read the questions fast enough." Since failing: panic in the testing center.\n');
    assert.ok(items.includes('concern') && items.includes('history'), items.join());
  });
  it('"two no-shows — explore barriers" explores them: a no-show is named, not negated; it is attendance, not progress', () => {
    assert.ok(covered('engagement-plan', 'Lead to call H.N. about two no-shows and explore barriers, offer an individual check-in.\n').includes('reasons'));
    assert.ok(covered('engagement-plan', 'Lead to call H.N. about two no-shows and explore barriers, offer an individual check-in.\n').includes('adjustments'));
    assert.ok(!covered('progress-monitoring', 'Cl has no-showed 2 of the last 3 appts, no call.\n').includes('status'));
  });
  it('in a paragraph that shows missed sessions, a worry written before them is no reason for missing them', () => {
    const text = 'Panic attacks, tingling in his arm he fears is the current. Missed sessions on 05/22 and 06/05, no call.\n';
    assert.ok(!covered('engagement-plan', text).includes('reasons'));
    assert.ok(covered('engagement-plan', 'Missed sessions on 05/22 and 06/05; he fears the waiting room.\n').includes('reasons'));
  });
});

describe('reading set 29 (after its first run)', () => {
  it('"**B —** Client arrived ..." (the dash inside the bold) and "P (Plan): ..." are a format\'s heads', () => {
    const birp = 'Client: R.T. | Date: 2026-10-14 | 50 min, in person\n\n**B —** Client arrived on time.\n\n**I —** Reviewed the exposure log.\n\n**R —** SUDS 80 at start, 35 at end.\n\n**P —** Next appointment 2026-10-21.\n';
    assert.equal(lint(birp).profile.id, 'birp');
    const plan = parseNote('PIRP progress note\n\nP (Plan): Continue log daily. Next session 1/12/2026.\n').blocks.find((b) => b.label);
    assert.equal(plan?.label, 'Plan');
    assert.ok(dimension('plan').headings.includes("What's next"));
  });
  it('"**Revised objectives (agreed with Kwame)**" heads the goals', () => {
    const note = parseNote('**Revised objectives (agreed with Kwame)**\n- PHQ-9 ≤ 9 by 02/28/2027.\n');
    assert.ok(dimension('goals').headings.some((h) => new Analysis(note).headingMatches(note.sections[0], h)));
  });
  it('a date like "11/10" is no rating out of 10; "6/10" is', () => {
    assert.ok(!covered('progress-monitoring', 'Note: client no-showed 11/10, no call.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'Anxiety 6/10 most days.\n').includes('measures'));
  });
  it('"Chart for the last 2 weeks: 0, then 2 days" is a measure; "describes the crew as \\"family you\'d die for\\"" a need the work met', () => {
    assert.ok(covered('progress-monitoring', 'Chart for the last 2 weeks: 0, then 2 days.\n').includes('measures'));
    assert.ok(covered('occupational-socialization', 'Describes the crew as "family you\'d die for."\n').includes('needs'));
  });
  it('"went from 17 in September to 5" is progress; "SUDS went from 7 to 5" after an exercise is not', () => {
    assert.ok(covered('progress-monitoring', 'Your PHQ-9 went from 17 in September to 5 last week.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Practiced it for five minutes. Client reported SUDS went from 7 to 5.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Acute risk reduced from high (3/30) to moderate today.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Field staff log shows 3 verbal outbursts this week (week 3: 7, week 4: 5).\n').includes('status'));
  });
  it('"PCP reduced from 10 mg to 5 mg" is a change of dose, no progress; "nightmares down from 6 a week" is', () => {
    const dose = covered('progress-monitoring', 'Managing on the lower dose (PCP reduced from 10 mg to 5 mg on 10/22).\n');
    assert.ok(!dose.includes('status') && !dose.includes('measures'));
    assert.ok(covered('progress-monitoring', 'Nightmares down from 6 a week to 2.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'PHQ-9 down from 14.5.\n').includes('status'));
  });
  it('"You are welcome to book a one-off check-in session in February" is the next session', () => {
    assert.ok(covered('plan', 'You are welcome to book a one-off check-in session in February.\n').includes('next-session'));
  });
});

describe('reading set 30 (after its first run)', () => {
  it('"S: ... O: ... A: ... P: ..." run on in one paragraph is a SOAP note', () => {
    const note = 'Progress note — Dana R. — 03/11 — 50 min — in person — K. Alvarez, LPC\n\nS: Client reports she ran 96 km last week. O: Alert, restless. A: Compulsive exercise, relapse risk. P: Ceiling of 70 km; next session 03/18.\n';
    assert.equal(lint(note).profile.id, 'soap');
    assert.ok(lint(note).dimensions.find((d) => d.id === 'session-details')!.covered.includes('date'));
  });
  it('front matter "type: treatment plan (initial)" names the treatment plan', () => {
    assert.equal(lint('---\ntype: treatment plan (initial)\n---\n\n## Goals\nSleep 6 hours on 5 nights a week by May.\n').profile.id, 'treatment-plan');
  });
  it('"Start 10:00 End 10:50" is the session\'s time', () => {
    assert.ok(covered('session-details', 'Date: 04/09 | Start 10:00 End 10:50 | In person\n').includes('time'));
  });
  it('"Risk: Refer to last progress note (04 Mar)." points elsewhere', () => {
    const note = '---\ntype: termination\n---\n# Discharge summary\n\nDate: 15 Apr 2025. Clinician: A. R., LPC.\n\nRisk: Refer to last progress note (04 Mar).\n';
    assert.notEqual(status(note, 'risk-assessment'), 'addressed');
  });
  it('"Jordan says \"I\'m not faking\"" is the concern in the client\'s words; "has had near-daily headaches for 7 months" its course', () => {
    const items = covered('presenting-problem', 'Jordan has had near-daily headaches for 7 months. Jordan says "I\'m not faking, it just gets worse."\n');
    assert.ok(items.includes('concern') && items.includes('history'), items.join());
    assert.ok(!covered('presenting-problem', 'He will walk for 30 minutes for 8 weeks.\n').includes('history'));
  });
  it('"**Summary of need.**" heads the presenting problem', () => {
    assert.ok(dimension('presenting-problem').headings.includes('Summary of need'));
  });
  it('"PHQ-9 is 14 today against 17 three weeks ago" sets a score beside an earlier one', () => {
    assert.deepEqual([...covered('progress-monitoring', 'PHQ-9 is 14 today against 17 three weeks ago.\n')].sort(), ['measures', 'status']);
  });
});

describe('reading set 31 (after its first run)', () => {
  it('of the kinds a title names, the first: "Phone check-in — safety plan review" is a contact record', () => {
    assert.equal(lint('Phone check-in — safety plan review\n\nCalled client as agreed. Asked directly about suicidal thoughts.\n').profile.id, 'general');
    assert.equal(lint('# Treatment plan review — phone\n\nGoals reviewed with the client.\n').profile.id, 'treatment-plan-review');
  });
  it('"Dates of service | 05/06 – 06/24" dates a course of sessions; "3/10 – 5/10" is two ratings', () => {
    assert.ok(covered('session-details', '| | |\n|---|---|\n| Client | D. O. |\n| Dates of service | 05/06 – 06/24 (6 sessions) |\n').includes('date'));
    assert.ok(!covered('session-details', 'Distress went 8/10 – 5/10 over the exposure.\n').includes('date'));
  });
  it('a supervisee "reading her through a mainstream lens", whose "only prior reference point was a documentary", guards against bias', () => {
    const items = covered('bias-safeguards', 'He acknowledged he was reading her through a mainstream lens and that his only prior reference point was a documentary.\n');
    assert.ok(items.includes('own-assumptions') && items.includes('information-base'), items.join());
  });
  it('"in many Inuit families averted gaze and silence are respectful" is what a behaviour means in the culture', () => {
    assert.ok(covered('cultural-factors', 'In many Inuit families averted gaze and silence are respectful.\n').includes('meaning'));
  });
  it('"offer the option of a brief individual check-in" is an adjustment to the service', () => {
    assert.ok(covered('engagement-plan', 'Two missed groups. Plan: call him, offer the option of a brief individual check-in before next group.\n').includes('adjustments'));
  });
  it('research studies inform a view; a Bible study or a client who "studies 4 hours a night" does not', () => {
    assert.ok(covered('bias-safeguards', 'Recent studies show that chaplains carry high moral distress.\n').includes('information-base'));
    assert.ok(!covered('bias-safeguards', 'Passionate about the re-entry Bible study. She studies 4 hours a night.\n').includes('information-base'));
  });
  it('"after cancelling 05/20 and 05/27" is missed sessions', () => {
    const raised = (text: string) => lint(`---\ntype: sirp\n---\n# SIRP note\n\nDate: 6/3/2025, 45 min, in person.\n\n${text}\n`).dimensions.find((d) => d.id === 'engagement-plan')?.trigger;
    assert.ok(raised('Client came today after cancelling 05/20 (text the morning of) and 05/27.'));
  });
  it('"**Next steps** To be discussed – ..." is a plan not yet made', () => {
    const note = '---\ntype: progress\n---\n# Couples session\n\nDate: 3/3/2025, 50 min, in person.\n\n**Next steps**\nTo be discussed – I want to think about whether to add individual sessions.\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
  });
});

describe('reading set 32 (after its first run)', () => {
  it('a letter signed "Dr. Aoife Brennan, DClinPsy" names its clinician', () => {
    assert.ok(covered('session-details', 'Yours sincerely,\n\nDr. Aoife Brennan, DClinPsy\nClinical Psychologist\n').includes('clinician'));
  });
  it('"Her teaching background is a resource" is a strength of the client\'s', () => {
    assert.ok(covered('strengths', 'Her teaching background is a resource in this work.\n').includes('personal'));
  });
  it('a review\'s goal table (Goal | Baseline | Now | Next) records where each goal stands', () => {
    const table = '| Goal | Baseline (July) | Now (October) | Next |\n|---|---|---|---|\n| Attend appointments | 0 of 3 | 2 of 2 attended | Book the scan |\n';
    assert.ok(covered('progress-monitoring', table).includes('status'));
    // A table about something else, with no such column, says nothing of where a goal stands.
    assert.ok(!covered('progress-monitoring', '| Medication | Dose |\n|---|---|\n| Sertraline | 50 mg |\n').includes('status'));
  });
  it('dated entries with no title ("3/4/25 (50 min, in office). ...") make a running progress record', () => {
    const note = 'Client: M. B. (38), individual therapy.\n\n3/4/25 (50 min, in office). Talked about the week and his sleep.\n\n3/11/25 (50 min, video). Reviewed the log he kept.\n';
    assert.equal(lint(note).profile.id, 'progress');
    // One dated paragraph is not a record of sessions.
    assert.notEqual(lint('Client: M. B.\n\n3/4/25 (50 min). Talked about the week.\n').profile.id, 'progress');
  });
  it('"walking out counted as partial success" says where a goal stands', () => {
    assert.ok(covered('progress-monitoring', 'She was pleased when told that walking out counted as partial success.\n').includes('status'));
  });
  it('"more talkative than last week" is how the client was in the room, not progress', () => {
    assert.ok(!covered('progress-monitoring', 'Engaged, more talkative than last week, laughed at the drawing.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Sleeping better than last week, she says.\n').includes('status'));
  });
  it('"P — Plan" alone on its line heads the text below it, so "To be decided" there leaves the plan unfilled', () => {
    const note = 'SIRP | N. K. | 01/28/2025\n\nS — Situation\nShe is being sued and has panic before every booking.\n\nP — Plan\nTo be decided — ran out of time.\n';
    assert.equal(status(note, 'plan'), 'unfilled');
  });
  it('a "mock scan" is practice, not ridicule; "reduce avoidance" in a goal is its aim, not a barrier', () => {
    assert.ok(!covered('barriers', 'Goal 1: Tolerate a 20-minute mock scan with SUDS <= 4 by week 8.\n').includes('others'));
    assert.ok(covered('barriers', 'Her brothers mocked her for going to therapy.\n').includes('others'));
    const review = (goal: string) => lint(`# Treatment plan review\n\n${goal}\n`).dimensions.find((d) => d.id === 'barriers')!;
    assert.ok(!review('Goal 4: Reduce avoidance of lifts by March.').covered.includes('personal'));
    assert.ok(review('Avoidance of lifts keeps him from the appointments.').covered.includes('personal'));
  });
});

describe('reading set 33 (after its first run)', () => {
  it('"Risk: Not formally screened this session. See individual charts." documents no risk assessment', () => {
    const note = '# Group note\n\n## Group focus\nContinuing bonds.\n\n## Risk\nNot formally screened this session. See individual charts.\n';
    assert.equal(status(note, 'risk-assessment'), 'unfilled');
  });
  it('a sentence about someone the note names by relation ("her son Ryan") is not about the client', () => {
    const note = PROGRESS("Colleen's son Ryan (27) moved back home after rehab. Ryan had suicidal thoughts last spring and his team has a safety plan for him.");
    assert.ok(!lint(note).dimensions.find((d) => d.id === 'risk-assessment')!.covered.includes('ideation'));
    // A named person who reports on the client is collateral: the sentence is still the client's.
    const collateral = PROGRESS('Her husband Tom came to the session. Tom says she has had suicidal thoughts this week; she denies a plan.');
    assert.ok(lint(collateral).dimensions.find((d) => d.id === 'risk-assessment')!.covered.includes('ideation'));
  });
  it('a crisis line given ("call or text 988") or a safety plan alone is no risk screen', () => {
    assert.equal(status(PROGRESS('If you ever feel unsafe, you can call or text 988 at any time.'), 'risk-assessment'), 'missing');
    assert.equal(status(PROGRESS('Denies SI. Safety plan reviewed; she still has the crisis line on the fridge.'), 'risk-assessment'), 'addressed');
  });
  it('a closing letter\'s "Reason for closing", "welcome back", "if things get harder again" and "the skills you practised"', () => {
    assert.ok(covered('termination', 'Reason for closing: no contact after 6/12.\n').includes('reason'));
    assert.ok(covered('termination', 'You are welcome back at any time.\n').includes('follow-up'));
    assert.ok(covered('termination', 'If things get harder again, the skills you practised still work.\n').includes('maintenance'));
  });
  it('a possible rupture is a reason considered', () => {
    assert.ok(covered('engagement-plan', 'He cancelled last week. We reframed it as a possible rupture after I pushed on custody.\n').includes('reasons'));
  });
  it('a note written to the client ("you said it felt less like a script") records the response', () => {
    assert.ok(covered('interventions-response', 'We role-played the call. You said it felt "less like a script."\n').includes('response'));
  });
  it('"FES-I 36 (was 44 at intake)" is a score set beside an earlier one', () => {
    assert.deepEqual(covered('progress-monitoring', 'FES-I 36 (was 44 at intake, 40 on 04/04).\n').sort(), ['measures', 'status']);
  });
  it('"Attending: 7 of 8 members" is who came, not a measure; "## Progress toward group goals" heads progress', () => {
    assert.ok(!covered('progress-monitoring', 'Attending: 7 of 8 members.\n').includes('measures'));
    assert.equal(status('# Group note\n\n## Progress toward group goals\n5 of 7 members have now named two supports.\n', 'progress-monitoring'), 'addressed');
  });
  it('"in clinic", "Contact type: phone call", "Person contacted: ..." and OT and BSW credentials are session details', () => {
    assert.ok(covered('session-details', 'Date: 03/12/2025 | 45 min | in clinic\n').includes('modality'));
    assert.ok(covered('session-details', 'Contact type: phone call (outbound), 22 min\n').includes('modality'));
    assert.ok(covered('session-details', 'Person contacted: Kai (21)\n').includes('participants'));
    assert.ok(covered('session-details', 'Therapist: Lucy Tran, MS, OTR/L\n').includes('clinician'));
    assert.ok(covered('session-details', 'Worker: Aoife Brennan, BSW\n').includes('clinician'));
  });
  it('"We\'re both white and he\'s Black; has race come up?" is a difference named and a background asked about', () => {
    assert.deepEqual(covered('cultural-factors', "We're also both white and he's Black; has race come up?\n").sort(), ['background', 'differences']);
    assert.ok(!covered('cultural-factors', 'She ran a race on Sunday, her first since the injury.\n').includes('background'));
  });
  it('"## Safeguards against bias / No concerns." is left unfilled; "I caught myself comparing" is a safeguard', () => {
    const entry = (text: string) => status(`# Intake\n\nHe is a firefighter.\n\n## Clinician safeguards against bias\n${text}\n`, 'bias-safeguards');
    assert.equal(entry('No concerns.'), 'unfilled');
    assert.equal(entry('I caught myself comparing him with my brother; I will take it to supervision.'), 'addressed');
  });
});

describe('reading set 34 (after its first run)', () => {
  it('"Risk assessment and safety planning being managed by inpatient team; see hospital records." is someone else\'s work', () => {
    const note = '# Discharge summary\n\n**Risk at discharge**\nRisk assessment and safety planning being managed by inpatient team; see hospital records.\n';
    assert.equal(status(note, 'risk-assessment'), 'unfilled');
  });
  it('a supervisor\'s signed comment in brackets ("[... your own assumptions ... NR]") is not the clinician\'s text', () => {
    const note = parseNote('**Cultural**\nSunni Muslim, practising.\n*[Nice. You still need a section on your own assumptions here. NR]*\n');
    const comment = note.blocks.find((b) => b.text.includes('NR]'))!;
    assert.equal(comment.content, false);
    assert.ok(!note.blocks.find((b) => b.text.startsWith('Sunni'))!.text.includes('assumptions'));
    assert.ok(!covered('bias-safeguards', '*[Supervisor comments in brackets — NR]*\n\nShe is a teacher.\n').includes('objectivity'));
    assert.ok(covered('bias-safeguards', 'I am bracketing my own views on faith.\n').includes('objectivity'));
  });
  it('"he got stood down from school" is no change from an earlier point; "down from 18 at intake" is', () => {
    assert.ok(!covered('progress-monitoring', 'Her brother got stood down from his own school last year.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Panic attacks are down from 5 a week.\n').includes('status'));
  });
  it('a change from an amount is progress; from a place or a thing ("up from Columbus", "fell from a ladder") is not', () => {
    for (const t of ['His sister drove up from Columbus on Sunday.', 'He fell from a ladder at work in May.', 'Son came down from Leeds.'])
      assert.ok(!covered('progress-monitoring', t + '\n').includes('status'), t);
    for (const t of ['Tantrums have dropped from nearly daily to about 3 a week.', 'Panic 2/week, down from ~4/week at intake.', 'Rates worry 6/10, down from "probably a 9" after surgery.', 'Two members now call a buddy, up from none at session 1.'])
      assert.ok(covered('progress-monitoring', t + '\n').includes('status'), t);
  });
  it('a letter\'s "What you\'ll do: tell your housemate" is the client\'s task', () => {
    assert.ok(covered('plan', "- What you'll do: tell your housemate, get back to the timetable.\n").includes('homework'));
  });
  it('"To be identified with client at session 2" puts the work off', () => {
    assert.equal(status('# Treatment plan\n\n## Strengths\nTo be identified with client at session 2.\n', 'strengths'), 'unfilled');
  });
});

describe('reading set 35 (after its first run)', () => {
  it('a letterhead, a dash, then the note\'s name: "NORTHGATE WELLBEING SERVICE — INDIVIDUAL PROGRESS NOTE (short form v3)"', () => {
    const note = 'NORTHGATE COMMUNITY WELLBEING SERVICE — INDIVIDUAL PROGRESS NOTE (short form v3)\n\nDate of session: 03/09/2024\n\nWorked on the climbing hierarchy.\n';
    assert.equal(lint(note).profile.id, 'progress');
  });
  it('a letter that says it writes the treatment plan down is a treatment plan; a "BHC consult note" is a session', () => {
    assert.equal(lint('Dear Mr. H.,\n\nAs we agreed, I am writing our treatment plan down as a letter.\n\n**What we are working towards**\n1. Study 5 sessions a week by 15 April.\n').profile.id, 'treatment-plan');
    assert.equal(lint('PRIMARY CARE BEHAVIORAL HEALTH — BHC CONSULT NOTE\n\nPt seen in exam room 4 after a warm handoff.\n').profile.id, 'progress');
  });
  it('"Asked directly about thoughts of suicide ...: denies any" is a screen', () => {
    const note = PROGRESS('Asked directly about thoughts of suicide or self-harm given the bereavement and load: denies any, now or before.');
    assert.equal(status(note, 'risk-assessment'), 'addressed');
  });
  it('"She was teary during the rehearsal" and "Eleni softened visibly, reached for his hand" are responses', () => {
    assert.ok(covered('interventions-response', 'She was teary during the rehearsal, then steadied.\n').includes('response'));
    assert.ok(covered('interventions-response', 'Eleni softened visibly, reached for his hand.\n').includes('response'));
  });
  it('"Client risk:" heads the risk entry', () => {
    assert.equal(status('# Supervision\n\nClient risk: L. reports no current risk concerns for R. from her last risk review.\n', 'risk-assessment'), 'addressed');
  });
  it('an offer of other times or formats is an adjustment; a new appointment after a missed one is a rebooking', () => {
    assert.ok(covered('engagement-plan', 'She missed two sessions. I offered an early 8 a.m. slot and video sessions at lunchtime.\n').includes('adjustments'));
    assert.ok(!covered('engagement-plan', 'He missed Tuesday. Offered a new appointment Thu 21/03, 4pm.\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'She missed two sessions; I considered whether the new shift pattern was behind the missed sessions.\n').includes('reasons'));
  });
  it('"**What you came for**" heads the presenting problem in a plan written to the client', () => {
    assert.equal(status('# Treatment plan\n\n**What you came for**\nYou told me you failed the exam and stopped sleeping.\n', 'presenting-problem'), 'addressed');
  });
});

describe('reading set 36 (after its first run)', () => {
  it('"Session 6 of 10" is a place in the course, "at the 9/21 session" a date: neither is a measure', () => {
    assert.deepEqual(covered('progress-monitoring', 'Session 6 of 10 · Named Person: Head Teacher\n'), []);
    assert.deepEqual(covered('progress-monitoring', 'She would like ten minutes at the 9/21 session.\n'), []);
    assert.ok(covered('progress-monitoring', 'Kept the routine 4/7 nights.\n').includes('measures'));
  });
  it('"avg 4/day this week vs. 9/day at intake" is a count set beside an earlier one', () => {
    assert.deepEqual(covered('progress-monitoring', 'Picking episodes per her app: avg 4/day this week vs. 9/day at intake.\n').sort(), ['measures', 'status']);
  });
  it('a rating scale named ("rated 0-10") is a measure', () => {
    assert.ok(covered('progress-monitoring', 'Both rated the week 0-10 at the start.\n').includes('measures'));
  });
  it('"## Goals / To be agreed at next session" puts the goals off', () => {
    assert.equal(status('# Intake\n\n## Goals\nTo be agreed at next session once Sam and his parents have each thought about it.\n', 'goals'), 'unfilled');
  });
});

describe('reading set 37 (after its first run)', () => {
  it('"# Running progress record: sleep and stimulant use" is a progress note', () => {
    assert.equal(lint('# Running progress record: sleep and stimulant use\n\n**10/02** Talked about caffeine after 6 pm.\n').profile.id, 'progress');
  });
  it('"## Risk / Per ED service admission assessment." points elsewhere', () => {
    assert.equal(status('# Discharge summary\n\n## Risk\nPer ED service admission assessment.\n', 'risk-assessment'), 'unfilled');
  });
  it('"she felt I had let him talk too long" is the client\'s reaction to the clinician', () => {
    assert.ok(covered('relationship', 'Priya later said she felt I had "let him talk too long" before turning to her.\n').includes('client-reaction'));
  });
  it('moving to another slot or alternating video and in-person sessions adjust the service; "she sets the pace" is a strategy', () => {
    assert.ok(covered('engagement-plan', 'After two missed sessions we looked at moving to the 5:30 p.m. slot on Wednesdays.\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'After two missed sessions we agreed on alternating in-person and video sessions.\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'After two missed sessions I reminded her that she sets the pace in our sessions.\n').includes('strategies'));
  });
  it('"Presenting focus (from intake 03/2024):" heads the presenting problem', () => {
    assert.equal(status('# Treatment plan review\n\nPresenting focus (from intake 03/2024): neck pain and low mood after a collision.\n', 'presenting-problem'), 'addressed');
  });
});

describe('reading set 38 (after its first run)', () => {
  it('"Counsellor reflections (assumptions/countertransference): to bring to supervision." is not written yet', () => {
    const note = '# Initial assessment\n\nHe is a firefighter.\n\nCounsellor reflections (assumptions/countertransference): to bring to supervision.\n';
    assert.notEqual(status(note, 'bias-safeguards'), 'addressed');
  });
  it('"I have worked in finance-sector EAP for years ... I checked that back with her" is prior experience and a check', () => {
    const text = 'I have worked in finance-sector EAP for years and noticed I started assuming this was a workload problem; I checked that back with her.\n';
    assert.deepEqual(covered('bias-safeguards', text).sort(), ['objectivity', 'own-assumptions', 'prior-experience']);
  });
  it('"Plan: next steps to be agreed once I have spoken with the school" is a plan not yet made', () => {
    assert.equal(status(PROGRESS('Plan: next steps to be agreed once I have spoken with the school.'), 'plan'), 'unfilled');
  });
  it('"settled with breathing (panic 8/10 → 4/10)" is the response to an exercise, not progress', () => {
    assert.ok(!covered('progress-monitoring', 'Tearful during the account, settled with breathing (self-rated panic 8/10 → 4/10).\n').includes('status'));
  });
  it('"Reason for attending (student\'s words):" heads the presenting problem', () => {
    assert.equal(status('# Initial assessment\n\n**Reason for attending (student\'s words):**\n"My exams are in January and I freeze."\n', 'presenting-problem'), 'addressed');
  });
});

describe('reading set 39 (after its first run)', () => {
  it('front matter "note_format: PIRP" names the note type', () => {
    const note = '---\nnote_format: PIRP\ndate: 2024-08-20\n---\n\n**Problem**\nArguments about the IVF decision.\n\nTreatment goals (from plan, 06/2024): fewer escalations.\n';
    assert.equal(lint(note).profile.id, 'pirp');
    assert.equal(lint(note).typeSource, 'front-matter');
  });
});


describe('a recommended dimension in a progress note (before set 40)', () => {
  it('one strength named in a progress note is the reminder done; an intake still asks for two', () => {
    const text = 'She is warm and attuned with the children, which is her major strength.';
    assert.equal(status(PROGRESS(text), 'strengths'), 'addressed');
    assert.notEqual(status(`# Intake assessment\n\n${text}\n`, 'strengths'), 'addressed');
  });
  it('"the strength of her feelings" is how strong they are, not one of hers', () => {
    const text = 'She talked about the strength of her feelings about her ex-husband.';
    assert.notEqual(status(PROGRESS(text), 'strengths'), 'addressed');
    assert.notEqual(status(PROGRESS('Grip strength improving after the stroke.'), 'strengths'), 'addressed');
  });
});

describe('reading set 40 (after its first run)', () => {
  it('"D: ... I: ... R: ... P: ..." is no DAP note with its A missing: letters a format does not have', () => {
    const note = 'Progress note - Caregiver Support Service\n14/10/26, 60 min, in person.\n\nD: She reports broken sleep.\n\nI: Psychoeducation on FTD.\n\nR: Tearful, then more animated.\n\nP: Next session 28/10.\n';
    assert.equal(lint(note).profile.id, 'progress');
    assert.equal(lint('# Note\n\nD: She reports broken sleep.\n\nP: Next session 28/10.\n').profile.id, 'dap');
  });
  it('"Carers\' Psychoeducation Group - ..." names a group note, over a second line\'s "Session 3 of 6"', () => {
    const note = 'Carers\' Psychoeducation Group - "Living Alongside Heart Failure"\nCardiac Rehab Psychology, Session 3 of 6: Managing worry\n\nDate: 13/10/2026 | 10:00-11:30 | In person\n\nContent\n- Psychoeducation on anxiety in carers.\n';
    assert.equal(lint(note).profile.id, 'group');
  });
  it('consulting psychiatry about risk and check-ins with the supervisor guard against no bias by themselves', () => {
    const note = (extra: string) =>
      `# Supervision record\n\nDate: 10/14/2026. Supervisor: Dr. A. Kowal.\n\nR.S. proposed a goal of "independence from her parents". R.S. to consult psychiatry if any plan emerges; post-session check-ins with supervisor. ${extra}\n`;
    assert.notEqual(status(note(''), 'bias-safeguards'), 'addressed');
    assert.equal(status(note('R.S. noticed her own bias toward independence and checked it with the client.'), 'bias-safeguards'), 'addressed');
  });
  it('"5. FAMILY / SOCIAL / ENVIRONMENT" over its text heads an intake\'s ecological section (words, not slashes, counted)', () => {
    const note = '# Initial assessment\n\n4. RISK\nDenies SI.\n\n5. FAMILY / SOCIAL / ENVIRONMENT\nMarried 28 yrs. Council house, 2nd floor, no lift. Finances tight on sick pay. Union rep involved.\n';
    assert.deepEqual(parseNote(note).blocks.filter((b) => b.kind === 'listItem').map((b) => b.label), ['RISK', 'FAMILY / SOCIAL / ENVIRONMENT']);
    assert.equal(status(note, 'ecological-factors'), 'addressed');
  });
  it('"Agreed focus (from session 1, in her words):" states the goals', () => {
    assert.equal(status(PROGRESS('**Agreed focus (from session 1, in her words):** "to walk down the science corridor without feeling sick."'), 'goals'), 'addressed');
  });
  it('"(client previously declined)" in a plan is an earlier response, not today\'s', () => {
    const note = PROGRESS('**Intervention**\nSupportive counselling.\n\n**Response**\n[ ]\n\n**Plan**\n- If no change by 06/30, discuss psychiatry referral (client previously declined; "maybe later").');
    assert.notEqual(status(note, 'interventions-response'), 'addressed');
  });
  it('"her partner ended the relationship" is not the working relationship', () => {
    assert.ok(!covered('engagement-plan', 'Did not attend last session. Partner (Jess) ended the relationship in April.\n').includes('relationship-view'));
    assert.ok(covered('engagement-plan', 'Did not attend last session. We talked about our relationship and what would help.\n').includes('relationship-view'));
  });
  it('a bare name signing the note ("J. Whitfield") is no text of the plan above it', () => {
    assert.equal(status(PROGRESS('**Plan**\n\nTBD – to be agreed once mum confirms exam timetable.\n\nJ. Whitfield'), 'plan'), 'unfilled');
  });
  it('"No current risk concerns per supervisee (last screened 01/08, negative)" states the risk level', () => {
    assert.ok(covered('risk-assessment', 'Stable; PHQ-9 down from 18 to 8. No current risk concerns per supervisee (last screened 01/08, negative).\n').includes('level'));
  });
});

describe('reading set 41 (after its first run)', () => {
  it('a plain head right over its text ("Reason for discharge", "Goals and objectives (negotiated with both)") heads it', () => {
    const note = parseNote('Discharge summary\n\nReason for discharge\nShe stopped attending after session 9.\n\nGoals and objectives (negotiated with both)\n- Sleep 6 hours a night by May.\n');
    assert.deepEqual(note.sections.map((s) => s.title).slice(-2), ['Reason for discharge', 'Goals and objectives (negotiated with both)']);
  });
  it('"Goals / To be agreed at next session once he has had time to think." puts the goals off, whatever plan line follows', () => {
    const note = '# Intake assessment\n\nPresenting problem\nPanic at work for 3 months.\n\nGoals\nTo be agreed at next session once he has had time to think.\n\nNext appointment: 2025-03-06, 10:30.\n';
    assert.equal(status(note, 'goals'), 'unfilled');
    assert.equal(status(note.replace('To be agreed at next session once he has had time to think.', 'Sleep 6 hours a night by May.'), 'goals'), 'addressed');
  });
  it('"the 10 a.m. slot clashed with her busiest day" is a reason for missing sessions', () => {
    assert.ok(covered('engagement-plan', 'She missed two sessions. She mentioned in session 9 that the Thursday slot clashed with her busiest day.\n').includes('reasons'));
  });
  it('a plan\'s "Objective 1a" is no objectivity, "transplant status" no need the job meets', () => {
    const text = 'Former coach driver; identifies strongly with the job.\n\nObjective 1a: identify 3 non-driving roles by week 10.\n\nZ94.1 Heart transplant status.\n';
    const got = covered('occupational-socialization', text);
    assert.ok(!got.includes('bias-safeguards') && !got.includes('needs'), got.join());
  });
  it('"| DOS 2025-02-06 | 1400-1445 | video |" gives the time; "| Episode | 2019-2021 |" does not', () => {
    assert.ok(covered('session-details', 'Pt: D.K., 44M | DOS 2025-02-06 | 1400-1445 | video (pt at home)\n').includes('time'));
    assert.ok(!covered('session-details', 'Pt: D.K. | Episode | 2019-2021 |\n').includes('time'));
  });
  it('a letter signed "Dr. Fiona Gallagher / Clinical Psychologist (Chartered)" names its clinician', () => {
    assert.ok(covered('session-details', 'Yours sincerely,\n\nDr. Fiona Gallagher\nClinical Psychologist (Chartered)\n').includes('clinician'));
  });
  it('"Risk / See IOP intake." then a line about something else points elsewhere: the risk entry is not written', () => {
    const note = '---\ntype: termination\n---\n# Discharge summary\n\nDate: 4/22/2024. Clinician: A. R., LPC.\n\nRisk\nSee IOP intake.\n\nGoals partly met.\n';
    assert.equal(status(note, 'risk-assessment'), 'unfilled');
  });
  it('"Works as CO, medium-security state facility" and "prison officer" are corrections work; "hindsight bias" is the client\'s', () => {
    const note = PROGRESS('Pt c/o nightmares. Works as CO, medium-security state facility, 14 yrs. Stuck pt: self-blame — hindsight bias.');
    const r = lint(note);
    assert.ok(r.dimensions.some((d) => d.id === 'occupational-socialization'));
    assert.notEqual(status(note, 'bias-safeguards'), 'addressed');
    assert.ok(lint(PROGRESS('He is a prison officer at HMP Leeds.')).dimensions.some((d) => d.id === 'occupational-socialization'));
    assert.ok(!lint(PROGRESS('She works as co-owner of a bakery.')).dimensions.some((d) => d.id === 'occupational-socialization'));
  });
  it('"Attendance / engagement follow-up" heads the engagement plan', () => {
    const note = PROGRESS('J.S. has missed 2 consecutive sessions.\n\n**Attendance / engagement follow-up**\nCalled J.S.; she can join at 18:20 and we offered a pre-group catch-up.');
    assert.equal(status(note, 'engagement-plan'), 'addressed');
  });
  it('a relapse-prevention sheet is no relapse standing in the way', () => {
    assert.ok(!covered('barriers', 'Relapse-prevention sheet for mood to be drafted together in December.\n').includes('personal'));
  });
});

describe('reading set 42 (after its first run)', () => {
  it('"Problem descriptor: Depression" is a form\'s field, not a PIRP note\'s Problem', () => {
    const note = 'PHQ-9: 16 | GAD-7: 14\nProblem descriptor: Depression – shame-based\nSession 4 of 12 | 22/01/2024 | 09:00–09:55 | Video\n\nUpdate: She told nobody.\n\nProgress: Goal 2 – sleep diary shows 2 of 7 nights.\n\nPlan: Next session 29/01.\n';
    assert.notEqual(lint(note).profile.id, 'pirp');
  });
  it('"Plan / Continue as per plan." says nothing of what comes next', () => {
    assert.equal(status(PROGRESS('**Plan**\nContinue as per plan.'), 'plan'), 'unfilled');
  });
  it('a clock with a full stop ("10.30–11.20am", "14.00-14.50") is the time; "£14.00-£14.50" and "1.25-1.50 mg" are not', () => {
    assert.ok(covered('session-details', 'Date: Thursday 7 March 2024 | 10.30–11.20am | in person\n').includes('time'));
    assert.ok(covered('session-details', 'Client: A. M. | Wed 20 Nov 2024, 14.00-14.50 | seen at Kinloch surgery\n').includes('time'));
    assert.ok(!covered('session-details', 'Taxi fares went up to £14.00-£14.50 a trip.\n').includes('time'));
    assert.ok(!covered('session-details', 'Dose range 1.25-1.50 mg.\n').includes('time'));
  });
  it('"seen at Kinloch surgery", "seen at home" name where the session was held', () => {
    assert.ok(covered('session-details', 'Wed 20 Nov 2024, seen at Kinloch surgery (outreach clinic).\n').includes('modality'));
    assert.ok(covered('session-details', 'Seen at home with her mother present.\n').includes('modality'));
  });
  it('"## Strengths / TBD - to complete at session 3." is unfilled, whatever an ecological table\'s "Strength -" cell says', () => {
    const note = '# Initial Treatment Plan\n\n## Psychosocial / environment\n| System | Status | Strength or need |\n|---|---|---|\n| Family | Married | Strength - wife attends appointments when asked |\n\n## Strengths\nTBD - to complete at session 3.\n\n## Problem 1\nNightmares.\n';
    assert.equal(status(note, 'strengths'), 'unfilled');
  });
  it('"## Background (brief)" states a plan\'s presenting problem', () => {
    assert.equal(status('# Initial Treatment Plan\n\n## Background (brief)\nLift engineer trapped in a lift shaft in November; nightmares since.\n', 'presenting-problem'), 'addressed');
  });
  it('"PHQ-9 today 15 (was 17 at session 1)" is progress; "His own view: \'maybe a wee bit better\'" the client\'s', () => {
    const got = covered('progress-monitoring', 'Brightened talking about his grandson. PHQ-9 today 15 (was 17 at session 1). His own view: "maybe a wee bit better, I\'m sleeping."\n');
    assert.ok(got.includes('status') && got.includes('client-view'), got.join());
  });
  it('"I acknowledged I am a white British therapist who has not lived this and asked her to correct me" guards against bias', () => {
    const got = covered('bias-safeguards', 'I acknowledged I am a white British therapist who has not lived this and asked her to correct me where I misunderstand.\n');
    assert.ok(got.includes('prior-experience') && got.includes('objectivity'), got.join());
  });
  it('a run-on intake\'s "CULTURAL FACTORS: to be explored at next session." is put off up to the next label', () => {
    const note = '# Intake assessment\n\nDate: 2 July 2024. PRESENTING PROBLEM: caregiver strain. RISK: denies SI. Protective factors: her faith in "getting through". CULTURAL FACTORS: to be explored at next session. ENGAGEMENT: explained confidentiality; she sets the pace. CLINICIAN REFLECTION: none recorded this session. PLAN: weekly sessions.\n';
    assert.equal(status(note, 'cultural-factors'), 'unfilled');
    assert.notEqual(status(note, 'bias-safeguards'), 'addressed');
  });
  it('"Risk: see intake, no change." points elsewhere', () => {
    assert.notEqual(status(PROGRESS('S: Ran 96 km. Risk: see intake, no change. A: Compulsive exercise pattern. P: Continue log.'), 'risk-assessment'), 'addressed');
  });
});

describe('reading set 43 (after its first run)', () => {
  it('"CBT GROUP FOR SOCIAL ANXIETY – Session 4 of 10" and "... — closed group, week 5 of 10" are group notes; "Occupational Health – Wellbeing Assessment" an occupational one', () => {
    assert.equal(lint('CBT GROUP FOR SOCIAL ANXIETY – Session 4 of 10\nWed 9 Oct 2024, 18:00–19:30, in person\n\nSession theme: safety behaviours.\n').profile.id, 'group');
    assert.equal(lint('Dads After Separation — closed group, week 5 of 10\nTuesday 5 March 2024, 7:00–8:30 pm\n\nAttendance: 6 of 8.\n').profile.id, 'group');
    assert.equal(lint('# Occupational Health – Wellbeing Assessment\n\n**Employee:** A. B., railway signaller, 16 yrs service\n').profile.id, 'occupational');
  });
  it('"Goal 2 (... by end of term) – not yet" records where a goal stands', () => {
    assert.ok(covered('progress-monitoring', 'Goal 2 (Callum to decide for himself a form of contact with dad he can tolerate, by end of term) – not yet; moving from flat refusal to "maybe a text."\n').includes('status'));
  });
  it('a closing note\'s "early signs of slipping", "he\'d miss "the chats"" and "a bit sad to stop" are maintenance and feelings about ending', () => {
    const got = covered('termination', 'We had talked about what would help him keep going and what the early signs of slipping would be. He said he\'d miss "the chats". She was a bit sad to stop but also proud.\n');
    assert.ok(got.includes('maintenance') && got.includes('feelings'), got.join());
    assert.equal(status('# Closing summary\n\nDate: 14 June 2024. Tom Everett, counsellor.\n\n**Ending and keeping it going**\nWe planned the ending over the last three sessions; she has a "keep going" plan.\n', 'termination'), 'addressed');
  });
  it('a form\'s question in bold heads its answer: "**8. Culture, faith, identity?**", "**11. What would you like to be different?**"', () => {
    const note = '# Intake\n\nDate: 22/01/2024, 10:00-11:00, in person. J. W., LPC\n\n**8. Culture, faith, identity?**\nBritish-Nigerian (Yoruba). Raised Pentecostal, no longer attends.\n\n**11. What would you like to be different?**\n(Agreed together) reduce to no more than 3 days/week use within 6 weeks.\n';
    assert.deepEqual(parseNote(note).sections.map((s) => s.title).slice(1), ['Culture, faith, identity?', 'What would you like to be different?']);
    assert.equal(status(note, 'goals'), 'addressed');
  });
  it('"Carry on as we are and see how she goes." says nothing of what comes next', () => {
    assert.equal(status(PROGRESS('**Plan**\nCarry on as we are and see how she goes.'), 'plan'), 'unfilled');
  });
  it('"10:30 till about 11:25" is the session\'s time', () => {
    assert.ok(covered('session-details', 'Home visit, 11/03/2024, 10:30 till about 11:25 | Worker: R. Morgan\n').includes('time'));
  });
  it('"**Client\'s statement:** "I want to get to a year"" is a plan\'s presenting problem', () => {
    assert.equal(status('# Individualized Treatment Plan — Initial\n\n**Client\'s statement:** "I\'ve got 41 days. I want to get to a year."\n', 'presenting-problem'), 'addressed');
  });
});

describe('reading set 44 (after its first run)', () => {
  it('"P — Plan / Grand, we\'ll see how she gets on." names no step', () => {
    assert.equal(status(PROGRESS('P — Plan\nGrand, we\'ll see how she gets on.'), 'plan'), 'unfilled');
  });
  it('a market "stall" is no stalling progress', () => {
    const note = PROGRESS('Built a graded list for the market (1 = walk past stall with husband, 5 = run stall alone).');
    assert.ok(!lint(note).dimensions.some((d) => d.id === 'barriers'));
    assert.ok(lint(PROGRESS('Progress has stalled since the move.')).dimensions.some((d) => d.id === 'barriers'));
  });
  it('"**Barriers:** Some barriers remain. To be explored." is not written yet', () => {
    assert.equal(status('# Treatment plan review\n\nDate: 3/13/2025.\n\n**Barriers:** Some barriers remain. To be explored.\n', 'barriers'), 'unfilled');
  });
  it('"**Ecological / supports:**" heads the ecological assessment', () => {
    assert.equal(status('# Treatment plan review\n\nDate: 3/13/2025.\n\n**Ecological / supports:** Wife (strength, engaged), daughter nearby, bowls club. Income adequate (pension).\n', 'ecological-factors'), 'addressed');
  });
  it('"You said at the start that you wanted to ..." states the goals, in a closing letter', () => {
    assert.ok(covered('goals', 'You said at the start that you wanted to "be able to pick up a chisel without my hands shaking".\n').includes('stated'));
  });
});

describe('reading set 45 (after its first run)', () => {
  it('"Gareth came to us in July after being demoted" tells what brought him', () => {
    assert.ok(covered('presenting-problem', 'Gareth came to us in July after being demoted at work.\n').includes('history'));
  });
  it('"say hi to Vihaan" is a greeting, not HI; a screen asked "in simple words whether he ... wants to hurt himself" is one', () => {
    assert.ok(!covered('risk-assessment', 'Made a ladder with the child (step 1: say hi to Vihaan; step 2: sit with him at lunch).\n').includes('ideation'));
    assert.equal(status(PROGRESS('Asked child directly in simple words whether he is ever feeling so sad that he wants to hurt himself or not be alive — he said "no".'), 'risk-assessment'), 'addressed');
  });
  it('"PT ABLE TO GENERATE ALTERNATIVE" and "tearful but engaged" are the response', () => {
    assert.ok(covered('interventions-response', 'Socratic questioning re: the stuck point. PT ABLE TO GENERATE ALTERNATIVE. TEARFUL BUT ENGAGED.\n').includes('response'));
  });
  it('a goal set off by a dash from where it stands: "2. Video call with daughter weekly — achieved every week"', () => {
    assert.ok(covered('progress-monitoring', 'Support plan goals:\n\n1. Video call with daughter weekly — achieved every week since January.\n').includes('status'));
  });
  it('"how much of his identity was tied to the title" makes work central to who he is', () => {
    assert.ok(lint(PROGRESS('He says he hadn\'t realised how much of his identity was tied to the title.')).dimensions.some((d) => d.id === 'occupational-socialization'));
  });
});

describe('reading set 46 (after its first run)', () => {
  it('an EHR export\'s stamped heads ("[17:02] PROBLEM") and "Note template: PIRP"', () => {
    const note = '=== EHR EXPORT ===\nPatient: L. F. | Provider: Dr M. O., PsyD\nNote template: PIRP | Signed 2024-07-01\n\n[17:02] PROBLEM\nSpecific phobia of thunderstorms.\n\n[17:20] INTERVENTION\nExposure to storm audio.\n\n[17:38] RESPONSE\nSUDS 65 → 25.\n\n[17:52] PLAN\n- Hierarchy step at the next storm warning.\n';
    assert.equal(lint(note).profile.id, 'pirp');
    // (The ruled banner over the fields heads them.)
    assert.deepEqual(parseNote(note).sections.map((s) => s.title), ['EHR EXPORT', 'PROBLEM', 'INTERVENTION', 'RESPONSE', 'PLAN']);
  });
  it('an assessment letter\'s prose: coping before, closest supports, what faith means for her, not being judged, setting the pace', () => {
    assert.ok(covered('strengths', 'She has coped with real difficulty before (her father\'s early death). Her closest supports are her sister and a friend.\n').length >= 2);
    assert.ok(covered('cultural-factors', 'We spoke about what the Church\'s teaching and her family\'s values mean for her.\n').includes('meaning'));
    assert.ok(covered('rapport-engagement', 'She relaxed noticeably once she felt she would not be judged; she could set the pace.\n').includes('respect'));
  });
  it('"Continue — TBD pending dietitian review." is a plan not yet made', () => {
    assert.equal(status(PROGRESS('**Plan**\nContinue — TBD pending dietitian review.'), 'plan'), 'unfilled');
  });
  it('"In Amira\'s words: ..." is the concern in the client\'s words', () => {
    assert.ok(covered('presenting-problem', 'In Amira\'s words: "I\'m not ill enough to be in hospital and not well enough to be normal."\n').includes('concern'));
  });
  it('"I\'m not Muslim and said so" is the clinician naming their own place', () => {
    assert.ok(covered('bias-safeguards', 'Family is Muslim. I\'m not Muslim and said so; she was happy to correct me when I got things wrong.\n').includes('prior-experience'));
  });
});

describe('reading set 47 (after its first run)', () => {
  it('four systems assessed are an ecological assessment in a plan review or progress note; an intake asks for five', () => {
    const text = 'Lives with partner (teacher) and daughter, 6. Leo is tired but involved. Finances fine; night premium pays the mortgage. Two close friends from the rowing club. Second-floor flat, no lift.\n';
    assert.ok(covered('ecological-factors', text).length >= 4);
    assert.equal(status(`# Treatment plan review\n\nDate: 3/13/2025.\n\n${text}`, 'ecological-factors'), 'addressed');
  });
  it('a letter\'s "Re: ... - Discharge summary" names it, whatever line follows in the same block', () => {
    const note = 'Riverside Family Counselling Service\n14 August 2024\n\nTo: Ms F. Grant, Social Worker\nRe: Mrs L. B. (mother of C.B., 15) - Discharge summary\nSent with Mrs B.\'s written consent (signed 07/08/2024)\n\nDear Ms Grant,\n\nI closed my work with Mrs B. on 7 August.\n';
    assert.equal(lint(note).profile.id, 'termination');
  });
  it('a letter written "now that it has come to its planned end" closes the work', () => {
    const note = 'Riverside Family Wellbeing Service\n\n12 December 2024\n\nDear Olena,\n\nI am writing, as we agreed in our last session, to put in writing a summary of our work together now that it has come to its planned end.\n';
    assert.equal(lint(note).profile.id, 'termination');
  });
});

describe('reading set 48 (after its first run)', () => {
  it('a letter "to sum up our review of your plan" is a plan review; an after-hours "CALL RECORD" a contact record', () => {
    assert.equal(lint('Riverbank Psychology Practice\n\n18 November 2026\n\nDear Aisha,\n\nAs we agreed at our session yesterday, I am writing to sum up our review of your plan so that you have it in writing.\n').profile.id, 'treatment-plan-review');
    assert.equal(lint('AFTER-HOURS DUTY LINE - CALL RECORD\n\nCaller: Mr K. W., 39\nDate of call: Sun 17/03/2024 | 03:40-04:15 | Telephone\n\nReason for call:\nCould not sleep for 9 days.\n').profile.id, 'general');
  });
  it('a "contact note" that counts its session in a course is a session\'s note; a contact record of a missed session is not', () => {
    assert.equal(lint('Student Support - counsellor contact note\n\nStudent: A. K. | 11:10-11:40, in person\nReferred by: class teacher. Session 6 of 8 agreed.\n\nFear of being sick at school.\n').profile.id, 'progress');
    assert.equal(lint('Contact Record — telephone\nClient: M. L. — Carers\' Support Group\nDid not attend Tuesday\'s group (session 4 of 8).\n').profile.id, 'general');
  });
  it('"What we did:" names the interventions; "Next time:" heads the plan', () => {
    const note = PROGRESS('What we did: I asked Rhys if he\'d be all right with me telling Nan what he\'d said. He nodded.\n\nNext time: Thurs 19th, 4pm.');
    assert.ok(covered('interventions-response', 'What we did: I asked Rhys if he\'d be all right with me telling Nan. He nodded.\n').includes('interventions'));
    assert.equal(status(note, 'plan'), 'addressed');
  });
});

describe('reading set 49 (after its first run)', () => {
  it('a letter "to summarise our work together and to confirm that our sessions have now ended" closes the work', () => {
    assert.equal(lint('Riverside Psychological Therapies\n14 March 2025\n\nDear Callum,\n\nI am writing, as we agreed, to summarise our work together and to confirm that our sessions have now ended.\n').profile.id, 'termination');
  });
  it('a letter\'s long "Re:" line is read by its head: "Treatment plan review and request for extension — Noah B. (age 10), fund ref."', () => {
    assert.equal(lint('Brightwater Counselling\n\n18 November 2024\n\nTo: Clinical Reviewer, Children\'s Wellbeing Fund\nRe: Treatment plan review and request for extension — Noah B. (age 10), fund ref. [on file]\n\nDear Reviewer,\n\nI am writing with the 12-session review.\n').profile.id, 'treatment-plan-review');
  });
  it('"Next couples session 4/11, 19:00, video." is the next session; a letter\'s "thoughts of ending your life" is ideation', () => {
    assert.ok(covered('plan', '- Next couples session 4/11, 19:00, video.\n').includes('next-session'));
    assert.ok(covered('risk-assessment', 'You told me you had not had any thoughts of ending your life since the autumn.\n').includes('ideation'));
  });
});

describe('reading set 50 (after its first run)', () => {
  it('"Neither reports thoughts of self-harm or suicide" is a denial; a screen asking "whether he thinks about harming himself" is one', () => {
    assert.equal(status(PROGRESS('Neither reports thoughts of self-harm or suicide.'), 'risk-assessment'), 'addressed');
    assert.equal(status(PROGRESS('Asked about his own mood and whether things ever get that bad he thinks about harming himself. He said never.'), 'risk-assessment'), 'addressed');
  });
  it('a letter signed "Dr N. Castell / Clinical Psychologist" names its clinician', () => {
    assert.ok(covered('session-details', 'Yours sincerely,\n\nDr N. Castell\nClinical Psychologist\n').includes('clinician'));
  });
});

describe('reading set 51 (after its first run)', () => {
  it('a title whose head ends in "Group" names a group note; a supervision group does not', () => {
    assert.equal(lint('**Young Carers Group — Session 5 of 8 ("Looking after me too")**\nDate: Wed 6 March 2024, 16:30–18:00\n\nAttendance: 7 of 9.\n').profile.id, 'group');
    assert.notEqual(lint('**Peer Supervision Group — March**\nDate: 6 March 2024\n\nCases discussed: 2.\n').profile.id, 'group');
  });
  it('"Between-session text check-in log" is a contact record', () => {
    assert.equal(lint('# Between-session text check-in log\n\nClient: C. P. (26)\nContext: weekly counselling, sessions 1–4 so far.\n').profile.id, 'general');
  });
  it('a closing letter\'s goals each followed by "Met." and "ending felt \'a bit like taking the stabilisers off\'"', () => {
    const text = 'The goals we set together, and where you finished:\n\n- **Return to one valued activity each week** — you have been back at pottery every Thursday since January. Met.\n\nYou said in our last session that ending felt "a bit like taking the stabilisers off", and that you were proud.\n';
    assert.ok(covered('progress-monitoring', text).includes('status'));
    const got = covered('termination', text);
    assert.ok(got.includes('attainment') && got.includes('feelings'), got.join());
  });
});

describe('reading set 52 (after its first run)', () => {
  it('a bold head\'s aside does not count toward its words: "**Initial goals (agreed with mother and Maisie).**" heads the goals', () => {
    const note = '# Intake assessment\n\nDate: 3/13/2025, 10:00-11:00, in person. J. W., LPC\n\n**Initial goals (agreed with mother and Maisie).**\n1. Maisie to sleep in her own bed at least 4 nights a week within 8 weeks.\n';
    assert.equal(status(note, 'goals'), 'addressed');
  });
  it('front matter "note: Crisis walk-in" names a contact record', () => {
    assert.equal(lint('---\nnote: Crisis walk-in\ndate: 2024-12-04\n---\n\n**Goals for the next 72 hours.**\nStay with his aunt.\n\n**Interventions and response.**\nSafety planning.\n\n**Plan.**\nCall tomorrow.\n').profile.id, 'general');
  });
});

describe('reading set 53 (after its first run)', () => {
  it('a title that names no kind, the service in bold, then "Intake assessment · Tuesday 5 March 2024 · 10:00" is an intake', () => {
    const note = '# Your first meeting with us — summary for you\n\n**Riverside Youth Wellbeing Service**\nIntake assessment · Tuesday 5 March 2024 · 10:00–11:20 (80 min) · in person, Room 3\n\nDear Amna,\n\nThank you for coming in today.\n';
    assert.equal(lint(note).profile.id, 'intake');
  });
  it('"I did not get to ask you the questions we ask everyone about safety and feeling like hurting yourself" leaves risk unasked', () => {
    assert.ok(!covered('risk-assessment', 'I did not get to ask you the questions we ask everyone about safety and feeling like hurting yourself.\n').includes('ideation'));
  });
  it('a summary written to the client: "You want to pass your exams", "When things get hard you walk", "You get frustrated quickly"', () => {
    const got = covered('individual-assessment', '- You want to pass your English and maths exams in June.\n- When things get hard you walk with your brothers to the park.\n- You get frustrated quickly when you cannot understand something.\n');
    assert.deepEqual(got.filter((s) => ['wants-needs', 'coping', 'limitations'].includes(s)), ['wants-needs', 'coping', 'limitations']);
  });
  it('"Strong motivation (wants to drive her children)" and "Protective: children, job at library, sister nearby" are strengths', () => {
    assert.ok(covered('strengths', 'Strong motivation (wants to drive her children to swimming); good insight.\n').includes('personal'));
    assert.ok(covered('strengths', 'Denies SI. Protective: children (8, 11), job at library, sister nearby.\n').includes('supports'));
  });
  it('"**Outcome.** Claire met the goals she set at the start:" reads the list it introduces as its entry', () => {
    const note = '# Discharge summary\n\nDate: 22/08/2024. Dr N. Fairweather.\n\n**Outcome.** Claire met the goals she set at the start:\n1. Return to work on a phased basis - began 3 days a week in June.\n2. Reduce checking - once daily for four consecutive weeks.\nHer scores at discharge were PHQ-9 5 and GAD-7 6.\n';
    assert.equal(status(note, 'progress-monitoring'), 'addressed');
  });
  it('work that shapes who the client is, in the words of a vet, a fire captain and a priest', () => {
    const vet = covered('occupational-socialization', 'Peers in vet med cope by "just getting on with it" + dark humour; she says this is what she learned in training. Job meets need to be competent and trusted.\n');
    assert.ok(vet.includes('coping') && vet.includes('needs'), vet.join());
    const captain = covered('occupational-socialization', 'He described the department as "my second family". He grew up with a firefighter uncle whom he idolised.\n');
    assert.ok(captain.includes('needs') && captain.includes('job-involvement'), captain.join());
    const priest = covered('occupational-socialization', 'He says the priesthood is "all I am"; he fears who he would be without it. He copes the way his mentors taught him; fellow priests rarely admit they struggle.\n');
    assert.ok(priest.includes('job-involvement') && priest.includes('coping'), priest.join());
  });
  it('a phone call is no calling: "on-call walk-in", "weekly calls with a colleague"', () => {
    assert.ok(!covered('occupational-socialization', 'Clinician: A. Moreno (on-call walk-in). Resumed weekly calls with a retired colleague.\n').includes('job-involvement'));
    assert.ok(covered('occupational-socialization', 'Nursing was her calling.\n').includes('job-involvement'));
  });
  it('"Individual session with Sam 09/23 16:00; family session 09/30 17:00." schedules the next sessions', () => {
    assert.ok(covered('plan', '- Individual session with Sam 09/23 16:00; family session 09/30 17:00.\n').includes('next-session'));
  });
});

describe('reading set 54 (after its first run)', () => {
  it('"Contact: Occupational health nurse (Janet, RN)" names who was called, not the kind of note', () => {
    const note = 'Collateral contact — telephone\n\nDate/time: 2024-08-06, 11:15–11:35 (20 min)\nClinician: L. Tanaka, PsyD\nContact: Occupational health nurse (Janet, RN) at the university\n\nPurpose: discuss phased return after sick leave.\n';
    assert.equal(lint(note).profile.id, 'general');
  });
  it('"I declined, explained that I don\'t connect with clients or their family members on social media" holds a boundary; "He said \'fair enough,\' a bit embarrassed" is his reaction', () => {
    const got = covered('relationship', 'Rob asked to add me on Facebook. I declined, explained that I don\'t connect with clients or their family members on social media. He said "fair enough," a bit embarrassed.\n');
    assert.ok(got.includes('boundaries') && got.includes('client-reaction'), got.join());
  });
  it('"Believes prediction 40% today (70% at start of treatment)" and "First solo crossing in over 2 years" are progress', () => {
    assert.ok(covered('progress-monitoring', 'Believes prediction 40% today (70% at start of treatment).\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'First solo crossing in over 2 years.\n').includes('status'));
  });
  it('"We set three goals in May." counts the goals and is none of them; "New goal agreed: visit ... once before her birthday in October" is one', () => {
    const note = '# 90-day treatment plan review\n\nDate: 14/08/2024, 10:00-10:50, in person. A. Brennan, counsellor.\n\n**Goals and progress.** We set three goals in May. The second is partly met.\n\n**Revised plan.** New goal agreed: visit Eileen\'s grave with his daughter once before her birthday in October.\n';
    const r = lint(note);
    assert.ok(!r.findings.some((f) => f.ruleId === 'measurable-goals' && note.slice(f.range.start, f.range.end).startsWith('We set')));
    assert.equal(r.dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
  });
  it('a supervisor\'s record: "this may reflect his own college experience", "a pattern he has seen in himself", "hold it more loosely"', () => {
    const got = covered('bias-safeguards', 'I pointed out that this may reflect his own college experience and asked him to hold it more loosely; he agreed it was a pattern he has seen in himself.\n');
    assert.ok(got.includes('own-assumptions') && got.includes('objectivity'), got.join());
  });
  it('a transfer summary: "Reason for transfer", a list of her coping tools to take on, "sad to start over"', () => {
    const got = covered('termination', 'Reason for transfer: I am leaving the agency. We reviewed what she has learned and wrote a one-page list of her coping tools to take to the new clinician. She said she was "annoyed but gets it" and sad to start over.\n');
    for (const id of ['reason', 'maintenance', 'feelings']) assert.ok(got.includes(id), `${id}: ${got.join()}`);
  });
  it('"PMR in session: tension 7/10 -> 4/10 after 12 min. pt surprised at effect" is the response', () => {
    assert.ok(covered('interventions-response', '- PMR in session: tension 7/10 -> 4/10 after 12 min. pt surprised at effect\n').includes('response'));
  });
  it('a farrier: "that\'s how his dad and every farrier he knows dealt with injuries"; the clinician: "I have no background with horses", "Checked this with him directly"', () => {
    assert.ok(covered('occupational-socialization', 'That\'s how his dad and every farrier he knows dealt with injuries.\n').includes('coping'));
    const got = covered('bias-safeguards', 'I\'m aware I have no background with horses or trades. Checked this with him directly.\n');
    assert.ok(got.includes('prior-experience') && got.includes('objectivity'), got.join());
  });
});

describe('reading set 55 (after its first run)', () => {
  it('in a family session the child listed as present responds: "Theo responded with visible relief"', () => {
    const note = '**Family session – DAP**\nDate 07/17/2024 · 4:00–4:55 pm · in person · Clinician: S. Reyes-Lund, LMFT\nPresent: Priya (Mum P.), Kate (Mom K.), and their son Theo, 10.\n\n**Assessment**\nInterventions: narrative externalising, coached moms to use a shared script. Theo responded with visible relief.\n';
    assert.ok(lint(note).dimensions.find((d) => d.id === 'interventions-response')?.covered.includes('response'));
    // A son named but not in the room stays someone else.
    const away = '**Progress note**\nDate 07/17/2024 · 4:00–4:55 pm · in person · Clinician: S. Reyes-Lund, LMFT\nPresent: Priya.\n\nHer son Theo, 10, is at camp.\n\nInterventions: narrative externalising. Theo responded with visible relief when she told him.\n';
    assert.ok(!lint(away).dimensions.find((d) => d.id === 'interventions-response')?.covered.includes('response'));
  });
  it('a head set between rules heads its section: "--- BEHAVIOR ---", "=== PLAN ==="', () => {
    const note = parseNote('=== EHR EXPORT ===\nPatient: S.A.\n\n--- BEHAVIOR ---\nPt logged on on time.\n\n--- PLAN ---\n1. Next session 9/12 14:00.\n');
    assert.deepEqual(note.sections.map((s) => s.title).filter((t) => t !== 'EHR EXPORT'), ['BEHAVIOR', 'PLAN']);
  });
  it('"Reasons we identified: phone reminders unheard" and "Changed reminders to text + email" after a missed session', () => {
    const got = covered('engagement-plan', 'Explored the missed session. Reasons we identified: phone reminders unheard. Changed reminders to text + email for her sessions.\n');
    assert.ok(got.includes('reasons') && got.includes('adjustments'), got.join());
  });
  it('"Group aim (as agreed at session 1): members will use a brief practice at least once a working day" states the goal', () => {
    const note = 'GROUP NOTE – Mindfulness Group\nSession 4 of 8 | 12 Nov 2024, 13:00–14:30 | in person\nFacilitators: Dr. L. Abernathy\n\nGroup aim (as agreed at session 1): members will use a 3-minute breathing space at least once a working day, measured by a daily tick-sheet.\n';
    assert.equal(status(note, 'goals'), 'addressed');
  });
  it('work "the main source of meaning and contact"; "he measures his worth by the quality of mounts"', () => {
    assert.ok(covered('occupational-socialization', 'When work is the main source of meaning and contact, losing it is losing a role.\n').includes('needs'));
    assert.ok(covered('occupational-socialization', 'He measures his worth by the quality of mounts.\n').includes('needs'));
  });
});

describe('reading set 56 (after its first run)', () => {
  it('"# Peer consultation group — case note" is a consultation (supervision), not a members\' group', () => {
    assert.equal(lint('# Peer consultation group — case note\n\nMeeting: 7 Nov 2024, 12:30–14:00, video\nPresent: J. Ferreira (presenting), M. Obi.\n\n## Case presented\nD., 43.\n').profile.id, 'supervision');
  });
  it('"## Cultural factors / See referral letter." and "4. Strengths / As per February plan - not re-reviewed." point elsewhere', () => {
    const intake = '# Intake assessment\n\nDate: 3/13/2025, 10:00-11:00, in person. J. W., LPC\n\n## Cultural factors\nSee referral letter.\n\n## Plan\nWeekly sessions.\n';
    assert.equal(status(intake, 'cultural-factors'), 'unfilled');
    const review = '# Treatment plan review\n\nDate: 3/13/2025, 10:00-11:00. J. W., LPC\n\n4. Strengths\nAs per February plan - not re-reviewed.\n\n5. Plan\nContinue weekly.\n';
    assert.equal(status(review, 'strengths'), 'unfilled');
  });
  it('"**P:** Continue. Details TBD next time." makes no plan', () => {
    assert.equal(status(PROGRESS('**P:** Continue. Details TBD next time.'), 'plan'), 'unfilled');
  });
  it('"Progress / Will be measured with AAQ-II and CORE-10 at session 6." measures nothing yet', () => {
    assert.ok(!covered('progress-monitoring', 'Will be measured with AAQ-II and CORE-10 at session 6.\n').includes('measures'));
  });
  it('a supervisor\'s comment on a trainee\'s note ("you asked about suicidal thoughts - that needs to be in the note, and a risk level") is no risk assessment', () => {
    const note = PROGRESS('Reviewed his week.\n\nSupervisor comment (L. Marsh, 03/28/2024): In supervision you said you asked about suicidal thoughts given the tearfulness - that needs to be in the note with what he said, and a risk level. Please addend.');
    assert.notEqual(status(note, 'risk-assessment'), 'addressed');
  });
  it('"Too early to set any goals - will set these once he\'s engaging more." sets none', () => {
    assert.ok(!covered('goals', 'Too early to set any goals - will set these once he is engaging more.\n').includes('stated'));
  });
  it('a GIRP note\'s "G:" heads its goals, and "G: Treatment goals (agreed session 1):" holds the list below it', () => {
    const note = 'GIRP — University Counseling Center\nStudent: R. P., 20 | Session 4 | Tue 10/22 | 3:00–3:50 pm | In person\nCounselor: J. Whitaker, LPC\n\nG: Treatment goals (agreed session 1):\n1) Have one planned conversation with roommate by 11/1.\n2) GAD-7 from 14 to under 10 by end of semester.\n\nI: Assertiveness skills.\n';
    assert.equal(status(note, 'goals'), 'addressed');
  });
  it('goals numbered in one paragraph under a head that sets the time frame ("What would you like to be different in 6 months?")', () => {
    const note = '# Intake assessment\n\nDate: 3/13/2025, 10:00-11:00, in person. J. W., LPC\n\n**Q: What would you like to be different in 6 months?**\n(1) Decide on a timeline for coming out at work; (2) PHQ-9 under 10; (3) tell at least one brother.\n';
    const r = lint(note);
    assert.equal(r.dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
    assert.ok(!r.findings.some((f) => f.ruleId === 'measurable-goals' && note.slice(f.range.start, f.range.end).includes('PHQ-9')));
  });
});

describe('reading set 57 (after its first run)', () => {
  it('work central to who the client is, in the client\'s words near the trade: "That\'s who I am round here." Picked the trade...', () => {
    const note = PROGRESS('Identity came up: "I\'m the man that does the blasting. That\'s who I am round here." Picked the trade to follow his da.');
    assert.equal(lint(note).dimensions.find((d) => d.id === 'occupational-socialization')?.level, 'warning');
    assert.equal(lint(PROGRESS('Explored meaning of keeper work as core identity.')).dimensions.find((d) => d.id === 'bias-safeguards')?.level, 'warning');
  });
  it('"The job gave him standing in the town" is a need the work meets', () => {
    assert.ok(covered('occupational-socialization', 'The job gave him standing in the town.\n').includes('needs'));
  });
  it('"**Clinician\'s assumptions / bias check.** To consider in supervision at some point." puts the work off', () => {
    assert.equal(status(PROGRESS('Her father was a firefighter; she joined the fire service at 19.\n\n**Clinician\'s assumptions / bias check.** To consider in supervision at some point.'), 'bias-safeguards'), 'unfilled');
  });
  it('"Practice counsellor note (attached to Riverside Medical Group)" is no group note; "As we agreed at our final session" closes the work', () => {
    assert.notEqual(lint('Practice counsellor note (attached to Riverside Medical Group)\nPatient: D. M., 52.\nSeen: 14/03, 50 min, face to face. Session 4 of 6.\n').profile.id, 'group');
    assert.equal(lint('Harbourside Psychology Practice\n\n2 October 2024\n\nDear Hannah,\n\nAs we agreed at our final session last Thursday, I\'m writing to put down in one place what we\'ve worked on together.\n').profile.id, 'termination');
  });
  it('"denies thoughts of ending his life, no plan or intent, says he \'wouldn\'t do that to the grandkids\'" is a risk screen', () => {
    assert.ok(covered('risk-assessment', 'R.N. denies thoughts of ending his life, no plan or intent, says he "wouldn\'t do that to the grandkids."\n').includes('ideation'));
  });
  it('a group table\'s "Participation today" column holds each member\'s response', () => {
    const text = '| Member | Goal | Participation today |\n|---|---|---|\n| A.R. | Leave house 4 days/wk | Led bean-frame pair, chatty |\n';
    assert.ok(covered('interventions-response', text).includes('response'));
  });
  it('engagement after a missed session: "shifts make weekly sessions hard; missed 1 session (shift swap)", "offer Sunday or weekday evening slots"', () => {
    const got = covered('engagement-plan', 'Rota: 12-hr shifts make weekly sessions hard; missed 1 session (shift swap). Agreed she will offer Sunday or weekday evening slots.\n');
    assert.ok(got.includes('reasons') && got.includes('adjustments'), got.join());
  });
  it('"What happened / why I\'m here (Jordan\'s words)" heads the presenting problem; "Working on:" heads the goals', () => {
    const plan = 'Treatment plan — written together with Jordan\nDate: 21 May 2024. Session 2, 55 mins, in person.\n\nWhat happened / why I\'m here (Jordan\'s words)\n"I got a shock off a board that was supposed to be dead in February."\n';
    assert.equal(lint(plan).dimensions.find((d) => d.id === 'presenting-problem')?.status, 'addressed');
    assert.equal(status(PROGRESS('Working on: (1) agree together, by the end of March, a yes/no answer about the shop; (2) fewer arguments, from 4 a week to 1.'), 'goals'), 'addressed');
  });
  it('a closing letter to the client: "I think you\'ve met all three", "you felt \'proud and a bit wobbly\' about finishing"', () => {
    const got = covered('termination', 'Those were your goals, and I think you\'ve met all three. You said you felt "proud and a bit wobbly" about finishing.\n');
    assert.ok(got.includes('attainment') && got.includes('feelings'), got.join());
  });
});

describe('reading set 58 (after its first run)', () => {
  it('fields run on one line with middle dots: a call\'s direction, a named role, "CPN:", "RMN", "on site", "Attendance 6 of 8"', () => {
    const call = covered('session-details', 'Date: 04/03 · Call 14:20–14:42 (22 min) · Phone (outbound, returned self-referral) · Triage worker: Marcus Lyle, PWP\n\nCaller: Donna F., 49.\n');
    assert.deepEqual(call.sort(), ['clinician', 'date', 'modality', 'participants', 'time']);
    const group = covered('session-details', 'Date: Wed 08/05 · 13:30–15:30 · Facilitators: Lorna Baines (OT) and Dev Mistry (support worker) · Attendance 6 of 8\n');
    assert.ok(group.includes('clinician') && group.includes('participants'), group.join());
  });
  it('a field separator ends a negation\'s reach: "(residential, not nursing) · Visit date: 19/09"', () => {
    assert.ok(covered('session-details', 'Home: Rosewood Lodge (residential, not nursing) · Visit date: 19/09 · 45 min on site\n').includes('date'));
  });
  it('"**Date:** 2 July | **Session 3** | Type: initial treatment plan" names a treatment plan', () => {
    assert.equal(lint('# My Plan (written together)\n\n**Young person:** Maya, 16 | **Worker:** J. Ferreira (MSW)\n**Date:** 2 July | **Session 3** | 60 min, in person | Type: initial treatment plan\n\n## Goals\nSleep by 11 on 5 nights a week by August.\n').profile.id, 'treatment-plan');
  });
  it('"SI [ ] denied [ ] endorsed" on a form, no box ticked, screens nothing', () => {
    assert.ok(!covered('risk-assessment', '- Thought content: SI [ ] denied [ ] endorsed  HI [ ] denied [ ] endorsed\n').includes('ideation'));
    assert.ok(covered('risk-assessment', '- Thought content: SI [x] denied [ ] endorsed\n').includes('ideation'));
  });
  it('"since last session (10/24), Lily asked Mum one question directly" counts progress; a date alone is no count', () => {
    assert.ok(covered('progress-monitoring', 'Progress toward goal: since last session (10/24), Lily asked Mum one question directly; Ethan none.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Since our last session (04/30) the third cycle also ended with a negative test.\n').includes('status'));
  });
  it('"## What\'s going on (in my words)" heads the presenting problem', () => {
    const note = '# Treatment plan\n\nDate: 2 July 2024, 60 min, in person. J. Ferreira, MSW\n\n## What\'s going on (in my words)\n"I used to cut my arms, mostly Year 10. The scars are still really obvious and now it\'s summer."\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'presenting-problem')?.status, 'addressed');
  });
});

describe('reading set 59 (after its first run)', () => {
  it('"Text message check-in – record of contact" is a contact record; "Quarterly Review – Community Recovery Team" a plan review', () => {
    assert.equal(lint('Text message check-in – record of contact\n\nClient: G. P. | Clinician: E. Rowlands (MBACP)\nDate: 22/04/2024 | SMS exchange 19:12–19:41\n').profile.id, 'general');
    assert.equal(lint('Quarterly Review – Community Recovery Team\nClient: M. O. | Review meeting 02/10/2024, 10:30–11:30, home visit\n\nGoals reviewed.\n').profile.id, 'treatment-plan-review');
  });
  it('a student nurse is in a socializing occupation; "what nursing means to her", "her mum and aunt are both nurses"', () => {
    assert.equal(lint(PROGRESS('Student: R. N., 20, 2nd-year adult nursing student on a surgical placement.')).dimensions.find((d) => d.id === 'occupational-socialization')?.level, 'warning');
    const got = covered('occupational-socialization', 'Explored what nursing means to her: her mum and aunt are both nurses.\n');
    assert.ok(got.includes('needs') && got.includes('job-involvement'), got.join());
  });
  it('session details in a liaison call: "Phone call (client present with me...)", "Worker: Lucía Fernández, social worker", "Other party:"', () => {
    const got = covered('session-details', 'Date: 6 March 2025 · 14:10–14:35 · Phone call (client present with me in the office)\nWorker: Lucía Fernández, social worker, Migrant Support Project\nOther party: Mr D. Kaye, housing officer\n');
    assert.deepEqual(got.sort(), ['clinician', 'date', 'modality', 'participants', 'time']);
    // A bare name is still no credential.
    assert.ok(!covered('session-details', 'Clinician: J. Whitfield\nDate of final session: 4/22/25\n').includes('clinician'));
  });
  it('"P — Progress / Plan" heads a section; "first in 6 months" is no next session', () => {
    assert.ok(parseNote('P — Progress / Plan\nProgress: moving up the hierarchy.\n').sections.some((s) => s.title === 'P — Progress / Plan'));
    assert.ok(!covered('plan', 'One crumpet service done last week (first in 6 months).\n').includes('next-session'));
  });
  it('the clinician\'s difference named ("I am a male, non-religious clinician not from a medical background") and correction invited', () => {
    const got = covered('bias-safeguards', 'Differences: I am a male, non-religious clinician not from a medical background. We agreed she would tell me if the religious side of her grief felt dismissed.\n');
    assert.ok(got.includes('prior-experience') && got.includes('objectivity'), got.join());
  });
  it('"the loss of that role is hitting harder than the fear" is a need the job met', () => {
    assert.ok(covered('occupational-socialization', 'Sees himself as the calm one others lean on; the loss of that role is hitting harder than the fear.\n').includes('needs'));
  });
  it('a supervisor\'s plan to re-engage: "invite him back", "offer a different counselor"', () => {
    const got = covered('engagement-plan', 'The client cancelled the next appointment. Kellan will phone and invite him back; if the client prefers a different counselor, Kellan will offer a transfer.\n');
    assert.ok(got.includes('strategies') && got.includes('adjustments'), got.join());
  });
  it('how open the client was to it is the response: "Client somewhat open to trying it", "pt hesitant to"', () => {
    assert.ok(covered('interventions-response', 'Brief problem-solving for Saturday.\nClient somewhat open to trying it: "Maybe."\n').includes('response'));
    assert.ok(covered('interventions-response', 'Introduced exposure hierarchy; pt hesitant to start with the lift.\n').includes('response'));
    assert.ok(!covered('interventions-response', 'The clinic is open to walk-ins on Fridays.\n').includes('response'));
  });
  it('"she liked the reminders, set 4 in session" is her response; "**Outstanding items.**" heads a plan', () => {
    assert.ok(covered('interventions-response', '- set up phone reminders together in session\n- she liked the reminders, set 4 in session\n').includes('response'));
    const note = '# Closing summary\n\nDate: 02/04/2024. Dr A. Reid, Clinical Psychologist\n\n**Outstanding items.** Provide records to the coroner on request. Attend the incident review meeting when scheduled.\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
  });
});

describe('reading set 60 (after its first run)', () => {
  it('"Session no: 3" counts a session in a course; a letterhead naming the service names no kind of note', () => {
    assert.equal(lint('PRIMARY CARE COUNSELLING — CONSULTATION RECORD\n\nConsultation: 09/05/2024 13:20 | Duration: 45 min | Session no: 3\nCounsellor: G. Holloway, MBACP\n\nSpecific phobia of vomiting.\n').profile.id, 'progress');
    assert.notEqual(lint('Occupational Health & Wellbeing Counselling Service\nPractitioner Support Programme\n\n8 May 2024\n\nDear Dr Henshaw,\n\nThank you for referring Dr S.\n').profile.id, 'occupational');
    assert.equal(lint('Home visit — Adult Social Care, Older People\'s Team\nService user: Mr A. N. (84) · Visit 19/02/2025, 11:00-12:10 · Worker: R. Campbell, Social Worker\n\nMonthly review.\n').profile.id, 'progress');
  });
  it('"Goals — what we will work on together" over its numbered goals heads them, and names no goal itself', () => {
    const note = 'Treatment Plan — Initial\nPrepared: 22 March 2024, in person. Clinician: D. Clarke, LMFT\n\nGoals — what we will work on together\n1. We will cut shouting matches from most nights to 2 or fewer per week by the end of June, counted on a calendar.\n2. Jada will attend school at least 90% of days this term.\n';
    const r = lint(note);
    assert.equal(r.dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
    assert.ok(!r.findings.some((f) => f.ruleId === 'measurable-goals' && note.slice(f.range.start, f.range.end).includes('work on together')));
  });
  it('a plain head\'s aside may be its name: "What\'s going well for me (strengths)"', () => {
    const note = parseNote('What\'s going well for me (strengths)\n- I like the job and I am good at it.\n');
    assert.equal(note.sections[0]?.title, 'What\'s going well for me (strengths)');
    assert.equal(assess(new Analysis(note), dimension('strengths')).via, 'heading');
  });
  it('a template\'s heads in square brackets ("[Goals – per care plan]", "[Measures]") head their sections', () => {
    assert.deepEqual(parseNote('[Measures]\nGAD-7: 15 (session 1: 18)\n\n[Goals – per care plan]\n1. Reduce checking to 2 per meal within 6 weeks.\n\n[Risk]\n[ ]\n').sections.map((s) => s.title), ['Measures', 'Goals – per care plan', 'Risk']);
  });
  it('a discharge summary\'s front matter "date_of_discharge:" dates it', () => {
    assert.ok(lint('---\ntype: discharge summary\nclinician: F. Marsh, Clinical Psychologist\ndate_of_discharge: 2024-04-29\n---\n\nK. chose to stop after four sessions.\n').dimensions.find((d) => d.id === 'session-details')?.covered.includes('date'));
  });
});

describe('reading set 61 (after its first run)', () => {
  it('"P — Plan / Cont. as per TP." makes no plan; "**Risk** / See intake. No concerns raised in treatment." no risk assessment', () => {
    assert.equal(status(PROGRESS('P — Plan\nCont. as per TP.'), 'plan'), 'unfilled');
    assert.equal(status(PROGRESS('**Risk**\nSee intake. No concerns raised in treatment.'), 'risk-assessment'), 'unfilled');
  });
  it('"PROGRESS TOWARD GOALS: SEE PREVIOUS NOTE." is progress monitoring\'s label, not the goals\' own', () => {
    const note = 'PROGRESS NOTE — DAP\nENCOUNTER: 11/04/2024 14:00-14:45 TELEHEALTH\nPROVIDER: M. TRAN, LPC\n\nASSESSMENT:\nTREATMENT GOALS (PER PLAN 06/2024): (1) REDUCE PCL-5 BELOW 33 BY 12/2024. PROGRESS TOWARD GOALS: SEE PREVIOUS NOTE.\n';
    assert.notEqual(status(note, 'goals'), 'unfilled');
  });
  it('a letter signed "Chloe Benedetti / Clinical Psychologist, CYPWS" names its clinician', () => {
    assert.ok(covered('session-details', 'Yours sincerely,\n\nChloe Benedetti\nClinical Psychologist, CYPWS\n').includes('clinician'));
    assert.ok(!covered('session-details', 'The school counsellor will call her mother on Monday.\n').includes('clinician'));
  });
  it('"She wondered aloud whether her goal should be reconciliation" sets no goal', () => {
    assert.ok(!covered('goals', 'She wondered aloud whether her goal in coming here should be reconciliation or learning to live without him.\n').includes('stated'));
  });
});

describe('reading set 62 (after its first run)', () => {
  it("the clinician's own expectation is a safeguard against bias; the client's quoted one is not", () => {
    assert.ok(covered('bias-safeguards', 'I noticed I expected a 19-year-old tradesman to downplay this; keeping that expectation in check.\n').includes('own-assumptions'));
    assert.ok(!covered('bias-safeguards', 'She said it "felt less clinical than I expected" and wanted to come back.\n').includes('own-assumptions'));
  });
  it("a supervisee's own reaction, as a supervisor records it, is a safeguard; the client's is not", () => {
    assert.ok(covered('bias-safeguards', "We talked about Daniel's own reaction to the complaint and the dread he noticed.\n").includes('own-assumptions'));
    assert.ok(!covered('bias-safeguards', "The client's own reaction surprised her.\n").includes('own-assumptions'));
  });
  it('a verdict after a topic and its aside reaches over the aside: "reactions to the case (...) — not discussed"', () => {
    const text = "Kwame's own reactions to the case (his father was made redundant when Kwame was 12) — not discussed today; to come back to.\n";
    assert.ok(!covered('bias-safeguards', text).includes('own-assumptions'));
  });
  it('"Treatment goals agreed in session 1: (1) ...; (2) ... 6 nights out of 7" are targets, not progress', () => {
    const note = PROGRESS('PROBLEM\nHe wants to stop lying. Treatment goals agreed in session 1: (1) app deleted, with a spending limit he shares; (2) reduce late-night screen time to under 30 min, 6 nights out of 7; (3) identify what the behaviour does for him.');
    assert.equal(status(note, 'progress-monitoring'), 'missing');
  });
  it('a goal reported with its outcome still counts as a measurable goal: "Goal 2 (sleep 6+ hrs on 5 of 7 days): not yet met"', () => {
    const note = PROGRESS('Goal 1 (return to full shift pattern incl. station rank by week 10): partial - nights back, rank avoided.\nGoal 2 (sleep 6+ hrs on 5 of 7 days): not yet met.');
    assert.notEqual(status(note, 'goals'), 'missing');
  });
  it('"2 missed in December without notice" in an attendance record asks for an engagement plan', () => {
    const note = '---\ntype: treatment-plan-review\n---\n# Treatment plan review\n\nPeriod covered: 09/2023 – 02/2024 (22 sessions, 18 of 22 attended; 2 missed in November with notice, 2 missed in December without notice)\n';
    const d = lint(note).dimensions.find((x) => x.id === 'engagement-plan');
    assert.equal(d?.level, 'warning');
  });
  it('a fire investigator and an identity tied to farming are socializing work', () => {
    const trig = (text: string) => lint(`---\ntype: progress\n---\n# Progress note\n\n${text}\n`).dimensions.find((x) => x.id === 'occupational-socialization')?.level;
    assert.equal(trig('Warren is a fire investigator, 22 years in the service.'), 'warning');
    assert.equal(trig('Identity strongly tied to farming, 3rd generation; loss of role fuels low mood.'), 'warning');
  });
  it('a school counsellor\'s "M.Ed., LSC" and a "counseling office" are session details', () => {
    const c = covered('session-details', 'Student: T.J. | Counselor: R. Adeyemi, M.Ed., LSC | Date: 10/24/2023 | 30 min, counseling office\n');
    assert.ok(c.includes('clinician') && c.includes('modality'));
  });
  it('"racialised scrutiny" and "the only Black male teacher on staff" say what culture means in the problem', () => {
    assert.ok(covered('cultural-factors', 'He is the only Black male teacher on staff and feels watched.\n').includes('meaning'));
    assert.ok(covered('cultural-factors', 'We discussed the risk of dismissing his account of racialised scrutiny.\n').includes('meaning'));
  });
  it('a facilitator named by initials who "led a cognitive exercise" used an intervention', () => {
    assert.ok(covered('interventions-response', '- CN led a cognitive exercise on night-time fears.\n').includes('interventions'));
  });
});

describe('reading sets 63 and 64 (after their first runs)', () => {
  it('a dictated note: "Fifty minutes", "PHQ-9 today was 8, it was 12 in November", "he\'ll phone", "I\'m going to send"', () => {
    assert.ok(covered('session-details', 'Date of service the 16th of January. Fifty minutes, in person.\n').includes('time'));
    assert.ok(!covered('session-details', 'His wife joined for the last fifteen minutes.\n').includes('time'));
    assert.ok(covered('progress-monitoring', 'Um, PHQ-9 today was 8, it was 12 in November.\n').includes('measures'));
    const plan = covered('plan', "Plan, um, he'll phone the charity shop this week. Continue notebook daily. I'm going to send the memory nurse a note.\n");
    assert.ok(plan.includes('homework') && plan.includes('next-steps'));
  });
  it('"We\'ll see how the week goes and decide." names no step of a plan', () => {
    assert.equal(status(PROGRESS("## What's next?\nWe'll see how the week goes and decide."), 'plan'), 'unfilled');
  });
  it('a group member followed up, a reminder texted, a barrier wondered about: an engagement plan', () => {
    assert.ok(covered('engagement-plan', '- Kwame to phone Member G after the second missed session.\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'Plan: I will text a reminder Sunday (consent given).\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'Second missed session: check whether evening time or Zoom is the barrier.\n').includes('reasons'));
    assert.ok(covered('engagement-plan', 'The stall is the only way out of the debt and the reason he can\'t get to appointments.\n').includes('reasons'));
  });
  it('"seen today after DNA on 22/02 and 29/02" is missed sessions; a "DNA test" is not', () => {
    const level = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'engagement-plan')?.level;
    assert.equal(level('Attendance: seen today after DNA on 22/02 and 29/02 (no call either time).'), 'warning');
    assert.notEqual(level('She is waiting for the DNA test results from the hospital.'), 'warning');
  });
  it('goals under "From MHCP:" in a GIRP goal section are the goals, and their counts targets', () => {
    const note = PROGRESS('**G — Goal**\nFrom MHCP: (1) Reduce intrusive images so Brodie can sleep 6+ hrs on 5 nights a week within 8 weeks; (2) Stop scanner checking, down to nil by the end of the care plan.');
    assert.equal(status(note, 'goals'), 'addressed');
    assert.equal(status(note, 'progress-monitoring'), 'missing');
  });
  it('a review\'s goals are timed by "Next review: 5 Nov." (a date written day first)', () => {
    const note = '---\ntype: treatment-plan-review\n---\n# 6-week plan review\n\n| Goal | Measure | Status |\n|---|---|---|\n| 1. Keep all licence appointments | 100% attendance | G |\n\n- Next review: 5 Nov.\n';
    assert.notEqual(lint(note).dimensions.find((d) => d.id === 'goals')?.status, 'missing');
  });
  it('"We will shape concrete goals at session 2" sets none yet', () => {
    assert.ok(!covered('goals', '"To feel like a person again." We will shape concrete goals at session 2 once she has thought about it.\n').includes('stated'));
  });
  it('"What\'s getting in the way" heads the barriers', () => {
    assert.equal(assess(new Analysis(parseNote("# Review\n\n**What's getting in the way**\n- No photo ID: blocks college and the bank account.\n")), dimension('barriers')).via, 'heading');
  });
  it('a letter\'s "Re: ... seen for assessment" is an intake; an "outreach note" a session\'s note', () => {
    assert.equal(lint('Riverside Service\n\nDear Dr Patel,\n\n**Re: Mrs Hannah R., seen for assessment 19 February 2024 (in person, 75 minutes)**\n\nThank you for referring her.\n').profile.id, 'intake');
    assert.equal(lint('outreach note - rural wellbeing team\nHV 19/3/24 1400-1510 (70m), farmhouse kitchen\n\nsx: sleeping 4-5h.\n').profile.id, 'progress');
  });
  it('a GP and A&E are health care; a kitchen fire is no firing', () => {
    assert.ok(covered('ecological-factors', 'Continue GP review of prazosin.\n').includes('health-care'));
    assert.ok(!covered('ecological-factors', 'Off work since the kitchen fire.\n').includes('employment-finances'));
    assert.ok(covered('ecological-factors', 'He was fired in May.\n').includes('employment-finances'));
  });
  it('the clinician\'s own position and values: bias safeguards and cultural differences', () => {
    const bias = covered('bias-safeguards', 'Reflection on my own position: there is a risk I read the grandparents\' views as old-fashioned; will take this to team supervision.\n');
    assert.ok(bias.includes('own-assumptions') && bias.includes('consultation'));
    assert.ok(covered('cultural-factors', "R. worried that her own feminist views are shaping her responses to A's choice.\n").includes('differences'));
  });
  it('"Pauline says: \'...\'" is the concern in her words; "came to us herself" a self-referral', () => {
    const c = covered('presenting-problem', 'Pauline says: "I\'m grieving my girl." She is honest about how hard it is and came to us herself.\n');
    assert.ok(c.includes('concern') && c.includes('referral'));
  });
  it('"5 hrs avg this week (4 last week)" measures progress', () => {
    assert.ok(covered('progress-monitoring', 'Sleep diary: 5 hrs avg this week (4 last week).\n').includes('measures'));
  });
  it('a support worker\'s "We did 40 min of sorting" and "She chose to" are the work and the response', () => {
    const c = covered('interventions-response', 'We did 40 min of sorting in the hallway using the three-box method. She chose to put the box in "decide later".\n');
    assert.ok(c.includes('interventions') && c.includes('response'));
  });
  it('"M.Ed." is a credential; "Medication" and "p.m. Ed" are not', () => {
    assert.ok(covered('session-details', 'Counselor: R. Adeyemi, M.Ed.\n').includes('clinician'));
    assert.ok(!covered('session-details', 'He manages his own medication. At 3 p.m. Ed arrived.\n').includes('clinician'));
  });
});

describe('reading set 65 (after its first run)', () => {
  it('"Strengths: to be reassessed at the next review." and "Obstacles / barriers: to go over next review." are put off', () => {
    const review = (body: string) => `---\ntype: treatment-plan-review\n---\n# Plan review\n\nDate: 3/13/2025. 10:15-10:50, in person.\n\n${body}\n`;
    assert.equal(status(review('**Strengths:** to be reassessed at the next review.'), 'strengths'), 'unfilled');
    assert.equal(status(review('**Obstacles / barriers:** to go over next review.'), 'barriers'), 'unfilled');
  });
  it('a section over three systems or more that only puts the work off leaves the ecological factors unwritten (set 97)', () => {
    const intake = (body: string) => `---\ntype: intake\n---\n# Intake\n\nDate: 3/13/2025. 10:15-11:20, in person. He lives with his wife; works as a baker.\n\n${body}\n\n## Plan\n\nNext 3/20.\n`;
    assert.equal(status(intake('## Home, family, money and supports\n\nNot covered today, ran out of time. To assess at session 2 (where he lives, finances, family contact, who he can lean on).'), 'ecological-factors'), 'unfilled');
    assert.equal(status(intake('## Family and supports\n\nNot covered today, ran out of time.'), 'ecological-factors') === 'unfilled', false, 'two named systems are not the whole section');
  });
  it('a form\'s blanks with their separators ("Date: ____/____/20___", "Time: _______ to _______") are left blank, and the finding names them', () => {
    const group = '# Group note\n\nDate: ____/____/20___\n\nTime: _______ to _______\n\nMembers present: 7. Facilitator: R. Lyle.\n\nJ.W. shared three names from his list.\n';
    const f = lint(group).findings.find((x) => x.ruleId === 'session-details');
    assert.equal(f?.status, 'unfilled');
    assert.match(f!.message, /Fill in "Date", "Time"/);
  });
  it('"Strengths: Motivated." and "Environment / supports: Lives with girlfriend." are too brief to be the dimension', () => {
    const plan = (b: string) => `---\ntype: treatment-plan\n---\n# Treatment plan\n\nDate: 3/13/2025. 10:15-11:05, in person.\n\n${b}\n`;
    const f = lint(plan('**Strengths:** Motivated.')).findings.find((x) => x.ruleId === 'strengths');
    assert.equal(f?.status, 'unfilled');
    assert.match(f!.message, /too brief/);
    assert.equal(status(plan('**Environment / supports:** Lives with girlfriend.'), 'ecological-factors'), 'unfilled');
    assert.equal(status(plan('**Strengths:** Motivated; sober 14 months; close to his sister, who drives him to GA.'), 'strengths'), 'addressed');
  });
  it('"Goals (agreed session 2, his words first: "keep my head"):" over a list heads the goals', () => {
    const note = `---\ntype: progress\n---\n# Session note\n\nDate: 3/13/2025. 10:15-11:05, in person.\n\nGoals (agreed session 2, his words first: "keep my head"):\n1. Outbursts from 3 a fortnight to no more than 1 a fortnight by session 12, per his phone log.\n`;
    assert.equal(status(note, 'goals'), 'addressed');
  });
  it('words struck through ("~~Transportation~~ None identified.") were taken back: they are not read', () => {
    const plan = (b: string) => `---\ntype: treatment-plan-review\n---\n# Plan review\n\nDate: 3/13/2025. 10:15-11:05, in person.\n\n## Barriers\n\n${b}\n`;
    assert.ok(!covered('barriers', plan('~~Transportation~~ None identified.')).includes('environment'));
    assert.ok(covered('barriers', plan('Transportation: the bus route was cut in May.')).includes('environment'));
  });
  it('its own section left as a pointer ("## Strengths / See intake.") is the finding, whatever a table\'s "Strength or need" column says', () => {
    const plan = `---\ntype: treatment-plan\n---\n# Treatment plan\n\nDate: 3/13/2025. 10:15-11:05, in person.\n\n| Area | Current situation | Strength or need |\n|---|---|---|\n| Housing | Owns home; drives. | Strength |\n\n## Strengths\n\nSee intake.\n`;
    assert.equal(status(plan, 'strengths'), 'unfilled');
  });
  it('"engaged in tx" among protective factors is no response to today\'s work', () => {
    const birp = (risk: string) => `---\ntype: birp\n---\n# BIRP\n\nDate: 3/13/2025. 10:15-11:05, in person.\n\n**Intervention:** Grounding taught.\n\n**Risk:** ${risk}\n\n**Plan:** next week.\n`;
    assert.ok(!covered('interventions-response', birp('Denies SI. Protective: kids, church group, engaged in tx.')).includes('response'));
  });
  it('"Strengths / resources: to fill in after joint session." is left for later too (set 96)', () => {
    const intake = (body: string) => `---\ntype: intake\n---\n# Intake\n\nDate: 3/13/2025. 10:15-11:20, in person.\n\n${body}\n`;
    assert.equal(status(intake('**Strengths / resources:** to fill in after joint session.'), 'strengths'), 'unfilled');
    assert.equal(status(intake('**Strengths / resources:** to be filled in at the next visit.'), 'strengths'), 'unfilled');
  });
  it('"Engaged after the reconnect, more than before it" compares within the session, not with an earlier one', () => {
    assert.ok(!covered('progress-monitoring', 'Engaged after the reconnect, more than before it.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Sleeping more than before.\n').includes('status'));
  });
  it('"Guilt rating this week 6/10 (8 three weeks ago, 9 at the start)" sets a measure beside an earlier one', () => {
    assert.ok(covered('progress-monitoring', 'Guilt rating this week 6/10 (8 three weeks ago, 9 at the start).\n').includes('status'));
  });
  it('why the work was chosen is what it meets: "Chose pharmacy because her father was a GP"', () => {
    assert.ok(covered('occupational-socialization', 'Chose pharmacy because her father was a GP and "I wanted to be the careful one."\n').includes('needs'));
  });
  it('"Goals: working on the goals from the treatment plan." names no goal of the plan', () => {
    assert.equal(status(PROGRESS('**Goals:** working on the goals from the treatment plan.'), 'goals'), 'missing');
    assert.notEqual(status(PROGRESS('**Goals:** working on goal 2 from the treatment plan (sleep 6 hours on 5 nights).'), 'goals'), 'missing');
  });
  it('a closing summary\'s "final_session:" field is its date', () => {
    const note = '---\ntype: termination\nfinal_session: 2025-05-12, 50 min, in person\nclinician: O. Mensah, MSc, HCPC Counselling Psychologist\n---\n\n# Discharge summary\n\nSeen for 14 sessions.\n';
    assert.ok(lint(note).dimensions.find((d) => d.id === 'session-details')?.covered.includes('date'));
  });
  it('research as knowledge is an information base; a client who "researched life insurance suicide clauses" is not', () => {
    assert.ok(covered('bias-safeguards', 'The research on firefighters\' coping suggests otherwise.\n').includes('information-base'));
    assert.ok(!covered('bias-safeguards', 'Has researched life insurance suicide clauses; the insurance research is a rehearsal behaviour.\n').includes('information-base'));
  });
  it('a plan\'s "Keep sleep diary" and "Session 5: 25 March, 13:00" are homework and the next session', () => {
    const c = covered('plan', 'P — Plan\n- Keep sleep diary; no screens in bed.\n- Session 5: 25 March, 13:00.\n');
    assert.ok(c.includes('homework') && c.includes('next-session'));
  });
  it('the clinician\'s contraction defers: "We\'ll assess family and housing."', () => {
    assert.ok(!covered('ecological-factors', "We'll assess family and housing.\n").includes('family'));
  });
});

describe('reading set 66 (after its first run)', () => {
  it('goals by number in shorthand with their status: "G1 – some progress", "G3 – partial", "G4 – done"', () => {
    const text = '# Home visit\n\nG1 – some progress. Hallway now clear.\nG3 – partial.\nG4 – done. Pendant alarm fitted.\n';
    assert.ok(covered('progress-monitoring', text).includes('status'));
    assert.ok(covered('goals', text).includes('stated'));
  });
  it('care coordinated in plain words: "Chase grab rails with OT", "Ask GP re: memory screen", "liaise with"', () => {
    assert.ok(covered('plan', '# Note\n\nNext:\n- Chase grab rails with OT.\n').includes('referrals'));
    assert.ok(covered('plan', '# Note\n\nNext:\n- Ask GP re: memory screen.\n').includes('referrals'));
  });
  it('"calls down from daily to 2x last week" and "PHQ-9 today is 15 (was 14 in session 4)" measure progress', () => {
    assert.ok(covered('progress-monitoring', '# Note\n\nMum reports the school phone calls are down from daily to 2x last week.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', '# Note\n\nPHQ-9 today is 15 (was 14 in session 4, 17 at intake).\n').includes('status'));
  });
  it('"Group cohesion noticeably stronger than weeks 1–3" is a group\'s progress; "more animated than previous weeks" is not', () => {
    assert.ok(covered('progress-monitoring', '# Group\n\nGroup cohesion noticeably stronger than weeks 1–3.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', '# Group\n\nR. more animated than previous weeks.\n').includes('status'));
  });
  it('"Each partner\'s goals", then "Graham" and "Lesley" over their lists: goals, coded "G-a:", "L-b:"', () => {
    const note = "Couples — wk 4\n\nGraham & Lesley.\n\n**Each partner's goals (from session 1)**\n\nGraham\n- G-a: Apply for at least 2 part-time jobs a month from December.\n\nLesley\n- L-a: One couple evening a week that isn't about MS, by March.\n\n**This session**\nReviewed the week.\n";
    const r = lint(note);
    assert.equal(r.profile.id, 'progress');
    assert.equal(r.dimensions.find((d) => d.id === 'goals')?.status, 'addressed');
  });
  it('"Reason for treatment." and "Where we started." head the presenting problem; "Handover for GP" the plan', () => {
    assert.equal(assess(new Analysis(parseNote('# Plan\n\n**Reason for treatment.** She checks the hob forty times before leaving.\n')), dimension('presenting-problem')).via, 'heading');
    assert.equal(assess(new Analysis(parseNote('# Letter\n\n**Where we started.** You came to me in April.\n')), dimension('presenting-problem')).via, 'heading');
    assert.equal(assess(new Analysis(parseNote('# Discharge\n\n**Handover for GP**\nReview sertraline.\n')), dimension('plan')).via, 'heading');
  });
  it('"Social / environment" heads the ecological factors; "Sister nearby is main support" is social support', () => {
    const as = assess(new Analysis(parseNote('# Intake\n\n**Social / environment**\nLives with husband in a rented apartment. Sister nearby is main support.\n')), dimension('ecological-factors'));
    assert.equal(as.via, 'heading');
    assert.ok(as.covered.includes('social-support'));
  });
});

describe('reading set 67 (after its first run)', () => {
  it("a reviewer's bracketed comment is not the clinician's record: \"[DR: what assumptions are you bringing?]\"", () => {
    const note = PROGRESS('**My reflections / bias check:** [to complete]\n[DR: This section is blank again. What assumptions are you bringing about religion and depression?]');
    assert.ok(!lint(note).dimensions.find((d) => d.id === 'bias-safeguards')?.covered.includes('own-assumptions'));
  });
  it('"3rd generation in the family firm" is work central to who the client is', () => {
    const level = lint(PROGRESS('Client (52, funeral home owner, 3rd generation in the family firm) reports intrusive images.')).dimensions.find((d) => d.id === 'occupational-socialization')?.level;
    assert.equal(level, 'warning');
  });
  it('a visit\'s "Arrived 10:15, left 11:25." is its time', () => {
    assert.ok(covered('session-details', '# Home visit\n\nDate: 3 October 2023. Arrived 10:15, left 11:25.\n').includes('time'));
  });
  it('front matter "note: progress" names the kind, whatever headings the note uses', () => {
    const note = '---\nnote: progress\ndate: 2024-10-16\n---\n\n### Goals carried forward\n1. Speak once in each seminar by week 10.\n\n### Interventions\nExposure.\n\n### Response\nEngaged.\n\n### Plan\nNext session 10/23.\n';
    assert.equal(lint(note).profile.id, 'progress');
  });
});

describe('reading sets 68 and 69 (after their first runs), and what nineteen first runs had in common', () => {
  const PLAN = (body: string) => `---\ntype: treatment-plan\n---\n# Treatment plan\n\nDate: 3/13/2025.\n\n${body}\n`;
  it('a plan names the problem it treats: the concern alone is enough there, not at intake', () => {
    const body = '**Summary:** She has had panic attacks on the bus for 5 months since a crash.';
    assert.equal(status(PLAN(body), 'presenting-problem'), 'addressed');
    assert.equal(status(`---\ntype: intake\n---\n# Intake\n\nDate: 3/13/2025.\n\n${body}\n`, 'presenting-problem'), 'missing');
  });
  it('"Presenting summary:" heads the presenting problem', () => {
    assert.equal(status(PLAN('Presenting summary: made redundant in January; lost the payment to online betting.'), 'presenting-problem'), 'addressed');
  });
  it("a note that names the client's trade reads the job in two of its three clusters; the clinician's own safeguards count only in an occupational assessment", () => {
    const job = 'Client (34, works as a nurse) has been off sick for 6 weeks. Nursing was "who I am"; her mum was a ward sister. On the ward the team copes with dark humour, which she no longer can.';
    assert.equal(status(PROGRESS(job), 'occupational-socialization'), 'addressed');
    const bias = 'Client (34, works as a nurse) says the job gives her purpose and belonging. I noticed my own assumptions about nurses coping and took them to supervision.';
    assert.equal(status(PROGRESS(bias), 'occupational-socialization'), 'missing');
  });
  it('what the client found or chose in the work is their response, whoever names them; "I noticed" is not', () => {
    const done = 'Reviewed the chain from Saturday with her (CBT-E).';
    assert.ok(covered('interventions-response', PROGRESS(`${done} She spotted the gap: no lunch before travelling.`)).includes('response'));
    assert.ok(covered('interventions-response', PROGRESS(`Used puppets and a calendar. Tiana chose the stickers.`)).includes('response'));
    assert.ok(covered('interventions-response', PROGRESS(`Did a chain analysis of the exam night. Jordan engaged well with this.`)).includes('response'));
    assert.ok(!covered('interventions-response', PROGRESS(`${done} I noticed the gap: no lunch before travelling.`)).includes('response'));
  });
  it("the client's own reason for staying away, and asking what got in the way, are reasons considered", () => {
    const note = (s: string) => PROGRESS(`Ellie missed the last 2 sessions. ${s} Agreed: move sessions to Thursdays.`);
    assert.equal(status(note("She said she didn't want to miss netball."), 'engagement-plan'), 'addressed');
    assert.equal(status(note('I asked what else had got in the way.'), 'engagement-plan'), 'addressed');
    assert.equal(status(note('She was quiet.'), 'engagement-plan'), 'missing');
  });
  it('"2 blow-ups last week vs about 5/week in January" and a quotation that opens on how it goes are progress', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('Anger log: 2 blow-ups last week vs about 5/week in January.')).includes('status'));
    assert.ok(covered('progress-monitoring', PROGRESS('Asked how he thinks it is going: "Better than I thought."')).includes('client-view'));
    assert.ok(!covered('progress-monitoring', PROGRESS('The referral form said "Worked night shifts until 2019".')).includes('client-view'));
  });
  it('homework done as a count of the times set ("done 2/3") and "met 4 of 5 goals" are progress', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('| Member | Homework (x3) |\n|---|---|\n| A.B. | done 2/3 |')).includes('status'));
    assert.ok(covered('progress-monitoring', PROGRESS('She met 4 of 5 goals; one is left.')).includes('status'));
  });
  it('ratings taken every few minutes are an exposure\'s curve, not progress over time', () => {
    const note = PROGRESS('ERP step 4: touched the door handle; response prevention held for 20 min while we rated anxiety every 5 min (SUDS 80 → 70 → 55 → 40).');
    assert.ok(!covered('progress-monitoring', note).includes('status'));
  });
  it('a goals entry that points to a handbook or a protocol documents no goal', () => {
    assert.notEqual(status('---\ntype: group\n---\n# Group note\n\nDate: 6/19/2024.\n\n**Group goals:** see programme handbook.\n\n**Content:** role-plays.\n', 'goals'), 'addressed');
  });
  it('in a PIRP note headed P, I, R, P, the first "P" is the problem and the last the plan', () => {
    const note = '---\ntype: pirp\n---\n# PIRP\n\nDate: 3/13/2025.\n\n**P:**\nPanic at the ferry terminal since the assault; he has not returned to work.\n\n**I:**\nBuilt an exposure hierarchy.\n\n**R:**\nEngaged, brighter after the hierarchy.\n\n**P:**\nTBD — to discuss with supervisor. Will f/u.\n\nM. Okafor\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
  });
  it('a couple\'s "Agreements (written together)" head their plan: a bracketed aside is no part of a head\'s name', () => {
    const note = PROGRESS('Agreements (written together, each has a copy)\n1. Affair talks happen Tuesdays at 8pm, 30 min max.\n2. Each keeps a tally of rows; bring it next week.');
    assert.equal(status(note, 'plan'), 'addressed');
  });
  it('"his football coach has been a good ally" is a support', () => {
    assert.ok(covered('strengths', PROGRESS('His football coach has been a good ally and picked him for the team.')).includes('supports'));
  });
  it('a liaison team\'s "A&E assessment" is an intake', () => {
    assert.equal(lint('Liaison Mental Health - A&E assessment\n\nDate/time seen: 03/02/2025, 23:10-00:05, face to face.\n\nReferral: A&E doctor.\n').profile.id, 'intake');
  });
});

describe('reading set 70 (after its first run)', () => {
  const PLAN = (body: string) => `---\ntype: treatment-plan\n---\n# Treatment plan\n\nDate: 3/13/2025.\n\n${body}\n`;
  it('a plan\'s "Diagnoses (working):" or the client\'s words as a label name the concern it treats', () => {
    assert.equal(status(PLAN('Diagnoses (working): panic disorder with agoraphobia, about 4 years.'), 'presenting-problem'), 'addressed');
    assert.ok(covered('presenting-problem', PLAN('Ellie\'s words: "I skip the insulin because it stops the weight coming on."')).includes('concern'));
  });
  it('a supervisor names a rescuing pull and a reaction taken to the supervisee\'s own therapy: bias safeguards', () => {
    const note = '---\ntype: supervision\n---\n# Supervision\n\nDate: 19 Nov 2024.\n\n**Discussion**\nWe named this as a rescuing pull that mirrors the client\'s theme of abandonment, and something to take to his own therapy.\n';
    assert.deepEqual(covered('bias-safeguards', note).sort(), ['consultation', 'own-assumptions']);
  });
  it('"I noticed I wanted to reassure him" is the clinician noticing their own pull', () => {
    assert.ok(covered('bias-safeguards', PROGRESS('I noticed I wanted to reassure him quickly and slowed down.')).includes('own-assumptions'));
  });
  it('the message counts only the topics that count in this note type', () => {
    const f = lint(PROGRESS('Client (34) works as a nurse and has been off sick for six weeks.')).findings.find((x) => x.ruleId === 'occupational-socialization');
    assert.match(f!.message, /cover 2 of its 3 topics/);
  });
});

describe('reading set 71 (after its first run)', () => {
  it('"2pm-2.50pm" is the time, and "Worker: G. Llewellyn, social worker (AMHP)" the clinician', () => {
    const c = covered('session-details', 'Client: Mrs C. P.\nDate: 19/09/2024, home visit 2pm-2.50pm\nWorker: Gareth Llewellyn, social worker (AMHP)\n\nCarys is caring for her mam.\n');
    assert.ok(c.includes('time') && c.includes('clinician'), c.join(' '));
  });
  it('"PHQ-9 today 12 (was 16 on 30 Oct)": the earlier score dated day first', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('PHQ-9 today 12 (was 16 on 30 Oct).')).includes('status'));
  });
  it('one deferred step in a long entry does not put the whole entry off', () => {
    const barriers = '**Barriers.** (1) Science class is back in the same lab, next to where the event happened. (2) Mother works early shifts and cannot always drive him, and the bus route change made him late twice. (3) Some peers imitate the seizure as a joke. Plan for each: seat change agreed; Ms. Dunn will address the imitation with the grade team.';
    assert.equal(status(`---\ntype: treatment-plan-review\n---\n# Plan review\n\nDate: 3/13/2025.\n\n${barriers}\n`, 'barriers'), 'addressed');
    assert.notEqual(status('---\ntype: treatment-plan-review\n---\n# Plan review\n\nDate: 3/13/2025.\n\n**Barriers.** Will address at the next review.\n', 'barriers'), 'addressed');
  });
  it('a plain label with a longer aside: "Group aim (set session 1, agreed by members):"', () => {
    const note = '---\ntype: group\n---\nGROUP NOTE\nDate: 07/11/2024\n\nGroup aim (set session 1, agreed by members): by session 6 each member will be able to name 3 behaviours and one planned response to each.\n';
    assert.equal(parseNote(note).blocks.find((b) => b.text.startsWith('Group aim'))?.label, 'Group aim (set session 1, agreed by members)');
  });
});

describe('reading set 72 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('a cue of several words does not span a comma: "to hear his experience, with notes" is no prior experience', () => {
    assert.ok(!covered('bias-safeguards', PROGRESS('A joint meeting to hear his experience, with written notes so he can follow.')).includes('prior-experience'));
    assert.ok(covered('bias-safeguards', PROGRESS('I reflected on my experience with older men in my own family.')).includes('prior-experience'));
  });
  it('a title reads as one phrase across its punctuation: "Post-discharge follow-up, visit 2" is no intake', () => {
    assert.notEqual(lint('# Post-discharge follow-up, visit 2\n\nDate: 3/13/2025.\n\nSaw client for follow-up.\n').profile.id, 'intake');
  });
  it('"he experienced that as being talked down to": the client\'s reaction to the clinician', () => {
    assert.ok(covered('relationship', PROGRESS('We wondered whether he experienced that as being talked down to.')).includes('client-reaction'));
  });
  it('the job named by its workplace or its crew makes bias safeguards expected', () => {
    assert.equal(level(PROGRESS('HR set a return-to-work meeting at the prison for Monday.'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('Stood himself down from the pager rota; the RNLI coxswain rang twice.'), 'bias-safeguards'), 'warning');
    assert.notEqual(level(PROGRESS('He went back to work after prison and likes the warehouse.'), 'bias-safeguards'), 'warning');
  });
  it('work named as the client\'s whole identity, or its culture read by the clinician, makes it expected too', () => {
    assert.equal(level(PROGRESS('She described the pub as "my whole life, the place is me."'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('Loss of herd and occupational/generational identity.'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('An occupational culture of self-reliance hinders help-seeking.'), 'bias-safeguards'), 'warning');
  });
  it('a date written with stops, "13.11.2024", and a role after a slash are session details', () => {
    assert.ok(covered('session-details', 'Client: Chloe W. | 13.11.2024 | 18:00-18:50 | in person\n').includes('date'));
    assert.ok(!covered('session-details', 'Took 2.5 mg at night.\n').includes('date'));
    const table = '| | |\n|---|---|\n| Clinician | Ruth Abernethy, CBT Therapist / Occupational Therapist |\n';
    assert.ok(covered('session-details', table).includes('clinician'));
  });
  it('"P -- Plan" heads the plan, and "Next steps TBD ... will decide then" leaves it unfilled', () => {
    const note = 'PIRP\n\nDate: 3/13/2025. 18:00-18:50, in person.\n\nP -- Problem\nLow mood since the allegation.\n\nI -- Intervention\nWorry postponement; she agreed to try the slots.\n\nR -- Response\nEngaged.\n\nP -- Plan\nNext steps TBD depending on the outcome of the meeting -- will decide then.\n';
    assert.equal(status(note, 'plan'), 'unfilled');
  });
  it('a later paragraph under a GIRP\'s Goal tells the session: its progress counts', () => {
    const note = '---\ntype: girp\n---\n# GIRP note\n\nDate: 3/6/2024. 13:00-13:45, in person.\n\n**Goal**\nReduce binge episodes from 4/week to 1/week by week 16, measured by food records.\n\nShe missed session 6. Records show 3 binges last week (4 the week before).\n\n**Intervention**\nChain analysis.\n\n**Response**\nEngaged.\n\n**Plan**\nNext session 3/13.\n';
    assert.equal(status(note, 'progress-monitoring'), 'addressed');
  });
});

describe('reading set 73 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('"which is progress from last week" sets progress beside an earlier point; "is making progress" stays a stock phrase', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('She held the fabric twice, which is progress from last week.')).includes('status'));
    assert.ok(!covered('progress-monitoring', PROGRESS('Client is making progress.')).includes('status'));
  });
  it('what the client did differently "this time" is progress', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('She did not book another GP appointment this time, which she was proud of.')).includes('status'));
  });
  it('a troupe\'s culture, what its older members taught her and the troupe as her family read as her occupation', () => {
    const note = PROGRESS('We talked about identity and the troupe culture. She always coped with fear through the pre-show ritual the older performers taught her; the troupe is her family.');
    assert.equal(level(note, 'occupational-socialization'), 'warning');
    assert.deepEqual(covered('occupational-socialization', note).filter((c) => c !== 'bias-safeguards').sort(), ['coping', 'job-involvement', 'needs']);
  });
  it('a line of fields left blank is unfilled, whatever a stray word elsewhere seems to say', () => {
    const note = '---\ntype: treatment-plan-review\n---\nTreatment Plan Review\n\nReview date: ___   Clinician: ___   Modality: ___\nParticipants: client, keyworker\n\nLetter for OH written with consent (signed 1 Sept).\n';
    const c = covered('session-details', note);
    assert.ok(!c.includes('date') && !c.includes('clinician'), c.join(' '));
    assert.equal(status(note, 'session-details'), 'unfilled');
  });
  it('"| Plan date | 09/03 |" is the date, and "Resp:" the response', () => {
    assert.ok(covered('session-details', '| | |\n|---|---|\n| Client | Helen W. |\n| Plan date | 09/03 (60 min, telehealth video) |\n').includes('date'));
    assert.ok(covered('interventions-response', PROGRESS('MI: decisional balance. Resp: cl. floated driving to the mart, not committed.')).includes('response'));
  });
  it('a supervisee\'s expectations traced to TV, a client who recalls her own grandmother, a chapter and a reflective log', () => {
    const note = '---\ntype: supervision\n---\n# Supervision\n\nDate: 14 Nov 2024.\n\nMrs. L. reminds her strongly of her own grandmother. We discussed how these expectations come from family experience and TV.\n\n1. Write a brief reflective log after each visit.\n2. Read the chapter on countertransference with older adults.\n';
    assert.deepEqual(covered('bias-safeguards', note).sort(), ['consultation', 'information-base', 'objectivity', 'own-assumptions', 'prior-experience']);
    assert.ok(!covered('bias-safeguards', PROGRESS('Log and reflective journal up to date.')).includes('objectivity'));
  });
  it('"Explained, with her present, that I don\'t connect with young people on social media" talks the boundary through', () => {
    assert.ok(covered('relationship', PROGRESS('Explained, with her present, that I don\'t connect with young people I work with on social media.')).includes('repair'));
  });
  it('a form table headed "| Review item | Findings |": "| Barriers | TBC |" leaves barriers unfilled', () => {
    const note = '---\ntype: treatment-plan-review\n---\n# Plan review\n\n| Review item | Findings |\n|---|---|\n| Date | 27/11/2024 |\n| Progress | Avoidance down to 70 min/day (was 180). |\n| Barriers | TBC |\n';
    assert.equal(status(note, 'barriers'), 'unfilled');
  });
});

describe('reading set 74 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('"distress 8/10 on first read, 5/10 on second" is a script read twice in the session, not progress', () => {
    assert.ok(!covered('progress-monitoring', PROGRESS('Tearful reading the hot spot, distress 8/10 on first read, 5/10 on second.')).includes('status'));
  });
  it('what the client did toward the goal, counted in the period: "She has had one half-day this fortnight"', () => {
    assert.ok(covered('progress-monitoring', PROGRESS('She has had one half-day this fortnight (church coffee morning).')).includes('status'));
  });
  it('a letter\'s plain questions head their topics: "What got in the way:", "What you bring:"', () => {
    const note = '---\ntype: treatment-plan-review\n---\nPlan review\n\nDate of review session: 3 July 2024, video.\n\nWhat got in the way: the job search has been hard, and three rejections in May knocked your mood.\n\nWhat you bring: you\'re methodical and you follow through on logs.\n';
    assert.equal(status(note, 'barriers'), 'addressed');
    assert.equal(status(note, 'strengths'), 'addressed');
  });
  it('a client who gets up and leaves mid-session raises the relationship', () => {
    assert.equal(level(PROGRESS('When roles swapped, Mark stood up, said "I\'m not doing this tonight," and left.'), 'relationship'), 'warning');
    assert.notEqual(level(PROGRESS('She stood up to stretch and we carried on.'), 'relationship'), 'warning');
  });
  it('a plan is a dated, signed document: its date and clinician are its session details', () => {
    const note = '---\ntype: treatment-plan\ndate: 2024-02-07\nclinician: Tomás Ibarra, LCSW\n---\n# Initial treatment plan\n\n## Goals\n1. Sleep 6 hours on 5 nights a week by April, per sleep log.\n';
    assert.equal(status(note, 'session-details'), 'addressed');
  });
});

/** A dimension's level in a progress note with this body ('off' when nothing asks for it). */
const progressLevel = (body: string, id: string) => lint(PROGRESS(body)).dimensions.find((d) => d.id === id)?.level ?? 'off';
/** The note type a text is read as, and how many goal statements measurable-goals finds weak in it. */
const noteType = (text: string) => lint(text).profile.id;
const goalFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'measurable-goals').length;
/** Each body of `expected` makes the dimension a warning in a progress note; each of `off` leaves it off. */
function levels(id: string, expected: string[], off: string[]): void {
  for (const s of expected) assert.equal(progressLevel(s, id), 'warning', s);
  for (const s of off) assert.equal(progressLevel(s, id), 'off', s);
}

describe('held-out sets 76 and 77: what makes safeguards against bias expected', () => {
  it('a generalization about the client\'s group in the clinician\'s words ("a typical man on the land", "typical strict immigrant parents")', () => {
    assert.equal(progressLevel('Wade is a typical man on the land - doesn\'t talk, works harder.', 'bias-safeguards'), 'warning');
    assert.equal(progressLevel('Family appears to be typical strict immigrant parents focused on achievement.', 'bias-safeguards'), 'warning');
    assert.equal(progressLevel('Described a typical day: up at 6, school run, work until 5.', 'bias-safeguards'), 'off');
  });
  it('the clinician does not speak the client\'s language ("I don\'t speak Farsi")', () => {
    assert.equal(progressLevel('Client prefers Farsi for feelings; I don\'t speak Farsi, so we used English and a glossary.', 'bias-safeguards'), 'warning');
  });
  it('the client\'s language is not the session\'s ("Spanish-dominant", "limited English", a daughter interpreting)', () => {
    levels('bias-safeguards', [
      'Mrs. G., 85, Spanish-dominant, came with her daughter.',
      'Grandmother speaks limited English; her grandson translated during the session.',
      'English is her second language and she sometimes searched for words.',
      'Her daughter interpreted; the clinic interpreter was unavailable.',
    ], ['Tremor-dominant Parkinson\'s, diagnosed 2019.']);
  });
  it('work and a whole self in one sentence ("21 years in the job; she calls it \\"my whole adult self\\"")', () => {
    assert.equal(progressLevel('She has been a court interpreter for 21 years in the job; she calls it "my whole adult self".', 'occupational-socialization'), 'warning');
    assert.equal(progressLevel('Work is stressful this month.', 'occupational-socialization'), 'off');
  });
  it('years at the work and "who I am", a family\'s work, a strong identity with the job: work central to identity', () => {
    levels('occupational-socialization', [
      'Says 28 years on the buses is "who I am" and he would rather retire than take desk duties.',
      'His grandfather kept the lighthouse; the water "is what our family does".',
      'Strong identity with the job, and the fear of losing it keeps the panic going.',
    ], ['She said being a mum is who I am now, more than anything.']);
  });
});

describe('held-out set 78: a service named by its rank, and the clinician naming the identification', () => {
  it('a rank names a service with its own training and culture ("Chief Petty Officer Marcus D.", "a sergeant"), "navy" the colour does not', () => {
    assert.equal(progressLevel('Clients: Chief Petty Officer Marcus D. and his husband Eli, after a 6-month patrol.', 'occupational-socialization'), 'warning');
    assert.equal(progressLevel('She is a staff sergeant in the Guard and drills monthly.', 'bias-safeguards'), 'warning');
    assert.equal(progressLevel('She wore a navy jumper and talked about her week.', 'occupational-socialization'), 'off');
  });
  it('"strongly identifies with the operator role" is work central to identity', () => {
    assert.equal(progressLevel('Strongly identifies with the operator role ("we\'re the first responders nobody sees").', 'bias-safeguards'), 'warning');
    assert.equal(progressLevel('She identifies with the character in the film.', 'bias-safeguards'), 'off');
  });
});

describe('held-out set 81 (after its first run)', () => {
  it('a place in a course of so many ("EAP #3 of 6", "visit 4 of 8") makes an untitled note a session\'s', () => {
    assert.equal(noteType('3/7/25 — EAP #3 of 6, in person, 50 min. T.W., 41.\nStill closing 5 nights/wk.\nPlan: ask DM re coverage.\n'), 'progress');
    assert.equal(noteType('Visit 4 of 8, video. Worked on sleep.\n'), 'progress');
    assert.equal(noteType('3/7/25. Phone call from client re: visit 3/7 time.\n'), 'general');
  });
  it('a letter\'s long subject line is read with its brackets dropped', () => {
    const letter = 'Dear Dr Tran,\n\n**Re: Melissa ("Mel") Kuipers — initial assessment under her Mental Health Treatment Plan (session 1 of 6)**\n\nThank you for referring Mel.\n';
    assert.equal(noteType(letter), 'intake');
  });
  it('"worth = work" is work central to identity, as "role = status" is', () => {
    levels('occupational-socialization', ['Interventions: cognitive restructuring re: worth = work.'], ['Interventions: worth of the exercise discussed.']);
  });
  it('another first language, or the clinician\'s partial command of it, is a language line across the room', () => {
    levels('bias-safeguards', [
      'Language: client bilingual, French first language (Acadian). Session mostly in English at her choice.',
      'First language: Arabic. Session in English.',
      'Her mother tongue is Tagalog.',
      'I used my intermediate French for the risk questions.',
    ], ['English is first language; some Romani words at home.', 'Her first language is English.']);
  });
  it('the clinician reading up on the client\'s culture is an information base', () => {
    const text = PROGRESS('Deaf client; ISL interpreter present. I read about Deaf culture and bereavement before the session.');
    assert.ok(covered('bias-safeguards', text).includes('information-base'));
  });
  it('"came in 10 minutes late" is lateness, as "arrived 20 minutes late" is', () => {
    levels('engagement-plan', ['Travis came in 10 minutes late, still in work clothes.'], ['She came in 10 minutes early to fill in the form.']);
  });
  it('"Working toward (from plan):" states the goal a session works on, and a vague one is not measurable', () => {
    assert.equal(goalFindings(PROGRESS('Working toward (from plan): "Feel more stable" / cope better with stress')), 1);
    assert.equal(goalFindings(PROGRESS('**Progress toward goals:** PHQ-9 14, down from 17.')), 0);
  });
  it('an exam sat in a named month is a one-time goal with its time frame', () => {
    const plan = '---\ntype: treatment-plan\n---\n# Plan\n\n## Goals\n1. Sit the written exam again in the September sitting.\n2. Pass the driving test by June.\n';
    assert.equal(goalFindings(plan), 0);
  });
});

describe('held-out set 82 (after its first run)', () => {
  it('a session\'s date at the head\'s limit is still a date: "session 11/21" cut after "11" counts no session', () => {
    // (The head is the first 600 characters: "/21" falls just past it.)
    const text = `${'Notes on the family. '.repeat(30).slice(0, 600 - 'Dyad session 11'.length)}Dyad session 11/21 booked.\n`;
    assert.equal(text.indexOf('/21'), 600);
    assert.equal(noteType(text), 'general');
    assert.equal(noteType(`---\nfoo: 1\n---\n${text}`), 'general');
  });
  it('"Family Meeting" titles a family session; "2nd time seeing t." counts a session', () => {
    assert.equal(noteType('# Family Meeting — Adolescent Inpatient Unit\n\nPresent: A.S., mother, writer.\n'), 'progress');
    assert.equal(noteType('popup @ laundromat wed 3/12 2:10-2:40\n\n2nd time seeing t. (31) mom of 3\n'), 'progress');
  });
  it('a session cancelled the same day, or "session missed", is missed attendance; "no sessions missed" is not', () => {
    levels('engagement-plan', [
      'Session 3 (Thu 06/02) cancelled by E. by email at 11:20 the same day; no reason given.',
      'Note: 04/01 session missed (no answer x2, voicemail left). Rebooked to today.',
    ], ['No sessions missed this month; attendance is steady.']);
  });
  it('"Writer is not from the islands and does not speak Pidgin" is a language line across the room', () => {
    levels('bias-safeguards', ['Writer is not from the islands and does not speak Pidgin; Malia clarified two phrases.'], ['Writer asked her to speak more slowly.']);
  });
  it('"Goal from assessment (16/01):" leads a goal that is judged', () => {
    assert.equal(goalFindings(PROGRESS('Goal from assessment (16/01): E. to feel more confident going out in public.')), 1);
  });
  it('"next wed same time" schedules the next session', () => {
    assert.ok(covered('plan', PROGRESS('next wed same time - bring diaper bank info')).includes('next-session'));
    assert.ok(covered('plan', PROGRESS('See you next Thursday at 4.')).includes('next-session'));
    assert.ok(!covered('plan', PROGRESS('Her sister visits next Wednesday.')).includes('next-session'));
  });
  it('"appears to be making progress" is a stock phrase, not where the client stands', () => {
    assert.ok(!covered('progress-monitoring', PROGRESS('The couple appears to be making progress.')).includes('status'));
  });
  it('a client who feels the clinicians are on the partner\'s side raises the relationship; lying on one\'s side does not', () => {
    levels('relationship', ['M. said, "It feels like you two are on his side."'], ['She told you she sleeps on her side now.']);
  });
  it('a couple\'s "repair conversation" is theirs, not a rupture with the clinician repaired', () => {
    assert.ok(!covered('relationship', PROGRESS('The practised repair conversation went well on the second try.')).includes('repair'));
    assert.ok(covered('relationship', PROGRESS('We talked about the rupture last week and repaired it.')).includes('repair'));
    // The clinician owning their part, or asking what would set it right, is a repair too.
    assert.ok(covered('relationship', PROGRESS('I acknowledged that I had been asking him most of the questions and that it could look that way.')).includes('repair'));
    assert.ok(covered('relationship', PROGRESS('I asked what would help him feel it was fair.')).includes('repair'));
    assert.ok(!covered('relationship', PROGRESS('She acknowledged that her husband had been drinking.')).includes('repair'));
  });
});

describe('held-out set 83 (after its first run)', () => {
  it('a front matter type in words ("couples session (progress)") is read as a title would be', () => {
    const note = '---\nnote_type: couples session (progress)\ndate: 2025-04-03\n---\n## Session summary\n\nSpeaker-listener turns.\n';
    assert.equal(lint(note).profile.id, 'progress');
    assert.ok(!lint(note).findings.some((f) => f.ruleId === 'front-matter'));
  });
  it('"Client\'s occupation is central to his identity" (DIMENSIONS.md\'s own words) is work central to identity', () => {
    levels('occupational-socialization', ["Client's occupation is central to his identity, and his self-worth tracks his results."], ['Her sleep is central to her recovery.']);
  });
  it('"Like many gamblers, client tends to ..." generalizes about the client\'s group; "like most people" does not', () => {
    levels('bias-safeguards', ['Like many gamblers, client tends to minimize losses.'], ['Like most people, he enjoys a day off.']);
  });
  it('a social media connection request is a boundary matter', () => {
    levels('relationship', ['A LinkedIn connection request was received from E. last week and was accepted.'], ['She posted on LinkedIn about her new job.']);
  });
  it('"Goals met: GAD-7 16 → 6." reports progress; it states no goal', () => {
    const note = '**Discharge Summary** — 03/18/2025 — in person, 30 min — R. Kessler, LCSW\nSeen 7 sessions for storm anxiety.\nGoals met: GAD-7 16 → 6. Stays upstairs through watches (8 of the last 9, per her log).\nCase closed.\n';
    const d = lint(note).dimensions.find((x) => x.id === 'progress-monitoring')!;
    assert.ok(d.covered.includes('measures') && d.covered.includes('status'), d.covered.join(','));
  });
});

describe('held-out set 84 (after its first run)', () => {
  it('a rule over a signature block written in Markdown ("---", "**Electronically signed:** ...", "---") is the note, not broken front matter', () => {
    const note = '---\n\n**Electronically signed:** T. Lindqvist, MA, doctoral trainee, 11/14/2025\n**Co-signed:** H. Okafor, PhD\n\n---\n\n# Discharge Summary\n\nFinal session 11/13/2025, 3:00-3:50 pm, in person, client only.\n';
    const r = lint(note);
    assert.ok(!r.findings.some((f) => f.ruleId === 'front-matter'), 'no front matter finding');
    assert.equal(r.note.frontMatter, undefined);
    assert.ok(r.dimensions.find((d) => d.id === 'session-details')!.covered.includes('clinician'), 'the signature is read');
    // Front matter that opens with a field stays front matter, broken or not.
    assert.ok(lint('---\ntype: soap\nclient: "A.S." (she/her)\n---\n# Note\n').findings.some((f) => f.ruleId === 'front-matter'));
  });
  it('a plain-text form\'s indented field lines ("GOAL 1: ...", "  Measures: ...", "  Status: ...") are fields of their own', () => {
    const note = 'TREATMENT PLAN REVIEW\n\nGOAL 1: Client will reduce depressive symptoms.\n  Interventions: CBT, behavioral activation, weekly.\n  Measures: PHQ-9 12/10 = 18; 01/14 = 16; 03/10 = 13.\n  Status: PARTIALLY MET. Five-point drop; not at target.\n';
    const d = lint(note).dimensions.find((x) => x.id === 'progress-monitoring')!;
    assert.equal(d.status, 'addressed');
    assert.ok(d.covered.includes('measures') && d.covered.includes('status'), d.covered.join(','));
    const blocks = parseNote(note).blocks.filter((b) => b.label);
    assert.deepEqual(blocks.map((b) => b.label), ['GOAL 1', 'Interventions', 'Measures', 'Status']);
    for (const b of blocks) assert.equal(note.slice(b.range.start, b.range.start + b.label!.length), b.label, 'ranges in the text');
  });
  it('a gift brought to the session raises the relationship; a present brought for a relative does not', () => {
    levels('relationship', ['Client brought a gift basket "to say thank you for putting up with me."'], ['She brought a present for her niece\'s birthday to show the group.']);
  });
  it('counselors "here" set against home name a cultural difference with the clinician; "the counselors here at the clinic" do not', () => {
    levels('bias-safeguards', ['She stated that counselors here "think everything is about feelings" and that at home you pray and work harder.'], ['The counselors here at the clinic rotate on Fridays.']);
  });
  it('"Like many men from farming backgrounds, R. tends to ..." generalizes about the client\'s group; "like many people in the group" does not', () => {
    levels('bias-safeguards', ['Like many men from farming backgrounds, R. tends to minimize emotion.'], ['Like many people in the group, he brought a photo.']);
  });
  it('a response in stock words ("Response: Client receptive.") is no response, and the finding says so at its level', () => {
    const note = (r: string) => `**SIRP note** 3/14/25, 45 min, in person, E. Navarro, LMSW\n**Situation:** Grief, 5 months.\n**Intervention:** Grief psychoeducation (dual process model). Encouraged making a photo box.\n**Response:** ${r}\n**Plan:** Weekly. Next 3/21 2 pm.\n`;
    const stock = lint(note('Client receptive.')).findings.find((f) => f.ruleId === 'interventions-response');
    assert.equal(stock?.severity, 'warning', 'a warning, not an information nudge');
    assert.match(stock!.message, /stock words only/);
    for (const r of ['Client was receptive and engaged throughout the session.', 'Pt engaged and cooperative.', 'Tolerated session well.', 'Participant receptive. Ok with plan.', 'Client responded well to session and continues to make progress.', 'K.O. participated.', 'Client attended and participated appropriately.'])
      assert.ok(!covered('interventions-response', note(r)).includes('response'), r);
    for (const r of ['Client receptive to trying the photo box this week.', 'Tearful; said the model "made it make sense".', 'She responded well; flat at first, more animated once we got to the box.', 'She engaged in the photo sorting and chose three to keep.'])
      assert.ok(covered('interventions-response', note(r)).includes('response'), r);
  });
  it('a group note\'s "Member participation" section tells the member\'s response', () => {
    const note = '# Group note\n\n## Interventions\n\nFacilitators introduced the ownership ladder.\n\n## Member participation\n\nJ. placed himself between shared and self-led, and came up with doing airway clearance in the morning.\n';
    assert.ok(covered('interventions-response', note).includes('response'));
  });
  it('"practice" is a response as a verb only; trying it and saying how it went, a rating through the work, crying are responses', () => {
    const note = (r: string) => `# BIRP note\n\n**Intervention:** Taught grounding (5-4-3-2-1).\n**Response:** ${r}\n**Plan:** Breathing practice twice daily.\n`;
    assert.ok(!covered('interventions-response', note('Client receptive.')).includes('response'), 'a plan\'s "practice" is no response');
    for (const r of ['She practised it twice in session.', 'She\'d tried it and said it "takes the edge off."', 'Says the breathing practice from last visit "works in the car, not at night".', 'She started at 7/10 and came down to 4/10 by the third watch.', 'She cried a bit there.', 'She was keen on the idea but wants to wait.'])
      assert.ok(covered('interventions-response', note(r)).includes('response'), r);
  });
});

describe('held-out set 85 (after its first run)', () => {
  it('an "Individual Psychotherapy Note" or a "GROUP PSYCHOTHERAPY NOTE" is a billed session\'s note, not a process note', () => {
    assert.equal(lint('### Outpatient Behavioral Health — Individual Psychotherapy Note\n\n- **Service:** 90834\n').profile.id, 'progress');
    assert.equal(lint('**GROUP PSYCHOTHERAPY NOTE — MBCT for recurrent depression**\n\nSession 6 of 8.\n').profile.id, 'group');
    assert.equal(lint('Psychotherapy note — kept separately from the medical record. Not for release.\n\nHeavy session.\n').profile.id, 'psychotherapy');
  });
  it('a template\'s merge field left in ("{{next_appt}}") is a placeholder', () => {
    const note = '# Progress note\n\n**Interventions:** Interoceptive exposure.\n\n**Plan / Homework:**\n\n**Next appointment:** {{next_appt}}\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'plan')?.status, 'unfilled');
  });
  it('"their son Caden\'s college plans: Caden\'s goal is to play ball" is the son\'s goal, not the couple\'s', () => {
    const note = PROGRESS("The fight this week was about their son Caden's college plans: Caden's goal is to play ball at the community college.");
    assert.ok(!covered('goals', note).includes('stated'));
    assert.ok(covered('goals', PROGRESS('Their goal is to argue less about money: 2 blowups a week or fewer by May.')).includes('stated'));
  });
  it('the client\'s words in quotation marks are no reflection of the clinician\'s; a weekly "check-in with Beth" is no check of one\'s reading', () => {
    const note = PROGRESS('She said, "I have nothing in my own life here." Plan: weekly check-in with Beth about needs, both ways.');
    const c = covered('bias-safeguards', note);
    assert.ok(!c.includes('prior-experience') && !c.includes('objectivity'), c.join());
    assert.ok(covered('bias-safeguards', PROGRESS('I will check in with her about whether my reading of her faith fits.')).includes('objectivity'));
  });
  it('"As is typical of Amish culture, Miriam deferred ..." generalizes about the client\'s group; "common in families after a loss" does not', () => {
    levels('bias-safeguards', ['As is typical of Amish culture, Miriam deferred to her husband.'], ['Withdrawal is common in families after a loss.']);
  });
});

describe('held-out set 86 (after its first run)', () => {
  it('a "Warm Handoff" laid out as S/O/A/P is a SOAP note; P/I/R/P letters with a goal line between are PIRP, not GIRP', () => {
    assert.equal(lint('**Behavioral Health Consultation — Warm Handoff**\n\n**S:** Poor sleep.\n\n**O:** Tearful once.\n\n**A:** Adjustment.\n\n**P:** Sleep hygiene; f/u 2 wks.\n').profile.id, 'soap');
    // A project's name before the dash names no kind; the group's name after it does (set 163).
    assert.equal(lint("# Docks Community Project – Dockside Men's Group\n## Group record: Session 3 of 8\n\n**Date:** Wed 9 Oct\n\nSeven of nine attended.\n").profile.id, 'group');
    assert.notEqual(lint('## After-hours crisis call\n\n**Practice:** North Shore Counseling Group — on-call line\n**Client:** Mark T., 52.\n').profile.id, 'group');
    // The department that sees staff is no kind of note (set 163): "Occupational Health" over S/O/A/P is SOAP.
    assert.equal(lint('**Basin Occupational Health – BH f/u**\nPt: D.K. | 28 y/o M | frac hand\n\n**S:** Poor sleep.\n\n**O:** Tired.\n\n**A:** Insomnia r/t shift work.\n\n**P:** Sleep hygiene; f/u 2 wks.\n').profile.id, 'soap');
    assert.equal(lint('**Integrated Behavioral Health (warm handoff)**\n\nReferral from PCP for headaches and worry.\n').profile.id, 'intake');
    const pirp = 'BHC note - 15 min warm handoff\n\nP: Caregiver strain.\nGoal (set 2/18): Zarit-12 < 20 within 8 wks.\nI: Problem-solving on respite.\nR: Chose Thursday for the day program.\nP: Next visit 3/27.\n';
    assert.equal(lint(pirp).profile.id, 'pirp');
  });
  it('"5 of 8 planned sessions" counts a session, in the front matter too; "Individual Counseling" names a session\'s note', () => {
    assert.equal(lint('---\nclient: G.F.\ncontact: 5 of 8 planned sessions\n---\n\n**Plan goal.** Back on the calendar.\n').profile.id, 'progress');
    assert.equal(lint('Encounter Type: Individual Counseling - MAT\nDate of Service: 03/14/2025\nPlan: Attend Thursday Recovery Skills group.\n').profile.id, 'progress');
  });
  it('a subject line\'s bracketed aside says what the client has, not what the note is', () => {
    const note = '**Liaison note - contact with the hospice family support team**\n\nRe: our client Mrs I. F. (ongoing individual counselling for anxiety, 11 sessions to date)\n\nSpoke with the hospice social worker about her brother.\n';
    assert.equal(lint(note).profile.id, 'general');
  });
  it('a plan in stock words ("P: F/u PRN.") is no plan; "Pt tolerated visit." is no response', () => {
    const note = 'BHC note\n\nP: Caregiver strain, sleeping 4-5 hrs.\nI: Supportive counseling. Caregiver stress discussed.\nR: Pt tolerated visit.\nP: F/u PRN.\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'pirp');
    assert.notEqual(r.dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
    assert.ok(!r.dimensions.find((d) => d.id === 'interventions-response')!.covered.includes('response'));
    assert.equal(lint(note.replace('P: F/u PRN.', 'P: Try the church day program Thursday; next visit 3/27 2 pm.')).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
  });
  it('"Plan: continue as agreed." and "Will continue to work on communication." carry on with no step (held-out set 108)', () => {
    const note = (p: string) => `# Progress note\n\nDate: 2/20/2025, 10:00-10:50, in person. Clinician: H. Ward, LMFT.\n\nWorked on the repair after the argument; both named one thing they heard.\n\n${p}\n`;
    assert.notEqual(lint(note('Plan: continue as agreed.')).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
    assert.notEqual(lint(note('Plan: Will continue to work on communication.')).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
    assert.equal(lint(note('Plan: each to try one ten-minute check-in on Sunday; next session 2/27 at 10:00.')).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
  });
  it('a positive PHQ-9 item 9 asks for a suicide assessment beyond "Denies HI. No firearms."', () => {
    const note = (o: string) => `# SOAP note\n\n**S:** Not sleeping since her son deployed.\n\n**O:** ${o} Denies HI. No firearms in home.\n\n**A:** Adjustment with depressed mood.\n\n**P:** Sleep hygiene; f/u 2 wks.\n`;
    assert.equal(lint(note('PHQ-9 = 14 (item 9 = 1).')).dimensions.find((d) => d.id === 'risk-assessment')?.status, 'missing');
    assert.equal(lint(note('PHQ-9 = 14 (item 9 = 0).')).dimensions.find((d) => d.id === 'risk-assessment')?.status, 'addressed');
  });
});

describe('held-out set 87 (after its first run)', () => {
  it('"lithium goal level 0.6-1.0" is a lab target, not a goal of the treatment', () => {
    assert.ok(!covered('goals', PROGRESS('Lithium 0.8 (goal level 0.6-1.0 per Dr. A.). Next level due Thurs.')).includes('stated'));
    assert.ok(covered('goals', PROGRESS('Her goal is to keep a regular wake time, 5 of 7 days by May.')).includes('stated'));
  });
  it('a plan in the future tense is the plan, not work put off; "Next steps TBD" puts it off', () => {
    const note = (p: string) => `# GIRP note\n\n**G:** Feel safer binding.\n\n**I:** Safe-binding psychoeducation.\n\n**R:** Said "I can breathe."\n\n**P:** ${p}\n`;
    assert.equal(lint(note('Rio back Wed after school for a binder fit check. Rio will ask the GSA advisor about the nurse\'s restroom.')).dimensions.find((d) => d.id === 'plan')?.status, 'addressed');
    assert.equal(lint(note('Keep going with what is working. Next steps TBD - will sort out when he is back in range.')).dimensions.find((d) => d.id === 'plan')?.status, 'unfilled');
  });
  it('"Session record — text counselling" with "**Session** 6 of 12" is a session\'s note', () => {
    assert.equal(lint('# Session record — text counselling\n\n**Date:** 04/03/2025 · **Session** 6 of 12\n\n## Summary\nTwo panic attacks since we last spoke.\n').profile.id, 'progress');
    assert.equal(lint('Notes\n\n**Date:** 04/03/2025 · **Session** 6 of 12\n\nTwo panic attacks since we last spoke.\n').profile.id, 'progress');
  });
});


describe('held-out set 88 (after its first run)', () => {
  it('a chance meeting outside the office or a shared social circle is a boundary matter; a client\'s quote about being seen is not', () => {
    assert.ok(status(PROGRESS('Mentioned she saw me at the swim meet Sat and moved on.'), 'relationship'));
    assert.ok(status(PROGRESS('He bumped into writer at church on Sunday.'), 'relationship'));
    assert.ok(status(PROGRESS('Said it was weird; our kids are on the same club team.'), 'relationship'));
    assert.equal(status(PROGRESS('Her boss said, "Someone saw me at the bar."'), 'relationship'), undefined);
  });
  it('a goal counted against its criterion ("2 of the last 3 wks (Goal 1: resume 2 of her old routines)") is measured', () => {
    assert.ok(covered('goals', 'Made Sunday dinner for the family 2 of the last 3 wks (Goal 1: resume 2 of her old routines).\n').includes('measurable'));
  });
  it('"GAD-7 next visit" and "will review at the next appt" put the measure off', () => {
    assert.ok(!covered('progress-monitoring', 'Plan: cont worry period daily. GAD-7 next visit.\n').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'Plan: PHQ-9 at next appt.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'GAD-7 11 today (15 at intake).\n').includes('measures'));
  });
  it('a check-in form\'s item on self-harm answered 0 is a screen', () => {
    assert.ok(covered('risk-assessment', 'On check-in form, item on self-harm thoughts = 0; she wrote "no" next to "thoughts of being better off dead."\n').includes('ideation'));
    assert.equal(status(PROGRESS('On check-in form, item on self-harm thoughts = 0; she wrote "no" next to "thoughts of being better off dead."'), 'risk-assessment'), 'addressed');
  });
  it('last week\'s homework reviewed, or a worksheet used in the session, is no task for the next week', () => {
    assert.ok(!covered('plan', "Leaders reviewed last week's homework with the group.\n").includes('homework'));
    assert.ok(!covered('plan', 'Psychoeducation using the "emotion cycle" worksheet.\n').includes('homework'));
    assert.ok(covered('plan', 'New homework: thought record daily.\n').includes('homework'));
  });
  it('"rated her week 6/10" is a measure of the week, not a response to the work; "By the end Mara said ..." is one', () => {
    assert.ok(!covered('interventions-response', 'Psychoeducation on emotion-driven behaviors. T.W. rated her week "about a 6 out of 10."\n').includes('response'));
    assert.ok(covered('interventions-response', 'Speaker-listener exercise. By the end Mara said "That\'s the first time I\'ve heard why."\n').includes('response'));
    assert.ok(covered('interventions-response', 'Exposure to the lift. Rated SUDS 4 after two rides.\n').includes('response'));
  });
  it('"Speech nl rate/vol" is a mental status finding, not a rating', () => {
    assert.ok(!covered('progress-monitoring', 'O: On time. Speech nl rate/vol. Mood "wired".\n').includes('measures'));
  });
});

describe('held-out set 89 (after its first run)', () => {
  it('a home visit is a session whatever it checks; a telephone check-in stays a contact', () => {
    assert.equal(lint('### TCM Home Visit — Medication Check\n\n**DOS:** 11/18/2025 · 10:05–10:40 · in person\n\nPillbox reviewed.\n').profile.id, 'progress');
    assert.equal(lint('### Medication check\n\n**DOS:** 11/18/2025 · 10:05–10:15 · phone\n\nPillbox reviewed.\n').profile.id, 'general');
  });
  it('"I asked how it\'s going working with me" asks the client\'s view of the work; "put her on the van list" adjusts the service', () => {
    assert.ok(covered('engagement-plan', 'I asked how it\'s going working with me and if anything I do makes it harder to come.\n').includes('relationship-view'));
    assert.ok(covered('engagement-plan', 'She missed two groups.\n\n**Next:** group is Tuesday 11/25 — I put her on the van list for that.\n').includes('adjustments'));
    assert.ok(covered('engagement-plan', 'Arranged a ride to group with the agency driver.\n').includes('adjustments'));
  });
  it('"IOP GRP NOTE" names a group note ("grp" is shorthand for group)', () => {
    assert.equal(lint('IOP GRP NOTE — COD track\n6/11/24 18:00-21:00 | in person\n\nPt: J.K. Arrived late.\n').profile.id, 'group');
  });
  it('a letter whose subject is the client\'s progress is a letter; one whose subject is a discharge summary is one', () => {
    const letter = (re: string) => `Harbor Point Recovery Services\n\nAugust 19, 2024\n\nRE: ${re}\n\nDear Judge,\n\nI am writing as his counselor to report on his participation in treatment.\n`;
    assert.equal(lint(letter('Participant C.B. — monthly treatment progress report')).profile.id, 'general');
    assert.equal(lint(letter('Participant C.B. — discharge summary')).profile.id, 'termination');
  });
});

describe('held-out set 90 (after its first run)', () => {
  it('"- Goal 1: ..." items under a PIRP note\'s Problem are goals, not a GIRP note\'s G', () => {
    const note = '**Problem:** PTSD after partner abuse. Plan goals this session:\n- Goal 1: PCL-5 below 33 by 06/30.\n- Goal 2: submit 3 housing applications by 04/30.\n\n**Intervention:** Repeated PCL-5.\n\n**Response:** PCL-5 49 (58 at admission).\n\n**Plan:** Walk the kids to the bus alone 3 mornings.\n';
    assert.equal(lint(note).profile.id, 'pirp');
  });
  it('"3/13 BHC f/u — R.O., 71 M" is a behavioural health consultant\'s visit', () => {
    assert.equal(lint('3/13 BHC f/u — R.O., 71 M, COPD w/ panic during dyspnea.\nGAD-7 15 (17 on 2/27).\nPlan: practice 2x/day. RTC 2 wks.\n').profile.id, 'progress');
  });
  it('"Fr. Tomas, parish priest" and "chaplain/priest contact" are people the client meets, not the client\'s work', () => {
    assert.equal(status(PROGRESS('Voicemail to Fr. Tomas, parish priest, at her request. Chaplain/priest contact per pt request.'), 'occupational-socialization'), undefined);
    assert.ok(status(PROGRESS('He has been a parish priest for 30 years and feels he has failed his people.'), 'occupational-socialization'));
  });
  it('"Pt and daughter receptive. Appreciative of visit." is a stock response', () => {
    const note = (r: string) => `# BIRP note\n\n**Behavior:** Tearful.\n\n**Intervention:** Education on disease progression.\n\n**Response:** ${r}\n\n**Plan:** Next visit 11/12.\n`;
    assert.ok(!lint(note('Pt and daughter receptive. Appreciative of visit.')).dimensions.find((d) => d.id === 'interventions-response')!.covered.includes('response'));
    assert.ok(lint(note('Daughter wrote the night plan herself and said "I can do that."')).dimensions.find((d) => d.id === 'interventions-response')!.covered.includes('response'));
  });
  it('a plan\'s goal restated in weak words ("Tx plan goal: Improve mood.") is judged; one named by its number refers to the plan', () => {
    const note = (g: string) => `# PIRP note\n\n**P:** Low mood since the move. ${g}\n\n**I:** Behavioral activation: she named music.\n\n**R:** Agreed to try Friday piano hour.\n\n**P:** Next visit 4/10.\n`;
    assert.equal(lint(note('Tx plan goal: Improve mood and adjustment to facility. Increase socialization.')).dimensions.find((d) => d.id === 'goals')?.status, 'missing');
    assert.notEqual(lint(note('Tx plan goal 2: Improve mood and adjustment to facility.')).dimensions.find((d) => d.id === 'goals')?.status, 'missing');
  });
  it('"- HCP: met today." and "Intubation wishes: partly" report where a goal stands', () => {
    assert.ok(covered('progress-monitoring', 'Goal (set 3/1): HCP named by 3/6.\n- HCP: met today.\n- Intubation wishes: partly - wife\'s report documented.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Family: met with the team at 3 pm.\n').includes('status'));
  });
});

describe('held-out set 91 (after its first run)', () => {
  it('"no alcohol for 41 days" counts not using; "3/5 (was 2/5 the first two weeks)" sets a rating beside an earlier one', () => {
    assert.ok(covered('progress-monitoring', 'Reports no alcohol for 41 days (at session 5 she reported 27 days).\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Mood on the faces scale 3/5 (was 2/5 the first two weeks).\n').includes('status'));
  });
  it('a "follow-up" is a session\'s note; a crisis or telephone follow-up is a contact', () => {
    assert.equal(lint('#### Transplant Psychosocial Follow-up\n\n**Date:** 05/06/2025, 11:00-11:45, video\n\nPHQ-9 8 today.\n').profile.id, 'progress');
    assert.equal(lint('**Crisis follow-up — phone**\nDate: 2/14/2025 · 25 min · phone\n\nSlept 6 hrs last 2 nights.\n').profile.id, 'general');
  });
  it('a form\'s drop-down left at its default ("Client response: [Receptive ▾]") does not hide the clinician\'s own written response', () => {
    const note = (r: string) => `PROGRESS NOTE\n\nDOS: 06/13/2025  Start: 5:00 PM  Stop: 5:55 PM\nClient response: [Receptive ▾]\nClinician: N. Brandt, LMFT\n\nBoth deny SI or HI. Low risk.\n\nInterventions: Taught soft start-up vs harsh start-up.\n${r}\n\nPlan: Next session 6/27/25.\n`;
    assert.equal(lint(note("Response: D.'s 2nd try was much softer and C. visibly relaxed.")).dimensions.find((d) => d.id === 'interventions-response')?.status, 'addressed');
    assert.equal(lint(note('')).dimensions.find((d) => d.id === 'interventions-response')?.status, 'unfilled');
  });
  it('"trending down but not at target yet" reports where a goal stands; "objective 1 (complete the course by 06/30/2025)" has a date to meet it by', () => {
    assert.ok(covered('progress-monitoring', 'Incidents 5 in wk of 2/24, 3 in wk of 3/3 — trending down but not at target yet.\n').includes('status'));
    assert.ok(covered('goals', 'Client is moving forward on IPE objective 1 (complete the 10-module course by 06/30/2025).\n').includes('measurable'));
  });
  it('"pointed \'no\' to thoughts of hurting himself" is a screen answered', () => {
    assert.equal(status(PROGRESS('When asked with yes/no cards about low mood and safety, he pointed "no" to thoughts of hurting himself or wanting to die.'), 'risk-assessment'), 'addressed');
  });
});

describe('held-out set 92 (after its first run)', () => {
  const type = (text: string) => lint(text).profile.id;
  const finding = (text: string, id: string) => lint(text).findings.find((f) => f.ruleId === id);
  it('a first line on the goal worked on ("Goal addressed (tx plan goal 2): ...") does not make a session a treatment plan; "session: 9" counts a session', () => {
    const note = (fm: string) => `---\ndate: 2025-10-22\n${fm}---\n\nGoal addressed (tx plan goal 2): S. will complete 3 chapters of her lifebook by 02/2026.\n\n**Assessment:** More open about her grief.\n\n**Plan:** Family session 11/5.\n`;
    assert.equal(type(note('session: 9\n')), 'progress');
    assert.notEqual(type(note('')), 'treatment-plan');
    assert.equal(type('---\nsession: 1\n---\n\nTreatment plan for J.\n\n## Goals\n1. Sleep 7 h 5 nights a week by May.\n'), 'treatment-plan');
  });
  it('"Response", then "Goals / progress", then "Plan" is no GIRP note (GIRP opens on its goal); a DBT individual session is a progress note', () => {
    const body = '### Response\nEngaged after the chain.\n\n### Goals / progress\nSH acts: Jan 4, Feb 2.\n\n### Plan\n- Skills group Thurs.\n';
    assert.notEqual(type(body), 'girp');
    assert.equal(type(`DBT INDIVIDUAL — wk 14\n\n${body}`), 'progress');
    assert.equal(type('### Goals\nSleep 7 h.\n\n### Interventions\nCBT-I sleep restriction.\n\n### Response\nEngaged, agreed.\n'), 'girp');
  });
  it('"Individual Participant Group Record" is a group member\'s note', () => {
    assert.equal(type("**Men's Behaviour Change Program — Individual Participant Group Record**\n\n**Session topic:** effects on children.\n\n**Attendance:** Present.\n"), 'group');
  });
  it('"get her own apartment by Sept" is a measurable goal (done by then or not); "get better by Sept" is not', () => {
    const goals = (g: string) => finding(PROGRESS(`Goals (hers): ${g}.\n\nPHQ-9 12 (was 15 on 9/1). Plan: next week.`), 'measurable-goals');
    assert.equal(goals('get her own apartment by Sept'), undefined);
    assert.ok(goals('get better by Sept'));
  });
  it('a score beside earlier ones taken at the assessment or a numbered session, or a count before the work began, reports progress', () => {
    assert.ok(covered('progress-monitoring', 'IES-R today 29 (48 at history-taking, 37 at S6).\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Nightmares 1 this wk (3/wk before EMDR).\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Panic attacks 3 this week (2 at work).\n').includes('status'));
  });
  it('"## Next" heads the plan', () => {
    assert.equal(status(PROGRESS('Reviewed the log; PHQ-9 12 (was 15 on 9/1).\n\n## Next\n- TICES log daily.\n- S10: re-evaluate target 2.'), 'plan'), 'addressed');
  });
  it('"Progress ongoing." and "Goal: ongoing" say nothing of where the client stands', () => {
    assert.ok(!covered('progress-monitoring', 'Progress ongoing.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Progress toward goal: ongoing, J. continues to work on this.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Goal 1: partially met (2 of 3 nights).\n').includes('status'));
  });
  it('a response of "engaged appropriately in exercises. Continues to work on goals. Progress ongoing." is stock words, and the finding says so', () => {
    const note = (r: string) => `**P (Problem):** social anxiety.\n\n**I (Intervention):** ACT values session; values bull's-eye.\n\n**R (Response):** ${r}\n\n**P (Plan):** Next session 3/14.\n`;
    const f = finding(note('Client engaged appropriately in exercises. Continues to work on goals. Progress ongoing.'), 'interventions-response');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /stock words only/);
    assert.equal(finding(note('Chose "being a good colleague" as her top value; tearful naming it.'), 'interventions-response'), undefined);
  });
  it('"Writer provided support and redirection as needed throughout the visit." names no intervention; psychoeducation on panic does', () => {
    const note = (i: string) => PROGRESS(`${i} Calmer when the children were upset (one raised-voice moment vs four at visit 3).\n\nPlan: next visit 11/2.`);
    const f = finding(note('Writer provided support and redirection as needed throughout the visit.'), 'interventions-response');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /stock words only/);
    assert.equal(finding(note('Writer provided psychoeducation on the panic cycle.'), 'interventions-response'), undefined);
  });
  it('a contact note without its date, time, modality, participants and writer is told at warning, as a session note is', () => {
    const f = finding('Call record\n\nSpoke with the client about the missed group. Will call Monday.\n', 'session-details');
    assert.equal(lint('Call record\n\nSpoke with the client.\n').profile.id, 'general');
    assert.equal(f?.severity, 'warning');
  });
});

describe('held-out set 93 (after its first run)', () => {
  const type = (text: string) => lint(text).profile.id;
  it('a list of goals over PROBLEM / INTERVENTION / RESPONSE / PLAN is a PIRP note, over Situation / ... a SIRP note (GIRP yields on a tie)', () => {
    const body = (first: string) => `Treatment goals (plan signed 01/15/2025):\n G1. Arguments down to 1 or fewer a week over 8 weeks.\n\n${first}:\nSecond transfer came back negative.\n\nINTERVENTION:\n- Speaker-listener technique.\n\nRESPONSE:\n- Reflected accurately after two tries.\n\nPLAN:\n- Next session Wed 4/2.\n`;
    assert.equal(type(body('PROBLEM')), 'pirp');
    assert.equal(type(body('SITUATION')), 'sirp');
  });
  it('"Session: 6 of 10 (care plan agreed 06/02)" counts a session; the plan it names is no kind of note', () => {
    assert.equal(type('Kinship Care Support Program — Counselling Record\n\nDate: 14/03/2025\nSession: 6 of 10 (care plan agreed 06/02/2025)\n\n**Behaviour**\nBedtime calmer.\n\n**Intervention**\nReviewed the routine.\n\n**Response**\nNoreen tried it twice.\n\n**Plan**\nNext visit 28/03.\n'), 'birp');
  });
  it('a practice\'s name before the dash ("Northfield Psychological Group — Progress Note (GIRP)") names no group', () => {
    assert.equal(type('Northfield Psychological Group — Progress Note (GIRP)\n\n**G:** Goal 1.\n\n**I:** EMDR phase 2.\n\n**R:** SUDS 7 -> 2.\n\n**P:** Next session 4/18.\n'), 'girp');
    assert.equal(type('Young Carers Group — Session 5 of 8\n\nTopic: saying no.\n'), 'group');
  });
  it('a secret one partner asks the clinician to keep, or contact on the clinician\'s cell, calls for the relationship', () => {
    const trigger = (s: string) => lint(PROGRESS(`Conjoint session. ${s} Both denied SI. Plan: next session Tuesday.`)).dimensions.find((d) => d.id === 'relationship')?.trigger;
    assert.ok(trigger('Priya sent me a private email on 02/24 and asked me "not to mention it was me."'));
    assert.ok(trigger('Devon texted my cell on Sunday asking to talk privately about something Marisol doesn\'t know.'));
    assert.equal(trigger('Devon texted Marisol on Sunday about the kids.'), undefined);
  });
  it('"Typical engineer —" and "typical fire-service culture" generalize about the client\'s group', () => {
    const trigger = (s: string) => lint(PROGRESS(`${s} PHQ-9 12 (was 15 on 9/1). Plan: next week.`)).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger;
    assert.ok(trigger('Typical engineer — he intellectualizes and prefers data to feelings.'));
    assert.ok(trigger("Daniel's stoicism is probably just typical fire-service culture."));
    assert.equal(trigger('A typical day starts at 5 am.'), undefined);
  });
  it('a section that says only "Non-contributory." or "Unchanged since intake." is not filled in, whatever the rest mentions', () => {
    const note = (v: string) => `---\ntype: intake\n---\n# Intake\n\nHer parents came from Cebu; Catholic, goes to Mass with her mother.\n\n## Cultural / spiritual\n${v}\n`;
    assert.equal(lint(note('Non-contributory.')).dimensions.find((d) => d.id === 'cultural-factors')?.status, 'unfilled');
    assert.equal(lint(note('Raised Catholic in a Filipino family; faith is a support; no conflict between her values and the plan.')).dimensions.find((d) => d.id === 'cultural-factors')?.status, 'addressed');
    assert.equal(status('---\ntype: treatment-plan\n---\n# Plan review\n\nLives with her grandmother; school is supportive.\n\n## Environment\nUnchanged since intake.\n', 'ecological-factors'), 'unfilled');
    // ("See intake (denied SI 03/2024).": what the earlier record said, in brackets, is still the earlier record's.)
    assert.equal(status('---\ntype: termination\n---\n# Closing summary\n\nGrief work over 14 sessions; goals met.\n\n### Risk\nSee intake (denied SI 03/2024).\n', 'risk-assessment'), 'unfilled');
    // (An outline's own entry, its item mark before the deferral: "7. Environment / supports" over "a. TBD at next session.")
    assert.equal(status('INITIAL TREATMENT PLAN\n\n1. Problem: panic at work; lives with his partner, works at a bookshop.\n\n2. Environment / supports\n   a. TBD at next session.\n', 'ecological-factors'), 'unfilled');
  });
});

describe("a one-letter head two formats share ('S': SOAP's Subjective, SIRP's Situation)", () => {
  it('"S: I: R: P:" is SIRP; "S:" beside "O:" is SOAP\'s; a lone "S:" (a shared goal\'s code) names neither', () => {
    assert.equal(noteType('Session 6, 06/11/2025, 50 min.\n**S:** Took 4 of 5 calls at work.\n**I:** Voluntary stammering.\n**R:** Anxiety 6/10 to 3/10.\n**P:** Next session 13/11.\n'), 'sirp');
    assert.notEqual(noteType('Check-in, 50 min.\n\nS: Says he forgot the session.\n\nO: Tired, unshaven.\n\nInterventions: MI.\n\nResponse: engaged.\n\nProgress: goal 1 not met.\n\nPlan: next week.\n'), 'sirp');
    const couple = 'Couples — wk 4\n\n**Goals**\n\n- G-a: Two hours a week for himself.\n- S: One business meeting a week.\n\nInterventions: reviewed the week.\n\nResponse: both said it worked.\n\nPlan: next week.\n';
    assert.notEqual(noteType(couple), 'sirp');
  });
});

describe("a person's initial is no format's letter", () => {
  it('"D. came out ... D: pills make him slow" run on in a paragraph is the client speaking, not DAP\'s Data', () => {
    const visit = 'Home visit, 03/11/2025, 56 min, in person.\n\n**10:02** D. came out to the kitchen after his mother knocked. Med check: 9 of 14 doses taken. D: pills make him "slow and hungry."\n\n**Plan**\n1. RN to visit Thursday.\n';
    assert.notEqual(noteType(visit), 'dap');
  });
});

describe('a stock progress line and a reflexive entry', () => {
  it('"Progress: She appears to be progressing." says nothing of where she stands', () => {
    assert.notEqual(status(PROGRESS('Reviewed the week.\n\nProgress: She appears to be progressing.\n\nPlan: next session 3/20.'), 'progress-monitoring'), 'addressed');
  });
  it('"Cultural / reflexive:" heads the safeguards, and "careful not to assume" is a guard against an assumption', () => {
    assert.ok(covered('bias-safeguards', 'I want to be careful not to assume the conflict with the neighbour is paranoia.\n').includes('own-assumptions'));
    const note = PROGRESS('Signing through the interpreter; checked meaning with the interpreter afterwards.\n\nCultural / reflexive: I am hearing and do not sign; I checked my read of her signing with her directly and booked a consult with the Deaf mental health service.\n\nPlan: next session 3/20.');
    assert.equal(lint(note).dimensions.find((d) => d.id === 'bias-safeguards')?.via, 'heading');
  });
});

describe('an entry the note says it copied from an earlier one', () => {
  it('"INTERVENTIONS [copied forward from 03/07/2025]:" documents no intervention of this session', () => {
    const note = PROGRESS('Pt seen 1:1 in his room.\n\nINTERVENTIONS [copied forward from 03/07/2025]:\nCont milieu tx, group therapy, supportive therapy, meds as ordered per MD.\n\nPlan: see pt daily.');
    assert.ok(!covered('interventions-response', note).includes('interventions'));
    assert.ok(covered('interventions-response', note.replace(' [copied forward from 03/07/2025]', '')).includes('interventions'));
  });
  it('"Pt progressing slowly toward goals." is a stock progress line', () => {
    assert.ok(!covered('progress-monitoring', 'Pt progressing slowly toward goals.\n').includes('status'));
  });
});

describe('a variant named beside its base', () => {
  it('"Document: Individualized Treatment Plan — 90-Day Review" is a plan review; "Individualized Treatment Plan" a plan', () => {
    assert.equal(noteType('| | |\n|---|---|\n| **Document** | Individualized Treatment Plan — 90-Day Review |\n| **Client** | K.S. |\n\n**Goals:** 1. Attend school 5 of 5 days by March.\n'), 'treatment-plan-review');
    assert.equal(noteType('| | |\n|---|---|\n| **Document** | Individualized Treatment Plan |\n| **Client** | K.S. |\n\n**Goals:** 1. Attend school 5 of 5 days by March.\n'), 'treatment-plan');
  });
});

describe('a plan in stock words', () => {
  it('"Revert back if required.", "As discussed." and "See above." name no step', () => {
    for (const p of ['Revert back if required.', 'As discussed.', 'See above.']) {
      const f = lint(`# SOAP note\n\n**S:** Panic before exams.\n\n**O:** Anxious.\n\n**A:** Panic attacks.\n\n**P:** ${p}\n`).findings.find((x) => x.ruleId === 'plan');
      assert.ok(f, p);
    }
  });
});

describe('a wish to die told in a contact note makes its risk assessment required', () => {
  const call = (told: string) =>
    `# Telephone contact\n\nDate: 6/20/2024, 11:40-11:52, phone. Writer: P. Natarajan, LPC-Associate.\n\nOutgoing call after a missed appointment. ${told} Rescheduled to 6/25 by video; travel fund details sent.\n`;
  const risk = (text: string) => lint(text).findings.find((f) => f.ruleId === 'risk-assessment');
  it('"some days I don\'t see the point of any of it", left there, is a warning; nothing of the kind leaves it information', () => {
    assert.equal(risk(call('He said money is tight and "honestly some days I don\'t see the point of any of it."'))?.severity, 'warning');
    assert.equal(risk(call('He said money is tight and he forgot the time.'))?.severity, 'info');
  });
  it('"no point of the meeting", a hope a relative has lost, and a screening question asked raise nothing', () => {
    assert.equal(risk(call('He said he does not see the point of the meeting with his manager.'))?.severity, 'info');
    assert.equal(risk(call('His sister feels hopeless about the housing list.'))?.severity, 'info');
  });
});

describe('reading set 100 (after its first run)', () => {
  const girp = (response: string, other = '') =>
    `---\nnote_type: GIRP\ndate: 2025-06-17\nstart: "16:00"\nend: "16:55"\nmodality: video\nclinician: Omar Reyes, MA, LPC-Associate\n---\n\n## Goal\n- Goal 1: K. will describe the risks, benefits, alternatives and recovery of the surgery by session 4.\n\n## Intervention\nReviewed informed consent. Provided psychoeducation on binding.\n\n## Response\n${response}\n\n## Progress\nChecklist 5 of 8 items complete (3 of 8 at session 1). K.: "Better, not there."\n\n## Risk\nC-SSRS screen: no suicidal thoughts in the past month. Low risk.\n\n${other}## Plan\n- Session 3: 06/24/2025, 16:00, video. Continue the binding log.\n`;
  const finding = (text: string, id: string) => lint(text).findings.find((f) => f.ruleId === id);
  it('"## Response" over "Client receptive. Engaged." holds no response, and "risks, benefits" in a goal is none', () => {
    assert.match(finding(girp('Client receptive. Engaged.'), 'interventions-response')?.message ?? '', /stock words only/);
    assert.equal(finding(girp('K. tried the binder-break plan in session and said "that might work on Saturdays."'), 'interventions-response'), undefined);
  });
  it('an invitation held up in session and "sent you a request" raise the relationship; a boundary explained and "no sign of hurt" answer it', () => {
    const other = 'Other: At the end K. held up an invitation to his name-change celebration and said he "sent you a request too, on your own page."\n\n';
    assert.match(finding(girp('K. laughed and said the plan "might actually work."', other), 'relationship')?.message ?? '', /Therapeutic relationship not documented/);
    const answered = other.replace('\n\n', ' I explained that I don\'t connect with clients on social media and thanked him for the invitation; no sign of hurt, he said he understood.\n\n');
    assert.equal(finding(girp('K. laughed and said the plan "might actually work."', answered), 'relationship'), undefined);
  });
  it('"no sign of dependency" is dependency looked at, as a screen that came back negative', () => {
    const r = lint(girp('K. laughed.', 'Other: He sent me a Facebook friend request. Explained the boundary and the social media policy; no sign of dependency so far, he has a wide friend network.\n\n'));
    assert.deepEqual(r.dimensions.find((d) => d.id === 'relationship')?.covered, ['boundaries', 'dependency']);
  });
  it('a "parent-child session" is a session note, and a note typed all in lower case has its labels', () => {
    const note = 'child & family clinic — parent-child session (filial play coaching)\n\ndate: 14 feb 2025, 16:00–16:50 (50 min) · in person\nclinician: j. okafor, lcsw\n\nmum tracked well; i cued her back to reflecting.\n\nplan: special playtime 3x/wk, 20 min; mum to bring the log; next session 28 feb 16:00.\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'progress');
    assert.equal(r.dimensions.find((d) => d.id === 'plan')?.via, 'heading');
  });
  it('"my kids would be fine without me" and "no point in me going on" are a wish to die; "fine without me for a week" at camp is not', () => {
    const call = (told: string) => `# Telephone contact\n\nDate: 6/20/2024, 11:40-11:52, phone. Writer: P. Natarajan, LPC-Associate.\n\n${told} Rescheduled to 6/25.\n`;
    assert.equal(finding(call('He said "my kids would be fine without me" and asked about the rota.'), 'risk-assessment')?.severity, 'warning');
    assert.equal(finding(call('She said "there\'s no point in me going on like this."'), 'risk-assessment')?.severity, 'warning');
    assert.equal(finding(call('She said the shop will run without her while she is at her sister\'s.'), 'risk-assessment')?.severity, 'info');
  });
  it('"it would be easier not to wake up" is a wish to die', () => {
    const call = '# Telephone contact\n\nDate: 6/20/2024, 11:40-11:52, phone. Writer: P. Natarajan, LPC-Associate.\n\nHe said "some mornings I think it would be easier not to wake up," then asked about the rota. Rescheduled to 6/25.\n';
    assert.equal(finding(call, 'risk-assessment')?.severity, 'warning');
  });
});

describe('reading set 101 (after its first run)', () => {
  const supervision = (told: string) =>
    `# Individual Supervision Record\n\n**Date:** 04/03/2025  **Duration:** 60 min  **Format:** in person\n**Supervisee:** C.D., MSW intern\n**Supervisor:** Hollis Brandt, LICSW\n\n**What C.D. brought:** Sessions with Mrs. F. "feel different". ${told}\n\n**Plan:** C.D. to continue reflecting on this between sessions.\n`;
  const relationship = (text: string) => lint(text).dimensions.find((d) => d.id === 'relationship');
  it('"she gave Mrs. F. her personal cell number" and "maybe we can grab a coffee there" are boundary matters, whoever gives or asks', () => {
    assert.match(relationship(supervision('After last week\'s session she gave Mrs. F. her personal cell number "in case she got lonely."'))?.trigger ?? '', /personal cell/);
    assert.match(relationship(supervision('The client said "maybe we can grab a coffee there" about the conference.'))?.trigger ?? '', /grab a coffee/);
  });
  it('"asked if he can add me on Snap" and "gave me a beaded pen she made" are boundary matters', () => {
    assert.match(relationship(supervision('He asked if he can add me on Snap. Told him I would think about it.'))?.trigger ?? '', /add me on Snap/);
    assert.match(relationship(supervision('At the end her aunt gave me a beaded pen she made "for helping my niece."'))?.trigger ?? '', /beaded pen she made/);
  });
  it('a number given to a referral line, and coffee the client has with a friend, are not', () => {
    assert.equal(relationship(supervision('She gave Mrs. F. the number of the bereavement line.'))?.trigger, undefined);
    assert.equal(relationship(supervision('Mrs. F. and her sister have coffee on Sundays.'))?.trigger, undefined);
  });
});

describe('reflections as a listening skill, not the clinician\'s own reflection', () => {
  const intake = (extra: string) =>
    `# Intake assessment\n\nDate: 3/3/2025, 9:00-10:30, in person. Clinician: S. Pritchard, LPC.\n\nReferred by his GP for low mood after retiring from football. Client appeared guarded at first and warmed up over the hour.\n\n${extra}\n`;
  const empathy = (text: string) => lint(text).dimensions.find((d) => d.id === 'rapport-engagement')?.covered.includes('empathy');
  it('"used reflections of feeling" is empathy; a "Clinician reflection" heading over what she noticed in herself is not', () => {
    assert.equal(empathy(intake('Used simple reflections of feeling and summaries when he went quiet.')), true);
    assert.equal(empathy(intake('## Clinician reflection\n\nI came into this with the media picture of wealthy players.')), false);
  });
});

describe('notes that name their kind in other words (held-out set 103)', () => {
  it('"Intake assessment completed on ..." as the first line names an intake', () => {
    const intake = 'Intake assessment completed on 11/04/2025 from 10:00 to 11:35 am, in person, by R. Mensah, LPC.\n\nHe describes panic attacks about three times a week.\n';
    assert.equal(lint(intake).profile.id, 'intake');
  });
  it('"Risk assessment completed with client" opens no note of its own kind', () => {
    assert.notEqual(lint('Risk assessment completed with client today; denies SI/HI.\n\nPlan: next session 3/20.\n').profile.id, 'intake');
  });
});

describe('notes that name their kind in an export header or shorthand (held-out set 104)', () => {
  it('a fenced EHR header at the top names the note', () => {
    const plan = '```\nTX PLAN REVIEW (90-DAY)                      OP BH — ADULT SVCS\nPt: J.R.   36 y/o M   DOS: 05/14/25\n```\n\n**Dx:** F31.81.\n\n**Goals / objectives**\n\nG1 — Mood stability.\n';
    assert.equal(lint(plan).profile.family, 'treatment-plan');
    const crisis = '```\nCRISIS CONTACT RECORD                       CrisisLink export v3.1 — page 1 of 1\nAgency: Downeast Crisis Line          Record type: Crisis contact\n```\n\n**Contact date:** 08/09/2025\n\nCaller distressed after a fight with her son.\n';
    assert.equal(lint(crisis).profile.id, 'general');
  });
  it('a fenced block further down names nothing', () => {
    const note = 'Client talked about the move.\n\n```\nTX PLAN REVIEW\n```\n';
    assert.notEqual(lint(note).profile.family, 'treatment-plan');
  });
  it('front matter `doc:` names the note as `document:` does', () => {
    assert.equal(lint('---\ndoc: Initial Treatment Plan\nclient: H.B.\n---\n\nPlan reviewed with H.B. today.\n').profile.family, 'treatment-plan');
  });
  it('"sess #7" counts the session as "session 7" does; "next sess 05/06" does not', () => {
    assert.equal(lint('### 04/29/25 · D.W. · indiv · in person · sess #7\n\nHe talked about his brother and the money.\n').profile.id, 'progress');
    assert.notEqual(lint('Call with the landlord about the rent.\n\nnext sess 05/06\n').profile.id, 'progress');
  });
});

describe('notes typed or dictated in a hurry (held-out set 105)', () => {
  it('"Session nine" and "visit #3" count the session; "a PCP visit 2 weeks ago" does not', () => {
    assert.equal(lint('ok so this is for Daniel, the son. Session nine I think.\n\nWe worked on the breaks again.\n').profile.id, 'progress');
    assert.equal(lint('HV note\n\nclient: Sr. M.T., care mgmt visit #3\n\nwent over the move.\n').profile.id, 'progress');
    assert.notEqual(lint('Call with the daughter. Her mother had a PCP visit 2 weeks ago.\n').profile.id, 'progress');
  });
  it('a score said aloud beside an earlier one is progress measured ("at intake it was fifty six. Today Zarit was forty eight.")', () => {
    const text = PROGRESS('Goal two: getting the Zarit down. At intake it was fifty six. Today Zarit was forty eight.');
    assert.deepEqual(['measures', 'status'].filter((s) => covered('progress-monitoring', text).includes(s)), ['measures', 'status']);
    assert.ok(!covered('progress-monitoring', 'He has two sisters. Today he drove forty miles.\n').includes('status'));
  });
  it('a text to the clinician\'s own number, a thing "for you, as a thank-you", a call "just us" about what the partner does not know raise the relationship', () => {
    const raised = (t: string) => lint(PROGRESS(t)).dimensions.find((d) => d.id === 'relationship')?.trigger;
    for (const t of [
      'K. typed: "btw can i just text u on ur real number on weekends".',
      'He ordered a book on Parkinson\'s and mood, "for you, as a thank-you", being shipped to the clinic.',
      'Email from T.: asks for "a quick call just us, there\'s one more thing about the debt she doesn\'t know yet."',
    ])
      assert.ok(raised(t), t);
    for (const t of ['She texts her sister on her own phone most nights.', 'He sent flowers to his mother as a thank-you.', 'She lives alone and her son doesn\'t know about the diagnosis.'])
      assert.equal(raised(t), undefined, t);
  });
  it('a form\'s answer in stock words ("A: Continue per treatment plan ▾") is no plan', () => {
    const note = (answer: string) => PROGRESS(`She talked about the bank.\n\n**Q: Plan / next steps:**\n${answer}\n`);
    assert.notEqual(status(note('A: Continue per treatment plan ▾'), 'plan'), 'addressed');
    assert.equal(status(note('A: Call the lender Monday; next session 3/20 at 10.'), 'plan'), 'addressed');
  });
  it('a lower-case word or two alone over a list heads it ("plan" over "- next HV 3/18")', () => {
    const note = lint('HV note\n\nclient: Sr. M.T., care mgmt visit #3\n\ntoday: life review w her photos.\n\nplan\n- next HV 3/18 10am\n- i call maple crest re chaplain\n');
    assert.ok(!note.findings.some((f) => f.ruleId === 'plan'));
    assert.ok(note.note.sections.some((s) => s.title === 'plan'));
  });
});

describe('words in another sense, and a record named in its front matter (held-out set 106)', () => {
  it('a goal scored in a game is no goal of treatment; "her goal is to" is', () => {
    assert.ok(!covered('goals', 'She scored a goal at soccer Saturday and was so proud.\n').includes('stated'));
    assert.ok(!covered('goals', 'Her son scored two goals at fitba on Saturday.\n').includes('stated'));
    assert.ok(covered('goals', 'Her goal is to sleep through the night 5 nights a week by June.\n').includes('stated'));
  });
  it('a cultural entry of a word or two ("RC.") is too brief; one that opens "Deferred —" is put off whatever it mentions', () => {
    const intake = (entry: string) => `# Intake assessment\n\nDate: 3/11/2025, 10:00-11:30, in person.\n\n## Presenting problem\nPanic since the move.\n\n## Cultural / spiritual\n${entry}\n\n## Plan\nNext appt 3/18.\n`;
    assert.notEqual(status(intake('RC.'), 'cultural-factors'), 'addressed');
    assert.notEqual(status(intake('Deferred — she mentioned her grandmother took her to church and that she was often the only Black kid in her placements. Not explored today (time).'), 'cultural-factors'), 'addressed');
    // A bold run-in label, colon inside: "**Cultural:** Deferred — ..." is put off the same way.
    const runIn = `# Intake assessment\n\nDate: 3/11/2025, 10:00-11:30, in person.\n\n**Presenting problem:** Panic since the move.\n\n**Cultural / spiritual:** Deferred — raised Catholic; goes to Mass weekly with her aunt and says her faith got her through the placements. We differ in faith.\n\n**Plan:** Next appt 3/18.\n`;
    assert.notEqual(status(runIn, 'cultural-factors'), 'addressed');
    assert.equal(status(intake('Raised Catholic; still goes to Mass with her aunt and says her faith is what got her through the placements. Often the only Black kid in her foster homes, which she says made her "watch everything." We differ in race and faith; I asked how that sits with her and she said it is fine for now.'), 'cultural-factors'), 'addressed');
  });
  it('front matter `record: supervision case note` names the note', () => {
    assert.equal(lint('---\nrecord: supervision case note\nsupervisee: A.R., MSW intern\n---\n\n**Case:** J.T., 58.\n').profile.id, 'supervision');
  });
});

describe('titles read more closely (held-out set 107)', () => {
  it('a title line\'s bracketed aside is not counted against its length, and may name the kind ("(closed group, 8 wks)")', () => {
    const note = 'Connection Lab — adults with long-standing loneliness (closed group, 8 wks)\nWeek 5: "Reaching out without a script"\n\nMember: A.T. (52)\n\nGroup: 7 of 8 members attended.\n';
    assert.equal(lint(note).profile.id, 'group');
  });
  it('"Treatment Plan — 12-Week Review" is a plan review, where barriers are required', () => {
    const r = lint('# Treatment Plan — 12-Week Review\n\n**Client:** H. L.\n\n## Barriers\nNone identified at this time.\n');
    assert.equal(r.profile.id, 'treatment-plan-review');
  });
});

describe('a measure of progress is a number, and a bare frequency counts only where the note reports progress', () => {
  it('a score or a rating needs its number ("scored her first goal at soccer" measures nothing)', () => {
    assert.ok(!covered('progress-monitoring', 'Mom wrote that she scored her first goal at soccer Saturday.\n').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'Gave him the SNF list with the star ratings.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'She scored 14 on the worry scale.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'Rated her mood 6 most days.\n').includes('measures'));
  });
  it('"checking 4-5x/day" in the data describes the problem; under "Progress:" a frequency is the measure', () => {
    assert.ok(!covered('progress-monitoring', 'D: scanxiety before the mammogram; checking her breast 4-5x/day.\n').includes('measures'));
    assert.ok(!covered('progress-monitoring', 'He does outpatient PT three times a week.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', '**Progress:** checking down to 2x/day.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', '## Progress toward goals\nWalks the dog three times a week now.\n').includes('measures'));
    // A count of this week or last is a count of the period since the last session, wherever it is written.
    assert.ok(covered('progress-monitoring', 'Only came to the centre 2 days this week.\n').includes('measures'));
  });
  it('a goal\'s status after a spaced hyphen, in italics: "- *achieved by session 8*"', () => {
    assert.ok(covered('progress-monitoring', '# Discharge summary\n\n1. Leave the flat at least 3 times/week - *achieved by session 8*.\n').includes('status'));
  });
});

describe('a plan in stock shorthand, signed on the next line (held-out set 107)', () => {
  const note = (plan: string) => `# Group progress note\n\nGrp: T4C lesson 9\nYth: J.M., 16 y/o M\nInt: reviewed 4 steps; role-play\nResp: vol'd for role-play, used STOP\n${plan}\nR. Osei, LMSW\n`;
  it('"P: cont grp." is "continue group", stock words, though the signature follows on the next line', () => {
    assert.notEqual(status(note('P: cont grp.'), 'plan'), 'addressed');
    assert.notEqual(status(note('P: Continue per plan.'), 'plan'), 'addressed');
  });
  it('a plan that names its step is a plan, signed or not', () => {
    assert.equal(status(note('P: cont grp; next wk lesson 10, J.M. to log 3 STOP uses on the unit bx log.'), 'plan'), 'addressed');
  });
  it('the signature is its own line, not more of the last field', () => {
    const n = lint(note('P: cont grp.')).note;
    assert.ok(n.blocks.some((b) => b.text.trim() === 'R. Osei, LMSW'));
  });
});

describe('an entry of stock words is what the clinician wrote for it (held-out sets 80, 95, 105, 109)', () => {
  it('"**Plan:** Continue sessions." is no plan, though "agreed to" and "in 6 weeks" appear elsewhere', () => {
    const note = '# Couple session\n\n**Referral:** self-referred; husband agreed to join from session 2.\n\n**Goals:** Reduce big fights from 3-4 per week to 1 or less per week in 6 weeks.\n\n**Interventions:** appreciation exercise.\n\n**Response:** Both responded well; Mr R. said "I did not know she thinks that."\n\n**Plan:** Continue sessions.\n\nMs Deepa Iyer, Counsellor — 15/02/2025\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
    assert.equal(status(note.replace('Continue sessions.', 'Next session 22/02; both to finish the money list.'), 'plan'), 'addressed');
  });
  it('"11. Progress: Progressing." in a checklist is no progress, whatever the title calls the form', () => {
    const note = 'Individual Counseling — Weekly Progress Checklist\n\n1. Resident: D.K., 42 M\n2. Goals: stay sober; keep job at the laundry.\n3. Anger log: 1 entry this week.\n4. Progress: Progressing.\n';
    assert.notEqual(status(note, 'progress-monitoring'), 'addressed');
  });
});

describe('reluctance told in other words (held-out set 108)', () => {
  const raised = (text: string) => lint(`# Progress note\n\n${text}\n\n**Plan:** next visit 8/29.\n`).dimensions.find((d) => d.id === 'engagement-plan')?.trigger;
  it('a visit turned down, and a no-show in shorthand with its date, raise the engagement plan', () => {
    assert.ok(raised('23M, T6 SCI. Declined last 2 visits (8/20 "sleeping," 8/22 told PT "not today"). Today awake, agreed to 20 min.'));
    assert.ok(raised('NS 5/13, no call. Came in today on time.'));
    assert.ok(raised('He refused the session on 3/4.'));
  });
  it('a referral declined, or NS meaning something else, raises nothing', () => {
    assert.ok(!raised('She declined a referral to the dietitian for now.'));
    assert.ok(!raised('IV NS running at 75 ml/h per nursing.'));
  });
  it('"asked what made him skip it" weighs the reasons; "how working with me is going" asks his view', () => {
    const note = '# Progress note\n\nHe declined last Tuesday\'s session (03/25).\n\n- **The declined session, first.** Asked what made him skip it. He believed what he says in session goes to the judge. Asked how working with me is going: "You\'re alright." Moved his sessions to 14:00.\n';
    const covers = lint(note).dimensions.find((d) => d.id === 'engagement-plan')?.covered ?? [];
    assert.ok(covers.includes('reasons') && covers.includes('relationship-view'), covers.join());
  });
});

describe('a format named only by two everyday heads among others is a session note (held-out set 108)', () => {
  it('"Data" and "Plan" among "What she brought today", "What we did", "How she responded" is no DAP note', () => {
    const note = '**School Counseling – Individual Session Note**\n\nStudent: A.W., age 9\nDate: 11/05/2025 | 0905–0935 individual\n\n**What she brought today**\nWorried about the bell.\n\n**Data**\nNurse visits 2 of 5 days (was 5 of 5).\n\n**What we did**\nWorry thermometer; coping card.\n\n**How she responded**\nRated 3 at the end.\n\n**Plan**\nNext session 11/12.\n';
    assert.equal(lint(note).profile.id, 'progress');
  });
  it('the format\'s letters before its words keep it, its third section missing: "D (Data):" ... "P (Plan):"', () => {
    const note = 'EAP — Counselling Session Record\n\nD (Data):\nClient self-referred after a traumatic scene at work.\nRisk: denies suicidal thoughts.\nInterventions: trauma psychoeducation.\nP (Plan):\nNext session 24 Nov.\n';
    assert.equal(lint(note).profile.id, 'dap');
  });
});

describe('a terse re-entry note read in its own shorthand (held-out set 108)', () => {
  it('"Indiv counseling" names a session note; "#4 on list (was #9)" and "further along than I thought" are progress', () => {
    const note = 'Tri-County Day Reporting Ctr — Indiv counseling\n5/20/25 1:30-2:10p, in person. J. Pruitt, CADC-II\npt: R.T., 41M, wk 7 post-release.\nTx goals: #2 stable housing by 7/1.\nOxford House waitlist, #4 on list (was #9). pt: "I\'m further along than I thought I\'d be."\nPlan: f/u 5/27 1:30p.\n';
    const r = lint(note);
    assert.equal(r.profile.id, 'progress');
    assert.deepEqual(r.dimensions.find((d) => d.id === 'progress-monitoring')?.covered, ['status', 'client-view']);
  });
});

describe('a wish to die said after the risk screen has not been asked about (held-out set 109)', () => {
  const note = (body: string) => `# Intake assessment\n\nDate: 4/2/2025, 10:00-11:00, in person. Clinician: A. Shah, LPC.\n\n## Presenting problem\nPanic since the robbery at the motel desk.\n\n${body}\n\n## Plan\nWeekly sessions; next 4/9.\n`;
  it('"Denies SI/HI", then near the end "sometimes I feel God should just take me": the screen did not answer it', () => {
    const text = note('## Risk\nDenies SI/HI. No hx of attempts. No firearms in home.\n\n## Impression\nNear the end she said, tired, "sometimes I feel God should just take me." Seen as tiredness.');
    assert.notEqual(status(text, 'risk-assessment'), 'addressed');
    // The finding says what was left unasked.
    const finding = lint(text).findings.find((f) => f.ruleId === 'risk-assessment');
    assert.match(finding?.message ?? '', /A wish to die, written after the screen, was not asked about\./);
  });
  it('the same wish, then a screen that follows it up, is assessed', () => {
    const text = note('## Impression\nShe said, tired, "sometimes I feel God should just take me."\n\n## Risk\nAsked about it directly: passive thoughts, denies SI with plan or intent; no firearms in home. Low risk.');
    assert.equal(status(text, 'risk-assessment'), 'addressed');
  });
});

describe('a closing summary says how the client feels about ending (held-out sets 92 to 106)', () => {
  const note = (extra: string) => `# Discharge summary\n\nDate: 5/30/2025. Clinician: R. Diaz, LCSW.\n\n## Termination\nReason for discharge: goals met after 14 sessions.${extra} PHQ-9 from 17 to 5; both goals met. Booster session offered in 3 months.\n`;
  it('its own entry, with no word of how the ending feels (nor of keeping the gains), leaves the ending out', () => {
    assert.notEqual(status(note(''), 'termination'), 'addressed');
    assert.equal(status(note(' She said she feels ready, and a little sad to stop.'), 'termination'), 'addressed');
  });
  it('a client who stopped attending cannot be asked: an unplanned discharge does not need it', () => {
    assert.equal(status(note(' Unplanned: she stopped attending after session 14 and did not return calls.'), 'termination'), 'addressed');
  });
});

describe('strengths in words any note could say of any client are none (held-out sets 72, 101, 109)', () => {
  const plan = (s: string) => `# Treatment plan review\n\nDate: 4/2/2025. Clinician: A. Shah, LPC.\n\n## Presenting problem\nPanic since the robbery at the motel desk.\n\n## Strengths\n${s}\n\n## Goals\n1. Drive to work alone 4 of 5 days by 6/1.\n`;
  it('"Client is motivated and resilient." and "Compliant with dosing." leave the strengths to write', () => {
    assert.notEqual(status(plan('Client is motivated and resilient.'), 'strengths'), 'addressed');
    assert.notEqual(status(plan('Compliant with dosing.'), 'strengths'), 'addressed');
    // (Sets 110 and 111, after their first run: the same words, more of them.)
    for (const stock of ['Motivated, intelligent, insightful.', 'Intelligent, highly motivated, good insight.', 'Motivated. Engaged with service.', 'Motivated. Loving, devoted father. Good family support.'])
      assert.notEqual(status(plan(stock), 'strengths'), 'addressed', stock);
    const finding = lint(plan('Client is motivated and resilient.')).findings.find((f) => f.ruleId === 'strengths');
    assert.ok(finding, 'a strengths finding');
  });
  it('this client\'s own qualities, or a generic word with what it rests on, are strengths', () => {
    assert.equal(status(plan('Resilient: kept her job through two moves. Funny, good with her hands; her sister drives her to church.'), 'strengths'), 'addressed');
    assert.equal(status(plan('Persistent and methodical; she finished her GED at 40.'), 'strengths'), 'addressed');
  });
});

describe('words in quotation marks are whoever said them (held-out sets 60, 102, 103)', () => {
  const progress = (body: string) => `# Progress note\n\nDate: 4/2/2025, 10:00-10:50, in person. Clinician: A. Shah, LPC.\n\n${body}\n\n## Plan\nNext session 4/9 at 10:00.\n`;
  it('a mother\'s "she\'d never hurt herself", or an old record\'s "pt denies SI/HI", is no screen today', () => {
    assert.notEqual(status(progress('Mom says J. "isn\'t depressed, she\'d never hurt herself." Sleep is worse.'), 'risk-assessment'), 'addressed');
    assert.notEqual(status(progress('ED record (2/11): "pt denies SI/HI, accidental ingestion." Sleep is worse.'), 'risk-assessment'), 'addressed');
  });
  it('the clinician\'s own question, put in quotation marks, is the screen', () => {
    assert.equal(status(progress('I asked, in plain words, "Do you ever think about hurting yourself, or about not wanting to be alive?" He said no. Low risk.'), 'risk-assessment'), 'addressed');
  });
  it('a quotation wrapped onto the next line closes there: what follows is the clinician\'s again', () => {
    assert.equal(status(progress('She said the week was "less awful\nthan I thought". Denies SI/HI. Low risk.'), 'risk-assessment'), 'addressed');
  });
});

describe('a plain head that lists what its section holds, commas and all, is a head (held-out set 110)', () => {
  it('"Problems, goals and objectives:" alone on a line ends the "Strengths:" section above it', () => {
    const note = '# Treatment plan\n\nDate: 1/8/2025. Clinician: R. Costa, LCSW.\n\nStrengths:\nMotivated. Loving, devoted father. Good family support.\n\nProblems, goals and objectives:\nGoal 1: Rui will walk to the cafeteria with Ana 3 evenings a week for 4 weeks, starting 1/13.\n';
    assert.notEqual(status(note, 'strengths'), 'addressed');
    assert.ok(lint(note).findings.some((f) => f.ruleId === 'strengths'));
  });
});

describe('rapport in stock words is no rapport (held-out sets 87, 111)', () => {
  it('"Rapport established. Pt cooperative and pleasant throughout." and "Cooperative and engaged throughout, rapport good." are stock', () => {
    const intake = (r: string) => `# Intake assessment\n\nDate: 4/2/2025, 10:00-11:00, in person. Clinician: A. Shah, LPC.\n\n## Presenting problem\nPanic since the robbery.\n\n## Mental status\n${r}\n`;
    assert.ok(!covered('rapport-engagement', intake('Rapport established. Pt cooperative and pleasant throughout.')).includes('alliance'));
    assert.ok(!covered('rapport-engagement', intake('Cooperative and engaged throughout, rapport good.')).includes('alliance'));
    assert.ok(covered('rapport-engagement', intake('Guarded at first; warmed up once we talked about her dogs, and asked to come back.')).includes('alliance'));
  });
});

describe('"Progress toward goals: ongoing." is stock (held-out set 110)', () => {
  it('an entry of "ongoing" and "continues to work on goals" says nothing of where the goals stand', () => {
    const note = (p: string) => `# Progress note\n\nDate: 2/20/2025, 10:00-10:50, in person. Clinician: H. Ward, LMFT.\n\nGrounding practised: distress 6/10 before, 3/10 after.\n\nProgress toward goals: ${p}\n\nPlan: next session 2/27 at 10:00.\n`;
    assert.notEqual(status(note('ongoing. Continues to work on goals.'), 'progress-monitoring'), 'addressed');
    assert.equal(status(note('slept 6+ hours on 4 of 7 nights (1 of 7 at intake); she says "I wake up less scared."'), 'progress-monitoring'), 'addressed');
  });
});

describe('interventions in stock words name nothing done (held-out sets 91, 106, 108, 109)', () => {
  const note = (i: string) => `# Progress note\n\nDate: 8/27/2025, 10:00-10:30, bedside. Clinician: A. Shah, LCSW.\n\nS/O: "This is just my life now I guess." Flat, eye contact ok.\n${i}\nP: f/u Thurs 8/29 after PT.\n`;
  for (const i of ['Int: Supportive counseling provided. Pt receptive.', 'Supportive counselling. Pt engaged well.', 'Interventions: Psychoeducation provided. Member participated in group discussion.', 'INTERVENTION: Provided supportive counseling. Reviewed ITP.'])
    it(`"${i}" leaves the interventions to write`, () => {
      assert.notEqual(status(note(i), 'interventions-response'), 'addressed');
    });
  it('stock words and, besides them, only what is put off name nothing done today (held-out set 111)', () => {
    assert.notEqual(status(note('Intervention: Provided supportive counseling. Discussed dignity therapy as something we might try at the next visit.\n\nRay engaged well.\n'), 'interventions-response'), 'addressed');
  });
  it('a technique or a topic named, and what the client did, are the interventions and the response', () => {
    assert.equal(status(note('I: Psychoeducation on pain and sleep; practised paced breathing. R: Slowed his breathing to 6/min and said "that helps a bit."'), 'interventions-response'), 'addressed');
  });
});

describe('"signed" is the note signed, not a form the client signed (held-out sets 9, 59, 87, 110)', () => {
  it('"ROI on file (signed 1/6)" is no signature; "Signed 02/20" on its own line and "signed by K. Lee" are', () => {
    const note = (x: string) => `Contact log\nRe: M.O.\nTues 3/18/2025\n\n- 08:35 — called back, voice only, ~20 min. Ran out of sertraline.\n${x}\n`;
    assert.ok(!covered('session-details', note('- ROI for program staff on file (signed pre-departure 1/6).')).includes('clinician'));
    assert.ok(covered('session-details', note('\nSigned 3/18/2025')).includes('clinician'));
    assert.ok(covered('session-details', note('- Note signed by K. Lee.')).includes('clinician'));
  });
});

describe('an entry that says there is nothing to say assesses nothing (held-out sets 87, 111)', () => {
  const review = (b: string, e: string) => `# Treatment plan review\n\nDate: 3/4/2025. Clinician: T. Ngata, RSW.\n\n### Psychosocial update\n\n${e}\n\n### Barriers\n\n${b}\n\n### Goals\n1. Back at the harbour job 3 days a week by 5/1.\n`;
  it('"Barriers: Nil identified." and "Psychosocial update: No significant changes since intake." are stock', () => {
    const text = review('Nil identified.', 'No significant changes since intake.');
    assert.notEqual(status(text, 'barriers'), 'addressed');
    assert.notEqual(status(text, 'ecological-factors'), 'addressed');
  });
  it('barriers and systems named are assessed', () => {
    const text = review('Flatmate smokes cannabis daily at home; no car, and the bus does not run before 7.', 'Lives with two flatmates; Dad visits weekly; works casual shifts at the harbour; GP at Student Health.');
    assert.equal(status(text, 'barriers'), 'addressed');
    assert.equal(status(text, 'ecological-factors'), 'addressed');
  });
});

describe('the warning signs of suicide not said as a wish to die', () => {
  const call = (body: string) => `---\ntype: general\n---\n# Collateral contact: telephone\n\nDate: 06/06/2025, 3:10-3:28 pm. Caller: client's sister (ROI on file).\n\n${body}\n\nPlan: next appointment 06/12.\n`;
  const level = (text: string) => lint(text).dimensions.find((d) => d.id === 'risk-assessment')?.level;
  it('told by a relative in a call, each makes the unasked screen a warning', () => {
    assert.equal(level(call('She says he quit his job and is sleeping 2 hours a night.')), 'info');
    for (const sign of [
      'He gave away his three guitars to friends last week.',
      'He told the apprentice "I won\'t be needing them where I\'m going."',
      'She says he keeps telling her he is a burden on the family.',
      'He texted her at 3 am: "I just want to disappear."',
      'He has been putting his affairs in order and saying goodbye to everyone.',
    ]) assert.equal(level(call(`She says he quit his job. ${sign}`)), 'warning', sign);
  });
  it('not when the client sets the wish apart from dying, nor a burden that is not a person', () => {
    assert.equal(level(call('She reports he said "some nights I want to disappear for a day, not die, just sleep."')), 'info');
    assert.equal(level(call('She describes the caregiver burden of his appointments.')), 'info');
    assert.equal(level(call('His headaches disappeared once he changed jobs.')), 'info');
  });
});

describe("the clinician's own line used with a client is a boundary, whoever tells it", () => {
  const sup = (body: string) => `# Clinical supervision\n\nSupervisee: J.R., LPC-IT. Case: "M." (58 M), 7 sessions.\n\n${body}\n\nPlan: recording of the next session for review.\n`;
  const level = (text: string) => lint(text).dimensions.find((d) => d.id === 'relationship')?.level;
  it('"calling him back from her personal cell" in a supervision note makes the relationship expected', () => {
    assert.equal(level(sup('M. has called the after-hours line 6 times this week. J.R. has been calling him back from her personal cell in the evenings.')), 'warning');
    assert.equal(level(sup('He now texts her personal number late at night.')), 'warning');
    assert.notEqual(level(sup('M. has called the after-hours line 6 times this week; the on-call clinician returned each call.')), 'warning');
  });
});

describe('a language difference written in shorthand', () => {
  const level = (text: string) => lint(`---\ntype: soap\n---\n# SOAP\n\nDOS 03/06/2025 14:00-14:50, in person. ${text}\n\nS: Headaches worse at night.\n`).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
  it('"Session in Spanish (pt\'s 2nd lang; 1st lang Kichwa)" is a cultural difference to guard against', () => {
    assert.equal(level("Session in Spanish (pt's 2nd lang; 1st lang Kichwa)."), 'warning');
    assert.equal(level('1st lang: Tigrinya.'), 'warning');
    assert.notEqual(level('Session in English.'), 'warning');
  });
});

describe('missed sessions told with a count, a date or shorthand', () => {
  const level = (text: string) => lint(`---\ntype: birp\n---\n# BIRP\n\n**Behavior:** ${text} Flat and tired today.\n\n**Intervention:** Problem-solving on the rota.\n`).dimensions.find((d) => d.id === 'engagement-plan')?.level;
  for (const s of ['Has missed 2 of the last 3 booked sessions (no contact either time).', 'Came in today after missing 3/11 and 3/18.', 'Missed mtg at library Tue and Thu.']) {
    it(`"${s}" asks for an engagement plan`, () => assert.equal(level(s), 'warning'));
  }
  it('"no sessions missed" does not', () => assert.equal(level('No sessions missed since intake.'), undefined));
});

describe('agreed tasks not done and numbered sessions called off (held-out set 114)', () => {
  const level = (text: string) => lint(`---\ntype: dap\n---\n# DAP\n\nD: ${text} Sleep ~5h a night.\n\nA: Insomnia, slowly better.\n\nP: RTC 2 wks.\n`).dimensions.find((d) => d.id === 'engagement-plan')?.level;
  for (const s of ['Sleep diary not done, "forgot."', 'Homework from session 3 (close the spray log after each application and not reopen it) not done.', 'Sessions 4 and 5 cancelled (texts at 6:40 am, "work").']) {
    it(`"${s}" asks for an engagement plan`, () => assert.equal(level(s), 'warning'));
  }
  it('a session the clinic called off, or a diary done, does not', () => {
    assert.equal(level('Sessions 4 and 5 cancelled by the clinic (flooding).'), undefined);
    assert.equal(level('Sleep diary done every night.'), undefined);
  });
});

describe('a warning sign in a progress note: a screen told after it answers it, a bare one before it does not', () => {
  const note = (body: string) => `---\ntype: progress\n---\n# Progress note\n\nDate 06/10/2025, 4:00-4:50 pm, in person.\n\n${body}\n\nPlan: next session 06/17.\n`;
  const status = (body: string) => lint(note(body)).dimensions.find((d) => d.id === 'risk-assessment')?.status;
  it('"Denies SI/HI." and then "I just want to disappear" has not asked about it', () => {
    assert.notEqual(status('Denies SI/HI. Talked about the viral clip; said "I just want to disappear."'), 'addressed');
  });
  it('asked after it, "clarified it was embarrassment, denies any thoughts of death", is answered', () => {
    assert.equal(status('When asked about his line "I just wanted to disappear," clarified it was embarrassment; denies any thoughts of death or suicide.'), 'addressed');
  });
});

describe('a gift is whatever is handed to the clinician; handled, it is a boundary held', () => {
  const note = (body: string) => `---\ntype: progress\n---\n# Progress note\n\nDate 10/02/2025, 50 min, in person. Denies SI/HI.\n\nPanic down to 2 this week (4 last week). ${body}\n\nPlan: next session 10/09.\n`;
  const rel = (body: string) => lint(note(body)).dimensions.find((d) => d.id === 'relationship');
  it('"gave me a bottle of his family\'s wine ... Accepted." raises the relationship, and leaves it unhandled', () => {
    const r = rel('At the end he gave me a bottle of his family\'s wine, "from my father, for helping me." Accepted.');
    assert.equal(r?.level, 'warning');
    assert.notEqual(r?.status, 'addressed');
  });
  it('thanked, the practice explained and what it meant to him asked: handled', () => {
    const r = rel('At the end he handed me a copy of his father\'s memoir. I thanked him, explained my practice of not keeping personal gifts of value, and asked what it meant to him to give it. He seemed relieved rather than hurt.');
    assert.equal(r?.status, 'addressed');
  });
  it('a hug, a list or a copy of a form is no gift', () => {
    for (const s of ['She gave me a hug at the door.', 'He gave me a list of his medications.', 'She handed me a copy of the court report.']) assert.equal(rel(s), undefined, s);
  });
});

describe('a session across a language line, as a header writes it', () => {
  const level = (header: string) => lint(`---\ntype: progress\n---\n# Progress note\n\n${header}\n\nTalked about the pantry and the rent. Denies SI/HI. Plan: next visit 6/24.\n`).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
  it('"Interp: V. Chea (agency staff, Khmer)" and a "Greenlandic-speaking social worker" present', () => {
    assert.equal(level('Client: Sokha P., 64F   Interp: V. Chea (agency staff, Khmer)'), 'warning');
    assert.equal(level('Present: client; P. Berthelsen (Greenlandic-speaking social worker, liaison)'), 'warning');
  });
  it('not "Interp: none", nor an English-speaking worker', () => {
    assert.notEqual(level('Client: Sokha P., 64F   Interp: none'), 'warning');
    assert.notEqual(level('Present: client; an English-speaking support worker'), 'warning');
  });
});

describe('a plan in stock shorthand with a shortened word\'s full stop (held-out set 115)', () => {
  const plan = (p: string) => lint(`---\ntype: sirp\n---\n**SIRP note** Date 06/10/2025, 4:00-4:50 pm, in person.\n\n**S:** Panic in costume down to 2 this week (4 per game in May). Denies SI/HI.\n\n**I:** Interoceptive exposure, 3 trials.\n\n**R:** "First time the head felt like just a head."\n\n**P:** ${p}\n`).dimensions.find((d) => d.id === 'plan')?.status;
  it('"Cont. per tx plan. RTC." says no step and no time', () => assert.notEqual(plan('Cont. per tx plan. RTC.'), 'addressed'));
  it('"Cont. exposure hierarchy, step 5 at home. RTC 6/17." is a plan', () => assert.equal(plan('Cont. exposure hierarchy, step 5 at home. RTC 6/17.'), 'addressed'));
});

describe('a definition list: "Strengths" over ": Motivated, good insight." (held-out set 115)', () => {
  const st = (entry: string) => lint(`---\ntype: intake\n---\n# Intake\n\nPresenting problem\n: Binge eating for contests.\n\nStrengths\n: ${entry}\n`).dimensions.find((d) => d.id === 'strengths')?.status;
  it('stock words after the marker are stock words', () => assert.notEqual(st('Motivated, good insight.'), 'addressed'));
  it('his own strengths are strengths', () => assert.equal(st('Funny and quick with people; kept a warehouse job for six years; his sister and two friends from football back him.'), 'addressed'));
});

describe('stock words of strengths and of support (held-out set 114)', () => {
  it('"Resilient, hard-working." names no strength of this client; "Supportive tx provided. Pt receptive." no technique', async () => {
    const { onlyStock } = await import('../../src/core/read/stock.js');
    assert.ok(onlyStock('Resilient, hard-working.', 'strength'));
    assert.ok(onlyStock('Supportive tx provided. Pt receptive.', ['intervention', 'response']));
    assert.ok(!onlyStock('Hard-working: kept the crime-scene business going through two recessions.', 'strength'));
  });
});

describe('a barriers entry of a word or two (held-out set 114)', () => {
  const review = (entry: string) => `---\ntype: treatment-plan\n---\n# Treatment plan review (90-day)\n\nGoal 1: back on the ice road by January (met). Goal 3: sleep 6 h on 5 nights a week (not met). His wife does not want him back on the road; he cannot afford to stop.\n\n**Barriers.** ${entry}\n`;
  const st = (entry: string) => lint(review(entry)).dimensions.find((d) => d.id === 'barriers')?.status;
  it('"Season timing." names no obstacle and no plan; "Nil identified." says there is none', () => {
    assert.notEqual(st('Season timing.'), 'addressed');
    assert.notEqual(st('Nil identified.'), 'addressed');
  });
  it('an obstacle with what will be done is a barriers entry', () => {
    assert.equal(st("His wife's fear of the road undermines goal 1; a joint session in December to hear her out."), 'addressed');
  });
});

describe('a numbered heading item whose words lead into a list (held-out set 116)', () => {
  it('"4. Maintenance and relapse prevention / Written plan, on the fridge:" over its list is written, not a placeholder', () => {
    const note = '---\ntype: termination\n---\n# Closing summary\n\nFinal session 28 August 2025, video. Clinician: A. Lindqvist, PhD.\n\n1. Reason for referral\nPanic after the 2023 wildfire evacuation.\n\n2. Goals and outcomes\nPanic attacks 0 in the last 8 weeks (was 3-4 a week): met.\n\n3. Maintenance and relapse prevention\nWritten plan, a copy on the fridge:\n- Early signs: app-checking above 3 a day.\n- What to do: back to the exposure card; call for a booster.\n\n4. Feelings about ending\nProud and "a little nervous".\n\n5. Follow-up\nBooster offered before fire season; booked for 20 May 2026.\n';
    assert.equal(lint(note).dimensions.find((d) => d.id === 'termination')?.status, 'addressed');
  });
});

describe('a safeguard against bias in stock words (held-out set 116)', () => {
  const st = (entry: string) => lint(`---\ntype: occupational\n---\n# Occupational assessment\n\nDate 3/3/2026, 60 min, in person.\n\n## Job involvement\nBar pilot for 22 years; "the river is who I am." His father was a tug skipper.\n\n## Coping\nPilots talk it out on the launch; he does not.\n\n## Needs met\nStatus, belonging, the craft of it.\n\n## Safeguards against bias\n${entry}\n`).dimensions.find((d) => d.id === 'bias-safeguards')?.status;
  it('"No bias concerns identified. Clinician remained objective throughout." names no assumption and no step', () => {
    assert.notEqual(st('No bias concerns identified. Clinician remained objective throughout.'), 'addressed');
  });
  it('an assumption named and a step against it is a safeguard', () => {
    assert.equal(st('I assumed pilots are thrill-seekers, from news stories; I checked it against his own account and will consult my supervisor.'), 'addressed');
  });
});

describe('CRLF and lone-CR notes read as their LF copies (cases the fuzz found as the corpus grew)', () => {
  const same = (lf: string, id: string) => {
    const read = (t: string) => {
      const r = lint(t);
      const d = r.dimensions.find((x) => x.id === id);
      return `${r.profile.id} ${d?.status} ${d?.covered.join(',')}`;
    };
    for (const eol of ['\r\n', '\r']) assert.equal(read(lf.replace(/\n/g, eol)), read(lf), JSON.stringify(eol));
  };
  it('a fenced header at the top names the note whatever the line breaks', () => {
    same('~~~\n# Counseling intake — shelter resident\nPresenting problem: left home after a threat.\n', 'presenting-problem');
    assert.equal(lint('~~~\r# Counseling intake — shelter resident\r').profile.id, lint('~~~\n# Counseling intake — shelter resident\n').profile.id);
  });
  it('a label in a quoted paragraph hides no more of it with CRLF breaks than with LF', () => {
    same('> Phone contact 10/08/25, 12:40-12:48 pm. I called her back.\n> \n> > ~~~\n> > Started sertraline.\n> Reviewed: if she has any new thoughts of self-harm, call 988.\n> Keeping Thurs session (video).\n', 'risk-assessment');
  });
});

describe('a risk level given only by its label ("Risk: low.") is no screen (eighteenth round)', () => {
  const SOAP = (a: string) => `# SOAP note\n\nDate: 4/2/2025, 14:00-14:50, in person. J. Rowe, LCSW\n\n**S:** Client talked about the month at work and his sleep.\n\n**O:** Calm, on time.\n\n**A:** Panic symptoms easing. ${a}\n\n**P:** Continue interoceptive exposure daily; next session 4/9.\n`;
  it('"Risk: Low." alone leaves the assessment to be written', () => {
    assert.notEqual(status(SOAP('Risk: Low.'), 'risk-assessment'), 'addressed');
  });
  it('a screen told beside it is the assessment', () => {
    assert.equal(status(SOAP('Denies SI/HI, no plan or intent. Risk: Low.'), 'risk-assessment'), 'addressed');
  });
});

describe("a word on an indented list item's second line maps to its place in the note", () => {
  it('each line of the item keeps its own offsets', () => {
    const text = '# Note\n\n- Screen: asked about thoughts of death; he said "No, not that way,\n  never have been." No plan, no intent.\n';
    const note = parseNote(text);
    const item = note.blocks.find((b) => b.kind === 'listItem')!;
    const at = item.text.indexOf('never');
    const seg = item.segments.filter((s) => s.textStart <= at).pop()!;
    assert.ok(seg.length > 0, 'the second line is mapped exactly');
    assert.equal(text.slice(seg.srcStart + (at - seg.textStart), seg.srcStart + (at - seg.textStart) + 5), 'never');
  });
  it('a screen on such an entry counts as the entry it is', () => {
    const text = `---\ntype: birp\n---\n# BIRP note\n\nDate: 3/3/2025, 10:00-10:50, video. A. Kim, LPC\n\n**Behavior:** Talked about the move.\n\n**Intervention:**\n- Suicide/safety screen: asked directly about thoughts of death or suicide; he said "No, I'm not that way,\n  never have been." No plan, no intent, no history. Lives alone; daughter calls daily. Risk low.\n\n**Response:** Engaged; named two supports.\n\n**Plan:** Next session 3/10.\n`;
    assert.equal(status(text, 'risk-assessment'), 'addressed');
  });
});

describe('reading set 118 (after its first run)', () => {
  it('"Hard worker. Good family man." and "Motivated. Good work history. Supportive wife." are stock strengths', () => {
    const plan = (s: string) => `---\ntype: treatment-plan\n---\n# Treatment plan\n\n## Strengths\n${s}\n`;
    assert.notEqual(status(plan('Motivated. Good work history. Supportive wife.'), 'strengths'), 'addressed');
    assert.notEqual(status(plan('Hard worker. Good family man.'), 'strengths'), 'addressed');
    assert.equal(status(plan('Patient with apprentices; kept the crane crew\'s safety record for 11 years; reads a load chart faster than anyone on the dock.'), 'strengths'), 'addressed');
  });
  it('"crew" alone is no coping learned at work; "how the crew used to cope" and "the unwritten rule of the crew" are', () => {
    assert.ok(!covered('occupational-socialization', 'Session by video, client in crew layover hotel room.\n').includes('coping'));
    assert.ok(covered('occupational-socialization', 'Talked about how the crew used to cope: "you take the mick and crack on".\n').includes('coping'));
    assert.ok(covered('occupational-socialization', 'Named the "operators don\'t get scared" rule of the crew.\n').includes('coping'));
  });
  it('"at least 3 times this week" in a plan is a criterion, not a count', () => {
    assert.ok(!covered('progress-monitoring', 'Arjun to try the Goan table at dinner at least 3 times this week.\n').includes('measures'));
    assert.ok(covered('progress-monitoring', 'He ate at the Goan table 3 times this week.\n').includes('measures'));
  });
  it('a plan made for the hard days ahead is relapse prevention', () => {
    assert.ok(covered('termination', 'You asked me about the hard days coming. Together we made a plan for those.\n').includes('maintenance'));
  });
  it('"I told you I will miss our Wednesdays" is the clinician\'s own reaction', () => {
    assert.ok(covered('relationship', 'I told you I will miss our Wednesdays, and that I am proud of you too.\n').includes('clinician-reaction'));
    assert.ok(!covered('relationship', 'She said she will miss our Wednesdays.\n').includes('clinician-reaction'));
  });
  it('"What comes next:" heads the plan; a "Referral Triage" is a contact record', () => {
    assert.equal(lint('# Referral Triage\n\n**Outcome**\nOffered an appointment.\n').profile.id, 'general');
    assert.equal(status('---\ntype: termination\n---\n# Closing letter\n\nWhat comes next:\n- I will phone you the week after 21 May.\n- You can come back any time in the next two years.\n', 'plan'), 'addressed');
  });
  it('SOAP heads in lower case, each alone on the line above its text, type the note', () => {
    assert.equal(lint('clinic | room 2\n\nsubjective\nsays the week was average.\n\nobjective\nalert, oriented.\n\nassessment\nacute stress reaction.\n\nplan\nsee him in a week.\n').profile.id, 'soap');
  });
  it('"I noticed I came in expecting ..." and "my past work with ... families" guard against bias', () => {
    assert.ok(covered('bias-safeguards', 'I noticed I came in expecting the fights to be about religion.\n').includes('own-assumptions'));
    assert.ok(covered('bias-safeguards', 'Most of my past work with Somali-speaking families has been with ethnic Somali families.\n').includes('prior-experience'));
  });
});

describe('reading set 119 (after its first run)', () => {
  it('"Loving family. Good kid." is a stock list of strengths', () => {
    assert.notEqual(status('---\ntype: treatment-plan\n---\n# Treatment plan review\n\nSTRENGTHS\nLoving family. Good kid.\n', 'strengths'), 'addressed');
  });
  it('"Occupational psychological assessment" and "fitness for duty" name an occupational assessment; "EAP services — on-site counseling" a session', () => {
    assert.equal(lint('OCCUPATIONAL PSYCHOLOGICAL ASSESSMENT — FITNESS FOR PILOTAGE DUTIES\n\nReferred by: CMO\n').profile.id, 'occupational');
    assert.equal(lint('# Fitness for duty evaluation\n\nText.\n').profile.id, 'occupational');
    assert.equal(lint('TRANS-PECOS EAP SERVICES — ON-SITE COUNSELING\n\nCLIENT: T\n').profile.id, 'progress');
  });
  it('"Keep the grounding" and "If things slip ..." keep the gains after an ending', () => {
    assert.ok(covered('termination', 'Keep the grounding. Anniversaries may bring the alarms back.\n').includes('maintenance'));
    assert.ok(covered('termination', 'If things slip (sleep going, flashbacks most days), please talk to your GP.\n').includes('maintenance'));
  });
});

describe('reading sets 120 and 121 (after their first runs)', () => {
  const raised = (text: string) => lint(`---\ntype: dap\n---\n# DAP note\n\nDate: 3/6/2025, 50 min, by phone. Clinician: A. Reyes, LPC.\n\n${text}\n`).dimensions.find((d) => d.id === 'occupational-socialization')?.trigger;
  it('"I\'m a warden 24/7" and "It\'s not a job to me" make the work central to who the client is', () => {
    assert.ok(raised('Pt: "I\'m a warden 24/7. Can\'t shut it off."'));
    assert.ok(raised('Her words: "It\'s not a job to me, it\'s what my Mam fought for."'));
    assert.equal(raised('He said the rota is not a job he wants to keep doing; "I\'m a night owl anyway."'), undefined);
  });
  it('"I might not get the weight of it", "I could easily slip into ..." are the clinician\'s own assumptions', () => {
    assert.ok(covered('bias-safeguards', 'I said plainly that I might not get the weight of it.\n').includes('own-assumptions'));
    assert.ok(covered('bias-safeguards', 'I could easily slip into treating it as "just a restructure".\n').includes('own-assumptions'));
    assert.ok(!covered('bias-safeguards', 'She said she might not get the job.\n').includes('own-assumptions'));
  });
  it('a signature with the role on the next line signs the note; it does not fill the plan', () => {
    const note = '---\ntype: progress\n---\n# Progress note\n\nDate: 3/6/2025, 50 min, in person.\n\nPLAN:\nF/U: TBD, depends on his hitch schedule. Will try to catch him next hitch.\n\nMarisol Treviño, LPC\nEAP Counselor\n';
    assert.notEqual(status(note, 'plan'), 'addressed');
  });
});

describe('front matter that does not parse', () => {
  it('keeps its writing: the lines under "strengths:" are read, and the error is still reported', () => {
    const note = [
      '---',
      'type: treatment-plan',
      'date: 2025-10-16',
      'goals:',
      '  - goal: "Be back in the wheelhouse by January." (client\'s words)',
      'strengths:',
      '  - 27 years at sea, calm and methodical under pressure',
      '  - Uses checklists and logs well; already keeps her own sleep log',
      '  - Long marriage, close to her crew, rows in a masters\' crew',
      '---',
      '# Treatment plan',
      '',
      'Plan agreed with the client.',
      '',
    ].join('\n');
    const r = lint(note);
    assert.ok(r.findings.some((f) => f.ruleId === 'front-matter'));
    assert.equal(r.dimensions.find((d) => d.id === 'strengths')?.status, 'addressed');
  });
});

describe('"no change" beside risk or drinking', () => {
  it('tells that status, not progress toward the goals', () => {
    assert.ok(!covered('progress-monitoring', 'ETOH 2-3 beers on weekends, no change. Risk assessed low, safety plan reviewed, no changes.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Sleep unchanged since last session; the log shows 4 of 7 nights.\n').includes('status'));
  });
});

describe('reading set 122 (after its first run)', () => {
  it('"did not come for last week\'s session" is a missed session', () => {
    const t = "---\ntype: dap\n---\n# DAP note\n\nDate: 3/6/2025, 50 min, in person. Clinician: A. Reyes, LPC.\n\n**Data:** She did not come for last week's session; traffic.\n";
    assert.ok(lint(t).dimensions.find((d) => d.id === 'engagement-plan')?.trigger);
  });
  it('a plan left open is thin even with the clinician\'s sign-off under it', () => {
    const t = '---\ntype: girp\n---\n# GIRP note\n\nDate: 3/6/2025, 50 min, in person.\n\nP — PLAN\nContinue current plan. Will decide on next hierarchy steps next time.\n\nJ. Kowalczyk, LPC, NCC — 02/20/2025\n';
    assert.notEqual(status(t, 'plan'), 'addressed');
  });
  it('at an ending an open door is the plan: "Re-referral if required"', () => {
    const t = '---\ntype: termination\n---\n# Closing summary\n\nDate: 15/10/2024.\n\n**Recommendations**\nRe-referral if required by the social worker.\n\nA. Brennan, MIACP — 15/10/2024\n';
    assert.equal(status(t, 'plan'), 'addressed');
  });
});

describe('a boundary event told after all the note says of the relationship', () => {
  const note = (end: string) =>
    `---\ntype: progress\n---\n# Couples session\n\nDate: 3/13/2025, 60 min, in person.\n\nDiscussed the case with my supervisor on 03/06, including my pull to side with her.\n\nWe worked on the budget; both rated the week 6/10.\n\n${end}\n`;
  const rel = (t: string) => lint(t).dimensions.find((d) => d.id === 'relationship');
  it('is not followed up by what came before it: "handed me mishloach manos ... I thanked them and accepted"', () => {
    const r = rel(note('At the end of the session he handed me mishloach manos from both of them. I thanked them and accepted.'));
    assert.ok(r?.trigger);
    assert.equal(r?.status, 'missing');
    const f = lint(note('At the end of the session he handed me mishloach manos from both of them. I thanked them and accepted.')).findings.find((x) => x.ruleId === 'relationship');
    assert.match(f?.message ?? "", /What made it expected (comes after all the note says of it, and )?is not followed up/);
  });
  it('is followed up when the note answers it from its sentence on', () => {
    assert.equal(rel(note('At the end he handed me mishloach manos; we discussed that accepting it was within clinic guidelines for small tokens.'))?.status, 'addressed');
    assert.equal(rel(note('He asked for my personal cell; I declined and restated the after-hours line.'))?.status, 'addressed');
  });
  it('a thing handed over with no article is a gift; being brought back to a topic is not', () => {
    assert.ok(rel(note('He brought me tamales his mother made.'))?.trigger);
    assert.ok(!rel(note('She brought me back to the budget twice.'))?.trigger);
  });
});

describe('reading set 123 (after its first run)', () => {
  it('"His goal in our work is to get back to feeling like himself" is a goal, and not a measurable one', () => {
    const t = PROGRESS('His goal in our work is to get back to feeling like himself and to be less stuck on the flood. PCL-5 today 38 (44 at intake).\n\nPlan: next session 3/20.');
    assert.equal(status(t, 'goals'), 'missing');
  });
  it('the clinician\'s own leaning, named, is an assumption checked: "I checked my own tendency to frame his stoicism as avoidance"', () => {
    assert.ok(covered('bias-safeguards', 'I checked my own tendency to frame his stoicism as avoidance only.\n').includes('own-assumptions'));
  });
  it('a generalization about the client\'s group, written after the note\'s reflection, is not followed up by it', () => {
    const t = PROGRESS("I am not Sámi and may not understand everything; I consulted a colleague at the Sámi health centre.\n\nAs is typical in Sámi families, the herding comes before everything, so she will not complain.");
    const r = lint(t).dimensions.find((d) => d.id === 'bias-safeguards');
    assert.match(r?.trigger ?? '', /typical in Sámi families/);
    assert.equal(r?.status, 'missing');
    assert.ok(lint(PROGRESS('She is reserved, as is common with students from collectivist African cultures.')).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger);
  });
  it('survivor\'s guilt said as a wish is a wish to die: "better if I burned up instead of Mace", "it should have been me"', () => {
    for (const said of ['He said it "would have been better if I burned up instead of Mace."', 'She keeps saying "it should have been me."']) {
      assert.equal(progressLevel(`Family session. ${said} Mother screened: denies SI.`, 'risk-assessment'), 'warning', said);
    }
    assert.ok(!covered('risk-assessment', 'It should have been me who called the ambulance, she said.\n').includes('ideation'));
  });
  it('work said to be who one is, one sentence on, is work central to identity: "Tattooing is the only thing I\'ve ever been good at. It\'s who I am."', () => {
    const t = PROGRESS('"Tattooing is the only thing I\'ve ever been good at. It\'s who I am."');
    assert.ok(lint(t).dimensions.find((d) => d.id === 'occupational-socialization')?.trigger);
    assert.ok(!lint(PROGRESS('"Being a mum is the hardest thing. It\'s who I am now."')).dimensions.find((d) => d.id === 'occupational-socialization')?.trigger);
  });
});

describe('reading set 124 (after its first run)', () => {
  it('an all-capitals heading with an aside in any case ends the section above it: "PLAN FOR NEXT 90 DAYS (through 03/04/2025)"', () => {
    const t = '---\ntype: treatment-plan\n---\n# Treatment plan review\n\nDate: 12/04/2024.\n\nSTRENGTHS\n  Motivated. Good work ethic.\n\nPLAN FOR NEXT 90 DAYS (through 03/04/2025)\n  - Continue CPT to completion, then exposure work; his brother drives him to the VA and his church group meets weekly.\n';
    assert.notEqual(status(t, 'strengths'), 'addressed');
  });
  it('stock strengths in a list are stock: "- Motivated. Loves her children."', () => {
    const t = '---\ntype: intake\n---\n# Intake\n\nDate: 12/04/2024.\n\n### Strengths\n- Motivated. Loves her children.\n\n### Goals\n- To be safe.\n';
    assert.notEqual(status(t, 'strengths'), 'addressed');
  });
  it('a response whose own label holds stock words only is not made up by words elsewhere: "**R:** Engaged well."', () => {
    const t = '---\ntype: pirp\n---\n# PIRP note\n\nDate: 12/04/2024, 50 min.\n\n**P:** Panic since the assault at work; she laughed about the parking tickets.\n\n**I:** Grounding (5-4-3-2-1) practised twice; cognitive restructuring of "I should have seen it coming".\n\n**R:** Engaged well.\n\n**P:** Next session 12/11.\n';
    const r = lint(t).dimensions.find((d) => d.id === 'interventions-response');
    assert.equal(r?.status, 'missing');
    assert.ok(r?.missing.includes('response'));
  });
  it('"God should have taken me instead of them" is a wish to die', () => {
    assert.equal(progressLevel('He said "God should have taken me instead of them." Encouraged gratitude.', 'risk-assessment'), 'warning');
  });
  it('"Fighting bulls is all I\'ve been since I was seventeen" ties the work to who he is', () => {
    assert.ok(lint(PROGRESS('"Fighting bulls is all I\'ve been since I was seventeen."')).dimensions.find((d) => d.id === 'occupational-socialization')?.trigger);
    assert.ok(!lint(PROGRESS('Everything is all I have been worried about.')).dimensions.find((d) => d.id === 'occupational-socialization')?.trigger);
  });
});

describe('a format\'s letter before its word in a bold label', () => {
  it('"**S – Situation:** ... **P – Plan / Progress:**" is a SIRP note, as "**S:** ... **P:**" is', () => {
    const t = '**Clinic**\n**Client:** C. · **Date:** 10/17/2024\n\n**S – Situation:** He was gored in the arena.\n\n**I – Intervention:** PCL-5 readministered.\n\n**R – Response:** PCL-5 = 41 today.\n\n**P – Plan / Progress:** Next session 10/24.\n';
    assert.equal(noteType(t), 'sirp');
    assert.equal(noteType('**D — Data:** Came in tearful.\n\n**A — Assessment:** Low mood.\n\n**P — Plan:** Next session 10/24.\n'), 'dap');
  });
});

describe('military service written as a VA note writes it', () => {
  it('"OEF vet, Army 68W (combat medic) x2 deployments" names a socializing occupation; the dog\'s vet and an ambulance unit do not', () => {
    const level = (line: string) => lint(PROGRESS(`${line} Discussed sleep and the week ahead.`)).dimensions.find((d) => d.id === 'occupational-socialization')?.level;
    assert.equal(level('41 y/o M OEF vet, now civilian ER tech.'), 'warning');
    assert.equal(level('Served as a combat medic, two tours.'), 'warning');
    assert.equal(level('Was deployed to Iraq in 2006.'), 'warning');
    assert.equal(level('Took the dog to the vet on Monday.'), undefined);
    assert.equal(level('County EMS Medic 7 crew took her to the ED.'), undefined);
  });
});

describe('an entry that denies its topic asked nothing about it', () => {
  it('"Cultural / Spiritual: Denies cultural concerns." is too vague; "Raised Catholic, no longer practising; faith matters to her mother" is not', () => {
    const note = (entry: string) => `---\ntype: intake\n---\n# Intake\n\n## Presenting problem\nLow mood since the move.\n\n## Cultural / Spiritual\n${entry}\n`;
    assert.equal(status(note('Denies cultural concerns.'), 'cultural-factors'), 'unfilled');
    assert.equal(status(note('No cultural issues.'), 'cultural-factors'), 'unfilled');
    assert.equal(status(note('Raised Catholic, no longer practising; her mother\'s faith matters to her and shapes what she expects of family.'), 'cultural-factors'), 'addressed');
  });
});

describe('a 24-hour session time right after the date', () => {
  it('"03/11/2025 0900-0950, in person" gives the time; "03/11/2025 555-0950" does not', () => {
    assert.ok(covered('session-details', '03/11/2025 0900-0950, in person, clinic rm 4\n').includes('time'));
    assert.ok(!covered('session-details', 'Called 03/11/2025 0955-0950-1234 and left a message.\n').includes('time'));
  });
});

describe("a letter's subject line that ends the work", () => {
  it('"**Re: Ending our counselling sessions**" is a closing summary; "**Re: Our counselling sessions**" is a letter about them', () => {
    const letter = (subject: string) => `Community Mental Health Services\nCounselling Unit\n\n17 March 2025\n\nDear Mr. Rowe,\n\n**Re: ${subject}**\n\nI am writing, as we agreed at our last visit, to put on paper what we talked about.\n\nWarm regards,\nA. Campbell, Counsellor\n`;
    assert.equal(lint(letter('Ending our counselling sessions')).profile.id, 'termination');
    assert.equal(lint(letter('Our counselling sessions')).profile.id, 'general');
  });
});

describe('an interventions entry written with no response', () => {
  it('says what its entry leaves out, not that it holds only a placeholder', () => {
    const note = PROGRESS('Interventions this session: review of the sleep diary; cognitive restructuring of "I should have saved him".\n\nPlan: next session 3/20.');
    const f = lint(note).findings.find((x) => x.ruleId === 'interventions-response');
    assert.ok(f && /incomplete: its entry does not say the client's response/.test(f.message), f?.message);
  });
});

describe("a subtitle right under the note's title", () => {
  it('"# Talking Therapies: Step 3" then "## Discharge Summary" is a closing summary; a long descriptive subtitle is not read as the kind', () => {
    const note = (sub: string) => `# Talking Therapies: Step 3 (High Intensity CBT)\n## ${sub}\n\n### Reason for referral\nSelf-referral in January for panic.\n\n### Risk\nNo suicidal ideation at any point.\n`;
    assert.equal(lint(note('Discharge Summary')).profile.id, 'termination');
    assert.notEqual(lint(note('What we covered in the first weeks, and a discharge summary to follow')).profile.id, 'termination');
  });
});

describe('coping said where it was learned', () => {
  it('"Coping learned in the military and on the line: compartmentalize" is coping from the job culture; "coping skills" alone is not', () => {
    assert.ok(covered('occupational-socialization', 'Coping learned in the military and on the line: compartmentalize.\n').includes('coping'));
    assert.ok(!covered('occupational-socialization', 'Reviewed coping skills for sleep.\n').includes('coping'));
  });
});

describe('a rating set against a time point of the work', () => {
  it('"Six members rated higher than at S1" and "fewer than at week 2" are progress; "higher than his brother" is not', () => {
    assert.ok(covered('progress-monitoring', 'Six members rated higher than at S1.\n').includes('status'));
    assert.ok(covered('progress-monitoring', 'Panic attacks were fewer than at week 2.\n').includes('status'));
    assert.ok(!covered('progress-monitoring', 'He rated himself higher than his brother.\n').includes('status'));
  });
});

describe('the clinician named as outside the client\'s faith or people', () => {
  it('"asked whether I, \\"as a non-Muslim\\", would understand" and "a non-Māori counsellor" make bias safeguards expected; "non-binary" and "a non-drinker" do not', () => {
    const level = (line: string) => lint(PROGRESS(`${line} Discussed sleep and the week ahead.`)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
    assert.equal(level('She asked whether I, "as a non-Muslim", would understand.'), 'warning');
    assert.equal(level('She said a non-Māori counsellor might not get it.'), 'warning');
    assert.equal(level('Client is non-binary and proud of herself as a non-drinker.'), undefined);
  });
  it('"House Officer (3rd posting)" and "housemanship" name a doctor in training', () => {
    const level = (line: string) => lint(PROGRESS(`${line} Discussed sleep.`)).dimensions.find((d) => d.id === 'occupational-socialization')?.level;
    assert.equal(level('Patient: Dr N.A., 26 F, House Officer (3rd posting, O&G).'), 'warning');
  });
});

describe("the client's supervisor at work is not the clinician's consultation", () => {
  it('"a shouting match with his supervisor" is no consultation; "discussed it with her supervisor" and "with my supervisor" are', () => {
    // (Consultation counts beside another safeguard: here an assumption named.)
    const mine = 'I had assumed he would be guarded with a civilian. ';
    assert.ok(!covered('bias-safeguards', `${mine}Put on leave in May after a shouting match with his supervisor.\n`).includes('consultation'));
    assert.ok(covered('bias-safeguards', `${mine}The intern discussed it with her supervisor.\n`).includes('consultation'));
    assert.ok(covered('bias-safeguards', `${mine}I checked my reading of him with my supervisor.\n`).includes('consultation'));
  });
});

describe("the clinician's experience made a rule for the client's group", () => {
  it('"In my experience these clients respond best to a direct approach" and "familiar with the military mindset" make bias safeguards expected', () => {
    const level = (line: string) => lint(PROGRESS(`Discussed sleep and the week ahead. ${line}`)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
    assert.equal(level('In my experience these clients respond best to a direct approach with clear tasks.'), 'warning');
    assert.equal(level("I'm familiar with the farming mindset."), 'warning');
    assert.equal(level('In my experience the breathing exercise helps.'), undefined);
  });
});

describe("stock words with the client's given name as their subject", () => {
  it('"ENGAGEMENT: Maura engaged well throughout the session." is as vague as "Client engaged well"', () => {
    const note = (entry: string) => `---\ntype: intake\n---\n# Intake\n\n## Presenting problem\nCaring for her son after his stroke.\n\nENGAGEMENT:\n${entry}\n`;
    assert.equal(status(note('Maura engaged well throughout the session.'), 'rapport-engagement'), 'unfilled');
    assert.notEqual(status(note('Maura was wary at first; I explained what to expect from counselling and reflected her anger at services, and she relaxed as we went on.'), 'rapport-engagement'), 'unfilled');
  });
});

describe('a family trade named as its worker', () => {
  it('"Third-generation funeral director" is work central to who the client is; "second-generation Korean American" is not', () => {
    const level = (line: string) => lint(PROGRESS(`${line} Discussed sleep.`)).dimensions.find((d) => d.id === 'occupational-socialization')?.level;
    assert.equal(level('Third-generation funeral director; grandfather founded the firm.'), 'warning');
    assert.equal(level('She is a second-generation Korean American.'), undefined);
    assert.equal(level('Started a second-generation antipsychotic last month.'), undefined);
  });
});

describe('how an intake came about does not make it a contact', () => {
  it('"Walk-in Intake | Same-Day Access Clinic | 03/11/2025" is an intake; "Crisis walk-in" is still a contact', () => {
    assert.equal(lint('Walk-in Intake | Same-Day Access Clinic | 03/11/2025\n\nReason for visit: cannot sleep since the robbery.\n').profile.id, 'intake');
    assert.equal(lint('# Crisis walk-in\n\nSeen at the front desk at 16:10; calmer after 20 minutes.\n').profile.id, 'general');
  });
});

describe('"I wish I wasn\'t here" in the client\'s words', () => {
  it('told by a parent, it asks for a risk screen; a screen\'s question ("asked whether she ever wishes she wasn\'t here") does not', () => {
    const level = (line: string) => lint(`---\ntype: general\n---\n# Phone call with father\n\nDate: 3/13/2025, 15:10, phone. Clinician: A. B., LPC.\n\n${line}\n`).dimensions.find((d) => d.id === 'risk-assessment')?.level;
    assert.equal(level('He said J. told him last week "sometimes I wish I wasn\'t here."'), 'warning');
    assert.equal(level('Asked whether she ever has thoughts of hurting herself or wishing she wasn\'t here; she said no.'), 'info');
  });
});

describe('the clinician as the one person the client has, and the client\'s own messages between sessions', () => {
  const rel = (line: string) => status(PROGRESS(`${line} Discussed sleep and the week ahead.`), 'relationship');
  it('"you\'re the only one who gets it", said to the clinician, calls for the relationship; said of a sister, not', () => {
    assert.equal(rel('Near the end she said, "Honestly you\'re the only person who gets it."'), 'missing');
    assert.equal(rel('On the way she said I\'m the only one who actually listens to her.'), 'missing');
    assert.equal(rel('Twice said "you\'re like my friend now."'), 'missing');
    assert.equal(rel('She said her sister is the only one who visits.'), undefined);
    assert.equal(rel('He said, "I\'m the only one in the family who works."'), undefined);
  });
  it('"texted me at 1:40 am" calls for it; "she texted me, it\'s true" in the client\'s words, or a form emailed over, does not', () => {
    assert.equal(rel('On Sunday he texted me a photo of the caravan with "any weekend you want".'), 'missing');
    assert.equal(rel('Between sessions she emailed me asking me not to mention the job search to her husband.'), 'missing');
    assert.equal(rel('Mother (through interpreter): "She texted me, it\'s true. I didn\'t tell him."'), undefined);
    assert.equal(rel('He emailed me the signed consent form before the session.'), undefined);
  });
  it('answered after the message, the relationship is addressed', () => {
    const told = 'Between sessions she texted me at 1:40 am. I named it with her today, restated the after-hours line and my boundary on texting, and she said she had felt embarrassed and was relieved we talked it through.';
    assert.equal(rel(told), 'addressed');
  });
});

describe('progress said only as a direction', () => {
  const stockOnly = (line: string) => !covered('progress-monitoring', `Discussed the week.\n\n${line}\n`).includes('status');
  it('"Doing ok overall, some improvement." and "Her progress is steady." say nothing of where the goals stand', () => {
    for (const line of ['Doing ok overall, some improvement.', 'Pt doing ok, sx stable.', 'Her progress is steady.', 'Continues to improve.', 'Sx improving slowly.'])
      assert.ok(stockOnly(line), line);
  });
  it('"Doing better: slept 6 hours on 5 of 7 nights" and "improving since the dose change" do', () => {
    for (const line of ['Doing better: slept 6 hours on 5 of 7 nights, up from 2.', 'Mood improving since the dose change, PHQ-9 14 to 9.'])
      assert.ok(!stockOnly(line), line);
  });
});

describe('an engagement plan told in the note\'s own order', () => {
  const plan = (line: string) => status(PROGRESS(`First session since 16/09: she cancelled 23/09 and 30/09. ${line}`), 'engagement-plan');
  it('"the second cancellation was because she ..." and "could we move to 10am rather than 2pm" are its reasons and an adjustment', () => {
    assert.equal(plan('She said the second cancellation was because she couldn\'t face talking about the tower again. She asked if we could move to 10am rather than 2pm; done.'), 'addressed');
    assert.equal(plan('Said the missed ones were because of night shifts. Remaining sessions moved to 14:00 on his rest day.'), 'addressed');
  });
  it('a reminder text alone is no plan', () => {
    assert.equal(plan('Text reminder sent before each.'), 'missing');
  });
});

describe('reading set 129 (after its first run)', () => {
  it('"Writer is not religious" names the clinician beside the client\'s faith, and "OCCUPATION: Nursing Officer I" the client\'s work', () => {
    const bias = (line: string) => lint(PROGRESS(`${line} Discussed the week.`)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
    assert.equal(bias('Writer is not religious; client asked at intake whether writer would "respect my faith."'), 'warning');
    assert.equal(bias('OCCUPATION: Nursing Officer I, Medical Ward 2 (Stroke Unit)'), 'warning');
    assert.equal(bias('Her nursing officer at the care home called about the medication.'), undefined);
  });
  it('"joined because her father and grandfather were Army" and "handles stress the way her unit did" are the work\'s socialization', () => {
    const cov = covered('occupational-socialization', 'She joined at 18 partly because her father and grandfather were Army. She handles stress the way her unit did, with dark jokes.');
    assert.ok(cov.includes('job-involvement') && cov.includes('coping'), cov.join());
  });
  it('"Went over limits of confidentiality again" is an adjustment after reluctance', () => {
    assert.ok(covered('engagement-plan', 'He was silent for long stretches. Went over limits of confidentiality again, since he said last week everything goes to his PO.').includes('adjustments'));
  });
});

describe('goals under a group\'s or the client\'s own heading', () => {
  const goals = (note: string) => lint(note).dimensions.find((d) => d.id === 'goals')?.status;
  const group = (body: string) => `---\ntype: group\n---\n# Group note\n\nDate: 3/13/2025, 18:00-19:30, 6 members.\n\n${body}\n`;
  it('"## Group objectives" and "**What he wants from today**" head the goals', () => {
    assert.equal(goals(group('## Group objectives\n\n1. Parents will name one calm-down step they used with their child by session 4.\n\n## Discussion\n\nHomework battles.')), 'addressed');
    assert.equal(goals('---\ntype: progress\n---\n# Single session\n\nDate: 3/13/2025.\n\n**What he wants from today**\nTo ride his boda to town on his own 3 times a week by the end of the month.\n'), 'addressed');
  });
  it('"Progress toward group goals" over a placeholder is the progress left unwritten, not the goals', () => {
    assert.equal(goals(group('Group goals (from protocol): parents will share night care with another adult at least 2 nights a week by session 6.\n\nProgress toward group goals\n[to be completed]')), 'addressed');
  });
});

describe('where the firearms are now', () => {
  it('"Confirmed rifles are still at his son\'s place" is means asked about; "rifle season opens Saturday" is not', () => {
    assert.ok(covered('risk-assessment', 'Confirmed rifles are still at his son\'s place per the safety plan.').includes('plan-intent'));
    assert.ok(!covered('risk-assessment', 'He talked about deer season; rifle season opens Saturday.').includes('plan-intent'));
  });
});

describe('reading set 133 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('a sister of a religious order is a socializing vocation; a sister in the family is not', () => {
    assert.equal(level(PROGRESS('Sr. A. is an 81-year-old retired Franciscan sister seen for low mood.'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('Her older sister visits on Sundays.'), 'bias-safeguards'), undefined);
    // (Nuns are met far more often than held: "taught by the nuns" is no vocation of the client's.)
    assert.equal(level(PROGRESS('She was taught by the nuns at her convent school and still resents it.'), 'bias-safeguards'), undefined);
  });
  it('worth that stands or falls with working ("I\'m useless if I can\'t work a full shift") makes the work central to the client', () => {
    assert.equal(level(PROGRESS('Thought records around "I\'m useless if I can\'t work a full shift".'), 'occupational-socialization'), 'warning');
    assert.equal(level(PROGRESS('He feels useless around the house since the move.'), 'occupational-socialization'), undefined);
  });
  it('a section headed "Preaching and identity" is the work read as identity', () => {
    assert.equal(level(PROGRESS('### Preaching and identity\n\nCalled at 19; his father was a deacon.'), 'bias-safeguards'), 'warning');
  });
  it('a step against bias planned counts as one taken: "Will bring to supervision next week"', () => {
    const cov = covered('bias-safeguards', 'I am aware of the assumptions often made about Traveller men and drink. Will bring to supervision next week, incl. my own reaction.');
    assert.ok(cov.includes('consultation'), cov.join());
    assert.ok(covered('bias-safeguards', 'Asked J. directly how grief is done in his family.').includes('objectivity'));
  });
  it('"absent 2nd time, no message" is a missed session', () => {
    const group = (line: string) => `---\ntype: group\n---\n# Group note\n\nDate: 3/12/2025.\n\n${line}\n\nTheme: support on campus.\n`;
    assert.equal(level(group('L.K.S. – absent 2nd time, no message.'), 'engagement-plan'), 'warning');
    assert.equal(level(group('All members present.'), 'engagement-plan'), undefined);
  });
  it('"agreed to try 5 of 7 nights" is what is set, not progress; "kept it 5 of 7 nights" is progress', () => {
    assert.ok(!covered('progress-monitoring', 'Hesitant on the news window; agreed to try 5 of 7 nights.').includes('status'));
    assert.ok(covered('progress-monitoring', 'Kept the news window 5 of 7 nights.').includes('status'));
  });
  it('"Focus agreed at 1st meeting: get sleep back to ~7 hrs" states the goals', () => {
    assert.ok(covered('goals', '- Focus agreed at 1st meeting: get sleep back to ~7 hrs, keep things steady for the toddler').includes('stated'));
  });
  it('"11:20–11:32, phone" is the modality, and "A. McKenzie, MHO" alone at the end a signature', () => {
    const cov = covered('session-details', 'Tel. f/u\n12/03/25, 11:20–11:32, phone (client on speaker)\n\nTaking it daily.\n\nA. McKenzie, MHO\n');
    assert.ok(cov.includes('modality') && cov.includes('clinician'), cov.join());
    assert.ok(!covered('session-details', 'Gave her the number at 11:30, phone number on the card.').includes('modality'));
  });
  it('"He confirmed he is comfortable continuing with me" is the client\'s view of the relationship', () => {
    assert.ok(covered('relationship', 'Dual relationship: we work in the same hospital. He confirmed he is comfortable continuing with me.').includes('client-reaction'));
  });
  it('a contact note counted as the 4th contact is a session\'s note; a "CRISIS CONTACT" under the service\'s name is a contact', () => {
    const head = 'Harlan Creek School District - School Counseling\nIndividual/Family Contact Note\n\nDate: 02/06/2025\nContact #: 4th (2 in-person w/ student, 1 phone w/ mother, this one)\n\nReason: continued absences.\n';
    assert.equal(lint(head).profile.id, 'progress');
    const crisis = 'Traveller Primary Health Care Project – Counselling Service\nCRISIS CONTACT\n\nDate: Thurs 13/03/2025\n\n- History: no previous attempts.\n- Alcohol: 8–10 cans most nights.\n';
    assert.equal(lint(crisis).profile.id, 'general');
  });
});

describe('reading set 134 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('a letter that says the client "has completed treatment" or "has now been discharged" is a closing summary', () => {
    const letter = (line: string) => `**Adult Trauma Service**\n\nDr Byrne\n\n19 March 2025\n\n**Re: Mr Declan K. (46)**\n\nDear Dr Byrne,\n\n${line}\n\nYours sincerely,\n\nOrla M.\n`;
    assert.equal(lint(letter('Thank you for referring Mr K. I am writing to let you know he has completed treatment.')).profile.id, 'termination');
    assert.equal(lint(letter('Thank you for referring Mrs R. I am writing to let you know she completed her final session on 2 October.')).profile.id, 'termination');
    assert.notEqual(lint(letter('Thank you for referring Mrs R. She has completed treatment for breast cancer and is now seeing me for low mood.')).profile.id, 'termination');
  });
  it('"Compliant with house rules." is a stock strength', () => {
    assert.equal(status('---\ntype: treatment-plan-review\n---\n# Plan review\n\n## Strengths\nMotivated. Compliant with house rules.\n', 'strengths'), 'unfilled');
  });
  it('"the taxi \\"never came\\"" and "worried it was about her licence" are reasons for a missed appointment', () => {
    const dna = "Rang as she DNA'd memory clinic on Monday (2nd DNA). ";
    assert.ok(covered('engagement-plan', `${dna}Says she hadn't forgotten this time, the taxi "never came".`).includes('reasons'));
    assert.ok(covered('engagement-plan', `${dna}She'd been worried it was about her licence.`).includes('reasons'));
    assert.ok(!covered('engagement-plan', `${dna}Says she will come next time.`).includes('reasons'));
  });
  it('"GROUP COUNSELLING SESSION RECORD" under the programme\'s name is a group note', () => {
    assert.equal(lint('COMMUNITY PSYCHOSOCIAL SUPPORT PROGRAMME\nGROUP COUNSELLING SESSION RECORD\n\nSession: 5 of 8\n\nTalked.\n').profile.id, 'group');
  });
  it('a dental, veterinary or nursery nurse is another trade than nursing', () => {
    assert.equal(level(PROGRESS('Sophie trained as a dental nurse in Liège and works as a dental assistant here.'), 'occupational-socialization'), undefined);
    assert.equal(level(PROGRESS('She is a nursery nurse at a day nursery.'), 'occupational-socialization'), undefined);
    assert.equal(level(PROGRESS('She trained as a nurse and works nights on a cardiac ward.'), 'occupational-socialization'), 'warning');
  });
  it('"(mbr, Army, infantry, 14 yrs svc)" and "Army\'s all I\'ve known since I was 17" name the service and its place in him', () => {
    assert.equal(level(PROGRESS('Present: CPL Jason T. (mbr, Army, infantry, 14 yrs svc).'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('Jason: "Army\'s all I\'ve known since I was 17."'), 'occupational-socialization'), 'warning');
  });
  it('"I\'m Franco-Ontarian and noticed I had been correcting her words" is the clinician\'s own bias noticed', () => {
    assert.ok(covered('bias-safeguards', "I'm Franco-Ontarian and noticed I had been correcting Léa's Belgian words when she counted.").includes('own-assumptions'));
  });
});

describe('reading set 135 (after its first run)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('a label of its own on what the work means ("**Mahi and what it means to him:** ...") makes the work central', () => {
    assert.equal(level(PROGRESS('**Mahi and what it means to him:** "I\'ve been on the hill since I was fifteen."'), 'bias-safeguards'), 'warning');
  });
  it('"the shepherds he works with don\'t talk about being down" is how peers cope', () => {
    assert.ok(covered('occupational-socialization', 'Says the shepherds he works with don\'t talk about being down: "you get on the bike."').includes('coping'));
  });
  it('a reason told with the missed sessions, or read from them, is a reason considered', () => {
    assert.ok(covered('engagement-plan', 'He was missing appointments in Feb because the ute was off the road.').includes('reasons'));
    assert.ok(covered('engagement-plan', "DNA'd last week, no contact. The DNA reads as a family obligation, not disengagement.").includes('reasons'));
    // ("since" dates the last log; it gives no reason.)
    assert.ok(!covered('engagement-plan', '2nd missed session in a row; no log returned since wk 3.').includes('reasons'));
  });
  it('"absent for the third month running" is missed sessions', () => {
    const group = `---\ntype: group\n---\n# Group note\n\nDate: 3/15/2025.\n\nAbsent: 5 – T.K. and R.C. absent for the third month running.\n\nTopic: medicine at boarding school.\n`;
    assert.equal(level(group, 'engagement-plan'), 'warning');
  });
  it('"insomnia is down to 2 nights this week" is progress; a goal\'s "down to 2 drinks a day by March" is not', () => {
    assert.ok(covered('progress-monitoring', 'Sunday night insomnia is down to 2 nights this week, compared with every night at session 1.').includes('status'));
    const note = `---\ntype: progress\n---\n# Progress note\n\nDate: 3/13/2025, 10:00-10:50, in person.\n\nGoal: drinking down to 2 drinks a day by March.\n\nTalked about work.\n\nPlan: next session 3/20.\n`;
    assert.ok(!lint(note).dimensions.find((d) => d.id === 'progress-monitoring')!.covered.includes('status'));
  });
  it('"### What\'s been hard" heads the barriers', () => {
    assert.equal(status('---\ntype: treatment-plan-review\n---\n# Plan review\n\n### What\'s been hard\n- Reluctant to go to the group.\n- No return-to-work plan yet.\n', 'barriers'), 'addressed');
  });
});

describe('reading set 136 (after its first run)', () => {
  it('a change made so that members can come ("so shift workers can come") and a home visit offered are adjustments', () => {
    const missed = 'T.K. – second session missed, no answer on phone. ';
    assert.ok(covered('engagement-plan', `${missed}Group agreed to try Saturday 10:00 from session 5 so shift workers can come.`).includes('adjustments'));
    assert.ok(covered('engagement-plan', `${missed}Lwazi will do a home visit on Thursday.`).includes('adjustments'));
  });
  it('"Third-generation miner (grandfather, father, two uncles)" and "I don\'t know nothing else" are the work\'s place in the family and in him', () => {
    assert.ok(covered('occupational-socialization', 'Third-generation miner (grandfather, father, two uncles). Started underground at 24.').includes('job-involvement'));
    assert.ok(covered('occupational-socialization', 'When asked what he would do if the mine does not reopen: "I don\'t know nothing else. I\'m a coal miner."').includes('job-involvement'));
  });
});

describe('reading sets 137 and 138 (after their first runs)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('a discharge table\'s "Outcome" column beside the goal reports where it ended, and is not a goal to measure', () => {
    const note = `---\ntype: termination\n---\n# Discharge summary\n\nDate: 4/24/2025, 13:00-14:00, in person. D. Kane, MSW.\n\n## Goals and outcome\n| Goal (his words) | Outcome |\n|---|---|\n| "Quit drinking" | Sober since 6 Sept 2024. AUDIT 27 at intake, 4 today. |\n| "Keep my job" | Back on full hours. |\n`;
    const res = lint(note);
    assert.equal(res.findings.filter((f) => f.ruleId === 'measurable-goals').length, 0);
    assert.ok(res.dimensions.find((d) => d.id === 'progress-monitoring')!.covered.includes('status'));
  });
  it('"the log shows 4, then 3, then 2 incidents" is progress; "checks at 2, 5, then 10 min" is a schedule', () => {
    assert.ok(covered('progress-monitoring', 'The log for the last three weeks shows 4, then 3, then 2 incidents.').includes('status'));
    assert.ok(!covered('progress-monitoring', 'Dad checks on him at 2, 5, then 10 min if he stays in bed.').includes('status'));
  });
  it('"CLIENT\'S REACTION:", "Individual participation:", a quote the client came up with and a member who softened are the response', () => {
    assert.ok(covered('interventions-response', "COUNSELLING TECHNIQUES: cognitive restructuring.\n\nCLIENT'S REACTION:\nWrote down his own line and will see the bursar.").includes('response'));
    assert.ok(covered('interventions-response', 'Interventions: MI, decisional balance (he came up with "I didn\'t enjoy the last three").').includes('response'));
    assert.ok(covered('interventions-response', 'Facilitator named the stigma; member softened, apologized.').includes('response'));
  });
  it('a smokejumper or a hotshot crew is a socializing occupation', () => {
    assert.equal(level(PROGRESS('B: 34 M, smokejumper, 9 seasons. Home burned while he was on assignment.'), 'occupational-socialization'), 'warning');
    assert.equal(level(PROGRESS('Works on a hotshot crew out of Redding.'), 'bias-safeguards'), 'warning');
  });
  it('a field left blank ("goal(s) addressed this session: ____") or with no box ticked ("C-SSRS screen completed: [ ] Yes [ ] No") is no evidence', () => {
    assert.ok(!covered('goals', 'Treatment plan goal(s) addressed this session: ____________________').includes('stated'));
    assert.ok(!covered('risk-assessment', 'Thought content: ____________\nC-SSRS screen completed:  [ ] Yes  [ ] No').length);
    assert.ok(covered('risk-assessment', 'C-SSRS screen completed:  [x] Yes  [ ] No').length);
  });
});

describe('reading sets 139 and 140 (after their first runs)', () => {
  const level = (text: string, id: string) => lint(text).dimensions.find((d) => d.id === id)?.level;
  it('work that made the client, or the one thing they are good at after years at it, makes the work central', () => {
    assert.equal(level(PROGRESS('He said shearing was the making of him: it paid for the farm and gave him his mates.'), 'bias-safeguards'), 'warning');
    assert.equal(level(PROGRESS('"Been ringing since I was 16. It\'s the only thing I\'m any good at."'), 'bias-safeguards'), 'warning');
    assert.ok(covered('occupational-socialization', 'He said shearing was the making of him.').includes('job-involvement'));
    // (Not a skill alone: "Drawing is the only thing I'm good at" says nothing of work.)
    assert.notEqual(level(PROGRESS('"Drawing is the only thing I\'m good at," she said.'), 'bias-safeguards'), 'warning');
  });
  it('"Job/identity:" as a label makes the work central', () => {
    assert.equal(level(PROGRESS('Job/identity: started at 16 on his uncle\'s boat.'), 'bias-safeguards'), 'warning');
  });
  it('how the crew deal with it, the camp\'s culture and what you never did on the job are coping in the work\'s ways', () => {
    for (const text of ['The crew deal with bad trips by banter and a dram after landing.', 'Camp culture of "harden up" and grog being the only downtime.', "You didn't whinge in the shed, you'd be on the next bus home.", 'On deck you never talk about it.']) {
      assert.ok(covered('occupational-socialization', text).includes('coping'), text);
    }
  });
});

describe('reading set 140 (after its first run)', () => {
  it('"Managing a high-risk sit well" is relapse prevention\'s shorthand, not a risk level', () => {
    assert.ok(!covered('risk-assessment', 'A: Managing a high-risk sit well, good insight. Cravings manageable.').includes('level'));
    assert.ok(covered('risk-assessment', 'Risk: high risk of self-harm this week.').includes('level'));
  });
});

describe('reading sets 141 and 142 (after their first runs)', () => {
  const has = (text: string, item: string) => covered('occupational-socialization', text).includes(item);
  it('the work\'s culture named, its rule quoted where it holds, and coping learned from father and crew are coping', () => {
    assert.ok(has('Risk factors: occupational culture that discourages talking ("you don\'t talk about it, you go up the next pole").', 'coping'));
    assert.ok(has('In his church and farming community, "you don\'t complain, you pray and you work."', 'coping'));
    assert.ok(has('LEARNED FROM FATHER AND CREW THAT YOU DON\'T TALK ABOUT A BAD SEASON.', 'coping'));
    assert.ok(has('The crew drinks hard at the motel on crew-change day.', 'coping'));
    // (A family's rule is not the work's: "a family ethic of 'you don't complain'".)
    assert.ok(!has('She describes a family ethic of "you don\'t complain, you do your work."', 'coping'));
  });
  it('loyalty to the crew, pride in it, and what the client loves are needs the work meets; "Fourth generation on the farm" is the family\'s trade', () => {
    assert.ok(has('Protective factors: strong loyalty to his crew and union local.', 'needs'));
    assert.ok(has('Proud of his crew and of the money.', 'needs'));
    assert.ok(has('What he loves is preaching and the youth choir.', 'needs'));
    assert.ok(has('Fourth generation on the farm, Dutch-Canadian family.', 'job-involvement'));
  });
});

describe('reading set 143 (after its first run)', () => {
  const has = (text: string, item: string) => covered('occupational-socialization', text).includes(item);
  it('coping learnt growing up or from other farmers, and the client\'s own rule ("he says you don\'t complain"), are coping in the work\'s ways', () => {
    assert.ok(has('Coping he learnt growing up and from other farmers: work harder, don\'t talk about it.', 'coping'));
    assert.ok(has('He says you don\'t quit and you don\'t complain, you just go feed.', 'coping'));
  });
  it('"What farming gives him: independence, being outside" is a need the work meets', () => {
    assert.ok(has('What farming gives him: independence, being outside, looking after the land.', 'needs'));
  });
});

describe('the work explored makes the clinician\'s own view of it expected (after the first runs to 144)', () => {
  // A trade no list names: the note's own exploration says it is central to the client.
  const explored = PROGRESS([
    'S: Client, a piano restorer for 22 years, followed his father into the trade and says the workshop is "where I make sense."',
    'Coping he learned in the trade: keep your head down and finish the job, never tell a customer you are struggling.',
    'What the work gives him: quiet, pride in a good tone, being the one people trust with an heirloom.',
    'Reviewed sleep log; 4 of 7 nights over 6 hours. Discussed pacing after the wrist injury.',
    'Risk: denies SI/HI. Plan: next session 3/20, continue sleep log.',
  ].join('\n\n'));
  it('a note that tells what the work is to the client, its coping and the needs it meets asks for bias safeguards', () => {
    const r = lint(explored);
    const d = r.dimensions.find((x) => x.id === 'bias-safeguards');
    assert.equal(d?.level, 'warning');
    assert.match(d?.trigger ?? '', /the work's place in the client's life/);
    assert.ok(r.findings.some((f) => f.ruleId === 'bias-safeguards' && f.severity === 'warning'));
  });
  it('the same trade named in passing asks for nothing', () => {
    const r = lint(PROGRESS('S: Client, a piano restorer, reports better sleep. Reviewed sleep log; 4 of 7 nights over 6 hours.\n\nRisk: denies SI/HI. Plan: next session 3/20.'));
    assert.equal(r.dimensions.find((x) => x.id === 'bias-safeguards'), undefined);
  });
});

describe('reading set 145 (after its first run)', () => {
  it('a session note that lists its plan\'s goals, strengths and barriers beside its "Response" is a session\'s note, not the plan', () => {
    const text = [
      'Family Service Centre – Case Recording', '',
      'Date: 08/07/2025   Time: 3.30pm – 4.30pm   Session no.: 4', '',
      'Care plan goals', '1. Bedtime tantrums down to 1 or fewer per week by end Aug (chart).', '',
      'Intervention', '- Child-led play with the foster father practising praise and reflection.', '',
      'Response', 'Warm and chatty today, more eye contact with his foster father.', '',
      'Strengths', 'Foster parents very committed; child expressive, likes drawing.', '',
      'Barriers', 'Access visit schedule still not confirmed.', '',
      'Plan', '- Next session: 22/07/2025, 3.30pm.', '',
    ].join('\n');
    assert.notEqual(lint(text).profile.id, 'treatment-plan');
    // (Laid out as a plan without a session's report, it is the plan.)
    assert.equal(lint(text.replace(/Response\nWarm and chatty today, more eye contact with his foster father.\n\n/, '')).profile.id, 'treatment-plan');
  });
  it('"Goal 1 – partial (...)", "Goal 2 – not yet": a goal\'s number and where it stands report progress, and are not goals to judge', () => {
    const text = PROGRESS([
      'Goals (agreed session 2): 1. Talk about the budget for 20 minutes without shouting at least once a week. 2. Decide on the move by the end of June.',
      'We reviewed the week and practised speaker-listener turns.',
      'Progress: Goal 1 – partial (one talk, 15 min). Goal 2 – not yet; both now "considering" it.',
      'Risk: denies SI/HI. Plan: next session 3/20.',
    ].join('\n\n'));
    assert.equal(status(text, 'progress-monitoring'), 'addressed');
    assert.ok(!lint(text).findings.some((f) => f.ruleId === 'measurable-goals' && /partial|not yet/.test(text.slice(f.range.start, f.range.end))));
  });
});

describe('reading set 145 (after its first run): how the client would get here', () => {
  it('transport and a fare the client cannot pay are reasons for missed sessions', () => {
    assert.ok(covered('engagement-plan', 'Missed 2 sessions: farm transport to town Saturdays only.').includes('reasons'));
    assert.ok(covered('engagement-plan', 'Missed 2 sessions: no money for taxi.').includes('reasons'));
    assert.ok(covered('engagement-plan', 'Missed 2 sessions: she can\'t afford the bus fare this month.').includes('reasons'));
    assert.ok(!covered('engagement-plan', 'Missed 2 sessions. She has no money for the electricity bill.').includes('reasons'));
  });
});

describe('reading sets 146 and 147 (after their first runs)', () => {
  it('"Asked about SH/SI. Denies" is a screen, not only a mention', () => {
    const text = PROGRESS('Asked about SH/SI. Denies: "Nah, I\'m tired not sad." Sleeping 5-6 hrs.\n\nPlan: next session 3/20.');
    assert.ok(!lint(text).findings.some((f) => f.ruleId === 'risk-assessment' && /no screen/.test(f.message)));
  });
  it('an objective in the plan\'s shorthand ("Obj 1a: PHQ-9 below 15 by discharge") states a goal', () => {
    assert.ok(covered('goals', '- **P1 Depression** (Obj 1a: PHQ-9 below 15 by discharge; Obj 1b: uses 2 coping skills daily)').includes('stated'));
    assert.ok(covered('goals', 'STG 2: attends 2 recovery meetings a week.').includes('stated'));
  });
  it('a score beside the earlier session\'s by its short name ("today 19 (S1 23)"), or a count beside its target ("2/3 (target 3)"), is progress', () => {
    for (const text of ['CORE-10 today 19 (S1 23).', 'Job contacts this wk 2/3 (target 3).', 'PHQ-9 12 (last 16).']) {
      assert.ok(covered('progress-monitoring', text).includes('status'), text);
    }
    // (A bracket that only names a session is no earlier reading.)
    assert.ok(!covered('progress-monitoring', 'Seen 3 times (see session notes).').includes('status'));
  });
});

describe('a socializing occupation named in the client\'s own line or words (after the first runs of 146 and 147)', () => {
  const level = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'occupational-socialization')?.level;
  it('"I\'m a midwife", "36 y/o F, pediatric oncology RN", "PGY-2 surgery resident" make occupational socialization expected', () => {
    for (const text of [
      'Tearful ("I\'m a midwife, I\'ve looked after hundreds of women with this, I should know better").',
      'Client: 36 y/o F, pediatric oncology RN, sessions 1-4.',
      'K., 29, PGY-2 general surgery resident, self-referred for burnout.',
    ]) assert.equal(level(text), 'warning', text);
  });
  it('a nurse or a midwife who cares for the client does not', () => {
    for (const text of ['The midwife visited on Tuesday and weighed the baby.', 'Spoke with the RN on the ward about her discharge.']) {
      assert.equal(level(text), undefined, text);
    }
  });
});

describe('a client who asks how the clinician could understand them (after the first run of 146)', () => {
  const level = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'relationship')?.level;
  it('"Then how can you understand what this means?" makes the relationship expected', () => {
    assert.equal(level('Midway through he asked which church I attend. I said I don\'t attend church. He said, "Then how can you understand what this means?" I redirected to the session focus.'), 'warning');
  });
  it('the client\'s own trouble understanding something does not', () => {
    assert.equal(level('You get frustrated quickly when you can\'t understand something, and then you give up on the whole page.'), undefined);
  });
});

describe('reading set 148 (after its first run)', () => {
  const has = (text: string, item: string) => covered('bias-safeguards', text).includes(item);
  it('what a conclusion rests on is the information base; the same check as with everyone is a step to stay objective', () => {
    assert.ok(has('Her conclusions rest on the charging document and what deputies say on the pod, not her own observations.', 'information-base'));
    assert.ok(has('Steps agreed: she uses the same structured check (C-SSRS + MSE) she uses with everyone.', 'objectivity'));
    assert.ok(!has('He takes the same bus as everyone on the farm.', 'objectivity'));
  });
});

describe('reading set 150 (after its first run)', () => {
  it('seniority in the work is career stage; a son\'s senior year or the senior center is not', () => {
    const has = (text: string) => covered('occupational-socialization', text).includes('coping');
    assert.ok(has('A senior firefighter now, he says the younger crew look to him.'));
    assert.ok(!has('His son is not sure about senior year; he wants to try out for the spring musical.'));
    assert.ok(!has('Senior center van available, not used.'));
  });
  it('the explored work is quoted by what the note says it is to the client', () => {
    const text = PROGRESS([
      'S: Client, a piano restorer for 22 years, followed his father into the trade and says the workshop is "where I make sense." His daughter is unsure about senior year.',
      'Coping he learned in the trade: keep your head down and finish the job, never tell a customer you are struggling.',
      'What the work gives him: quiet, pride in a good tone, being the one people trust with an heirloom.',
      'Risk: denies SI/HI. Plan: next session 3/20.',
    ].join('\n\n'));
    assert.match(lint(text).dimensions.find((d) => d.id === 'bias-safeguards')?.trigger ?? '', /\("followed his father"\)/);
  });
});

describe('reading sets 152 and 153 (after their first runs)', () => {
  const biasLevel = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
  it('a session held across a language line makes bias safeguards expected, however the interpreter is named', () => {
    for (const text of [
      'Session held in Navajo with L.Y. interpreting, as writer does not speak Navajo.',
      'PHQ-9 administered verbally through interpreter.',
      'Present: client; Behavioral Health Technician L.Y. as interpreter (Navajo/English); writer.',
      'Seen via telephone interpreter (Dari) for the whole session.',
    ]) assert.equal(biasLevel(text), 'warning', text);
  });
  it('the client\'s own work as an interpreter, or a client who does not speak up, does not', () => {
    for (const text of [
      'She has worked as interpreter for the county court for nine years and loves the work.',
      'He does not speak much in the first minutes; warms up once we talk about the dog.',
    ]) assert.equal(biasLevel(text), undefined, text);
  });
  it('a stance claimed in several words is still stock: "remained objective and nonjudgmental" is no safeguard', () => {
    const text = [
      '---', 'type: intake', '---', '# Intake assessment', '',
      '**Safeguards against clinician bias.** Writer remained objective and nonjudgmental throughout the assessment.',
    ].join('\n');
    assert.ok(!covered('bias-safeguards', text).includes('objectivity'));
    assert.ok(covered('bias-safeguards', 'I noticed I was assuming the "tough medic" script and asked him directly how the jokes work for him; staying objective means checking that back with him next time.').includes('objectivity'));
  });
  it('"typical of the trawlermen we see" generalizes about a trade\'s men; a reflection on how "someone like me" reads the client and "instead I asked" are safeguards', () => {
    assert.equal(biasLevel('A: Typical of the trawlermen we see - hard drinking culture ashore - he fits the pattern.'), 'warning');
    assert.equal(biasLevel('A: Typical of panic disorder, the attacks peak within ten minutes.'), undefined);
    const text = 'I am aware that her reluctance to think about town could be read by someone like me as passivity. Instead I asked what leaving the farm would mean.';
    assert.deepEqual(covered('bias-safeguards', text).sort(), ['objectivity', 'own-assumptions']);
  });
  it('coping learnt "there", where the team was just named, is coping learned in the work\'s culture', () => {
    assert.ok(covered('occupational-socialization', 'The team was his brotherhood - the coping he learnt there was "harden up and have a drink after the game".').includes('coping'));
  });
  it('a form\'s numbered capitals head with its prompt in brackets heads an empty answer: the prompt is no entry', () => {
    const text = [
      '---', 'type: intake', '---', 'COMPREHENSIVE BEHAVIORAL HEALTH ASSESSMENT (INTAKE)', '',
      'Client: R.H.   Date: 06/09/2025   Start: 9:00 AM   End: 10:20 AM', '',
      '13. GOALS', 'Client will sleep at least 6 h on 5 nights/wk within 8 weeks (sleep log).', '',
      '14. CLINICIAN REFLECTION (assumptions, biases, consultation needs)', '[ ]', '',
      '15. RECOMMENDATIONS / PLAN', '- Individual therapy weekly x 12.', '',
    ].join('\n');
    assert.deepEqual(covered('bias-safeguards', text), []);
  });
  it('a crisis evaluation is a contact, not an intake', () => {
    assert.equal(noteType('## Crisis Evaluation — Emergency Department Consult\n\n**Client:** L.C., 58\n\n### Reason for contact\nBrought in by wife.\n\n### Mental status\nAlert, oriented.\n\n### Risk\nHigh.\n'), 'general');
  });
});

describe('reading sets 154 and 155 (after their first runs)', () => {
  const level = (text: string, id: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === id)?.level;
  it('"I have been a midwife for 18 years" names the client\'s own socializing work', () => {
    assert.equal(level('Tearful: "I have been a midwife for 18 years. I have never lost a mother before."', 'occupational-socialization'), 'warning');
  });
  it('a self that stands or falls with the work, whatever the trade, makes the work central: bias safeguards are expected', () => {
    for (const text of [
      'Mick, after a long pause: "If I\'m not a diver I don\'t know what I am."',
      'He trained six days a week from 15. "Who am I if I\'m not a footy player?"',
      'Cody, about the shoulder: "If I can\'t ride, what am I?"',
    ]) assert.equal(level(text, 'bias-safeguards'), 'warning', text);
  });
  it('a 24-hour range set between a header line\'s commas is the session\'s time; "MHN" is a credential', () => {
    const has = (text: string) => covered('session-details', text);
    assert.ok(has('RAMHS station visit. 09/07/24. F2F, station office verandah, 1030–1110. Pt: J., 34yo.').includes('time'));
    assert.ok(!has('Worked on the rigs, 2008–2016, then drove trucks.').includes('time'));
    assert.ok(has('Clin: K. Doyle, MHN.').includes('clinician'));
  });
  it('a worry about passing or coping, said the same way, is not about a trade', () => {
    for (const text of ['"If I cannot make it, then what am I?" he asked about the fitness test.', 'She wondered what she is for if she is not needed at home.']) {
      assert.equal(level(text, 'bias-safeguards'), undefined, text);
    }
  });
});

describe('reading sets 156 and 157 (after their first runs)', () => {
  const has = (text: string, item: string) => covered('occupational-socialization', text).includes(item);
  it('"Dad was a St. Paul cop" is a parent in the work; "the pastor role is his main source of strength and meaning" a need it meets', () => {
    assert.ok(has('Talked about the job. Dad was a St. Paul cop, "he never talked about anything."', 'job-involvement'));
    assert.ok(has('The pastor role is both his main source of strength and meaning and his main stressor.', 'needs'));
    assert.ok(!has('Dad was a St. Paul Saints fan and took him to every game.', 'job-involvement'));
  });
  it('the clinician\'s own faith said to the client ("when I said we are Muslim") is a difference that asks for bias safeguards', () => {
    const level = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
    assert.equal(level('He asked about my family and where we are from. He seemed surprised when I said we are Muslim, went quiet, then said "Gujarati is Gujarati." We carried on.'), 'warning');
    assert.equal(level('I said we are going to look at the sleep diary first.'), undefined);
  });
  it('"being a baker is \\"all I\'ve been since I was 16\\"" puts the work, whatever it is, at the centre of the client\'s identity', () => {
    const level = (text: string) => lint(PROGRESS(text)).dimensions.find((d) => d.id === 'bias-safeguards')?.level;
    assert.equal(level('Says being a baker is "all I\'ve been since I was 16" and the closure feels like it could take that.'), 'warning');
    assert.equal(level('Says being tired is all she has known this winter.'), undefined);
  });
});

describe('reading set 159 (after its first run)', () => {
  const has = (text: string) => covered('engagement-plan', text).includes('adjustments');
  it('another way in offered as "phone or video sessions and an off-site appointment", confidentiality restated in plain words, a day the client picks', () => {
    assert.ok(has('E. to write offering phone or video sessions and an off-site appointment.'));
    assert.ok(has('E. to restate that content isn\'t shared with line management.'));
    assert.ok(has('Agreed phone contact fortnightly for now, then a shorter HV (30 min) on a day she picks.'));
  });
  it('information that is shared, or a day someone else picks, is no adjustment', () => {
    assert.ok(!has('Explained that information is shared with the GP after each review.'));
    assert.ok(!has('The school sets the meeting on a day the head teacher picks.'));
  });
});

describe('reading set 168 (after its first run)', () => {
  const has = (text: string) => covered('engagement-plan', text).includes('adjustments');
  it('another way in agreed on, or there for the client to take: "agreed on short phone check-ins", "she can have a phone session if a ride falls through"', () => {
    assert.ok(has('We agreed on short phone check-ins in the early evening after he came off the lake.'));
    assert.ok(has('She can have a phone session if a ride falls through.'));
    assert.ok(!has('We agreed on the goals for this month.'));
    assert.ok(!has('She can have a coffee before the group.'));
  });
});
