import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isLoopback, listeningAddresses, listeningSocketsOf, type ListeningSocket } from '../scripts/test/support/listening';
import { startOwnStack, type OwnStack, type OwnStackPorts } from './support/own-stack';

const ROOT = join(__dirname, '..');
/** One start of the stack: 40–75 s on this 2-core machine, most of it serverless-esbuild bundling 72 functions. */
const STACK_START_MS = 180_000;
/** How long a part may take to notice its start process is gone and stop. */
const STOP_WITHIN_MS = 5_000;

describe('npm start', () => {
  test('says the port is taken, without a stack trace, when the stack already runs', () => {
    // The e2e stack holds these ports, as a first `npm start` would.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { env: process.env, encoding: 'utf8', timeout: 60_000 });

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/port \d+ is already in use \(set [A-Z_]+=<port>/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * A stack of its own (run-stack.mjs: the suite's ports + 100, in memory), started as `npm start`
 * starts it. Its process is then killed with SIGKILL, so no handler of its runs: DynamoDB Local
 * (Java), the sandbox and serverless-offline must notice by themselves and stop.
 */
describe('npm start, its parts', () => {
  let stack: OwnStack;
  let ports: OwnStackPorts;
  /** Every process of the stack, and what they listened on, taken before the kill. */
  let processes: number[] = [];
  let sockets: ListeningSocket[] = [];

  beforeAll(async () => {
    stack = startOwnStack(undefined);
    ports = await stack.ready;
    processes = stack.processes();
    sockets = listeningSocketsOf(processes);
  }, STACK_START_MS);

  afterAll(async () => {
    stack.crash();
    await stack.exited;
    // Whatever outlived the kill (reparented, so no longer in the stack's tree) holds the ports of the next test.
    for (const pid of processes) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  });

  test('listen on 127.0.0.1 only, every one of them', () => {
    expect(new Set(sockets.map((socket) => socket.port))).toEqual(new Set(Object.values(ports)));
    expect(sockets.filter((socket) => !isLoopback(socket.address))).toEqual([]);
  });

  test(`stop within ${STOP_WITHIN_MS / 1000} s when npm start is killed with SIGKILL: no port of the stack is held`, async () => {
    stack.killAlone();
    await stack.exited;

    const held = () => [...new Set(sockets.map((socket) => socket.port))].filter((port) => listeningAddresses(port).length > 0);
    const deadline = Date.now() + STOP_WITHIN_MS;
    while (held().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

    expect(held()).toEqual([]);
  });
});
