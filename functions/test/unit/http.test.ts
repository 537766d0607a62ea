import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ListContentQuerySchema } from '@sunshine/shared';
import { NotFoundError } from '../../src/commons/errors';
import { httpHandler, parseQuery, sourceIp } from '../../src/commons/http';
import { logger } from '../../src/commons/logger';

const event = (query?: Record<string, string>) =>
  ({ queryStringParameters: query }) as unknown as APIGatewayProxyEventV2;

describe('httpHandler', () => {
  test('wraps a result in the success envelope', async () => {
    const handler = httpHandler(async () => ({ hello: '你好' }));

    const response = await handler(event());

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8' });
    expect(JSON.parse(response.body!)).toEqual({ ok: true, data: { hello: '你好' } });
  });

  test('answers a typed error with its status and message', async () => {
    const handler = httpHandler(async () => {
      throw new NotFoundError('该政策解读不存在或已撤回');
    });

    const response = await handler(event());

    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body!)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '该政策解读不存在或已撤回' },
    });
  });

  test('answers bad query input with 400 and names the field', async () => {
    const handler = httpHandler(async (e) => parseQuery(ListContentQuerySchema, e));

    const response = await handler(event({ limit: '500' }));

    expect(response.statusCode).toBe(400);
    const body = JSON.parse(response.body!);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields).toEqual([{ field: 'limit', message: expect.any(String) }]);
  });

  test('answers an unexpected error with a 500 that reveals nothing internal', async () => {
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const handler = httpHandler(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:8000 at Socket.connect');
    });

    const response = await handler(event());

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/ECONNREFUSED|Socket|at /);
    expect(JSON.parse(response.body!).error.code).toBe('INTERNAL');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('sourceIp', () => {
  const MARK = '4e5f6a70-1b2c-11ef-9f0a-0a1b2c3d4e5f';
  const request = (headers: Record<string, string>) =>
    ({
      headers,
      requestContext: { http: { sourceIp: '130.176.1.1' } },
    }) as unknown as APIGatewayProxyEventV2;
  afterEach(() => delete process.env.CDN_ORIGIN_MARK);

  test('without a CDN, the address API Gateway saw; a viewer header is not believed', () => {
    expect(
      sourceIp(
        request({ 'cloudfront-viewer-address': '203.0.113.7:51234', 'x-sunshine-origin': MARK }),
      ),
    ).toBe('130.176.1.1');
  });

  test("through the CDN (its mark present), the viewer's address from CloudFront's header, IPv4 or IPv6, without the port", () => {
    process.env.CDN_ORIGIN_MARK = MARK;
    expect(
      sourceIp(
        request({ 'x-sunshine-origin': MARK, 'cloudfront-viewer-address': '203.0.113.7:51234' }),
      ),
    ).toBe('203.0.113.7');
    expect(
      sourceIp(
        request({
          'x-sunshine-origin': MARK,
          'cloudfront-viewer-address': '2001:db8::8a2e:370:7334:443',
        }),
      ),
    ).toBe('2001:db8::8a2e:370:7334');
    // Through the CDN without the header: no address rather than the edge's, shared by everyone behind it.
    expect(sourceIp(request({ 'x-sunshine-origin': MARK }))).toBeUndefined();
  });

  test('API Gateway called directly, around the CDN: a forged viewer header (or a wrong mark) is not believed', () => {
    process.env.CDN_ORIGIN_MARK = MARK;
    expect(sourceIp(request({ 'cloudfront-viewer-address': '203.0.113.7:51234' }))).toBe(
      '130.176.1.1',
    );
    expect(
      sourceIp(
        request({ 'x-sunshine-origin': 'guess', 'cloudfront-viewer-address': '203.0.113.7:51234' }),
      ),
    ).toBe('130.176.1.1');
    expect(
      sourceIp(
        request({
          'x-sunshine-origin': '长'.repeat(12),
          'cloudfront-viewer-address': '203.0.113.7:51234',
        }),
      ),
    ).toBe('130.176.1.1');
  });
});
