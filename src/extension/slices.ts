// Long work on the extension host's own thread (a lint client's draft steps on the web, copied-text's index after
// Lint Workspace), run in slices: units of work (core work.ts) for up to SLICE_MS, then a turn of the event loop, so
// that the host goes on answering the editor and hears a cancel. Pure: no vscode.
import { stopIf, type ShouldStop, type Work } from '../core/index.js';

/** How long a slice runs before it lets the thread's other work in. */
export const SLICE_MS = 15;

/** A turn of the event loop: timers, I/O and the editor's messages run before the next slice. */
export const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `work` to its end in slices. `shouldStop` is asked after each unit; once it says so, the work ends with a
 * Cancelled (a result ready when it came is dropped too).
 */
export async function inSlices<T>(work: Work<T>, shouldStop?: ShouldStop): Promise<T> {
  for (let slice = performance.now(); ; ) {
    const r = work.next();
    if (performance.now() - slice > SLICE_MS) {
      await breathe();
      slice = performance.now();
    }
    stopIf(shouldStop);
    if (r.done) return r.value;
  }
}
