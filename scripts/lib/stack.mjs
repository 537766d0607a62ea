// The whole product on one machine: DynamoDB Local, tables from serverless.yml, demo content,
// the WeChat sandbox, the API through serverless-offline, and the H5 build. Used by `npm start`
// and by the end-to-end tests (with other ports and an in-memory database).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDynamoDbLocal } from './dynamodb-local.mjs';
import { LOCAL_MEDIA_BUCKET, startS3Local } from './s3-local.mjs';
import { assertPortsFree, ROOT, spawnPart, waitForHttp } from './process.mjs';
import { createTables, readFunctionNames, readTableDefinitions } from './tables.mjs';
import { startWebServer } from './web-server.mjs';

export const STAGE = 'local';
export const H5_DIR = join(ROOT, 'miniapp', 'dist-h5');

export function portsFromEnv(env = process.env) {
  const pick = (name, fallback) => ({ port: Number(env[name] ?? fallback), env: name });
  return {
    dynamodb: pick('DYNAMODB_PORT', 8000),
    api: pick('API_PORT', 3000),
    lambda: pick('LAMBDA_PORT', 3002),
    sandbox: pick('WECHAT_SANDBOX_PORT', 3900),
    web: pick('WEB_PORT', 10086),
    s3: pick('S3_PORT', 4569),
  };
}

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** The sandbox's defaults: the local stand-ins for the mini-program's AppID and AppSecret. */
const SANDBOX_APP = { WECHAT_APPID: 'wx-sandbox-appid', WECHAT_SECRET: 'sandbox-secret' };

/**
 * The session-signing secret under `npm start`: made once and kept beside the data, so sign-ins
 * survive a restart (in AWS it comes from SSM). In memory (tests): a fresh one each run.
 */
function localSessionSecret(dbPath) {
  if (!dbPath) return randomBytes(32).toString('base64url');
  const file = join(dbPath, 'local-config.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).sessionSecret;
  mkdirSync(dbPath, { recursive: true });
  const sessionSecret = randomBytes(32).toString('base64url');
  writeFileSync(file, JSON.stringify({ sessionSecret }, null, 2), { mode: 0o600 });
  return sessionSecret;
}

/**
 * Invoke every function once through serverless-offline's Lambda endpoint (an empty event: each
 * answers 401 or 400 at once). Right after start, serverless-esbuild is still bundling and the
 * first request to a function waited ~10 s in a fresh clone; a person's first tap should not.
 */
async function warmFunctions(lambdaPort, names) {
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      await fetch(
        `http://127.0.0.1:${lambdaPort}/2015-03-31/functions/sunshine-${STAGE}-${name}/invocations`,
        { method: 'POST', body: '{}' },
      ).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker()]);
}

/** Run a command to completion, failing with its output's tail if it fails. */
export function run(command, args, { env = process.env, cwd = ROOT, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-8000)));
    child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-8000)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

export function buildH5({ quiet = true } = {}) {
  return run(bin('taro'), ['build', '--type', 'h5', '--no-check'], {
    cwd: join(ROOT, 'miniapp'),
    quiet,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * Start every part and resolve once all answer. `stop()` ends every child.
 * Options: ports (see portsFromEnv), dbPath (undefined = in memory), build ('always' | 'if-missing'),
 * log (a line printer), stdio of long-running children, how long to wait for the API to answer.
 */
export async function startStack({
  ports = portsFromEnv(),
  dbPath,
  build = 'always',
  log = console.log,
  childStdio = 'inherit',
  // A benchmark on a busy machine may wait longer for serverless-offline's first bundle.
  apiTimeoutMs = 120_000,
} = {}) {
  await assertPortsFree(ports);
  const children = [];
  const servers = [];
  const stop = async () => {
    for (const server of servers) server.close();
    // Each child is a part's watchdog (spawnPart): SIGTERM to it stops the part and what it started.
    for (const child of children.reverse()) {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
  };
  try {
    log(
      `• DynamoDB Local on 127.0.0.1:${ports.dynamodb.port} (${dbPath ? `data in ${dbPath}` : 'in memory'})`,
    );
    const db = await startDynamoDbLocal({ port: ports.dynamodb.port, dbPath });
    children.push(db.child);

    log(`• S3-compatible media storage (s3rver) on 127.0.0.1:${ports.s3.port}`);
    const s3 = await startS3Local({
      port: ports.s3.port,
      directory: dbPath ? join(dbPath, 's3') : undefined,
    });
    servers.push({ close: () => void s3.stop() });

    const created = await createTables(db.endpoint, readTableDefinitions({ stage: STAGE }));
    log(created.length ? `• created tables: ${created.join(', ')}` : '• tables already exist');

    const env = {
      ...process.env,
      DYNAMODB_ENDPOINT: db.endpoint,
      AWS_REGION: 'local',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      WECHAT_API_BASE: `http://127.0.0.1:${ports.sandbox.port}`,
      ...SANDBOX_APP,
      SESSION_SECRET: localSessionSecret(dbPath),
      API_PORT: String(ports.api.port),
      LAMBDA_PORT: String(ports.lambda.port),
      // A publish starts the notification fan-out at once through serverless-offline's Lambda endpoint.
      LOCAL_DISPATCH_URL: `http://127.0.0.1:${ports.lambda.port}/2015-03-31/functions/sunshine-${STAGE}-dispatchReleases/invocations`,
      WECHAT_SANDBOX_PORT: String(ports.sandbox.port),
      PUBLIC_WEB_URL: `http://127.0.0.1:${ports.web.port}`,
      // Uploads and reads go through the web server's /media/ path: one origin for the H5 build.
      S3_ENDPOINT: s3.endpoint,
      MEDIA_BUCKET: LOCAL_MEDIA_BUCKET,
      MEDIA_PUBLIC_URL: `http://127.0.0.1:${ports.web.port}/${LOCAL_MEDIA_BUCKET}`,
      MEDIA_UPLOAD_URL: `http://127.0.0.1:${ports.web.port}/${LOCAL_MEDIA_BUCKET}`,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      // This machine runs Node 20; the Lambda runtime is nodejs22.x. The pinned SDK supports both.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const seeded = await run(bin('tsx'), [join(ROOT, 'functions', 'scripts', 'seed.ts')], {
      env: { ...env, TABLE_NAME: `sunshine-${STAGE}-main` },
    });
    log(`• ${seeded.trim().split('\n').pop()}`);

    const spawnService = (command, args) => {
      const child = spawnPart(command, args, { env, stdio: childStdio });
      children.push(child);
      return child;
    };
    spawnService(process.execPath, [join(ROOT, 'sandbox', 'main.js')]);
    spawnService(bin('serverless'), ['offline', 'start', '--stage', STAGE]);

    if (build === 'always' || !existsSync(join(H5_DIR, 'index.html'))) {
      log('• building the mini-program for H5 (about 30 s)…');
      await buildH5();
    }
    servers.push(
      await startWebServer({
        root: H5_DIR,
        port: ports.web.port,
        proxies: {
          '/v1/': ports.api.port,
          '/sandbox/': ports.sandbox.port,
          [`/${LOCAL_MEDIA_BUCKET}`]: ports.s3.port,
        },
      }),
    );

    await waitForHttp('the WeChat sandbox', `http://127.0.0.1:${ports.sandbox.port}/`);
    await waitForHttp(
      'the API',
      `http://127.0.0.1:${ports.api.port}/v1/content?limit=1`,
      apiTimeoutMs,
    );
    const started = Date.now();
    const functions = readFunctionNames({ stage: STAGE });
    await warmFunctions(ports.lambda.port, functions);
    // The search function builds its index on its first real query: build it now, not under the
    // first resident (or test) to search, which on a busy machine could outlast the timeout.
    await fetch(
      `http://127.0.0.1:${ports.api.port}/v1/search?q=${encodeURIComponent('政务公开')}`,
      { signal: AbortSignal.timeout(60_000) },
    ).catch(() => undefined);
    log(
      `• ${functions.length} functions warmed (and the search index built) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return {
      urls: {
        web: `http://127.0.0.1:${ports.web.port}/`,
        api: `http://127.0.0.1:${ports.api.port}/v1/content`,
        sandbox: `http://127.0.0.1:${ports.sandbox.port}/`,
        dynamodb: db.endpoint,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
