// Rules that are not one-per-dimension. Dimension rules are generated from the catalog (rules/dimension.ts).
import type { Rule } from './types.js';
import { frontMatter } from './front-matter.js';
import { measurableGoals } from './measurable-goals.js';
import { unfilledPrompt } from './unfilled-prompt.js';
import { stigmatizingLanguage } from './stigmatizing-language.js';
import { identifiers } from './identifiers.js';

export const otherRules: Rule[] = [frontMatter, measurableGoals, unfilledPrompt, stigmatizingLanguage, identifiers];
