// A progress bar on stderr while a caseload is linted, for a terminal only: never in a pipe, a file or CI logs, and
// never with --quiet. It appears only once a run has taken a moment (a few notes print no flicker), is redrawn at
// most ten times a second, and is erased before the report is printed.

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** Milliseconds before the bar first shows (default 500). */
  after?: number;
  now?: () => number;
}

const WIDTH = 30;

export class Progress {
  private done = 0;
  private drawn = 0;
  private shown = false;
  private readonly start: number;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? Date.now;
    this.start = this.now();
  }

  /** One more note done. */
  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.start < (this.o.after ?? 500) || (t - this.drawn < 100 && this.done < this.o.total)) return;
    this.drawn = t;
    const filled = Math.min(WIDTH, Math.round((WIDTH * this.done) / Math.max(1, this.o.total)));
    this.o.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${this.done}/${this.o.total} notes`);
    this.shown = true;
  }

  /** Erases the bar (the line is left empty for what is printed next). */
  end(): void {
    if (this.shown) this.o.write('\r\x1b[2K');
    this.shown = false;
  }
}
