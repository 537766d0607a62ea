// `npm run bench:read-scale`: does a public read cost more as content grows? The same public
// copies (`publicItem`, as a publish writes them) are stored in two tables of DynamoDB Local, one
// with 100 interpretations and one with 100,000; then the list of the newest and one item's page
// are read 300 times each through the real use cases and store, counting the DynamoDB requests
// each read makes and timing it. Goal: the same number of requests, latency within 20%.
import { createServer } from 'node:net';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { DynamoContentStore } from '../functions/src/adapters/dynamo/content-store';
import { publicItem } from '../functions/src/adapters/dynamo/public-copies';
import { getPublishedContent } from '../functions/src/domain/content/get-published';
import { listPublishedContent } from '../functions/src/domain/content/list-published';
import { systemClock } from '../functions/src/ports/clock';
import { aDraft } from '../functions/test/support/drafts';
import { startDynamoDbLocal } from '../scripts/lib/dynamodb-local.mjs';
import { createTables, readTableDefinitions } from '../scripts/lib/tables.mjs';

const READS = 300;
const SIZES = [100, Number(process.env.BENCH_LARGE ?? 100_000)];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulidLike = (n: number) =>
  `01JSCAEE${Array.from({ length: 18 }, (_, i) => CROCKFORD[Math.floor(n / 32 ** (17 - i)) % 32]).join('')}`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;

async function main() {
  const db = await startDynamoDbLocal({ port: await freePort() });
  try {
    const client = createDocumentClient({ endpoint: db.endpoint });
    const counted: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => (counted.push(context.commandName ?? '?'), next(args)),
      { step: 'initialize', name: 'count' },
    );
    const rows: string[] = [];
    for (const size of SIZES) {
      const [definition] = readTableDefinitions({ stage: `scale${size}` }) as Array<{
        input: { TableName: string };
      }>;
      await createTables(db.endpoint, [definition]);
      const table = definition!.input.TableName;
      const started = Date.now();
      const ids = Array.from({ length: size }, (_, n) => ulidLike(n));
      for (let start = 0; start < size; start += 25) {
        const items = ids.slice(start, start + 25).map((id, index) => {
          const publishedAt = new Date(
            Date.UTC(2020, 0, 1) + (start + index) * 60_000,
          ).toISOString();
          return {
            PutRequest: {
              Item: publicItem({
                ...aDraft({ title: `规模测试解读 ${start + index}` }),
                id,
                publishedAt,
                updatedAt: publishedAt,
                demo: false,
              }),
            },
          };
        });
        await client.send(new BatchWriteCommand({ RequestItems: { [table]: items } }));
      }
      console.log(`${size} items stored in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const store = new DynamoContentStore(client, table);
      const measure = async (label: string, read: (n: number) => Promise<unknown>) => {
        const times: number[] = [];
        // Warm up first (JIT, connections), so the first size measured is not the slower one for it.
        for (let n = 0; n < 50; n++) await read(n);
        counted.length = 0;
        for (let n = 0; n < READS; n++) {
          const t = performance.now();
          await read(n);
          times.push(performance.now() - t);
        }
        rows.push(
          `| ${size.toLocaleString('en')} | ${label} | ${(counted.length / READS).toFixed(2)} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms |`,
        );
      };
      await measure('list of the 10 newest', () =>
        listPublishedContent(store, { kind: 'interpretation', limit: 10 }),
      );
      await measure('one item page', (n) =>
        getPublishedContent(store, systemClock, ids[(n * 7919) % size]!),
      );
    }
    console.log(
      [
        '| items stored | read | DynamoDB requests per read | p50 | p95 |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
    client.destroy();
  } finally {
    db.child.kill();
  }
}

void main();
