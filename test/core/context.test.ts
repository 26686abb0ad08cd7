// ConText over a sentence: one test group per trigger class (src/core/read/context.ts, the lexicon in
// src/core/language/context-triggers.ts).
import assert from 'node:assert/strict';
import { ContextReader, type ContextJudgement } from '../../src/core/read/context.js';
import { negatedAs } from '../../src/core/read/analysis.js';
import { compileCue, findCue, tokenize } from '../../src/core/read/match.js';
import { contextTriggers } from '../../src/core/language/context-triggers.js';
import { lint } from '../../src/core/index.js';

/** The context of the first occurrence of `cue` in `text`. */
function judge(text: string, cue: string): ContextJudgement {
  const tokens = tokenize(text);
  const c = compileCue(cue);
  const i = findCue(tokens, c);
  assert.ok(i >= 0, `"${cue}" is in "${text}"`);
  return new ContextReader(tokens, text).judge(i, c.parts.length);
}

const negatedBy = (text: string, cue: string) => {
  const j = judge(text, cue);
  return j.negated ?? j.denied ?? j.unexplored;
};

describe('ConText', () => {
  describe('negation', () => {
    it('forward: "denies SI", "no goals were set", "negative for"', () => {
      assert.equal(judge('Client denies SI today.', 'SI').denied?.text, 'denies');
      assert.equal(judge('No goals were set.', 'goals').negated?.text, 'No');
      // A negative screen or test is a screen that was done: read like a denial, not as absence.
      assert.equal(judge('Screen was negative for alcohol use.', 'alcohol use').denied?.text, 'negative for');
      assert.equal(judge('5 of 8 UDS negative.', '8').denied?.text, 'negative');
      assert.equal(judge("She didn't mention her family.", 'family').negated?.text, "didn't");
    });
    it('backward: "SI: denied", "family ... not assessed"', () => {
      assert.equal(judge('SI: denied.', 'SI').denied?.text, 'denied');
      assert.equal(judge('Family, housing and finances were not assessed.', 'family').unexplored?.text, 'not assessed');
      assert.equal(judge('Support system not explored this session.', 'support system').unexplored?.text, 'not explored');
    });
    it('a parent in British, Irish and Scots words is another person: "her mum was a district nurse", "his da (retired polis sergeant)"', () => {
      assert.equal(judge('Her mum was a district nurse.', 'nurse').experiencer, 'other');
      assert.equal(judge('Joined after his da (retired polis sergeant).', 'sergeant').experiencer, 'other');
      assert.equal(judge('She is a district nurse.', 'nurse').experiencer, 'client');
    });
    it('the active voice looks forward only: "rifles on the station - didn\'t ask where they\'re kept" leaves the rifles there', () => {
      assert.equal(judge("There are rifles on the station for stock work - didn't ask where they're kept.", 'rifles').unexplored, undefined);
      assert.equal(judge('Rifles in the house: did not ask about storage.', 'rifles').unexplored, undefined);
      assert.equal(judge('Did not ask about firearms.', 'firearms').unexplored?.text, 'not ask about');
      assert.equal(judge('Access to firearms not asked.', 'firearms').unexplored?.text, 'not asked');
    });
    it('backward after a label: "Transportation/housing: No concerns" says there is nothing to report', () => {
      assert.equal(judge('Transportation/housing: No concerns.', 'transportation').negated?.text, 'No concerns');
      assert.equal(judge('Finances: not an issue at present.', 'finances').negated?.text, 'not an issue');
      assert.equal(negatedBy('Transportation was hard; she raised no concerns about childcare.', 'transportation'), undefined);
    });
    it('"did not assess family" is unexplored, not a plain absence', () => {
      const j = judge('Writer did not assess family today.', 'family');
      assert.ok(j.unexplored);
      assert.equal(j.negated, undefined);
    });
    it('a pseudo-trigger hides its negation word: "no change in sleep", "not only", "goals not met"', () => {
      assert.equal(negatedBy('No change in sleep since last week.', 'sleep'), undefined);
      assert.equal(negatedBy('Not only work stress but also housing.', 'work stress'), undefined);
      assert.equal(negatedBy('Goals were not met this month.', 'goals'), undefined);
      assert.equal(negatedBy('No longer drinking daily.', 'drinking'), undefined);
    });
    it('a backward verdict reaches over an aside in brackets (on one line); a forward one does not', () => {
      const text = 'Her own reactions to the case (her father was made redundant when she was 12) - not discussed today.';
      assert.equal(judge(text, 'own reactions').unexplored?.text, 'not discussed');
      assert.equal(negatedBy('Explained what we do and don\'t do (we cannot speed up the assessment), confidentiality and its limits.', 'confidentiality'), undefined);
    });
    it('a trigger inside the client\'s quotation reaches only their words: she said no, "I\'m not giving them the satisfaction"', () => {
      assert.equal(negatedBy('Asked about thoughts of ending her life - she said no, "I\'m not giving them the satisfaction".', 'ending her life'), undefined);
      assert.ok(judge('Denies "wanting to die" today.', 'wanting to die').denied);
    });
    it('a wide gap between a form\'s fields ends every scope: "GAD-7: 15   PHQ-9: 7   EmetQ: not done"', () => {
      assert.equal(negatedBy('GAD-7: 15 (session 1: 18)   PHQ-9: 7 (session 1: 9)   EmetQ: not done', 'GAD-7'), undefined);
      assert.equal(judge('GAD-7 15, EmetQ not done', 'EmetQ').unexplored?.text, 'not done');
    });
    it('a terminator ends the scope: "denies SI but reports passive thoughts"', () => {
      assert.ok(judge('Denies SI but reports passive thoughts.', 'SI').denied);
      assert.equal(negatedBy('Denies SI but reports passive thoughts.', 'passive thoughts'), undefined);
      assert.equal(negatedBy('No SI; discussed family conflict at length.', 'family conflict'), undefined);
      assert.equal(negatedBy('Denies HI, endorses low mood.', 'low mood'), undefined);
    });
    it('the sentence end and the window end the scope', () => {
      assert.equal(negatedBy('No SI. Family is supportive.', 'family'), undefined);
      assert.equal(negatedBy('No concerns were raised during the long and friendly conversation about her family.', 'family'), undefined);
    });
    it('a trigger inside the cue does not reach the cue: "no progress"', () => {
      assert.equal(negatedBy('There was no progress this month.', 'no progress'), undefined);
    });
  });

  describe('negation as a dimension reads it (negatedAs)', () => {
    const no = (text: string, cue: string, mode: 'any' | 'unexplored' | 'strict') => negatedAs(judge(text, cue), mode);
    it('"any": an absence or a topic nobody looked at is no evidence; a denial is (it is a screen that was done)', () => {
      assert.ok(no('No goals were set.', 'goals', 'any'));
      assert.ok(no('Did not set goals with the client.', 'goals', 'any'));
      assert.ok(no('Session held without consultation.', 'consultation', 'any'));
      assert.ok(no('Goals: not applicable.', 'goals', 'any'));
      assert.ok(!no('Client denies SI.', 'SI', 'any'));
      assert.ok(!no('Goals were not met this month.', 'goals', 'any'));
    });
    it('"unexplored": only a topic nobody looked at; "no family nearby" is an assessed deficit, "denies SI" a screen', () => {
      assert.ok(no('Writer did not assess family.', 'family', 'unexplored'));
      assert.ok(no('Family was not discussed.', 'family', 'unexplored'));
      assert.ok(no('No family discussed today.', 'family', 'unexplored'));
      assert.ok(no('No family or housing concerns were explored.', 'housing', 'unexplored'));
      assert.ok(no('Never asked about housing.', 'housing', 'unexplored'));
      assert.ok(no('Did not yet assess family.', 'family', 'unexplored'));
      assert.ok(!no('No family nearby; lives alone.', 'family', 'unexplored'));
      assert.ok(!no('Client denies SI, HI.', 'SI', 'unexplored'));
      assert.ok(!no('No car, relies on the bus.', 'car', 'unexplored'));
      // An answer with the question beside it: the closing verb is in an aside or a clause of its own.
      assert.ok(!no('No suicidal thoughts (asked).', 'suicidal thoughts', 'unexplored'));
      assert.ok(!no('No suicidal thoughts when asked.', 'suicidal thoughts', 'unexplored'));
      assert.ok(!no('No suicidal thoughts - asked directly.', 'suicidal thoughts', 'unexplored'));
    });
    it('"strict" (a trigger that raises a dimension): a denial too', () => {
      assert.ok(no('Client denies missing sessions.', 'missing sessions', 'strict'));
      assert.ok(no('Client has not missed sessions.', 'missed sessions', 'strict'));
      assert.ok(!no('Client missed two sessions.', 'missed', 'strict'));
    });
    it('"note", "noted" are no "not": "Progress note 18 March 2026", "Client noted family support"', () => {
      assert.ok(!no('Progress note 18 March 2026', 'March', 'any'));
      assert.ok(!no('Client noted family support.', 'family', 'unexplored'));
      assert.ok(!no('Notes family support.', 'family', 'any'));
    });
  });

  describe('time and certainty', () => {
    it('deferred: "we will set goals at the next session", "will assess family next time"', () => {
      assert.equal(judge('We will set goals at the next session.', 'goals').deferred?.text, 'will set');
      assert.ok(judge('Will assess family next time.', 'family').deferred);
      assert.ok(judge('Treatment goals to be established.', 'goals').deferred);
      assert.ok(judge('Family history deferred.', 'family').deferred);
      // "We'll come back to her goals once the meeting is by", "Mentioned church; will come back to this."
      assert.ok(judge("We'll come back to her goals once the disruption meeting is by.", 'goals').deferred);
      assert.ok(judge('Church mentioned, will come back to this.', 'church').deferred);
      assert.equal(judge('She has come back to church since May.', 'church').deferred, undefined);
    });
    it('the client\'s own intention is a goal, not a deferral: "Client will establish a bedtime routine"', () => {
      assert.equal(judge('Client will establish a bedtime routine.', 'bedtime routine').deferred, undefined);
      assert.equal(judge('Client reported less conflict with family.', 'family').deferred, undefined);
    });
    it('undecided: a next step left open ("F/U: TBD", "to be determined", "f/u prn", "at some point", "when she knows")', () => {
      assert.ok(judge('F/U: TBD, depends on his hitch schedule.', 'f/u').undecided);
      assert.ok(judge('Next steps to be determined after his meeting with the adjuster.', 'next steps').undecided);
      assert.equal(judge('See how he goes. F/u prn.', 'f/u').undecided?.text, 'prn');
      assert.ok(judge('Will revisit the relapse-prevention plan at some point.', 'revisit').undecided);
      assert.ok(judge("We'll sort out the next appointment when she knows her shifts.", 'next appointment').undecided);
      // A step that is set stays set, and "prn" reaches only what stands right before it.
      assert.equal(judge('Next session 10/16 at 10:00.', 'next session').undecided, undefined);
      assert.equal(judge('Continue weekly sessions and use the skills card as needed.', 'weekly sessions').undecided, undefined);
      assert.equal(judge('Next session Thursday; she will ring if she needs to change it.', 'next session').undecided, undefined);
    });
    it('hypothetical: "if", "should she"', () => {
      assert.equal(judge('If she relapses she will call her sponsor.', 'relapse').hypothetical?.text, 'If');
      assert.ok(judge('Should she feel unsafe, she will go to the ER.', 'unsafe').hypothetical);
      assert.equal(judge('Asked if she drinks.', 'drink').hypothetical, undefined);
      // A question put to the client asserts nothing it names.
      assert.ok(judge("Are you having any thoughts of harming yourself or that you'd be better off not here?", 'better off').hypothetical);
      assert.equal(judge('She said she is better off not here.', 'better off').hypothetical, undefined);
    });
    it('historical: "history of", "in the past", "previously"', () => {
      assert.equal(judge('History of alcohol use disorder.', 'alcohol').historical?.text, 'History of');
      assert.ok(judge('She was previously employed as a nurse.', 'nurse').historical);
      assert.ok(judge('Self-harm in the past, none this year.', 'self harm').historical);
      assert.equal(judge('She works as a nurse.', 'nurse').historical, undefined);
      assert.equal(judge('Reviewed homework from the previous session.', 'homework').historical, undefined);
    });
    it('"currently" ends a historical scope', () => {
      assert.equal(judge('History of panic attacks, currently working nights.', 'working').historical, undefined);
    });
    it('exercise: a rating taken around an exercise in the session ("before and after", "at peak", "across trials")', () => {
      assert.equal(judge('Client rated anxiety before and after the breathing: 7, then 4.', 'rated').exercise?.text, 'before and after');
      assert.ok(judge('SUDS during spinning 70, 55, 40 across trials.', 'SUDS').exercise);
      assert.ok(judge('Rated tension 6/10 before and 3/10 after.', 'rated').exercise);
      assert.equal(judge('Rated her mood 6/10 this week, 4/10 last week.', 'rated').exercise, undefined);
      assert.equal(judge('Rated her mood 6/10. She did the breathing before and after work.', 'rated').exercise, undefined);
    });
    it('a bidirectional trigger among the words a pattern matched reaches them ("6/10 at peak, 3/10")', () => {
      const text = 'Cl rated anxiety 6/10 at peak, 3/10 after 2 min.';
      const tokens = tokenize(text);
      const i = tokens.findIndex((t) => t.word === '6');
      const last = tokens.findIndex((t, k) => k > i && t.word === '3');
      assert.equal(new ContextReader(tokens, text).judge(i, last - i + 1).exercise?.text, 'at peak');
    });
  });

  describe('experiencer', () => {
    it('another person: "her brother is a firefighter", "her father\'s drinking", "partner reports he"', () => {
      const j = judge('Her brother is a firefighter.', 'firefighter');
      assert.equal(j.experiencer, 'other');
      assert.equal(j.other?.text, 'brother');
      assert.equal(judge("She is worried about her father's drinking.", 'drinking').experiencer, 'other');
      assert.equal(judge('Partner reports he drinks most nights.', 'drinks').experiencer, 'other');
      assert.equal(judge("Mother's alcohol use was discussed.", 'alcohol').experiencer, 'other');
    });
    it('the client: "client\'s drinking", a comma or the client word ends the other person\'s scope', () => {
      assert.equal(judge("Client's drinking has increased.", 'drinking').experiencer, 'client');
      assert.equal(judge('She lives with her brother, works as a firefighter.', 'firefighter').experiencer, 'client');
      assert.equal(judge('Her mother visited and client reported drinking less.', 'drinking').experiencer, 'client');
      assert.equal(judge('She is a firefighter.', 'firefighter').experiencer, 'client');
    });
  });

  describe('the lexicon', () => {
    it('every entry compiles to words and starts with a whole word', () => {
      for (const t of contextTriggers) {
        const c = compileCue(t.term);
        assert.ok(c.parts.length > 0, t.term);
        assert.ok(!c.parts[0].prefix, t.term);
        assert.ok(!t.pseudo || t.direction !== 'terminate', t.term);
        assert.ok(t.category !== 'all' || t.direction === 'terminate', t.term);
      }
    });
    it('judging every word of a long text stays linear', () => {
      const sentence = 'Client denies SI but her brother will assess if no change in the past history of drinking; ';
      const text = sentence.repeat(4000);
      const tokens = tokenize(text);
      const t0 = performance.now();
      const reader = new ContextReader(tokens, text);
      for (let i = 0; i < tokens.length; i++) reader.judge(i, 1);
      assert.ok(performance.now() - t0 < 3000, `${tokens.length} words judged in ${Math.round(performance.now() - t0)} ms`);
    });
  });

  describe('in the lint', () => {
    const note = (extra: string) =>
      `# Progress Note\n\nDate: 3/14/2026\n\n## Session\nClient attended a 50-minute individual session in person. Discussed sleep and work stress. ${extra}\n`;
    const rules = (extra: string) => lint(note(extra)).findings.filter((f) => f.status).map((f) => f.ruleId);
    it('another person\'s occupation or missed sessions raise no requirement; the client\'s do', () => {
      assert.ok(rules('She is a firefighter.').includes('occupational-socialization'));
      assert.ok(!rules('Her brother is a firefighter.').includes('occupational-socialization'));
      assert.ok(rules('She missed two sessions.').includes('engagement-plan'));
      assert.ok(rules('She has not been keeping the diary and did not bring the log.').includes('engagement-plan'));
      assert.ok(!rules('Her sister missed sessions at her own therapy.').includes('engagement-plan'));
      assert.ok(!rules('If she misses sessions again we will review the contract.').includes('engagement-plan'));
      // Absences as a register writes them.
      for (const t of ['Did not attend 18/11 - no contact.', 'Absent Mon 3/3 (called in sick).', 'P.L.: second consecutive absence, no call.', 'Attendance: | FO | DNA |']) {
        assert.ok(rules(t).includes('engagement-plan'), t);
      }
      assert.ok(!rules('She did not attend her cousin\'s wedding. DNA results are back from the ancestry kit.').includes('engagement-plan'));
      // Absences counted in weeks, or with no word from the member; late arrivals counted ("no apology" denies the apology
      // alone).
      for (const t of ['K.T. (count room): absent, 2nd week in a row. Will call.', 'L.M. (2nd week absent, no contact).', 'R.M.: no apology, third week running not here.', 'Ms N.N. absent, no apology.', 'Arrived at 5:55, 25 min late (third late arrival in past four groups).']) {
        assert.ok(rules(t).includes('engagement-plan'), t);
      }
      // A phone or video session not picked up.
      assert.ok(rules('NOTE: CLIENT DID NOT ANSWER 2 SCHEDULED CALLS (04-29, 05-13). VM LEFT.').includes('engagement-plan'));
      assert.ok(!rules('He did not answer calls from work.').includes('engagement-plan'));
      for (const t of ['He has been absent from work for the second week.', 'Her son is absent from school for the third week running.', 'Absent: J.C. (excused, surgery).']) {
        assert.ok(!rules(t).includes('engagement-plan'), t);
      }
    });
    it('negation is read for pattern matches as for cues', () => {
      // "missed ... sessions" is a pattern of engagement-plan's trigger.
      assert.ok(rules('She missed her last two sessions.').includes('engagement-plan'));
      assert.ok(rules('Two missed depot clinic appointments since the last review.').includes('engagement-plan'));
      assert.ok(!rules('She has not really missed sessions this month.').includes('engagement-plan'));
      assert.ok(!rules('She denies having skipped any group sessions.').includes('engagement-plan'));
    });
    it('work named by where it is done, or a session across a language or cultural line, calls for bias safeguards', () => {
      assert.ok(rules('She went back on the ambulance for two day shifts.').includes('occupational-socialization'));
      assert.ok(rules('Session held through an interpreter (Dari).').includes('bias-safeguards'));
      assert.ok(rules('As a non-Indigenous clinician I asked how she would like to work.').includes('bias-safeguards'));
      assert.ok(!rules('She called an ambulance for her neighbour.').includes('occupational-socialization'));
      // A header that names the interpreter, and the client naming who the clinician is.
      assert.ok(rules('Interpreter: F. Sultani, Dari, in person.').includes('bias-safeguards'));
      assert.ok(rules('Weekly sessions with an in-person Dari interpreter.').includes('bias-safeguards'));
      assert.ok(!rules('Interpreter: none needed.').includes('bias-safeguards'));
      // A second language in the room, client and clinician named side by side as of different peoples, the client
      // asking what the clinician believes.
      assert.ok(rules('Session in Spanish; writer is a second-language Spanish speaker.').includes('bias-safeguards'));
      assert.ok(rules('Note: student is iTaukei; counsellor Indo-Fijian.').includes('bias-safeguards'));
      assert.ok(rules('He asked me whether I "believe in these things".').includes('bias-safeguards'));
      assert.ok(!rules('Client is tearful; counsellor calm and slow.').includes('bias-safeguards'));
      assert.ok(!rules('He asked me whether I believe the medication works.').includes('bias-safeguards'));
      assert.ok(rules('He asked, "You are American - do you understand what family means to us?"').includes('bias-safeguards'));
      assert.ok(rules('She said, "You can\'t understand this, you grew up here."').includes('bias-safeguards'));
      assert.ok(!rules('I told her, "You are not selfish for resting."').includes('bias-safeguards'));
      assert.ok(!rules('He worked as an interpreter for six years.').includes('bias-safeguards'));
    });
    it('listed protective factors are supports the client can draw on (strengths)', () => {
      const t = '# Intake\n\nDate: 3/14/2026\n\nProtective factors: her sister, her partner, future orientation. She has overcome a depressive episode before.\n';
      assert.ok(lint(t).dimensions.find((d) => d.id === 'strengths')!.covered.includes('supports'));
    });
    it('a disclosure calls for a risk assessment; a denial or a screen is one', () => {
      assert.ok(rules('She uses TIPP when urges to self-harm are at 3/5 or higher.').includes('risk-assessment'));
      assert.ok(rules('Client reports passive SI this week.').includes('risk-assessment'));
      assert.ok(rules('Hx of overdose in 2019.').includes('risk-assessment'));
      assert.ok(!rules('Denies SI/HI.').includes('risk-assessment'));
      assert.ok(!rules('He has made no statements about wanting to hurt himself or others.').includes('risk-assessment'));
      assert.ok(!rules('Screened for SI with the C-SSRS; she endorsed passive thoughts.').includes('risk-assessment'));
      assert.ok(!rules('Client reports passive SI, no plan or intent; risk low.').includes('risk-assessment'));
    });
    it('a plan that leaves the next step open is no plan: "F/U: TBD", "see how he goes, f/u prn"', () => {
      assert.ok(rules('Plan: see how he goes. F/u prn.').includes('plan'));
      assert.ok(rules('Plan: Next steps TBC once she hears back from the bank.').includes('plan'));
      assert.ok(!rules('Plan: Next session 3/21 at 10:00. She will log sleep nightly and bring the log.').includes('plan'));
    });
    it('a wish to die said sideways calls for a screen that follows it', () => {
      const said = [
        'She said, "Some nights I think it would be easier if I just didn\'t wake up."',
        'He said everyone would be better off if he wasn\'t around; "they\'d be better off if I wasn\'t here."',
        '"I\'d rather be dead than live with this bag," she said.',
        'He said, "I might as well be dead."',
        '"Some nights I think I\'ll just walk down to the water and keep going."',
        '"Since the fall there\'s no point to any of it."',
      ];
      for (const t of said) assert.ok(rules(`Denies SI/HI. ${t}`).includes('risk-assessment'), t);
      assert.ok(!rules('"I\'d rather die than miss her recital," she laughed. Asked directly: denies SI, no thoughts of death; risk low.').includes('risk-assessment'));
      assert.ok(!rules('Denies SI/HI. He said the team would be better off if he delegated more.').includes('risk-assessment'));
    });
    it('a measure planned for later is no progress measured: "PHQ-9 next sess"', () => {
      const covered = (t: string) => lint(note(t)).dimensions.find((d) => d.id === 'progress-monitoring')!.covered;
      assert.ok(!covered('Plan: PHQ-9 next sess.').includes('measures'));
      assert.ok(covered('PHQ-9 today 12, down from 17 at intake.').includes('measures'));
    });
    it('goals set for later are no goals yet', () => {
      assert.ok(rules('We will set goals at the next session.').includes('goals'));
      assert.ok(!rules('Goal: client will walk 20 minutes 3 times a week for 4 weeks.').includes('goals'));
    });
  });
});
