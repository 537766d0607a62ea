import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { spawnPart } from '../lib/process.mjs';
import { freePort, listeningAddresses } from './support/listening';

/**
 * `npm start` killed with SIGKILL runs no handler, so its parts must notice by themselves that it
 * is gone. Parts started as the stack starts them (start-parts.mjs) must stop within a few seconds
 * of its kill, freeing their ports. The whole stack is checked in e2e/start.test.ts.
 */
const PART_START_MS = 60_000;
const STOP_WITHIN_MS = 5_000;

/** Poll until no port in `ports` is held, or the time is up; resolve with those still held. */
async function heldAfter(ports: number[], ms: number): Promise<number[]> {
  const held = () => ports.filter((port) => listeningAddresses(port).length > 0);
  const deadline = Date.now() + ms;
  while (held().length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return held();
}

test(
  `parts of the stack stop within ${STOP_WITHIN_MS / 1000} s of their start process being killed with SIGKILL (DynamoDB Local on Java, the sandbox on Node)`,
  async () => {
    const ports = [await freePort(), await freePort()];
    const starter = spawn(
      process.execPath,
      [join(__dirname, 'support', 'start-parts.mjs'), ...ports.map(String)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) =>
      createInterface({ input: starter.stdout! }).once('line', resolve),
    );
    expect(ports.filter((port) => listeningAddresses(port).length > 0)).toEqual(ports);

    starter.kill('SIGKILL');

    expect(await heldAfter(ports, STOP_WITHIN_MS)).toEqual([]);
  },
  PART_START_MS,
);

test("a part that ends by itself ends its watchdog with the part's exit code", async () => {
  const part = spawnPart(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });

  const code = await new Promise((resolve) => part.once('exit', resolve));

  expect(code).toBe(3);
});
