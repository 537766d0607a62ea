// `node e2e/support/run-stack.mjs [data dir]`: the local stack, as `npm start` runs it, in a process
// of its own so a test can kill it hard and start it again on the same data (no directory: in
// memory). Its ports are the e2e suite's plus 100, so it runs beside the suite's shared stack.
// Prints one JSON line with the ports once every part answers; Ctrl-C or SIGTERM stops it cleanly.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_PORTS } from '../global-setup.mjs';
import { suiteBundlesMatching } from '../../scripts/lib/function-sources.mjs';
import { assertPortsFree, ROOT, waitFor } from '../../scripts/lib/process.mjs';
import { portsFromEnv, startStack } from '../../scripts/lib/stack.mjs';

const dbPath = process.argv[2];
const ports = portsFromEnv(
  Object.fromEntries(
    Object.entries(E2E_PORTS).map(([name, port]) => [name, String(Number(port) + 100)]),
  ),
);
const started = Date.now();
const log = (line) =>
  process.stderr.write(`[own stack +${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);

// The suite's stack bundled every function at the start of this run (e2e/global-setup.mjs): while
// the sources are still the ones those bundles were made from, serve a copy of them (a copy: the
// suite's stack rebundles in place if a source changes) instead of bundling all of them again.
function copySuiteBundles() {
  const suiteBundles = suiteBundlesMatching();
  if (!suiteBundles) return undefined;
  const copy = join(ROOT, process.env.ESBUILD_WORK_FOLDER ?? '.esbuild-own-stack', 'prebuilt');
  rmSync(copy, { recursive: true, force: true });
  cpSync(suiteBundles, copy, { recursive: true });
  // Still the same sources once copied: else the copy may hold a rebundle half written.
  return suiteBundlesMatching() === suiteBundles ? copy : undefined;
}
const prebuilt = copySuiteBundles();
if (prebuilt) {
  process.env.PREBUILT_BUNDLES_DIR = prebuilt;
  log(`• the suite's bundles (same sources), copied to ${prebuilt}`);
} else log('• bundling every function (no bundles of this run made from these sources)');

// After a kill the old processes may take a moment to die and free their ports.
await waitFor('the ports of the previous run to be free', () => assertPortsFree(ports), 30_000);
// The H5 build is not needed here; 'if-missing' takes whatever build is there.
const stack = await startStack({ ports, dbPath, build: 'if-missing', log, childStdio: 'ignore' });
process.stdout.write(
  `${JSON.stringify(Object.fromEntries(Object.entries(ports).map(([name, { port }]) => [name, port])))}\n`,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}
