// SOAP progress note: Subjective, Objective, Assessment, Plan.
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote, without } from '../shared.js';

export default progressNote({
  id: 'soap',
  short: 'SOAP',
  title: 'SOAP progress note',
  // SOAPIE and SOAPIER add Intervention, Evaluation and Revision to the same four sections.
  titleCues: ['soapie', 'soapier'],
  sections: [
    { ...S.subjective, holds: [...P.first] },
    { ...S.objective, holds: without(P.middle, 'goals', 'cultural-factors') },
    // Goals and culture are weighed in the assessment, not observed.
    { ...S.assessment, holds: [...P.response, 'goals', 'cultural-factors'] },
    { ...S.plan, holds: [...P.last] },
  ],
});
