// The end-to-end run: build the WeChat package, then start the whole stack (H5 build included)
// on ports of its own with an in-memory database, exactly as `npm start` wires it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionSourcesDigest } from '../scripts/lib/function-sources.mjs';
import { ROOT } from '../scripts/lib/process.mjs';
import { portsFromEnv, run, startStack } from '../scripts/lib/stack.mjs';

export const E2E_PORTS = {
  DYNAMODB_PORT: '18000',
  API_PORT: '13000',
  LAMBDA_PORT: '13002',
  WECHAT_SANDBOX_PORT: '13900',
  WEB_PORT: '20086',
  S3_PORT: '14569',
};

export default async function globalSetup() {
  const log = (line) => process.stdout.write(`[e2e] ${line}\n`);
  log('building the mini-program for WeChat…');
  await run(
    join(ROOT, 'node_modules', '.bin', 'taro'),
    ['build', '--type', 'weapp', '--no-check'],
    {
      cwd: join(ROOT, 'miniapp'),
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  // The functions read a clock shift from this file (local stack only): the consultation test steps
  // past a closing date with it, and puts it back.
  process.env.LOCAL_CLOCK_FILE = join(tmpdir(), `sunshine-e2e-clock-${process.pid}`);
  writeFileSync(process.env.LOCAL_CLOCK_FILE, '0');
  const sources = functionSourcesDigest();
  const stack = await startStack({
    ports: portsFromEnv(E2E_PORTS),
    build: 'always',
    log,
    childStdio: 'ignore',
  });
  globalThis.__E2E_STACK__ = stack;
  // The stack answers once serverless-esbuild has bundled every function. Made from these sources
  // (unchanged from before the start to now), its bundles can stand in for a second stack's of this
  // run (e2e/support/run-stack.mjs), which then need not bundle all of them again.
  if (functionSourcesDigest() === sources)
    Object.assign(process.env, {
      E2E_SUITE_BUNDLES: join(ROOT, process.env.ESBUILD_WORK_FOLDER ?? '.esbuild', '.build'),
      E2E_SUITE_BUNDLES_DIGEST: sources,
    });
  Object.assign(process.env, E2E_PORTS, {
    E2E_WEB_URL: stack.urls.web,
    E2E_API_ORIGIN: `http://127.0.0.1:${E2E_PORTS.API_PORT}`,
  });
}
