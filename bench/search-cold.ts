// `npm run bench:search-cold`: a cold search function's first answer at 2,000 and 20,000 items
// (issue 19), each in fresh Node processes: loading the snapshot (from s3rver, through the same
// signed GET the function makes) against rebuilding from the corpus (the code before: the corpus
// read from a JSON file standing in for DynamoDB, which in AWS only adds time to it). Prints the
// median of RUNS processes per case, with the process's RSS and heap after the first answer.
// SEARCH_CODE=<checkout> runs the rebuild case with that checkout's search code (e.g. a worktree
// of main before issue 19), so both sides are measured in one run; the snapshot case always runs
// this checkout's. ITEMS=2000,20000 and RUNS=5 by default.
// The "snapshot + 6 changes" case (5 publishes and 1 withdrawal after the snapshot was written: a
// cold start within the minute before the snapshot job runs) loads a snapshot written by the code
// it runs, then catches up; with SEARCH_CODE set, it runs that checkout's code too, on the next row.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SignedS3Objects } from '../functions/src/adapters/s3/signed-s3-objects';
import {
  encodeSnapshot,
  StoredSearchSnapshots,
} from '../functions/src/adapters/search/stored-search-snapshots';
import { LiveIndex } from '../functions/src/domain/search/live-index';
import type { PublishedContent } from '@sunshine/shared';
import type { SearchCorpus } from '../functions/src/ports/search';
import { startS3Local } from '../scripts/lib/s3-local.mjs';
import { syntheticCorpus } from './search-corpus';

const SIZES = (process.env.ITEMS ?? '2000,20000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 5);
/**
 * The code whose "snapshot + 6 changes" case runs beside this checkout's: SEARCH_BEHIND_CODE, or
 * SEARCH_CODE (it must have the snapshot code: 9aae6ce or later; e05df4f has none).
 */
const BEHIND_CODE = process.env.SEARCH_BEHIND_CODE ?? process.env.SEARCH_CODE;
const VERSION = 7;
const QUERY = '政务公开 考核';
const PUBLISHED = 5;
const WITHDRAWN = 1;

interface ChildResult {
  ms: number;
  rssMb: number;
  heapMb: number;
  hits: number;
}

/**
 * A corpus whose whole read is the JSON file; in the snapshot cases it must not be read at all.
 * With `changed`, the watermark has moved past the snapshot by those changes (undefined: withdrawn),
 * and each one published is read as one item.
 */
function corpusFrom(
  file: string | undefined,
  changed: Array<[string, PublishedContent | undefined]> = [],
): SearchCorpus {
  const current = new Map(changed);
  return {
    published: async () => {
      if (!file) throw new Error('the snapshot case read the corpus');
      return JSON.parse(readFileSync(file, 'utf8')) as PublishedContent[];
    },
    watermark: async () => ({
      version: VERSION + changed.length,
      recent: changed.map(([id, item]) => (item ? { id, updatedAt: item.updatedAt } : { id })),
    }),
    current: async (id) => {
      if (!current.has(id)) throw new Error('only a changed item is read');
      return current.get(id);
    },
  };
}

/** PUBLISHED items republished with a new title, then WITHDRAWN others withdrawn. */
function recentChanges(corpus: PublishedContent[]): Array<[string, PublishedContent | undefined]> {
  return corpus
    .slice(0, PUBLISHED + WITHDRAWN)
    .map((item, i) => [
      item.id,
      i < PUBLISHED
        ? { ...item, title: `${item.title}（修订）`, updatedAt: '2026-12-08T01:00:00.000Z' }
        : undefined,
    ]);
}

/** What the snapshot writer stores, built by the engine of the checkout at `root`. */
async function writeSnapshot(root: string, corpusFile: string, endpoint: string) {
  const code = (path: string) => import(join(root, 'functions/src', path));
  const [{ LiveIndex: Index }, { PostingListEngine: Engine }] = await Promise.all([
    code('domain/search/live-index.ts'),
    code('adapters/search/posting-list-engine.ts'),
  ]);
  const builder = new Index(corpusFrom(corpusFile), new Engine()) as LiveIndex;
  await builder.ready();
  const bytes = encodeSnapshot(await builder.snapshot());
  await new SignedS3Objects({ bucket: 'media', endpoint }).put(
    `search-index/${VERSION}.idx`,
    bytes,
  );
  return bytes;
}

async function child(mode: string, corpusFile: string, endpoint: string) {
  const root =
    mode === 'rebuild'
      ? (process.env.SEARCH_CODE ?? join(__dirname, '..'))
      : mode === 'recent-before'
        ? BEHIND_CODE!
        : join(__dirname, '..');
  const code = (path: string) => import(join(root, 'functions/src', path));
  const [{ LiveIndex: Index }, { PostingListEngine: Engine }, { searchContent }] =
    await Promise.all([
      code('domain/search/live-index.ts'),
      code('adapters/search/posting-list-engine.ts'),
      code('domain/search/search-content.ts'),
    ]);
  // The changed items, as the single-item reads would return them: made before the clock starts.
  const changed = mode.startsWith('recent')
    ? recentChanges(JSON.parse(readFileSync(corpusFile, 'utf8')) as PublishedContent[])
    : [];
  const start = performance.now();
  const snapshots =
    mode !== 'rebuild'
      ? new StoredSearchSnapshots(
          { read: async () => ({ version: VERSION }), move: async () => false },
          new SignedS3Objects({ bucket: 'media', endpoint }),
        )
      : undefined;
  const index = new Index(
    corpusFrom(mode === 'rebuild' ? corpusFile : undefined, changed),
    new Engine(),
    snapshots,
  );
  const { hits } = await searchContent(index, { q: QUERY, limit: 10 });
  const ms = performance.now() - start;
  global.gc?.();
  const memory = process.memoryUsage();
  const result: ChildResult = {
    ms,
    rssMb: memory.rss / 2 ** 20,
    heapMb: memory.heapUsed / 2 ** 20,
    hits: hits.length,
  };
  process.stdout.write(JSON.stringify(result));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const s3 = await startS3Local({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'search-cold-'));
  try {
    console.log(
      `Cold search, first answer ("${QUERY}"), median of ${RUNS} fresh processes, Node ${process.version}`,
    );
    if (process.env.SEARCH_CODE)
      console.log(`rebuild case runs the search code of ${process.env.SEARCH_CODE}`);
    console.log(
      '| items (documents) | case | first answer | RSS | heap | snapshot size | snapshot written in |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|');
    for (const size of SIZES) {
      const corpus = syntheticCorpus(size);
      const corpusFile = join(dir, `corpus-${size}.json`);
      writeFileSync(corpusFile, JSON.stringify(corpus));
      const documents = corpus.reduce((sum, item) => sum + 1 + item.qa.length, 0);
      // What the writer does: build as a cold function would, then store.
      const t0 = performance.now();
      const here = join(__dirname, '..');
      const bytes = await writeSnapshot(here, corpusFile, s3.endpoint);
      const writtenS = (performance.now() - t0) / 1000;
      const modes = ['rebuild', 'snapshot', 'recent'];
      if (BEHIND_CODE) modes.push('recent-before');
      for (const mode of modes) {
        // Each checkout loads a snapshot its own engine wrote (the formats differ).
        if (mode === 'recent-before') await writeSnapshot(BEHIND_CODE!, corpusFile, s3.endpoint);
        const runs: ChildResult[] = [];
        for (let run = 0; run < RUNS; run++) {
          // Asynchronous: s3rver runs in this process and must answer the child's GET.
          const { stdout: out } = await promisify(execFile)(
            process.execPath,
            ['--expose-gc', '--import', 'tsx', __filename, 'child', mode, corpusFile, s3.endpoint],
            { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 900_000 },
          );
          runs.push(JSON.parse(out) as ChildResult);
        }
        if (runs.some((run) => run.hits === 0)) throw new Error(`${mode}: no hits`);
        const ms = median(runs.map((run) => run.ms));
        const label = {
          rebuild: 'rebuild',
          snapshot: 'snapshot',
          recent: `snapshot + ${PUBLISHED + WITHDRAWN} changes`,
          'recent-before': `snapshot + ${PUBLISHED + WITHDRAWN} changes, SEARCH_CODE`,
        }[mode];
        console.log(
          `| ${size.toLocaleString('en')} (${documents.toLocaleString('en')}) | ${label} | ${ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`} | ${median(runs.map((run) => run.rssMb)).toFixed(0)} MiB | ${median(runs.map((run) => run.heapMb)).toFixed(0)} MiB | ${mode === 'snapshot' ? `${(bytes.length / 2 ** 20).toFixed(1)} MiB` : ''} | ${mode === 'snapshot' ? `${writtenS.toFixed(1)} s` : ''} |`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await s3.stop();
  }
}

if (process.argv[2] === 'child') void child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else void main();
