import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteName } from '@sunshine/shared';
import { httpHandler, type HttpHandler } from '../commons/http';
import { withPublicCaching } from './public-cache';

type PublicRouteName = { [N in RouteName]: (typeof ROUTES)[N]['access'] extends 'public' ? N : never }[RouteName];

/**
 * The handler of a public route. It imports nothing of the identity machinery (tokens, staff
 * store), which keeps the residents' read functions small and quick to start; the type accepts
 * only routes the contract declares public.
 */
export function publicRoute<N extends PublicRouteName, T>(name: N, run: (request: { event: APIGatewayProxyEventV2 }) => Promise<T>, options: { cacheable: boolean } = { cacheable: true }): HttpHandler {
  if (ROUTES[name].access !== 'public') throw new Error(`${name} is not a public route`);
  const handler = httpHandler((event) => run({ event }));
  if (!options.cacheable) return handler;
  return async (event, context) => withPublicCaching(event, await handler(event, context));
}
