// Configuration: schema, built-ins, extends, validation with located messages. Pure (no fs): see ConfigHost.
export * from './types.js';
export { loadConfigFile, loadConfigForFile, findConfigFile, emptyConfig, CONFIG_FILE_NAMES } from './load.js';
export type { LoadOptions, LoadResult } from './load.js';
export { BUILTIN_CONFIGS } from './builtins.js';
export { isIgnored, anchorGlob, NOT_NOTES } from './ignore.js';
export { globMatcher } from './glob.js';
export { toPosix, dirname, isInside, relativePath } from './paths.js';
