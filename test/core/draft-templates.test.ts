// Drafting, the template half: every built-in template renders (a golden file each), the draft is a note of its
// type for the linter, template mistakes are reported with file and line, a template cannot reach code or files,
// and --share leaves no identifier flagged.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  builtinTemplates,
  draft,
  emptyConfig,
  identifierFindings,
  lint,
  readTemplate,
  renderDraftTemplate,
  TemplateError,
  type DraftNote,
} from '../../src/core/index.js';
import { generated, OUT } from '../../scripts/gen-templates.js';
import { caseload } from '../support/draft.js';

const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/draft/golden');
const TODAY = '2026-04-01';

/** Each template's client: the supervision report covers the whole caseload. */
const clientFor = (scope: string) => (scope === 'caseload' ? undefined : 'AB12');

describe('draft: templates', () => {
  const notes = caseload();

  it('the built-in templates are generated from src/core/draft/templates/ (npm run gen:templates)', () => {
    assert.equal(readFileSync(OUT, 'utf8'), generated());
  });

  it('lists the four built-in templates, each with a description and a note type the linter knows', () => {
    const ts = builtinTemplates();
    assert.deepEqual(ts.map((t) => t.name).sort(), ['discharge-summary', 'referral-letter', 'supervision-report', 'treatment-plan-review']);
    for (const t of ts) assert.ok(t.description.length > 20, t.name);
  });

  for (const t of builtinTemplates()) {
    it(`${t.name}: renders the fixture caseload as its golden file, and lints as a ${t.type} note`, () => {
      const r = draft(notes, t, { client: clientFor(t.scope), today: TODAY });
      assert.ok(r.ok, r.ok ? '' : r.reason);
      const file = path.join(GOLDEN, `${t.name}.md`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, r.text);
      // A missing golden file fails: written only when asked (UPDATE_GOLDEN=1), so that a deleted one is noticed.
      assert.ok(existsSync(file), `${t.name}: no golden file ${path.relative(process.cwd(), file)} (UPDATE_GOLDEN=1 writes it; read it before committing)`);
      assert.equal(r.text, readFileSync(file, 'utf8'), `${t.name}: differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`);
      const l = lint(r.text);
      assert.equal(l.profile.id, t.type);
      assert.equal(l.typeSource, 'front-matter');
      // What only the clinician can judge is left as questions, which the linter sees as unanswered.
      assert.ok(l.note.prompts.length >= 3, `${t.name}: ${l.note.prompts.length} prompts`);
      assert.ok(l.findings.some((f) => f.ruleId === 'unfilled-prompt'), `${t.name}: no unfilled-prompt finding`);
      // Gathered sentences say where they came from.
      assert.match(r.text, /\(from notes: ab12\/[\w.-]+\.md line \d+\)/);
    });

    it(`${t.name}: --share leaves no identifier flagged`, () => {
      const withIds: DraftNote[] = notes.map((n) =>
        n.path === 'ab12/2026-01-12.md'
          ? { ...n, text: n.text.replace('Mood slightly better.', 'Mood slightly better; her sister Mrs. Alvarez (555-201-3344, ann.alvarez@example.com) drove her.') }
          : n,
      );
      const plain = draft(withIds, t, { client: clientFor(t.scope), today: TODAY });
      const shared = draft(withIds, t, { client: clientFor(t.scope), today: TODAY, share: true });
      assert.ok(plain.ok && shared.ok);
      assert.ok(identifierFindings(plain.text).length > 0, 'the plain draft holds identifiers (dates at least)');
      assert.deepEqual(identifierFindings(shared.text), []);
      assert.deepEqual(shared.remaining, []);
      assert.doesNotMatch(shared.text, /AB12|ab12\/|Alvarez|555-201|example\.com|2026-01-05/);
      assert.match(shared.text, /\(from notes: note \d+ line \d+\)/);
      // The check runs the identifiers rule alone (not every dimension): it flags exactly what a whole lint's
      // identifiers rule flags, in the plain draft and in one where an identifier is put back.
      const whole = (text: string) =>
        lint(text, { config: { ...emptyConfig(), rules: { identifiers: { severity: 'warning', options: { always: true } } } } }).findings.filter((f) => f.ruleId === 'identifiers');
      const leaked = shared.text.replace('\n## ', '\nSeen by Dr. Alvarez on 3/14/2026 at 12 Mill Lane.\n\n## ');
      for (const text of [plain.text, shared.text, leaked]) assert.deepEqual(identifierFindings(text), whole(text));
      assert.ok(identifierFindings(leaked).length >= 2, 'the identifier put back is flagged');
    });
  }

  it('a template error names the file and line and says what is wrong', () => {
    const src = '---\ndescription: Broken on purpose for the test\ntype: termination\n---\n# Summary\n\nfine line\n{% for g in goals %}\n{{ g.key }}\n';
    assert.throws(
      () => readTemplate('broken', '.clinote/templates/broken.md', src),
      (e: unknown) => e instanceof TemplateError && e.file === '.clinote/templates/broken.md' && e.line === 8 && /for.*not closed|tag .* not closed/i.test(e.detail),
    );
    assert.throws(() => readTemplate('f', 'f.md', '---\ndescription: Unknown filter here, for the test\ntype: general\n---\n\n\n{{ today | shout }}\n'), (e: unknown) => e instanceof TemplateError && e.line === 7 && /undefined filter: shout/.test(e.detail));
    assert.throws(() => readTemplate('h', 'h.md', '# no header\n'), (e: unknown) => e instanceof TemplateError && e.line === 1 && /header/.test(e.detail));
    assert.throws(
      () => readTemplate('h', 'h.md', '---\ndescription: x y z\ntype: [unclosed\n---\n'),
      (e: unknown) => e instanceof TemplateError && e.file === 'h.md' && e.line >= 3 && /header/.test(e.message),
    );
    assert.throws(() => readTemplate('h', 'h.md', '---\ndescription: Only a description here\n---\nx'), /needs a `type:`/);
  });

  it('a workspace template can run no code and read no file', () => {
    const tpl = (body: string) => readTemplate('evil', 'evil.md', `---\ndescription: Tries what a template must not do\ntype: general\n---\n${body}`);
    // No file system: include, render and layout find nothing.
    for (const tag of ["{% include '/etc/passwd' %}", "{% render '../../package.json' %}", "{% layout 'x' %}"]) {
      assert.throws(() => renderDraftTemplate(tpl(tag), {}), TemplateError, tag);
    }
    // Only the data's own properties: no prototype, no constructor, no functions.
    const out = renderDraftTemplate(tpl('[{{ client.constructor }}][{{ client.__proto__ }}][{{ today.constructor.name }}][{{ client.toString }}]'), { client: { id: 'x' }, today: 'y' });
    assert.equal(out, '[][][][]');
    // A runaway loop stops with an error instead of hanging.
    assert.throws(() => renderDraftTemplate(tpl('{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}'), {}), TemplateError);
  });

  it('says why it cannot draft: several clients without --client, an unknown client', () => {
    const t = builtinTemplates().find((x) => x.name === 'discharge-summary')!;
    const several = draft(notes, t, { today: TODAY });
    assert.ok(!several.ok && /2 clients \(AB12, cd34\): choose one with --client/.test(several.reason));
    const none = draft(notes, t, { today: TODAY, client: 'ZZ99' });
    assert.ok(!none.ok && /no note is of client "ZZ99"/.test(none.reason));
    // A folder's last part names its client.
    assert.ok(draft(notes, t, { today: TODAY, client: 'cd34' }).ok);
  });
});
