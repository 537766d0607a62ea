import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aDraft } from '../support/drafts';
import { DEMO_BUREAU } from '../../src/seed/demo-bureau';
import { createTestApp } from './support/app';
import { requestBody } from './support/request-body';

/**
 * Publishing (now or scheduled), withdrawing, adding a topic and saving the bureau's profile tell the CDN that published
 * content changed, through CloudFront's API (here an HTTP server answering as CloudFront does);
 * when CloudFront fails, the publication stands.
 */
const clockFile = join(tmpdir(), `sunshine-cdn-clock-${process.pid}`);
let server: Server;
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let failNext = false;
const received: Array<{ method: string; url: string; authorization: string; body: string }> = [];

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the test's fake AWS endpoint: its one await reads the body the code under test sends
  server = createServer(async (request, response) => {
    received.push({
      method: String(request.method),
      url: String(request.url),
      authorization: String(request.headers.authorization),
      body: await requestBody(request),
    });
    response.setHeader('content-type', 'text/xml');
    if (failNext) {
      failNext = false;
      response.statusCode = 400;
      response.end(
        '<?xml version="1.0"?><ErrorResponse><Error><Type>Sender</Type><Code>TooManyInvalidationsInProgress</Code></Error></ErrorResponse>',
      );
      return;
    }
    response.statusCode = 201;
    response.end(
      '<?xml version="1.0"?><Invalidation><Id>I2J0I21PCUYOIK</Id><Status>InProgress</Status></Invalidation>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  writeFileSync(clockFile, '0');
  app = await createTestApp('cdn', {
    LOCAL_CLOCK_FILE: clockFile,
    CDN_DISTRIBUTION_ID: 'E1SUNSHINETEST',
    AWS_ENDPOINT_URL_CLOUDFRONT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    AWS_REGION: 'cn-northwest-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
  });
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(async () => {
  await app.drop();
  await new Promise((resolve) => server.close(resolve));
});

async function draftInReview(title: string) {
  const id = (await app.call('createDraft', { token: editor, body: aDraft({ title }) })).body.data
    .id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  return id;
}

const pathsOf = (xml: string) =>
  [...xml.matchAll(/<Path>([^<]+)<\/Path>/g)].map((match) => match[1]);

const EVERY_PUBLIC_READ = ['/v1/*'];

test('a publication invalidates every public read with one wildcard, in one signed request', async () => {
  const id = await draftInReview('关于户籍迁移网上办理的政策解读');
  received.splice(0);
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
  ).toBe(200);

  expect(received).toHaveLength(1);
  const [request] = received as [(typeof received)[number]];
  expect(request.method).toBe('POST');
  expect(request.url).toBe('/2020-05-31/distribution/E1SUNSHINETEST/invalidation');
  expect(pathsOf(request.body)).toEqual(EVERY_PUBLIC_READ);
  expect(request.body).toMatch(
    /<Quantity>1<\/Quantity>.*<CallerReference>[\w-]{36}<\/CallerReference>/,
  );
  // CloudFront in AWS China is signed for cn-northwest-1.
  expect(request.authorization).toMatch(
    /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/cn-northwest-1\/cloudfront\/aws4_request, /,
  );
});

test('a withdrawal invalidates the same; a draft saved or scheduled invalidates nothing', async () => {
  const id = await draftInReview('关于机动车登记业务调整的政策解读');
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
  received.splice(0);
  expect(
    (
      await app.call('withdrawItem', {
        token: reviewer,
        pathParameters: { id },
        body: { reason: '政策已调整' },
      })
    ).status,
  ).toBe(200);
  expect(received.map((request) => pathsOf(request.body))).toEqual([EVERY_PUBLIC_READ]);

  received.splice(0);
  const later = await draftInReview('关于居住证办理的政策解读');
  const publishAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  expect(
    (
      await app.call('publishItem', {
        token: reviewer,
        pathParameters: { id: later },
        body: { publishAt },
      })
    ).body.data.status,
  ).toBe('scheduled');
  expect(received).toEqual([]);
});

test('when CloudFront refuses, the publication stands and residents read it (the cached copy expires within a minute)', async () => {
  const id = await draftInReview('关于身份证异地办理的政策解读');
  failNext = true;
  received.splice(0);
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id },
    body: {},
  });
  expect(published.status).toBe(200);
  expect(published.body.data.status).toBe('published');
  expect(received).toHaveLength(1);
  expect((await app.call('getContent', { pathParameters: { id } })).status).toBe(200);
});

test('scheduled items published by one run of the schedule invalidate once for the run; a new topic invalidates (the topic list is cached)', async () => {
  const publishAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  for (const title of ['关于出租房屋登记的政策解读', '关于电动自行车登记的政策解读']) {
    const id = await draftInReview(title);
    expect(
      (
        await app.call('publishItem', {
          token: reviewer,
          pathParameters: { id },
          body: { publishAt },
        })
      ).body.data.status,
    ).toBe('scheduled');
  }
  received.splice(0);
  writeFileSync(clockFile, String(2.5 * 86_400_000)); // past these two, not the one the test before scheduled for day 3
  expect((await app.invoke<{ published: string[] }>('publishDue')).published).toHaveLength(2);
  expect(received.map((request) => pathsOf(request.body))).toEqual([EVERY_PUBLIC_READ]);
  writeFileSync(clockFile, '0');

  received.splice(0);
  const admin = await app.addStaff('u-admin', ['admin']);
  expect((await app.call('addTopic', { token: admin, body: { label: '网约房管理' } })).status).toBe(
    200,
  );
  expect(received.map((request) => pathsOf(request.body))).toEqual([EVERY_PUBLIC_READ]);
});

test("saving the bureau's profile invalidates (the guide and office names are cached reads)", async () => {
  const admin = await app.addStaff('u-admin-bureau', ['admin']);
  const { demo: _demo, ...profile } = DEMO_BUREAU;
  received.splice(0);

  expect((await app.call('saveBureau', { token: admin, body: profile })).status).toBe(200);

  expect(received.map((request) => pathsOf(request.body))).toEqual([EVERY_PUBLIC_READ]);
});
