// `npm run bench:notifications`: one release to 10,000 subscribers through the real pipeline (the
// fan-out, the SQS-shaped queue, the worker with its claims, the HTTP sender and the shared
// access_token) against DynamoDB Local and the WeChat sandbox, the sandbox failing 5% of sends
// with -1 (system busy). Reports the time to deliver everything, sends per second, duplicates and
// lost messages (from the sandbox's own count per person), the DynamoDB write requests and write
// capacity units per delivered message (every write command the client sent while sending,
// counted by bench/write-recorder.ts), and the worker's peak memory.
// Two cases, each on a fresh table and sandbox: `one-topic` (everyone follows the release's
// category) and `overlapping` (an urgent notice; everyone follows 2 or 3 of its three topics, so
// each person is queued two or three times and the worker's claims must keep it to one message,
// with CONCURRENCY batches at once). BENCH_CASE picks one. Figures go to docs/performance.md by hand.
import { createServer } from 'node:net';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/src/adapters/dynamo/client';
import { DynamoContentStore } from '../functions/src/adapters/dynamo/content-store';
import { DynamoCreditLedger } from '../functions/src/adapters/dynamo/credit-ledger';
import { publicItem } from '../functions/src/adapters/dynamo/public-copies';
import { DynamoReleaseStore, releasePuts } from '../functions/src/adapters/dynamo/release-store';
import { DynamoSubscriptionStore } from '../functions/src/adapters/dynamo/subscription-store';
import { DynamoTokenCache } from '../functions/src/adapters/dynamo/token-cache';
import { InProcessQueue } from '../functions/src/adapters/queue/in-process-queue';
import { batchResponse, deliveriesOf } from '../functions/src/adapters/queue/sqs-event';
import { WeChatAccessTokens } from '../functions/src/adapters/wechat/access-tokens';
import { HttpMessageSender } from '../functions/src/adapters/wechat/http-message-sender';
import { deliver } from '../functions/src/domain/notifications/deliver';
import { dispatchReleases } from '../functions/src/domain/notifications/dispatch';
import { releaseFor } from '../functions/src/domain/notifications/release-for';
import { templateIdsFrom } from '../functions/src/config';
import type { MessageSender } from '../functions/src/ports/notification-ports';
import type { SubscriptionTopic } from '@sunshine/shared';
import { startDynamoDbLocal } from '../scripts/lib/dynamodb-local.mjs';
import { recordWrites } from './write-recorder';
import { createTables, readTableDefinitions } from '../scripts/lib/tables.mjs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../sandbox/wechat-sandbox');

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
/** Concurrent worker batches: what the SQS trigger's maximum concurrency would be set to. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const FAILURE_RATE = 0.05;
/** BENCH_BACKLOG=0 waits for each page's delivery before the next, as the local stack does. */
const QUEUE_BACKLOG = { backlog: Number(process.env.BENCH_BACKLOG ?? CONCURRENCY * 50 * 2) };
const SEND_PATH = '/cgi-bin/message/subscribe/send';
const CASES = ['one-topic', 'overlapping'] as const;
type Case = (typeof CASES)[number];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Run `task` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

async function runCase(benchCase: Case) {
  console.log(`\n━━ case ${benchCase}`);
  const db = await startDynamoDbLocal({ port: await freePort() });
  const sandbox = createSandbox({ sendQuotaPerDay: 1_000_000 });
  const { port } = await sandbox.listen(0);
  const wechat = `http://127.0.0.1:${port}`;
  const post = (path: string, body: unknown) =>
    fetch(`${wechat}${path}`, { method: 'POST', body: JSON.stringify(body) });
  try {
    const [definition] = readTableDefinitions({ stage: 'bench' }) as Array<{
      input: { TableName: string };
    }>;
    await createTables(db.endpoint, [definition]);
    const tableName = definition!.input.TableName;
    const client = createDocumentClient({ endpoint: db.endpoint });
    const writes = recordWrites(client);
    const templates = templateIdsFrom({});
    const subscriptions = new DynamoSubscriptionStore(client, tableName);
    const credits = new DynamoCreditLedger(client, tableName, templates);
    const releases = new DynamoReleaseStore(client, tableName);
    // The worker and the fan-out check once per batch and run that the release's item is still public.
    const items = new DynamoContentStore(client, tableName);
    const tokens = new WeChatAccessTokens({
      baseUrl: wechat,
      appid: 'wx-sandbox-appid',
      secret: 'sandbox-secret',
      cache: new DynamoTokenCache(client, tableName),
    });
    const http = new HttpMessageSender({
      baseUrl: wechat,
      tokens,
      miniprogramState: 'formal',
      timeoutMs: 5000,
    });
    const outcomes: Record<string, number> = {};
    const sender: MessageSender = {
      async send(message) {
        const outcome = await http.send(message);
        outcomes[outcome.kind] = (outcomes[outcome.kind] ?? 0) + 1;
        return outcome;
      },
    };

    const overlapping = benchCase === 'overlapping';
    // An urgent notice goes to three topics: urgent, its category and its office.
    const topicsOf = (index: number): SubscriptionTopic[] =>
      !overlapping
        ? ['category:decision']
        : index % 2
          ? ['urgent', 'category:decision', 'office:exit-entry']
          : index % 4
            ? ['urgent', 'office:exit-entry']
            : ['category:decision', 'office:exit-entry'];
    console.log(
      `seeding ${SUBSCRIBERS} subscribers (each accepted the release template once; ${overlapping ? '2–3 topics of the release' : 'one topic'} each)…`,
    );
    const people = Array.from({ length: SUBSCRIBERS }, (_, index) => ({
      userId: `bench-${String(index).padStart(6, '0')}`,
      openid: `obench${String(index).padStart(22, '0')}`,
    }));
    const at = new Date().toISOString();
    await inParallel(people, 32, async (person) => {
      await subscriptions.record({
        userId: person.userId,
        openid: person.openid,
        at,
        results: [{ templateId: templates.release.templateId, result: 'accept' }],
        credited: [templates.release.templateId],
        topics: topicsOf(Number(person.userId.slice(6))),
      });
      await post('/sandbox/subscribe', {
        openid: person.openid,
        template_id: templates.release.templateId,
      });
    });
    await post('/sandbox/fault-rate', {
      path: SEND_PATH,
      errcode: -1,
      rate: FAILURE_RATE,
      seed: 20261127,
    });

    const now = new Date().toISOString();
    const interpretation = {
      kind: 'interpretation' as const,
      id: '01JBENCHITEM00000000000001',
      title: '关于优化出入境证件办理流程的政策解读',
      summary: '基准测试',
      category: 'decision' as const,
      office: 'exit-entry' as const,
      topic: 'exit-entry',
      format: 'text' as const,
      media: [],
      document: { title: '办法', issuer: '分局', issuedAt: '2026-11-01' },
      sections: { background: '.', keyPoints: '.', highlights: '.', measures: '.' },
      qa: [],
      publishedAt: now,
      updatedAt: now,
      demo: false,
    };
    const notice = {
      kind: 'notice' as const,
      id: interpretation.id,
      title: '出入境窗口临时调整办公时间',
      body: '基准测试',
      category: 'decision' as const,
      office: 'exit-entry' as const,
      topic: 'exit-entry',
      urgent: true,
      publishedAt: now,
      updatedAt: now,
      demo: false,
    };
    const content = overlapping ? notice : interpretation;
    // The office as the bureau's profile names it (the message's third value).
    const release = releaseFor(
      content,
      1,
      templates,
      '01JBENCHRELEASE00000000001',
      now,
      '出入境管理大队',
    )!;
    await client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: publicItem(content) } },
          ...releasePuts(tableName, release),
        ],
      }),
    );

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const queue = new InProcessQueue(
      async (event) =>
        batchResponse(
          await deliver(
            { releases, sender, credits, clock: { now: () => new Date() }, items },
            deliveriesOf(event).deliveries,
          ),
        ),
      {
        maxReceives: 6,
        retryDelayMs: 100,
        concurrency: CONCURRENCY,
        // As with SQS in AWS, the fan-out reads its next page while the last one is delivered
        // (two rounds of batches may wait), instead of waiting for each page's last retry.
        ...QUEUE_BACKLOG,
      },
    );
    console.log(
      `sending one release (concurrency ${CONCURRENCY}, ${FAILURE_RATE * 100}% of sends failing with -1)…`,
    );
    writes.reset();
    const started = performance.now();
    while ((await releases.pending(5)).length)
      await dispatchReleases(
        { releases, subscribers: subscriptions, queue, clock: { now: () => new Date() }, items },
        1000,
      );
    await (queue as { idle?: () => Promise<void> }).idle?.();
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const written = { ...writes.tally };

    const deliveries = (await (await fetch(`${wechat}/sandbox/deliveries`)).json()) as Array<{
      touser: string;
      count: number;
    }>;
    const duplicates = deliveries.filter((each) => each.count > 1).length;
    const delivered = new Set(deliveries.map((each) => each.touser));
    const lost = people.filter((person) => !delivered.has(person.openid)).length;
    const final = (await releases.get(release.id))!;
    console.log(
      [
        `case ${benchCase}: subscribers ${SUBSCRIBERS} (queued ${final.counts.queued}); delivered to ${delivered.size} people in ${seconds.toFixed(1)} s: ${(delivered.size / seconds).toFixed(0)} sends/s`,
        `send outcomes ${JSON.stringify(outcomes)} (each retry went back through the queue)`,
        `duplicates ${duplicates}, lost ${lost}, dead letters ${queue.deadLetters.length}`,
        `release counts ${JSON.stringify(final.counts)}`,
        `DynamoDB writes while sending: ${written.requests} requests, ${written.wcu} WCU ${JSON.stringify(written.byCommand)}`,
        `write requests per delivered message ${(written.requests / delivered.size).toFixed(2)}, WCU per delivered message ${(written.wcu / delivered.size).toFixed(2)}`,
        `peak RSS of this process (fan-out, queue and worker together) ${(peak / 1024 / 1024).toFixed(0)} MiB`,
      ].join('\n'),
    );
    client.destroy();
    if (duplicates || lost) process.exitCode = 1;
  } finally {
    await sandbox.close();
    db.child.kill();
  }
}

async function main() {
  const chosen = process.env.BENCH_CASE;
  if (chosen && !CASES.includes(chosen as Case))
    throw new Error(`BENCH_CASE must be one of ${CASES.join(', ')}`);
  for (const benchCase of chosen ? [chosen as Case] : CASES) await runCase(benchCase);
}

void main();
