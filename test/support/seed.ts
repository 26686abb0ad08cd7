// Every fast-check property in `npm test` runs with one fixed seed, so that a run on a fresh machine passes or fails
// the same way every time; FUZZ_SEED=random (or a number) explores other cases, as `npm run fuzz` does.
import fc from 'fast-check';
import { FUZZ_SEED } from './fuzz-run.js';

fc.configureGlobal({ seed: FUZZ_SEED });
