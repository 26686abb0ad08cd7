// Prompt markers and inline directives: both live in HTML comments, so the Markdown preview never prints them.
//
//   <!-- ? What does the client want to change? -->     a question the clinician has not answered yet
//   <!-- clinote-disable goals -->                        an inline directive (see directives.ts)

import type { Directive, Prompt } from './note.js';

const DIRECTIVE_BODY = /^\s*clinote-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*)$/;

export interface CommentScan {
  prompts: Prompt[];
  directives: Omit<Directive, 'line'>[];
  /** Text outside comments, as [offset, text] pieces (an HTML block can carry text after `-->`). */
  rest: { start: number; text: string }[];
}

/** Finds prompt markers and directives in raw HTML starting at `base` in the note. */
export function scanComments(html: string, base: number): CommentScan {
  const out: CommentScan = { prompts: [], directives: [], rest: [] };
  let last = 0;
  for (const c of comments(html)) {
    if (c.start > last) out.rest.push({ start: base + last, text: html.slice(last, c.start) });
    last = c.end;
    const range = { start: base + c.start, end: base + c.end };
    const body = html.slice(c.start + 4, c.end - 3);
    const question = promptQuestion(body);
    if (question !== undefined) {
      out.prompts.push({ question, range });
      continue;
    }
    const d = DIRECTIVE_BODY.exec(body);
    if (d) {
      const rules = d[2]
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter((r) => r && r !== '--');
      out.directives.push({ kind: d[1] as Directive['kind'], rules, range });
    }
  }
  // An unclosed `<!--` makes the rest of an HTML block a comment: nothing the preview shows.
  const open = html.indexOf('<!--', last);
  const restEnd = open < 0 ? html.length : open;
  if (last < restEnd) out.rest.push({ start: base + last, text: html.slice(last, restEnd) });
  return out;
}

/**
 * Each `<!-- ... -->` in a text, in order. A scan with indexOf: the regular expression /<!--[\s\S]*?-->/g reads
 * on to the end of the text again from every unclosed `<!--`, which is quadratic.
 */
function* comments(text: string): Generator<{ start: number; end: number }> {
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return; // no later comment can close either
    yield { start: open, end: close + 3 };
    open = text.indexOf('<!--', close + 3);
  }
}

/** The question of a prompt marker's body (`? What ...`), or undefined when the comment is something else. */
function promptQuestion(body: string): string | undefined {
  const t = body.trim();
  return t.startsWith('?') ? t.slice(1).trim() : undefined;
}

/** Where the first prompt marker of a text is (a comment whose body starts with `?`), if it has one. */
export function firstPrompt(text: string): { start: number; end: number } | undefined {
  for (const c of comments(text)) if (promptQuestion(text.slice(c.start + 4, c.end - 3)) !== undefined) return c;
  return undefined;
}

/** The marker for a question, as templates write it. */
export function promptMarker(question: string): string {
  return `<!-- ? ${question} -->`;
}

/** Turns every prompt marker of a template into a numbered snippet tab stop, escaping snippet syntax. */
export function toSnippet(template: string): string {
  let n = 0;
  const parts: string[] = [];
  let last = 0;
  for (const c of comments(template)) {
    const marker = template.slice(c.start, c.end);
    if (promptQuestion(marker.slice(4, -3)) === undefined) continue;
    parts.push(escapeSnippet(template.slice(last, c.start)));
    parts.push(`\${${++n}:${escapeSnippet(marker).replace(/}/g, '\\}')}}`);
    last = c.end;
  }
  parts.push(escapeSnippet(template.slice(last)));
  return parts.join('') + (n ? '$0' : '');
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$]/g, (c) => '\\' + c);
}
