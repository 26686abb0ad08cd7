#!/usr/bin/env node
// `npm run package`: production bundles, then the .vsix with @vscode/vsce (offline); .vscodeignore says what goes in.
// usage: node scripts/package.cjs [--out file.vsix]
//
// The .vsix README (the page of the Extensions view) is docs/vscode.md, the clinicians' guide, made fit for that
// view offline: the view shows only images from http(s) addresses (it drops relative and data: sources; seen in
// VS Code 1.139), and an image from the web would reach the network whenever the page is opened. So the packaged
// copy leaves the pictures out (the walkthrough shows them, from the package) and points its links to other docs at
// the repository, where a click opens them in the browser.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** docs/vscode.md as the .vsix README: no images, links to other files absolute (`base` is the docs folder's URL). */
function vsixReadme(markdown, base) {
  const image = /!\[[^\]]*\]\([^)\s]*\)/g;
  return markdown
    .split('\n')
    .filter((line) => !(line.trim() && !line.replace(image, '').trim())) // a line that is only pictures
    .map((line) => line.replace(image, '').replace(/\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi, (_, link) => `](${new URL(link, base).href})`))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** The URL of the docs folder in the repository (package.json `repository`). */
function docsUrl() {
  const repo = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).repository;
  const url = (typeof repo === 'string' ? repo : repo.url).replace(/^git\+/, '').replace(/\.git$/, '');
  return `${url}/blob/HEAD/docs/`;
}

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const out = path.resolve(i > 0 ? process.argv[i + 1] : path.join(root, 'clinote.vsix'));
  const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  run(['esbuild.js', '--production']);
  const readme = 'dist/README.vsix.md';
  fs.writeFileSync(path.join(root, readme), vsixReadme(fs.readFileSync(path.join(root, 'docs/vscode.md'), 'utf8'), docsUrl()));
  run([require.resolve('@vscode/vsce/vsce', { paths: [root] }), 'package', '--no-dependencies', '--readme-path', readme,
    '--no-rewrite-relative-links', '--out', out]);
  console.log(`${path.relative(process.cwd(), out)}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
}

module.exports = { vsixReadme, docsUrl };
