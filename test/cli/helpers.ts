// Runs the CLI in-process on temporary folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, stdin?: Uint8Array | string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin) : (stdin ?? new Uint8Array())),
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A temporary folder with these files (string or bytes), removed by `dispose`. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinote-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A SOAP note that says nothing about goals (the goals dimension is required in progress notes). */
export const NOTE_WITHOUT_GOALS = [
  '---',
  'type: soap',
  '---',
  '# Session note',
  '',
  '## Subjective',
  '',
  'Client reports feeling low this week and missed two shifts at work.',
  '',
  '## Objective',
  '',
  'Flat affect, oriented x3.',
  '',
  '## Assessment',
  '',
  'Depressive symptoms continue.',
  '',
  '## Plan',
  '',
  'Meet again next week.',
  '',
].join('\n');

/** Turns the goals rule into an error, so that a run over NOTE_WITHOUT_GOALS exits 1. */
export const GOALS_ERROR = '{ "rules": { "goals": "error" } }';
