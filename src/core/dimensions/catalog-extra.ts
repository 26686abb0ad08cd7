// The rest of the clinical catalog (DIMENSIONS.md), in the order a clinician meets them in a note: who and when,
// why the client came, who the client is, the session's work, the plan, then the conditional and ending dimensions.
import type { Dimension } from './types.js';
import { sessionDetails } from './session-details.js';
import { presentingProblem } from './presenting-problem.js';
import { individualAssessment } from './individual-assessment.js';
import { strengths } from './strengths.js';
import { culturalFactors } from './cultural-factors.js';
import { rapportEngagement } from './rapport-engagement.js';
import { riskAssessment } from './risk-assessment.js';
import { interventionsResponse } from './interventions-response.js';
import { progressMonitoring } from './progress-monitoring.js';
import { barriers } from './barriers.js';
import { plan } from './plan.js';
import { relationship } from './relationship.js';
import { engagementPlan } from './engagement-plan.js';
import { occupationalSocialization } from './occupational-socialization.js';
import { termination } from './termination.js';

export const extraDimensions: Dimension[] = [
  sessionDetails,
  presentingProblem,
  individualAssessment,
  strengths,
  culturalFactors,
  rapportEngagement,
  riskAssessment,
  interventionsResponse,
  progressMonitoring,
  barriers,
  plan,
  relationship,
  engagementPlan,
  occupationalSocialization,
  termination,
];
