// One digest of everything the functions' bundles are made from: their sources, the shared sources,
// how serverless.yml bundles and lists them, and the locked packages. Two bundle folders made at
// the same digest hold the same code, so one can stand in for the other (e2e/support/run-stack.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './process.mjs';

const FOLDERS = ['functions/src', 'shared/src', 'scripts/serverless'];
const FILES = [
  'serverless.yml',
  'package-lock.json',
  'tsconfig.json',
  'functions/package.json',
  'shared/package.json',
];

export function functionSourcesDigest(root = ROOT) {
  const files = [
    ...FILES,
    ...FOLDERS.flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1)),
    ),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/**
 * The e2e suite's bundles (named by e2e/global-setup.mjs in `env`) when they were made from the
 * sources as they are now; undefined otherwise: outside the suite's run, or a source changed since.
 */
export function suiteBundlesMatching(env = process.env, root = ROOT) {
  const folder = env.E2E_SUITE_BUNDLES;
  if (!folder || !env.E2E_SUITE_BUNDLES_DIGEST) return undefined;
  return env.E2E_SUITE_BUNDLES_DIGEST === functionSourcesDigest(root) ? folder : undefined;
}
