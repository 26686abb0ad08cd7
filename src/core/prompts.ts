// Prompt markers and inline directives: both live in HTML comments, so the Markdown preview never prints them.
//
//   <!-- ? What does the client want to change? -->     a question the clinician has not answered yet
//   <!-- clinote-disable goals -->                        an inline directive (see directives.ts)

import type { Directive, Prompt } from './note.js';

const COMMENT = /<!--([\s\S]*?)-->/g;
const PROMPT_BODY = /^\s*\?\s*([\s\S]*?)\s*$/;
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
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(html); m; m = COMMENT.exec(html)) {
    if (m.index > last) out.rest.push({ start: base + last, text: html.slice(last, m.index) });
    last = m.index + m[0].length;
    const range = { start: base + m.index, end: base + last };
    const p = PROMPT_BODY.exec(m[1]);
    if (p) {
      out.prompts.push({ question: p[1], range });
      continue;
    }
    const d = DIRECTIVE_BODY.exec(m[1]);
    if (d) {
      const rules = d[2]
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter((r) => r && r !== '--');
      out.directives.push({ kind: d[1] as Directive['kind'], rules, range });
    }
  }
  if (last < html.length) out.rest.push({ start: base + last, text: html.slice(last) });
  return out;
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
  const re = /<!--\s*\?[\s\S]*?-->/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    parts.push(escapeSnippet(template.slice(last, m.index)));
    parts.push(`\${${++n}:${escapeSnippet(m[0]).replace(/}/g, '\\}')}}`);
    last = m.index + m[0].length;
  }
  parts.push(escapeSnippet(template.slice(last)));
  return parts.join('') + (n ? '$0' : '');
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$]/g, (c) => '\\' + c);
}
