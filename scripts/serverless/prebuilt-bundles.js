'use strict';

const { relative, resolve } = require('node:path');

/**
 * `PREBUILT_BUNDLES_DIR=<folder> serverless offline start`: serve the functions from bundles
 * serverless-esbuild already wrote to that folder (its `.build`), instead of bundling all of them
 * again (most of a local stack's start: 40–100 s of CPU on 2 cores). Only the e2e tests' second
 * stacks set it, with a copy of the suite stack's bundles made from the same sources (the digest of
 * scripts/lib/function-sources.mjs, checked by e2e/support/run-stack.mjs). Any other command, or
 * no variable, and this plugin does nothing.
 */
class PrebuiltBundles {
  constructor(serverless, options) {
    const folder = process.env.PREBUILT_BUNDLES_DIR;
    const offline = serverless.processedInput?.commands?.[0] === 'offline';
    this.hooks = folder && offline ? { initialize: () => this.serveFrom(serverless, folder) } : {};
    void options;
  }

  serveFrom(serverless, folder) {
    const service = serverless.service;
    // serverless-esbuild bundles no function marked so (its own per-function property).
    for (const key of service.getAllFunctions()) service.getFunction(key).skipEsbuild = true;
    // And leaves serverless-offline's location alone when it is set.
    service.custom['serverless-offline'] = {
      ...service.custom['serverless-offline'],
      location: relative(serverless.config.serviceDir, resolve(folder)),
    };
  }
}

module.exports = PrebuiltBundles;
