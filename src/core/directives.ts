// Inline comments that silence rules:
//   <!-- clinote-disable [ids] -->            from here on (all rules when no id is given)
//   <!-- clinote-enable [ids] -->             back on
//   <!-- clinote-disable-next-line [ids] -->  the next line only
//   <!-- clinote-disable-line [ids] -->       this line only
//   <!-- clinote-disable-file [ids] -->       the whole note, wherever the comment sits
import type { Directive, Note } from './note.js';
import type { Finding } from './types.js';

export function applyDirectives(note: Note, findings: Finding[]): Finding[] {
  const ds = note.directives;
  if (!ds.length) return findings;
  const fileOff = new Set<string>();
  let fileAll = false;
  for (const d of ds) {
    if (d.kind !== 'disable-file') continue;
    if (!d.rules.length) fileAll = true;
    d.rules.forEach((r) => fileOff.add(r));
  }
  const ranged = ds.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.range.start - b.range.start);
  return findings.filter((f) => {
    if (fileAll || fileOff.has(f.ruleId)) return false;
    const line = note.lines.position(f.range.start).line;
    if (ds.some((d) => lineDirective(d, line, f.ruleId))) return false;
    let off = false;
    for (const d of ranged) {
      if (d.range.start > f.range.start) break;
      if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
      off = d.kind === 'disable';
    }
    return !off;
  });
}

function lineDirective(d: Directive, line: number, ruleId: string): boolean {
  const applies = !d.rules.length || d.rules.includes(ruleId);
  if (!applies) return false;
  if (d.kind === 'disable-line') return d.line === line;
  if (d.kind === 'disable-next-line') return d.line + 1 === line;
  return false;
}
