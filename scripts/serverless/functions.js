'use strict';

/**
 * serverless.yml's `functions: ${file(./scripts/serverless/functions.js)}`: the framework loads this
 * file and calls the function it exports. The blocks are written in TypeScript, from the route
 * contract (function-blocks.ts), so they are bundled here in memory with esbuild (already there for the
 * functions' own bundles) and run: nothing is written to disk, nothing to keep in step.
 */
const { buildSync } = require('esbuild');
const { join } = require('node:path');

let blocks;

function functionBlocks() {
  if (blocks) return blocks;
  const [bundle] = buildSync({
    entryPoints: [join(__dirname, 'function-blocks.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  const loaded = { exports: {} };
  new Function('module', 'exports', 'require', bundle.text)(loaded, loaded.exports, require);
  blocks = loaded.exports.functionBlocks();
  return blocks;
}

// A copy each time: the framework adds to what it is given (roles, names).
module.exports = () => structuredClone(functionBlocks());
