// Robustness over texts nobody wrote on purpose: every CommonMark spec example, and real notes mutated the ways
// notes break. Lint never throws, ranges stay on the text, fix-all settles after one pass, an inserted section
// counts as that section, and CRLF or CR line breaks or a BOM change nothing a clinician sees.
// `npm run fuzz` runs the same properties with FUZZ_RUNS cases each (see test/support/fuzz-run.ts).
import fc from 'fast-check';
import { bomProblem, eolProblem, idempotenceProblem, lintRangeProblem, missingFixProblem, throwProblem } from '../support/invariants.js';
import { mutant, noteCorpus, specExamples } from '../support/mutate.js';
import { counts, fuzzing, runAll, runProperty, FUZZ_RUNS, FUZZ_SEED } from '../support/fuzz-run.js';

const properties: { title: string; check: (text: string, lf: string) => string | undefined; runs: number }[] = [
  { title: 'lint never throws', check: (t) => throwProblem(t), runs: 300 },
  { title: 'finding and fix ranges lie inside the text and split no CRLF or surrogate pair', check: (t) => lintRangeProblem(t), runs: 300 },
  { title: 'fix-all is idempotent: a second pass changes nothing', check: (t) => idempotenceProblem(t), runs: 150 },
  { title: "a missing dimension's fix makes it unfilled or addressed, not missing", check: (t) => missingFixProblem(t), runs: 80 },
  { title: 'CRLF and lone-CR line breaks give the same findings on the same text as LF', check: (_t, lf) => eolProblem(lf), runs: 120 },
  { title: 'a leading BOM gives the same findings on the same text', check: (t) => bomProblem(t), runs: 120 },
];

describe('fuzz: CommonMark spec examples', function () {
  this.timeout(fuzzing ? 0 : 90_000);
  for (const p of properties) {
    it(p.title, () => runAll(`spec: ${p.title}`, specExamples, (e) => p.check(e.text, e.text)));
  }
});

describe('fuzz: mutated notes', function () {
  this.timeout(fuzzing ? 0 : 90_000);
  // Mostly real notes; some spec examples mutated too (they reach parser corners notes do not).
  const arb = fc.oneof({ weight: 4, arbitrary: mutant(noteCorpus) }, { weight: 1, arbitrary: mutant(specExamples) });
  for (const p of properties) {
    it(p.title, () => runProperty(`mutated: ${p.title}`, arb, (m) => p.check(m.text, m.lf), p.runs, 20_000));
  }

  after(() => {
    if (!fuzzing) return;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`\n  fuzz: ${total} cases in total (FUZZ_RUNS=${FUZZ_RUNS} per mutated property, seed ${FUZZ_SEED})`);
    for (const [t, n] of counts) console.log(`    ${String(n).padStart(7)}  ${t}`);
  });
});
