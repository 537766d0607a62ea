// `node bench/ci-time.mjs [checkout] [test files…]`: how long CI's slow jest files take in a
// checkout (this one by default), so a change can be compared with main's code back to back on the
// same machine. Runs the files as `npm test` runs their project (e2e one at a time under
// /tmp/e2e.lock, for its fixed ports) and prints the run's wall time, the part before the first
// file (the e2e global setup: both mini-program builds and the stack) and each file's seconds.
// Default files: the two that start stacks of their own, and the CloudFormation packages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [checkoutArg, ...fileArgs] = process.argv.slice(2);
const checkout = resolve(checkoutArg ?? join(import.meta.dirname, '..'));
const files = fileArgs.length
  ? fileArgs
  : [
      'functions/test/integration/cloudformation.test.ts',
      'e2e/start.test.ts',
      'e2e/restart.test.ts',
    ];
const projectOf = (file) =>
  file.startsWith('e2e/')
    ? 'e2e'
    : file.startsWith('functions/test/integration/')
      ? 'integration'
      : 'unit';

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(`checkout ${checkout}; load average at start ${load()}`);
for (const project of ['integration', 'unit', 'e2e']) {
  const mine = files.filter((file) => projectOf(file) === project);
  if (!mine.length) continue;
  const report = join(tmpdir(), `ci-time-${process.pid}-${project}.json`);
  const jest = [
    join(checkout, 'node_modules', '.bin', 'jest'),
    '--selectProjects',
    project,
    '--json',
    `--outputFile=${report}`,
    ...(project === 'e2e' ? ['--runInBand', '--testTimeout', '120000'] : []),
    '--runTestsByPath',
    ...mine,
  ];
  // Timed from when the e2e lock is held, not from when it was asked for (others share it).
  const stamp = join(tmpdir(), `ci-time-${process.pid}-started`);
  const [command, args] =
    project === 'e2e'
      ? ['flock', ['/tmp/e2e.lock', 'sh', '-c', `date +%s%3N > ${stamp}; exec "$@"`, 'sh', ...jest]]
      : ['sh', ['-c', `date +%s%3N > ${stamp}; exec "$@"`, 'sh', ...jest]];
  const run = spawnSync(command, args, { cwd: checkout, stdio: ['ignore', 'ignore', 'inherit'] });
  const started = Number(readFileSync(stamp, 'utf8'));
  const wall = (Date.now() - started) / 1000;
  const { testResults, numFailedTests, numPassedTests } = JSON.parse(readFileSync(report, 'utf8'));
  const firstStart = Math.min(...testResults.map((file) => file.startTime));
  console.log(
    `${project}: ${wall.toFixed(0)} s wall (exit ${run.status}; ${numPassedTests} passed, ${numFailedTests} failed); before the first file ${((firstStart - started) / 1000).toFixed(0)} s`,
  );
  for (const { name, startTime, endTime } of testResults)
    console.log(
      `  ${name.replace(`${checkout}/`, '')}: ${((endTime - startTime) / 1000).toFixed(0)} s`,
    );
  console.log(`  load average after ${load()}`);
}
