// Dismissals: findings silenced for one note, kept outside the note in `.clinote/dismissed.json` (format.ts), and
// matched against a lint's findings (match.ts).
export {
  DISMISSED_FILE,
  DISMISSED_VERSION,
  MAX_DISMISSED_BYTES,
  readDismissals,
  dismissalsNotRead,
  dismissalsFor,
  notePathKey,
  addDismissal,
  removeDismissal,
} from './format.js';
export type { Dismissal, DismissalKey, DismissalsFile, DismissalsEdit } from './format.js';
export { dismissalKey, matchDismissals, textHash } from './match.js';
export type { Dismissed, DismissalMatch } from './match.js';
export { shortHash } from './hash.js';
