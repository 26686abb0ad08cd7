// What drafting adds to each bundle (minified, as `npm run package` builds them): LiquidJS, the d3 modules behind the
// charts (d3-scale, d3-shape and what they import), and the drafting code and templates.
// `node scripts/draft-bundle-size.mjs`; writes nothing.
import * as esbuild from 'esbuild';
const common = { bundle: true, minify: true, write: false, metafile: true, logLevel: 'error', legalComments: 'none', platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], define: { 'import.meta.url': '__importMetaUrl' } };
for (const [name, opts] of [
  ['cli', { entryPoints: ['src/cli/main.ts'] }],
  ['extension', { entryPoints: ['src/extension/extension.ts'], external: ['vscode'] }],
  ['web', { entryPoints: ['src/extension/web.ts'], external: ['vscode'], platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker'], define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' } }],
]) {
  const r = await esbuild.build({ ...common, ...opts, outfile: `dist/${name}-size-check.cjs` });
  const out = Object.values(r.metafile.outputs)[0];
  let liquid = 0, d3 = 0, draft = 0;
  for (const [k, v] of Object.entries(out.inputs)) {
    if (k.includes('node_modules/liquidjs')) liquid += v.bytesInOutput;
    if (/node_modules\/(?:d3-|internmap)/.test(k)) d3 += v.bytesInOutput;
    if (k.includes('src/core/draft') || k.includes('src/cli/draft')) draft += v.bytesInOutput;
  }
  console.log(`${name}: ${(out.bytes / 1024).toFixed(0)} KB minified; liquidjs ${(liquid / 1024).toFixed(1)} KB, d3 (charts) ${(d3 / 1024).toFixed(1)} KB, drafting code and templates ${(draft / 1024).toFixed(1)} KB`);
}
