// The CLI adapter: arguments -> files -> config -> lint -> report -> exit code. `run` is the whole CLI, with its
// input and output injected, so that tests run it in-process; `main` wires it to the real process.
import path from 'node:path';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import {
  isIgnored,
  lint,
  matchDismissals,
  profiles,
  profilesFor,
  profileById,
  toPosix,
  FILE_ENCODING,
  FILE_ERROR,
  configReports,
  count,
  fileProblem,
  toReportFindings,
  placedReportFinding,
  byPosition,
  copiedTextFindings,
  reportReview,
  reportDimensions,
  sessionOf,
  ruleInfo,
  packPrints,
  type NotePrints,
  type Dismissal,
  type FileReport,
  type RuleInfo,
  type ReportFinding,
} from '../core/index.js';
import { HELP, parseCliArgs, type CliArgs } from './args.js';
import { FORMATS, type FormatOutput } from './formats.js';
import { Retained } from './retain.js';
import { expandTargets, type Target } from './files.js';
import { decodeNote, MAX_BYTES, megabytes } from './decode.js';
import { errorText } from './host.js';
import { readRegularFile, readStreamCapped } from './read.js';
import { CliConfigs } from './configs.js';
import { CliDismissals } from './dismissals.js';
import { LintPool, poolSize, serveIfWorker, type LintJob, type LintJobResult } from './pool.js';
import { LintCache, cacheFile } from './cache.js';
import { draftCommand } from './draft.js';
import { Progress } from './progress.js';
import pkg from '../../package.json';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of stdin; defaults to reading process.stdin. */
  readStdin?(): Promise<Uint8Array>;
  /** Working folder; defaults to process.cwd(). */
  cwd?: string;
  /** Whether stdout is a terminal (for colours). */
  isTTY?: boolean;
  /** Whether stderr is a terminal (for the progress bar); `progressAfter` is how long before it shows (ms). */
  stderrIsTTY?: boolean;
  progressAfter?: number;
  env?: Record<string, string | undefined>;
  /** Told, after a run with --cache, how many notes came from the cache and how many were linted. */
  cacheStats?(stats: { hits: number; misses: number; file: string }): void;
}

const knownTypes = profiles.map((p) => p.id);

/** Positions come from the line index the Note was parsed with: no second pass over the text. The note's
 * fingerprints (numbers, no text) come back too, for the copied-text pass over all notes. */
export const lintJob = (job: LintJob): LintJobResult => {
  const result = lint(job.text, { config: job.config, path: job.path, type: job.type, fingerprints: true });
  const { note, findings, prints } = result;
  const { kept, dismissed } = matchDismissals(findings, note.text, job.dismissed ?? []);
  const review = reportReview(note);
  const session = sessionOf(note, job.path);
  return {
    findings: toReportFindings(note.text, kept, note.lines),
    dismissed: dismissed.length,
    rules: result.rules,
    ...(review ? { review } : {}),
    dimensions: reportDimensions(result.dimensions, kept),
    ...(Object.keys(session).length ? { session } : {}),
    ...(prints ? { prints } : {}),
  };
};
// A worker sends each note's fingerprints packed (one typed array a note): copied as one block of bytes between the
// threads, where 17 arrays of 64 numbers took half the time of posting a result.
serveIfWorker((job) => {
  const r = lintJob(job);
  return r.prints ? { ...r, prints: packPrints(r.prints) } : r;
});

/** Notes read ahead of the linter: bounds memory on a large caseload. */
const WINDOW = 64;

export async function run(argv: string[], io: CliIO): Promise<number> {
  // `clinote draft` has its own options (src/cli/draft.ts); `clinote templates` is `clinote draft --list`.
  if (argv[0] === 'draft') return draftCommand(argv.slice(1), io);
  if (argv[0] === 'templates') return draftCommand(['--list', ...argv.slice(1)], io);
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    io.stderr(`clinote: ${(e as Error).message}\nRun "clinote --help" for usage.\n`);
    return 2;
  }
  if (args.help) return io.stdout(HELP), 0;
  if (args.version) return io.stdout(`${pkg.version}\n`), 0;
  if (args.command !== 'lint') {
    io.stderr(args.command ? `clinote: unknown command "${args.command}"; did you mean "clinote lint ${args.command}"?\n` : HELP);
    return 2;
  }
  if (!args.targets.length) {
    io.stderr('clinote lint: name the notes to lint: files, folders, globs, or - for stdin\n');
    return 2;
  }
  return lintCommand(args, io, io.cwd ?? process.cwd());
}

async function lintCommand(args: CliArgs, io: CliIO, cwd: string): Promise<number> {
  const configs = new CliConfigs(args.allowOutsideConfig);
  const dismissals = args.dismissed ? new CliDismissals(args.allowOutsideConfig) : undefined;
  let dismissedCount = 0;
  if (args.config !== undefined) {
    const reason = configs.useFile(path.resolve(cwd, args.config));
    if (reason) return io.stderr(`clinote: cannot read config file ${args.config}: ${reason}\n`), 2;
  }
  const { targets, errors } = await expandTargets(args.targets, cwd);
  if (errors.length) return io.stderr(errors.map((e) => `clinote: ${e}\n`).join('')), 2;

  const show = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  };
  const size = poolSize(import.meta.url, targets.length, args.jobs);
  // Started at the first note to lint: a run that finds every note in the cache starts no worker.
  let pool: LintPool | undefined;
  const lintOne = (j: LintJob) => (size ? (pool ??= new LintPool(new URL(import.meta.url), size)).lint(j) : lintJob(j));
  const cache = args.cache ? new LintCache(cacheFile(cwd, args.cacheLocation), pkg.version) : undefined;
  // Each linted note's fingerprints and dismissals, by its report, for the copied-text pass once every note is linted.
  const printsOf = new Map<FileReport, { prints: NotePrints; dismissed?: Dismissal[] }>();
  const format = FORMATS[args.format];
  const retained = new Retained(new Set(format.reads));
  const one = async (target: Target): Promise<FileReport | undefined> => {
    const abs = target.kind === 'stdin' ? path.resolve(cwd, args.stdinFilename ?? '<stdin>') : target.path;
    const shown = target.kind === 'stdin' ? (args.stdinFilename ?? '<stdin>') : show(abs);
    const { config } = configs.forNote(abs);
    if (target.kind !== 'stdin' && isIgnored(config.ignore, toPosix(abs))) {
      if (target.kind === 'file' && target.explicit) io.stderr(`clinote: skipped ${shown}: ignored by ${show(config.files[config.files.length - 1])}\n`);
      return undefined;
    }
    // One error for a path that could not be read, as for a file that could not: the run goes on, and exits 1.
    if (target.kind === 'unreadable') return { path: shown, findings: [fileProblem(FILE_ERROR, target.severity, target.reason)] };
    // --type may name a type a config adds (`noteTypes`): known or not is a question for each note's config.
    if (args.type !== undefined && !knownTypes.includes(args.type) && !profileById(args.type, profilesFor(config))) {
      unknownType++;
      return { path: shown, findings: [fileProblem(FILE_ERROR, 'error', `unknown note type "${args.type}": not a built-in type, and not one this note's config adds`)] };
    }
    // Stdin has a place only when --stdin-filename gives it one.
    const dismissed = target.kind !== 'stdin' || args.stdinFilename !== undefined ? dismissals?.forNote(abs) : undefined;
    const job = (text: string): LintJob => ({ text, config, path: shown, type: args.type, dismissed });
    let linted: LintJobResult | undefined;
    const findings = await lintTarget(target, io, async (text) => {
      const j = job(text);
      const key = cache?.keyOf(j, abs);
      let r = key && cache!.get(key);
      if (!r) {
        r = await lintOne(j);
        if (key) cache!.set(key, r);
      }
      dismissedCount += r.dismissed;
      linted = r;
      return r.findings;
    });
    const report = retained.report(shown, findings, linted);
    if (linted?.prints) printsOf.set(report, { prints: packPrints(linted.prints), dismissed });
    return report;
  };
  const notes: FileReport[] = [];
  let unknownType = 0;
  const progress = io.stderrIsTTY && !args.quiet ? new Progress({ total: targets.length, write: io.stderr, after: io.progressAfter }) : undefined;
  try {
    // WINDOW notes under way at any time, each started as one ends (not in batches, whose last notes left the
    // workers idle), in the order of the targets; the reports keep that order.
    const reports: (FileReport | undefined)[] = new Array(targets.length);
    let next = 0;
    const lane = async () => {
      while (next < targets.length) {
        const i = next++;
        reports[i] = await one(targets[i]);
        progress?.tick();
      }
    };
    await Promise.all(Array.from({ length: Math.min(WINDOW, targets.length) }, lane));
    for (const r of reports) if (r) notes.push(r);
  } finally {
    progress?.end();
    await pool?.close();
  }
  if (cache) {
    const reason = cache.save();
    if (reason) io.stderr(`clinote: cannot write the cache file ${show(cache.file)}: ${reason}\n`);
    io.cacheStats?.({ hits: cache.hits, misses: cache.misses, file: cache.file });
  }

  // A type no note's config knows is a typo, not a finding on every note.
  if (unknownType && unknownType === notes.length) {
    io.stderr(`clinote: unknown note type "${args.type}"; use ${knownTypes.join(', ')} or a type a config file adds\n`);
    return 2;
  }
  dismissedCount += addCopiedText(notes, printsOf);
  printsOf.clear();
  const errorsOnly = (r: FileReport) => (args.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r);
  const reports = notes.map(errorsOnly);
  const configReportsShown = configReports([...configs.problems(), ...(dismissals?.problems() ?? [])], (f) => show(path.resolve(f))).map(errorsOnly);
  const color = args.color ?? (io.isTTY === true && !io.env?.NO_COLOR);
  // A config's own dimensions, for the formats that describe each rule (the first config that defines the id).
  const customRule = (id: string) => configs.used().reduce<RuleInfo | undefined>((found, c) => found ?? ruleInfo(id, c), undefined);
  const totals = count([...reports, ...configReportsShown]);
  const out = format.format({ notes: reports, configs: configReportsShown, color, cwd, version: pkg.version, ruleInfo: customRule });
  if (out.stderr) io.stderr(out.stderr);
  if (args.output !== undefined) {
    const reason = writeOutput(path.resolve(cwd, args.output), out.stdout);
    if (reason) return io.stderr(`clinote: cannot write ${args.output}: ${reason}\n`), 2;
  } else inPieces(out.stdout, io.stdout);
  // Said, so that a supervisor knows what the clinicians silenced; --no-dismissed lists it.
  if (dismissedCount && !args.quiet) {
    io.stderr(`clinote: ${dismissedCount} ${dismissedCount === 1 ? 'finding' : 'findings'} dismissed in .clinote/dismissed.json not shown (--no-dismissed shows them)\n`);
  }

  if (totals.errors) return 1;
  if (args.maxWarnings !== undefined && totals.warnings > args.maxWarnings) {
    io.stderr(`clinote: ${totals.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** copied-text, across the caseload: each note's blocks that repeat another note's of the same client join its
 *  findings, less those dismissed for the note (keyed by the block's hash, which its prints carry: the text is gone).
 *  The notes are in the order they were named and found (sorted within a folder), so the run is stable. How many
 *  were dismissed. */
function addCopiedText(notes: FileReport[], printsOf: Map<FileReport, { prints: NotePrints; dismissed?: Dismissal[] }>): number {
  if (!printsOf.size) return 0;
  const copies = copiedTextFindings(notes.map((r) => ({ path: r.path, prints: printsOf.get(r)?.prints })));
  let dismissed = 0;
  copies.forEach((list, i) => {
    const { kept, dismissed: gone } = matchDismissals(list, '', printsOf.get(notes[i])?.dismissed ?? []);
    dismissed += gone.length;
    if (kept.length) notes[i].findings = [...notes[i].findings, ...kept.map(placedReportFinding)].sort(byPosition);
  });
  return dismissed;
}

/** Reads, decodes and lints one note; a file that cannot be linted becomes a file-level finding, never a crash. */
async function lintTarget(
  target: Exclude<Target, { kind: 'unreadable' }>,
  io: CliIO,
  lintText: (text: string) => Promise<ReportFinding[]>,
): Promise<ReportFinding[]> {
  let bytes: Uint8Array;
  try {
    if (target.kind === 'stdin') bytes = await (io.readStdin ?? readProcessStdin)();
    else {
      // Checked once open, before reading: a named pipe or a device would block or never end, a huge file is not read.
      const r = readRegularFile(target.path, MAX_BYTES);
      if (!r.ok && 'what' in r) return [fileProblem(FILE_ERROR, 'warning', 'skipped: not a regular file (a pipe, socket or device)')];
      if (!r.ok) return [fileProblem(FILE_ERROR, 'warning', `skipped: the file is ${megabytes(r.size)}; notes over 1 MB are not linted`)];
      bytes = r.bytes;
    }
  } catch (e) {
    return [fileProblem(FILE_ERROR, 'error', `cannot read this file: ${errorText(e)}`)];
  }
  const decoded = decodeNote(bytes);
  if (!decoded.ok) return [fileProblem(FILE_ERROR, 'warning', decoded.reason)];
  const notices = decoded.warning ? [fileProblem(FILE_ENCODING, 'warning', decoded.warning)] : [];
  try {
    return [...notices, ...(await lintText(decoded.text))];
  } catch (e) {
    // A linter bug must not stop the run over a whole caseload; the message names no note text.
    return [...notices, fileProblem(FILE_ERROR, 'error', `the linter failed on this file (${(e as Error).message}); please report it`)];
  }
}

/** Writes the report whole, or not at all: a temporary file beside it, then renamed over it. An error's reason, or
 *  undefined. */
function writeOutput(file: string, text: FormatOutput['stdout']): string | undefined {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    inPieces(text, (s) => writeSync(fd!, s));
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    return undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    return errorText(e);
  }
}

/** A format's output handed on in pieces of about 64 KB, as it is made: a large caseload's is never held whole. */
function inPieces(text: FormatOutput['stdout'], write: (s: string) => void): void {
  if (typeof text === 'string') return write(text);
  let buffered = '';
  for (const piece of text) {
    buffered += piece;
    if (buffered.length >= 65536) write(buffered), (buffered = '');
  }
  if (buffered) write(buffered);
}

const readProcessStdin = () => readStreamCapped(process.stdin);

/** Entry point of bin/clinote.cjs. */
export function main(): void {
  // `clinote ... | head`: the reader went away; what is left to print has nobody to read it. Exit quietly, as grep does.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  const io: CliIO = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => void (process.exitCode = code),
    (e) => {
      process.stderr.write(`clinote: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
