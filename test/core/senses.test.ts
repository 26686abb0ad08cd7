// Word senses a trigger needs (data: src/core/language/word-senses.ts; matcher: src/core/read/senses.ts).
import assert from 'node:assert/strict';
import { otherSense } from '../../src/core/read/senses.js';
import { compileCue, findCue, tokenize } from '../../src/core/read/match.js';
import { wordSenses } from '../../src/core/language/word-senses.js';
import { catalog, lint } from '../../src/core/index.js';
import schema from '../../src/core/config/schema.json' with { type: 'json' };

/** The sense (of `senses`) in which `text` uses the first occurrence of `cue`, if any. */
function senseOf(text: string, cue: string, senses: string[]): string | undefined {
  const tokens = tokenize(text);
  const c = compileCue(cue);
  const i = findCue(tokens, c);
  assert.ok(i >= 0, `"${cue}" is in "${text}"`);
  return otherSense(tokens, text, i, c.parts.length, senses)?.sense;
}

const OCCUPATION = ['person-met', 'other-trade', 'fiction'];

describe('word senses', () => {
  describe('"miss": a feeling about ending, not a missed appointment', () => {
    const miss = (text: string, cue = 'miss') => senseOf(text, cue, ['miss-as-feeling']);
    it('"she will miss our sessions", "I\'ll miss you", "will really miss", "will be missing"', () => {
      assert.equal(miss('She said she will miss our sessions.'), 'miss-as-feeling');
      assert.equal(miss("I'll miss you, she said.", 'miss'), 'miss-as-feeling');
      assert.equal(miss('She will really miss coming here.'), 'miss-as-feeling');
      assert.equal(miss('She is sad she will be missing our sessions.', 'missing'), 'miss-as-feeling');
      assert.equal(miss('She misses talking with the group.', 'misses'), 'miss-as-feeling');
    });
    it('a missed appointment stays one: "missed two sessions", "missed our session last week"', () => {
      assert.equal(miss('She missed two sessions this month.', 'missed'), undefined);
      assert.equal(miss('She missed our session last week.', 'missed'), undefined);
      assert.equal(miss('She will have missed three sessions by then.', 'missed'), undefined);
      assert.equal(miss('She will. Missed sessions are a concern.', 'missed'), undefined);
    });
  });

  describe('occupation words: a person the client meets, not the client\'s work', () => {
    const occ = (text: string, cue: string) => senseOf(text, cue, OCCUPATION);
    it('"the nurse at the clinic said", "her pastor", "the police officer said", "paramedics transported her"', () => {
      assert.equal(occ('The nurse at the clinic said her labs were fine.', 'nurse'), 'person-met');
      assert.equal(occ('She met with her pastor on Sunday.', 'pastor'), 'person-met');
      assert.equal(occ('A police officer said she was calm.', 'police officer'), 'person-met');
      assert.equal(occ('Paramedics transported her to the ER.', 'paramedic'), 'person-met');
      assert.equal(occ('Law enforcement was called.', 'law enforcement'), 'person-met');
      assert.equal(occ('She filed a police report.', 'police'), 'person-met');
      assert.equal(occ('ED charge nurse called and was informed.', 'nurse'), 'person-met');
      assert.equal(occ('She saw the hospital chaplain.', 'chaplain'), 'person-met');
    });
    it('the client\'s own work keeps its sense: "is a nurse", "works as the chaplain", "her firefighter colleagues"', () => {
      assert.equal(occ('She is a nurse.', 'nurse'), undefined);
      assert.equal(occ('She works as the chaplain of a hospice.', 'chaplain'), undefined);
      assert.equal(occ('She is the only female firefighter at her station.', 'firefighter'), undefined);
      assert.equal(occ('She joined the police department in 2015.', 'police department'), undefined);
      assert.equal(occ('She talked about her firefighter colleagues.', 'firefighter'), undefined);
      assert.equal(occ('She works as a school nurse.', 'nurse'), undefined);
      assert.equal(occ('She is a nurse, said she is exhausted.', 'nurse'), undefined);
    });
  });

  describe('roles the client mostly meets: the client\'s work only where the note ties it to the client', () => {
    const occ = (text: string, cue: string) => senseOf(text, cue, OCCUPATION);
    it('"a pastor he trusts", "K.\'s pastor", "Ask pastor about the room", "surgeon at Orange reviewed him", "both physicians"', () => {
      assert.equal(occ('Strengths: a cousin and a pastor he trusts.', 'pastor'), 'person-met');
      assert.equal(occ("A co-officiated ceremony (K.'s pastor and a rabbi).", 'pastor'), 'person-met');
      assert.equal(occ('Ask pastor about the room rental by Sunday.', 'pastor'), 'person-met');
      assert.equal(occ('Rotator cuff repair in June; surgeon at Orange reviewed him Monday.', 'surgeon'), 'person-met');
      assert.equal(occ('His parents, both physicians, "expect an A".', 'physicians'), 'person-met');
      assert.equal(occ('Contacts: sister, neighbour, pastor, 988.', 'pastor'), 'person-met');
    });
    it('"Caleb is a youth pastor", "an orthopedic surgeon in a hospital group" after a comma, "works as a hospital chaplain"', () => {
      assert.equal(occ('Caleb is a youth pastor at a large church.', 'pastor'), undefined);
      assert.equal(occ('Evelyn A. is 47, an orthopedic surgeon in a hospital group.', 'surgeon'), undefined);
      assert.equal(occ('Client R, 58, a Pentecostal pastor, seen for low mood.', 'pastor'), undefined);
      assert.equal(occ('She works as a hospital chaplain.', 'chaplain'), undefined);
      assert.equal(occ('Talked about his detective training.', 'detective'), undefined);
    });
  });

  describe('occupation words: another trade, an idiom, a family', () => {
    const occ = (text: string, cue: string) => senseOf(text, cue, OCCUPATION);
    it('"truck dispatcher", "marine biologist", "veteran teacher", "deputy director", "prime minister", "loan officer"', () => {
      assert.equal(occ('She works as a truck dispatcher.', 'dispatcher'), 'other-trade');
      assert.equal(occ('She works as a marine biologist.', 'marine'), 'other-trade');
      assert.equal(occ('She is a veteran teacher.', 'veteran'), 'other-trade');
      assert.equal(occ('He works as deputy director of a charity.', 'deputy'), 'other-trade');
      assert.equal(occ('She complained about Prime Minister Jones.', 'minister'), 'other-trade');
      assert.equal(occ('She is a loan officer in the bank.', 'officer'), 'other-trade');
      assert.equal(occ('Her son is a real trooper about it.', 'trooper'), 'other-trade');
      assert.equal(occ('She grew up in a military family.', 'military'), 'other-trade');
    });
    it('the socializing occupation keeps its sense: "911 dispatcher", "the Marines", "combat veteran", "minister"', () => {
      assert.equal(occ('She is a 911 dispatcher.', 'dispatcher'), undefined);
      assert.equal(occ('He served in the Marines.', 'marine'), undefined);
      assert.equal(occ('He is a combat veteran of the Iraq war.', 'veteran'), undefined);
      assert.equal(occ('She is a minister of a Methodist church.', 'minister'), undefined);
      assert.equal(occ('He is a state trooper.', 'trooper'), undefined);
    });
    it('fiction: "detective novels", "cop shows"', () => {
      assert.equal(occ('She enjoys detective novels.', 'detective'), 'fiction');
      assert.equal(occ('He watches cop shows at night.', 'cop'), 'fiction');
      assert.equal(occ('She is a detective.', 'detective'), undefined);
    });
  });

  describe('words of the workplace: taking on duties, a manager overseeing the work', () => {
    it('"assumption of full duties" and "the manager\'s supervision of the round"; not "my assumption that" or "took it to supervision"', () => {
      assert.equal(senseOf('Assumption of full duties depends on the week 6 review.', 'assumption', ['taking-on']), 'taking-on');
      assert.equal(senseOf('I noticed my assumption that he would overdo it.', 'assumption', ['taking-on']), undefined);
      assert.equal(senseOf("The manager's supervision of the round should include a check-in.", 'supervision', ['work-oversight']), 'work-oversight');
      assert.equal(senseOf('I took this case to supervision.', 'supervision', ['work-oversight']), undefined);
    });
  });
  describe('the data', () => {
    it('every entry has words, and every phrase reads as words', () => {
      for (const s of wordSenses) {
        assert.ok(s.words.length > 0, s.reading);
        for (const p of [...s.words, ...(s.before ?? []), ...(s.after ?? []), ...(s.keepBefore ?? []), ...(s.keepAfter ?? [])]) {
          assert.ok(tokenize(p).length > 0, `${s.sense}: "${p}"`);
        }
      }
    });
    it('every sense a trigger names exists', () => {
      const known = new Set(wordSenses.map((s) => s.sense));
      for (const d of catalog) for (const t of d.triggers ?? []) for (const s of t.senses ?? []) assert.ok(known.has(s), `${d.id}/${t.id}: ${s}`);
      for (const d of catalog) for (const s of d.senses ?? []) assert.ok(known.has(s), `${d.id}: ${s}`);
      // A config dimension names senses from the same list.
      assert.deepEqual([...schema.definitions.dimension.properties.senses.items.enum].sort(), [...known].sort());
    });
    it('checking every word of a long text stays linear', () => {
      const text = 'The nurse said she will really miss you, truck dispatcher, detective novels. '.repeat(4000);
      const tokens = tokenize(text);
      const t0 = performance.now();
      for (let i = 0; i < tokens.length; i++) otherSense(tokens, text, i, 1, [...OCCUPATION, 'miss-as-feeling']);
      assert.ok(performance.now() - t0 < 3000, `${tokens.length} words in ${Math.round(performance.now() - t0)} ms`);
    });
  });

  describe('in the lint', () => {
    const note = (extra: string) =>
      `# Progress Note\n\nDate: 3/14/2026\n\n## Session\nClient attended a 50-minute individual session in person. Discussed sleep and work stress. ${extra}\n`;
    const rules = (extra: string) => lint(note(extra)).findings.filter((f) => f.status).map((f) => f.ruleId);
    it('a feeling about ending raises no engagement plan; a missed appointment does', () => {
      assert.ok(!rules('She said she will miss session time with me.').includes('engagement-plan'));
      assert.ok(!rules('She is sad that she will be missing our sessions.').includes('engagement-plan'));
      assert.ok(rules('She missed session last week.').includes('engagement-plan'));
    });
    it('relapse prevention\'s "high-risk situations" is no risk assessment; a stated risk level is', () => {
      assert.equal(senseOf('Added family parties as a high-risk situation.', 'risk', ['relapse-risk']), 'relapse-risk');
      assert.equal(senseOf('Discussed her risk of relapse over the holidays.', 'risk', ['relapse-risk']), 'relapse-risk');
      assert.ok(rules('Reviewed relapse-prevention plan; added family parties as a high-risk situation.').includes('risk-assessment'));
      assert.ok(!rules('Suicide risk is low; no plan or intent.').includes('risk-assessment'));
    });
    it('"she will miss our sessions" is a feeling about ending in a termination summary', () => {
      const t = '# Termination summary\n\nDate: 3/14/2026\n\nReason for ending: goals met; PHQ-9 from 18 to 6. She said she will miss our sessions. Follow-up session offered in one month.\n';
      assert.ok(lint(t).dimensions.find((d) => d.id === 'termination')!.covered.includes('feelings'));
    });
    it('"reason for referral", "referred by her GP" tell how services began, not an onward referral', () => {
      for (const t of ['Reason for referral: low mood.', 'She was referred by her family physician.', 'Self-referred after a friend\'s suggestion.']) {
        assert.equal(senseOf(t, /referred/i.test(t) ? 'referred' : 'referral', ['referral-source']), 'referral-source', t);
      }
      assert.equal(senseOf('She was referred to the caregiver support group.', 'referred', ['referral-source']), undefined);
      assert.equal(senseOf('Referral to a grief group was made.', 'referral', ['referral-source']), undefined);
    });
    it('mental status terms: "thought process goal-directed" is no goal, "speech normal rate" no rating', () => {
      assert.equal(senseOf('Thought process linear and goal-directed.', 'goal', ['mental-status']), 'mental-status');
      assert.equal(senseOf('Speech normal rate and volume.', 'rate', ['mental-status']), 'mental-status');
      assert.equal(senseOf('She rated her anxiety 4/10.', 'rated', ['mental-status']), undefined);
      assert.equal(senseOf('Goal 1 is to walk daily.', 'goal', ['mental-status']), undefined);
    });
    it('"Progress Note" and "drug court progress report" name documents, not the client\'s progress', () => {
      assert.equal(senseOf('**Progress Note** Date: 09/16/2025', 'progress', ['document-name']), 'document-name');
      assert.equal(senseOf('Included in the weekly drug court progress report.', 'progress', ['document-name']), 'document-name');
      assert.equal(senseOf('She made progress on her sleep goal.', 'progress', ['document-name']), undefined);
    });
    it('a plan, a medication or a risk level kept as it was is no progress: "safety plan reviewed, no changes needed"', () => {
      const kept = (text: string, cue: string) => senseOf(text, cue, ['kept-as-it-was']);
      assert.equal(kept('Safety plan reviewed, no changes needed.', 'no changes'), 'kept-as-it-was');
      assert.equal(kept('Meds unchanged per psychiatry.', 'unchanged'), 'kept-as-it-was');
      assert.equal(kept('No change in risk since intake (low).', 'no change'), 'kept-as-it-was');
      assert.equal(kept('Panic attacks: no change since last month.', 'no change'), undefined);
      assert.equal(kept('Sleep unchanged at 5 hours.', 'unchanged'), undefined);
    });
    it('"date of closure" is the file\'s closing, not the client\'s sense of closure', () => {
      assert.equal(senseOf('Date of closure: 04/30/2024.', 'closure', ['case-closure']), 'case-closure');
      assert.equal(senseOf('A case closure letter was sent.', 'closure', ['case-closure']), 'case-closure');
      assert.equal(senseOf('She said the last session gave her a sense of closure.', 'closure', ['case-closure']), undefined);
    });
    it('an occupation word in another sense raises no occupational socialization; the client\'s occupation does', () => {
      for (const s of ['Her surgeon said the knee has healed.', 'She saw an orthopedic surgeon last week.', 'The nurse at the clinic said her labs were fine.', 'She works as a truck dispatcher.', 'She enjoys detective novels.', 'Law enforcement was called.', 'She works as a marine biologist.']) {
        assert.ok(!rules(s).includes('occupational-socialization'), s);
      }
      for (const s of ['She is a nurse.', 'She works as an ICU nurse.', 'She is a 911 dispatcher.', 'She is a firefighter.', 'Client is a 47-year-old married woman, an orthopedic surgeon in a large hospital group.']) {
        assert.ok(rules(s).includes('occupational-socialization'), s);
      }
    });
  });
});
