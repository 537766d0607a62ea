import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpHandler } from '../../src/commons/http';
import { byRoute } from '../../src/handlers/shared-function';
import { apiEvent } from '../support/events';

/** A function several routes share hands each request to its route's own handler, by route key. */
const answering =
  (name: string): HttpHandler =>
  async () => ({ statusCode: 200, body: name });

describe('byRoute', () => {
  const handler = byRoute({
    listOpenConcerns: answering('listOpenConcerns'),
    getConcern: answering('getConcern'),
  });

  test('gives each request to the handler of the route API Gateway matched', async () => {
    const open = await handler(apiEvent('GET /v1/concerns/open'));
    const one = await handler(apiEvent('GET /v1/concerns/{id}', { pathParameters: { id: 'x' } }));

    expect([open.body, one.body]).toEqual(['listOpenConcerns', 'getConcern']);
  });

  test('answers 404 ROUTE_NOT_FOUND in the envelope for a route it does not serve', async () => {
    const response = (await handler(
      apiEvent('GET /v1/content'),
    )) as APIGatewayProxyStructuredResultV2;

    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body ?? '{}').error.code).toBe('ROUTE_NOT_FOUND');
  });
});
