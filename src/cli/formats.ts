// The CLI's output formats, one entry each: --format, --help and the usage error read this list. Adding an output
// (SARIF, JUnit, HTML...) means adding an entry here; the formatter itself is a pure function in the core's report/.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { formatHtml, formatJunit, formatSarif, formatSummary, jsonChunks, stylishChunks, stylishLines, type FileReport, type RuleInfo } from '../core/index.js';

/** What a format is given: the notes' reports and, apart, the config files' problems. */
export interface FormatInput {
  notes: FileReport[];
  configs: FileReport[];
  /** ANSI colours (a terminal without NO_COLOR, or --color). */
  color: boolean;
  /** The working folder, which the reports' relative paths are relative to. */
  cwd: string;
  /** Clinote's version. */
  version: string;
  /** What the configs in use say of a rule the built-in registry does not hold (their own dimensions). */
  ruleInfo?: (id: string) => RuleInfo | undefined;
}

/** What it prints: stdout (whole, or in pieces written as they are made), and what must be seen even when stdout is
 *  piped away (stderr). */
export interface FormatOutput {
  stdout: string | Iterable<string>;
  stderr?: string;
}

/** The parts of a note's report that only some formats print: the CLI keeps a part until the end of the run only for
 *  a format that reads it: every note's fixes (template text) and dimensions add up on a large caseload. */
export type ReportPart = 'fix' | 'rules' | 'dimensions' | 'session';

export interface OutputFormat {
  /** One line for --help. */
  description: string;
  /** Of a file holding this output (for tools that save it). */
  extension: string;
  /** The parts of the reports it reads beyond the findings, their places, messages and details, and the review. */
  reads: readonly ReportPart[];
  format(input: FormatInput): FormatOutput;
}

const formats = {
  stylish: {
    description: 'one line per finding, then a summary; config problems on stderr',
    extension: '.txt',
    reads: [],
    format: ({ notes, configs, color }) => {
      const lines = stylishLines(configs, { color });
      return { stdout: stylishChunks(notes, { color, configs }), stderr: lines.length ? lines.join('\n') + '\n' : undefined };
    },
  },
  json: {
    description: 'an array of {path, findings}, config files among them, for scripts',
    extension: '.json',
    reads: [],
    format: ({ notes, configs }) => ({ stdout: jsonChunks([...notes, ...configs]) }),
  },
  summary: {
    description: 'a caseload report in Markdown: which dimensions each note misses',
    extension: '.md',
    reads: [],
    format: ({ notes, configs }) => ({ stdout: formatSummary([...notes, ...configs]) }),
  },
  sarif: {
    description: 'SARIF 2.1.0 with rule metadata and fixes, for code-scanning views',
    extension: '.sarif',
    reads: ['fix'],
    format: ({ notes, configs, cwd, version, ruleInfo }) => ({
      stdout: formatSarif([...notes, ...configs], { version, ruleInfo, root: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href }),
    }),
  },
  junit: {
    description: 'JUnit XML for CI: a test suite per note, a test case per rule checked',
    extension: '.xml',
    reads: ['rules'],
    format: ({ notes, configs, ruleInfo }) => ({ stdout: formatJunit([...notes, ...configs], ruleInfo) }),
  },
  html: {
    description: 'a caseload report page for a supervisor (use with -o report.html): coverage matrix, trainees, trend',
    extension: '.html',
    reads: ['dimensions', 'session'],
    // The page's CSP allows its one style and one script by their hashes: a file opened from disk runs nothing else.
    format: ({ notes, configs, version }) => ({ stdout: formatHtml([...notes, ...configs], { version, csp: { sha256: (t) => createHash('sha256').update(t).digest('base64') } }) }),
  },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof formats;
export const FORMATS: Readonly<Record<FormatName, OutputFormat>> = formats;
export const DEFAULT_FORMAT: FormatName = 'stylish';
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** "a, b or c". */
export function formatList(): string {
  const names = FORMAT_NAMES;
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
