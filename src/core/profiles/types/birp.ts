// BIRP progress note: Behavior, Intervention, Response, Plan.
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote } from '../shared.js';

export default progressNote({
  id: 'birp',
  short: 'BIRP',
  title: 'BIRP progress note',
  sections: [
    { ...S.behavior, holds: [...P.first] },
    { ...S.intervention, holds: [...P.middle] },
    { ...S.response, holds: [...P.response] },
    { ...S.plan, holds: [...P.last] },
  ],
});
