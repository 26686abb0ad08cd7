/** Where a rule's documentation page lives (docs/rules/<id>.md in the repository). */
export const DOCS_BASE = 'https://github.com/clinote/clinote/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
