// Desktop (Node extension host) entry; bundled to dist/extension.cjs.
export { activate, deactivate } from './main.js';
export type { ClinoteApi } from './main.js';
