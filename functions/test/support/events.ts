import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An API Gateway HTTP API (v2) event for a route, as serverless-offline and AWS send it. */
export function apiEvent(
  routeKey: string,
  { path, query, pathParameters }: { path?: string; query?: Record<string, string>; pathParameters?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const [method = 'GET', routePath = '/'] = routeKey.split(' ');
  const rawPath = path ?? routePath;
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { accept: 'application/json' },
    queryStringParameters: query,
    pathParameters,
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
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
    },
  };
}
