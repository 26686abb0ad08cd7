// Inline comments that silence rules:
//   <!-- clinote-disable [ids] -->            from here on (all rules when no id is given)
//   <!-- clinote-enable [ids] -->             back on
//   <!-- clinote-disable-next-line [ids] -->  the next line only
//   <!-- clinote-disable-line [ids] -->       this line only
//   <!-- clinote-disable-file [ids] -->       the whole note, wherever the comment sits
import type { Directive, Note } from './note.js';
import type { Finding } from '../types.js';

export function applyDirectives(note: Note, findings: Finding[]): Finding[] {
  const ds = note.directives;
  if (!ds.length) return findings;
  const fileOff = new Set<string>();
  let fileAll = false;
  // Line directives by the line they silence, so that each finding looks up its own line only.
  const byLine = new Map<number, Directive[]>();
  for (const d of ds) {
    if (d.kind === 'disable-file') {
      if (!d.rules.length) fileAll = true;
      d.rules.forEach((r) => fileOff.add(r));
    } else if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const line = d.kind === 'disable-line' ? d.line : d.line + 1;
      byLine.set(line, [...(byLine.get(line) ?? []), d]);
    }
  }
  if (fileAll) return [];
  const ranged = ds.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.range.start - b.range.start);
  // One sweep over the findings in order: the latest disable/enable before a finding decides, whether it names
  // every rule (`all`) or the finding's own (`perRule`); `seq` tells which came later.
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.range.start - b.f.range.start);
  const keep = new Array<boolean>(findings.length).fill(true);
  let all = { off: false, seq: -1 };
  const perRule = new Map<string, { off: boolean; seq: number }>();
  let next = 0;
  for (const { f, i } of order) {
    for (; next < ranged.length && ranged[next].range.start <= f.range.start; next++) {
      const d = ranged[next];
      const state = { off: d.kind === 'disable', seq: next };
      if (!d.rules.length) all = state;
      else for (const r of d.rules) perRule.set(r, state);
    }
    if (fileOff.has(f.ruleId)) keep[i] = false;
    else if (byLine.get(note.lines.position(f.range.start).line)?.some((d) => !d.rules.length || d.rules.includes(f.ruleId))) keep[i] = false;
    else {
      const own = perRule.get(f.ruleId);
      keep[i] = !(own && own.seq > all.seq ? own.off : all.off);
    }
  }
  return findings.filter((_, i) => keep[i]);
}
