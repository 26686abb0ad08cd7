// DAP progress note: Data, Assessment, Plan.
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote, without } from '../shared.js';

export default progressNote({
  id: 'dap',
  short: 'DAP',
  title: 'DAP progress note',
  sections: [
    // Data holds both what the client said and what the clinician did.
    { ...S.data, holds: [...P.first, ...without(P.middle, 'goals')] },
    { ...S.assessment, holds: [...P.response, 'goals'] },
    { ...S.plan, holds: [...P.last] },
  ],
});
