import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteName } from '@sunshine/shared';
import { authorizationHeader, httpHandler, type HttpHandler } from '../commons/http';
import { authorizeDeps } from '../container';
import type { Actor, StaffActor } from '../domain/identity/actor';
import { authorize } from '../domain/identity/authorize';

type AccessOf<N extends RouteName> = (typeof ROUTES)[N]['access'];
/** The actor a route's handler receives follows from the access the contract declares. */
type ActorFor<N extends RouteName> = AccessOf<N> extends 'public' ? undefined : AccessOf<N> extends 'signedIn' ? Actor : StaffActor;

export interface RouteRequest<N extends RouteName> {
  event: APIGatewayProxyEventV2;
  actor: ActorFor<N>;
}

/**
 * The handler of a route of the contract. Access is checked here, before the use case runs,
 * from the route table: a handler cannot forget it, and cannot loosen it.
 */
export function route<N extends RouteName, T>(name: N, run: (request: RouteRequest<N>) => Promise<T>): HttpHandler {
  return httpHandler(async (event) => {
    const access = ROUTES[name].access;
    // Public routes build nothing of the identity machinery: no secret needed, no store read.
    const actor = access === 'public' ? undefined : await authorize(authorizeDeps(), access, authorizationHeader(event));
    return run({ event, actor: actor as ActorFor<N> });
  });
}
