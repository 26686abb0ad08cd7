// Draft Report's choices as plain data (no vscode), so that they are tested without an editor: the draft's file
// name, the options of the core's draft (the same `share` as `clinote draft --share`), and what the clinician is told
// about a de-identified draft.
import type { DraftOptions, Finding } from '../core/index.js';

/** The quick pick's answers to "for whom is this draft?". */
export const SHARE_CHOICES = [
  { label: 'For the record', detail: 'Names, dates and the client id kept, as in the notes', share: false },
  { label: 'To share, de-identified', detail: 'Identifiers replaced with placeholders ([name removed], [date removed]), notes named "note 1"...; then checked for any left', share: true },
] as const;

/**
 * The draft's file name without `.md`: `<template>-<client>-<date>`; a de-identified draft's name holds no client id
 * (a file name travels with the file), so it is `<template>-shared-<date>`.
 */
export function draftBase(template: { name: string; scope: string }, client: string | undefined, date: string, share: boolean): string {
  if (share) return `${template.name}-shared-${date}`;
  return template.scope === 'client' && client !== undefined ? `${template.name}-${fileSafe(client)}-${date}` : `${template.name}-${date}`;
}

/** The core's options for the draft: with `share`, the core de-identifies and re-checks it, as the CLI's --share. */
export function draftOptions(client: string | undefined, date: string, base: string, share: boolean): DraftOptions {
  return { client, today: date, charts: base, ...(share && { share: true }) };
}

/** What a de-identified draft tells the clinician: how many were replaced, and where one is still flagged. */
export function shareMessage(text: string, replaced: number | undefined, remaining: Finding[] | undefined): { level: 'info' | 'warning'; text: string } {
  const n = replaced ?? 0;
  const done = `Clinote: de-identified: ${n} possible ${n === 1 ? 'identifier' : 'identifiers'} replaced with placeholders.`;
  if (!remaining?.length) return { level: 'info', text: done };
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const lines = [...new Set(remaining.map((f) => lineOf(f.range.start)))];
  const one = remaining.length === 1;
  return { level: 'warning', text: `${done} ${remaining.length} ${one ? 'is' : 'are'} still flagged (${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}): remove ${one ? 'it' : 'them'} by hand before sharing.` };
}

/** A client id as part of a file name: "clients/ab12" -> "ab12", anything odd -> "-". */
export function fileSafe(id: string): string {
  return (id.split('/').pop() ?? id).replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '') || 'client';
}
