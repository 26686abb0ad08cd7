// What a clinician sees from the identifiers rule in a note meant for sharing: the text each finding flags, and the
// note after fix-all (nothing of the identifier left; a second pass changes nothing).
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index.js';
import { normalLabel } from '../../src/core/rules/identifier-fields.js';
import { IDENTIFYING_FIELDS } from '../../src/core/language/identifying-fields.js';

const SHARED = '---\ntype: supervision\n---\n';

function run(text: string) {
  const findings = lint(text).findings.filter((f) => f.ruleId === 'identifiers');
  const flagged = findings.map((f) => text.slice(f.range.start, f.range.end));
  const fixed = applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix] : [])));
  const again = lint(fixed).findings.filter((f) => f.ruleId === 'identifiers');
  return { flagged, fixed, again: again.map((f) => fixed.slice(f.range.start, f.range.end)) };
}

/** A shared note with `body` under a section, so the title and front matter stay out of the way. */
const note = (body: string) => `${SHARED}# Supervision case note\n\n## Case summary\n\n${body}\n`;

describe('identifiers: labelled fields', () => {
  for (const [body, value, after] of [
    ['**Client:** Maria Lopez-Hernandez', 'Maria Lopez-Hernandez', '**Client:** [name removed]'],
    ['**Client name:** J. Smith', 'J. Smith', '**Client name:** [name removed]'],
    ['**Employer:** St. Jude\'s Regional Hospital', "St. Jude's Regional Hospital", '**Employer:** [employer removed]'],
    ['DOB: 03/14/1988', '03/14/1988', 'DOB: [date removed]'],
    ['Date of birth: March 14, 1988', 'March 14, 1988', 'Date of birth: [date removed]'],
    ['- Guardian: Ms. Rosa Lopez', 'Ms. Rosa Lopez', '- Guardian: [name removed]'],
    ['- School: Lincoln Middle School', 'Lincoln Middle School', '- School: [school removed]'],
    ['Address: 412 Elm Street, Apt 3B', '412 Elm Street, Apt 3B', 'Address: [address removed]'],
    ['Phone #: 217.555.0142 (cell)', '217.555.0142 (cell)', 'Phone #: [phone removed]'],
    ['Email: maria.lopez@example.org', 'maria.lopez@example.org', 'Email: [email removed]'],
    ['Member ID: XG-4471', 'XG-4471', 'Member ID: [record removed]'],
    ['Emergency contact: Rosa Lopez (sister)', 'Rosa Lopez (sister)', 'Emergency contact: [name removed]'],
  ]) {
    it(`${body} -> the whole value`, () => {
      const r = run(note(body));
      assert.deepEqual(r.flagged, [value]);
      assert.ok(r.fixed.includes(`\n${after}\n`), r.fixed);
      assert.deepEqual(r.again, []);
    });
  }

  it('reads several fields on one line, and lines of one paragraph', () => {
    const r = run(note('Name: Maria Lopez  DOB: 03/14/1988 | Phone: (217) 555-0142\n**Employer:** Acme Tools, night shift'));
    assert.deepEqual(r.flagged, ['Maria Lopez', '03/14/1988', '(217) 555-0142', 'Acme Tools, night shift']);
    assert.ok(r.fixed.includes('Name: [name removed]  DOB: [date removed] | Phone: [phone removed]\n**Employer:** [employer removed]\n'));
  });

  it('keeps the time and modality after a date of service', () => {
    const r = run(note('Date: 03/13/2026, 13:00-14:00 (video)'));
    assert.deepEqual(r.flagged, ['03/13/2026']);
    assert.ok(r.fixed.includes('Date: [date removed], 13:00-14:00 (video)'));
  });

  it('removes a name up to the bar or dot that parts it from the next field ("Client: Maria Lopez · 34 · F")', () => {
    const r = run(note('Client: Maria Lopez · 34 · F\nName: Jo Smith | Age 15'));
    assert.deepEqual(r.flagged, ['Maria Lopez', 'Jo Smith']);
    assert.ok(r.fixed.includes('Client: [name removed] · 34 · F\nName: [name removed] | Age 15'));
    assert.deepEqual(r.again, []);
  });

  it('keeps the fields a middle dot or a bullet parts from the date ("Date: 3/6/2025 · 1300–1400 · in person")', () => {
    const r = run(note("- Date: 3/6/2025 · 1300–1400 · in person, supervisor's office"));
    assert.deepEqual(r.flagged, ['3/6/2025']);
    assert.ok(r.fixed.includes("- Date: [date removed] · 1300–1400 · in person, supervisor's office"));
    assert.deepEqual(r.again, []);
  });

  it('reads a table column or a row header as the label', () => {
    const r = run(note('| Name | School |\n| --- | --- |\n| Jo Smith | Lincoln Middle School |\n\n| Field | Value |\n| --- | --- |\n| DOB | 03/14/1988 |'));
    assert.deepEqual(r.flagged, ['Jo Smith', 'Lincoln Middle School', '03/14/1988']);
    assert.ok(r.fixed.includes('| [name removed] | [school removed] |'));
    assert.ok(r.fixed.includes('| DOB | [date removed] |'));
  });

  it('does not flag clinical labels or values that identify nobody', () => {
    for (const body of [
      '**Client response:** Maria engaged well.',
      "**Client's view:** Things are better at home.",
      'Name of measure: PHQ-9',
      'Date: TBD',
      'DOB: 1961',
      '**Client:** a woman in her fifties',
      '**Client:** Female, 34',
      '**Employer:** unemployed',
      'School: attending regularly, grades improving',
      'Insurance: Medicaid',
      'Phone: declined to give',
      'She said the school: it was hard.',
    ]) {
      assert.deepEqual(run(note(body)).flagged, [], body);
    }
  });

  it('lists each label once, as it is matched', () => {
    const labels = IDENTIFYING_FIELDS.flatMap((f) => f.labels);
    assert.equal(new Set(labels.map(normalLabel)).size, labels.length);
    for (const l of labels) assert.equal(normalLabel(l), l, `${l} is written as it is matched`);
  });
});

describe('identifiers: front matter', () => {
  it('flags the date of service, the client and the birth date, and the fix keeps the YAML a string', () => {
    const text = '---\ntype: supervision\nclient: Maria Lopez\ndob: "1988-03-14"\ndate: 2026-03-14 # session\nclinician: Dr. Ana Ruiz, LCSW\n---\n# Supervision case note\n\nText.\n';
    const r = run(text);
    assert.deepEqual(r.flagged, ['Maria Lopez', '"1988-03-14"', '2026-03-14']);
    assert.ok(r.fixed.startsWith('---\ntype: supervision\nclient: "[name removed]"\ndob: "[date removed]"\ndate: "[date removed]" # session\nclinician: Dr. Ana Ruiz, LCSW\n---\n'), r.fixed);
    assert.deepEqual(r.again, []);
    const after = lint(r.fixed).findings.filter((f) => f.ruleId === 'front-matter' || (f.ruleId === 'session-details' && f.missing?.includes('date')));
    assert.deepEqual(after, [], 'the YAML still reads, and the removed date still counts as documented');
  });

  it('reads keys in any spelling and leaves a year alone', () => {
    const r = run('---\nshared: true\ntype: soap\ndate_of_birth: 03/14/1988\nbirthYear: 1988\nsession_date: 1988\n---\n# SOAP note\n');
    assert.deepEqual(r.flagged, ['03/14/1988']);
  });

  it('does not look at notes that stay in the record', () => {
    assert.deepEqual(run('---\ntype: soap\nclient: Maria Lopez\ndate: 2026-03-14\n---\n# SOAP note\n\n**Client:** Maria Lopez\n').flagged, []);
  });
});

describe('identifiers: the title', () => {
  for (const [title, name] of [
    ['# Supervision case note: Maria Lopez', 'Maria Lopez'],
    ['# Progress note - J. Smith', 'J. Smith'],
    ['# Case consultation – Mr. K (DOB withheld)', 'Mr. K'],
  ]) {
    it(`${title} -> ${name}`, () => {
      const r = run(`${SHARED}${title}\n\n## Case summary\n\nText.\n`);
      assert.deepEqual(r.flagged, [name]);
      assert.ok(r.fixed.includes(title.replace(name, '[name removed]')));
      assert.deepEqual(r.again, []);
    });
  }

  it('reads a first line that names the note as its title', () => {
    const r = run(`${SHARED}**Supervision Case Note - Maria Lopez**\n\nText.\n`);
    assert.deepEqual(r.flagged, ['Maria Lopez']);
    assert.ok(r.fixed.includes('**Supervision Case Note - [name removed]**'));
  });

  it('does not take the words that name the session for a name', () => {
    for (const title of ['# Supervision Case Note', '# Group Note - Parenting Group, Session 5', '# Progress note: Initial Assessment', '# SOAP Note | Week 3']) {
      assert.deepEqual(run(`${SHARED}${title}\n\nText.\n`).flagged, [], title);
    }
  });
});

describe('identifiers: street addresses', () => {
  for (const [sentence, address] of [
    ['She lives at 412 Elm Street, Apt 3B with her son.', '412 Elm Street, Apt 3B'],
    ['Moved from 12 Harbour Rd Unit 4 last spring.', '12 Harbour Rd Unit 4'],
    ['Lives at Flat 2, 7 Mill Lane with her partner.', 'Flat 2, 7 Mill Lane'],
    ['Stays at 7 Mill Lane, Leeds LS6 2AB for now.', '7 Mill Lane, Leeds LS6 2AB'],
    ['Lives at 412 Elm St. #3, Springfield, IL 62704 now.', '412 Elm St. #3, Springfield, IL 62704'],
  ]) {
    it(`${address} whole`, () => {
      const r = run(note(sentence));
      assert.deepEqual(r.flagged, [address]);
      assert.ok(r.fixed.includes(sentence.replace(address, '[address removed]')));
    });
  }

  it('keeps the full stop after a street written out', () => {
    const r = run(note('She lives at 412 Elm Street.'));
    assert.deepEqual(r.flagged, ['412 Elm Street']);
  });
});
