import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WATCHDOG = join(ROOT, 'scripts', 'lib', 'watchdog.mjs');

/**
 * Start a long-running part of the stack that stops when this process ends, however it ends
 * (`kill -9` included): it runs under watchdog.mjs, which stops it at the end of its stdin, whose
 * other end only this process holds. The child returned is the watchdog: it exits with the part's
 * code, and SIGTERM to it stops the part. stdio: 'inherit' or 'ignore', for the part's output.
 */
export function spawnPart(
  command,
  args,
  { cwd = ROOT, env = process.env, stdio = 'inherit' } = {},
) {
  return spawn(process.execPath, [WATCHDOG, command, ...args], {
    cwd,
    env,
    stdio: ['pipe', stdio, stdio],
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry `probe` until it resolves, or fail after `timeoutMs` with the last error. */
export async function waitFor(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      return await probe();
    } catch (error) {
      if (/exited early/.test(String(error?.message))) throw error;
      lastError = error;
      await sleep(250);
    }
  }
  throw new Error(`timed out waiting for ${what}: ${lastError?.message ?? lastError}`);
}

/** True when something already listens on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Refuse to start when a port is taken, naming the variable that moves it. */
export async function assertPortsFree(ports) {
  const taken = [];
  for (const [name, { port, env }] of Object.entries(ports)) {
    if (await portInUse(port))
      taken.push(`  ${name}: port ${port} is already in use (set ${env}=<port> to use another)`);
  }
  if (taken.length) {
    throw new Error(
      `Cannot start: a port is taken. Is another \`npm start\` running?\n${taken.join('\n')}`,
    );
  }
}

/** Fetch a URL until it answers with any HTTP status. */
export function waitForHttp(what, url, timeoutMs) {
  return waitFor(
    what,
    async () => {
      await fetch(url);
    },
    timeoutMs,
  );
}
