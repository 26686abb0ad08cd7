// Report drafting (issue 11): gather a client's facts from their notes, lay them into a template, de-identify.
export { draft, draftFrom, drafting, type DraftChart, type DraftOptions, type DraftOutcome } from './draft.js';
export { measureChart, type ChartScore, type ChartOptions } from './chart.js';
export { readNotes, reading, byClient, clientFacts, clientOf, type DraftNote } from './gather.js';
export { builtinTemplates, readTemplate, mergeTemplates, templateName, renderTemplate as renderDraftTemplate, TemplateError, type DraftTemplate } from './templates.js';
export { deidentify, identifierFindings } from './share.js';
export { clientContext } from './context.js';
export { findDate } from './dates.js';
export { sessionOf } from './session.js';
export { scoresIn, MEASURES, measureDef, bandOf, bandEdges, type MeasureDef, type Band } from './measures.js';
export type * from './facts.js';
