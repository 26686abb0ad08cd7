// `clinote draft <template> <notes or folders...> [--client ID] [-o FILE] [--share]` and `clinote draft --list`:
// reads the notes, drafts a report from a template (built in, or the workspace's .clinote/templates/NAME.md), and
// prints it or writes it to a new file. Bad input is exit 2 with a message, and nothing is written.
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  builtinTemplates,
  draftFrom,
  isIgnored,
  parseNote,
  mergeTemplates,
  profilesFor,
  readNotes,
  readTemplate,
  templateName,
  toPosix,
  TemplateError,
  type DraftNote,
  type DraftTemplate,
} from '../core/index.js';
import { expandTargets } from './files.js';
import { decodeNote, megabytes, MAX_BYTES } from './decode.js';
import { readRegularFile } from './read.js';
import { CliConfigs } from './configs.js';
import { errorText } from './host.js';
import type { CliIO } from './main.js';

export const DRAFT_HELP = `Usage: clinote draft <template> <notes|folders...> [options]
       clinote draft --list       (also: clinote templates)

Drafts a report from a client's notes: the facts the notes hold (dates, attendance, goals, measures, risk,
interventions...) laid into a template, each marked "(from notes: FILE line N)", with questions left for you as
<!-- ? ... --> prompts. The draft is a note of the template's type: \`clinote lint\` checks it.

Options:
      --client <id>    the client: front matter \`client:\` id, or the notes' folder (needed when the notes hold several)
  -o, --output <file>  write the draft to this new file (never overwrites) instead of printing it, and each
                       measure's chart beside it (report.md: report-phq-9.svg, linked from the draft)
      --share          de-identify: replace what the identifiers rule finds with placeholders, notes named "note 3"
      --list           list the templates (built in, and the workspace's .clinote/templates/*.md)
      --today <date>   the draft's date, YYYY-MM-DD (default: today)
  -c, --config <file>  use this config file for every note instead of the nearest .clinote.*
  -h, --help           show this help

Exit codes: 0 drafted, 1 drafted with --share but an identifier is still flagged, 2 could not draft (unknown or
broken template, no notes for the client, unreadable note, output file exists).
`;

/** `.clinote/templates/` in the working folder or the nearest folder above it that has one. */
function workspaceTemplatesDir(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const t = path.join(dir, '.clinote', 'templates');
    if (existsSync(t)) return t;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The templates: built in, then the workspace's, each read once; a broken one is an error, not a crash. */
function loadTemplates(cwd: string, configs: CliConfigs): { templates: DraftTemplate[]; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const own: DraftTemplate[] = [];
  const dir = workspaceTemplatesDir(cwd);
  if (dir) {
    // A template's type may be one the workspace's config adds.
    const types = profilesFor(configs.forNote(path.join(dir, 'template.md')).config).map((p) => p.id);
    for (const f of readdirSync(dir).sort()) {
      const name = templateName(f);
      if (!name) continue;
      const file = path.relative(cwd, path.join(dir, f)) || f;
      try {
        const r = readRegularFile(path.join(dir, f), MAX_BYTES);
        if (!r.ok) throw new TemplateError(file, 1, 'not a regular file of at most 1 MB');
        const d = decodeNote(r.bytes);
        if (!d.ok) throw new TemplateError(file, 1, d.reason);
        own.push(readTemplate(name, file, d.text, types));
      } catch (e) {
        errors.push(e instanceof TemplateError ? e : new TemplateError(file, 1, `cannot read it: ${errorText(e)}`));
      }
    }
  }
  return { templates: mergeTemplates(builtinTemplates(), own), errors };
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function draftCommand(argv: string[], io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const fail = (msg: string) => (io.stderr(`clinote draft: ${msg}\n`), 2);
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        client: { type: 'string' },
        output: { type: 'string', short: 'o' },
        share: { type: 'boolean' },
        list: { type: 'boolean' },
        today: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'allow-outside-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\nRun "clinote draft --help" for usage.`);
  }
  if (values.help) return io.stdout(DRAFT_HELP), 0;
  const configs = new CliConfigs(values['allow-outside-config'] ?? false);
  if (values.config !== undefined) {
    const reason = configs.useFile(path.resolve(cwd, values.config));
    if (reason) return fail(`cannot read config file ${values.config}: ${reason}`);
  }
  const { templates, errors } = loadTemplates(cwd, configs);
  if (values.list) {
    const width = Math.max(...templates.map((t) => t.name.length));
    io.stdout(templates.map((t) => `${t.name.padEnd(width)}  ${t.description} [type: ${t.type}${t.file.startsWith('built-in') ? '' : `; ${t.file}`}]\n`).join(''));
    for (const e of errors) io.stderr(`clinote draft: template ${e.message}\n`);
    return errors.length ? 2 : 0;
  }
  const [name, ...targetArgs] = positionals;
  if (!name) return fail('name a template and the notes to draft from (clinote draft --list shows the templates)');
  const template = templates.find((t) => t.name === name);
  if (!template) {
    const err = errors.find((e) => path.basename(e.file) === `${name}.md`);
    if (err) return fail(`template ${err.message}`);
    return fail(`unknown template "${name}"; use ${templates.map((t) => t.name).join(', ')}`);
  }
  if (!targetArgs.length) return fail('name the notes or folders to draft from');
  const today = values.today ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return fail(`--today needs a date as YYYY-MM-DD, not "${today}"`);

  // The output is checked before any work: a draft never replaces a file.
  const out = values.output !== undefined ? path.resolve(cwd, values.output) : undefined;
  if (out && existsSync(out)) return fail(`${values.output} already exists; choose a new file name (a draft never overwrites)`);

  const { targets, errors: targetErrors } = await expandTargets(targetArgs, cwd);
  if (targetErrors.length) return fail(targetErrors.join('; '));
  const notes: DraftNote[] = [];
  for (const t of targets) {
    if (t.kind === 'stdin') return fail('drafting reads notes from files, not stdin');
    const shown = path.relative(cwd, t.path) || t.path;
    if (t.kind === 'unreadable') return fail(`cannot read ${shown}: ${t.reason}`);
    const { config } = configs.forNote(t.path);
    if (isIgnored(config.ignore, toPosix(t.path)) && !t.explicit) continue;
    let bytes: Uint8Array;
    try {
      const r = readRegularFile(t.path, MAX_BYTES);
      if (!r.ok) return fail(`cannot read ${shown}: ${'what' in r ? `it is ${r.what}` : `the file is ${megabytes(r.size)} (notes over 1 MB are not read)`}`);
      bytes = r.bytes;
    } catch (e) {
      return fail(`cannot read ${shown}: ${errorText(e)}`);
    }
    const d = decodeNote(bytes);
    if (!d.ok) return fail(`cannot read ${shown}: ${d.reason.replace(/^skipped: /, '')}`);
    notes.push({ path: toPosix(shown), text: d.text, config });
  }
  if (!notes.length) return fail('no notes found in ' + targetArgs.join(' '));
  // A config mistake (a measure declared wrongly, say) leaves that part out: said, as `clinote lint` says it.
  for (const p of configs.problems()) {
    io.stderr(`clinote draft: ${path.relative(cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning' : 'config error'}: ${p.message}\n`);
  }

  let result;
  try {
    // Charts go beside the output file (report.md -> report-phq-9.svg); printed to stdout, a draft has none.
    const charts = out ? path.basename(out).replace(/\.(md|markdown)$/i, '') : undefined;
    result = draftFrom(readNotes(notes), template, { client: values.client, today, share: values.share, charts });
  } catch (e) {
    if (e instanceof TemplateError) return fail(`template ${e.message}`);
    throw e;
  }
  if (!result.ok) return fail(result.reason);

  if (out) {
    const files = [...result.charts.map((c) => ({ path: path.join(path.dirname(out), c.file), text: c.svg })), { path: out, text: result.text }];
    const taken = files.find((f) => existsSync(f.path));
    if (taken) return fail(`${path.relative(cwd, taken.path)} already exists; choose a new file name (a draft never overwrites)`);
    // Each written beside, then renamed: a file is whole or absent. The charts first, so the draft never links to
    // a chart that is not there.
    const written: string[] = [];
    for (const f of files) {
      const tmp = `${f.path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, f.text, { flag: 'wx' });
        renameSync(tmp, f.path);
        written.push(f.path);
      } catch (e) {
        for (const w of [tmp, ...written]) rmSync(w, { force: true });
        return fail(`cannot write ${path.relative(cwd, f.path)}: ${errorText(e)}`);
      }
    }
  } else io.stdout(result.text);

  // The questions as the linter will see them (a parse, not a lint: the check is `clinote lint`'s job).
  const parsed = parseNote(result.text);
  const questions = parsed.prompts.length;
  const where = out ? values.output : 'the draft';
  const used = result.facts.reduce((n, f) => n + f.counts.notes, 0);
  io.stderr(`clinote draft: ${where} from ${used} ${used === 1 ? 'note' : 'notes'}; ${questions} ${questions === 1 ? 'question' : 'questions'} left for you (<!-- ? -->)${out ? `; check it with: clinote lint ${values.output}` : ''}\n`);
  const measures = result.facts.reduce((k, f) => k + f.measures.length, 0);
  if (out && result.charts.length) io.stderr(`clinote draft: ${result.charts.length} ${result.charts.length === 1 ? 'chart' : 'charts'} beside it: ${result.charts.map((c) => c.file).join(', ')}\n`);
  else if (!out && measures) io.stderr(`clinote draft: the measures are charted only in a draft written to a file: use -o FILE (the charts are written beside it)\n`);
  if (values.share) {
    io.stderr(`clinote draft: --share replaced ${result.replaced} possible ${result.replaced === 1 ? 'identifier' : 'identifiers'}\n`);
    if (result.remaining?.length) {
      const lines = result.remaining.map((f) => parsed.lines.position(f.range.start).line + 1);
      io.stderr(`clinote draft: ${result.remaining.length} possible ${result.remaining.length === 1 ? 'identifier is' : 'identifiers are'} still flagged (lines ${[...new Set(lines)].join(', ')}): remove ${result.remaining.length === 1 ? 'it' : 'them'} by hand before sharing\n`);
      return 1;
    }
  }
  return 0;
}
