// Long work that the clinician may cancel (reading a caseload's notes, drafting from them), written as a generator:
// each `yield` ends a unit of work (a note read, a client gathered, a chart drawn). Whoever runs it decides what
// happens between units: the lint worker asks whether the editor has cancelled it (a flag the editor's thread sets),
// the web extension host also lets its thread breathe. `shouldStop` reaches inside a unit too (a lint's stages, a
// template's loops). Pure: no clock, no timer.

/** Whether the work should stop now: asked between units of work, and never anything but a read. */
export type ShouldStop = () => boolean;

/** Work done a unit at a time; its return value is the result. */
export type Work<T> = Generator<void, T, void>;

/** The work was asked to stop (`shouldStop`) and did: no result, and nothing wrong with the input. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Throws a Cancelled once `shouldStop` says so. */
export function stopIf(shouldStop: ShouldStop | undefined): void {
  if (shouldStop?.()) throw new Cancelled();
}

/** Runs work to its end on this thread, asking `shouldStop` before each unit. */
export function finish<T>(work: Work<T>, shouldStop?: ShouldStop): T {
  for (;;) {
    stopIf(shouldStop);
    const r = work.next();
    if (r.done) return r.value;
  }
}
