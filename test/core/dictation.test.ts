// Dictation whose speech recognition wrote out the punctuation it was told: read as the marks, every offset kept.
import assert from 'node:assert/strict';
import { lint, parseNote } from '../../src/core/index.js';
import { writeSpokenPunctuation } from '../../src/core/note/dictation.js';

const DICTATED = [
  'subjective colon patient states the milk prices are killing us comma he sleeps 4 hours period new paragraph',
  'objective colon appears tired comma speech normal comma affect flat period new paragraph',
  'assessment colon depressive symptoms worse with financial stress comma PHQ 9 is 16 up from 12 period new paragraph',
  'plan colon follow up in two weeks by video comma behavioral activation homework period',
].join('\n');

describe('dictation with spoken punctuation', () => {
  it('is read with its marks, at the same length and on the same lines', () => {
    const read = writeSpokenPunctuation(DICTATED);
    assert.equal(read.length, DICTATED.length);
    assert.deepEqual(read.split('\n').map((l) => l.length), DICTATED.split('\n').map((l) => l.length));
    assert.match(read, /^Subjective: +patient states the milk prices are killing us, +he sleeps 4 hours +\. +\.\nObjective:/);
  });
  it('its spoken section names make the format: "subjective colon ... objective colon ..." is a SOAP note', () => {
    assert.equal(lint(DICTATED).profile.id, 'soap');
  });
  it('a label spoken alone on its line heads the entry below it', () => {
    const note = 'Situation colon\nFound him under the overpass comma cold period\n\nIntervention colon\nMotivational interviewing comma reflected his words period\n\nResponse colon\nAccepted socks comma said he would come period\n\nPlan colon\nReturn Thursday period\n';
    assert.equal(lint(note).profile.id, 'sirp');
  });
  it('the Note keeps the text as written, so that fixes and findings point at what the clinician sees', () => {
    assert.equal(parseNote(DICTATED).text, DICTATED);
  });
  it('a note that only uses the words ("a period of grief") is not dictation', () => {
    const typed = 'Client described a period of grief after the move. She read a quote from her mother.\n';
    assert.equal(writeSpokenPunctuation(typed), typed);
  });
});

describe('a session time on the 24-hour clock', () => {
  for (const line of ['Date of contact 01/28/2025, time 1415 to 1450, in person.', 'Seen 03/02/2026 0900-0950 hrs, in person.']) {
    it(`"${line}" gives the time`, () => {
      const d = lint(`---\ntype: progress\n---\n# Progress note\n\n${line}\n\nClient talked about work.\n`).dimensions.find((x) => x.id === 'session-details')!;
      assert.ok(d.covered.includes('time'), d.covered.join());
    });
  }
  it('a span of years is no session time ("2024-2025 school year")', () => {
    const d = lint('---\ntype: progress\n---\n# Progress note\n\nIn the 2024-2025 school year she changed schools.\n').dimensions.find((x) => x.id === 'session-details')!;
    assert.ok(!d.covered.includes('time'));
  });
});

describe('time in and time out', () => {
  const time = (line: string) => lint(`---\ntype: progress\n---\n# Progress note\n\n${line}\n`).dimensions.find((x) => x.id === 'session-details')!.covered.includes('time');
  it('"Time in: 2:00  Time out: 2:50" is the session\'s time; the couple\'s "time-out" signal is a technique', () => {
    assert.ok(time('Time in: 2:00   Time out: 2:50'));
    assert.ok(!time('Practised the break signal ("time-out") at home.'));
  });
});
