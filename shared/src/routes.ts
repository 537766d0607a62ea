import type { StaffRole } from './roles';
import { ROUTES } from './routes.generated';

/**
 * Each route's method, path and access, as the mini-program and the functions' HTTP edge read them
 * at run time. The routes are declared in the contract (contract.ts), with their inputs, outputs and
 * functions; this table is generated from it (`npm run contract`) so that the mini-program's bundle
 * carries only these three facts of each route.
 */
export { ROUTES };

/**
 * - 'public': anyone;
 * - 'signedIn': any signed-in person (resident or staff);
 * - a list of roles: active staff holding at least one of them.
 */
export type Access = 'public' | 'signedIn' | readonly StaffRole[];

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteName = keyof typeof ROUTES;

/** Fill `{name}` placeholders of a route path, encoding each value. */
export function routePath(name: RouteName, params: Record<string, string> = {}): string {
  return ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
