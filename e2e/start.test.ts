import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  isLoopback,
  listeningAddresses,
  listeningSocketsOf,
  type ListeningSocket,
} from '../scripts/test/support/listening';
import { OWN_STACK_PORT_NAMES, startOwnStack, type OwnStack } from './support/own-stack';

const ROOT = join(__dirname, '..');
/**
 * Until every part listens: 40–75 s on this 2-core machine when serverless-esbuild bundles the
 * functions (less when the stack serves the suite's bundles of the same sources: run-stack.mjs),
 * and over 3 min when other work shares the machine (the warm-up after it is not waited for).
 */
const STACK_LISTENING_MS = 300_000;
/** Every port the stack is started with (DynamoDB Local, s3rver, sandbox, API, Lambda, web). */
const PORT_COUNT = OWN_STACK_PORT_NAMES.length;

/** Poll `done` until it holds or `ms` have passed; resolve with whether it held. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return done();
}
/** How long a part may take to notice its start process is gone and stop. */
const STOP_WITHIN_MS = 5_000;

describe('npm start', () => {
  test('says the port is taken, without a stack trace, when the stack already runs', () => {
    // The e2e stack holds these ports, as a first `npm start` would.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
      env: process.env,
      encoding: 'utf8',
      timeout: 60_000,
    });

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
  /** Every process of the stack, and what they listened on, taken before the kill. */
  let processes: number[] = [];
  let sockets: ListeningSocket[] = [];
  const portsOf = (listening: ListeningSocket[]) => new Set(listening.map((socket) => socket.port));

  beforeAll(async () => {
    stack = startOwnStack(undefined);
    let failed: unknown;
    stack.ready.catch((error: unknown) => (failed = error));
    // Killed once every part listens, in its warm-up: there is no quiet moment to wait for in a crash.
    const allListening = () => {
      if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
      // Every process ever seen, for afterAll: one that outlives the kill leaves the stack's tree.
      processes = [...new Set([...processes, ...stack.processes()])];
      sockets = listeningSocketsOf(processes);
      return portsOf(sockets).size >= PORT_COUNT;
    };
    if (!(await until(allListening, STACK_LISTENING_MS)))
      throw new Error(
        `the stack listened on ${[...portsOf(sockets)].join(', ') || 'nothing'} only`,
      );
  }, STACK_LISTENING_MS + 10_000);

  afterAll(async () => {
    stack.crash();
    await stack.exited;
    // Whatever outlived the kill holds the ports of the next test that starts this stack. Only a
    // process still holding one of its sockets: a pid seen earlier may belong to another by now.
    const ports = portsOf(sockets);
    for (const pid of processes.filter((seen) =>
      listeningSocketsOf([seen]).some((socket) => ports.has(socket.port)),
    )) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  });

  test('listen on 127.0.0.1 only, every one of them', () => {
    expect(portsOf(sockets).size).toBe(PORT_COUNT);
    expect(sockets.filter((socket) => !isLoopback(socket.address))).toEqual([]);
  });

  test(`stop within ${STOP_WITHIN_MS / 1000} s when npm start is killed with SIGKILL: no port of the stack is held`, async () => {
    stack.killAlone();
    await stack.exited;

    const held = () => [...portsOf(sockets)].filter((port) => listeningAddresses(port).length > 0);
    await until(() => held().length === 0, STOP_WITHIN_MS);

    expect(held()).toEqual([]);
  });
});
