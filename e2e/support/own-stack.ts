import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The parts that listen, by the names of the ports run-stack.mjs prints once its stack answers. */
export const OWN_STACK_PORT_NAMES = ['dynamodb', 'api', 'lambda', 'sandbox', 'web', 's3'] as const;
export type OwnStackPorts = Record<(typeof OWN_STACK_PORT_NAMES)[number], number>;

export interface OwnStack {
  /** Resolves once every part answers; rejects, with the stack's log, if it stops before. */
  ready: Promise<OwnStackPorts>;
  /** SIGKILL the stack and every process it started, at once: a crash, not a shutdown. */
  crash: () => void;
  /** SIGKILL the stack's own process alone, as `kill -9` of `npm start`: what it started must notice. */
  killAlone: () => void;
  /** The stack's process and every process it started, as they are now. */
  processes: () => number[];
  /** Resolves once the stack's own process has gone (its ports may take a moment longer). */
  exited: Promise<void>;
}

const RUNNER = join(__dirname, 'run-stack.mjs');

/** A process and all its descendants, from one `ps` listing taken before any of them dies (an orphan changes parent). */
export function processTree(rootPid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')) {
    const [pid = 0, ppid = 0] = line.trim().split(/\s+/).map(Number);
    childrenOf.set(ppid, [...(childrenOf.get(ppid) ?? []), pid]);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(childrenOf.get(tree[i]!) ?? []));
  return tree;
}

/**
 * Start the local stack in a process of its own (run-stack.mjs: the suite's ports + 100) with its
 * database in `dataDir`, or in memory without one. The handle comes back at once, so a test can
 * crash a stack that is still starting.
 */
export function startOwnStack(dataDir: string | undefined): OwnStack {
  // The suite's clock shift (global-setup.mjs) belongs to the suite's stack, not this one.
  const { LOCAL_CLOCK_FILE: _suiteClock, ...env } = process.env;
  // Its own bundles too: the suite's stack keeps loading its own from .esbuild.
  const child = spawn(process.execPath, [RUNNER, ...(dataDir ? [dataDir] : [])], {
    env: { ...env, ESBUILD_WORK_FOLDER: '.esbuild-own-stack' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-6000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<OwnStackPorts>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve(JSON.parse(line) as OwnStackPorts),
    );
    void exited.then(() => reject(new Error(`the stack stopped before it answered:\n${log}`)));
  });
  const crash = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    for (const pid of processTree(child.pid!)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  };
  const killAlone = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { ready, crash, exited, killAlone, processes: () => processTree(child.pid!) };
}
