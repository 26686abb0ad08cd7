import { catalog } from '../dimensions/index.js';
import { otherRules } from './index.js';

/** Every built-in rule id: one per dimension plus the other rules. Config validation uses this list. */
export function ruleIds(): string[] {
  return [...catalog.map((d) => d.id), ...otherRules.map((r) => r.id)];
}
