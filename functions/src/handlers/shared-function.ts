import { ROUTES, type RouteName } from '@sunshine/shared';
import { AppError } from '../commons/errors';
import { httpHandler, type HttpHandler } from '../commons/http';

const unknownRoute = httpHandler(
  async () => {
    throw new AppError('ROUTE_NOT_FOUND');
  },
  { secrets: false },
);

/**
 * The handler of a function several routes share (the contract's `function`): each request goes to
 * its route's own handler by the route key API Gateway matched (`POST /v1/staff/concerns`), so
 * each route keeps its access check, parsing and use case in its own file.
 */
export function byRoute(handlers: Partial<Record<RouteName, HttpHandler>>): HttpHandler {
  const byKey = new Map(
    Object.entries(handlers).map(([name, handler]) => {
      const route = ROUTES[name as RouteName];
      return [`${route.method} ${route.path}`, handler as HttpHandler];
    }),
  );
  return (event, context) => (byKey.get(event.routeKey) ?? unknownRoute)(event, context);
}
