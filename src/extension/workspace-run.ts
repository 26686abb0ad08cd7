// Lint Workspace's run, apart from the editor so that it is tested without one (pure: no vscode): every note linted
// and its findings shown, then copied-text's index built from their fingerprints and its findings shown. The
// command (commands.ts) says what linting, showing and building are.
//
// A config change (a .clinote file, the clinote settings) while the run goes makes what it read stale: every note's
// findings and fingerprints may differ under the new config. The change bumps a generation; a result read under an
// older one is never shown, and the run starts over under the new config (a build under way stops at its next unit).
import { Cancelled, type NotePrints, type ShouldStop } from '../core/index.js';

/** A note linted by the run: `prints`, its copied-text fingerprints (none: the rule is off in it). */
export interface RunLint {
  prints?: NotePrints;
}

export interface WorkspaceRunHost<U, R extends RunLint, B> {
  /** Bumped by every change of a config file or of the clinote settings (LintService.configGeneration). */
  generation(): number;
  /** The user cancelled the run. */
  cancelled(): boolean;
  /** What an earlier run showed, cleared. */
  reset(): void;
  /** The workspace's notes, in the pass's order. */
  find(): Promise<U[]>;
  progress(message: string, increment?: number): void;
  /** A note linted with its fingerprints; undefined when it is unreadable, skipped or failed. */
  lint(uri: U): Promise<R | undefined>;
  /** A note's findings shown. */
  show(uri: U, linted: R): void;
  /** copied-text's index of the notes linted, built in slices that ask `shouldStop` (a Cancelled once it says so). */
  build(notes: { uri: U; prints?: NotePrints }[], shouldStop: ShouldStop): Promise<B>;
  /** The index kept for the notes' edits, and its findings shown. */
  apply(built: B, notes: { uri: U }[]): Promise<void>;
}

/** Lets the host's other work in between two notes. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs Lint Workspace, over again as long as the config changes meanwhile: 'cancelled' when the user stopped it. */
export async function runWorkspaceLint<U, R extends RunLint, B>(host: WorkspaceRunHost<U, R, B>): Promise<'done' | 'cancelled'> {
  for (;;) {
    const generation = host.generation();
    const outcome = await runOnce(host, () => host.generation() !== generation);
    if (outcome !== 'stale') return outcome;
    host.progress('the configuration changed: starting over');
  }
}

async function runOnce<U, R extends RunLint, B>(host: WorkspaceRunHost<U, R, B>, stale: () => boolean): Promise<'done' | 'cancelled' | 'stale'> {
  host.reset();
  const uris = await host.find();
  const caseload: { uri: U; prints?: NotePrints }[] = [];
  if (stale()) return 'stale';
  for (const [i, uri] of uris.entries()) {
    if (host.cancelled()) return 'cancelled';
    host.progress(`${i + 1}/${uris.length}`, 100 / uris.length);
    const r = await host.lint(uri);
    if (stale()) return 'stale';
    if (r) host.show(uri, r);
    // Every note linted, fingerprinted or not (the rule off in it now): an edit may turn it on.
    if (r) caseload.push({ uri, prints: r.prints });
    await breathe();
  }
  if (host.cancelled()) return 'cancelled';
  host.progress(`comparing ${caseload.length} notes for copied text`);
  const built = await host.build(caseload, () => host.cancelled() || stale()).catch((e: unknown) => {
    if (e instanceof Cancelled) return undefined;
    throw e;
  });
  if (stale()) return 'stale';
  if (built === undefined) return 'cancelled';
  await host.apply(built, caseload);
  // A change while the copies were shown has cleared them (LintService.relintAll): they are found again.
  return stale() ? 'stale' : 'done';
}
