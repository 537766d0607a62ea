import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export interface EventOptions {
  path?: string;
  query?: Record<string, string>;
  pathParameters?: Record<string, string>;
  body?: unknown;
  token?: string;
  /** The caller's address as API Gateway reports it (default 127.0.0.1). */
  sourceIp?: string;
  /** More request headers (lower case), e.g. if-none-match. */
  headers?: Record<string, string>;
}

/** An API Gateway HTTP API (v2) event for a route, as serverless-offline and AWS send it. */
export function apiEvent(
  routeKey: string,
  { path, query, pathParameters, body, token, sourceIp = '127.0.0.1', headers }: EventOptions = {},
): APIGatewayProxyEventV2 {
  const [method = 'GET', routePath = '/'] = routeKey.split(' ');
  const rawPath =
    path ?? routePath.replace(/\{(\w+)\}/g, (_, key: string) => pathParameters?.[key] ?? key);
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    queryStringParameters: query,
    pathParameters,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: {
      accountId: 'offline',
      apiId: 'local',
      domainName: '127.0.0.1',
      domainPrefix: '127',
      requestId: 'test-request',
      routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp, userAgent: 'jest' },
    },
  };
}
