// The note families, declared once: NoteFamily, config validation and the JSON schema's check all come from here.

/** Progress notes share expectations; other families stand alone. */
export const FAMILIES = [
  'progress',
  'intake',
  'treatment-plan',
  'termination',
  'occupational',
  'supervision',
  'group',
  'psychotherapy',
  'general',
] as const;

export type NoteFamily = (typeof FAMILIES)[number];

export function isFamily(s: string): s is NoteFamily {
  return (FAMILIES as readonly string[]).includes(s);
}
