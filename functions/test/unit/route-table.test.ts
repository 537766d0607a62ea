import { ROUTE_FEATURES, ROUTES, type RouteDef, type RouteName } from '@sunshine/shared';
import { deployedRoutes, routeKey } from '../support/routes';

describe('serverless.yml and the route contract', () => {
  test('deploy exactly the routes of the contract', () => {
    const deployed = [...deployedRoutes().keys()].sort();

    expect(deployed).toEqual((Object.keys(ROUTES) as RouteName[]).map(routeKey).sort());
  });

  test('name each function after its route, or after the function the contract shares it in', () => {
    for (const [name, route] of Object.entries(ROUTE_FEATURES).flatMap(([, group]) =>
      Object.entries(group as Record<string, RouteDef>),
    )) {
      expect(deployedRoutes().get(routeKey(name as RouteName))?.functionName).toBe(
        route.function ?? name,
      );
    }
  });

  test('guard every staff and admin path with staff roles', () => {
    const staffPaths = Object.values(ROUTES).filter((route) =>
      /^\/v1\/(staff\/interpretations|admin)/.test(route.path),
    );

    expect(staffPaths.length).toBeGreaterThan(0);
    for (const route of staffPaths)
      expect(Array.isArray(route.access) && route.access.length > 0).toBe(true);
  });
});
