import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Public reads are kept by the CDN for a minute (`s-maxage`): a popular interpretation costs no
 * function call per reader. Browsers and the mini-program revalidate every time (`max-age=0,
 * must-revalidate`: never a stale copy, so no `stale-while-revalidate`, which a browser would
 * also apply), cheaply: each answer carries an ETag of its body, and a request that already holds
 * it gets 304 and no body. Errors, and every personal or staff answer (not through here), stay
 * `no-store`.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=60';

export function withPublicCaching(
  event: APIGatewayProxyEventV2,
  response: APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 {
  if (
    event.requestContext.http.method !== 'GET' ||
    response.statusCode !== 200 ||
    typeof response.body !== 'string'
  )
    return response;
  const etag = `W/"${createHash('sha1').update(response.body).digest('base64url')}"`;
  const headers = { ...response.headers };
  // A file that set its own caching keeps it. None does: a feed or CSV that browsers and proxies
  // kept for minutes would list a withdrawn item where the CDN's invalidation cannot reach.
  if (headers['cache-control'] === 'no-store' || headers['cache-control'] === undefined)
    headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  headers.etag = etag;
  const held = event.headers?.['if-none-match'];
  if (held && held.split(',').some((tag) => tag.trim() === etag))
    return { statusCode: 304, headers, body: '' };
  return { ...response, headers };
}
