// Standard rating scales and outcome measures, by the names and abbreviations clinicians write them with. A score on
// one of them is a measure of progress (progress-monitoring). Drafting charts a few of them with their severity bands
// (src/core/draft/measures.ts keeps the bands, and takes their names from here); these lists only name them.

export const outcomeInstruments: string[] = [
  // Depression and mood
  'PHQ-9', 'PHQ9', 'PHQ', 'PHQ-A', 'PHQ-2', 'BDI', 'BDI-II', 'EPDS', 'HAM-D', 'HAMD', 'MADRS', 'QIDS', 'CDI', 'CDI-2', 'GDS', 'GDS-15',
  // Anxiety, panic, OCD, social anxiety, worry
  'GAD-7', 'GAD7', 'GAD-2', 'BAI', 'HAM-A', 'PDSS', 'LSAS', 'PSWQ', 'Y-BOCS', 'YBOCS', 'CY-BOCS', 'OCI-R', 'SCARED', 'RCADS',
  // Trauma
  'PCL-5', 'PCL', 'CAPS-5', 'CPSS',
  // Substance use
  'AUDIT', 'AUDIT-C', 'DAST', 'DAST-10',
  // General distress, functioning and outcome
  'OQ-45', 'CORE-10', 'CORE-OM', 'K10', 'K6', 'DASS', 'DASS-21', 'WHODAS', 'SDQ', 'Vanderbilt', 'CGI',
  // Sleep, eating, emotion regulation
  'PSQI', 'EDE-Q', 'DERS', 'BSL-23',
  // Caregiver burden (the Zarit Burden Interview)
  'Zarit', 'ZBI',
];

/**
 * Session-by-session feedback scales (PCOMS: how the client is doing, how the session went for them), which drafting
 * charts. Not cues of progress-monitoring: counted there, they cost recall on four held-out sets (tried 2026-12-01;
 * not studied further).
 */
export const feedbackInstruments: string[] = ['ORS', 'SRS'];

/** Instruments of the list above whose names are also words ("what he's scared of", "an audit at work"). */
export const wordInstruments: string[] = ['SCARED', 'AUDIT'];

/**
 * Abbreviations that are also words ("spin", "cats", "bam", "isi", "scared", "audit"): counted only with a score
 * right after them ("SPIN 46", "ISI: 12", "AUDIT 14"), as a pattern, since cues are matched on stems in any case.
 */
export const instrumentWordPatterns: string[] = [
  `\\b(?:${['SPIN', 'CATS', 'BAM', 'ISI', 'PSS', 'OQ', ...wordInstruments].join('|')})(?:-\\d{1,2})?(?:[ \\t]?(?:score|total))?[ \\t]?[:=]?[ \\t]?\\d`,
];
