// `node watchdog.mjs <command> [args…]`: runs one part of the local stack (DynamoDB Local, the
// sandbox, serverless-offline) and stops it when the process that started it is gone, however it
// went. Killed with SIGKILL, `npm start` runs no handler, and neither Node nor Java offers
// PR_SET_PDEATHSIG; so the starter holds the write end of this process's stdin (spawnPart in
// process.mjs), the kernel closes it when the starter dies, and end of input here means: stop.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** How long a part may take to stop on SIGTERM (DynamoDB Local needs about 1 s) before SIGKILL. */
const GRACE_MS = 3_000;

const [command, ...args] = process.argv.slice(2);
// A process group of its own, so what the part starts (serverless-offline's esbuild) stops with it.
const part = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });

function signalPart(signal) {
  try {
    process.kill(-part.pid, signal);
  } catch {
    // the group is empty: all gone
  }
}

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  signalPart('SIGTERM');
  setTimeout(() => signalPart('SIGKILL'), GRACE_MS);
}

part.once('error', (error) => {
  console.error(`cannot start ${command}: ${error.message}`);
  process.exit(127);
});
part.once('exit', (code, signal) => {
  // Whatever the part left running in its group goes with it.
  signalPart('SIGKILL');
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
process.stdin.once('end', stop).once('error', stop).resume();
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);
