// PIRP progress note: Problem, Intervention, Response, Plan (or Progress).
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote } from '../shared.js';

export default progressNote({
  id: 'pirp',
  short: 'PIRP',
  title: 'PIRP progress note',
  sections: [
    { ...S.problem, holds: [...P.first] },
    { ...S.intervention, holds: [...P.middle] },
    { ...S.response, holds: [...P.response] },
    { ...S.planOrProgress, holds: [...P.last] },
  ],
});
