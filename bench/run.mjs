// `npm run bench`: for each function in serverless.yml, the minified bundle size and the median
// cold start over BENCH_RUNS (5) fresh Node processes: the require() alone and the whole process
// (spawn, require, exit), beside two baseline bundles of the same Query: AWS SDK v2's
// DocumentClient, and the least an SDK v3 handler can be (the public reads are held to 1.2 times
// its whole process). Bundles use serverless-esbuild's options from serverless.yml. Also reports
// the mini-program's package sizes when the builds exist. BENCH_ONLY=<regex> narrows the
// functions. Figures go to docs/performance.md by hand, with the machine and date.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { parse } from 'yaml';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, 'out');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
mkdirSync(OUT, { recursive: true });

if (!existsSync(join(BENCH, 'node_modules', 'aws-sdk'))) {
  console.log('Installing the baseline (aws-sdk v2) into bench/node_modules…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], {
    cwd: BENCH,
    stdio: 'inherit',
  });
}

const serverless = parse(readFileSync(join(ROOT, 'serverless.yml'), 'utf8'), {
  logLevel: 'silent',
});
const options = serverless.custom.esbuild;
/** Public reads: functions granted only reads (the table's, the search snapshot's) and answering only GET routes. */
const isPublicRead = (fn) =>
  fn.grants?.length > 0 &&
  fn.grants.every((grant) => grant === 'read' || grant.endsWith('Read')) &&
  (fn.events ?? []).length > 0 &&
  fn.events.every((event) => String(event.httpApi ?? '').startsWith('GET '));
// The function blocks serverless.yml loads, generated from the route contract.
const functions = Object.entries(
  createRequire(import.meta.url)('../scripts/serverless/functions.js')(),
).map(([name, fn]) => ({
  name,
  entry: join(ROOT, `${fn.handler.replace(/\.[^.]+$/, '')}.ts`),
  publicRead: isPublicRead(fn),
}));
// BENCH_ONLY=<regex> keeps the functions whose name matches (the baselines always run).
if (process.env.BENCH_ONLY) {
  const only = new RegExp(process.env.BENCH_ONLY);
  functions.splice(0, functions.length, ...functions.filter((fn) => only.test(fn.name)));
}
const V3_BASELINE = 'baseline: minimal SDK v3 handler';
functions.push({
  name: V3_BASELINE,
  entry: join(BENCH, 'baseline', 'sdk-v3-handler.js'),
});
functions.push({
  name: 'baseline: SDK v2 DocumentClient',
  entry: join(BENCH, 'baseline', 'sdk-v2-handler.js'),
  baseline: true,
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const ENV = {
  ...process.env,
  AWS_REGION: 'ap-southeast-1',
  TABLE_NAME: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
};

/** One fresh process: the require() alone, and the whole process from spawn to exit. */
function coldStart(file) {
  const code = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const started = process.hrtime.bigint();
  const requireMs = Number(
    execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', env: ENV }).trim(),
  );
  return { requireMs, processMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

const rows = [];
for (const fn of functions) {
  const outfile = join(OUT, `${fn.name.replace(/[^a-z0-9]+/gi, '-')}.js`);
  await esbuild.build({
    entryPoints: [fn.entry],
    outfile,
    bundle: options.bundle,
    minify: options.minify,
    sourcemap: options.sourcemap,
    target: options.target,
    platform: options.platform,
    format: options.format,
    mainFields: options.mainFields,
    // serverless-esbuild's `exclude` leaves aws-sdk (v2) out; the baseline must include it.
    external: fn.baseline ? [] : options.exclude,
    nodePaths: [join(BENCH, 'node_modules')],
    logLevel: 'error',
  });
  const bytes = readFileSync(outfile);
  rows.push({
    name: fn.name,
    publicRead: fn.publicRead,
    outfile,
    size: bytes.length,
    gzip: gzipSync(bytes).length,
    runs: [],
  });
}
// Round by round over every bundle, not one bundle's runs back to back: a load that comes and
// goes on the machine then falls on all of them alike, and their ratios stay comparable.
for (let round = 0; round < RUNS; round++)
  for (const row of rows) row.runs.push(coldStart(row.outfile));
for (const row of rows) {
  row.requireMs = median(row.runs.map((run) => run.requireMs));
  row.processMs = median(row.runs.map((run) => run.processMs));
}
const v3 = rows.find((row) => row.name === V3_BASELINE);

console.log(
  `\nFunction bundles (${options.format}, ${options.target}, minified), median cold require() of ${RUNS} fresh processes, Node ${process.version}\n`,
);
console.log(
  '| function | minified | gzip | cold require (median) | whole process (median) | × v3 baseline (process) |',
);
console.log('|---|---:|---:|---:|---:|---:|');
const ratio = (row) => row.processMs / v3.processMs;
for (const row of rows)
  console.log(
    `| ${row.name}${row.publicRead ? ' (public read)' : ''} | ${kib(row.size)} | ${kib(row.gzip)} | ${row.requireMs.toFixed(1)} ms | ${row.processMs.toFixed(1)} ms | ${ratio(row).toFixed(2)}× |`,
  );
const reads = rows.filter((row) => row.publicRead);
if (reads.length) {
  const slowest = reads.reduce((worst, row) => (ratio(row) > ratio(worst) ? row : worst));
  console.log(
    `\nPublic reads (${reads.length}): whole process ${Math.min(...reads.map((row) => row.processMs)).toFixed(1)}–${Math.max(...reads.map((row) => row.processMs)).toFixed(1)} ms; the slowest, ${slowest.name}, ${ratio(slowest).toFixed(2)}× the minimal SDK v3 handler (${v3.processMs.toFixed(1)} ms; goal ≤ 1.20×)`,
  );
}

function dirBytes(dir, skip = () => false) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    if (skip(path)) return sum;
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirBytes(path, skip) : stat.size);
  }, 0);
}

const weapp = join(ROOT, 'miniapp', 'dist');
if (existsSync(join(weapp, 'app.json'))) {
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((sub) => join(weapp, sub.root));
  const main = dirBytes(weapp, (path) => subRoots.some((root) => path === root.replace(/\/$/, '')));
  console.log(
    `\nWeChat build (miniapp/dist): main package ${kib(main)} of the 2048 KiB limit (budget 1024 KiB); whole build ${kib(dirBytes(weapp))}`,
  );
}
const h5 = join(ROOT, 'miniapp', 'dist-h5');
if (existsSync(join(h5, 'index.html'))) {
  const html = readFileSync(join(h5, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((match) =>
    join(h5, match[1]),
  );
  const gz = initial.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  console.log(
    `H5 build (miniapp/dist-h5): first load ${kib(gz)} gzip in ${initial.length} files (${initial.map((f) => relative(h5, f)).join(', ')})`,
  );
}
