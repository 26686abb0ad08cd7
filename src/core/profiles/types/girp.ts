// GIRP progress note: Goal, Intervention, Response, Plan.
import * as S from '../sections.js';
import { PROGRESS_HOLDS as P, progressNote, without } from '../shared.js';

export default progressNote({
  id: 'girp',
  short: 'GIRP',
  title: 'GIRP progress note',
  // A list of goals opens many notes of other formats ("Treatment goals (plan signed 01/15):" over PROBLEM,
  // INTERVENTION, RESPONSE, PLAN): where a note has as much of PIRP or SIRP, it is that note.
  yieldsOnTie: true,
  sections: [
    { ...S.goal, holds: [...P.first, 'goals'] },
    { ...S.intervention, holds: without(P.middle, 'goals') },
    { ...S.response, holds: [...P.response] },
    { ...S.plan, holds: [...P.last] },
  ],
});
