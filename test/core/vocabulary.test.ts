// Open vocabulary as data (src/core/language/): the interventions lexicon, clinical shorthand read as words, and
// progress written as counts or in the client's words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyConfig, lint, parseNote } from '../../src/core/index.js';
import { Analysis } from '../../src/core/read/analysis.js';
import { assess } from '../../src/core/read/assess.js';
import { catalog } from '../../src/core/dimensions/index.js';
import { compileCue, findCue, tokenize } from '../../src/core/read/match.js';
import { interventionCues, interventions, spellingVariants } from '../../src/core/language/interventions.js';
import { shorthand } from '../../src/core/language/shorthand.js';

/** Which sub-items of a dimension a one-note text covers. */
function covered(id: string, text: string): string[] {
  const d = catalog.find((x) => x.id === id)!;
  return assess(new Analysis(parseNote(text)), d).covered;
}

describe('interventions lexicon', () => {
  it('holds at least 120 named therapies and techniques', () => {
    assert.ok(interventions.length >= 120, `${interventions.length} entries`);
  });
  it('writes British and American spellings once', () => {
    assert.deepEqual(spellingVariants('behavioral activation'), ['behavioral activation', 'behavioural activation']);
    assert.ok(spellingVariants('externalizing').includes('externalising'));
    assert.ok(spellingVariants('counselling').includes('counseling'));
    assert.deepEqual(spellingVariants('exercise'), ['exercise']);
    assert.deepEqual(spellingVariants('wise mind'), ['wise mind']);
  });
  for (const text of [
    'Used CBT-I today.',
    'TF-CBT trauma narrative continued.',
    'Behavioural activation: planned two walks.',
    'PCIT coaching of labelled praise.',
    'Gottman method: soft startup practised.',
    'Circle of Security handout reviewed.',
    'EMDR phase 4.',
    'Completed a chain analysis of Friday.',
    'Built the exposure hierarchy.',
    'Socratic questioning about the evidence.',
    'Introduced MI techniques.',
    'I: Reviewed thought log.',
    'Intervention: Explored the argument with her sister.',
  ]) {
    it(`"${text}" names an intervention`, () => assert.ok(covered('interventions-response', text).includes('interventions')));
  }
  for (const text of ['She will act on it.', 'Hx of MI in 2019.', 'She has PE at school on Fridays.', 'The goal was met.']) {
    it(`"${text}" names none (an abbreviation that is an everyday word needs a technique noun)`, () =>
      assert.ok(!covered('interventions-response', text).includes('interventions')));
  }
  it('every entry yields cues that compile to words', () => {
    for (const c of interventionCues()) assert.ok(compileCue(c).parts.length > 0, c);
  });
});

describe('clinical shorthand', () => {
  const words = (s: string) => tokenize(s).map((t) => t.word).join(' ');
  it('reads shorthand as the words it stands for', () => {
    assert.equal(words('Pt c/o poor sleep'), 'client complains of poor sleep');
    assert.equal(words('hx of MDD, f/u in 2 wks w/ mother'), 'history of mdd follow up in 2 weeks with mother');
    assert.equal(words('Denies SI/HI.'), 'denies suicidal ideation homicidal ideation');
    assert.equal(words('AOx3, MSE WNL'), 'alert and oriented x3 mental status exam within normal limits');
    assert.equal(words('A&O x3'), 'alert and oriented x3');
    assert.equal(words('r/o PTSD b/c of nightmares'), 'rule out ptsd because of nightmares');
    assert.equal(words('RTC, next appt; hw: log'), 'return to clinic next appointment homework log');
    assert.equal(words('tx plan, dx, sx, w/o support'), 'treatment plan diagnosis symptoms without support');
  });
  it('matches a form with a capital only as written', () => {
    assert.equal(words('SUD'), 'substance use disorder');
    assert.equal(words('sud'), 'sud');
    assert.equal(words('AH'), 'auditory hallucinations');
    assert.equal(words('ah, I see'), 'ah i see');
  });
  it('splits what a shorthand stands for as the text is split, so a hyphenated cue finds it', () => {
    assert.equal(words('Hx of SH, NSSI'), 'history of self harm non suicidal self injury');
    assert.ok(findCue(tokenize('Hx of SH.'), compileCue('self-harm')) >= 0);
    assert.ok(findCue(tokenize('No NSSI.'), compileCue('non-suicidal self-injury')) >= 0);
  });
  it('keeps the offsets of what was written', () => {
    const t = tokenize('Pt c/o x');
    assert.deepEqual(t.slice(1, 3).map((x) => [x.word, x.start, x.end]), [['complains', 3, 6], ['of', 3, 6]]);
  });
  it('a cue in words finds the shorthand, and a cue in shorthand finds the words', () => {
    assert.ok(findCue(tokenize('f/u in 2 weeks'), compileCue('follow-up')) >= 0);
    assert.ok(findCue(tokenize('Follow up in 2 weeks'), compileCue('f/u')) >= 0);
    assert.ok(findCue(tokenize('No suicidal ideation'), compileCue('SI')) >= 0);
    assert.ok(findCue(tokenize('Tx plan updated'), compileCue('treatment plan')) >= 0);
  });
  it('every entry has forms and words, and the README lists it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const e of shorthand) {
      assert.ok(e.forms.length && e.means.trim(), JSON.stringify(e));
      for (const f of e.forms) assert.ok(readme.includes(`\`${f}\``), `README lists ${f}`);
    }
  });
  it('shorthand in a note covers what the words would', () => {
    assert.ok(covered('risk-assessment', 'Pt denies SI/HI; no plan or intent.').length > 0);
  });
  it('a rank as the title on the client line names the service (set 162): "Pt: Sgt. M.K., 47M"', () => {
    const birp = (who: string) => `BIRP\nPt: ${who}, 47M | DOS 09/05/24\n\nB: Pt on time. 3 wks s/p fatal pursuit crash; internal review pending.\n\nI: Psychoed re acute stress.\n\nR: Receptive.\n\nP: RTC 1 wk.\n`;
    const expected = (text: string) => lint(text, { config: { ...emptyConfig(), secondOpinion: false } }).dimensions.some((d) => d.id === 'occupational-socialization');
    assert.equal(expected(birp('Sgt. M.K.')), true);
    assert.equal(expected(birp('SSG Ortiz')), true);
    assert.equal(expected(birp('M.K.')), false);
    // Someone else's rank is not the client's service.
    assert.equal(expected(birp('M.K.').replace('RTC 1 wk.', 'Discussed with shift Sgt and psych NP; RTC 1 wk.')), false);
    assert.equal(expected(birp('H.B.').replace('BIRP\n', 'BIRP\nDeputy: Sgt. D. Haney, #214\n')), false);
  });
  it('a socializing trade among the first fields of the client line is the client\'s (sets 161, 163)', () => {
    const note = (line: string) => `# Couples session\n\n${line}\n\nPlan: next session in 2 weeks.\n`;
    const expected = (text: string) => lint(text, { config: { ...emptyConfig(), secondOpinion: false } }).dimensions.some((d) => d.id === 'occupational-socialization');
    assert.equal(expected(note('Clients: Mrs W. (RN, medical ward, hospital staff) and Mr W. (driver)')), true);
    assert.equal(expected(note('Pt: J.D., paramedic, 12 yrs on the road')), true);
    // Among the line's first fields, a few words before it (set 163): name, age, trade.
    assert.equal(expected(note('Client: Sr R.J., 38, professional nurse, main theatre (scrub)')), true);
    assert.equal(expected(note('Client: A.B., 52, labor & delivery nurse')), true);
    assert.equal(expected(note('Clients: Mrs W. (teacher) and Mr W. (driver); referred by the ward nurse')), false);
    assert.equal(expected(note('Client: J.D., 34, referred by school nurse')), false);
    assert.equal(expected(note('Client: J.D., 34, teacher; husband is a nurse')), false);
  });
});

describe('progress as counts and in the client\'s words', () => {
  const cases: [string, string[]][] = [
    ['She kept the sleep schedule 5 nights out of 7.', ['status', 'measures']],
    ['Client reports 30 days sober.', ['status', 'measures']],
    ['Attended AA 26/30 days.', ['status', 'measures']],
    ['3 bad nights this week vs 4 last week.', ['status', 'measures']],
    ['Anxiety 8/10 at start, 5/10 after.', ['status', 'measures']],
    ['Some reduction in panic since last session.', ['status']],
    ['Client feels she is getting somewhere.', ['status', 'client-view']],
    ['He says he is no better than last month.', ['status', 'client-view']],
    ['Client: "I think I am finally getting somewhere."', ['status', 'client-view']],
    ['Sober since March.', ['status', 'measures']],
  ];
  for (const [text, want] of cases) {
    it(`"${text}" covers ${want.join(' and ')}`, () => {
      const got = covered('progress-monitoring', text);
      for (const w of want) assert.ok(got.includes(w), `${w} in ${got.join(',')}`);
    });
  }
  it('the tail of a date before a label on the next line is no count: "11/19/2024 / Session: 3"', () =>
    assert.deepEqual(covered('progress-monitoring', '**Date:** 11/19/2024\n**Session:** 3').filter((c) => c !== 'measures'), []));
  for (const text of ['I will text when I get there.', 'She is paying off a car loan.', 'Referred to a drop-in center; discussed relapse prevention.', 'She practised box breathing and said she felt calmer.']) {
    it(`"${text}" is no progress`, () => assert.deepEqual(covered('progress-monitoring', text).filter((c) => c !== 'measures'), []));
  }
});

describe('everyday wording', () => {
  const cases: [string, string, string][] = [
    ['individual-assessment', 'coping', 'She goes for a run when stressed and vents to her sister.'],
    ['individual-assessment', 'limitations', 'He has a hard time saying no to his boss.'],
    ['individual-assessment', 'motivation', 'She is fed up with the arguments and on the fence about leaving.'],
    ['rapport-engagement', 'respect', 'Client set the agenda; whether to tell her mother is her choice.'],
    ['rapport-engagement', 'alliance', 'Quiet at first, then spoke openly about the breakup.'],
  ];
  for (const [dim, item, text] of cases) {
    it(`${dim}: "${text}" covers ${item}`, () => assert.ok(covered(dim, text).includes(item)));
  }
  it('a wish is not readiness: "wants to stop feeling on guard"', () =>
    assert.ok(!covered('individual-assessment', 'He wants to stop feeling on guard.').includes('motivation')));
});

describe('relationship events in plain words', () => {
  const triggered = (text: string) => Boolean(lint(text, { type: 'progress' }).dimensions.find((d) => d.id === 'relationship')?.trigger);
  for (const text of [
    'At the end Agnes gave me a small framed watercolor of the lilacs from her garden.',
    'J. gave this clinician a braided bracelet he made in art class.',
    'A. mentioned that J.K. sent her a follow request on Instagram last week.',
    'He asked to follow this clinician on Instagram.',
  ]) {
    it(`"${text}" raises the relationship dimension`, () => assert.ok(triggered(text)));
  }
  for (const text of ['She gave me a copy of her discharge summary.', 'He gave the clinician a call on Friday.', 'Her sister gave her a bracelet.']) {
    it(`"${text}" does not`, () => assert.ok(!triggered(text)));
  }
  it('talking about the relationship and a gift policy document how it was handled', () => {
    const got = covered('relationship', 'I accepted it, in line with the service\'s policy on small tokens, and we talked about what the relationship had meant.');
    assert.ok(got.includes('repair') && got.includes('boundaries'), got.join(','));
  });
});

describe('ruptures and boundaries in plain words', () => {
  const triggered = (text: string) => Boolean(lint(text, { type: 'progress' }).dimensions.find((d) => d.id === 'relationship')?.trigger);
  for (const text of ['He said, "you always take her side in here," and walked away from the laptop.', 'She felt the therapist sided with her husband.', 'He walked out of the session after 20 minutes.']) {
    it(`"${text}" raises the relationship dimension`, () => assert.ok(triggered(text)));
  }
  for (const text of ['The children feel they have to take sides.', 'Her mother always sided with her brother.', 'She stormed out of the house after the argument.']) {
    it(`"${text}" does not`, () => assert.ok(!triggered(text)));
  }
  it('a "Supervisor:" line in a header holds no boundary; taking the case to supervision does', () => {
    assert.ok(!covered('relationship', 'Supervisor: Dr Simon Aldridge, CPsychol.').includes('boundaries'));
    assert.ok(covered('relationship', 'I took this case to supervision twice.').includes('boundaries'));
    assert.ok(covered('relationship', 'She consulted her supervisor before replying.').includes('boundaries'));
  });
});

describe('supervision as something done, not a header', () => {
  it('"Supervisor: Dr A" and a supervision record\'s title are no consultation against bias; taking it to supervision is', () => {
    assert.ok(!covered('bias-safeguards', '**Clinical Supervision Record - individual**\n\n**Supervisor:** Leona Fitch, PsyD').includes('consultation'));
    assert.ok(covered('bias-safeguards', 'I brought my reaction to her faith to supervision.').includes('consultation'));
    assert.ok(covered('bias-safeguards', 'My supervisor suggested I read about scrupulosity.').includes('consultation'));
  });
});

describe('termination needs a way to keep the gains', () => {
  const status = (text: string) => lint(text, { type: 'termination' }).dimensions.find((d) => d.id === 'termination')?.status;
  const base = '# Discharge Summary\n\nDate: 3/14/2026\n\nClient ended services after 10 sessions; goals met (PHQ-9 6, down from 16). He said he feels "kind of relieved" about stopping.';
  it('a reason, goals met and feelings without relapse prevention or maintenance is not enough', () => assert.notEqual(status(base + '\n'), 'addressed'));
  it('with a relapse-prevention plan it is', () => assert.equal(status(base + ' We reviewed his relapse prevention plan and early warning signs.\n'), 'addressed'));
});
