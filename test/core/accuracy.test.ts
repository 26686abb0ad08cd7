// Guards clinical accuracy against regressions: on the labelled notes, every dimension keeps precision and recall
// of its "missing" findings at 0.9 or more, and the note type is recognised. `npm run accuracy` prints the table.
// The rules' reading is guarded alone (`"secondOpinion": false`): the cues were tuned on these sets. The learned
// second opinion, on by default, is guarded where it was never fitted (the last describe).
import assert from 'node:assert/strict';
import { measure } from '../../scripts/accuracy.js';
import { emptyConfig } from '../../src/core/index.js';

const RULES_ONLY = { ...emptyConfig(), secondOpinion: false };

describe('clinical accuracy (test/fixtures/accuracy)', () => {
  const r = measure(new URL('../fixtures/accuracy/', import.meta.url).pathname, 'info', RULES_ONLY);
  it('has at least 30 labelled notes', () => assert.ok(r.notes >= 30, `${r.notes}`));
  it('recognises every note type', () => assert.deepEqual(r.typeErrors, []));
  for (const s of r.scores) {
    it(`${s.id}: precision and recall >= 0.9`, () => {
      const detail = r.errors.filter((e) => e.id === s.id).map((e) => `${e.kind} ${e.note}`).join('\n');
      assert.ok(s.precision >= 0.9 && s.recall >= 0.9, `P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}\n${detail}`);
    });
  }
});

// The held-out sets' figures after their errors were studied measure nothing about the next note; they are a floor,
// so that a change that helps one set does not quietly cost another. (Their first-run figures are in the README.)
describe('clinical accuracy on the held-out sets, the rules alone (regression floors, micro precision / recall)', () => {
  const floors: Record<string, [number, number]> = {
    'accuracy-holdout': [1.0, 1.0],
    'accuracy-holdout2': [0.92, 0.92],
    'accuracy-holdout3': [1.0, 0.95],
    'accuracy-holdout4': [0.96, 0.86],
    'accuracy-holdout5': [0.97, 0.92],
    'accuracy-holdout6': [0.92, 0.88],
    'accuracy-holdout7': [0.96, 0.85],
    'accuracy-holdout8': [0.82, 0.82],
    'accuracy-holdout9': [0.87, 0.8],
    'accuracy-holdout10': [0.95, 0.84],
    // (0.875 / 0.77 -> 0.870 / 0.741: a vague review's "a little better, maybe" in quotes now reads as the client's
    // view; the labels call that no progress.)
    'accuracy-holdout11': [0.86, 0.73],
    'accuracy-holdout12': [0.91, 0.79],
    'accuracy-holdout13': [0.96, 0.87],
    'accuracy-holdout14': [0.95, 0.79],
    'accuracy-holdout15': [0.62, 0.66],
    'accuracy-holdout16': [0.9, 0.87],
    'accuracy-holdout17': [0.92, 0.92],
    'accuracy-holdout18': [0.91, 0.91],
    'accuracy-holdout19': [0.86, 0.82],
    'accuracy-holdout20': [0.76, 0.86],
    'accuracy-holdout21': [0.9, 0.9],
    'accuracy-holdout22': [0.86, 0.86],
    'accuracy-holdout23': [0.87, 0.87],
    'accuracy-holdout24': [0.94, 0.9],
    'accuracy-holdout25': [0.76, 0.8],
    'accuracy-holdout26': [0.95, 0.91],
    // (0.95 -> 0.92: a group member's "second consecutive absence" now raises the engagement plan, which these labels
    // judge handled.)
    'accuracy-holdout27': [0.92, 0.91],
    'accuracy-holdout28': [0.96, 0.96],
    'accuracy-holdout29': [0.85, 0.85],
    'accuracy-holdout30': [0.75, 0.84],
    'accuracy-holdout31': [0.88, 0.95],
    'accuracy-holdout32': [0.96, 1.0],
    'accuracy-holdout33': [0.83, 0.95],
    'accuracy-holdout34': [0.95, 0.95],
    'accuracy-holdout35': [0.91, 0.88],
    'accuracy-holdout36': [0.79, 0.92],
    'accuracy-holdout37': [0.87, 1.0],
    'accuracy-holdout38': [0.74, 0.8],
    'accuracy-holdout39': [0.85, 1.0],
    'accuracy-holdout40': [1.0, 1.0],
    // (R 0.96 -> 0.92 and 62's 0.96 -> 0.93: occupational socialization reads two of its job clusters outside an
    // occupational assessment, which removed eleven wrong findings over all sets and missed three gaps, one each here.)
    'accuracy-holdout41': [0.96, 0.92],
    // (0.95 before a ghillie's "it's who I am" raised bias safeguards, rightly, and occupational socialization, which
    // the labels found covered in Scots.)
    'accuracy-holdout42': [0.92, 0.88],
    'accuracy-holdout43': [0.87, 0.87],
    'accuracy-holdout44': [0.9, 1.0],
    'accuracy-holdout45': [0.89, 0.96],
    'accuracy-holdout46': [0.92, 0.92],
    'accuracy-holdout47': [0.87, 0.87],
    'accuracy-holdout48': [0.82, 0.88],
    'accuracy-holdout49': [0.88, 0.88],
    'accuracy-holdout50': [0.8, 0.77],
    'accuracy-holdout51': [0.7, 0.87],
    'accuracy-holdout52': [0.8, 0.95],
    'accuracy-holdout53': [0.88, 1.0],
    // (0.92 since a role the client meets is no longer the client's work: the RSE worker's safeguards against bias,
    // labelled missing, had been raised by "He'll ask the minister this Sunday".)
    'accuracy-holdout54': [1.0, 0.92],
    'accuracy-holdout55': [0.95, 0.83],
    // (1.0 -> 0.96: "It's not a job to me, it's what my Mam fought for" now raises occupational socialization, rightly;
    // the reading misses how the note covers it, "what I love about the job".)
    'accuracy-holdout56': [0.96, 1.0],
    // (0.95 since "her mum was a district nurse" is read as the mother's job: safeguards against bias in g5-prison-nurse-
    // review had been expected from it, and nothing in the client's own words makes them expected.)
    'accuracy-holdout57': [1.0, 0.95],
    // (58: 0.95 -> 0.9 when a numbered goal's 'shame rating <=5/10' became a target, not a measure of progress.)
    'accuracy-holdout58': [0.9, 1.0],
    'accuracy-holdout59': [0.79, 0.83],
    'accuracy-holdout60': [0.85, 0.71],
    'accuracy-holdout61': [0.93, 0.93],
    // (First runs: 62 at 09dbab2 0.76 / 0.81, 63 at 1416bf9 0.66 / 0.76, 64 at 1416bf9 0.72 / 0.91.)
    'accuracy-holdout62': [0.88, 0.93],
    'accuracy-holdout63': [0.91, 0.95],
    'accuracy-holdout64': [0.95, 0.95],
    // (First run at b10cc39: 0.86 / 0.76.)
    'accuracy-holdout65': [0.95, 0.9],
    // (First run at ee5718b: 0.65 / 1.00. Recall 0.92 since bb434c3f: a requalifying dentist "working as a dental
    // nurse" was found for the word "nurse", which names another trade than nursing.)
    'accuracy-holdout66': [0.83, 0.92],
    // (First run at 053722f: 0.86 / 0.89.)
    'accuracy-holdout67': [0.88, 0.95],
    // (First run at 914aec4: 0.74 / 0.85.)
    'accuracy-holdout68': [0.9, 0.95],
    // (First run at 0b7e167: 0.75 / 0.88. 0.9 -> 0.89 on 2026-12-04: missed sessions told by date, "Missed 06/24 and
    // 07/01 without notice", now raise the engagement plan in a closing summary whose outreach the labels accept.)
    'accuracy-holdout69': [0.89, 0.95],
    // (First run at d9b6031: 0.69 / 0.91.)
    'accuracy-holdout70': [0.8, 0.9],
    // (First run at 7a27f11: 0.88 / 1.00.)
    'accuracy-holdout71': [0.95, 1.0],
    // (First run at d33d720: 0.71 / 0.69. 0.87 -> 0.84 in the eighteenth round: a pub landlady's job-culture coping had
    // been found only in "70 units a week" of alcohol, read as a "unit" of peers; that cue went, the rest stands.)
    'accuracy-holdout72': [0.84, 0.96],
    // (First run at f00f2f1: 0.75 / 0.82.)
    'accuracy-holdout73': [0.95, 0.95],
    // (First run at 65fff66: 0.71 / 0.87.)
    'accuracy-holdout74': [0.84, 0.95],
    // (Measured once at 8c244ab: 26 / 33 and 26 / 30. Left unstudied until its missed safeguards against bias were read
    // with every first run's misses at 4f9d2ce; since then "is what our family does" makes a harbour pilot's work
    // expected, an information nudge on a note labelled present.)
    'accuracy-holdout75': [0.77, 0.86],
    // (First run at b913746: 0.72 / 0.63.)
    'accuracy-holdout76': [0.74, 0.7],
    // (First run at fc40708: 0.72 / 0.52.)
    'accuracy-holdout77': [0.72, 0.61],
    // (First run at d292d7d: 0.78 / 0.62.)
    'accuracy-holdout78': [0.79, 0.65],
    // (First run at 4f9d2ce: 15 / 20 and 15 / 26, 0.75 / 0.58.)
    'accuracy-holdout79': [0.82, 0.73],
    // (First run at 7772ee1, after this session's study of set 79 and of every first run's misses: 18 / 26 and 18 / 28,
    // 0.69 / 0.64, finding for finding what the session's start 4f9d2ce reads.)
    'accuracy-holdout80': [0.83, 0.71],
    // (First run at 5207cc5, after the study of sets 79 and 80: 13 / 18 and 13 / 33, 0.72 / 0.39, finding for finding
    // what the session's start 4f9d2ce reads. Studied the next session: 19 / 26 and 19 / 33, type 28/28.)
    // (0.73 until a bare frequency stopped counting as a measure outside the progress entry: one group note's progress,
    // labelled present, had been read from "about six cups a day" of coffee; it is now missing. 20 / 28 and 20 / 33.)
    'accuracy-holdout81': [0.71, 0.57],
    // (First run at 7db7f66, after the study of set 81: 17 / 19 and 17 / 28, 0.89 / 0.61, finding for finding what the
    // session's start e38f201 reads. Studied: 24 / 27 and 24 / 28, type 26/28.)
    'accuracy-holdout82': [0.88, 0.85],
    // (First run at 74e5ed2, after the study of sets 81 and 82: 15 / 23 and 15 / 31, 0.65 / 0.48, finding for finding
    // what the session's start e38f201 reads. Studied: 17 / 26 and 17 / 31, type 28/28; its couples note keeps its
    // goals, measures, risk and plan in front matter fields, read since as entries: 17 / 22.)
    'accuracy-holdout83': [0.77, 0.54],
    // (First run at 054837f, after the study of sets 81, 82 and 83: 14 / 19 and 14 / 30, 0.74 / 0.47, finding for
    // finding what the session's start e38f201 reads. Studied the next session: 19 / 22 and 19 / 30; warnings and
    // errors 17 / 17 and 17 / 30.)
    'accuracy-holdout84': [0.86, 0.63],
    // (First run at 2b6421c, after the study of set 84: 28 / 28 and 28 / 40, 1.00 / 0.70; warnings and errors 20 / 20
    // and 20 / 40. The session's start 8a2cc01 reads one gap fewer: 27 / 27 and 27 / 40. Studied: 35 / 35 and 35 / 40,
    // type 28/28; warnings and errors 31 / 31 and 31 / 40.)
    'accuracy-holdout85': [1.0, 0.87],
    // (First run at 205aca8, after the study of sets 84 and 85: 21 / 22 and 21 / 37, 0.95 / 0.57, type 22/28; warnings
    // and errors 21 / 22 and 21 / 37. The session's start 8a2cc01 reads it finding for finding alike, and warns on 18.
    // Studied: 24 / 25 and 24 / 37, type 26/28.)
    'accuracy-holdout86': [0.96, 0.64],
    // (First run at 6638548, after the study of sets 84, 85 and 86: 12 / 13 and 12 / 30, 0.92 / 0.40, type 27/28;
    // warnings and errors 8 / 9 and 8 / 30. The session's start 8a2cc01: every finding alike, warnings 6 / 7.
    // Studied: 13 / 13 and 13 / 30. Since 2026-12-03 12 / 12 and 12 / 30: "Treatment Plan — 90-Day Review" is read as
    // the review it is, where barriers are required (now found missing, a warning) and four systems make the ecological
    // factors, which the labellers found missing in the vineyard pruner's review.)
    'accuracy-holdout87': [1.0, 0.4],
    // (First run at 073eb5b, after the study of sets 84-87: 25 / 29 and 25 / 33, 0.86 / 0.76, type 28/28; warnings and
    // errors 18 / 20 and 18 / 33. The session's start 8a2cc01: every finding alike, warnings 13 / 15. Studied at 3d5ee31:
    // 30 / 33 and 30 / 33; warnings and errors 22 / 23 and 22 / 33.)
    'accuracy-holdout88': [0.86, 0.75],
    // (First run at 3d5ee31, after the study of set 88: 21 / 25 and 21 / 37, 0.84 / 0.57, type 24/28; warnings and errors
    // 18 / 20 and 18 / 37 (0.90 / 0.49). The session's start 7f4d067 reads it finding for finding alike. Studied at
    // 620e798: 20 / 22 and 20 / 37, type 27/28: the drug-court letter read as a letter, not a session's note, no longer
    // owes the progress toward goals its labellers missed.)
    'accuracy-holdout89': [0.84, 0.54],
    // (First run at 620e798, after the study of sets 88 and 89: 16 / 21 and 16 / 35, 0.76 / 0.46, type 26/28; warnings
    // and errors 9 / 12 and 9 / 35 (0.75 / 0.26). The session's start 7f4d067 reads it finding for finding alike.)
    'accuracy-holdout90': [0.76, 0.45],
    // (First run at 368c35b, after the study of sets 88, 89 and 90: 20 / 27 and 20 / 35, 0.74 / 0.57, type 25/28;
    // warnings and errors 17 / 23 and 17 / 35 (0.74 / 0.49). The session's start 7f4d067 reads it finding for finding
    // alike.)
    'accuracy-holdout91': [0.74, 0.57],
    // (First run at 18ab505, after the study of set 91 and the contact-note change: 24 / 28 and 24 / 37, 0.86 / 0.65,
    // type 26/28; warnings and errors 23 / 26 and 23 / 37 (0.88 / 0.62). The session's start 71748b4 reads it finding
    // for finding alike.)
    'accuracy-holdout92': [0.85, 0.64],
    // (First run at de47a6b, after the study of set 92: 19 / 24 and 19 / 36, 0.79 / 0.53, type 21/28; warnings and
    // errors 17 / 18 and 17 / 36 (0.94 / 0.47). The session's start 71748b4 and set 92's first-run commit fdb3cb6 read
    // it finding for finding alike.)
    'accuracy-holdout93': [0.79, 0.52],
    // (First run at 803ad834: 20 / 24 and 20 / 36, 0.83 / 0.56, type 25/28; warnings and errors 19 / 22 and 19 / 36
    // (0.86 / 0.53). The session's start a4800651 reads it finding for finding alike.)
    'accuracy-holdout94': [0.83, 0.55],
    // (First run at 92b55a49, after the study of set 94: 19 / 20 and 19 / 39, 0.95 / 0.49, type 27/28; warnings and
    // errors 17 / 18 and 17 / 39 (0.94 / 0.44). The session's start a4800651 and set 94's first-run commit 94e8bd5c read
    // it with one more finding, 20 / 21 and 20 / 39 (warnings and errors 18 / 19): a blank "Start/End: ____" that a
    // change of this session read as a time; mended after the first run.)
    'accuracy-holdout95': [0.94, 0.48],
    // (First run at 0925e806, the session's start 7cab5288 with the set added: 22 / 25 and 22 / 34, 0.88 / 0.65, type
    // 27/28; warnings and errors 22 / 23 and 22 / 34 (0.96 / 0.65).)
    'accuracy-holdout96': [0.88, 0.64],
    // (First run at ad0065ee, after the study of set 96: 19 / 24 and 19 / 33, 0.79 / 0.58, type 28/28; warnings and
    // errors 17 / 19 and 17 / 33 (0.89 / 0.52). The session's start 7cab5288 reads it finding for finding alike.)
    'accuracy-holdout97': [0.79, 0.57],
    // (First run at 060d49fb, after the study of sets 96 and 97: 22 / 26 and 22 / 36, 0.85 / 0.61, type 26/28; warnings
    // and errors 19 / 23 and 19 / 36 (0.83 / 0.53). The session's start 7cab5288 reads it finding for finding alike.)
    'accuracy-holdout98': [0.84, 0.61],
    // (First run at 3ae8dc9c, after the study of sets 96 to 98: 20 / 27 and 20 / 34, 0.74 / 0.59, type 20/28; warnings
    // and errors 16 / 21 and 16 / 34 (0.76 / 0.47). The session's start 7cab5288 reads it finding for finding alike.)
    'accuracy-holdout99': [0.74, 0.58],
    // (First run at cc5401c7, after a change read over sets 1-99 (parts told of relationship, occupational socialization and
    // rapport are warnings; a wish to die makes a risk assessment required anywhere): 18 / 21 and 18 / 35, 0.86 / 0.51,
    // type 27/28; warnings and errors 17 / 20 and 17 / 35 (0.85 / 0.49). The session's start 1e00bc4c reads 17 / 18 there.)
    'accuracy-holdout100': [0.85, 0.51],
    // (First run at 17749bd1, after the study of set 100: 22 / 24 and 22 / 34, 0.92 / 0.65, type 27/28; warnings and
    // errors 21 / 21 and 21 / 34 (1.00 / 0.62). The session's start 1e00bc4c reads it finding for finding alike.)
    'accuracy-holdout101': [0.91, 0.64],
    // (First run at d142eeb0, after the study of sets 100 and 101: 24 / 26 and 24 / 35, 0.92 / 0.69, type 23/28; warnings
    // and errors 23 / 24 and 23 / 35 (0.96 / 0.66). The session's start 1e00bc4c reads 21 / 22 and 21 / 35 there.)
    'accuracy-holdout102': [0.92, 0.68],
    // (First run at 677a3fdb, whose code is d142eeb0's (after the study of sets 100 and 101): 20 / 24 and 20 / 33, 0.83 /
    // 0.61, type 23/28; warnings and errors 18 / 21 and 18 / 33 (0.86 / 0.55). The session's start 1e00bc4c reads 17 / 20
    // and 17 / 33 there. Its error list was printed once before this run, by a filter that left it in while set 102 was
    // studied; no change was made from it, and the run is of the code committed before.)
    'accuracy-holdout103': [0.83, 0.6],
    'accuracy-holdout104': [0.82, 0.72],
    'accuracy-holdout105': [0.96, 0.71],
    'accuracy-holdout106': [0.83, 0.58],
    'accuracy-holdout107': [0.88, 0.67],
    // (First run at 0151cdfd, written and labelled this session, measured after set 109 and before any of its errors was
    // read: 17 / 18 and 17 / 32, 0.94 / 0.53, type 26/28; warnings and errors the same. The session's start 202573cd
    // reads it finding for finding the same.)
    'accuracy-holdout108': [0.94, 0.53],
    // (First run at 339d7821, written and labelled this session, before any of its errors was read: 18 / 22 and 18 / 33,
    // 0.82 / 0.55, type 27/28; warnings and errors 17 / 19 and 17 / 33 (0.89 / 0.52). The session's start 202573cd
    // reads it finding for finding the same.)
    'accuracy-holdout109': [0.81, 0.54],
    // (First run at 3eea34cd, written and labelled this session, before any of its errors was read: 16 / 19 and 16 / 32,
    // 0.84 / 0.50, type 28/28; warnings and errors 15 / 17 and 15 / 32 (0.88 / 0.47). The session's start bace8ace
    // reads it finding for finding the same.)
    'accuracy-holdout110': [0.84, 0.5],
    // (First run at 3eea34cd, measured after set 110 with nothing changed between: 17 / 20 and 17 / 32, 0.85 / 0.53,
    // type 27/28; warnings and errors 17 / 19 and 17 / 32 (0.89 / 0.53). The session's start bace8ace reads it finding
    // for finding the same.)
    'accuracy-holdout111': [0.85, 0.53],
    // (First run at 236cdc2e, written and labelled this session, before any of its errors was read: 18 / 22 and 18 / 33,
    // 0.82 / 0.55, type 26/28; warnings and errors 18 / 21 and 18 / 33 (0.86 / 0.55). The session's start bace8ace,
    // and 3eea34cd before the changes made from sets 110 and 111, read it finding for finding the same.)
    'accuracy-holdout112': [0.81, 0.54],
    // (First run at 236cdc2e, measured after set 112 with nothing changed between: 15 / 18 and 15 / 33, 0.83 / 0.45,
    // type 25/28; warnings and errors 12 / 13 and 12 / 33 (0.92 / 0.36). bace8ace and 3eea34cd read it the same.)
    'accuracy-holdout113': [0.83, 0.45],
    // (First run at cdf047e4, written and labelled this session, before any of its errors was read: 18 / 21 and 18 / 36,
    // 0.86 / 0.50, type 27/28; warnings and errors 17 / 20 and 17 / 36 (0.85 / 0.47). The session's start 4a042a0a reads
    // it finding for finding the same.)
    'accuracy-holdout114': [0.85, 0.5],
    // (First run at cff7fb3e, after one change made from set 114: 20 / 23 and 20 / 28, 0.87 / 0.71, type 28/28; warnings
    // and errors 19 / 21 and 19 / 28 (0.90 / 0.68). The session's start 4a042a0a reads it the same but for one wrong
    // finding fewer, which a change of this session had added and which its study removed.)
    'accuracy-holdout115': [0.86, 0.71],
    // (First run at 49ba9670, written and labelled this session, before any of its errors was read: 18 / 26 and 18 / 31,
    // 0.69 / 0.58, type 28/28; warnings and errors 17 / 22 and 17 / 31 (0.77 / 0.55). The session's start 4a042a0a reads
    // it finding for finding the same.)
    'accuracy-holdout116': [0.69, 0.58],
    // (First run at 8e5e0d6d, after the changes made from sets 114 to 116: 21 / 24 and 21 / 33, 0.88 / 0.64, type 26/28;
    // warnings and errors 19 / 21 and 19 / 33 (0.90 / 0.58). The session's start 4a042a0a found one gap fewer.)
    'accuracy-holdout117': [0.87, 0.63],
    // (First run at 5b01d1c3, after one change of this session made from the older sets: 21 / 26 and 21 / 34, 0.81 /
    // 0.62, type 26/28; warnings and errors 20 / 24 and 20 / 34 (0.83 / 0.59). The session's start 8f08984b reads it
    // finding for finding the same.)
    'accuracy-holdout118': [0.8, 0.61],
    // (First run at 7db383f0, after the changes made from set 118: 18 / 27 and 18 / 29, 0.67 / 0.62, type 25/28;
    // warnings and errors 17 / 24 and 17 / 29 (0.71 / 0.59). The session's start 8f08984b reads it finding for finding
    // the same.)
    'accuracy-holdout119': [0.66, 0.62],
    // (First runs at fb1f5cfe, after the changes made from sets 118 and 119, both measured before either's errors were
    // read: 120 19 / 22 and 19 / 31, 0.86 / 0.61, type 26/28, warnings and errors 19 / 21 and 19 / 31 (0.90 / 0.61);
    // 121 21 / 31 and 21 / 34, 0.68 / 0.62, type 27/28, warnings and errors 19 / 25 and 19 / 34 (0.76 / 0.56). The
    // session's start 8f08984b reads both finding for finding the same.)
    'accuracy-holdout120': [0.86, 0.61],
    'accuracy-holdout121': [0.67, 0.61],
    // (First run at dde00b01, after the changes made from sets 120 and 121 and the older sets: 20 / 27 and 20 / 33,
    // 0.74 / 0.61, type 27/28; warnings and errors 20 / 24 and 20 / 33 (0.83 / 0.61). The session's start 1a076829
    // reads it finding for finding the same.)
    'accuracy-holdout122': [0.74, 0.6],
    // (First run at 0402cbae, after the changes made from set 122 and the older sets: 13 / 21 and 13 / 29, 0.62 / 0.45,
    // type 28/28; warnings and errors 13 / 20 and 13 / 29 (0.65 / 0.45). The session's start e208143a reads it finding
    // for finding the same.)
    'accuracy-holdout123': [0.61, 0.44],
    // (First run at 074e32a4, after the changes made from set 123 and the older sets: 20 / 27 and 20 / 32, 0.74 / 0.63,
    // type 26/28; warnings and errors 20 / 26 and 20 / 32 (0.77 / 0.63). The session's start e208143a reads it finding
    // for finding the same.)
    'accuracy-holdout124': [0.74, 0.62],
    // (First run at 602121a9, whose code is the session's start 00e758ee: 25 / 33 and 25 / 34, 0.76 / 0.74, type 27/28;
    // warnings and errors 24 / 30 and 24 / 34 (0.80 / 0.71).)
    'accuracy-holdout125': [0.75, 0.73],
    // (First run at a8ca7354, after the changes made from set 125: 20 / 33 and 20 / 30, 0.61 / 0.67, type 27/28;
    // warnings and errors 19 / 24 and 19 / 30 (0.79 / 0.63). The session's start 00e758ee reads it finding for finding
    // the same.)
    'accuracy-holdout126': [0.6, 0.66],
    // (First run at 88d24d12, after the changes made from sets 125 and 126: 19 / 34 and 19 / 28, 0.56 / 0.68, type
    // 25/28; warnings and errors 16 / 26 and 16 / 28 (0.62 / 0.57). The session's start 00e758ee reads it finding for
    // finding the same.)
    'accuracy-holdout127': [0.55, 0.67],
    // (First run at 923188c6, after the relationship change made from the older sets' recurring misses: 24 / 35 and
    // 24 / 30, 0.69 / 0.80, type 24/28; warnings and errors 22 / 30 and 22 / 30 (0.73 / 0.73). The session's start
    // 66655f49 reads it finding for finding the same.)
    'accuracy-holdout128': [0.68, 0.8],
    // (First run at 8d540e47, after the changes made from set 128 and the older sets' recurring misses: 19 / 32 and
    // 19 / 23, 0.59 / 0.83, type 27/28; warnings and errors 19 / 30 and 19 / 23 (0.63 / 0.83). The session's start
    // 66655f49 reads it finding for finding the same.)
    'accuracy-holdout129': [0.59, 0.82],
    // (First run at 56d9e311, after the changes made from sets 128 and 129 and the older sets' recurring misses: 24 /
    // 33 and 24 / 29, 0.73 / 0.83, type 27/28; warnings and errors 24 / 31 and 24 / 29 (0.77 / 0.83). The session's
    // start 66655f49 reads it finding for finding the same.)
    'accuracy-holdout130': [0.72, 0.82],
    // (First run at 83f0e448, with no change to the reading since 130 (db242242's src): 26 / 34 and 26 / 30, 0.76 /
    // 0.87, type 27/28; warnings and errors 25 / 32 and 25 / 30 (0.78 / 0.83).)
    'accuracy-holdout131': [0.76, 0.86],
    // (First run at 224777ef, after the attendance-count and met-role changes made from set 131 and from the findings
    // no label scores: 25 / 36 and 25 / 31, 0.69 / 0.81, type 24/28; warnings and errors 22 / 31 and 22 / 31 (0.71 /
    // 0.71). The session's start db242242 reads it finding for finding the same. Then 0.68: the closing letter read as
    // one now asks for its progress, which its labels call present, and finds its risk at last contact.)
    'accuracy-holdout132': [0.67, 0.8],
    // (First run at 0e894f73, the reading of a12898e8 with stock sentences cached: 24 / 31 and 24 / 35, 0.77 / 0.69,
    // type 25/28; warnings and errors 23 / 28 and 23 / 35 (0.82 / 0.66). After the changes made from it, 0.89 / 0.89.)
    'accuracy-holdout133': [0.77, 0.69],
    // (First run at 7241df4a, after the changes made from set 133: 23 / 32 and 23 / 26, 0.72 / 0.88, type 26/28;
    // warnings and errors 23 / 27 and 23 / 26 (0.85 / 0.88). The session's start a12898e8 reads it the same.)
    'accuracy-holdout134': [0.71, 0.88],
    // (First run at 0e9f4203, after the changes from 134: 22 / 33 and 22 / 30, 0.67 / 0.73, type 27/28; warnings and
    // errors 19 / 28 and 19 / 30 (0.68 / 0.63). After the changes made from it, 0.75 / 0.80.)
    'accuracy-holdout135': [0.67, 0.73],
    // (First run at 5ddd3cf1, after the changes from 135: 22 / 27 and 22 / 29, 0.81 / 0.76, type 28/28; warnings and
    // errors the same. The session's start a12898e8 reads it finding for finding the same.)
    'accuracy-holdout136': [0.81, 0.75],
    // (First runs of the twenty-seventh round, both at the reading of 8feb74ac with no change between them: 137 at
    // 20845db2, 21 / 34 and 21 / 28, 0.62 / 0.75, type 26/28, warnings and errors 0.70 / 0.75; 138 at b64e37fd, 18 / 26
    // and 18 / 24, 0.69 / 0.75, type 27/28, warnings and errors 0.77 / 0.71.)
    'accuracy-holdout137': [0.61, 0.75],
    'accuracy-holdout138': [0.69, 0.75],
    // (First runs of the twenty-eighth round, both at f496942e (the reading of 284bb0b9, after the changes from 137 and
    // 138); the session's start 9a1d62f4 reads both finding for finding the same. 139: 18 / 32 and 18 / 28, 0.56 / 0.64,
    // type 28/28, warnings and errors 0.68 / 0.61; 140: 24 / 39 and 24 / 30, 0.62 / 0.80, type 28/28, warnings and
    // errors 0.86 / 0.80. After the changes made from them, 0.59 / 0.71 and 0.63 / 0.87.)
    'accuracy-holdout139': [0.58, 0.71],
    'accuracy-holdout140': [0.62, 0.86],
    // (First runs of the twenty-ninth round, both at 82c63605: 141 28 / 37 and 28 / 36, 0.76 / 0.78, type 25/28,
    // warnings and errors 0.81 / 0.72; 142 26 / 47 and 26 / 34, 0.55 / 0.76, type 24/28, warnings and errors 0.71 /
    // 0.74. With the second opinion on, its weights fitted before either set existed: 141 0.74 / 0.81 (warnings 0.76 /
    // 0.78), 142 0.67 / 0.76 (0.74 / 0.74). After the changes made from them, 0.80 / 0.78 and 0.59 / 0.76.)
    'accuracy-holdout141': [0.79, 0.77],
    // (0.59 -> 0.58: "my whole life since I was 15" now makes a pro gamer's trade central, and its exploration is read
    // as incomplete where the labels call it present.)
    'accuracy-holdout142': [0.58, 0.76],
    // (First run of the thirtieth round at 68575735, after the changes from 141 and 142: 19 / 31 and 19 / 29, 0.61 /
    // 0.66, type 26/28; warnings and errors 0.65 / 0.59. With the second opinion on: 0.83 / 0.66, warnings and errors
    // 0.82 / 0.62. Nothing was changed after it.)
    'accuracy-holdout143': [0.61, 0.65],
    // (First run of the thirty-first round at eb1c5277, after the changes from 143: 23 / 30 and 23 / 33, 0.77 / 0.70,
    // type 26/28; warnings and errors 0.81 / 0.64; the session's start 9a1d62f4 reads it the same. With the second
    // opinion on: 0.86 / 0.76, warnings and errors 0.85 / 0.70. Nothing was changed after it.)
    'accuracy-holdout144': [0.76, 0.69],
    // (Rounds of 2026-12-05. 145 at 82ec359b, after one change of the day (the work explored makes bias safeguards
    // expected): 22 / 34 and 22 / 24, 0.65 / 0.92, type 25/28; warnings and errors 0.75 / 0.88. 146 and 147 at
    // 33e2cc46, after 145's changes: 0.80 / 0.86 (type 25) and 0.58 / 0.68 (type 27); warnings and errors 0.85 / 0.79
    // and 0.59 / 0.65. 148 and 149 at 3306b7e6, after 146's and 147's: 0.75 / 0.75 (type 28) and 0.77 / 0.79 (type
    // 26); warnings and errors 0.77 / 0.75 and 0.83 / 0.71. The day's start 9563e7cd reads 146 to 149 the same and
    // 145 with one gap fewer found.)
    'accuracy-holdout145': [0.68, 0.91],
    'accuracy-holdout146': [0.81, 0.95],
    'accuracy-holdout147': [0.68, 0.70],
    'accuracy-holdout148': [0.76, 0.74],
    'accuracy-holdout149': [0.76, 0.78],
    // (150 and 151 at 57c80def, after 148's change: 18 / 29 and 18 / 31, 0.62 / 0.58, type 25/28; 21 / 31 and 21 / 26,
    // 0.68 / 0.81, type 28/28; warnings and errors 0.67 / 0.52 and 0.73 / 0.73. The day's start reads 151 the same and
    // 150 with one wrong finding fewer. Nothing was changed after them.)
    'accuracy-holdout150': [0.61, 0.57],
    'accuracy-holdout151': [0.67, 0.80],
    // (First runs of 152 and 153, both at the session start's reading c3aba734, nothing changed between them: 152 at
    // 4c716bbb, 16 / 25 and 16 / 28, 0.64 / 0.57, type 26/28, warnings and errors 0.73 / 0.57; 153 at 025a26bb, 24 / 39
    // and 24 / 31, 0.62 / 0.77, type 27/28, warnings and errors 0.65 / 0.71. Then 154 and 155 at aae49781, after the
    // changes from 152 and 153: 25 / 35 and 25 / 27, 0.71 / 0.93, type 26/27, warnings and errors 0.77 / 0.85; 27 / 33
    // and 27 / 35, 0.82 / 0.77, type 27/28, warnings and errors 0.87 / 0.74.)
    // (0.71 -> 0.67 recall: a plan with "next 3/8" and a task told with how often now reads as a plan; the labels call
    // that one stale.)
    'accuracy-holdout152': [0.7, 0.67],
    'accuracy-holdout153': [0.64, 0.8],
    'accuracy-holdout154': [0.72, 0.96],
    'accuracy-holdout155': [0.83, 0.85],
    // (First runs of 156 and 157, both at b972f8b4 (the reading of c4bb6081, after the changes from 152-155), nothing
    // changed between them: 23 / 28 and 23 / 29, 0.82 / 0.79, type 28/28, warnings and errors 0.85 / 0.76; 27 / 34 and
    // 27 / 31, 0.79 / 0.87, type 27/28, warnings and errors 0.83 / 0.81.)
    'accuracy-holdout156': [0.82, 0.79],
    'accuracy-holdout157': [0.84, 0.87],
    // (First runs of 158 and 159, both at 74a637ee (the reading of fa18e804, after the changes from 152-157), nothing
    // changed after: 28 / 40 and 28 / 29, 0.70 / 0.97, type 26/28, warnings and errors 0.81 / 0.90; 19 / 29 and 19 / 32,
    // 0.66 / 0.59, type 26/28, warnings and errors 0.67 / 0.56. The session start ebebd259 reads both the same.)
    'accuracy-holdout158': [0.7, 0.96],
    'accuracy-holdout159': [0.65, 0.59],
    // (First run of 160 at ca46024d (the reading of 41eae581, after the changes from 152-159), nothing changed after:
    // 21 / 34 and 21 / 24, 0.62 / 0.88, type 26/28, warnings and errors 0.71 / 0.83. The session start reads it the same.)
    'accuracy-holdout160': [0.61, 0.87],
    // (Third session of 2026-12-05: the second opinion on by default, taking findings back; these floors read the
    // rules alone. First runs, warnings and errors, with the default: 161 and 162 at cf6d1eb0, 0.86 / 0.62 and 0.81 /
    // 0.68; 163 and 164 at 31d7ead6, 0.76 / 0.53 and 0.87 / 0.63; 165 and 166 at 880fc4ed, 0.81 / 0.68 and 0.89 /
    // 0.83; the rules alone read each exactly as at the session's start 9b4a020e.)
    // (0.65 -> 0.64: "fourth generation on the same hill" makes the trade central; its exploration reads incomplete.)
    'accuracy-holdout161': [0.64, 0.79],
    'accuracy-holdout162': [0.76, 0.83],
    'accuracy-holdout163': [0.71, 0.76],
    'accuracy-holdout164': [0.7, 0.68],
    'accuracy-holdout165': [0.71, 0.74],
    // (0.72 -> 0.71: "the carving is central to who he is" now makes a carver's trade central: bias safeguards found
    // there, and its exploration read incomplete where the labels call it present.)
    'accuracy-holdout166': [0.71, 0.86],
    // (167 and 168 at 34752fbe, nothing changed since 165: 0.83 / 0.74 and 0.74 / 0.87; 169 and 170 at 16388178, after
    // 168's change: 0.91 / 0.78 and 1.00 / 0.54, warnings and errors with the default.)
    'accuracy-holdout167': [0.74, 0.77],
    'accuracy-holdout168': [0.64, 0.9],
    'accuracy-holdout169': [0.61, 0.77],
    'accuracy-holdout170': [0.67, 0.65],
    // (Fourth session of 2026-12-05, warnings and errors with the default at each first run: 171 and 172 at b033d2e1,
    // 0.95 / 0.58 and 0.88 / 0.72; 173 and 174 at a022e047, 0.95 / 0.76 and 0.85 / 0.77; 175 and 176 at d5712851,
    // 0.90 / 0.60 and 0.91 / 0.67. Each read exactly as at the session's start d225fd79.)
    'accuracy-holdout171': [0.72, 0.81],
    'accuracy-holdout172': [0.62, 0.9],
    'accuracy-holdout173': [0.74, 0.8],
    'accuracy-holdout174': [0.76, 0.86],
    'accuracy-holdout175': [0.84, 0.7],
    'accuracy-holdout176': [0.75, 0.8],
    // (177 and 178 at f9ac7b31, after the level changes: warnings and errors 0.81 / 0.79 and 0.82 / 0.90 with the
    // default; read the same at the session's start.)
    'accuracy-holdout177': [0.7, 0.92],
    'accuracy-holdout178': [0.69, 0.9],
  };
  for (const [set, [p, r]] of Object.entries(floors)) {
    it(`${set}: precision >= ${p}, recall >= ${r}`, () => {
      const m = measure(new URL(`../fixtures/${set}/`, import.meta.url).pathname, 'info', RULES_ONLY);
      const sum = (k: 'tp' | 'fp' | 'fn') => m.scores.reduce((a, s) => a + s[k], 0);
      const precision = sum('tp') / (sum('tp') + sum('fp'));
      const recall = sum('tp') / (sum('tp') + sum('fn'));
      const errors = m.errors.map((e) => `${e.kind} ${e.note}: ${e.id}`).join('\n');
      assert.ok(precision >= p && recall >= r, `P=${precision.toFixed(3)} R=${recall.toFixed(3)}\n${errors}`);
    });
  }
});

// The default reading, with the learned second opinion taking back findings, on the sets written after it was fitted
// (its `trainedOn` ends at 140). Its first runs are in the README; this is a floor. At the change (2026-12-05), over
// 141-160: warnings and errors 444 right, 74 wrong, 160 missed (0.857 / 0.735) against the rules' 448 / 123 / 156
// (0.785 / 0.742); with 161-170 and the session's changes, over 141-170: 655 / 111 / 242 (0.855 / 0.730) against
// 663 / 195 / 234 (0.773 / 0.739); with 171-176 and the next session's changes, over 141-176: 805 / 127 / 272 (0.864 /
// 0.747) against 818 / 230 / 259 (0.781 / 0.760).
describe('clinical accuracy with the second opinion (the default), on the sets it was never fitted on', () => {
  const sets = Array.from({ length: 36 }, (_, i) => `accuracy-holdout${141 + i}`);
  const total = (config?: typeof RULES_ONLY) => {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const set of sets) {
      const w = measure(new URL(`../fixtures/${set}/`, import.meta.url).pathname, 'warning', config).warnings;
      t.tp += w.tp;
      t.fp += w.fp;
      t.fn += w.fn;
    }
    return t;
  };
  const on = total();
  it('warnings and errors over 141-176: precision >= 0.85, recall >= 0.73', () => {
    const p = on.tp / (on.tp + on.fp);
    const r = on.tp / (on.tp + on.fn);
    assert.ok(p >= 0.85 && r >= 0.73, `P=${p.toFixed(3)} R=${r.toFixed(3)} (${on.tp} / ${on.fp} / ${on.fn})`);
  });
  it('only takes findings back: never a right or wrong finding more than the rules alone', () => {
    const rules = total(RULES_ONLY);
    assert.ok(on.tp <= rules.tp && on.fp <= rules.fp, `${JSON.stringify(on)} vs ${JSON.stringify(rules)}`);
    assert.equal(on.tp + on.fn, rules.tp + rules.fn);
  });
});
