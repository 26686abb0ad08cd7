// Command-line arguments: `clinote lint [options] <files|folders|globs|->`.
import { parseArgs } from 'node:util';
import { DEFAULT_FORMAT, FORMATS, FORMAT_NAMES, formatList, isFormatName, type FormatName } from './formats.js';

export interface CliArgs {
  help: boolean;
  version: boolean;
  command?: string;
  targets: string[];
  format: FormatName;
  config?: string;
  type?: string;
  quiet: boolean;
  maxWarnings?: number;
  color?: boolean;
  stdinFilename?: string;
  jobs?: number;
  allowOutsideConfig: boolean;
  /** Leave out the findings dismissed in `.clinote/dismissed.json` (unless --no-dismissed). */
  dismissed: boolean;
  /** Read unchanged notes' results from the cache, and keep it (--cache; --cache-location implies it). */
  cache: boolean;
  cacheLocation?: string;
  /** Write the report to this file instead of stdout. */
  output?: string;
}

export class UsageError extends Error {}

/** The formats as --help lists them, each with its description, aligned with the options. */
const formatLines = FORMAT_NAMES.map((name) => `      ${name.padEnd(25)}${FORMATS[name].description}${name === DEFAULT_FORMAT ? ' (default)' : ''}`).join('\n');

export const HELP = `Usage: clinote lint [options] <files|folders|globs...>
       clinote draft <template> <notes|folders...> [options]   (clinote draft --help)

Lints clinical session notes (Markdown) for the dimensions a supervisor looks for.
Folders are searched for *.md and *.markdown (node_modules, dot folders and README, CHANGELOG, CONTRIBUTING and
LICENSE files skipped, as in the editor); "-" reads stdin.

Options:
  -f, --format <name>          output format, one of:
${formatLines}
  -o, --output <file>          write the report to this file instead of stdout
  -c, --config <file>          use this config file instead of the nearest .clinote.json/.jsonc/.yaml
      --allow-outside-config   let "extends" (and a linked config file) reach outside the config's folder
  -t, --type <id>              treat every note as this type (soap, dap, birp, intake, ...)
      --no-dismissed           also report the findings dismissed in .clinote/dismissed.json (the editor's
                               "Dismiss for this note"; the nearest such file above each note applies)
  -q, --quiet                  report errors only, and draw no progress bar (drawn on a terminal's stderr only)
      --max-warnings <n>       also exit 1 when there are more than n warnings
      --stdin-filename <path>  path to show and to find the config for stdin
  -j, --jobs <n>               lint on n worker threads (default: one per core for large runs; 1 = no workers)
      --cache                  re-lint only the notes that changed (or whose config did) since the last run;
                               results are kept encrypted, with no note text, in node_modules/.cache/clinote
      --cache-location <path>  the cache file, or a folder for it (implies --cache)
      --color, --no-color      force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no errors, 1 errors found (an unreadable file or folder among them), 2 could not run (bad arguments,
no files matched, unreadable --config).
`;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      type: { type: 'string', short: 't' },
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'allow-outside-config': { type: 'boolean' },
      'no-dismissed': { type: 'boolean' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
    },
  });
  const format = values.format ?? DEFAULT_FORMAT;
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (!isFormatName(format)) throw new UsageError(`unknown format "${format}"; use ${formatList()}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings needs a whole number, not "${values['max-warnings']}"`);
    }
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a whole number of at least 1, not "${values.jobs}"`);
  }
  const [command, ...targets] = positionals;
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    command,
    targets,
    format,
    config: values.config,
    type: values.type,
    quiet: values.quiet ?? false,
    maxWarnings,
    color: values['no-color'] ? false : values.color,
    stdinFilename: values['stdin-filename'],
    jobs,
    allowOutsideConfig: values['allow-outside-config'] ?? false,
    dismissed: !values['no-dismissed'],
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    output: values.output,
  };
}
