import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { ROUTES, STAFF_ROLES, type RouteName } from '@sunshine/shared';
import { createTestApp } from './support/app';

// WeChat answers (the sandbox), so an upstream outage is not what a 5xx here would mean.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * Abuse: random and malformed bodies, headers, query strings and path parameters at every route of
 * the contract, as nobody, a resident and a member of staff holding every role. Every answer must
 * be inside the envelope, below 500, and say nothing internal; prototype-pollution payloads change
 * nothing.
 */
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let app: Awaited<ReturnType<typeof createTestApp>>;
let tokens: Array<string | undefined>;

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  // Behind a CDN (whose API does not answer here), so the origin mark and viewer-address headers are read too.
  app = await createTestApp('abuse', {
    WECHAT_API_BASE: `http://127.0.0.1:${port}`,
    CDN_ORIGIN_MARK: 'abuse-mark',
    CDN_DISTRIBUTION_ID: 'E1ABUSE',
    AWS_ENDPOINT_URL_CLOUDFRONT: 'http://127.0.0.1:9',
  });
  tokens = [
    undefined,
    (await app.tokens.issue('u-resident', [])).token,
    await app.addStaff('u-everything', [...STAFF_ROLES]),
  ];
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

const POLLUTING = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
];
const anyJson = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom(
    ...POLLUTING,
    '',
    '{',
    '[]',
    'null',
    '{"text":"<script>alert(1)</script>"}',
    '{"clientKey":"x".repeat(9)}',
    '\u0000',
    '😀'.repeat(3000),
  ),
  fc.string({ maxLength: 2000 }),
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    'abuse-mark',
    'Bearer ',
    'Bearer a.b.c',
    'Basic Zm9vOmJhcg==',
    'W/"x"',
    '*',
    '999.999.999.999:1',
    '[::1]:x',
    ':',
    'application/xml',
    'text/plain; charset=gbk',
    'x'.repeat(8000),
  ),
);
const headerName = fc.constantFrom(
  'authorization',
  'if-none-match',
  'content-type',
  'cloudfront-viewer-address',
  'x-sunshine-origin',
  'x-forwarded-for',
  'accept-encoding',
  'origin',
  'constructor',
  '__proto__',
);
const smallText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '%00',
    '01H0000000DEM000000000C001',
    'category:decision',
    '-1',
    '1e309',
  ),
);

for (const name of Object.keys(ROUTES) as RouteName[]) {
  test(`${name}: random input stays inside the envelope, below 500, with nothing internal`, async () => {
    const route = ROUTES[name];
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          body: fc.option(anyJson, { nil: undefined }),
          query: fc.option(fc.dictionary(smallText, smallText, { maxKeys: 4 }), { nil: undefined }),
          pathValues: fc.array(smallText, { minLength: params.length, maxLength: params.length }),
          headers: fc.option(fc.dictionary(headerName, headerValue, { maxKeys: 4 }), {
            nil: undefined,
          }),
          who: fc.integer({ min: 0, max: 2 }),
        }),
        async ({ body, query, pathValues, headers, who }) => {
          const pathParameters = Object.fromEntries(
            params.map((param, index) => [param, pathValues[index] ?? '']),
          );
          const response = await app.call(name, {
            body,
            query,
            pathParameters,
            headers,
            token: tokens[who],
          });
          expect(response.status).toBeLessThan(500);
          expect(response.text).not.toMatch(/\n\s+at |Error:|TypeError|stack/);
          if (response.headers['content-type']?.toString().includes('json')) {
            const parsed = JSON.parse(response.text) as {
              ok: boolean;
              error?: { code: string; message: string };
            };
            expect(typeof parsed.ok).toBe('boolean');
            if (!parsed.ok)
              expect(parsed.error).toEqual(
                expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
              );
          }
        },
      ),
      { numRuns: 12, seed: 20261127 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 120_000);
}

test('an oversized body is refused before anything parses it: 413 in the envelope, on any route', async () => {
  const huge = JSON.stringify({ text: '长'.repeat(200_000) });
  for (const name of ['askQuestion', 'createDraft', 'login', 'submitApplication'] as RouteName[]) {
    const response = await app.call(name, { body: huge, token: tokens[2] });
    expect(response.status).toBe(413);
    expect(response.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: '提交的内容过大，请精简后再提交',
    });
  }
});
