// Lint Workspace's run (src/extension/workspace-run.ts, no vscode), driven by a stand-in editor that lints the
// labelled copied-text set with the core as the extension does (outcomeOf, the index in slices). What the user
// relies on: a config changed while the run reads notes or builds copied-text's index never leaves findings of the
// old config in the Problems panel, and the run's fingerprints are kept packed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyConfig, lint, LiveCopies, placeCopies, type ResolvedConfig } from '../../src/core/index.js';
import { outcomeOf, type LintOutcome } from '../../src/extension/lint-outcome.js';
import { inSlices } from '../../src/extension/slices.js';
import { runWorkspaceLint, type WorkspaceRunHost } from '../../src/extension/workspace-run.js';

const root = fileURLToPath(new URL('../fixtures/copied-text/', import.meta.url));
const paths = (readdirSync(root, { recursive: true }) as string[])
  .map((p) => p.replace(/\\/g, '/'))
  .filter((p) => p.endsWith('.md') && p !== 'README.md')
  .sort();
const texts = new Map(paths.map((p) => [p, readFileSync(root + p, 'utf8')]));

/** The config the user changes to: the goals rule off, and standard wording only from five clients (four carry the
 *  labelled set's consent paragraph, which therefore becomes a copy). Both change what the Problems panel shows. */
const changed = (): ResolvedConfig => {
  const c = emptyConfig();
  return { ...c, rules: { ...c.rules, goals: { severity: 'off' }, 'copied-text': { options: { boilerplateClients: 5 } } } };
};

type Built = { live: LiveCopies; notes: { path: string; prints?: LintOutcome['prints'] }[] };

/**
 * The editor as the run sees it. A config change does what LintService.relintAll does: the copies shown go, and the
 * notes shown are linted again under the new config. `during` says when the user changes the config: while the
 * third note's lint is under way, or between two units of the index's build.
 */
function editor(during?: 'lint' | 'build') {
  let config = emptyConfig();
  let generation = 0;
  let changedOnce = false;
  const shown = new Map<string, string[]>();
  const copies = new Map<string, string[]>();
  const kept: Built[] = [];
  const lintNow = (path: string, c: ResolvedConfig) => outcomeOf(lint(texts.get(path)!, { config: c, path, fingerprints: true }), path);
  const findings = (o: LintOutcome) => o.findings.map((f) => `${f.ruleId}@${f.at.start.line}`);
  const change = () => {
    if (changedOnce || !during) return;
    changedOnce = true;
    config = changed();
    generation++;
    copies.clear();
    for (const p of shown.keys()) shown.set(p, findings(lintNow(p, config)));
  };
  const host: WorkspaceRunHost<string, LintOutcome, Built> & { generation(): number } = {
    generation: () => generation,
    cancelled: () => false,
    reset() {
      shown.clear();
      copies.clear();
    },
    find: async () => [...paths],
    progress() {},
    async lint(path) {
      const c = config; // the config is read first; the lint answers later
      if (during === 'lint' && path === paths[2]) change();
      await new Promise((r) => setTimeout(r, 1));
      return lintNow(path, c);
    },
    show: (path, o) => void shown.set(path, findings(o)),
    async build(notes, shouldStop) {
      const stop = () => (during === 'build' && change(), shouldStop());
      const withPaths = notes.map((n) => ({ path: n.uri, prints: n.prints }));
      return { live: await inSlices(LiveCopies.building(withPaths.map((n) => n.prints)), stop), notes: withPaths };
    },
    async apply(built) {
      kept.push(built);
      built.notes.forEach((n, i) => {
        const found = placeCopies(built.notes, i, built.live.matches[i]).map((f) => `${f.ruleId}@${f.at.start.line}`);
        if (found.length) copies.set(n.path, found);
      });
    },
  };
  return { host, shown, copies, kept, setConfig: (c: ResolvedConfig) => (config = c) };
}

/** What the Problems panel shows after a run with no change under `config`. */
async function calm(config: ResolvedConfig) {
  const e = editor();
  e.setConfig(config);
  assert.equal(await runWorkspaceLint(e.host), 'done');
  return e;
}

describe('extension Lint Workspace run', function () {
  this.timeout(60000);

  for (const during of ['lint', 'build'] as const) {
    it(`a config changed during the ${during === 'lint' ? "notes' lints" : "copied-text index's build"} shows the new config's findings once the run ends`, async () => {
      const before = await calm(emptyConfig());
      const after = await calm(changed());
      // The change matters: else the test would prove nothing.
      assert.notDeepEqual([...after.copies], [...before.copies]);
      assert.notDeepEqual([...after.shown], [...before.shown]);
      const e = editor(during);
      assert.equal(await runWorkspaceLint(e.host), 'done');
      assert.deepEqual(new Map([...e.copies].sort()), new Map([...after.copies].sort()), 'copied-text findings of the new config');
      assert.deepEqual(new Map([...e.shown].sort()), new Map([...after.shown].sort()), "the notes' findings of the new config");
    });
  }

  it('keeps each note\'s fingerprints packed (one typed array a note), with the copies the unpacked ones give', async () => {
    const e = await calm(emptyConfig());
    const { live, notes } = e.kept[0];
    const printed = notes.filter((n) => n.prints?.units.length);
    assert.ok(printed.length > 10);
    for (const n of printed) {
      const sigs = n.prints!.units.map((u) => u.sig);
      assert.ok(sigs.every((s) => s instanceof Uint16Array && s.buffer === (sigs[0] as Uint16Array).buffer), `${n.path}: one Uint16Array for the note`);
    }
    // The copies the core finds from the lint's own (unpacked) fingerprints.
    const raw = paths.map((p) => lint(texts.get(p)!, { path: p, fingerprints: true }).prints);
    assert.ok(raw.some((p) => p?.units.length && Array.isArray(p.units[0].sig)), 'the lint gives plain arrays');
    assert.deepEqual(live.matches, new LiveCopies(raw).matches);
    assert.ok(e.copies.size > 0);
  });
});
