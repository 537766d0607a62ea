// `npm run bench:search`: query time of the embedded search index over 20,000 items in a warm
// process (what a warm Lambda does), plus build time, heap, and the first search after a
// republication (the index catches up with the watermark before answering). Items are made from the demo
// content: sentences recombined, so the vocabulary is real Chinese policy text.
import { performance } from 'node:perf_hooks';
import { PostingListEngine } from '../functions/src/adapters/search/posting-list-engine';
import { LiveIndex } from '../functions/src/domain/search/live-index';
import type { PublicChange, SearchCorpus } from '../functions/src/ports/search';
import { searchContent } from '../functions/src/domain/search/search-content';
import { syntheticCorpus } from './search-corpus';

// Sizes to measure: a bureau's real catalogue is hundreds; the target is 20,000.
const SIZES = (process.env.ITEMS ?? '2000,20000').split(',').map(Number);
const ROUNDS = 20;
const QUERIES = [
  '舆情回应',
  '政务公开',
  '电动自行车上牌',
  '户籍 一窗通办',
  '执法公示 救济途径',
  '重大决策预公开',
  '权威信息 5小时',
  '輿情回應',
  '办理时限',
  '群众 意见 采纳',
  '新闻发言人',
  '数据开放',
  '负面清单',
  '为民办实事',
  '延时错时预约',
  '登记 材料',
  '行政许可',
  '公共服务目录',
  '火星探测器',
  '政策解读 图解',
];

async function measure(items: number) {
  const corpus = syntheticCorpus(items);
  const documents = corpus.reduce((sum, item) => sum + 1 + item.qa.length, 0);
  const heapBefore = process.memoryUsage().heapUsed;
  let published = corpus;
  const changes: PublicChange[] = [];
  const source: SearchCorpus = {
    published: async () => published,
    watermark: async () => ({ version: changes.length, recent: changes.slice(-50) }),
    current: async (id) => published.find((item) => item.id === id),
  };
  const index = new LiveIndex(source, new PostingListEngine());
  const t0 = performance.now();
  await index.ready();
  const buildMs = performance.now() - t0;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  for (const q of QUERIES) await searchContent(index, { q, limit: 10 }); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      await searchContent(index, { q, limit: 10 });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);

  // A reviewer republishes one item: the next search brings the warm index up to date first.
  const republished = {
    ...corpus[corpus.length - 1]!,
    title: '改版后的标题',
    updatedAt: new Date().toISOString(),
  };
  published = [...corpus.slice(0, -1), republished];
  changes.push({ id: republished.id, updatedAt: republished.updatedAt });
  const t1 = performance.now();
  await searchContent(index, { q: '改版后的标题', limit: 10 });
  const catchUpMs = performance.now() - t1;
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log('');
  console.log(
    `Search over ${corpus.length} interpretations (${documents} documents with their Q&A), Node ${process.version}`,
  );
  console.log(`index build ${(buildMs / 1000).toFixed(1)} s, heap ~${heapMb.toFixed(0)} MiB`);
  console.log(
    `${times.length} queries (${QUERIES.length} distinct, limit 10): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(0.9999)} ms`,
  );
  console.log(
    `first search after a republication: ${catchUpMs.toFixed(0)} ms (the index updated in place; no corpus read)`,
  );
}

async function main() {
  for (const size of SIZES) await measure(size);
}

main();
