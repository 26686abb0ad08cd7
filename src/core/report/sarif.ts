// `--format sarif`: SARIF 2.1.0 (OASIS), which code-scanning views (GitHub, Azure DevOps, the SARIF viewer of VS Code)
// read. The rules' metadata comes from the rule registry, the one list the hover, the diagnostics' links and the docs
// read; positions are the report's (1-based, end exclusive, columns in UTF-16 code units, as SARIF counts them).
import { registeredRules, ruleInfo, CUSTOM_DIMENSION_DOCS, type RegisteredRule, type RuleInfo } from '../rules/index.js';
import type { Level, Severity } from '../types.js';
import { FILE_RULE_INFO, type FileReport, type ReportFinding } from './types.js';
import { pathToUri } from './uri.js';

export interface SarifOptions {
  /** Clinote's version (tool.driver.version). */
  version: string;
  /** The working folder as a `file:` URI ending in `/`: what relative paths are relative to (%SRCROOT%). */
  root?: string;
  /** What is known of a rule the built-in registry does not hold (a config's own dimension): ruleInfo(id, config). */
  ruleInfo?: (id: string) => RuleInfo | undefined;
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/clinote/clinote';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Level, string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };
const RANK: Record<Level, number> = { off: 0, info: 1, warning: 2, error: 3 };

type Json = Record<string, unknown>;

/** "review-status" -> "ReviewStatus": SARIF's rule name, an identifier a person can read. */
const pascal = (id: string) => id.replace(/(^|[-_])([a-z0-9])/g, (_m, _s: string, c: string) => c.toUpperCase());

/** The most a rule reaches with no config: its level in each note type, or a trigger's. */
function defaultLevel(r: RegisteredRule): Level {
  const levels: Level[] = [...Object.values(r.defaultLevels), ...(r.dimension?.triggers ?? []).map((t) => t.level)];
  return levels.reduce<Level>((a, b) => (RANK[b] > RANK[a] ? b : a), 'off');
}

function descriptor(r: RegisteredRule | RuleInfo | undefined, id: string): Json {
  if (!r) {
    const file = FILE_RULE_INFO[id];
    if (file) return { id, name: pascal(id), shortDescription: { text: file.title }, fullDescription: { text: file.description } };
    // A rule nobody could say more of than its id.
    return { id, name: pascal(id), shortDescription: { text: id }, helpUri: CUSTOM_DIMENSION_DOCS };
  }
  const full = r.source ? `${r.description} Source: ${r.source}` : r.description;
  const level = 'levelIn' in r ? defaultLevel(r) : undefined;
  return {
    id,
    name: pascal(id),
    shortDescription: { text: r.title },
    fullDescription: { text: full },
    helpUri: r.docs,
    ...(level ? { defaultConfiguration: { level: LEVEL[level] } } : {}),
    properties: {
      kind: r.kind,
      fixable: r.fixable,
      tags: ['clinote', r.kind],
      ...('levelIn' in r ? { defaultLevels: { ...r.defaultLevels } } : {}),
    },
  };
}

function region(f: { line: number; column: number; endLine: number; endColumn: number }): Json {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

function result(f: ReportFinding, ruleIndex: number, location: Json): Json {
  const properties: Json = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.trigger ? { trigger: f.trigger } : {}),
    ...(f.covered.length ? { covered: f.covered } : {}),
    ...(f.missing.length ? { missing: f.missing } : {}),
    ...(f.why ? { why: f.why } : {}),
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity satisfies Severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f) } }],
    // Another note the finding is about (copied-text: the text it repeats), so a viewer links to it.
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => {
            const { uri, relative } = pathToUri(r.path);
            return { id: i + 1, physicalLocation: { artifactLocation: { uri, ...(relative ? { uriBaseId: SRCROOT } : {}) }, region: region(r) }, message: { text: r.message } };
          }),
        }
      : {}),
    ...(f.fix
      ? {
          fixes: [
            {
              description: { text: f.fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e), ...(e.newText ? { insertedContent: { text: e.newText } } : {}) })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

/** One SARIF log with one run: every built-in rule (then the other ids the findings carry), every file, every finding. */
export function formatSarif(reports: readonly FileReport[], opts: SarifOptions): string {
  const rules: Json[] = [];
  const index = new Map<string, number>();
  const add = (id: string, r: RegisteredRule | RuleInfo | undefined) => {
    index.set(id, rules.length);
    rules.push(descriptor(r, id));
  };
  for (const r of registeredRules()) add(r.id, r);
  const artifacts: Json[] = [];
  const results: Json[] = [];
  for (const report of reports) {
    const { uri, relative } = pathToUri(report.path);
    const artifactIndex = artifacts.length;
    const base = { uri, ...(relative ? { uriBaseId: SRCROOT } : {}) };
    artifacts.push({ location: base, roles: ['analysisTarget'] });
    const location = { ...base, index: artifactIndex };
    for (const f of report.findings) {
      if (!index.has(f.ruleId)) add(f.ruleId, ruleInfo(f.ruleId) ?? opts.ruleInfo?.(f.ruleId));
      results.push(result(f, index.get(f.ruleId)!, location));
    }
  }
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Clinote', version: opts.version, semanticVersion: opts.version, informationUri: INFORMATION_URI, rules } },
        ...(opts.root ? { originalUriBaseIds: { [SRCROOT]: { uri: opts.root } } } : {}),
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
