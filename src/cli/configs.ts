// Which config applies to each note: --config for all, or the nearest file (looked up once per folder). Collects
// every config problem once, however many notes share the file.
import path from 'node:path';
import {
  loadConfigFile,
  loadConfigForFile,
  toPosix,
  type ConfigProblem,
  type LoadOptions,
  type LoadResult,
} from '../core/index.js';
import { NodeConfigHost } from './host.js';

export class CliConfigs {
  private readonly host = new NodeConfigHost();
  private readonly opts: LoadOptions;
  private readonly byFolder = new Map<string, LoadResult>();
  private readonly seen = new Map<string, ConfigProblem>();
  private fixed: LoadResult | undefined;

  /**
   * The command line has no workspace: `extends` may reach inside the folder of the config file its chain starts
   * from, unless `allowOutside` (--allow-outside-config).
   */
  constructor(allowOutside = false) {
    this.opts = { cache: new Map(), allowOutside, outsideHint: ', or run clinote with --allow-outside-config' };
  }

  /** Uses one config file for every note; returns the reason when it cannot be read. */
  useFile(file: string): string | undefined {
    const posix = toPosix(file);
    const text = this.host.readFile(posix);
    if (text === undefined) return 'no such file';
    if (typeof text !== 'string') return text.refused;
    this.fixed = loadConfigFile(posix, this.host, this.opts);
    return undefined;
  }

  forNote(file: string): LoadResult {
    let result = this.fixed ?? this.byFolder.get(path.dirname(file));
    if (!result) this.byFolder.set(path.dirname(file), (result = loadConfigForFile(toPosix(file), this.host, this.opts)));
    for (const p of result.problems) this.seen.set(`${p.file}:${p.line}:${p.column}:${p.message}`, p);
    return result;
  }

  /** Every config used so far (the --config one, or one per folder of notes). */
  used(): LoadResult['config'][] {
    return [...new Set([...(this.fixed ? [this.fixed] : []), ...this.byFolder.values()].map((r) => r.config))];
  }

  /** Every problem met so far (config files that exist but could not be read among them). */
  problems(): ConfigProblem[] {
    return [...this.seen.values()];
  }
}
