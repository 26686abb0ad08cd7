// Throttles lint requests per document and drops results that a newer request has overtaken. Pure (no vscode), so
// that its ordering guarantees are unit-tested.

/** `signal` aborts once a newer request for the key supersedes this one, or the key is cancelled. */
export type Runner<K> = (key: K, isCurrent: () => boolean, signal: AbortSignal) => Promise<void>;

export class LintScheduler<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();
  /** The generation each key's latest request got; one counter for all keys, so a number is never reused. */
  private readonly latest = new Map<K, number>();
  private readonly running = new Set<Promise<void>>();
  /** The latest run of each key, to abort once it is superseded (work it queued elsewhere can then be dropped). */
  private readonly aborts = new Map<K, AbortController>();
  private counter = 0;
  /** Results thrown away because a newer request for the same key came in while they were computed. */
  dropped = 0;
  runs = 0;

  constructor(private readonly runner: Runner<K>) {}

  /** Lints after `delay` ms without a newer request for the same key. */
  schedule(key: K, delay: number): void {
    const gen = this.bump(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.exec(key, gen);
      }, delay),
    );
  }

  /** Lints now, superseding any pending or running request for the key. */
  now(key: K): Promise<void> {
    return this.exec(key, this.bump(key));
  }

  /**
   * A request waiting out its delay runs now; a running one is left to finish. False when the key has neither (the
   * caller asks `now` if it needs a result).
   */
  hurry(key: K): boolean {
    const t = this.timers.get(key);
    if (t !== undefined) {
      clearTimeout(t);
      this.timers.delete(key);
      void this.exec(key, this.latest.get(key)!);
      return true;
    }
    return this.aborts.has(key);
  }

  /** Forgets a key: pending requests never run and running ones cannot publish. */
  cancel(key: K): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latest.delete(key);
    this.abort(key);
  }

  /** Whether the key has a request that was not cancelled since. */
  has(key: K): boolean {
    return this.latest.has(key);
  }

  /** Resolves once nothing is pending or running (tests and the lint-workspace command wait on it). */
  async idle(): Promise<void> {
    while (this.timers.size || this.running.size) {
      if (this.running.size) await Promise.allSettled([...this.running]);
      else await new Promise((r) => setTimeout(r, 20));
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.latest.clear();
    for (const key of [...this.aborts.keys()]) this.abort(key);
  }

  private bump(key: K): number {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const gen = ++this.counter;
    this.latest.set(key, gen);
    this.abort(key);
    return gen;
  }

  private abort(key: K): void {
    this.aborts.get(key)?.abort();
    this.aborts.delete(key);
  }

  private exec(key: K, gen: number): Promise<void> {
    this.runs++;
    const isCurrent = () => {
      const ok = this.latest.get(key) === gen;
      if (!ok) this.dropped++;
      return ok;
    };
    const ac = new AbortController();
    this.aborts.set(key, ac);
    const p = this.runner(key, isCurrent, ac.signal).catch(() => undefined);
    this.running.add(p);
    void p.finally(() => {
      this.running.delete(p);
      if (this.aborts.get(key) === ac) this.aborts.delete(key);
    });
    return p;
  }
}
