// Treatment-plan review (90-day review, re-authorization, care plan review): the plan again, with what stood in the
// way of its goals. Told apart from an initial plan by its title or front matter `type:`, never by its headings
// (a review has the same sections as the plan it reviews).
import { defineType } from '../shared.js';
import treatmentPlan from './treatment-plan.js';

export default defineType({
  id: 'treatment-plan-review',
  title: 'Treatment plan review',
  short: 'Tx plan review',
  family: 'treatment-plan',
  basedOn: 'treatment-plan',
  names: [
    'treatment plan review', 'tx plan review', 'plan review', 'care plan review', 'service plan review',
    'treatment plan update', '90 day review', 'reauthorization', 're authorization', 'treatment plan reauthorization',
  ],
  sections: treatmentPlan.sections,
  inferMin: 99,
  titleCues: [
    'treatment plan review', 'tx plan review', 'care plan review', 'service plan review', 'plan of care review',
    'treatment plan update', 'plan review', 'day review', 'reauthorization', 're authorization', 'review of treatment plan',
    'review of the treatment plan',
    // A review by its period: "Quarterly Review – Community Recovery Team", "6-month review", "12-Week Review",
    // "Annual review".
    'quarterly review', 'annual review', 'month review', 'monthly review', 'week review',
  ],
  // ("Next review" is still the date the goals are due by.)
  ownDateLabels: ['review date', 'review', 'plan review date', 'date of review'],
  levels: {
    ...treatmentPlan.levels,
    // DIMENSIONS.md: barriers are required in treatment-plan reviews.
    barriers: 'warning',
    // A review reports where each goal stands ("The Helping Process": monitor progress; payers' re-authorization asks for it).
    'progress-monitoring': 'warning',
  },
});
