// SIRP progress note: Situation, Intervention, Response, Plan (or Progress).
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote } from '../shared.js';

export default progressNote({
  id: 'sirp',
  short: 'SIRP',
  title: 'SIRP progress note',
  sections: [
    { ...S.situation, holds: [...P.first] },
    { ...S.intervention, holds: [...P.middle] },
    { ...S.response, holds: [...P.response] },
    { ...S.planOrProgress, holds: [...P.last] },
  ],
});
