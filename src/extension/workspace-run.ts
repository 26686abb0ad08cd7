// Lint Workspace's run, apart from the editor so that it is tested without one (pure: no vscode): every note linted
// and its findings shown, then copied-text's index built from their fingerprints and its findings shown. The
// command (commands.ts) says what linting, showing and building are.
import { Cancelled, type NotePrints, type ShouldStop } from '../core/index.js';

/** A note linted by the run: `prints`, its copied-text fingerprints (none: the rule is off in it). */
export interface RunLint {
  prints?: NotePrints;
}

export interface WorkspaceRunHost<U, R extends RunLint, B> {
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

/** Runs Lint Workspace once: 'cancelled' when the user stopped it. */
export async function runWorkspaceLint<U, R extends RunLint, B>(host: WorkspaceRunHost<U, R, B>): Promise<'done' | 'cancelled'> {
  host.reset();
  const uris = await host.find();
  const caseload: { uri: U; prints?: NotePrints }[] = [];
  for (const [i, uri] of uris.entries()) {
    if (host.cancelled()) return 'cancelled';
    host.progress(`${i + 1}/${uris.length}`, 100 / uris.length);
    const r = await host.lint(uri);
    if (r) host.show(uri, r);
    // Every note linted, fingerprinted or not (the rule off in it now): an edit may turn it on.
    if (r) caseload.push({ uri, prints: r.prints });
    await breathe();
  }
  if (host.cancelled()) return 'cancelled';
  host.progress(`comparing ${caseload.length} notes for copied text`);
  const built = await host.build(caseload, () => host.cancelled()).catch((e: unknown) => {
    if (e instanceof Cancelled) return undefined;
    throw e;
  });
  if (built === undefined) return 'cancelled';
  await host.apply(built, caseload);
  return 'done';
}
