#!/usr/bin/env node
// `npm run package`: production bundles, then the .vsix with @vscode/vsce (offline). The marketplace README is
// docs/vscode.md (the extension's own guide, with screenshots). usage: node scripts/package.cjs [--out file.vsix]
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const i = process.argv.indexOf('--out');
const out = path.resolve(i > 0 ? process.argv[i + 1] : path.join(root, 'clinote.vsix'));
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
run(['esbuild.js', '--production']);
run([require.resolve('@vscode/vsce/vsce', { paths: [root] }), 'package', '--no-dependencies', '--readme-path', 'docs/vscode.md',
  '--baseImagesUrl', 'https://github.com/clinote/clinote/raw/HEAD/docs', '--out', out]);
console.log(`${path.relative(process.cwd(), out)}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
