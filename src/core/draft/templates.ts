// Report templates: Markdown with LiquidJS tags, as data. A template is never code: Liquid has no way to call a
// function or read a property that is not the data's own (`ownPropertyOnly`), partials come only from the templates
// handed to it (`templates`: no file system), and parse and render are bounded in time and memory. A template with an
// error yields a TemplateError with its file and line, never a crash.
import { Context, Liquid } from 'liquidjs';
import { parseDocument } from 'yaml';
import { BUILTIN_TEMPLATES } from './builtin-templates.generated.js';
import { profiles } from '../profiles/index.js';
import { closest, orList } from '../config/suggest.js';
import { Cancelled, stopIf, type ShouldStop } from '../work.js';

export type TemplateScope = 'client' | 'caseload';

export interface DraftTemplate {
  name: string;
  /** Where it was read ("built-in" for Clinote's own, else the file's path as shown). */
  file: string;
  description: string;
  /** The note type of the draft: its front matter `type:`, so that `clinote lint` checks it with that profile. */
  type: string;
  /** One client's notes, or every client's (a supervision report over a caseload). */
  scope: TemplateScope;
  /** The Liquid source, after its header. */
  body: string;
  /** Line (1-based) in the file where the body starts. */
  bodyLine: number;
}

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'TemplateError';
  }
}

const HEADER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads a template file: a YAML header (description, type, scope), then the Liquid body. `noteTypes`: the type ids
 * a draft may have (the built-in ones, and those the workspace's config adds); a draft of another type would be
 * checked as no note type at all.
 */
export function readTemplate(name: string, file: string, source: string, noteTypes: readonly string[] = profiles.map((p) => p.id)): DraftTemplate {
  const m = HEADER.exec(source);
  if (!m) throw new TemplateError(file, 1, 'a template starts with a `---` header holding its `description:` and `type:`');
  const doc = parseDocument(m[1], { prettyErrors: false, logLevel: 'silent' });
  const lineOfOffset = (i: number) => 2 + (m[1].slice(0, i).match(/\n/g)?.length ?? 0);
  if (doc.errors.length) throw new TemplateError(file, lineOfOffset(doc.errors[0].pos[0]), `header: ${doc.errors[0].message.split('\n')[0]}`);
  const data = doc.toJS() as Record<string, unknown> | null;
  const field = (k: string) => (data && typeof data[k] === 'string' ? (data[k] as string).trim() : undefined);
  const description = field('description');
  const type = field('type');
  const scope = field('scope') ?? 'client';
  if (!description) throw new TemplateError(file, 1, 'the header needs a `description:` (one line, shown by `clinote draft --list`)');
  if (!type) throw new TemplateError(file, 1, 'the header needs a `type:`, the note type of the draft (termination, treatment-plan-review...)');
  if (!noteTypes.includes(type)) {
    const guess = closest(type, noteTypes);
    throw new TemplateError(file, typeLine(m[1]), `\`type:\` "${type}" is not a note type; ${guess ? `did you mean "${guess}"? ` : ''}use ${orList([...noteTypes])}`);
  }
  if (scope !== 'client' && scope !== 'caseload') throw new TemplateError(file, 1, `\`scope:\` is "client" or "caseload", not "${scope}"`);
  const t: DraftTemplate = { name, file, description, type, scope, body: source.slice(m[0].length), bodyLine: 1 + (m[0].match(/\n/g)?.length ?? 0) };
  // Parsed now, so that a mistake shows when the template is loaded (and listed), not only when it is used.
  parseBody(t);
  return t;
}

/** The line of the header's `type:` (the header starts on line 2). */
function typeLine(header: string): number {
  const i = header.split('\n').findIndex((l) => /^type\s*:/.test(l));
  return i < 0 ? 1 : i + 2;
}

/** Clinote's own templates, by name. */
export function builtinTemplates(): DraftTemplate[] {
  return Object.entries(BUILTIN_TEMPLATES).map(([name, src]) => readTemplate(name, `built-in template ${name}`, src));
}

/** A workspace template's name from its file name (`.clinote/templates/NAME.md`), or undefined if it is no valid name. */
export function templateName(fileName: string): string | undefined {
  const m = /^(.+)\.md$/i.exec(fileName);
  return m && NAME.test(m[1]) ? m[1] : undefined;
}

/** The templates a workspace sees: built-in ones, then its own, which replace a built-in one of the same name. */
export function mergeTemplates(builtin: DraftTemplate[], workspace: DraftTemplate[]): DraftTemplate[] {
  const out = new Map(builtin.map((t) => [t.name, t]));
  for (const t of workspace) out.set(t.name, t);
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function engine(): Liquid {
  const liquid = new Liquid({
    // No file system: `{% include %}`, `{% render %}` and `{% layout %}` find nothing but this (empty) mapping.
    templates: {},
    relativeReference: false,
    ownPropertyOnly: true,
    strictFilters: true,
    // A bad loop (`(1..100000000)`) or a huge string stops with an error instead of hanging the editor or the CLI.
    parseLimit: 1_000_000,
    renderLimit: 5_000,
    memoryLimit: 50_000_000,
  });
  // "(from notes: 2026-03-14.md line 12)": marks a sentence that was gathered, with where.
  liquid.registerFilter('from', (v: unknown) => {
    const src = v && typeof v === 'object' && 'source' in v ? (v as { source: unknown }).source : v;
    return typeof src === 'string' && src ? `(from notes: ${src})` : '';
  });
  // "3 sessions", "1 session".
  liquid.registerFilter('count', (n: unknown, one: unknown, many?: unknown) => {
    const k = Number(n) || 0;
    return `${k} ${k === 1 ? String(one) : String(many ?? `${String(one)}s`)}`;
  });
  return liquid;
}

let shared: Liquid | undefined;

/**
 * Renders a template over its data. Throws a TemplateError (file, line, what) for any mistake in the template, and a
 * Cancelled once `shouldStop` says so (asked before each node Liquid renders, each pass of a loop included).
 */
export function renderTemplate(t: DraftTemplate, data: object, shouldStop?: ShouldStop): string {
  const parsed = parseBody(t);
  const liquid = (shared ??= engine());
  try {
    const ctx = new Context(data, liquid.options, { sync: true }, { liquid });
    // Liquid checks its render limit (the clock) before each node: the place to ask whether to stop, too.
    const limit = ctx.renderLimit;
    const check = limit.check.bind(limit);
    limit.check = (now: number) => {
      stopIf(shouldStop);
      check(now);
    };
    return liquid.renderSync(parsed, ctx) as string;
  } catch (e) {
    if (isCancelled(e)) throw new Cancelled();
    throw templateError(t, e);
  }
}

/** A Cancelled, or a Liquid error raised by one (a loop's body wraps what stopped it). */
function isCancelled(e: unknown): boolean {
  return e instanceof Cancelled || (typeof e === 'object' && e !== null && 'originalError' in e && isCancelled(e.originalError));
}

function parseBody(t: DraftTemplate) {
  try {
    return (shared ??= engine()).parse(t.body, t.file);
  } catch (e) {
    throw templateError(t, e);
  }
}

/** A Liquid error as file, line and what is wrong (its message without the position and excerpt it appends). */
function templateError(t: DraftTemplate, e: unknown): TemplateError {
  const err = e as { message?: string; token?: { getPosition?: () => number[] }; originalError?: Error };
  const deepest = (x: typeof err): typeof err => {
    const inner = x.originalError as typeof err | undefined;
    return inner && inner.token ? deepest(inner) : x;
  };
  const d = deepest(err);
  const pos = d.token?.getPosition?.();
  const line = pos ? t.bodyLine + pos[0] - 1 : t.bodyLine;
  const message = (d.originalError?.message ?? d.message ?? String(e)).split('\n')[0].replace(/, (?:file:[^,]*, )?line:\d+, col:\d+$/, '');
  return new TemplateError(t.file, line, message);
}
