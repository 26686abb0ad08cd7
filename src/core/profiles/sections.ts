// Canonical sections shared by several note types, with the headings clinicians use for them.
import type { ProfileSection } from './types.js';

const s = (id: string, title: string, aliases: string[]): ProfileSection => ({ id, title, aliases });
/** A section every progress note may have, whatever its format (`ProfileSection.everyday`). */
const everyday = (sec: ProfileSection): ProfileSection => ({ ...sec, everyday: true });

export const subjective = s('subjective', 'Subjective', ['subjective', 's', 'client report', "client's report", 'client self report', 'self report']);
export const objective = s('objective', 'Objective', ['objective', 'o', 'observation', 'observations', 'clinician observations', 'mental status', 'mse']);
export const assessment = s('assessment', 'Assessment', ['assessment', 'a', 'clinical assessment', 'impression', 'impressions', 'clinical impression', 'clinical impressions', 'formulation']);
export const plan = everyday(s('plan', 'Plan', ['plan', 'p', 'plans', 'next steps', 'plan and recommendations', 'recommendations']));
export const planOrProgress = everyday(s('plan', 'Plan', [...plan.aliases, 'progress', 'progress toward goals']));
export const data = s('data', 'Data', ['data', 'd', 'session data', 'subjective and objective data', 'subjective objective']);
export const behavior = s('behavior', 'Behavior', ['behavior', 'behaviour', 'b', 'client behavior', 'presenting behavior', 'behavioral observations']);
export const intervention = everyday(s('intervention', 'Intervention', ['intervention', 'interventions', 'i', 'interventions used', 'clinician interventions', 'clinical interventions']));
export const response = everyday(s('response', 'Response', ['response', 'r', 'client response', "client's response", 'response to intervention', 'response to interventions']));
export const goal = everyday(s('goal', 'Goal', ['goal', 'goals', 'g', 'goals addressed', 'goal addressed', 'treatment goal', 'treatment goals']));
export const problem = everyday(s('problem', 'Problem', ['problem', 'p', 'problems', 'presenting problem', 'problem addressed', 'identified problem']));
export const situation = s('situation', 'Situation', ['situation', 's', 'presenting situation', 'current situation']);
