import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteName } from '@sunshine/shared';
import { authorizationHeader, httpHandler, type HttpHandler } from '../commons/http';
import { authorizeDeps } from '../wiring/identity';
import type { Actor, StaffActor } from '../domain/identity/actor';
import { authorize } from '../domain/identity/authorize';

type AccessOf<N extends RouteName> = (typeof ROUTES)[N]['access'];
type GuardedRouteName = { [N in RouteName]: AccessOf<N> extends 'public' ? never : N }[RouteName];
/** The actor a route's handler receives follows from the access the contract declares. */
type ActorFor<N extends RouteName> = AccessOf<N> extends 'signedIn' ? Actor : StaffActor;

export interface RouteRequest<N extends RouteName> {
  event: APIGatewayProxyEventV2;
  actor: ActorFor<N>;
}

/**
 * The handler of a signed-in or staff route of the contract (public ones use publicRoute).
 * Access is checked here, before the use case runs, from the route table: a handler cannot
 * forget it, and cannot loosen it.
 */
export function route<N extends GuardedRouteName, T>(
  name: N,
  run: (request: RouteRequest<N>) => Promise<T>,
): HttpHandler {
  return httpHandler(async (event) => {
    const actor = await authorize(authorizeDeps(), ROUTES[name].access, authorizationHeader(event));
    return run({ event, actor: actor as ActorFor<N> });
  });
}
