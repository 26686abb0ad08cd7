// `clinote draft`, end to end in-process as the other CLI tests run it: list, draft to stdout and to a file,
// workspace templates, bad input (exit 2, nothing written), --share.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cli, tempTree } from './helpers.js';
import { CASELOAD } from '../support/draft.js';
import { lint } from '../../src/core/index.js';

describe('cli: clinote draft', () => {
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => {
    t = tempTree({});
    cpSync(CASELOAD, path.join(t.dir, 'notes'), { recursive: true });
  });
  afterEach(() => t.dispose());

  it('--list shows each template with its description and type', async () => {
    const r = await cli(['draft', '--list'], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^discharge-summary +Termination \/ discharge summary.*\[type: termination\]$/m);
    assert.equal(r.stdout.trim().split('\n').length, 4);
    assert.deepEqual(await cli(['templates'], t.dir), r);
  });

  it('drafts a discharge summary to stdout, marked "from notes", that clinote lint reads as a termination summary', async () => {
    const r = await cli(['draft', 'discharge-summary', 'notes', '--client', 'AB12', '--today', '2026-04-01'], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^---\ntype: termination\nclient: AB12\ndate: 2026-04-01\n/);
    assert.match(r.stdout, /\| PHQ-9 \| 2026-01-05 \| 18 \| notes\/ab12\/2026-01-05\.md line 11 \|/);
    assert.match(r.stderr, /from 7 notes; \d+ questions left for you/);
    assert.equal(lint(r.stdout).profile.id, 'termination');
  });

  it('-o writes a new file, never over an existing one; the draft is not read back as a note', async () => {
    const first = await cli(['draft', 'treatment-plan-review', 'notes', '--client', 'AB12', '-o', 'notes/ab12/review.md'], t.dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, '');
    const written = readFileSync(path.join(t.dir, 'notes/ab12/review.md'), 'utf8');
    assert.match(written, /^---\ntype: treatment-plan-review\n/);
    assert.match(first.stderr, /check it with: clinote lint notes\/ab12\/review\.md/);
    const again = await cli(['draft', 'treatment-plan-review', 'notes', '--client', 'AB12', '-o', 'notes/ab12/review.md'], t.dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(path.join(t.dir, 'notes/ab12/review.md'), 'utf8'), written);
    // Drafting again from the folder leaves the draft out: still 7 notes.
    const third = await cli(['draft', 'treatment-plan-review', 'notes', '--client', 'AB12', '-o', 'other.md'], t.dir);
    assert.match(third.stderr, /from 7 notes/);
  });

  it('-o writes each measure\'s chart beside the draft, linked from it; stdout says charts need -o', async () => {
    const r = await cli(['draft', 'discharge-summary', 'notes', '--client', 'AB12', '--today', '2026-04-01', '-o', 'out/report.md'], t.dir);
    assert.equal(r.code, 2, 'the output folder must exist');
    mkdirSync(path.join(t.dir, 'out'));
    const ok = await cli(['draft', 'discharge-summary', 'notes', '--client', 'AB12', '--today', '2026-04-01', '-o', 'out/report.md'], t.dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /2 charts beside it: report-phq-9\.svg, report-gad-7\.svg/);
    const md = readFileSync(path.join(t.dir, 'out/report.md'), 'utf8');
    for (const m of ['phq-9', 'gad-7']) {
      assert.ok(md.includes(`](report-${m}.svg)`), m);
      assert.match(readFileSync(path.join(t.dir, `out/report-${m}.svg`), 'utf8'), /^<svg [^>]*role="img"[\s\S]*<title id="chart-[\w-]+-title">[A-Z\d-]+ over time<\/title>/);
    }
    assert.deepEqual(readdirSync(path.join(t.dir, 'out')).sort(), ['report-gad-7.svg', 'report-phq-9.svg', 'report.md']);
    // A chart's file in the way: nothing is written, nothing replaced.
    writeFileSync(path.join(t.dir, 'out/second-gad-7.svg'), 'mine');
    const blocked = await cli(['draft', 'discharge-summary', 'notes', '--client', 'AB12', '-o', 'out/second.md'], t.dir);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /out\/second-gad-7\.svg already exists/);
    assert.equal(readFileSync(path.join(t.dir, 'out/second-gad-7.svg'), 'utf8'), 'mine');
    assert.ok(!existsSync(path.join(t.dir, 'out/second.md')) && !existsSync(path.join(t.dir, 'out/second-phq-9.svg')));
    // To stdout: no image link, and a word on stderr.
    const printed = await cli(['draft', 'discharge-summary', 'notes', '--client', 'AB12'], t.dir);
    assert.doesNotMatch(printed.stdout, /!\[/);
    assert.match(printed.stderr, /charted only in a draft written to a file: use -o FILE/);
  });

  it('a measure the config declares is gathered and charted; a bad declaration is said on stderr, and left out', async () => {
    const config = { measures: [
      { name: 'Panic frequency', min: 0, max: 40, bands: [{ from: 0, to: 2, label: 'rare' }, { from: 3, to: 40, label: 'frequent' }] },
      { name: 'SUDS', min: 0, max: 100, bands: [{ from: 0, to: 30, label: 'low' }, { from: 40, to: 100, label: 'high' }] },
    ] };
    writeFileSync(path.join(t.dir, '.clinote.json'), JSON.stringify(config, null, 2));
    for (const [f, n] of [['first', 9], ['second', 4]] as const) {
      const file = path.join(t.dir, 'notes/cd34', `${f}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/GAD-7: \d+\./, (m) => `${m} Panic frequency: ${n}. SUDS 80.`));
    }
    const r = await cli(['draft', 'discharge-summary', 'notes/cd34', '--today', '2026-04-01', '-o', 'report.md'], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^clinote draft: \.clinote\.json:31:19: config error: measures\[1\]\.bands\[1\] starts at 40, but bands\[0\] ends at 30: the bands leave the scores between out; start it at 31$/m);
    assert.match(r.stderr, /2 charts beside it: report-gad-7\.svg, report-panic-frequency\.svg/);
    const md = readFileSync(path.join(t.dir, 'report.md'), 'utf8');
    assert.match(md, /\| Panic frequency \| 2026-03-02 \| 9 \| notes\/cd34\/first\.md line 9 \|/);
    assert.match(md, /- Panic frequency: 9 to 4 \(-5\) over 2 scores\./);
    assert.doesNotMatch(md, /SUDS/);
    assert.match(readFileSync(path.join(t.dir, 'report-panic-frequency.svg'), 'utf8'), /Shaded bands: 0-2 rare; 3-40 frequent \(as the configuration declares\)/);
  });

  it('bad input: exit 2, a clear message, nothing written', async () => {
    mkdirSync(path.join(t.dir, 'junk'));
    writeFileSync(path.join(t.dir, 'junk/binary.md'), Buffer.from([0, 1, 2, 0, 255, 0]));
    const cases: [string[], RegExp][] = [
      [['draft'], /name a template/],
      [['draft', 'nope', 'notes'], /unknown template "nope"; use discharge-summary, referral-letter, supervision-report, treatment-plan-review/],
      [['draft', 'discharge-summary'], /name the notes or folders/],
      [['draft', 'discharge-summary', 'notes/cd34', '--client', 'ZZ99', '-o', 'x.md'], /no note is of client "ZZ99"/],
      [['draft', 'discharge-summary', 'notes/cd34', 'notes/ab12', '-o', 'x.md'], /2 clients .*choose one with --client/],
      [['draft', 'discharge-summary', 'missing', '-o', 'x.md'], /no such file or folder: missing/],
      [['draft', 'discharge-summary', 'notes', 'junk', '-o', 'x.md'], /cannot read junk[\\/]binary\.md: this is not a text file/],
      [['draft', 'discharge-summary', 'notes', '--bogus'], /bogus/],
      [['draft', 'discharge-summary', 'notes', '--today', 'tomorrow'], /--today needs a date/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, t.dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
      assert.equal(r.stdout, '', argv.join(' '));
    }
    assert.equal(existsSync(path.join(t.dir, 'x.md')), false);
  });

  it('a workspace template overrides a built-in one; a broken one is reported with file and line', async () => {
    t.dispose();
    t = tempTree({
      '.clinote/templates/discharge-summary.md': '---\ndescription: Our agency discharge form, short\ntype: termination\n---\n# Discharge summary\n\nSeen {{ counts.attended }} times.\n',
      '.clinote/templates/broken.md': '---\ndescription: Has a mistake on line 6\ntype: general\n---\n\n{% if counts.attended %}\nno endif\n',
    });
    cpSync(CASELOAD, path.join(t.dir, 'notes'), { recursive: true });
    const list = await cli(['draft', '--list'], t.dir);
    assert.match(list.stdout, /^discharge-summary +Our agency discharge form, short \[type: termination; \.clinote[\\/]templates[\\/]discharge-summary\.md\]$/m);
    assert.match(list.stderr, /template \.clinote[\\/]templates[\\/]broken\.md:6: .*if.*not closed/i);
    const ours = await cli(['draft', 'discharge-summary', 'notes/cd34'], t.dir);
    assert.equal(ours.code, 0, ours.stderr);
    assert.match(ours.stdout, /# Discharge summary\n\nSeen 2 times\.\n$/);
    const broken = await cli(['draft', 'broken', 'notes/cd34', '-o', 'b.md'], t.dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^clinote draft: template \.clinote[\\/]templates[\\/]broken\.md:6: /);
    assert.equal(existsSync(path.join(t.dir, 'b.md')), false);
  });

  it('a template\'s type must be a note type: a built-in one, or one the config adds', async () => {
    t.dispose();
    t = tempTree({
      '.clinote.json': JSON.stringify({ noteTypes: [{ id: 'discharge-form', basedOn: 'termination' }] }),
      '.clinote/templates/ours.md': '---\ndescription: Our discharge form\ntype: discharge-form\n---\n# Discharge\n\nSeen {{ counts.attended }} times.\n',
      '.clinote/templates/typo.md': '---\ndescription: A typo in the type\n\ntype: terminaton\n---\n# Discharge\n',
    });
    cpSync(CASELOAD, path.join(t.dir, 'notes'), { recursive: true });
    const typo = await cli(['draft', 'typo', 'notes/cd34', '-o', 'x.md'], t.dir);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /^clinote draft: template \.clinote[\\/]templates[\\/]typo\.md:4: `type:` "terminaton" is not a note type; did you mean "termination"\? use discharge-form, soap, .* or general$/m);
    assert.equal(existsSync(path.join(t.dir, 'x.md')), false);
    const ours = await cli(['draft', 'ours', 'notes/cd34'], t.dir);
    assert.equal(ours.code, 0, ours.stderr);
    assert.match(ours.stdout, /^---\ntype: discharge-form\n/);
  });

  it('--share: placeholders for identifiers, notes named by number, nothing flagged', async () => {
    const r = await cli(['draft', 'referral-letter', 'notes', '--client', 'AB12', '--share'], t.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /AB12|ab12|Osei|2026-0\d-\d\d/);
    assert.match(r.stdout, /\[date removed\]/);
    assert.match(r.stderr, /--share replaced \d+ possible identifiers/);
    const check = await cli(['lint', '--format', 'json', '-'], t.dir, r.stdout.replace('type: general', 'type: general\nshared: true'));
    assert.ok(!JSON.parse(check.stdout)[0].findings.some((f: { ruleId: string }) => f.ruleId === 'identifiers'), check.stdout);
  });
});

describe('cli: clinote draft from the bundled bin/clinote.cjs', function () {
  const bin = fileURLToPath(new URL('../../bin/clinote.cjs', import.meta.url));
  before(function () {
    if (!existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)))) this.skip(); // not built: `npm test` builds first
  });

  it('bundles LiquidJS and the built-in templates', () => {
    const r = spawnSync(process.execPath, [bin, 'draft', 'discharge-summary', 'cd34', '--today', '2026-04-01'], { cwd: CASELOAD, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^---\ntype: termination\nclient: cd34\n/);
    assert.match(r.stdout, /\| GAD-7 \| 2026-03-02 \| 17 \| cd34\/first\.md line 9 \|/);
  });
});
