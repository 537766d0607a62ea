// `npm test`: lint, dependency rules and type checks, then unit + integration + component tests,
// then the end-to-end tests (which build both mini-program targets and start the whole stack).
// Ends with one plain line that adds up every step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/process.mjs';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const REPORTS = join(ROOT, 'artifacts', 'test-reports');
mkdirSync(REPORTS, { recursive: true });
rmSync(join(REPORTS, 'weapp-main-package.json'), { force: true }); // only this run's measurement is reported
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`━━ ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function jestStep(name, projects, extra = []) {
  const report = join(REPORTS, `${projects.join('-')}.json`);
  const ok = step(name, bin('jest'), [
    '--selectProjects',
    ...projects,
    '--json',
    `--outputFile=${report}`,
    ...extra,
  ]);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += numPassedTests;
    totals.failed += numFailedTests;
  } catch {
    if (!ok) totals.failed += 1; // the runner failed before reporting: count it as one failure
  }
}

// Each of these counts as one test passed or failed: the linter, the dependency rules (the
// architecture's boundaries, .dependency-cruiser.cjs), the formatting and the two type checks.
// Run as package.json declares them (`npm run lint` runs the same three), without a second npm.
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const packageScript = (script) => {
  const [command, ...args] = scripts[script].split(' ');
  return [bin(command), args];
};
for (const [name, command, args] of [
  ['lint (ESLint)', ...packageScript('lint:code')],
  ['dependency rules (dependency-cruiser)', ...packageScript('lint:deps')],
  ['formatting (Prettier)', ...packageScript('format:check')],
  ['type check (functions, shared, e2e)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['type check (mini-program)', bin('tsc'), ['-p', 'miniapp/tsconfig.json', '--noEmit']],
]) {
  if (step(name, command, args)) totals.passed += 1;
  else totals.failed += 1;
}
jestStep('unit, integration (DynamoDB Local) and component tests', [
  'unit',
  'integration',
  'miniapp',
]);
// One at a time: the end-to-end files share one stack and one database, and some of them write.
jestStep('end-to-end tests (WeChat build, H5 in Chromium, local stack)', ['e2e'], ['--runInBand']);

// The mini-program's budget, as the WeChat-build test measured it (absent if that test did not run).
try {
  const { bytes, budgetBytes, limitBytes } = JSON.parse(
    readFileSync(join(REPORTS, 'weapp-main-package.json'), 'utf8'),
  );
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `\nWeChat main package: ${kib(bytes)} of its ${kib(budgetBytes)} budget (WeChat's limit ${kib(limitBytes)}); staff pages in a subpackage`,
  );
} catch {
  console.log('\nWeChat main package: not measured (the WeChat-build test did not run)');
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
