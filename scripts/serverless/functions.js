'use strict';

/**
 * serverless.yml's `functions: ${file(./scripts/serverless/functions.js)}`: the framework loads this
 * file and calls the function it exports. The blocks are written in TypeScript, from the route
 * contract (function-blocks.ts), so they are bundled here in memory with esbuild (already there for the
 * functions' own bundles) and run: nothing is written to disk, nothing to keep in step.
 */
const { buildSync } = require('esbuild');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ROUTES_TABLE = join(__dirname, '..', '..', 'shared', 'src', 'routes.generated.ts');
let loaded;

function generator() {
  if (loaded) return loaded.exports;
  const [bundle] = buildSync({
    entryPoints: [join(__dirname, 'function-blocks.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  loaded = { exports: {} };
  new Function('module', 'exports', 'require', bundle.text)(loaded, loaded.exports, require);
  return loaded.exports;
}

/**
 * Whether the committed access table differs from what the contract renders. The functions check
 * access against that table, and serverless.yml deploys what the contract says: a contract changed
 * without `npm run contract` would deploy functions that still enforce the old access.
 */
function routesTableIsStale(committed = readFileSync(ROUTES_TABLE, 'utf8')) {
  return committed !== generator().renderRoutes();
}

let blocks;
function functionBlocks() {
  if (routesTableIsStale())
    throw new Error(
      'shared/src/routes.generated.ts is stale: run `npm run contract` and commit it before packaging or deploying',
    );
  return (blocks ??= generator().functionBlocks());
}

// A copy each time: the framework adds to what it is given (roles, names).
module.exports = () => structuredClone(functionBlocks());
module.exports.routesTableIsStale = routesTableIsStale;
