import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteName } from '@sunshine/shared';
import { httpHandler, type HttpHandler } from '../commons/http';
import { withPublicCaching } from './public-cache';

type PublicRouteName = {
  [N in RouteName]: (typeof ROUTES)[N]['access'] extends 'public' ? N : never;
}[RouteName];

/**
 * The handler of a public route. It imports nothing of the identity machinery (tokens, staff
 * store), which keeps the residents' read functions small and quick to start; the type accepts
 * only routes the contract declares public. Public routes do not read the stage's secrets
 * (their roles may not) unless they say so: signing in does.
 */
export function publicRoute<N extends PublicRouteName, T>(
  name: N,
  run: (request: { event: APIGatewayProxyEventV2 }) => Promise<T>,
  { cacheable = true, secrets = false }: { cacheable?: boolean; secrets?: boolean } = {},
): HttpHandler {
  if (ROUTES[name].access !== 'public') throw new Error(`${name} is not a public route`);
  const handler = httpHandler((event) => run({ event }), { secrets });
  if (!cacheable) return handler;
  return async (event, context) => withPublicCaching(event, await handler(event, context));
}
