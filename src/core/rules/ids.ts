// The ids come from the registry (rules/index.ts); config/load.ts imports them from here.
export { ruleIds } from './index.js';
