// Bundles the adapters: the VS Code extension (desktop + web) and the CLI. An entry whose source is not there yet is
// skipped, so that each adapter builds on its own. Flags: --production (minify), --watch, --tests (also the
// extension-host test suites, into dist-test/).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

// import.meta.url has no meaning in a CommonJS bundle: give it this file's URL.
const nodeCjs = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // jsonc-parser's UMD main hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], ...nodeCjs },
  // The desktop extension's lint worker (node:worker_threads), started by dist/extension.cjs.
  { entryPoints: ['src/extension/lint-worker.ts'], outfile: 'dist/lint-worker.cjs', ...nodeCjs },
  {
    entryPoints: ['src/extension/web.ts'],
    // .cjs, not .js: package.json says "type": "module", so VS Code would take a .js entry for an ES module, which
    // the web worker extension host refuses to load.
    outfile: 'dist/web/extension.cjs',
    external: ['vscode'],
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // A web worker extension host has no DOM: prefer packages' worker builds (decode-named-character-reference).
    conditions: ['worker'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', ...nodeCjs },
];
if (tests) {
  const dir = 'test/vscode/suite';
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);
  entries.push({ entryPoints: files, outdir: 'dist-test/suite', outExtension: { '.js': '.cjs' }, external: ['vscode', 'mocha'], ...nodeCjs });
}

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };
const present = entries.filter((e) => e.entryPoints.every((p) => existsSync(p)));
for (const e of entries) if (!present.includes(e)) console.log(`esbuild: skipped ${e.entryPoints.join(', ')} (not there yet)`);

mkdirSync('dist', { recursive: true });
// The config schema for the editor (jsonValidation of .clinote.json(c)): schema.json with the rule ids and note types
// of the registry, made by scripts/editor-schema.ts, bundled here and run once, beside the other builds.
async function editorSchema() {
  if (!existsSync('scripts/editor-schema.ts')) return;
  const tmp = 'dist/.editor-schema.cjs';
  await esbuild.build({ ...nodeCjs, entryPoints: ['scripts/editor-schema.ts'], outfile: tmp, bundle: true, logLevel: 'warning' });
  try {
    writeFileSync('dist/clinote.schema.json', JSON.stringify(createRequire(import.meta.url)(`./${tmp}`).editorSchema(), null, 1) + '\n');
  } finally {
    rmSync(tmp);
  }
}
// The dismissals file's schema, for .clinote/dismissed.json.
if (existsSync('src/core/dismissals/schema.json')) copyFileSync('src/core/dismissals/schema.json', 'dist/dismissed.schema.json');

if (watch) {
  await editorSchema();
  for (const e of present) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all([editorSchema(), ...present.map((e) => esbuild.build({ ...common, ...e }))]);
}
