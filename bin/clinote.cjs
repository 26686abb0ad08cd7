#!/usr/bin/env node
// The CLI is bundled by esbuild.js into dist/cli.cjs (npm run build).
'use strict';
require('../dist/cli.cjs').main();
